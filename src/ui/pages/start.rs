//! "Before you start": guidance only.

use crate::i18n::t;
use eframe::egui::Ui;

pub fn start(ui: &mut Ui) {
    super::super::widgets::warning(ui, t("start-warning"));
    ui.add_space(8.0);
    for (heading, text) in [
        ("start-purpose-heading", "start-purpose"),
        ("start-own-words-heading", "start-own-words"),
        ("start-detail-heading", "start-detail"),
        ("start-where-heading", "start-where"),
        ("start-saving-heading", "start-saving"),
    ] {
        ui.add_space(10.0);
        // Headings of level 2 a size above the body text (they were 17 px
        // against 19 px body text, and read as notes, in the walk).
        super::super::widgets::subheading(ui, t(heading), 22.0);
        ui.label(t(text));
    }
}
