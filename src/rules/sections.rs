//! The rules of each section, in form order. Every path and message comes
//! from the form definition; every condition is the model's `asks_*`
//! method that the definition names.

use super::check::{Checker, When};
use crate::form::{self as q, Question};
use crate::model::*;
use crate::tr;
use crate::values::{MAX_AGE, age_on, parse_age};

/// The path of entry `i` of a repeatable group.
fn entry(list: &Question, i: usize) -> String {
    format!("{}[{i}]", list.path)
}

pub fn person(c: &mut Checker, p: &Person) {
    c.text(&q::GIVEN_NAMES, q::GIVEN_NAMES.path, &p.given_names, true);
    c.text(&q::FAMILY_NAME, q::FAMILY_NAME.path, &p.family_name, true);
    c.list_max(&q::OTHER_NAMES, &p.other_names);
    for (i, name) in p.other_names.iter().enumerate() {
        c.text(&q::OTHER_NAME, &entry(&q::OTHER_NAMES, i), name, true);
    }

    let born = c.date(&q::DATE_OF_BIRTH, &p.date_of_birth, false, When::Past);
    let dob_typed = !p.date_of_birth.is_blank();
    if let Some(born) = born
        && age_on(born, c.ctx.today).is_some_and(|a| a > MAX_AGE)
    {
        c.report(q::DATE_OF_BIRTH.path, q::DATE_OF_BIRTH.message("too-old"));
    }
    if parse_age(&p.estimated_age).is_err() {
        c.report(q::ESTIMATED_AGE.path, q::ESTIMATED_AGE.message("format"));
    }
    let age_typed = !p.estimated_age.trim().is_empty();
    match (dob_typed, age_typed) {
        (false, false) => c.report(q::DATE_OF_BIRTH.path, q::DATE_OF_BIRTH.message("enter")),
        (true, true) => c.report(q::ESTIMATED_AGE.path, q::ESTIMATED_AGE.message("not-both")),
        _ => {}
    }

    c.text(
        &q::PLACE_OF_BIRTH,
        q::PLACE_OF_BIRTH.path,
        &p.place_of_birth,
        false,
    );
    c.choice(&q::GENDER, q::GENDER.path, &p.gender);
    if p.asks_gender_description() {
        c.text(
            &q::GENDER_DESCRIPTION,
            q::GENDER_DESCRIPTION.path,
            &p.gender_description,
            false,
        );
    }
    c.address(&q::ADDRESS, q::ADDRESS.path, &p.address);
    c.list_max(&q::PREVIOUS_ADDRESSES, &p.previous_addresses);
    for (i, a) in p.previous_addresses.iter().enumerate() {
        c.address(&q::PREVIOUS_ADDRESS, &entry(&q::PREVIOUS_ADDRESSES, i), a);
    }
    c.list_max(&q::PHONE_NUMBERS, &p.phone_numbers);
    for (i, phone) in p.phone_numbers.iter().enumerate() {
        c.phone(&q::PHONE_NUMBER, &entry(&q::PHONE_NUMBERS, i), phone);
    }
    c.list_max(&q::EMAIL_ADDRESSES, &p.email_addresses);
    for (i, email) in p.email_addresses.iter().enumerate() {
        c.email(&q::EMAIL_ADDRESS, &entry(&q::EMAIL_ADDRESSES, i), email);
    }
    for (question, value) in [
        (&q::NATIONALITY, &p.nationality),
        (&q::IMMIGRATION_STATUS, &p.immigration_status),
        (&q::FIRST_LANGUAGE, &p.first_language),
    ] {
        c.text(question, question.path, value, false);
    }
    c.choice(
        &q::INTERPRETER_NEEDED,
        q::INTERPRETER_NEEDED.path,
        &p.interpreter_needed,
    );
    c.choice(
        &q::OCCUPATION_STATUS,
        q::OCCUPATION_STATUS.path,
        &p.occupation.status,
    );
    c.text(
        &q::OCCUPATION_PROVIDER,
        q::OCCUPATION_PROVIDER.path,
        &p.occupation.provider,
        p.needs_occupation_provider(),
    );
    c.list_max(&q::ONLINE_IDENTITIES, &p.online_identities);
    for (i, o) in p.online_identities.iter().enumerate() {
        let base = entry(&q::ONLINE_IDENTITIES, i);
        for (question, value) in [
            (&q::ONLINE_PLATFORM, &o.platform),
            (&q::ONLINE_HANDLE, &o.handle),
        ] {
            c.text(question, &question.in_entry(&base), value, true);
        }
    }
}

