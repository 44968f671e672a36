//! When the form asks a question that depends on another answer: each
//! condition written once, here, and named by the form definition
//! ([`crate::form`]). The pages, the rules, the export and the copies all
//! call these, so a question is shown, checked and sent on the same terms.
//!
//! Conditions on the person's age take `under_18`: `Some(true)` under 18 on
//! the referral date, `Some(false)` 18 or over, `None` while not known.

use super::choices::*;
use super::sections::*;

impl Address {
    /// The parts of an address (lines, town, postcode, country) are asked
    /// once it is known.
    pub fn asks_parts(&self) -> bool {
        self.status == Some(AddressStatus::Known)
    }
}

impl Person {
    pub fn asks_gender_description(&self) -> bool {
        self.gender == Some(Gender::Other)
    }

    /// The school, college or employer must be named for these statuses
    /// (the question is asked, as optional, for every other one).
    pub fn needs_occupation_provider(&self) -> bool {
        self.occupation
            .status
            .is_some_and(OccupationStatus::needs_provider)
    }
}

impl ParentCarer {
    /// Their address is asked unless they live with the person.
    pub fn asks_address(&self) -> bool {
        !self.same_address_as_person
    }
}

impl Household {
    /// The social worker, for a status that comes with one.
    pub fn asks_social_worker(&self) -> bool {
        self.statutory_status
            .is_some_and(StatutoryStatus::has_social_worker)
    }

    /// Parents or carers are required for a child.
    pub fn needs_parents_carers(under_18: Option<bool>) -> bool {
        under_18 == Some(true)
    }

    /// Asked of an adult only.
    pub fn asks_lives_with_or_cares_for_children(under_18: Option<bool>) -> bool {
        under_18 == Some(false)
    }
}

impl Concerns {
    pub fn asks_ideology_other(&self) -> bool {
        self.ideologies.contains(&Ideology::Other)
    }

    /// "I have called 999", when someone is at immediate risk.
    pub fn asks_police_called(&self) -> bool {
        self.immediate_risk == Some(Tri::Yes)
    }

    pub fn asks_weapons_details(&self) -> bool {
        self.weapons_access == Some(Tri::Yes)
    }

    pub fn asks_travel_details(&self) -> bool {
        self.travel == Some(Tri::Yes)
    }

    pub fn asks_violence_details(&self) -> bool {
        self.violence == Some(Tri::Yes)
    }

    pub fn asks_carries_weapon_details(&self) -> bool {
        self.carries_weapon == Some(Tri::Yes)
    }
}

impl Needs {
    /// Details are asked once any need other than "None known" is chosen.
    pub fn asks_details(&self) -> bool {
        self.factors.iter().any(|f| *f != NeedFactor::NoneKnown)
    }

    /// The EHCP, diagnosis and adjustments, once needs are known or
    /// suspected.
    pub fn asks_send_details(&self) -> bool {
        matches!(self.send, Some(SendStatus::Known | SendStatus::Suspected))
    }

    pub fn asks_exclusion_details(&self) -> bool {
        self.exclusions == Some(Tri::Yes)
    }
}

impl OtherInformation {
    /// Each earlier referral is asked for once the answer is "yes".
    pub fn asks_earlier_referrals(&self) -> bool {
        self.earlier_prevent == Some(Tri::Yes)
    }

    pub fn asks_safeguarding_reference(&self) -> bool {
        self.safeguarding_referral == Some(SafeguardingReferral::Yes)
    }

    pub fn asks_service_number(&self) -> bool {
        self.armed_forces == Some(Tri::Yes)
    }
}

impl Referrer {
    /// The work address is optional: it is checked once anything is given.
    pub fn gives_address(&self) -> bool {
        !self.address.is_blank()
    }
}

impl Actions {
    /// The lead's name and what was agreed.
    pub fn asks_lead_details(&self) -> bool {
        self.discussed_with_lead == Some(YesNo::Yes)
    }

    pub fn asks_person_response(&self) -> bool {
        self.person_aware == Some(Tri::Yes)
    }

    pub fn asks_person_not_told_reason(&self) -> bool {
        self.person_aware == Some(Tri::No)
    }

    /// Why consent was not sought: the explicit rationale the reviews ask
    /// for.
    pub fn asks_consent_not_sought_reason(&self) -> bool {
        self.consent_sought == Some(YesNo::No)
    }

    /// Asked about a child only.
    pub fn asks_parents_aware(under_18: Option<bool>) -> bool {
        under_18 == Some(true)
    }
}
