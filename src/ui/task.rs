//! The line under the menu while slow work runs (opening a file, making a
//! PDF copy): what is happening, for how long, and a way to stop waiting.

use crate::i18n::t;
use crate::tr;
use eframe::egui::{self, Ui};

/// Draws the line; true when Cancel was pressed. `can_cancel`: whether
/// it has a Cancel button (a write has none: see `Doing::can_cancel`).
pub fn task_line(ui: &mut Ui, what: &str, seconds: u64, can_cancel: bool) -> bool {
    let mut cancel = false;
    ui.horizontal(|ui| {
        ui.add(egui::Spinner::new());
        // Read as one sentence by a screen reader: what, and how long.
        ui.label(tr!("task-line", what = what, seconds = seconds));
        if can_cancel {
            cancel = ui.button(t("task-cancel")).clicked();
        }
    });
    cancel
}
