//! 4. Complex needs and susceptibility.

use crate::form as q;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn needs(ui: &mut Ui, f: &mut Fields<'_>, n: &mut Needs) {
    checkboxes(ui, f, Ask::of(&q::FACTORS), &mut n.factors, NeedFactor::ALL);
    if n.asks_details() {
        long_text(ui, f, Ask::of(&q::NEEDS_DETAILS), &mut n.details);
    }
    long_text(ui, f, Ask::of(&q::IF_UNMET), &mut n.if_unmet);
}
