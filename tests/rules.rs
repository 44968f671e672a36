//! Every rule of FORM.md, with a case that passes and a case that fails.
//! Each failing case starts from a complete referral, changes one thing,
//! and expects exactly the problems named.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::*;
use prevent_referral::model::*;
use prevent_referral::rules::{self, Problem, validate};

fn problems(r: &Referral) -> Vec<(String, String)> {
    validate(r, ctx())
        .into_iter()
        .map(|Problem { path, message }| (path, message.to_string()))
        .collect()
}

/// Asserts that the change gives exactly these problems (path, message).
fn fails(base: fn() -> Referral, change: impl FnOnce(&mut Referral), expected: &[(&str, &str)]) {
    let mut r = base();
    change(&mut r);
    let got = problems(&r);
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(p, m)| (p.to_string(), m.to_string()))
        .collect();
    assert_eq!(got, want);
}

/// Asserts that the change leaves the referral complete.
fn passes(base: fn() -> Referral, change: impl FnOnce(&mut Referral)) {
    let mut r = base();
    change(&mut r);
    assert_eq!(problems(&r), Vec::<(String, String)>::new());
}

#[test]
fn the_fixtures_are_complete() {
    passes(child, |_| {});
    passes(adult, |_| {});
}

#[test]
fn an_empty_referral_lists_every_required_answer() {
    let all = problems(&Referral::default());
    assert!(all.len() >= 25, "{all:#?}");
    for path in [
        "referral.person.given_names",
        "referral.person.family_name",
        "referral.person.date_of_birth",
        "referral.person.gender",
        "referral.person.address.status",
        "referral.concerns.description",
        "referral.needs.factors",
        "referral.referrer.email",
        "referral.actions.taken",
        "referral.declaration.confirmed",
    ] {
        assert!(
            all.iter().any(|(p, _)| p == path),
            "{path} missing from {all:#?}"
        );
    }
}

#[test]
fn required_text_must_not_be_blank_after_trimming() {
    fails(
        child,
        |r| r.person.given_names = "   ".into(),
        &[(
            "referral.person.given_names",
            "Enter the person's given names",
        )],
    );
    fails(
        child,
        |r| r.person.family_name.clear(),
        &[(
            "referral.person.family_name",
            "Enter the person's family name",
        )],
    );
    passes(child, |r| {
        r.person.given_names = "Zoë-Åsa 李 O'Brien".into()
    });
}

#[test]
fn text_is_at_most_200_characters() {
    fails(
        child,
        |r| r.person.family_name = "x".repeat(201),
        &[(
            "referral.person.family_name",
            "Family name must be 200 characters or fewer",
        )],
    );
    passes(child, |r| r.person.family_name = "é".repeat(200));
}

#[test]
fn long_text_is_at_most_50000_characters_and_keeps_line_breaks() {
    fails(
        child,
        |r| r.concerns.description = "a".repeat(50_001),
        &[(
            "referral.concerns.description",
            "The description of your concerns must be 50,000 characters or fewer",
        )],
    );
    passes(child, |r| r.concerns.description = "line\n".repeat(10_000));
}

#[test]
fn date_of_birth_or_estimated_age_one_not_both() {
    fails(
        child,
        |r| r.person.date_of_birth = DateInput::default(),
        &[(
            "referral.person.date_of_birth",
            "Enter the date of birth, or their age if you do not know it",
        )],
    );
    fails(
        child,
        |r| r.person.estimated_age = "15".into(),
        &[(
            "referral.person.estimated_age",
            "Give the date of birth or an age, not both: clear the age if you know the date of birth",
        )],
    );
    passes(child, |r| {
        r.person.date_of_birth = DateInput::default();
        r.person.estimated_age = "15".into();
    });
}

