//! From a referral that passes every rule to the export document: trimmed
//! text, ISO dates, E.164 phones, normalised postcodes, multi-choice answers
//! in the listed order, and null for every answer not given or not shown.

use super::types::*;
use crate::model::*;
use crate::rules::{self, Context};
use crate::values::{normalise_phone, normalise_postcode, parse_age, parse_date};

fn text(s: &str) -> Option<Text> {
    let t = s.trim();
    (!t.is_empty()).then(|| Text(t.to_owned()))
}

fn long(s: &str) -> Option<LongText> {
    (!s.trim().is_empty()).then(|| LongText(s.to_owned()))
}

fn date(d: &DateInput) -> Option<chrono::NaiveDate> {
    parse_date(d).ok().flatten()
}

fn phone(s: &str) -> Option<Phone> {
    normalise_phone(s).map(Phone)
}

fn email(s: &str) -> Option<Email> {
    let t = s.trim();
    (!t.is_empty()).then(|| Email(t.to_owned()))
}

/// Keeps `value` only while the question is asked: answers to questions
/// that are hidden (a details box after the answer changed from "yes") stay
/// in the draft but are sent as null. The conditions are the model's
/// `asks_*` methods, which the form definition names.
fn shown<T>(shown: bool, value: Option<T>) -> Option<T> {
    if shown { value } else { None }
}

fn address(a: &Address, status: AddressStatus) -> ExportAddress {
    if status != AddressStatus::Known {
        return ExportAddress {
            status,
            lines: Vec::new(),
            town: None,
            postcode: None,
            country: None,
        };
    }
    let (postcode, country) = if a.in_uk() {
        (
            normalise_postcode(&a.postcode).map(Text),
            Some(Text(UNITED_KINGDOM.to_owned())),
        )
    } else {
        (text(&a.postcode), text(&a.country))
    };
    ExportAddress {
        status,
        lines: a.lines.iter().filter_map(|l| text(l)).collect(),
        town: text(&a.town),
        postcode,
        country,
    }
}

fn person(p: &Person) -> Option<ExportPerson> {
    Some(ExportPerson {
        given_names: text(&p.given_names)?,
        family_name: text(&p.family_name)?,
        other_names: p.other_names.iter().filter_map(|n| text(n)).collect(),
        date_of_birth: date(&p.date_of_birth),
        estimated_age: parse_age(&p.estimated_age).ok().flatten(),
        place_of_birth: text(&p.place_of_birth),
        gender: p.gender?,
        gender_description: shown(p.asks_gender_description(), text(&p.gender_description)),
        address: address(&p.address, p.address.status?),
        previous_addresses: p
            .previous_addresses
            .iter()
            .map(|a| address(a, AddressStatus::Known))
            .collect(),
        phone_numbers: p.phone_numbers.iter().filter_map(|n| phone(n)).collect(),
        email_addresses: p.email_addresses.iter().filter_map(|e| email(e)).collect(),
        nationality: text(&p.nationality),
        immigration_status: text(&p.immigration_status),
        first_language: text(&p.first_language),
        interpreter_needed: p.interpreter_needed?,
        ethnicity: p.ethnicity,
        religion: p.religion,
        occupation: ExportOccupation {
            status: p.occupation.status?,
            provider: text(&p.occupation.provider),
        },
        online_identities: p
            .online_identities
            .iter()
            .map(|o| {
                Some(ExportOnlineIdentity {
                    platform: text(&o.platform)?,
                    handle: text(&o.handle)?,
                })
            })
            .collect::<Option<_>>()?,
    })
}

fn parent_carer(pc: &ParentCarer) -> Option<ExportParentCarer> {
    let address = if pc.asks_address() {
        Some(address(&pc.address, pc.address.status?))
    } else {
        None
    };
    Some(ExportParentCarer {
        name: text(&pc.name)?,
        relationship: text(&pc.relationship)?,
        parental_responsibility: pc.parental_responsibility?,
        same_address_as_person: pc.same_address_as_person,
        address,
        phone: phone(&pc.phone),
        email: email(&pc.email),
        aware_of_referral: pc.aware_of_referral?,
    })
}

fn household(h: &Household, under_18: bool) -> Option<ExportHousehold> {
    Some(ExportHousehold {
        parents_carers: h
            .parents_carers
            .iter()
            .map(parent_carer)
            .collect::<Option<_>>()?,
        lives_with_or_cares_for_children: shown(
            Household::asks_lives_with_or_cares_for_children(Some(under_18)),
            h.lives_with_or_cares_for_children,
        ),
        known_to_social_care: h.known_to_social_care?,
        statutory_status: h.statutory_status,
        social_worker_name: shown(h.asks_social_worker(), text(&h.social_worker_name)),
        social_worker_contact: shown(h.asks_social_worker(), text(&h.social_worker_contact)),
        other_family_details: long(&h.other_family_details),
    })
}

