//! The rules of each section, in FORM.md order.

use super::check::{Checker, DateNames, When};
use crate::model::*;
use crate::values::{MAX_AGE, age_on, parse_age};

const PERSON: &str = "referral.person";
const HOUSEHOLD: &str = "referral.household";
const CONCERNS: &str = "referral.concerns";
const NEEDS: &str = "referral.needs";
const OTHER: &str = "referral.other_information";
const REFERRER: &str = "referral.referrer";
const ACTIONS: &str = "referral.actions";
const DECLARATION: &str = "referral.declaration";

pub fn person(c: &mut Checker, p: &Person) {
    let b = PERSON;
    c.text_req(
        b,
        "given_names",
        &p.given_names,
        "Enter the person's given names",
        "given names",
    );
    c.text_req(
        b,
        "family_name",
        &p.family_name,
        "Enter the person's family name",
        "family name",
    );
    c.list_max(
        b,
        "other_names",
        &p.other_names,
        20,
        "other names or aliases",
    );
    for (i, name) in p.other_names.iter().enumerate() {
        let f = format!("other_names[{i}]");
        c.text_req(
            b,
            &f,
            name,
            "Enter the other name, or remove it",
            "an other name",
        );
    }

    let born = c.date(
        b,
        "date_of_birth",
        &p.date_of_birth,
        false,
        When::Past,
        &DateNames {
            subject: "Date of birth",
            real: "Enter a real date of birth",
            enter: "",
        },
    );
    let dob_typed = !p.date_of_birth.is_blank();
    if let Some(born) = born
        && age_on(born, c.ctx.today).is_some_and(|a| a > MAX_AGE)
    {
        c.report(
            b,
            "date_of_birth",
            "Date of birth must be no more than 120 years ago",
        );
    }
    let age = parse_age(&p.estimated_age);
    if age.is_err() {
        c.report(
            b,
            "estimated_age",
            "Enter the age as a whole number from 0 to 120",
        );
    }
    let age_typed = !p.estimated_age.trim().is_empty();
    match (dob_typed, age_typed) {
        (false, false) => c.report(
            b,
            "date_of_birth",
            "Enter the date of birth, or their age if you do not know it",
        ),
        (true, true) => c.report(
            b,
            "estimated_age",
            "Give the date of birth or an age, not both: clear the age if you know the date of birth",
        ),
        _ => {}
    }

    c.text_opt(b, "place_of_birth", &p.place_of_birth, "place of birth");
    c.choice_req(b, "gender", &p.gender, "Select the person's gender");
    if p.gender == Some(Gender::Other) {
        c.text_opt(
            b,
            "gender_description",
            &p.gender_description,
            "how they describe their gender",
        );
    }
    c.address(&format!("{b}.address"), &p.address, "the person's");
    c.list_max(
        b,
        "previous_addresses",
        &p.previous_addresses,
        10,
        "other known addresses",
    );
    for (i, a) in p.previous_addresses.iter().enumerate() {
        // A previous address is always a known one.
        c.known_address(&format!("{b}.previous_addresses[{i}]"), a);
    }
    c.list_max(
        b,
        "phone_numbers",
        &p.phone_numbers,
        10,
        "telephone numbers",
    );
    for (i, phone) in p.phone_numbers.iter().enumerate() {
        c.phone(
            b,
            &format!("phone_numbers[{i}]"),
            phone,
            Some("Enter the telephone number, or remove it"),
        );
    }
    c.list_max(
        b,
        "email_addresses",
        &p.email_addresses,
        10,
        "email addresses",
    );
    for (i, email) in p.email_addresses.iter().enumerate() {
        c.email(
            b,
            &format!("email_addresses[{i}]"),
            email,
            Some("Enter the email address, or remove it"),
        );
    }
    c.text_opt(
        b,
        "nationality",
        &p.nationality,
        "nationality or citizenship",
    );
    c.text_opt(
        b,
        "immigration_status",
        &p.immigration_status,
        "immigration or asylum status",
    );
    c.text_opt(b, "first_language", &p.first_language, "first language");
    c.choice_req(
        b,
        "interpreter_needed",
        &p.interpreter_needed,
        "Select whether they need an interpreter",
    );
    c.choice_req(
        b,
        "occupation.status",
        &p.occupation.status,
        "Select whether they are in education or work",
    );
    if p.occupation
        .status
        .is_some_and(OccupationStatus::needs_provider)
    {
        c.text_req(
            b,
            "occupation.provider",
            &p.occupation.provider,
            "Enter the name of the school, college or employer",
            "name of the school, college or employer",
        );
    } else {
        c.text_opt(
            b,
            "occupation.provider",
            &p.occupation.provider,
            "name of the school, college or employer",
        );
    }
    c.list_max(
        b,
        "online_identities",
        &p.online_identities,
        20,
        "online accounts",
    );
    for (i, o) in p.online_identities.iter().enumerate() {
        let ob = format!("{b}.online_identities[{i}]");
        c.text_req(
            &ob,
            "platform",
            &o.platform,
            "Enter the platform, like Instagram",
            "platform",
        );
        c.text_req(
            &ob,
            "handle",
            &o.handle,
            "Enter the account name or handle",
            "account name",
        );
    }
}

