//! The eight sections of the form that hold answers, field for field as in
//! docs/FORM-REFERENCE.md. Field names are its path segments.

use super::answers::{Answer, AnswerMut, Answers, AnswersMut, AsAnswer, AsAnswerMut, answers};
use super::choices::*;
use super::values::DateInput;
use serde::{Deserialize, Serialize};

/// The country assumed for a new address.
pub const UNITED_KINGDOM: &str = "United Kingdom";

/// An address: the person's, a parent's or carer's, or the referrer's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Address {
    pub status: Option<AddressStatus>,
    /// Up to four lines; only non-blank lines are exported.
    pub lines: Vec<String>,
    pub town: String,
    pub postcode: String,
    pub country: String,
}

impl Default for Address {
    fn default() -> Self {
        Self {
            status: None,
            lines: Vec::new(),
            town: String::new(),
            postcode: String::new(),
            country: UNITED_KINGDOM.to_owned(),
        }
    }
}

impl Address {
    /// A known address, as used for previous addresses.
    pub fn known() -> Self {
        Self {
            status: Some(AddressStatus::Known),
            ..Self::default()
        }
    }

    /// True when nothing has been chosen or typed (the default country aside).
    pub fn is_blank(&self) -> bool {
        self.status.is_none()
            && self.lines.iter().all(|l| l.trim().is_empty())
            && self.town.trim().is_empty()
            && self.postcode.trim().is_empty()
    }

    /// True when the country is the United Kingdom, so a UK postcode applies.
    pub fn in_uk(&self) -> bool {
        let c = self.country.trim();
        c.eq_ignore_ascii_case(UNITED_KINGDOM) || c.eq_ignore_ascii_case("UK")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Occupation {
    pub status: Option<OccupationStatus>,
    pub provider: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct OnlineIdentity {
    pub platform: String,
    pub handle: String,
}

/// Section 1: About the person.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Person {
    pub given_names: String,
    pub family_name: String,
    pub other_names: Vec<String>,
    pub date_of_birth: DateInput,
    /// Typed as text so that a mistyped age is kept until corrected.
    pub estimated_age: String,
    pub place_of_birth: String,
    pub gender: Option<Gender>,
    pub gender_description: String,
    pub address: Address,
    pub previous_addresses: Vec<Address>,
    pub phone_numbers: Vec<String>,
    pub email_addresses: Vec<String>,
    pub nationality: String,
    pub immigration_status: String,
    pub first_language: String,
    pub interpreter_needed: Option<Tri>,
    /// Optional (from 1.2): special-category data, never required.
    pub ethnicity: Option<Ethnicity>,
    pub religion: Option<Religion>,
    pub occupation: Occupation,
    pub online_identities: Vec<OnlineIdentity>,
}

/// A parent or carer of the person.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct ParentCarer {
    pub name: String,
    pub relationship: String,
    pub parental_responsibility: Option<Tri>,
    pub same_address_as_person: bool,
    /// Ignored (and exported as null) while `same_address_as_person` is set.
    pub address: Address,
    pub phone: String,
    pub email: String,
    pub aware_of_referral: Option<Tri>,
}

/// Section 2: Family, parents and carers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Household {
    pub parents_carers: Vec<ParentCarer>,
    pub lives_with_or_cares_for_children: Option<Tri>,
    pub known_to_social_care: Option<Tri>,
    /// From 1.2: statutory status, and the social worker when there is one.
    pub statutory_status: Option<StatutoryStatus>,
    pub social_worker_name: String,
    pub social_worker_contact: String,
    pub other_family_details: String,
}

/// Section 3: Your concerns.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Concerns {
    pub description: String,
    pub ideologies: Vec<Ideology>,
    pub ideology_other: String,
    pub source: Option<Source>,
    pub first_noticed_on: DateInput,
    pub most_recent_on: DateInput,
    pub immediate_risk: Option<Tri>,
    pub police_called: bool,
    pub weapons_access: Option<Tri>,
    pub weapons_details: String,
    pub travel: Option<Tri>,
    pub travel_details: String,
    /// From 1.2: violence or threats, and carrying a knife or other weapon
    /// (apart from access to weapons).
    pub violence: Option<Tri>,
    pub violence_details: String,
    pub carries_weapon: Option<Tri>,
    pub carries_weapon_details: String,
    pub online_activity: String,
    /// From 1.2: what the person said or wrote, apart from the referrer's
    /// account.
    pub own_words: String,
}

