//! The notice at the top of the window: what just happened.

use super::FormState;
use crate::i18n::t;
use crate::notice::NoticeKind;
use eframe::egui::{self, RichText, Ui, accesskit};

pub fn notice(ui: &mut Ui, state: &mut FormState) {
    let Some(n) = &state.notice else { return };
    let color = match n.kind {
        NoticeKind::Error => ui.visuals().error_fg_color,
        NoticeKind::Success => ui.visuals().hyperlink_color,
    };
    // In the language of this frame: a switch of language retells it.
    let text = n.text.to_string();
    let mut dismiss = false;
    let frame = egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, color))
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&text).color(color).strong());
                dismiss = ui
                    .button(t("notice-dismiss"))
                    .accessible_name(t("notice-dismiss-name"))
                    .clicked();
            });
        });
    // Read out at once by screen readers.
    ui.ctx().accesskit_node_builder(frame.response.id, |node| {
        node.set_role(accesskit::Role::Alert);
        node.set_label(text.clone());
    });
    if dismiss {
        state.notice = None;
    }
}
