//! 5. Other agencies and information.

use super::tri;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

const O: &str = "referral.other_information";

pub fn other_information(ui: &mut Ui, f: &mut Fields<'_>, o: &mut OtherInformation) {
    let path = |field: &str| format!("{O}.{field}");
    list(
        ui,
        f,
        Ask::new(
            &path("agencies"),
            "Other agencies or professionals working with the person",
        )
        .optional(true),
        "Agency",
        20,
        &mut o.agencies,
        |ui, f, item, heading, a| {
            let within = Some(heading);
            let part = |name: &str| format!("{item}.{name}");
            radios(
                ui,
                f,
                Ask::new(&part("kind"), "Kind of agency").within(within),
                &mut a.kind,
                AgencyKind::ALL,
            );
            text(
                ui,
                f,
                Ask::new(&part("name"), "Name of the agency or professional").within(within),
                &mut a.name,
            );
            text(
                ui,
                f,
                Ask::new(&part("contact"), "Contact details")
                    .optional(true)
                    .within(within),
                &mut a.contact,
            );
            long_text(
                ui,
                f,
                Ask::new(&part("details"), "What they are doing")
                    .optional(true)
                    .within(within),
                &mut a.details,
            );
        },
    );
    radios(
        ui,
        f,
        Ask::new(
            &path("safeguarding_referral"),
            "Have you also made a safeguarding referral (for example to the MASH)?",
        ),
        &mut o.safeguarding_referral,
        SafeguardingReferral::ALL,
    );
    if o.safeguarding_referral == Some(SafeguardingReferral::Yes) {
        ui.indent("safeguarding_reference", |ui| {
            text(
                ui,
                f,
                Ask::new(&path("safeguarding_reference"), "Its reference").optional(true),
                &mut o.safeguarding_reference,
            );
        });
    }
    tri(
        ui,
        f,
        Ask::new(
            &path("armed_forces"),
            "Are they serving in, or have they served in, the armed forces?",
        ),
        &mut o.armed_forces,
    );
    if o.armed_forces == Some(Tri::Yes) {
        ui.indent("service_number", |ui| {
            text(
                ui,
                f,
                Ask::new(&path("service_number"), "Service number, if known").optional(true),
                &mut o.service_number,
            );
        });
    }
    long_text(
        ui,
        f,
        Ask::new(&path("other"), "Anything else we should know").optional(true),
        &mut o.other,
    );
}