pub fn household(c: &mut Checker, h: &Household) {
    if Household::needs_parents_carers(c.under_18) && h.parents_carers.is_empty() {
        c.report(q::PARENTS_CARERS.path, q::PARENTS_CARERS.message("enter"));
    }
    c.list_max(&q::PARENTS_CARERS, &h.parents_carers);
    for (i, pc) in h.parents_carers.iter().enumerate() {
        let base = entry(&q::PARENTS_CARERS, i);
        c.text(
            &q::PARENT_NAME,
            &q::PARENT_NAME.in_entry(&base),
            &pc.name,
            true,
        );
        c.text(
            &q::PARENT_RELATIONSHIP,
            &q::PARENT_RELATIONSHIP.in_entry(&base),
            &pc.relationship,
            true,
        );
        c.choice(
            &q::PARENT_RESPONSIBILITY,
            &q::PARENT_RESPONSIBILITY.in_entry(&base),
            &pc.parental_responsibility,
        );
        if pc.asks_address() {
            c.address(
                &q::PARENT_ADDRESS,
                &q::PARENT_ADDRESS.in_entry(&base),
                &pc.address,
            );
        }
        c.phone(
            &q::PARENT_PHONE,
            &q::PARENT_PHONE.in_entry(&base),
            &pc.phone,
        );
        c.email(
            &q::PARENT_EMAIL,
            &q::PARENT_EMAIL.in_entry(&base),
            &pc.email,
        );
        c.choice(
            &q::PARENT_AWARE,
            &q::PARENT_AWARE.in_entry(&base),
            &pc.aware_of_referral,
        );
    }
    if Household::asks_lives_with_or_cares_for_children(c.under_18) {
        c.choice(
            &q::LIVES_WITH_CHILDREN,
            q::LIVES_WITH_CHILDREN.path,
            &h.lives_with_or_cares_for_children,
        );
    }
    c.choice(
        &q::KNOWN_TO_SOCIAL_CARE,
        q::KNOWN_TO_SOCIAL_CARE.path,
        &h.known_to_social_care,
    );
    c.choice(
        &q::STATUTORY_STATUS,
        q::STATUTORY_STATUS.path,
        &h.statutory_status,
    );
    if h.asks_social_worker() {
        for (question, value) in [
            (&q::SOCIAL_WORKER_NAME, &h.social_worker_name),
            (&q::SOCIAL_WORKER_CONTACT, &h.social_worker_contact),
        ] {
            c.text(question, question.path, value, false);
        }
    }
    c.long(
        &q::OTHER_FAMILY_DETAILS,
        q::OTHER_FAMILY_DETAILS.path,
        &h.other_family_details,
        false,
    );
}

