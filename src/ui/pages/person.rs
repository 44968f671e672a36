//! 1. About the person.

use super::tri;
use crate::form as q;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn person(ui: &mut Ui, f: &mut Fields<'_>, p: &mut Person) {
    text(ui, f, Ask::of(&q::GIVEN_NAMES), &mut p.given_names);
    text(ui, f, Ask::of(&q::FAMILY_NAME), &mut p.family_name);
    list(
        ui,
        f,
        &q::OTHER_NAMES,
        Ask::of(&q::OTHER_NAMES),
        &mut p.other_names,
        |ui, f, item, heading, name| {
            text(ui, f, Ask::entry(&q::OTHER_NAME, item, heading), name);
        },
    );
    date(ui, f, Ask::of(&q::DATE_OF_BIRTH), &mut p.date_of_birth);
    text(ui, f, Ask::of(&q::ESTIMATED_AGE), &mut p.estimated_age);
    text(ui, f, Ask::of(&q::PLACE_OF_BIRTH), &mut p.place_of_birth);
    radios(ui, f, Ask::of(&q::GENDER), &mut p.gender, Gender::ALL);
    if p.asks_gender_description() {
        ui.indent("gender_description", |ui| {
            text(
                ui,
                f,
                Ask::of(&q::GENDER_DESCRIPTION),
                &mut p.gender_description,
            );
        });
    }
    address(ui, f, Ask::of(&q::ADDRESS), true, &mut p.address);
    list(
        ui,
        f,
        &q::PREVIOUS_ADDRESSES,
        Ask::of(&q::PREVIOUS_ADDRESSES),
        &mut p.previous_addresses,
        |ui, f, item, heading, a| {
            a.status = Some(AddressStatus::Known);
            address(
                ui,
                f,
                Ask::entry(&q::PREVIOUS_ADDRESS, item, heading),
                false,
                a,
            );
        },
    );
    list(
        ui,
        f,
        &q::PHONE_NUMBERS,
        Ask::of(&q::PHONE_NUMBERS),
        &mut p.phone_numbers,
        |ui, f, item, heading, phone| {
            text(ui, f, Ask::entry(&q::PHONE_NUMBER, item, heading), phone);
        },
    );
    list(
        ui,
        f,
        &q::EMAIL_ADDRESSES,
        Ask::of(&q::EMAIL_ADDRESSES),
        &mut p.email_addresses,
        |ui, f, item, heading, email| {
            text(ui, f, Ask::entry(&q::EMAIL_ADDRESS, item, heading), email);
        },
    );
    text(ui, f, Ask::of(&q::NATIONALITY), &mut p.nationality);
    text(
        ui,
        f,
        Ask::of(&q::IMMIGRATION_STATUS),
        &mut p.immigration_status,
    );
    text(ui, f, Ask::of(&q::FIRST_LANGUAGE), &mut p.first_language);
    tri(
        ui,
        f,
        Ask::of(&q::INTERPRETER_NEEDED),
        &mut p.interpreter_needed,
    );
    // Special-category data, never required: the hints say why it is asked.
    radios(
        ui,
        f,
        Ask::of(&q::ETHNICITY),
        &mut p.ethnicity,
        Ethnicity::ALL,
    );
    radios(ui, f, Ask::of(&q::RELIGION), &mut p.religion, Religion::ALL);
    radios(
        ui,
        f,
        Ask::of(&q::OCCUPATION_STATUS),
        &mut p.occupation.status,
        OccupationStatus::ALL,
    );
    let provider_needed = p.needs_occupation_provider();
    text(
        ui,
        f,
        Ask::of(&q::OCCUPATION_PROVIDER).optional(!provider_needed),
        &mut p.occupation.provider,
    );
    list(
        ui,
        f,
        &q::ONLINE_IDENTITIES,
        Ask::of(&q::ONLINE_IDENTITIES),
        &mut p.online_identities,
        |ui, f, item, heading, account| {
            let (platform, handle) = (
                q::ONLINE_PLATFORM.in_entry(item),
                q::ONLINE_HANDLE.in_entry(item),
            );
            text(
                ui,
                f,
                Ask::entry(&q::ONLINE_PLATFORM, &platform, heading),
                &mut account.platform,
            );
            text(
                ui,
                f,
                Ask::entry(&q::ONLINE_HANDLE, &handle, heading),
                &mut account.handle,
            );
        },
    );
}
