//! "Replace the file?": asked before Export or Save draft as writes over a
//! file that is there. Native save dialogs usually ask too; this one makes
//! sure, whatever the dialog did.

use crate::i18n::t;
use crate::tr;
use eframe::egui;

/// What was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplaceFile {
    Replace,
    Cancel,
}

/// `name`: the file's name (not its folder).
pub fn replace_file(ctx: &egui::Context, name: &str) -> Option<ReplaceFile> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("replace_file")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        super::title(ui, t("dialog-replace-title"));
        ui.label(tr!("dialog-replace-text", name = name));
        ui.horizontal(|ui| {
            // Cancel first: keeping the file is the safe choice.
            if ui.button(t("dialog-replace-cancel")).clicked() {
                choice = Some(ReplaceFile::Cancel);
            }
            if ui.button(t("dialog-replace-replace")).clicked() {
                choice = Some(ReplaceFile::Replace);
            }
        });
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(ReplaceFile::Cancel);
    }
    choice
}
