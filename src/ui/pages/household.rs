//! 2. Family, parents and carers.

use super::generic::{Hook, questions};
use super::tri;
use crate::form as q;
use crate::i18n::t;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

/// `age` is `None` while the person's age is not known.
pub fn household(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referral, age: Option<u32>) {
    questions(ui, f, r, age, SectionId::Household, |ui, f, question, r| {
        if question.path == q::PARENTS_CARERS.path {
            parents_carers(ui, f, r, age);
            Hook::Drawn
        } else if question.path == q::LIVES_WITH_CHILDREN.path {
            let h = &mut r.household;
            tri(
                ui,
                f,
                Ask::of(&q::LIVES_WITH_CHILDREN),
                &mut h.lives_with_or_cares_for_children,
            );
            if h.lives_with_or_cares_for_children == Some(Tri::Yes) {
                warning(ui, q::LIVES_WITH_CHILDREN.message("warning"));
            }
            Hook::Drawn
        } else {
            Hook::Generic
        }
    });
}

/// Each parent or carer, the hint saying what is needed once the person's
/// age is known.
fn parents_carers(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referral, age: Option<u32>) {
    // The hint says what is needed once the age is known.
    let under_18 = age.map(|a| a < 18);
    let hint = match under_18 {
        Some(true) => t("household-parents_carers-hint-child"),
        Some(false) => t("household-parents_carers-hint-adult"),
        None => t("household-parents_carers-hint"),
    };
    list(
        ui,
        f,
        &q::PARENTS_CARERS,
        Ask::of(&q::PARENTS_CARERS)
            .hint(hint)
            .optional(under_18 == Some(false)),
        &mut r.household.parents_carers,
        |ui, f, item, heading, pc| {
            let at = |question: &q::Question| question.in_entry(item);
            let name = at(&q::PARENT_NAME);
            text(
                ui,
                f,
                Ask::entry(&q::PARENT_NAME, &name, heading),
                &mut pc.name,
            );
            let relationship = at(&q::PARENT_RELATIONSHIP);
            text(
                ui,
                f,
                Ask::entry(&q::PARENT_RELATIONSHIP, &relationship, heading),
                &mut pc.relationship,
            );
            let responsibility = at(&q::PARENT_RESPONSIBILITY);
            tri(
                ui,
                f,
                Ask::entry(&q::PARENT_RESPONSIBILITY, &responsibility, heading),
                &mut pc.parental_responsibility,
            );
            let same = at(&q::PARENT_SAME_ADDRESS);
            tick(
                ui,
                f,
                Ask::entry(&q::PARENT_SAME_ADDRESS, &same, heading),
                &mut pc.same_address_as_person,
            );
            if pc.asks_address() {
                let address_path = at(&q::PARENT_ADDRESS);
                address(
                    ui,
                    f,
                    Ask::entry(&q::PARENT_ADDRESS, &address_path, heading),
                    true,
                    &mut pc.address,
                );
            }
            let phone = at(&q::PARENT_PHONE);
            text(
                ui,
                f,
                Ask::entry(&q::PARENT_PHONE, &phone, heading),
                &mut pc.phone,
            );
            let email = at(&q::PARENT_EMAIL);
            text(
                ui,
                f,
                Ask::entry(&q::PARENT_EMAIL, &email, heading),
                &mut pc.email,
            );
            let aware = at(&q::PARENT_AWARE);
            tri(
                ui,
                f,
                Ask::entry(&q::PARENT_AWARE, &aware, heading),
                &mut pc.aware_of_referral,
            );
        },
    );
}
