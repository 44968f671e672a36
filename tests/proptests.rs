//! Property tests of the export: whatever the person types, a complete
//! referral exports, reads back and exports again to the same document.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::*;
use prevent_referral::export::{build_export, check_export, read_export, to_json};
use prevent_referral::model::*;
use proptest::prelude::*;
use proptest::sample::subsequence;

/// Text a person might type: any characters, at least one not a space.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!(
        "[^\\p{{Cc}}\\x{{202A}}-\\x{{202E}}\\x{{2066}}-\\x{{2069}}]{{0,{}}}",
        max - 1
    ))
    .expect("regex")
    .prop_map(|s| format!("{s}x"))
    // A character no one can see in a one-line answer is refused by the
    // rules (src/unseen.rs): a person is told, so it never reaches an export.
    .prop_filter("nothing unseen", |s| {
        prevent_referral::unseen::unseen(s, false).is_none()
    })
}

fn long_text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("([^\\p{Cc}]|\n|\t){1,400}")
        .expect("regex")
        .prop_filter("not blank", |s| !s.trim().is_empty())
        .prop_filter("no flood of marks", |s| {
            prevent_referral::unseen::unseen(s, true).is_none()
        })
}

fn tri() -> impl Strategy<Value = Tri> {
    prop::sample::select(Tri::ALL)
}

prop_compose! {
    fn varied_child()(
        given in text(200),
        family in text(200),
        description in long_text(),
        taken in long_text(),
        ideologies in subsequence(
            &[Ideology::Islamist, Ideology::ExtremeRightWing, Ideology::SchoolMassacre, Ideology::ExtremeViolence, Ideology::Incel, Ideology::Conflicted][..], 1..4),
        factors in subsequence(&NeedFactor::ALL[..18], 1..6),
        known_to_social_care in tri(),
        weapons in tri(),
        interpreter in tri(),
        day in 1u32..=28, month in 1u32..=12, year in 1990i32..=2010,
        other_names in prop::collection::vec(text(50), 0..5),
        reversed in any::<bool>(),
    ) -> Referral {
        let mut r = child();
        r.person.given_names = given;
        r.person.family_name = family;
        r.person.other_names = other_names;
        r.person.interpreter_needed = Some(interpreter);
        r.person.date_of_birth = date(&day.to_string(), &month.to_string(), &year.to_string());
        r.concerns.description = description;
        r.concerns.ideologies = if reversed { ideologies.into_iter().rev().collect() } else { ideologies };
        r.concerns.weapons_access = Some(weapons);
        r.concerns.weapons_details = "A kitchen knife".into();
        r.needs.factors = factors;
        r.household.known_to_social_care = Some(known_to_social_care);
        r.household.lives_with_or_cares_for_children = Some(Tri::No);
        r.actions.taken = taken;
        r
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn an_export_round_trips(referral in varied_child()) {
        // Born 1990 to 2010: some are adults, and then need no parent.
        let doc = build_export(&referral, stamp(CHILD_ID), ctx(), exported_at());
        let doc = match doc {
            Ok(doc) => doc,
            Err(problems) => return Err(TestCaseError::fail(format!("{problems:#?}"))),
        };
        let text = to_json(&doc);
        let read = read_export(text.as_bytes()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(check_export(&read, ctx()).is_empty());
        let again = build_export(&read.referral, stamp(CHILD_ID), ctx(), exported_at())
            .map_err(|p| TestCaseError::fail(format!("{p:#?}")))?;
        prop_assert_eq!(to_json(&again), text);
    }

    #[test]
    fn reading_any_json_never_panics(value in arb_json()) {
        let text = serde_json::to_string(&value).expect("JSON");
        let _ = read_export(text.as_bytes());
        let _ = prevent_referral::record::draft::open_bytes(text.as_bytes());
    }
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::Number(n.into())),
        "[a-z_]{0,12}".prop_map(Value::String),
        Just(Value::String("prevent-national-referral".into())),
        Just(Value::String("1.0".into())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_owned()),
                    Just("format_version".to_owned()),
                    Just("referral".to_owned()),
                    Just("person".to_owned()),
                    "[a-z_]{1,10}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