#[test]
fn date_of_birth_is_a_real_date_in_the_past() {
    fails(
        child,
        |r| r.person.date_of_birth = date("31", "feb", "2011"),
        &[(
            "referral.person.date_of_birth",
            "Enter a real date of birth",
        )],
    );
    fails(
        child,
        |r| r.person.date_of_birth = date("14", "", "2011"),
        &[(
            "referral.person.date_of_birth",
            "Date of birth must include a day, month and year",
        )],
    );
    fails(
        child,
        |r| r.person.date_of_birth = date("20", "11", "2026"),
        &[(
            "referral.person.date_of_birth",
            "Date of birth must be in the past",
        )],
    );
    // A date of birth over 120 years ago.
    fails(
        adult,
        |r| {
            r.person.estimated_age.clear();
            r.person.date_of_birth = date("1", "1", "1900");
        },
        &[(
            "referral.person.date_of_birth",
            "Date of birth must be no more than 120 years ago",
        )],
    );
    passes(child, |r| {
        r.person.date_of_birth = date("19", "November", "2026")
    });
}

#[test]
fn estimated_age_is_a_whole_number_to_120() {
    for bad in ["121", "-3", "about 20", "20.5"] {
        fails(
            adult,
            |r| r.person.estimated_age = bad.into(),
            &[(
                "referral.person.estimated_age",
                "Enter the age as a whole number from 0 to 120",
            )],
        );
    }
    passes(adult, |r| r.person.estimated_age = " 120 ".into());
}

#[test]
fn gender_is_required() {
    fails(
        child,
        |r| r.person.gender = None,
        &[("referral.person.gender", "Select the person's gender")],
    );
    passes(child, |r| {
        r.person.gender = Some(Gender::Other);
        r.person.gender_description = "Non-binary".into();
    });
}

#[test]
fn addresses() {
    fails(
        child,
        |r| r.person.address.status = None,
        &[(
            "referral.person.address.status",
            "Select whether the person's address is known",
        )],
    );
    fails(
        child,
        |r| r.person.address.lines = vec![" ".into()],
        &[(
            "referral.person.address.lines[0]",
            "Enter the first line of the address",
        )],
    );
    fails(
        child,
        |r| r.person.address.postcode.clear(),
        &[("referral.person.address.postcode", "Enter the postcode")],
    );
    fails(
        child,
        |r| r.person.address.postcode = "B31".into(),
        &[(
            "referral.person.address.postcode",
            "Enter a UK postcode, like SW1A 1AA",
        )],
    );
    fails(
        child,
        |r| r.person.address.country.clear(),
        &[("referral.person.address.country", "Enter the country")],
    );
    fails(
        child,
        |r| r.person.address.lines = vec!["1".into(); 5],
        &[(
            "referral.person.address.lines",
            "Give at most 4 address lines",
        )],
    );
    // Outside the UK the postcode is free text and may be left out.
    passes(child, |r| {
        r.person.address.country = "France".into();
        r.person.address.postcode.clear();
    });
    // Not known, or no fixed abode: nothing else is asked.
    passes(child, |r| {
        r.person.address.status = Some(AddressStatus::NotKnown);
        r.person.address.lines.clear();
    });
    fails(
        child,
        |r| r.person.previous_addresses[0].postcode = "nope".into(),
        &[(
            "referral.person.previous_addresses[0].postcode",
            "Enter a UK postcode, like SW1A 1AA",
        )],
    );
}

#[test]
fn lists_have_limits_and_no_blank_entries() {
    fails(
        child,
        |r| r.person.other_names = vec!["A".into(); 21],
        &[(
            "referral.person.other_names",
            "Give at most 20 other names or aliases",
        )],
    );
    fails(
        child,
        |r| r.person.other_names.push(" ".into()),
        &[(
            "referral.person.other_names[1]",
            "Enter the other name, or remove it",
        )],
    );
    fails(
        child,
        |r| r.person.phone_numbers = vec!["07400 123456".into(); 11],
        &[(
            "referral.person.phone_numbers",
            "Give at most 10 telephone numbers",
        )],
    );
    fails(
        child,
        |r| r.household.parents_carers = vec![child().household.parents_carers[0].clone(); 7],
        &[(
            "referral.household.parents_carers",
            "Give at most 6 parents or carers",
        )],
    );
    fails(
        child,
        |r| r.other_information.agencies[0].name.clear(),
        &[(
            "referral.other_information.agencies[0].name",
            "Enter the name of the agency or professional",
        )],
    );
    fails(
        child,
        |r| r.other_information.agencies[0].kind = None,
        &[(
            "referral.other_information.agencies[0].kind",
            "Select the kind of agency",
        )],
    );
    fails(
        child,
        |r| r.person.online_identities[0].handle.clear(),
        &[(
            "referral.person.online_identities[0].handle",
            "Enter the account name or handle",
        )],
    );
}

