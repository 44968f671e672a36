//! 6. About you. Remembered as "My details" for the next referral.

use crate::form as q;
use crate::i18n::t;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn referrer(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referrer) {
    ui.label(t("referrer-intro"));
    text(ui, f, Ask::of(&q::REFERRER_NAME), &mut r.name);
    text(ui, f, Ask::of(&q::REFERRER_ROLE), &mut r.role);
    text(
        ui,
        f,
        Ask::of(&q::REFERRER_ORGANISATION),
        &mut r.organisation,
    );
    radios(
        ui,
        f,
        Ask::of(&q::REFERRER_SECTOR),
        &mut r.sector,
        Sector::ALL,
    );
    text(
        ui,
        f,
        Ask::of(&q::REFERRER_RELATIONSHIP),
        &mut r.relationship_to_person,
    );
    text(ui, f, Ask::of(&q::REFERRER_PHONE), &mut r.phone);
    text(ui, f, Ask::of(&q::REFERRER_EMAIL), &mut r.email);
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
    radios(
        ui,
        f,
        Ask::of(&q::AVAILABLE_TO_DISCUSS),
        &mut r.available_to_discuss,
        YesNo::ALL,
    );
}