pub fn concerns(c: &mut Checker, k: &Concerns) {
    c.long(&q::DESCRIPTION, q::DESCRIPTION.path, &k.description, true);
    let ideologies = in_listed_order(&k.ideologies);
    if ideologies.is_empty() {
        c.report(q::IDEOLOGIES.path, q::IDEOLOGIES.message("enter"));
    } else if ideologies.len() > 1 {
        // Repeats (only possible in a hand-edited file) are not "another".
        for exclusive in ideologies.iter().filter(|i| i.is_exclusive()) {
            c.report(
                q::IDEOLOGIES.path,
                tr!("concerns-ideologies-exclusive", answer = exclusive.label()),
            );
        }
    }
    if k.asks_ideology_other() {
        c.text(
            &q::IDEOLOGY_OTHER,
            q::IDEOLOGY_OTHER.path,
            &k.ideology_other,
            true,
        );
    }
    c.choice(&q::SOURCE, q::SOURCE.path, &k.source);
    let first = c.date(
        &q::FIRST_NOTICED_ON,
        &k.first_noticed_on,
        false,
        When::NotFuture,
    );
    let recent = c.date(
        &q::MOST_RECENT_ON,
        &k.most_recent_on,
        false,
        When::NotFuture,
    );
    if let (Some(first), Some(recent)) = (first, recent)
        && recent < first
    {
        c.report(
            q::MOST_RECENT_ON.path,
            q::MOST_RECENT_ON.message("before-first"),
        );
    }
    c.choice(
        &q::IMMEDIATE_RISK,
        q::IMMEDIATE_RISK.path,
        &k.immediate_risk,
    );
    if k.asks_police_called() && !k.police_called {
        c.report(q::POLICE_CALLED.path, q::POLICE_CALLED.message("enter"));
    }
    c.choice(
        &q::WEAPONS_ACCESS,
        q::WEAPONS_ACCESS.path,
        &k.weapons_access,
    );
    if k.asks_weapons_details() {
        c.long(
            &q::WEAPONS_DETAILS,
            q::WEAPONS_DETAILS.path,
            &k.weapons_details,
            true,
        );
    }
    c.choice(&q::TRAVEL, q::TRAVEL.path, &k.travel);
    if k.asks_travel_details() {
        c.long(
            &q::TRAVEL_DETAILS,
            q::TRAVEL_DETAILS.path,
            &k.travel_details,
            true,
        );
    }
    c.choice(&q::VIOLENCE, q::VIOLENCE.path, &k.violence);
    if k.asks_violence_details() {
        c.long(
            &q::VIOLENCE_DETAILS,
            q::VIOLENCE_DETAILS.path,
            &k.violence_details,
            true,
        );
    }
    c.choice(
        &q::CARRIES_WEAPON,
        q::CARRIES_WEAPON.path,
        &k.carries_weapon,
    );
    if k.asks_carries_weapon_details() {
        c.long(
            &q::CARRIES_WEAPON_DETAILS,
            q::CARRIES_WEAPON_DETAILS.path,
            &k.carries_weapon_details,
            true,
        );
    }
    c.long(
        &q::ONLINE_ACTIVITY,
        q::ONLINE_ACTIVITY.path,
        &k.online_activity,
        false,
    );
    c.long(&q::OWN_WORDS, q::OWN_WORDS.path, &k.own_words, false);
}

pub fn needs(c: &mut Checker, n: &Needs) {
    if n.factors.is_empty() {
        c.report(q::FACTORS.path, q::FACTORS.message("enter"));
    } else if in_listed_order(&n.factors).len() > 1 && n.factors.contains(&NeedFactor::NoneKnown) {
        c.report(q::FACTORS.path, q::FACTORS.message("exclusive"));
    }
    if n.asks_details() {
        c.long(&q::NEEDS_DETAILS, q::NEEDS_DETAILS.path, &n.details, true);
    }
    c.long(&q::IF_UNMET, q::IF_UNMET.path, &n.if_unmet, false);
    c.choice(&q::EXCLUSIONS, q::EXCLUSIONS.path, &n.exclusions);
    if n.asks_exclusion_details() {
        c.long(
            &q::EXCLUSION_DETAILS,
            q::EXCLUSION_DETAILS.path,
            &n.exclusion_details,
            true,
        );
    }
    c.choice(&q::SEND, q::SEND.path, &n.send);
    if n.asks_send_details() {
        c.choice(&q::EHCP, q::EHCP.path, &n.ehcp);
        c.text(&q::DIAGNOSIS, q::DIAGNOSIS.path, &n.diagnosis, false);
        c.long(&q::ADJUSTMENTS, q::ADJUSTMENTS.path, &n.adjustments, false);
    }
}

