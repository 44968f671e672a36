//! 7. What you have done so far.

use super::tri;
use crate::form as q;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn actions(ui: &mut Ui, f: &mut Fields<'_>, a: &mut Actions, under_18: Option<bool>) {
    radios(
        ui,
        f,
        Ask::of(&q::DISCUSSED_WITH_LEAD),
        &mut a.discussed_with_lead,
        YesNo::ALL,
    );
    if a.asks_lead_details() {
        ui.indent("lead", |ui| {
            text(ui, f, Ask::of(&q::LEAD_NAME), &mut a.lead_name);
            long_text(ui, f, Ask::of(&q::LEAD_OUTCOME), &mut a.lead_outcome);
        });
    }
    tri(ui, f, Ask::of(&q::PERSON_AWARE), &mut a.person_aware);
    if a.asks_person_response() {
        long_text(ui, f, Ask::of(&q::PERSON_RESPONSE), &mut a.person_response);
    }
    if a.asks_person_not_told_reason() {
        long_text(
            ui,
            f,
            Ask::of(&q::PERSON_NOT_TOLD_REASON),
            &mut a.person_not_told_reason,
        );
    }
    if Actions::asks_parents_aware(under_18) {
        tri(ui, f, Ask::of(&q::PARENTS_AWARE), &mut a.parents_aware);
    }
    if a.asks_parents_response(under_18) {
        long_text(
            ui,
            f,
            Ask::of(&q::PARENTS_RESPONSE),
            &mut a.parents_response,
        );
    }
    if a.asks_parents_not_told_reason(under_18) {
        long_text(
            ui,
            f,
            Ask::of(&q::PARENTS_NOT_TOLD_REASON),
            &mut a.parents_not_told_reason,
        );
    }
    long_text(ui, f, Ask::of(&q::TAKEN), &mut a.taken);
    // Information sharing: what, the lawful basis, and consent, with the
    // explicit rationale when it was not sought.
    long_text(ui, f, Ask::of(&q::SHARED), &mut a.shared);
    radios(
        ui,
        f,
        Ask::of(&q::LAWFUL_BASIS),
        &mut a.lawful_basis,
        LawfulBasis::ALL,
    );
    radios(
        ui,
        f,
        Ask::of(&q::CONSENT_SOUGHT),
        &mut a.consent_sought,
        YesNo::ALL,
    );
    if a.asks_consent_not_sought_reason() {
        ui.indent("consent_not_sought_reason", |ui| {
            long_text(
                ui,
                f,
                Ask::of(&q::CONSENT_NOT_SOUGHT_REASON),
                &mut a.consent_not_sought_reason,
            );
        });
    }
}
