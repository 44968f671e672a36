//! 7. What you have done so far.

use super::tri;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

const A: &str = "referral.actions";

pub fn actions(ui: &mut Ui, f: &mut Fields<'_>, a: &mut Actions, under_18: Option<bool>) {
    let path = |field: &str| format!("{A}.{field}");
    radios(
        ui,
        f,
        Ask::new(
            &path("discussed_with_lead"),
            "Have you discussed this with your safeguarding or Prevent lead?",
        )
        .hint("If you are the lead, answer yes."),
        &mut a.discussed_with_lead,
        YesNo::ALL,
    );
    if a.discussed_with_lead == Some(YesNo::Yes) {
        ui.indent("lead", |ui| {
            text(
                ui,
                f,
                Ask::new(&path("lead_name"), "Their name"),
                &mut a.lead_name,
            );
            long_text(
                ui,
                f,
                Ask::new(&path("lead_outcome"), "What did you agree?"),
                &mut a.lead_outcome,
            );
        });
    }
    tri(
        ui,
        f,
        Ask::new(
            &path("person_aware"),
            "Does the person know about this referral?",
        ),
        &mut a.person_aware,
    );
    match a.person_aware {
        Some(Tri::Yes) => {
            long_text(
                ui,
                f,
                Ask::new(&path("person_response"), "How did they respond?"),
                &mut a.person_response,
            );
        }
        Some(Tri::No) => {
            long_text(
                ui,
                f,
                Ask::new(
                    &path("person_not_told_reason"),
                    "Why have they not been told?",
                ),
                &mut a.person_not_told_reason,
            );
        }
        _ => {}
    }
    if under_18 == Some(true) {
        tri(
            ui,
            f,
            Ask::new(&path("parents_aware"), "Do their parents or carers know?"),
            &mut a.parents_aware,
        );
        match a.parents_aware {
            Some(Tri::Yes) => {
                long_text(
                    ui,
                    f,
                    Ask::new(
                        &path("parents_response"),
                        "How did their parents or carers respond?",
                    ),
                    &mut a.parents_response,
                );
            }
            Some(Tri::No) => {
                long_text(
                    ui,
                    f,
                    Ask::new(
                        &path("parents_not_told_reason"),
                        "Why have their parents or carers not been told?",
                    ),
                    &mut a.parents_not_told_reason,
                );
            }
            _ => {}
        }
    }
    long_text(
        ui,
        f,
        Ask::new(&path("taken"), "What has been done so far, and why?")
            .hint("For each thing you did or decided, say why. The reasons for decisions matter as much as the decisions."),
        &mut a.taken,
    );
}
