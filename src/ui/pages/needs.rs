//! 4. Complex needs and susceptibility.

use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

const N: &str = "referral.needs";

pub fn needs(ui: &mut Ui, f: &mut Fields<'_>, n: &mut Needs) {
    let path = |field: &str| format!("{N}.{field}");
    checkboxes(
        ui,
        f,
        Ask::new(&path("factors"), "Is anything in their life making them vulnerable?")
            .hint("Select all that apply, known or suspected: for example mental health, autism, bullying, being in care. Select “None known” on its own."),
        &mut n.factors,
        NeedFactor::ALL,
    );
    if n.factors.iter().any(|f| *f != NeedFactor::NoneKnown) {
        long_text(
            ui,
            f,
            Ask::new(&path("details"), "Tell us about these needs")
                .hint("Say whether each is known or suspected, and what support they get now."),
            &mut n.details,
        );
    }
    long_text(
        ui,
        f,
        Ask::new(
            &path("if_unmet"),
            "What may happen if these needs are not met?",
        )
        .optional(true),
        &mut n.if_unmet,
    );
}
