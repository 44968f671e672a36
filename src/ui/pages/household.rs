//! 2. Family, parents and carers.

use super::tri;
use crate::form as q;
use crate::i18n::t;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

/// `under_18` is `None` while the person's age is not known.
pub fn household(ui: &mut Ui, f: &mut Fields<'_>, h: &mut Household, under_18: Option<bool>) {
    // The hint says what is needed once the age is known.
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
        &mut h.parents_carers,
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
    if Household::asks_lives_with_or_cares_for_children(under_18) {
        tri(
            ui,
            f,
            Ask::of(&q::LIVES_WITH_CHILDREN),
            &mut h.lives_with_or_cares_for_children,
        );
        if h.lives_with_or_cares_for_children == Some(Tri::Yes) {
            warning(ui, q::LIVES_WITH_CHILDREN.message("warning"));
        }
    }
    tri(
        ui,
        f,
        Ask::of(&q::KNOWN_TO_SOCIAL_CARE),
        &mut h.known_to_social_care,
    );
    radios(
        ui,
        f,
        Ask::of(&q::STATUTORY_STATUS),
        &mut h.statutory_status,
        StatutoryStatus::ALL,
    );
    if h.asks_social_worker() {
        ui.indent("social_worker", |ui| {
            text(
                ui,
                f,
                Ask::of(&q::SOCIAL_WORKER_NAME),
                &mut h.social_worker_name,
            );
            text(
                ui,
                f,
                Ask::of(&q::SOCIAL_WORKER_CONTACT),
                &mut h.social_worker_contact,
            );
        });
    }
    long_text(
        ui,
        f,
        Ask::of(&q::OTHER_FAMILY_DETAILS),
        &mut h.other_family_details,
    );
}
