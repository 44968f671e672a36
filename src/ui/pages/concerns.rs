//! 3. Your concerns.

use super::tri;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

const C: &str = "referral.concerns";

/// The prompts FORM.md asks to be shown with the description.
pub const DESCRIPTION_HINT: &str = "Tell us:
• how the person came to your notice
• whether it was a specific event or a build-up over time
• any talk of travel to a conflict zone
• any contact with worrying groups or people: who, and how often
• any worrying online or phone use, and how you know
• any threats or wishes to harm: to whom, when, and the exact words used
• any interest in hate crime, extremists, terrorists, school shooters, massacres or attacks on public figures";

pub fn concerns(ui: &mut Ui, f: &mut Fields<'_>, c: &mut Concerns) {
    let path = |field: &str| format!("{C}.{field}");
    long_text(
        ui,
        f,
        Ask::new(&path("description"), "Describe your concerns").hint(DESCRIPTION_HINT),
        &mut c.description,
    );
    checkboxes(
        ui,
        f,
        Ask::new(&path("ideologies"), "What kind of concern is it?")
            .hint("Select all that apply. “Not known” and “No ideology” go on their own."),
        &mut c.ideologies,
        Ideology::ALL,
    );
    if c.ideologies.contains(&Ideology::Other) {
        ui.indent("ideology_other", |ui| {
            text(
                ui,
                f,
                Ask::new(&path("ideology_other"), "Describe the other concern"),
                &mut c.ideology_other,
            );
        });
    }
    radios(
        ui,
        f,
        Ask::new(&path("source"), "How do you know?"),
        &mut c.source,
        Source::ALL,
    );
    date(
        ui,
        f,
        Ask::new(&path("first_noticed_on"), "When did you first notice this?").optional(true),
        &mut c.first_noticed_on,
    );
    date(
        ui,
        f,
        Ask::new(
            &path("most_recent_on"),
            "When was the most recent incident?",
        )
        .optional(true),
        &mut c.most_recent_on,
    );
    tri(
        ui,
        f,
        Ask::new(
            &path("immediate_risk"),
            "Is anyone at immediate risk of harm?",
        ),
        &mut c.immediate_risk,
    );
    if c.immediate_risk == Some(Tri::Yes) {
        let banner = warning(
            ui,
            "Call 999 now. Tell the police what you have told us here, then come back and finish this referral.",
        );
        banner.ctx.accesskit_node_builder(banner.id, |node| {
            node.set_role(eframe::egui::accesskit::Role::Alert);
        });
        tick(
            ui,
            f,
            Ask::new(&path("police_called"), "I have called 999"),
            &mut c.police_called,
        );
    }
    tri(
        ui,
        f,
        Ask::new(&path("weapons_access"), "Do they have access to weapons?"),
        &mut c.weapons_access,
    );
    if c.weapons_access == Some(Tri::Yes) {
        ui.indent("weapons_details", |ui| {
            long_text(
                ui,
                f,
                Ask::new(&path("weapons_details"), "Tell us about the weapons"),
                &mut c.weapons_details,
            );
        });
    }
    tri(
        ui,
        f,
        Ask::new(
            &path("travel"),
            "Have they travelled, or talked of travelling, to a conflict zone?",
        ),
        &mut c.travel,
    );
    if c.travel == Some(Tri::Yes) {
        ui.indent("travel_details", |ui| {
            long_text(
                ui,
                f,
                Ask::new(&path("travel_details"), "Tell us about the travel"),
                &mut c.travel_details,
            );
        });
    }
    long_text(
        ui,
        f,
        Ask::new(&path("online_activity"), "Worrying online activity")
            .hint("Sites, accounts and what you saw")
            .optional(true),
        &mut c.online_activity,
    );
}
