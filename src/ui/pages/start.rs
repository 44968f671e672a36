//! "Before you start": guidance only.

use crate::i18n::t;
use eframe::egui::{RichText, Ui};

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
        ui.label(RichText::new(t(heading)).strong().size(17.0));
        ui.label(t(text));
    }
}