#[test]
fn phone_numbers() {
    fails(
        child,
        |r| r.referrer.phone = "0121 496".into(),
        &[(
            "referral.referrer.phone",
            "Enter a telephone number, like 020 7946 0000 or +44 7400 123456",
        )],
    );
    fails(
        child,
        |r| r.referrer.phone.clear(),
        &[(
            "referral.referrer.phone",
            "Enter your work telephone number",
        )],
    );
    fails(
        child,
        |r| r.person.phone_numbers[0] = "call me".into(),
        &[(
            "referral.person.phone_numbers[0]",
            "Enter a telephone number, like 020 7946 0000 or +44 7400 123456",
        )],
    );
    passes(child, |r| r.referrer.phone = "+33 1 42 68 53 00".into());
    passes(child, |r| r.household.parents_carers[0].phone.clear());
}

#[test]
fn email_addresses() {
    fails(
        child,
        |r| r.referrer.email = "s.okafor@".into(),
        &[(
            "referral.referrer.email",
            "Enter an email address in the correct format, like name@example.com",
        )],
    );
    fails(
        child,
        |r| r.referrer.email = format!("{}@example.com", "a".repeat(250)),
        &[(
            "referral.referrer.email",
            "Email address must be 254 characters or fewer",
        )],
    );
    fails(
        child,
        |r| r.household.parents_carers[0].email = "two@a.com three@b.com".into(),
        &[(
            "referral.household.parents_carers[0].email",
            "Enter an email address in the correct format, like name@example.com",
        )],
    );
    passes(child, |r| {
        r.referrer.email = "  s.okafor@northfield.sch.uk ".into()
    });
}

#[test]
fn under_18_needs_a_parent_or_carer_and_parents_awareness() {
    fails(
        child,
        |r| r.household.parents_carers.clear(),
        &[(
            "referral.household.parents_carers",
            "Add at least one parent or carer: the person is under 18",
        )],
    );
    // Edition 2026.3: asked once, of each parent or carer in section 2;
    // section 7's question for the family is not asked.
    passes(child, |r| r.actions.parents_aware = None);
    fails(
        child,
        |r| r.actions.parents_response.clear(),
        &[(
            "referral.actions.parents_response",
            "Tell us how their parents or carers responded",
        )],
    );
    // Section 7's old answer no longer decides: the parent's own does.
    passes(child, |r| r.actions.parents_aware = Some(Tri::No));
    fails(
        child,
        |r| r.household.parents_carers[0].aware_of_referral = Some(Tri::No),
        &[(
            "referral.actions.parents_not_told_reason",
            "Tell us why their parents or carers have not been told",
        )],
    );
    // One knows and another does not: both are asked.
    fails(
        child,
        |r| {
            let mut other = r.household.parents_carers[0].clone();
            other.aware_of_referral = Some(Tri::No);
            r.household.parents_carers.push(other);
        },
        &[(
            "referral.actions.parents_not_told_reason",
            "Tell us why their parents or carers have not been told",
        )],
    );
    // Not known for anyone: neither follows.
    passes(child, |r| {
        r.household.parents_carers[0].aware_of_referral = Some(Tri::NotKnown);
        r.actions.parents_response.clear();
    });
    // An adult needs neither, but must say whether they live with or care for children.
    passes(adult, |r| r.actions.parents_aware = None);
    fails(
        adult,
        |r| r.household.lives_with_or_cares_for_children = None,
        &[(
            "referral.household.lives_with_or_cares_for_children",
            "Select whether the person lives with, or cares for, children",
        )],
    );
    passes(child, |r| {
        r.household.lives_with_or_cares_for_children = None
    });
}