pub fn other_information(c: &mut Checker, o: &OtherInformation) {
    c.choice(
        &q::EARLIER_PREVENT,
        q::EARLIER_PREVENT.path,
        &o.earlier_prevent,
    );
    if o.asks_earlier_referrals() {
        if o.earlier_referrals.is_empty() {
            c.report(
                q::EARLIER_REFERRALS.path,
                q::EARLIER_REFERRALS.message("enter"),
            );
        }
        c.list_max(&q::EARLIER_REFERRALS, &o.earlier_referrals);
        for (i, e) in o.earlier_referrals.iter().enumerate() {
            let base = entry(&q::EARLIER_REFERRALS, i);
            c.text(
                &q::EARLIER_WHEN,
                &q::EARLIER_WHEN.in_entry(&base),
                &e.when,
                true,
            );
            c.choice(&q::EARLIER_BY, &q::EARLIER_BY.in_entry(&base), &e.by);
            for (question, value) in [
                (&q::EARLIER_ORGANISATION, &e.organisation),
                (&q::EARLIER_REFERENCE, &e.reference),
            ] {
                c.text(question, &question.in_entry(&base), value, false);
            }
            c.long(
                &q::EARLIER_OUTCOME,
                &q::EARLIER_OUTCOME.in_entry(&base),
                &e.outcome,
                false,
            );
        }
    }
    c.list_max(&q::AGENCIES, &o.agencies);
    for (i, a) in o.agencies.iter().enumerate() {
        let base = entry(&q::AGENCIES, i);
        c.choice(&q::AGENCY_KIND, &q::AGENCY_KIND.in_entry(&base), &a.kind);
        c.text(
            &q::AGENCY_NAME,
            &q::AGENCY_NAME.in_entry(&base),
            &a.name,
            true,
        );
        c.text(
            &q::AGENCY_CONTACT,
            &q::AGENCY_CONTACT.in_entry(&base),
            &a.contact,
            false,
        );
        c.long(
            &q::AGENCY_DETAILS,
            &q::AGENCY_DETAILS.in_entry(&base),
            &a.details,
            false,
        );
    }
    c.choice(
        &q::SAFEGUARDING_REFERRAL,
        q::SAFEGUARDING_REFERRAL.path,
        &o.safeguarding_referral,
    );
    if o.asks_safeguarding_reference() {
        c.text(
            &q::SAFEGUARDING_REFERENCE,
            q::SAFEGUARDING_REFERENCE.path,
            &o.safeguarding_reference,
            false,
        );
    }
    c.choice(&q::ARMED_FORCES, q::ARMED_FORCES.path, &o.armed_forces);
    if o.asks_service_number() {
        c.text(
            &q::SERVICE_NUMBER,
            q::SERVICE_NUMBER.path,
            &o.service_number,
            false,
        );
    }
    c.long(&q::OTHER, q::OTHER.path, &o.other, false);
}

pub fn referrer(c: &mut Checker, r: &Referrer) {
    for (question, value) in [
        (&q::REFERRER_NAME, &r.name),
        (&q::REFERRER_ROLE, &r.role),
        (&q::REFERRER_ORGANISATION, &r.organisation),
    ] {
        c.text(question, question.path, value, true);
    }
    c.choice(&q::REFERRER_SECTOR, q::REFERRER_SECTOR.path, &r.sector);
    c.text(
        &q::REFERRER_RELATIONSHIP,
        q::REFERRER_RELATIONSHIP.path,
        &r.relationship_to_person,
        true,
    );
    c.phone(&q::REFERRER_PHONE, q::REFERRER_PHONE.path, &r.phone);
    c.email(&q::REFERRER_EMAIL, q::REFERRER_EMAIL.path, &r.email);
    if r.gives_address() {
        c.address(&q::REFERRER_ADDRESS, q::REFERRER_ADDRESS.path, &r.address);
        // A workplace always has an address, known or not.
        if r.address.status == Some(AddressStatus::NoFixedAbode) {
            c.report(
                format!("{}.status", q::REFERRER_ADDRESS.path),
                q::REFERRER_ADDRESS.message("no-fixed-abode"),
            );
        }
    }
    c.choice(
        &q::AVAILABLE_TO_DISCUSS,
        q::AVAILABLE_TO_DISCUSS.path,
        &r.available_to_discuss,
    );
}

