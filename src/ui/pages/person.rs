//! 1. About the person.

use super::tri;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

const P: &str = "referral.person";

pub fn person(ui: &mut Ui, f: &mut Fields<'_>, p: &mut Person) {
    let path = |field: &str| format!("{P}.{field}");
    text(
        ui,
        f,
        Ask::new(&path("given_names"), "Given name(s)"),
        &mut p.given_names,
    );
    text(
        ui,
        f,
        Ask::new(&path("family_name"), "Family name"),
        &mut p.family_name,
    );
    list(
        ui,
        f,
        Ask::new(&path("other_names"), "Other names or aliases").optional(true),
        "Other name",
        20,
        &mut p.other_names,
        |ui, f, item, heading, name| {
            text(ui, f, Ask::new(item, "Name").within(Some(heading)), name);
        },
    );
    date(
        ui,
        f,
        Ask::new(&path("date_of_birth"), "Date of birth").hint(
            "For example, 27 3 2011. Leave blank if you do not know it and give their age instead.",
        ),
        &mut p.date_of_birth,
    );
    text(
        ui,
        f,
        Ask::new(&path("estimated_age"), "Age, if date of birth is not known")
            .hint("In years. Your best estimate is fine."),
        &mut p.estimated_age,
    );
    text(
        ui,
        f,
        Ask::new(&path("place_of_birth"), "Place of birth").optional(true),
        &mut p.place_of_birth,
    );
    radios(
        ui,
        f,
        Ask::new(&path("gender"), "Gender"),
        &mut p.gender,
        Gender::ALL,
    );
    if p.gender == Some(Gender::Other) {
        ui.indent("gender_description", |ui| {
            text(
                ui,
                f,
                Ask::new(
                    &path("gender_description"),
                    "How they describe their gender",
                )
                .optional(true),
                &mut p.gender_description,
            );
        });
    }
    address(
        ui,
        f,
        Ask::new(&path("address"), "Current address"),
        true,
        &mut p.address,
    );
    list(
        ui,
        f,
        Ask::new(&path("previous_addresses"), "Other known addresses").optional(true),
        "Other address",
        10,
        &mut p.previous_addresses,
        |ui, f, item, heading, a| {
            a.status = Some(AddressStatus::Known);
            address(
                ui,
                f,
                Ask::new(item, "Address").within(Some(heading)),
                false,
                a,
            );
        },
    );
    list(
        ui,
        f,
        Ask::new(&path("phone_numbers"), "Telephone numbers").optional(true),
        "Telephone number",
        10,
        &mut p.phone_numbers,
        |ui, f, item, heading, phone| {
            text(
                ui,
                f,
                Ask::new(item, "Number")
                    .hint("For example, 07400 123456 or +44 20 7946 0000")
                    .within(Some(heading)),
                phone,
            );
        },
    );
    list(
        ui,
        f,
        Ask::new(&path("email_addresses"), "Email addresses").optional(true),
        "Email address",
        10,
        &mut p.email_addresses,
        |ui, f, item, heading, email| {
            text(ui, f, Ask::new(item, "Email").within(Some(heading)), email);
        },
    );
    text(
        ui,
        f,
        Ask::new(&path("nationality"), "Nationality or citizenship").optional(true),
        &mut p.nationality,
    );
    text(
        ui,
        f,
        Ask::new(
            &path("immigration_status"),
            "Immigration or asylum status, if relevant",
        )
        .optional(true),
        &mut p.immigration_status,
    );
    text(
        ui,
        f,
        Ask::new(&path("first_language"), "First language").optional(true),
        &mut p.first_language,
    );
    tri(
        ui,
        f,
        Ask::new(&path("interpreter_needed"), "Do they need an interpreter?"),
        &mut p.interpreter_needed,
    );
    radios(
        ui,
        f,
        Ask::new(&path("occupation.status"), "Education or work"),
        &mut p.occupation.status,
        OccupationStatus::ALL,
    );
    let provider_needed = p
        .occupation
        .status
        .is_some_and(OccupationStatus::needs_provider);
    text(
        ui,
        f,
        Ask::new(
            &path("occupation.provider"),
            "Name of school, college or employer",
        )
        .optional(!provider_needed),
        &mut p.occupation.provider,
    );
    list(
        ui,
        f,
        Ask::new(
            &path("online_identities"),
            "Social media and online accounts",
        )
        .hint("For example, gaming, messaging and video sites")
        .optional(true),
        "Online account",
        20,
        &mut p.online_identities,
        |ui, f, item, heading, account| {
            let (platform, handle) = (format!("{item}.platform"), format!("{item}.handle"));
            text(
                ui,
                f,
                Ask::new(&platform, "Platform or site").within(Some(heading)),
                &mut account.platform,
            );
            text(
                ui,
                f,
                Ask::new(&handle, "Account name or handle").within(Some(heading)),
                &mut account.handle,
            );
        },
    );
}