#[test]
fn under_18_is_worked_out_on_the_referral_date() {
    // Born 14 March 2011: 17 on 13 March 2029, 18 on 14 March 2029.
    let mut r = child();
    r.declaration.referral_date = date("13", "3", "2029");
    assert_eq!(rules::under_18(&r, ctx()), Some(true));
    r.declaration.referral_date = date("14", "3", "2029");
    assert_eq!(rules::under_18(&r, ctx()), Some(false));
    // Until a referral date is set, today counts.
    r.declaration.referral_date = DateInput::default();
    assert_eq!(rules::under_18(&r, ctx()), Some(true));
    // From the estimated age when there is no date of birth.
    let mut a = adult();
    assert_eq!(rules::under_18(&a, ctx()), Some(false));
    a.person.estimated_age = "17".into();
    assert_eq!(rules::under_18(&a, ctx()), Some(true));
    a.person.estimated_age.clear();
    assert_eq!(rules::under_18(&a, ctx()), None);
}

#[test]
fn parent_or_carer_details() {
    fails(
        child,
        |r| r.household.parents_carers[0].name.clear(),
        &[(
            "referral.household.parents_carers[0].name",
            "Enter the parent's or carer's name",
        )],
    );
    fails(
        child,
        |r| r.household.parents_carers[0].same_address_as_person = false,
        &[(
            "referral.household.parents_carers[0].address.status",
            "Select whether the parent's or carer's address is known",
        )],
    );
    fails(
        child,
        |r| r.household.parents_carers[0].aware_of_referral = None,
        &[(
            "referral.household.parents_carers[0].aware_of_referral",
            "Select whether they know about this referral",
        )],
    );
    fails(
        child,
        |r| r.household.parents_carers[0].parental_responsibility = None,
        &[(
            "referral.household.parents_carers[0].parental_responsibility",
            "Select whether they have parental responsibility",
        )],
    );
}

#[test]
fn occupation_provider_when_at_school_college_or_employed() {
    fails(
        child,
        |r| r.person.occupation.provider.clear(),
        &[(
            "referral.person.occupation.provider",
            "Enter the name of the school, college or employer",
        )],
    );
    passes(child, |r| {
        r.person.occupation.status = Some(OccupationStatus::SelfEmployed);
        r.person.occupation.provider.clear();
    });
}

#[test]
fn ideologies_at_least_one_and_some_stand_alone() {
    fails(
        child,
        |r| r.concerns.ideologies.clear(),
        &[(
            "referral.concerns.ideologies",
            "Select what kind of concern it is",
        )],
    );
    fails(
        child,
        |r| r.concerns.ideologies.push(Ideology::NotKnown),
        &[(
            "referral.concerns.ideologies",
            "“Not known” cannot be chosen with another kind of concern: untick one of them",
        )],
    );
    fails(
        child,
        |r| r.concerns.ideologies = vec![Ideology::NoIdeology, Ideology::Incel],
        &[(
            "referral.concerns.ideologies",
            "“No ideology” cannot be chosen with another kind of concern: untick one of them",
        )],
    );
    fails(
        child,
        |r| r.concerns.ideologies.push(Ideology::Other),
        &[(
            "referral.concerns.ideology_other",
            "Describe the other concern",
        )],
    );
    passes(child, |r| r.concerns.ideologies = vec![Ideology::NotKnown]);
}

#[test]
fn concern_dates_not_in_the_future_and_in_order() {
    fails(
        child,
        |r| r.concerns.first_noticed_on = date("21", "11", "2026"),
        &[(
            "referral.concerns.first_noticed_on",
            "The date you first noticed this must be today or in the past",
        )],
    );
    fails(
        child,
        |r| r.concerns.most_recent_on = date("31", "8", "2026"),
        &[(
            "referral.concerns.most_recent_on",
            "The most recent incident must be on or after the date you first noticed this",
        )],
    );
    passes(child, |r| {
        r.concerns.most_recent_on = date("20", "11", "2026")
    });
    passes(child, |r| {
        r.concerns.first_noticed_on = DateInput::default()
    });
}

#[test]
fn immediate_risk_needs_999_called() {
    fails(
        adult,
        |r| r.concerns.police_called = false,
        &[(
            "referral.concerns.police_called",
            "Call 999 now, then confirm that you have called 999",
        )],
    );
    fails(
        adult,
        |r| r.concerns.immediate_risk = None,
        &[(
            "referral.concerns.immediate_risk",
            "Select whether anyone is at immediate risk of harm",
        )],
    );
    passes(child, |r| r.concerns.police_called = false);
}