pub fn household(c: &mut Checker, h: &Household) {
    let b = HOUSEHOLD;
    if c.under_18 == Some(true) && h.parents_carers.is_empty() {
        c.report(
            b,
            "parents_carers",
            "Add at least one parent or carer: the person is under 18",
        );
    }
    c.list_max(
        b,
        "parents_carers",
        &h.parents_carers,
        6,
        "parents or carers",
    );
    for (i, pc) in h.parents_carers.iter().enumerate() {
        let pb = format!("{b}.parents_carers[{i}]");
        c.text_req(
            &pb,
            "name",
            &pc.name,
            "Enter the parent's or carer's name",
            "name",
        );
        c.text_req(
            &pb,
            "relationship",
            &pc.relationship,
            "Enter their relationship to the person",
            "relationship",
        );
        c.choice_req(
            &pb,
            "parental_responsibility",
            &pc.parental_responsibility,
            "Select whether they have parental responsibility",
        );
        if !pc.same_address_as_person {
            c.address(
                &format!("{pb}.address"),
                &pc.address,
                "the parent's or carer's",
            );
        }
        c.phone(&pb, "phone", &pc.phone, None);
        c.email(&pb, "email", &pc.email, None);
        c.choice_req(
            &pb,
            "aware_of_referral",
            &pc.aware_of_referral,
            "Select whether they know about this referral",
        );
    }
    if c.under_18 == Some(false) {
        c.choice_req(
            b,
            "lives_with_or_cares_for_children",
            &h.lives_with_or_cares_for_children,
            "Select whether the person lives with, or cares for, children",
        );
    }
    c.choice_req(
        b,
        "known_to_social_care",
        &h.known_to_social_care,
        "Select whether the person or family is known to social care",
    );
    c.long_opt(
        b,
        "other_family_details",
        &h.other_family_details,
        "other family or household details",
    );
}

