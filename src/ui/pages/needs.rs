//! 4. Complex needs and susceptibility.

use super::tri;
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
    tri(ui, f, Ask::of(&q::EXCLUSIONS), &mut n.exclusions);
    if n.asks_exclusion_details() {
        ui.indent("exclusion_details", |ui| {
            long_text(
                ui,
                f,
                Ask::of(&q::EXCLUSION_DETAILS),
                &mut n.exclusion_details,
            );
        });
    }
    radios(ui, f, Ask::of(&q::SEND), &mut n.send, SendStatus::ALL);
    if n.asks_send_details() {
        ui.indent("send_details", |ui| {
            radios(ui, f, Ask::of(&q::EHCP), &mut n.ehcp, Ehcp::ALL);
            text(ui, f, Ask::of(&q::DIAGNOSIS), &mut n.diagnosis);
            long_text(ui, f, Ask::of(&q::ADJUSTMENTS), &mut n.adjustments);
        });
    }
}
