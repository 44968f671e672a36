//! Section 1, about the person: the generic pass, with the lists, the
//! address and the occupation (a group of two questions) drawn here.

use super::generic::{Hook, questions};
use crate::form as q;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn person(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referral, age: Option<u32>) {
    questions(ui, f, r, age, SectionId::Person, |ui, f, question, r| {
        let p = &mut r.person;
        match question.path {
            path if path == q::OTHER_NAMES.path => other_names(ui, f, p),
            path if path == q::ADDRESS.path => {
                address(ui, f, Ask::of(&q::ADDRESS), true, &mut p.address);
            }
            path if path == q::PREVIOUS_ADDRESSES.path => previous_addresses(ui, f, p),
            path if path == q::PHONE_NUMBERS.path => phone_numbers(ui, f, p),
            path if path == q::EMAIL_ADDRESSES.path => email_addresses(ui, f, p),
            path if path == q::OCCUPATION_STATUS.path => {
                radios(
                    ui,
                    f,
                    Ask::of(&q::OCCUPATION_STATUS),
                    &mut p.occupation.status,
                );
            }
            path if path == q::OCCUPATION_PROVIDER.path => {
                // Required only for some kinds of occupation (the rules say which).
                let provider_needed = p.needs_occupation_provider();
                text(
                    ui,
                    f,
                    Ask::of(&q::OCCUPATION_PROVIDER).optional(!provider_needed),
                    &mut p.occupation.provider,
                );
            }
            path if path == q::ONLINE_IDENTITIES.path => online_identities(ui, f, p),
            // Ethnicity and religion are special-category data, never
            // required: their hints say why they are asked.
            _ => return Hook::Generic,
        }
        Hook::Drawn
    });
}

fn other_names(ui: &mut Ui, f: &mut Fields<'_>, p: &mut Person) {
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
}

fn previous_addresses(ui: &mut Ui, f: &mut Fields<'_>, p: &mut Person) {
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
}

fn phone_numbers(ui: &mut Ui, f: &mut Fields<'_>, p: &mut Person) {
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
}

fn email_addresses(ui: &mut Ui, f: &mut Fields<'_>, p: &mut Person) {
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
}

fn online_identities(ui: &mut Ui, f: &mut Fields<'_>, p: &mut Person) {
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