pub fn concerns(c: &mut Checker, k: &Concerns) {
    let b = CONCERNS;
    c.long_req(
        b,
        "description",
        &k.description,
        "Describe your concerns",
        "the description of your concerns",
    );
    if k.ideologies.is_empty() {
        c.report(b, "ideologies", "Select what kind of concern it is");
    } else if in_listed_order(&k.ideologies).len() > 1 {
        // Repeats (only possible in a hand-edited file) are not "another".
        for exclusive in in_listed_order(&k.ideologies)
            .iter()
            .filter(|i| i.is_exclusive())
        {
            c.report(
                b,
                "ideologies",
                format!(
                    "“{}” cannot be chosen with another kind of concern: untick one of them",
                    exclusive.label()
                ),
            );
        }
    }
    if k.ideologies.contains(&Ideology::Other) {
        c.text_req(
            b,
            "ideology_other",
            &k.ideology_other,
            "Describe the other concern",
            "the other concern",
        );
    }
    c.choice_req(b, "source", &k.source, "Select how you know");
    let first = c.date(
        b,
        "first_noticed_on",
        &k.first_noticed_on,
        false,
        When::NotFuture,
        &DateNames {
            subject: "The date you first noticed this",
            real: "Enter a real date for when you first noticed this",
            enter: "",
        },
    );
    let recent = c.date(
        b,
        "most_recent_on",
        &k.most_recent_on,
        false,
        When::NotFuture,
        &DateNames {
            subject: "The date of the most recent incident",
            real: "Enter a real date for the most recent incident",
            enter: "",
        },
    );
    if let (Some(first), Some(recent)) = (first, recent)
        && recent < first
    {
        c.report(
            b,
            "most_recent_on",
            "The most recent incident must be on or after the date you first noticed this",
        );
    }
    c.choice_req(
        b,
        "immediate_risk",
        &k.immediate_risk,
        "Select whether anyone is at immediate risk of harm",
    );
    if k.immediate_risk == Some(Tri::Yes) && !k.police_called {
        c.report(
            b,
            "police_called",
            "Call 999 now, then confirm that you have called 999",
        );
    }
    c.choice_req(
        b,
        "weapons_access",
        &k.weapons_access,
        "Select whether they have access to weapons",
    );
    if k.weapons_access == Some(Tri::Yes) {
        c.long_req(
            b,
            "weapons_details",
            &k.weapons_details,
            "Tell us about the weapons",
            "the details of the weapons",
        );
    }
    c.choice_req(
        b,
        "travel",
        &k.travel,
        "Select whether they have travelled, or talked of travelling, to a conflict zone",
    );
    if k.travel == Some(Tri::Yes) {
        c.long_req(
            b,
            "travel_details",
            &k.travel_details,
            "Tell us about the travel",
            "the details of the travel",
        );
    }
    c.long_opt(
        b,
        "online_activity",
        &k.online_activity,
        "the description of online activity",
    );
}

pub fn needs(c: &mut Checker, n: &Needs) {
    let b = NEEDS;
    if n.factors.is_empty() {
        c.report(
            b,
            "factors",
            "Select what is making them vulnerable, or select “None known”",
        );
    } else if in_listed_order(&n.factors).len() > 1 && n.factors.contains(&NeedFactor::NoneKnown) {
        c.report(
            b,
            "factors",
            "“None known” cannot be chosen with another need: untick one of them",
        );
    }
    if n.factors.iter().any(|f| *f != NeedFactor::NoneKnown) {
        c.long_req(
            b,
            "details",
            &n.details,
            "Tell us about these needs",
            "the details of these needs",
        );
    }
    c.long_opt(
        b,
        "if_unmet",
        &n.if_unmet,
        "what may happen if these needs are not met",
    );
}

pub fn other_information(c: &mut Checker, o: &OtherInformation) {
    let b = OTHER;
    c.list_max(
        b,
        "agencies",
        &o.agencies,
        20,
        "other agencies or professionals",
    );
    for (i, a) in o.agencies.iter().enumerate() {
        let ab = format!("{b}.agencies[{i}]");
        c.choice_req(&ab, "kind", &a.kind, "Select the kind of agency");
        c.text_req(
            &ab,
            "name",
            &a.name,
            "Enter the name of the agency or professional",
            "name of the agency",
        );
        c.text_opt(&ab, "contact", &a.contact, "contact");
        c.long_opt(&ab, "details", &a.details, "details");
    }
    c.choice_req(
        b,
        "safeguarding_referral",
        &o.safeguarding_referral,
        "Select whether you have also made a safeguarding referral",
    );
    if o.safeguarding_referral == Some(SafeguardingReferral::Yes) {
        c.text_opt(
            b,
            "safeguarding_reference",
            &o.safeguarding_reference,
            "reference",
        );
    }
    c.choice_req(
        b,
        "armed_forces",
        &o.armed_forces,
        "Select whether they are serving in, or have served in, the armed forces",
    );
    if o.armed_forces == Some(Tri::Yes) {
        c.text_opt(b, "service_number", &o.service_number, "service number");
    }
    c.long_opt(b, "other", &o.other, "anything else");
}