#[test]
fn details_boxes_on_yes() {
    fails(
        adult,
        |r| r.concerns.weapons_details.clear(),
        &[(
            "referral.concerns.weapons_details",
            "Tell us about the weapons",
        )],
    );
    fails(
        child,
        |r| r.concerns.travel = Some(Tri::Yes),
        &[(
            "referral.concerns.travel_details",
            "Tell us about the travel",
        )],
    );
    fails(
        child,
        |r| r.actions.lead_outcome.clear(),
        &[("referral.actions.lead_outcome", "Tell us what you agreed")],
    );
    fails(
        child,
        |r| r.actions.lead_name.clear(),
        &[("referral.actions.lead_name", "Enter your lead's name")],
    );
    fails(
        child,
        |r| r.actions.person_not_told_reason.clear(),
        &[(
            "referral.actions.person_not_told_reason",
            "Tell us why they have not been told",
        )],
    );
    fails(
        child,
        |r| r.actions.person_aware = Some(Tri::Yes),
        &[(
            "referral.actions.person_response",
            "Tell us how they responded",
        )],
    );
    passes(child, |r| r.actions.person_aware = Some(Tri::NotKnown));
}

#[test]
fn needs_at_least_one_none_known_alone_and_details() {
    fails(
        child,
        |r| r.needs.factors.clear(),
        &[(
            "referral.needs.factors",
            "Select what is making them vulnerable, or select “None known”",
        )],
    );
    fails(
        child,
        |r| r.needs.factors.push(NeedFactor::NoneKnown),
        &[(
            "referral.needs.factors",
            "“None known” cannot be chosen with another need: untick one of them",
        )],
    );
    fails(
        child,
        |r| r.needs.details.clear(),
        &[("referral.needs.details", "Tell us about these needs")],
    );
    passes(adult, |r| r.needs.details.clear());
}

#[test]
fn other_information_questions() {
    fails(
        child,
        |r| r.other_information.safeguarding_referral = None,
        &[(
            "referral.other_information.safeguarding_referral",
            "Select whether you have also made a safeguarding referral",
        )],
    );
    fails(
        adult,
        |r| r.other_information.armed_forces = None,
        &[(
            "referral.other_information.armed_forces",
            "Select whether they are serving in, or have served in, the armed forces",
        )],
    );
    passes(child, |r| {
        r.other_information.safeguarding_reference.clear()
    });
}

/// Edition 2026.2: armed forces asked from 16 (or while the age is not
/// known), and a work telephone's extension apart from the number.
#[test]
fn the_questions_of_edition_2026_2() {
    // The child is 15: not asked, and an answer given is not sent.
    passes(child, |r| r.other_information.armed_forces = None);
    let sixteen = |r: &mut Referral| {
        r.other_information.armed_forces = None;
        r.person.date_of_birth = date("14", "3", "2010");
    };
    fails(
        child,
        sixteen,
        &[(
            "referral.other_information.armed_forces",
            "Select whether they are serving in, or have served in, the armed forces",
        )],
    );
    passes(child, |r| r.referrer.phone_extension = " 4021 ".into());
    fails(
        child,
        |r| r.referrer.phone_extension = "21a".into(),
        &[(
            "referral.referrer.phone_extension",
            "Enter the extension in numbers only, up to 6 of them, like 210",
        )],
    );
    // Typed with the number: said where it goes, not that the number is
    // wrong.
    fails(
        child,
        |r| r.referrer.phone = "0121 496 0000 ext 210".into(),
        &[(
            "referral.referrer.phone",
            "Put the extension, 210, in the box for the extension, and only the number here",
        )],
    );
    fails(
        child,
        |r| r.household.parents_carers[0].phone = "0121 496 0000 x 7".into(),
        &[(
            "referral.household.parents_carers[0].phone",
            "Enter the telephone number without the extension (7)",
        )],
    );
    // In brackets, or longer than the box takes: found all the same (the
    // box then says how long an extension may be).
    fails(
        child,
        |r| r.referrer.phone = "0121 496 0000 (ext 210)".into(),
        &[(
            "referral.referrer.phone",
            "Put the extension, 210, in the box for the extension, and only the number here",
        )],
    );
    fails(
        child,
        |r| r.household.parents_carers[0].phone = "0121 496 0000 ext 1234567".into(),
        &[(
            "referral.household.parents_carers[0].phone",
            "Enter the telephone number without the extension (1234567)",
        )],
    );
    // A drama number is named as one, not called badly written.
    fails(
        child,
        |r| r.household.parents_carers[0].phone = "07700 900123".into(),
        &[(
            "referral.household.parents_carers[0].phone",
            "07700 900 numbers are kept for television and radio drama and cannot be rung: enter a real telephone number",
        )],
    );
}

