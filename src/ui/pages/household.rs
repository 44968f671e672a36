//! 2. Family, parents and carers.

use super::tri;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

const H: &str = "referral.household";

/// `under_18` is `None` while the person's age is not known.
pub fn household(ui: &mut Ui, f: &mut Fields<'_>, h: &mut Household, under_18: Option<bool>) {
    let path = |field: &str| format!("{H}.{field}");
    let hint = match under_18 {
        Some(true) => "The person is under 18: give at least one parent or carer.",
        Some(false) => "Give any carer or family member the Prevent team should know about.",
        None => "If the person is under 18, give at least one parent or carer.",
    };
    list(
        ui,
        f,
        Ask::new(&path("parents_carers"), "Parents or carers")
            .hint(hint)
            .optional(under_18 == Some(false)),
        "Parent or carer",
        6,
        &mut h.parents_carers,
        |ui, f, item, heading, pc| {
            let within = Some(heading);
            let part = |name: &str| format!("{item}.{name}");
            text(
                ui,
                f,
                Ask::new(&part("name"), "Full name").within(within),
                &mut pc.name,
            );
            text(
                ui,
                f,
                Ask::new(&part("relationship"), "Relationship to the person")
                    .hint("For example, mother, foster carer")
                    .within(within),
                &mut pc.relationship,
            );
            tri(
                ui,
                f,
                Ask::new(
                    &part("parental_responsibility"),
                    "Do they have parental responsibility?",
                )
                .within(within),
                &mut pc.parental_responsibility,
            );
            tick(
                ui,
                f,
                Ask::new(
                    &part("same_address_as_person"),
                    "They live at the same address as the person",
                )
                .within(within),
                &mut pc.same_address_as_person,
            );
            if !pc.same_address_as_person {
                address(
                    ui,
                    f,
                    Ask::new(&part("address"), "Their address").within(within),
                    true,
                    &mut pc.address,
                );
            }
            text(
                ui,
                f,
                Ask::new(&part("phone"), "Telephone")
                    .optional(true)
                    .within(within),
                &mut pc.phone,
            );
            text(
                ui,
                f,
                Ask::new(&part("email"), "Email")
                    .optional(true)
                    .within(within),
                &mut pc.email,
            );
            tri(
                ui,
                f,
                Ask::new(
                    &part("aware_of_referral"),
                    "Do they know about this referral?",
                )
                .within(within),
                &mut pc.aware_of_referral,
            );
        },
    );
    if under_18 == Some(false) {
        tri(
            ui,
            f,
            Ask::new(
                &path("lives_with_or_cares_for_children"),
                "Does the person live with, or care for, children?",
            ),
            &mut h.lives_with_or_cares_for_children,
        );
        if h.lives_with_or_cares_for_children == Some(Tri::Yes) {
            warning(
                ui,
                "A children's safeguarding referral may also be needed. Follow your organisation's safeguarding procedure.",
            );
        }
    }
    tri(
        ui,
        f,
        Ask::new(
            &path("known_to_social_care"),
            "Is the person or family known to social care?",
        ),
        &mut h.known_to_social_care,
    );
    long_text(
        ui,
        f,
        Ask::new(
            &path("other_family_details"),
            "Other family or household details",
        )
        .hint("For example, brothers and sisters, and who they live with")
        .optional(true),
        &mut h.other_family_details,
    );
}