pub fn referrer(c: &mut Checker, r: &Referrer) {
    let b = REFERRER;
    c.text_req(b, "name", &r.name, "Enter your full name", "your full name");
    c.text_req(b, "role", &r.role, "Enter your job title", "your job title");
    c.text_req(
        b,
        "organisation",
        &r.organisation,
        "Enter your organisation",
        "your organisation",
    );
    c.choice_req(b, "sector", &r.sector, "Select your sector");
    c.text_req(
        b,
        "relationship_to_person",
        &r.relationship_to_person,
        "Enter how you know the person",
        "how you know the person",
    );
    c.phone(
        b,
        "phone",
        &r.phone,
        Some("Enter your work telephone number"),
    );
    c.email(b, "email", &r.email, Some("Enter your work email address"));
    if !r.address.is_blank() {
        c.address(&format!("{b}.address"), &r.address, "your work");
    }
    c.choice_req(
        b,
        "available_to_discuss",
        &r.available_to_discuss,
        "Select whether the Prevent team can contact you to discuss the referral",
    );
}

pub fn actions(c: &mut Checker, a: &Actions) {
    let b = ACTIONS;
    c.choice_req(
        b,
        "discussed_with_lead",
        &a.discussed_with_lead,
        "Select whether you have discussed this with your safeguarding or Prevent lead",
    );
    if a.discussed_with_lead == Some(YesNo::Yes) {
        c.text_req(
            b,
            "lead_name",
            &a.lead_name,
            "Enter your lead's name",
            "your lead's name",
        );
        c.long_req(
            b,
            "lead_outcome",
            &a.lead_outcome,
            "Tell us what you agreed",
            "what you agreed",
        );
    }
    c.choice_req(
        b,
        "person_aware",
        &a.person_aware,
        "Select whether the person knows about this referral",
    );
    match a.person_aware {
        Some(Tri::Yes) => c.long_req(
            b,
            "person_response",
            &a.person_response,
            "Tell us how they responded",
            "how they responded",
        ),
        Some(Tri::No) => c.long_req(
            b,
            "person_not_told_reason",
            &a.person_not_told_reason,
            "Tell us why they have not been told",
            "why they have not been told",
        ),
        _ => {}
    }
    if c.under_18 == Some(true) {
        c.choice_req(
            b,
            "parents_aware",
            &a.parents_aware,
            "Select whether their parents or carers know about this referral",
        );
        match a.parents_aware {
            Some(Tri::Yes) => c.long_req(
                b,
                "parents_response",
                &a.parents_response,
                "Tell us how their parents or carers responded",
                "how their parents or carers responded",
            ),
            Some(Tri::No) => c.long_req(
                b,
                "parents_not_told_reason",
                &a.parents_not_told_reason,
                "Tell us why their parents or carers have not been told",
                "why their parents or carers have not been told",
            ),
            _ => {}
        }
    }
    c.long_req(
        b,
        "taken",
        &a.taken,
        "Tell us what has been done so far, and why",
        "what has been done so far",
    );
}

pub fn declaration(c: &mut Checker, d: &Declaration, p: &Person) {
    let b = DECLARATION;
    if !d.confirmed {
        c.report(
            b,
            "confirmed",
            "Confirm that the information is accurate to the best of your knowledge",
        );
    }
    let on = c.date(
        b,
        "referral_date",
        &d.referral_date,
        true,
        When::NotFuture,
        &DateNames {
            subject: "Date of referral",
            real: "Enter a real date of referral",
            enter: "Enter the date of referral",
        },
    );
    // The age on the referral date cannot be worked out otherwise.
    if let (Some(on), Ok(Some(born))) = (on, crate::values::parse_date(&p.date_of_birth))
        && on < born
    {
        c.report(
            b,
            "referral_date",
            "Date of referral must be after the date of birth",
        );
    }
}