/// Edition 2026.1: each new question's message, beside its field.
#[test]
fn the_questions_of_edition_2026_1() {
    fails(
        child,
        |r| r.other_information.earlier_prevent = None,
        &[(
            "referral.other_information.earlier_prevent",
            "Select whether this person has been referred to Prevent before",
        )],
    );
    fails(
        child,
        |r| r.other_information.earlier_referrals.clear(),
        &[(
            "referral.other_information.earlier_referrals",
            "Add each earlier referral you know of, or change the answer above",
        )],
    );
    fails(
        child,
        |r| {
            let e = &mut r.other_information.earlier_referrals[0];
            e.when = "  ".into();
            e.by = None;
            e.reference = "r".repeat(201);
        },
        &[
            (
                "referral.other_information.earlier_referrals[0].when",
                "Enter when the earlier referral was made, as exactly as you know it",
            ),
            (
                "referral.other_information.earlier_referrals[0].by",
                "Select who made the earlier referral",
            ),
            (
                "referral.other_information.earlier_referrals[0].reference",
                "Reference must be 200 characters or fewer",
            ),
        ],
    );
    fails(
        child,
        |r| {
            let one = r.other_information.earlier_referrals[0].clone();
            r.other_information.earlier_referrals = vec![one; 21];
        },
        &[(
            "referral.other_information.earlier_referrals",
            "Give at most 20 earlier referrals",
        )],
    );
    // Not asked once the answer is no: what was typed is kept, not checked.
    passes(child, |r| {
        r.other_information.earlier_prevent = Some(Tri::No);
        r.other_information.earlier_referrals[0].when.clear();
    });
    fails(
        child,
        |r| r.concerns.violence = None,
        &[(
            "referral.concerns.violence",
            "Select whether they have been violent, or threatened violence, towards anyone",
        )],
    );
    fails(
        child,
        |r| r.concerns.violence_details.clear(),
        &[(
            "referral.concerns.violence_details",
            "Tell us about the violence or threats",
        )],
    );
    fails(
        child,
        |r| r.concerns.carries_weapon = Some(Tri::Yes),
        &[(
            "referral.concerns.carries_weapon_details",
            "Tell us about the knife or weapon they carried",
        )],
    );
    fails(
        child,
        |r| r.concerns.own_words = "x".repeat(50_001),
        &[(
            "referral.concerns.own_words",
            "Their own words must be 50,000 characters or fewer",
        )],
    );
    fails(
        child,
        |r| r.needs.exclusion_details.clear(),
        &[(
            "referral.needs.exclusion_details",
            "Tell us when they were excluded or suspended, and why",
        )],
    );
    fails(
        adult,
        |r| r.needs.exclusions = None,
        &[(
            "referral.needs.exclusions",
            "Select whether they have been excluded or suspended from school or college",
        )],
    );
    fails(
        child,
        |r| r.household.statutory_status = None,
        &[(
            "referral.household.statutory_status",
            "Select what support from children's social care is in place now",
        )],
    );
    fails(
        child,
        |r| r.household.social_worker_name = "n".repeat(201),
        &[(
            "referral.household.social_worker_name",
            "The social worker's name must be 200 characters or fewer",
        )],
    );
    // No social worker is asked for early help: what was typed is kept.
    passes(child, |r| {
        r.household.statutory_status = Some(StatutoryStatus::EarlyHelp);
        r.household.social_worker_name = "n".repeat(201);
    });
    fails(
        child,
        |r| r.needs.send = None,
        &[(
            "referral.needs.send",
            "Select whether they have special educational needs or a disability",
        )],
    );
    fails(
        child,
        |r| r.needs.ehcp = None,
        &[(
            "referral.needs.ehcp",
            "Select whether they have an education, health and care plan or an individual development plan",
        )],
    );
    passes(child, |r| {
        r.needs.send = Some(SendStatus::No);
        r.needs.ehcp = None;
    });
    fails(
        child,
        |r| r.actions.lawful_basis = None,
        &[(
            "referral.actions.lawful_basis",
            "Select your lawful basis for sharing this referral",
        )],
    );
    fails(
        child,
        |r| r.actions.consent_not_sought_reason = "  ".into(),
        &[(
            "referral.actions.consent_not_sought_reason",
            "Tell us why consent was not sought",
        )],
    );
    fails(
        child,
        |r| r.actions.lawful_basis = Some(LawfulBasis::Consent),
        &[(
            "referral.actions.lawful_basis",
            "You chose consent as the lawful basis but did not seek consent: choose another basis, or change the answer about consent",
        )],
    );
    passes(child, |r| {
        r.actions.lawful_basis = Some(LawfulBasis::Consent);
        r.actions.consent_sought = Some(YesNo::Yes);
    });
    // Special-category data is never required.
    passes(child, |r| {
        r.person.ethnicity = None;
        r.person.religion = None;
    });
    // Fascination with extreme violence goes with other kinds of concern.
    passes(adult, |r| {
        r.concerns.ideologies = vec![Ideology::ExtremeViolence, Ideology::Incel]
    });
}

