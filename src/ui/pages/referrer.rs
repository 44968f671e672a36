//! Section 6, About you. Remembered as "My details" for the next referral.
//! The organisation's name, sector and address are fixed where its IT team
//! set them (managed settings) and the referral holds what they set; a
//! draft started before, or elsewhere, keeps what was typed and can change
//! it.

use crate::form as q;
use crate::i18n::t;
use crate::model::*;
use crate::policy::Policy;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn referrer(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referrer, managed: &Policy) {
    ui.label(t("referrer-intro"));
    text(ui, f, Ask::of(&q::REFERRER_NAME), &mut r.name);
    text(ui, f, Ask::of(&q::REFERRER_ROLE), &mut r.role);
    match &managed.organisation_name {
        Some(name) if *name == r.organisation => {
            fixed(ui, f, Ask::of(&q::REFERRER_ORGANISATION), name);
        }
        _ => {
            text(
                ui,
                f,
                Ask::of(&q::REFERRER_ORGANISATION),
                &mut r.organisation,
            );
        }
    }
    match managed.sector {
        Some(sector) if Some(sector) == r.sector => {
            fixed(ui, f, Ask::of(&q::REFERRER_SECTOR), sector.label());
        }
        _ => {
            radios(
                ui,
                f,
                Ask::of(&q::REFERRER_SECTOR),
                &mut r.sector,
                Sector::ALL,
            );
        }
    }
    text(
        ui,
        f,
        Ask::of(&q::REFERRER_RELATIONSHIP),
        &mut r.relationship_to_person,
    );
    text(ui, f, Ask::of(&q::REFERRER_PHONE), &mut r.phone);
    text(ui, f, Ask::of(&q::REFERRER_EMAIL), &mut r.email);
    match (&managed.address, managed.address_line()) {
        (Some(address), Some(line)) if *address == r.address => {
            fixed(ui, f, Ask::of(&q::REFERRER_ADDRESS), &line);
        }
        _ => address_fields(ui, f, r),
    }
    radios(
        ui,
        f,
        Ask::of(&q::AVAILABLE_TO_DISCUSS),
        &mut r.available_to_discuss,
        YesNo::ALL,
    );
}

fn address_fields(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referrer) {
    address_among(
        ui,
        f,
        Ask::of(&q::REFERRER_ADDRESS),
        Some(&[AddressStatus::Known, AddressStatus::NotKnown]),
        &mut r.address,
    );
    if r.gives_address() {
        let clear = ui.button(q::REFERRER_ADDRESS.message("remove"));
        if clear.clicked() {
            r.address = Address::default();
            f.changed = true;
        }
    }
}
