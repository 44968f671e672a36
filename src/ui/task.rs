//! The line under the menu while slow work runs (opening a file, making a
//! PDF copy): what is happening, for how long, and a way to stop waiting.

use crate::i18n::t;
use crate::tr;
use eframe::egui::{self, Ui};

/// Draws the line; true when Cancel was pressed.
pub fn task_line(ui: &mut Ui, what: &str, seconds: u64) -> bool {
    let mut cancel = false;
    ui.horizontal(|ui| {
        ui.add(egui::Spinner::new());
        // Read as one sentence by a screen reader: what, and how long.
        ui.label(tr!("task-line", what = what, seconds = seconds));
        cancel = ui.button(t("task-cancel")).clicked();
    });
    cancel
}