#[test]
fn referrer_details() {
    fails(
        child,
        |r| r.referrer.sector = None,
        &[("referral.referrer.sector", "Select your sector")],
    );
    fails(
        child,
        |r| r.referrer.available_to_discuss = None,
        &[(
            "referral.referrer.available_to_discuss",
            "Select whether the Prevent team can contact you to discuss the referral",
        )],
    );
    fails(
        child,
        |r| r.referrer.relationship_to_person.clear(),
        &[(
            "referral.referrer.relationship_to_person",
            "Enter how you know the person",
        )],
    );
    // The work address is optional, but checked once started.
    passes(adult, |r| r.referrer.address = Address::default());
    fails(
        adult,
        |r| r.referrer.address.town = "Leeds".into(),
        &[(
            "referral.referrer.address.status",
            "Select whether your work address is known",
        )],
    );
}

#[test]
fn declaration_confirmed_with_a_date_not_in_the_future() {
    fails(
        child,
        |r| r.declaration.confirmed = false,
        &[(
            "referral.declaration.confirmed",
            "Confirm that the information is accurate to the best of your knowledge",
        )],
    );
    fails(
        adult,
        |r| r.declaration.referral_date = DateInput::default(),
        &[(
            "referral.declaration.referral_date",
            "Enter the date of referral",
        )],
    );
    fails(
        adult,
        |r| r.declaration.referral_date = date("21", "11", "2026"),
        &[(
            "referral.declaration.referral_date",
            "Date of referral must be today or in the past",
        )],
    );
    fails(
        adult,
        |r| r.declaration.referral_date = date("20", "11", "26"),
        &[(
            "referral.declaration.referral_date",
            "Enter a real date of referral",
        )],
    );
}

#[test]
fn problems_name_their_section() {
    let mut r = child();
    r.referrer.name.clear();
    let p = validate(&r, ctx());
    assert_eq!(p[0].section(), Some(SectionId::Referrer));
    assert_eq!(
        rules::validate_section(&r, ctx(), SectionId::Person),
        Vec::<Problem>::new()
    );
    assert_eq!(
        rules::validate_section(&r, ctx(), SectionId::Referrer).len(),
        1
    );
}

#[test]
fn validation_gaps_found_in_use_are_closed() {
    // "Sept" is a month.
    let mut r = child();
    r.concerns.first_noticed_on = date("1", "Sept", "2026");
    assert_eq!(validate(&r, ctx()), vec![]);
    // A work email needs a dot in its domain, or the team cannot reply.
    r.referrer.email = "name@northfieldpark".into();
    assert_eq!(
        messages(&validate(&r, ctx())),
        vec![
            "referral.referrer.email: Enter an email address in the correct format, like name@example.com"
        ]
    );
    // A workplace is never of no fixed abode.
    let mut r = child();
    r.referrer.address.status = Some(AddressStatus::NoFixedAbode);
    assert_eq!(
        messages(&validate(&r, ctx())),
        vec![
            "referral.referrer.address.status: A work address cannot be “No fixed abode”: select whether your work address is known"
        ]
    );
    // An unticked declaration is one problem, not two: ticking fills the date.
    let mut r = child();
    r.declaration = Declaration::default();
    assert_eq!(
        messages(&validate(&r, ctx())),
        vec![
            "referral.declaration.confirmed: Confirm that the information is accurate to the best of your knowledge"
        ]
    );
}