/// Section 4: Complex needs and susceptibility.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Needs {
    pub factors: Vec<NeedFactor>,
    pub details: String,
    pub if_unmet: String,
    /// From 1.2: exclusions or suspensions from school or college.
    pub exclusions: Option<Tri>,
    pub exclusion_details: String,
    /// From 1.2: special educational needs and disabilities.
    pub send: Option<SendStatus>,
    pub ehcp: Option<Ehcp>,
    pub diagnosis: String,
    pub adjustments: String,
}

/// Another agency or professional working with the person.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Agency {
    pub kind: Option<AgencyKind>,
    pub name: String,
    pub contact: String,
    pub details: String,
}

/// An earlier Prevent referral of the person, or other involvement with
/// Prevent (from export format 1.2).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct EarlierReferral {
    /// As the referrer knows it: "March 2024", "about two years ago".
    pub when: String,
    pub by: Option<ReferredBy>,
    pub organisation: String,
    pub outcome: String,
    pub reference: String,
}

/// Section 5: Other agencies and information.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct OtherInformation {
    /// Referred to Prevent before, or involved with it (from 1.2; `None`
    /// in drafts and exports made before).
    pub earlier_prevent: Option<Tri>,
    pub earlier_referrals: Vec<EarlierReferral>,
    pub agencies: Vec<Agency>,
    pub safeguarding_referral: Option<SafeguardingReferral>,
    pub safeguarding_reference: String,
    pub armed_forces: Option<Tri>,
    pub service_number: String,
    pub other: String,
}

/// Section 6: About you: the member of staff making the referral. Remembered as
/// "My details" by the desktop app.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Referrer {
    pub name: String,
    pub role: String,
    pub organisation: String,
    pub sector: Option<Sector>,
    pub relationship_to_person: String,
    pub phone: String,
    /// From edition 2026.2: the extension, digits only ("210").
    pub phone_extension: String,
    pub email: String,
    /// Optional: exported as null while blank.
    pub address: Address,
    pub available_to_discuss: Option<YesNo>,
}

/// Section 7: What you have done so far.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Actions {
    pub discussed_with_lead: Option<YesNo>,
    pub lead_name: String,
    pub lead_outcome: String,
    pub person_aware: Option<Tri>,
    pub person_response: String,
    pub person_not_told_reason: String,
    pub parents_aware: Option<Tri>,
    pub parents_response: String,
    pub parents_not_told_reason: String,
    pub taken: String,
    /// From 1.2: information sharing, and its lawful basis.
    pub shared: String,
    pub lawful_basis: Option<LawfulBasis>,
    pub consent_sought: Option<YesNo>,
    pub consent_not_sought_reason: String,
}

/// Section 8: Check your answers and declaration.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Declaration {
    pub confirmed: bool,
    pub referral_date: DateInput,
}

// Every answer by its key, for the rules (src/model/answers.rs): a new
// question's field is named here too.
answers! {
    Occupation { status, provider }
    OnlineIdentity { platform, handle }
    Person {
        given_names, family_name, other_names, date_of_birth, estimated_age,
        place_of_birth, gender, gender_description, address, previous_addresses,
        phone_numbers, email_addresses, nationality, immigration_status,
        first_language, interpreter_needed, ethnicity, religion, occupation,
        online_identities,
    }
    ParentCarer {
        name, relationship, parental_responsibility, same_address_as_person,
        address, phone, email, aware_of_referral,
    }
    Household {
        parents_carers, lives_with_or_cares_for_children, known_to_social_care,
        statutory_status, social_worker_name, social_worker_contact,
        other_family_details,
    }
    Concerns {
        description, ideologies, ideology_other, source, first_noticed_on,
        most_recent_on, immediate_risk, police_called, weapons_access,
        weapons_details, travel, travel_details, violence, violence_details,
        carries_weapon, carries_weapon_details, online_activity, own_words,
    }
    Needs {
        factors, details, if_unmet, exclusions, exclusion_details, send, ehcp,
        diagnosis, adjustments,
    }
    EarlierReferral { when, by, organisation, outcome, reference }
    Agency { kind, name, contact, details }
    OtherInformation {
        earlier_prevent, earlier_referrals, agencies, safeguarding_referral,
        safeguarding_reference, armed_forces, service_number, other,
    }
    Referrer {
        name, role, organisation, sector, relationship_to_person, phone,
        phone_extension, email, address, available_to_discuss,
    }
    Actions {
        discussed_with_lead, lead_name, lead_outcome, person_aware,
        person_response, person_not_told_reason, parents_aware,
        parents_response, parents_not_told_reason, taken, shared,
        lawful_basis, consent_sought, consent_not_sought_reason,
    }
    Declaration { confirmed, referral_date }
}
