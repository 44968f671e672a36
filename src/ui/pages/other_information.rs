//! 5. Other agencies and information.

use super::tri;
use crate::form as q;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn other_information(ui: &mut Ui, f: &mut Fields<'_>, o: &mut OtherInformation) {
    tri(ui, f, Ask::of(&q::EARLIER_PREVENT), &mut o.earlier_prevent);
    if o.asks_earlier_referrals() {
        ui.indent("earlier_referrals", |ui| earlier_referrals(ui, f, o));
    }
    list(
        ui,
        f,
        &q::AGENCIES,
        Ask::of(&q::AGENCIES),
        &mut o.agencies,
        |ui, f, item, heading, a| {
            let kind = q::AGENCY_KIND.in_entry(item);
            radios(
                ui,
                f,
                Ask::entry(&q::AGENCY_KIND, &kind, heading),
                &mut a.kind,
                AgencyKind::ALL,
            );
            let name = q::AGENCY_NAME.in_entry(item);
            text(
                ui,
                f,
                Ask::entry(&q::AGENCY_NAME, &name, heading),
                &mut a.name,
            );
            let contact = q::AGENCY_CONTACT.in_entry(item);
            text(
                ui,
                f,
                Ask::entry(&q::AGENCY_CONTACT, &contact, heading),
                &mut a.contact,
            );
            let details = q::AGENCY_DETAILS.in_entry(item);
            long_text(
                ui,
                f,
                Ask::entry(&q::AGENCY_DETAILS, &details, heading),
                &mut a.details,
            );
        },
    );
    radios(
        ui,
        f,
        Ask::of(&q::SAFEGUARDING_REFERRAL),
        &mut o.safeguarding_referral,
        SafeguardingReferral::ALL,
    );
    if o.asks_safeguarding_reference() {
        ui.indent("safeguarding_reference", |ui| {
            text(
                ui,
                f,
                Ask::of(&q::SAFEGUARDING_REFERENCE),
                &mut o.safeguarding_reference,
            );
        });
    }
    tri(ui, f, Ask::of(&q::ARMED_FORCES), &mut o.armed_forces);
    if o.asks_service_number() {
        ui.indent("service_number", |ui| {
            text(ui, f, Ask::of(&q::SERVICE_NUMBER), &mut o.service_number);
        });
    }
    long_text(ui, f, Ask::of(&q::OTHER), &mut o.other);
}

/// Each earlier referral: when, by whom, the outcome and its reference.
fn earlier_referrals(ui: &mut Ui, f: &mut Fields<'_>, o: &mut OtherInformation) {
    list(
        ui,
        f,
        &q::EARLIER_REFERRALS,
        Ask::of(&q::EARLIER_REFERRALS),
        &mut o.earlier_referrals,
        |ui, f, item, heading, e| {
            let when = q::EARLIER_WHEN.in_entry(item);
            text(
                ui,
                f,
                Ask::entry(&q::EARLIER_WHEN, &when, heading),
                &mut e.when,
            );
            let by = q::EARLIER_BY.in_entry(item);
            radios(
                ui,
                f,
                Ask::entry(&q::EARLIER_BY, &by, heading),
                &mut e.by,
                ReferredBy::ALL,
            );
            let organisation = q::EARLIER_ORGANISATION.in_entry(item);
            text(
                ui,
                f,
                Ask::entry(&q::EARLIER_ORGANISATION, &organisation, heading),
                &mut e.organisation,
            );
            let outcome = q::EARLIER_OUTCOME.in_entry(item);
            long_text(
                ui,
                f,
                Ask::entry(&q::EARLIER_OUTCOME, &outcome, heading),
                &mut e.outcome,
            );
            let reference = q::EARLIER_REFERENCE.in_entry(item);
            text(
                ui,
                f,
                Ask::entry(&q::EARLIER_REFERENCE, &reference, heading),
                &mut e.reference,
            );
        },
    );
}