fn messages(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

#[test]
fn characters_that_cannot_be_sent_are_refused_by_question() {
    fails(
        child,
        |r| r.person.given_names = "Alex\u{0}\u{1b}[2J".into(),
        &[(
            "referral.person.given_names",
            "The answer to “Given name(s)” has a character that cannot be sent (U+0000) after “Alex”: a control character, or a hidden mark that changes the direction of the text. Delete it, or type the answer again.",
        )],
    );
    // A bidi override in a one-line answer; an isolate too.
    for mark in ['\u{202e}', '\u{2066}'] {
        let mut r = child();
        r.person.family_name = format!("{mark}nosreptseT");
        let got = problems(&r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "referral.person.family_name");
        assert!(got[0].1.contains("“Family name”"), "{got:?}");
        let code = format!(
            "starts with a character that cannot be sent (U+{:04X})",
            u32::from(mark)
        );
        assert!(got[0].1.contains(&code), "{got:?}");
    }
    // Long text keeps line breaks and tabs, but not escapes.
    passes(child, |r| r.concerns.description = "one\r\n\ttwo\n".into());
    let mut r = child();
    r.concerns.description = "see \u{1b}]52;c;aGk=\u{7}".into();
    assert_eq!(problems(&r)[0].0, "referral.concerns.description");
    // Address parts.
    let mut r = child();
    r.person.address.lines[0] = "12 Example Road\u{202d}".into();
    r.person.address.town = "Birming\u{7f}ham".into();
    let paths: Vec<String> = problems(&r).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        paths,
        [
            "referral.person.address.lines[0]",
            "referral.person.address.town"
        ]
    );
    // The draft keeps what was typed until it is fixed.
    let mut draft = prevent_referral::record::draft::Draft::new(&clock());
    draft.referral.person.given_names = "Alex\u{0}".into();
    draft.referral.person.family_name = format!("Ali\u{200b}Z{}", "\u{301}".repeat(300));
    let back =
        prevent_referral::record::draft::Draft::from_bytes(draft.to_json().as_bytes()).unwrap();
    assert_eq!(back.referral.person.given_names, "Alex\u{0}");
    assert_eq!(
        back.referral.person.family_name,
        draft.referral.person.family_name
    );
}

/// A character no one can see in a one-line answer, and a letter under a
/// flood of marks anywhere, are refused with where they are; a joiner
/// doing its job in Persian, and a quote copied into long text, are not.
#[test]
fn invisible_characters_and_floods_of_marks_are_refused_with_where_they_are() {
    fails(
        child,
        |r| r.person.family_name = "Test\u{200b}person".into(),
        &[(
            "referral.person.family_name",
            "The answer to “Family name” has a character that cannot be seen (U+200B) after “Test”. \
             It would stop the answer matching the same words typed again. Delete it, or clear the \
             box and type the answer again.",
        )],
    );
    let mut r = child();
    r.person.given_names = "\u{feff}Alex".into();
    r.person.address.town = "Birmingham\u{2060}".into();
    let got = problems(&r);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0]
            .1
            .contains("starts with a character that cannot be seen (U+FEFF)"),
        "{got:?}"
    );
    assert!(got[1].1.contains("(U+2060) after “Birmingham”"), "{got:?}");
    fails(
        child,
        |r| r.concerns.description = format!("He wrote Z{} online", "\u{36b}".repeat(200)),
        &[(
            "referral.concerns.description",
            "The answer to “Describe your concerns” has 200 accents or marks on one letter, the \
             last of “He wrote Z”: no language writes more than a few. Delete them, or type the \
             answer again.",
        )],
    );
    passes(child, |r| r.person.given_names = "مهر\u{200c}آرا".into());
    passes(child, |r| r.person.given_names = "Nguyễn Thị".into());
    passes(child, |r| {
        r.concerns.description = "copied\u{200b}from a post".into()
    });
}
