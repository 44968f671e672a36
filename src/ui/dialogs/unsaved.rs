//! "You have unsaved changes": Save / Discard / Cancel.

use crate::i18n::t;
use eframe::egui;

/// What was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsaved {
    Save,
    Discard,
    /// Cancel, or the dialog was closed.
    Cancel,
}

/// `fresh`: the dialog has just opened, so focus goes to "Save" (and
/// `fresh` is cleared).
pub fn unsaved_changes(ctx: &egui::Context, fresh: &mut bool) -> Option<Unsaved> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        super::title(ui, t("dialog-unsaved-title"));
        ui.label(t("dialog-unsaved-text"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let save = ui.button(t("dialog-unsaved-save"));
            if std::mem::take(fresh) {
                save.request_focus();
            }
            if save.clicked() {
                choice = Some(Unsaved::Save);
            }
            if ui.button(t("dialog-unsaved-discard")).clicked() {
                choice = Some(Unsaved::Discard);
            }
            if ui.button(t("button-cancel")).clicked() {
                choice = Some(Unsaved::Cancel);
            }
        });
    });
    if modal.should_close() {
        choice.get_or_insert(Unsaved::Cancel);
    }
    choice
}
