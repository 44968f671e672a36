//! 6. About you. Remembered as "My details" for the next referral.

use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

const R: &str = "referral.referrer";

pub fn referrer(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referrer) {
    let path = |field: &str| format!("{R}.{field}");
    ui.label("These are remembered on this computer as “My details” and filled in for your next referral. You can clear them from the File menu.");
    text(
        ui,
        f,
        Ask::new(&path("name"), "Your full name"),
        &mut r.name,
    );
    text(
        ui,
        f,
        Ask::new(&path("role"), "Your job title"),
        &mut r.role,
    );
    text(
        ui,
        f,
        Ask::new(&path("organisation"), "Your organisation"),
        &mut r.organisation,
    );
    radios(
        ui,
        f,
        Ask::new(&path("sector"), "Your sector"),
        &mut r.sector,
        Sector::ALL,
    );
    text(
        ui,
        f,
        Ask::new(
            &path("relationship_to_person"),
            "How do you know the person?",
        )
        .hint("For example, I am their head of year"),
        &mut r.relationship_to_person,
    );
    text(
        ui,
        f,
        Ask::new(&path("phone"), "Your work telephone")
            .hint("For example, 020 7946 0000 or +44 7400 123456"),
        &mut r.phone,
    );
    text(
        ui,
        f,
        Ask::new(&path("email"), "Your work email"),
        &mut r.email,
    );
    address(
        ui,
        f,
        Ask::new(&path("address"), "Your work address").optional(true),
        true,
        &mut r.address,
    );
    if !r.address.is_blank() {
        let clear = ui.button("Remove your work address");
        if clear.clicked() {
            r.address = Address::default();
            f.changed = true;
        }
    }
    radios(
        ui,
        f,
        Ask::new(
            &path("available_to_discuss"),
            "Can the Prevent team contact you to discuss the referral and agree support?",
        ),
        &mut r.available_to_discuss,
        YesNo::ALL,
    );
}