pub fn actions(c: &mut Checker, a: &Actions) {
    c.choice(
        &q::DISCUSSED_WITH_LEAD,
        q::DISCUSSED_WITH_LEAD.path,
        &a.discussed_with_lead,
    );
    if a.asks_lead_details() {
        c.text(&q::LEAD_NAME, q::LEAD_NAME.path, &a.lead_name, true);
        c.long(
            &q::LEAD_OUTCOME,
            q::LEAD_OUTCOME.path,
            &a.lead_outcome,
            true,
        );
    }
    c.choice(&q::PERSON_AWARE, q::PERSON_AWARE.path, &a.person_aware);
    if a.asks_person_response() {
        c.long(
            &q::PERSON_RESPONSE,
            q::PERSON_RESPONSE.path,
            &a.person_response,
            true,
        );
    }
    if a.asks_person_not_told_reason() {
        c.long(
            &q::PERSON_NOT_TOLD_REASON,
            q::PERSON_NOT_TOLD_REASON.path,
            &a.person_not_told_reason,
            true,
        );
    }
    if Actions::asks_parents_aware(c.under_18) {
        c.choice(&q::PARENTS_AWARE, q::PARENTS_AWARE.path, &a.parents_aware);
    }
    if a.asks_parents_response(c.under_18) {
        c.long(
            &q::PARENTS_RESPONSE,
            q::PARENTS_RESPONSE.path,
            &a.parents_response,
            true,
        );
    }
    if a.asks_parents_not_told_reason(c.under_18) {
        c.long(
            &q::PARENTS_NOT_TOLD_REASON,
            q::PARENTS_NOT_TOLD_REASON.path,
            &a.parents_not_told_reason,
            true,
        );
    }
    c.long(&q::TAKEN, q::TAKEN.path, &a.taken, true);
    c.long(&q::SHARED, q::SHARED.path, &a.shared, false);
    c.choice(&q::LAWFUL_BASIS, q::LAWFUL_BASIS.path, &a.lawful_basis);
    c.choice(
        &q::CONSENT_SOUGHT,
        q::CONSENT_SOUGHT.path,
        &a.consent_sought,
    );
    if a.asks_consent_not_sought_reason() {
        c.long(
            &q::CONSENT_NOT_SOUGHT_REASON,
            q::CONSENT_NOT_SOUGHT_REASON.path,
            &a.consent_not_sought_reason,
            true,
        );
        // Consent cannot be the basis when it was not asked for.
        if a.lawful_basis == Some(LawfulBasis::Consent) {
            c.report(
                q::LAWFUL_BASIS.path,
                q::LAWFUL_BASIS.message("consent-not-sought"),
            );
        }
    }
}

pub fn declaration(c: &mut Checker, d: &Declaration, p: &Person) {
    if !d.confirmed {
        c.report(q::CONFIRMED.path, q::CONFIRMED.message("enter"));
    }
    // Ticking the declaration fills in today's date: while it is unticked,
    // a blank date is not a second problem.
    let on = c.date(
        &q::REFERRAL_DATE,
        &d.referral_date,
        d.confirmed,
        When::NotFuture,
    );
    // The age on the referral date cannot be worked out otherwise.
    if let (Some(on), Ok(Some(born))) = (on, crate::values::parse_date(&p.date_of_birth))
        && on < born
    {
        c.report(
            q::REFERRAL_DATE.path,
            q::REFERRAL_DATE.message("before-birth"),
        );
    }
}
