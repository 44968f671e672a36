//! Section 6, About you. Remembered as "My details" for the next referral.
//! The organisation's name, sector and address are fixed where its IT team
//! set them (managed settings) and the referral holds what they set; a
//! draft started before, or elsewhere, keeps what was typed and can change
//! it.

use super::generic::{Hook, questions};
use crate::form as q;
use crate::i18n::t;
use crate::model::*;
use crate::policy::Policy;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn referrer(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    r: &mut Referral,
    age: Option<u32>,
    managed: &Policy,
) {
    ui.label(t("referrer-intro"));
    questions(ui, f, r, age, SectionId::Referrer, |ui, f, question, r| {
        let r = &mut r.referrer;
        if question.path == q::REFERRER_ORGANISATION.path {
            match &managed.organisation_name {
                Some(name) if *name == r.organisation => {
                    fixed(ui, f, Ask::of(question), name);
                    return Hook::Drawn;
                }
                _ => {}
            }
        } else if question.path == q::REFERRER_SECTOR.path {
            match managed.sector {
                Some(sector) if Some(sector) == r.sector => {
                    fixed(ui, f, Ask::of(question), sector.label());
                    return Hook::Drawn;
                }
                _ => {}
            }
        } else if question.path == q::REFERRER_ADDRESS.path {
            match (&managed.address, managed.address_line()) {
                (Some(address), Some(line)) if *address == r.address => {
                    fixed(ui, f, Ask::of(question), &line);
                }
                _ => address_fields(ui, f, r),
            }
            return Hook::Drawn;
        }
        Hook::Generic
    });
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
