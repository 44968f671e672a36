//! "The referral was exported": offers to delete the draft, now that the
//! export file is the record.

use crate::i18n::t;
use eframe::egui;

/// What was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterExport {
    Delete,
    Keep,
}

pub fn offer_delete(ctx: &egui::Context) -> Option<AfterExport> {
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("offer_delete")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        super::title(ui, t("dialog-exported-title"));
        ui.label(t("dialog-exported-text"));
        ui.horizontal(|ui| {
            if ui.button(t("dialog-exported-delete")).clicked() {
                choice = Some(AfterExport::Delete);
            }
            if ui.button(t("dialog-exported-keep")).clicked() {
                choice = Some(AfterExport::Keep);
            }
        });
    });
    choice
}
