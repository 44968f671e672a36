//! 3. Your concerns.

use super::tri;
use crate::form as q;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn concerns(ui: &mut Ui, f: &mut Fields<'_>, c: &mut Concerns) {
    // The hint holds the prompts the form asks to be shown.
    long_text(ui, f, Ask::of(&q::DESCRIPTION), &mut c.description);
    checkboxes(
        ui,
        f,
        Ask::of(&q::IDEOLOGIES),
        &mut c.ideologies,
        Ideology::ALL,
    );
    if c.asks_ideology_other() {
        ui.indent("ideology_other", |ui| {
            text(ui, f, Ask::of(&q::IDEOLOGY_OTHER), &mut c.ideology_other);
        });
    }
    radios(ui, f, Ask::of(&q::SOURCE), &mut c.source, Source::ALL);
    date(
        ui,
        f,
        Ask::of(&q::FIRST_NOTICED_ON),
        &mut c.first_noticed_on,
    );
    date(ui, f, Ask::of(&q::MOST_RECENT_ON), &mut c.most_recent_on);
    tri(ui, f, Ask::of(&q::IMMEDIATE_RISK), &mut c.immediate_risk);
    if c.asks_police_called() {
        let banner = warning(ui, q::IMMEDIATE_RISK.message("warning"));
        banner.ctx.accesskit_node_builder(banner.id, |node| {
            node.set_role(eframe::egui::accesskit::Role::Alert);
        });
        tick(ui, f, Ask::of(&q::POLICE_CALLED), &mut c.police_called);
    }
    tri(ui, f, Ask::of(&q::WEAPONS_ACCESS), &mut c.weapons_access);
    if c.asks_weapons_details() {
        ui.indent("weapons_details", |ui| {
            long_text(ui, f, Ask::of(&q::WEAPONS_DETAILS), &mut c.weapons_details);
        });
    }
    tri(ui, f, Ask::of(&q::TRAVEL), &mut c.travel);
    if c.asks_travel_details() {
        ui.indent("travel_details", |ui| {
            long_text(ui, f, Ask::of(&q::TRAVEL_DETAILS), &mut c.travel_details);
        });
    }
    tri(ui, f, Ask::of(&q::VIOLENCE), &mut c.violence);
    if c.asks_violence_details() {
        ui.indent("violence_details", |ui| {
            long_text(
                ui,
                f,
                Ask::of(&q::VIOLENCE_DETAILS),
                &mut c.violence_details,
            );
        });
    }
    tri(ui, f, Ask::of(&q::CARRIES_WEAPON), &mut c.carries_weapon);
    if c.asks_carries_weapon_details() {
        ui.indent("carries_weapon_details", |ui| {
            long_text(
                ui,
                f,
                Ask::of(&q::CARRIES_WEAPON_DETAILS),
                &mut c.carries_weapon_details,
            );
        });
    }
    long_text(ui, f, Ask::of(&q::ONLINE_ACTIVITY), &mut c.online_activity);
    long_text(ui, f, Ask::of(&q::OWN_WORDS), &mut c.own_words);
}