fn concerns(k: &Concerns) -> Option<ExportConcerns> {
    Some(ExportConcerns {
        description: long(&k.description)?,
        ideologies: in_listed_order(&k.ideologies),
        ideology_other: shown(k.asks_ideology_other(), text(&k.ideology_other)),
        source: k.source?,
        first_noticed_on: date(&k.first_noticed_on),
        most_recent_on: date(&k.most_recent_on),
        immediate_risk: k.immediate_risk?,
        police_called: shown(k.asks_police_called(), Some(k.police_called)),
        weapons_access: k.weapons_access?,
        weapons_details: shown(k.asks_weapons_details(), long(&k.weapons_details)),
        travel: k.travel?,
        travel_details: shown(k.asks_travel_details(), long(&k.travel_details)),
        // `None` only for a file made before 1.2 (the rules ask for them).
        violence: k.violence,
        violence_details: shown(k.asks_violence_details(), long(&k.violence_details)),
        carries_weapon: k.carries_weapon,
        carries_weapon_details: shown(
            k.asks_carries_weapon_details(),
            long(&k.carries_weapon_details),
        ),
        online_activity: long(&k.online_activity),
        own_words: long(&k.own_words),
    })
}

fn needs(n: &Needs) -> ExportNeeds {
    ExportNeeds {
        factors: in_listed_order(&n.factors),
        details: shown(n.asks_details(), long(&n.details)),
        if_unmet: long(&n.if_unmet),
        exclusions: n.exclusions,
        exclusion_details: shown(n.asks_exclusion_details(), long(&n.exclusion_details)),
        send: n.send,
        ehcp: shown(n.asks_send_details(), n.ehcp),
        diagnosis: shown(n.asks_send_details(), text(&n.diagnosis)),
        adjustments: shown(n.asks_send_details(), long(&n.adjustments)),
    }
}

fn earlier_referral(e: &EarlierReferral) -> Option<ExportEarlierReferral> {
    Some(ExportEarlierReferral {
        when: text(&e.when)?,
        by: e.by?,
        organisation: text(&e.organisation),
        outcome: long(&e.outcome),
        reference: text(&e.reference),
    })
}

fn other_information(o: &OtherInformation) -> Option<ExportOtherInformation> {
    let earlier_referrals = if o.asks_earlier_referrals() {
        o.earlier_referrals
            .iter()
            .map(earlier_referral)
            .collect::<Option<_>>()?
    } else {
        Vec::new()
    };
    Some(ExportOtherInformation {
        // `None` only for a file made before 1.2 (never written: the rules
        // ask for it).
        earlier_prevent: o.earlier_prevent,
        earlier_referrals,
        agencies: o
            .agencies
            .iter()
            .map(|a| {
                Some(ExportAgency {
                    kind: a.kind?,
                    name: text(&a.name)?,
                    contact: text(&a.contact),
                    details: long(&a.details),
                })
            })
            .collect::<Option<_>>()?,
        safeguarding_referral: o.safeguarding_referral?,
        safeguarding_reference: shown(
            o.asks_safeguarding_reference(),
            text(&o.safeguarding_reference),
        ),
        armed_forces: o.armed_forces?,
        service_number: shown(o.asks_service_number(), text(&o.service_number)),
        other: long(&o.other),
    })
}

fn referrer(r: &Referrer) -> Option<ExportReferrer> {
    let address = r.address.status.map(|status| address(&r.address, status));
    Some(ExportReferrer {
        name: text(&r.name)?,
        role: text(&r.role)?,
        organisation: text(&r.organisation)?,
        sector: r.sector?,
        relationship_to_person: text(&r.relationship_to_person)?,
        phone: phone(&r.phone)?,
        email: email(&r.email)?,
        address,
        available_to_discuss: r.available_to_discuss?,
    })
}

fn actions(a: &Actions, under_18: bool) -> Option<ExportActions> {
    let lead = a.asks_lead_details();
    let under_18 = Some(under_18);
    Some(ExportActions {
        discussed_with_lead: a.discussed_with_lead?,
        lead_name: shown(lead, text(&a.lead_name)),
        lead_outcome: shown(lead, long(&a.lead_outcome)),
        person_aware: a.person_aware?,
        person_response: shown(a.asks_person_response(), long(&a.person_response)),
        person_not_told_reason: shown(
            a.asks_person_not_told_reason(),
            long(&a.person_not_told_reason),
        ),
        parents_aware: shown(Actions::asks_parents_aware(under_18), a.parents_aware),
        parents_response: shown(a.asks_parents_response(under_18), long(&a.parents_response)),
        parents_not_told_reason: shown(
            a.asks_parents_not_told_reason(under_18),
            long(&a.parents_not_told_reason),
        ),
        taken: long(&a.taken)?,
        shared: long(&a.shared),
        lawful_basis: a.lawful_basis,
        consent_sought: a.consent_sought,
        consent_not_sought_reason: shown(
            a.asks_consent_not_sought_reason(),
            long(&a.consent_not_sought_reason),
        ),
    })
}

/// Maps a referral already checked by [`rules::validate`]. `None` only if a
/// required answer is missing, which validation rules out.
pub(super) fn referral(r: &Referral, ctx: Context) -> Option<ExportReferral> {
    let under_18 = rules::under_18(r, ctx)?;
    Some(ExportReferral {
        person: person(&r.person)?,
        household: household(&r.household, under_18)?,
        concerns: concerns(&r.concerns)?,
        needs: needs(&r.needs),
        other_information: other_information(&r.other_information)?,
        referrer: referrer(&r.referrer)?,
        actions: actions(&r.actions, under_18)?,
        declaration: ExportDeclaration {
            confirmed: r.declaration.confirmed,
            referral_date: date(&r.declaration.referral_date)?,
        },
    })
}
