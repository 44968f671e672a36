//! The export document: golden files, key order, every field present, the
//! checked-in JSON Schema, and reading an export back.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::*;
use prevent_referral::export::{build_export, check_export, read_export, to_json};
use prevent_referral::model::Referral;
use prevent_referral::record::draft::{Draft, open_as_draft};
use prevent_referral::schema::export_schema_text;
use serde_json::Value;

fn export_text(referral: &Referral, id: &str) -> String {
    let doc = build_export(referral, stamp(id), ctx(), exported_at())
        .unwrap_or_else(|p| panic!("the fixture should be complete: {p:#?}"));
    to_json(&doc)
}

/// Compares with a checked-in file; `scripts/regenerate.sh` rewrites it.
fn golden(name: &str, actual: &str) {
    let path = fixture(name);
    if regenerating() {
        std::fs::write(&path, actual).expect("write fixture");
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run scripts/regenerate.sh)", path.display()));
    assert_eq!(
        actual, expected,
        "{name} differs from what the code exports"
    );
}

#[test]
fn child_export_matches_golden_file() {
    golden("child-complete.json", &export_text(&child(), CHILD_ID));
}

#[test]
fn adult_export_matches_golden_file() {
    golden(
        "adult-no-fixed-abode.json",
        &export_text(&adult(), ADULT_ID),
    );
}

#[test]
fn checked_in_schema_is_the_generated_one() {
    golden(
        "../../assets/schema/prevent-national-referral-1.4.schema.json",
        &export_schema_text(),
    );
}

fn schema_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&export_schema_text()).expect("schema is JSON");
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles")
}

#[test]
fn every_example_export_validates_against_the_schema() {
    let validator = schema_validator();
    for name in ["child-complete.json", "adult-no-fixed-abode.json"] {
        let text = std::fs::read_to_string(fixture(name)).expect("fixture");
        let doc: Value = serde_json::from_str(&text).expect("fixture is JSON");
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/example-export.json"
    ))
    .expect("docs example");
    let doc: Value = serde_json::from_str(&example).expect("example is JSON");
    assert!(validator.is_valid(&doc), "docs/example-export.json");
}

#[test]
fn the_schema_refuses_what_the_contract_refuses() {
    let validator = schema_validator();
    let text = std::fs::read_to_string(fixture("child-complete.json")).expect("fixture");
    let good: Value = serde_json::from_str(&text).expect("JSON");
    type Mutation = (&'static str, fn(&mut Value));
    let mutations: [Mutation; 5] = [
        ("unknown key", |v| {
            v["referral"]["person"]["shoe_size"] = 9.into();
        }),
        ("missing optional", |v| {
            v["referral"]["person"]
                .as_object_mut()
                .expect("object")
                .remove("place_of_birth");
        }),
        ("choice not in list", |v| {
            v["referral"]["person"]["gender"] = "m".into()
        }),
        ("phone not E.164", |v| {
            v["referral"]["referrer"]["phone"] = "0121 496 0000".into();
        }),
        ("declaration not confirmed", |v| {
            v["referral"]["declaration"]["confirmed"] = false.into();
        }),
    ];
    for (what, mutate) in mutations {
        let mut doc = good.clone();
        mutate(&mut doc);
        assert!(!validator.is_valid(&doc), "{what} should fail the schema");
    }
}

#[test]
fn keys_come_in_contract_order_and_every_field_is_present() {
    let text = std::fs::read_to_string(fixture("adult-no-fixed-abode.json")).expect("fixture");
    let top_keys: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
        .map(|l| l.trim().split('"').nth(1).unwrap_or(""))
        .collect();
    assert_eq!(
        top_keys,
        [
            "format",
            "format_version",
            "form_edition",
            "id",
            "protective_marking",
            "created_at",
            "updated_at",
            "exported_at",
            "generator",
            "referral"
        ]
    );
    let doc: Value = serde_json::from_str(&text).expect("JSON");
    let sections: Vec<&String> = doc["referral"]
        .as_object()
        .expect("object")
        .keys()
        .collect();
    assert_eq!(
        sections,
        [
            "person",
            "household",
            "concerns",
            "needs",
            "other_information",
            "referrer",
            "actions",
            "declaration"
        ]
    );
    // Optional answers not given are null or [], never left out.
    let person = &doc["referral"]["person"];
    assert_eq!(person["date_of_birth"], Value::Null);
    assert_eq!(person["estimated_age"], 24);
    assert_eq!(person["other_names"], Value::Array(vec![]));
    assert_eq!(
        person["address"],
        serde_json::json!({"status": "no_fixed_abode", "lines": [], "town": null, "postcode": null, "country": null})
    );
    assert_eq!(doc["referral"]["referrer"]["address"], Value::Null);
    assert_eq!(
        doc["referral"]["household"]["parents_carers"],
        Value::Array(vec![])
    );
    // Under 18 only: null for an adult.
    assert_eq!(doc["referral"]["actions"]["parents_aware"], Value::Null);
    assert!(
        text.contains("\n  \"format\": \"prevent-national-referral\",\n"),
        "two-space indent"
    );
}

#[test]
fn values_are_normalised_in_the_export() {
    let doc: Value = serde_json::from_str(&export_text(&child(), CHILD_ID)).expect("JSON");
    let person = &doc["referral"]["person"];
    assert_eq!(person["given_names"], "Alex Jordan", "trimmed");
    assert_eq!(person["date_of_birth"], "2011-03-14", "month name read");
    assert_eq!(person["address"]["postcode"], "B31 2XX");
    assert_eq!(
        person["address"]["lines"],
        serde_json::json!(["12 Example Road"])
    );
    assert_eq!(person["previous_addresses"][0]["postcode"], "CV1 1AA");
    assert_eq!(person["phone_numbers"][0], "+447400123456");
    assert_eq!(
        doc["referral"]["household"]["parents_carers"][0]["phone"],
        "+447400900123"
    );
    assert_eq!(
        doc["referral"]["household"]["parents_carers"][0]["address"],
        Value::Null,
        "same address as the person"
    );
    assert_eq!(doc["referral"]["referrer"]["phone"], "+441214960000");
    assert_eq!(
        doc["referral"]["concerns"]["ideologies"],
        serde_json::json!([
            "school_massacre",
            "extreme_violence",
            "mixed_unclear_unstable"
        ]),
        "listed order"
    );
    assert_eq!(
        doc["referral"]["needs"]["factors"],
        serde_json::json!(["isolation", "bullying"]),
        "listed order, whatever order they were ticked in"
    );
    assert!(
        doc["referral"]["concerns"]["description"]
            .as_str()
            .is_some_and(|d| d.contains("\n\nHe told")),
        "line breaks kept"
    );
    assert_eq!(
        doc["referral"]["household"]["lives_with_or_cares_for_children"],
        Value::Null
    );
    assert_eq!(doc["referral"]["actions"]["person_response"], Value::Null);
}

#[test]
fn hidden_answers_stay_in_the_draft_but_are_not_exported() {
    let mut r = adult();
    r.other_information.armed_forces = Some(prevent_referral::model::Tri::No);
    r.other_information.service_number = "123".into();
    r.concerns.weapons_access = Some(prevent_referral::model::Tri::No);
    let doc: Value = serde_json::from_str(&export_text(&r, ADULT_ID)).expect("JSON");
    assert_eq!(
        doc["referral"]["other_information"]["service_number"],
        Value::Null
    );
    assert_eq!(doc["referral"]["concerns"]["weapons_details"], Value::Null);
}

#[test]
fn an_incomplete_referral_is_not_exported() {
    let mut r = child();
    r.person.family_name = " ".into();
    let problems = build_export(&r, stamp(CHILD_ID), ctx(), exported_at()).expect_err("incomplete");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "referral.person.family_name");
    assert_eq!(
        problems[0].message.to_string(),
        "Enter the person's family name"
    );
}

#[test]
fn an_export_reads_back_into_the_same_referral() {
    for (name, id) in [
        ("child-complete.json", CHILD_ID),
        ("adult-no-fixed-abode.json", ADULT_ID),
    ] {
        let bytes = std::fs::read(fixture(name)).expect("fixture");
        let read = read_export(&bytes).expect("readable");
        assert!(read.problems.is_empty(), "{name}: {:#?}", read.problems);
        assert!(check_export(&read, ctx()).is_empty(), "{name}");
        assert_eq!(read.meta.id.map(|u| u.to_string()).as_deref(), Some(id));
        // Exporting what was read gives the same document.
        let again =
            build_export(&read.referral, stamp(id), ctx(), exported_at()).expect("complete");
        assert_eq!(
            to_json(&again),
            String::from_utf8(bytes).expect("UTF-8"),
            "{name}"
        );
    }
}

#[test]
fn an_export_opens_as_a_draft_with_its_id() {
    let bytes = std::fs::read(fixture("child-complete.json")).expect("fixture");
    let draft = open_as_draft(&bytes, &clock()).expect("opens");
    assert_eq!(draft.id.to_string(), CHILD_ID);
    assert_eq!(draft.created_at, stamp(CHILD_ID).created_at);
    assert_eq!(draft.referral.person.family_name, "Testperson");
    // Its telephone numbers are in the boxes as people write them, not as
    // the file carries them (E.164)...
    assert_eq!(draft.referral.person.phone_numbers, ["07400 123456"]);
    assert_eq!(
        draft.referral.household.parents_carers[0].phone,
        "07400 900123"
    );
    assert_eq!(draft.referral.referrer.phone, "0121 496 0000");
    // ...and the export made from it carries them as before.
    let again =
        build_export(&draft.referral, stamp(CHILD_ID), ctx(), exported_at()).expect("complete");
    assert_eq!(to_json(&again), String::from_utf8(bytes).expect("UTF-8"));
    // And the draft saves and reopens unchanged.
    let reopened = Draft::from_bytes(draft.to_json().as_bytes()).expect("draft reopens");
    assert_eq!(reopened, draft);
}

#[test]
fn a_newer_minor_version_is_accepted() {
    let text = std::fs::read_to_string(fixture("child-complete.json")).expect("fixture");
    let newer = text.replace("\"format_version\": \"1.4\"", "\"format_version\": \"1.7\"");
    let read = read_export(newer.as_bytes()).expect("1.7 is readable by a 1.0 reader");
    assert!(check_export(&read, ctx()).is_empty());
}

fn check_mutated(mutate: impl FnOnce(&mut Value)) -> Vec<String> {
    let text = std::fs::read_to_string(fixture("child-complete.json")).expect("fixture");
    let mut doc: Value = serde_json::from_str(&text).expect("JSON");
    mutate(&mut doc);
    let read = read_export(doc.to_string().as_bytes()).expect("readable");
    check_export(&read, ctx())
        .into_iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn a_file_must_hold_exactly_what_the_program_would_export() {
    assert_eq!(
        check_mutated(|d| d["referral"]["person"]["gender_description"] = "hidden".into()),
        [
            "referral.person.gender_description: must be null: the form does not ask this with the answers given"
        ]
    );
    assert_eq!(
        check_mutated(|d| d["referral"]["person"]["family_name"] = " Testperson ".into()),
        ["referral.person.family_name: must be written as \"Testperson\""]
    );
    assert_eq!(
        check_mutated(
            |d| d["referral"]["person"]["previous_addresses"][0]["status"] = "not_known".into()
        ),
        ["referral.person.previous_addresses[0].status: must be written as \"known\""]
    );
    assert_eq!(
        check_mutated(
            |d| d["referral"]["household"]["lives_with_or_cares_for_children"] = "no".into()
        ),
        [
            "referral.household.lives_with_or_cares_for_children: must be null: the form does not ask this with the answers given"
        ]
    );
}

#[test]
fn the_envelope_is_checked() {
    assert_eq!(
        check_mutated(|d| d["id"] = "6F1C2B1E-3F7A-4C2D-9A7E-1D2C3B4A5E6F".into()),
        ["id: must be a version 4 UUID in lower case, like 0b6f2a4e-8a0e-4c55-9a57-3c1f1c2d9e10"]
    );
    assert_eq!(
        check_mutated(|d| d["generator"]["name"] = Value::Null),
        ["generator.name: must name the program that wrote the file"]
    );
    assert_eq!(
        check_mutated(|d| d["protective_marking"] = "OFFICIAL".into()),
        ["protective_marking: must be \"OFFICIAL-SENSITIVE\""]
    );
    assert_eq!(
        check_mutated(|d| d["exported_at"] = "yesterday".into()),
        ["exported_at: must be a date and time in UTC, to the second, like 2026-01-31T09:30:00Z"]
    );
    assert_eq!(
        check_mutated(|d| d["created_at"] = "2026-11-18T10:05:00+01:00".into()),
        ["created_at: must be a date and time in UTC, to the second, like 2026-01-31T09:30:00Z"]
    );
    assert_eq!(
        check_mutated(|d| d["protective_marking"] = Value::Null),
        ["protective_marking: must be \"OFFICIAL-SENSITIVE\""]
    );
    assert_eq!(
        check_mutated(|d| d["generator"] = Value::Null),
        ["generator: must be an object, not null"]
    );
    for version in ["01.0", "1.00", "1", "one"] {
        let text = std::fs::read_to_string(fixture("child-complete.json")).expect("fixture");
        let text = text.replace(
            "\"format_version\": \"1.4\"",
            &format!("\"format_version\": \"{version}\""),
        );
        let err = read_export(text.as_bytes()).expect_err(version);
        assert!(
            err.to_string().contains("format_version"),
            "{version}: {err}"
        );
    }
}

#[test]
fn uk_in_any_case_is_exported_as_united_kingdom() {
    let mut r = child();
    r.person.address.country = "uk".into();
    let doc: Value = serde_json::from_str(&export_text(&r, CHILD_ID)).expect("JSON");
    assert_eq!(
        doc["referral"]["person"]["address"]["country"],
        "United Kingdom"
    );
}

#[test]
fn the_export_file_name_has_no_name_in_it() {
    let doc = build_export(&child(), stamp(CHILD_ID), ctx(), exported_at()).expect("complete");
    assert_eq!(
        prevent_referral::export::export_file_name(&doc),
        "prevent-referral-2026-11-20-6f1c2b1e.json"
    );
}

#[test]
fn a_question_not_asked_is_null_and_an_older_false_is_still_read() {
    // Written now: "I have called 999" is not asked (no immediate risk).
    let text = export_text(&child(), CHILD_ID);
    let doc: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(doc["referral"]["concerns"]["police_called"], Value::Null);
    // Asked (immediate risk): true.
    let adult: Value = serde_json::from_str(&export_text(&adult(), ADULT_ID)).expect("JSON");
    assert_eq!(adult["referral"]["concerns"]["police_called"], true);
    // Version 0.1 wrote false there: still read, and valid.
    let bytes =
        std::fs::read(fixture("legacy/child-0.1-police-called-false.json")).expect("fixture");
    let read = read_export(&bytes).expect("readable");
    assert!(read.problems.is_empty(), "{:#?}", read.problems);
    assert_eq!(check_export(&read, ctx()), vec![]);
    // But true where it is not asked is an answer to a question not asked.
    let problems = check_mutated(|v| v["referral"]["concerns"]["police_called"] = true.into());
    assert_eq!(
        problems,
        vec![
            "referral.concerns.police_called: must be null: the form does not ask this with the answers given"
        ]
    );
    // And null where it is asked is the rule's own problem.
    let mut doc = adult;
    doc["referral"]["concerns"]["police_called"] = Value::Null;
    let read = read_export(doc.to_string().as_bytes()).expect("readable");
    let problems: Vec<String> = check_export(&read, ctx())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        vec![
            "referral.concerns.police_called: Call 999 now, then confirm that you have called 999"
        ]
    );
}

/// The rule (1.2): a newer MINOR may add optional keys, which a reader
/// reports and leaves; in a file of its own MINOR or older, an unknown key
/// is still an error. Every 1.0 file stays valid, and the questions added
/// since are not asked of it.
#[test]
fn a_newer_minor_may_add_keys_and_an_older_one_may_not() {
    // Files written by 0.1 (format 1.0) stay valid and open, against the
    // rules, this schema and the 1.1 schema they were written for.
    let old_schema: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture(
            "../../assets/schema/prevent-national-referral-1.1.schema.json",
        ))
        .expect("1.1 schema"),
    )
    .expect("JSON");
    let old_schema = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&old_schema)
        .expect("1.1 schema compiles");
    for name in [
        "legacy/child-complete-1.0.json",
        "legacy/adult-no-fixed-abode-1.0.json",
    ] {
        let text = std::fs::read_to_string(fixture(name)).expect("fixture");
        let read = read_export(text.as_bytes()).expect("1.0 reads");
        assert_eq!(read.meta.format_version, "1.0");
        assert!(check_export(&read, ctx()).is_empty(), "{name}");
        let doc: Value = serde_json::from_str(&text).expect("JSON");
        assert!(schema_validator().is_valid(&doc), "{name} against 1.4");
        assert!(old_schema.is_valid(&doc), "{name} against 1.1");
        // It opens with the new question unanswered, which the rules of
        // today's form then ask for.
        let draft = open_as_draft(text.as_bytes(), &clock()).expect("opens");
        assert_eq!(draft.referral.other_information.earlier_prevent, None);
        assert!(
            prevent_referral::rules::validate(&draft.referral, ctx())
                .iter()
                .any(|p| p.path == "referral.other_information.earlier_prevent"),
            "{name}"
        );
    }
    // Today's file, labelled with other MINORs.
    let text = std::fs::read_to_string(fixture("child-complete.json")).expect("fixture");
    let mut doc: Value = serde_json::from_str(&text).expect("JSON");
    doc["added_later"] = serde_json::json!({"anything": 1});
    for (version, readable) in [
        ("1.0", false),
        ("1.1", false),
        ("1.2", false),
        ("1.3", false),
        ("1.4", false),
        ("1.5", true),
        ("1.9", true),
    ] {
        doc["format_version"] = version.into();
        let read = read_export(doc.to_string().as_bytes());
        assert_eq!(read.is_ok(), readable, "{version}");
        if let Ok(read) = read {
            assert_eq!(read.meta.unread, vec!["added_later".to_owned()]);
            assert!(check_export(&read, ctx()).is_empty());
        }
    }
    // An unknown answer: an error in a file of this MINOR; from a newer
    // one, listed by path (never dropped), and the file is not opened as a
    // draft, which would lose it.
    doc["referral"]["concerns"]["risk_to_others"] = "Threatened to bring a knife".into();
    doc["format_version"] = "1.4".into();
    assert!(read_export(doc.to_string().as_bytes()).is_err());
    doc["format_version"] = "1.5".into();
    let read = read_export(doc.to_string().as_bytes()).expect("a newer MINOR reads");
    assert_eq!(
        read.meta.newer_answers,
        vec!["referral.concerns.risk_to_others".to_owned()]
    );
    let refused = open_as_draft(doc.to_string().as_bytes(), &clock())
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        refused.contains("newer edition") && refused.contains("referral.concerns.risk_to_others"),
        "{refused}"
    );
}

/// Edition 2026.3 (1.4): a child's parents' awareness is asked once, of
/// each parent or carer in section 2. A 1.4 file leaves section 7's
/// `parents_aware` null; a 1.3 file is held to its own questions, which
/// asked it of the family.
#[test]
fn a_childs_parents_awareness_is_asked_once_from_1_4() {
    let text = std::fs::read_to_string(fixture("child-complete.json")).expect("fixture");
    let doc: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(doc["format_version"], "1.4");
    assert_eq!(doc["form_edition"], "2026.3");
    assert_eq!(doc["referral"]["actions"]["parents_aware"], Value::Null);
    assert_eq!(
        doc["referral"]["household"]["parents_carers"][0]["aware_of_referral"],
        "yes"
    );
    assert!(doc["referral"]["actions"]["parents_response"].is_string());
    let paths = |doc: &Value| -> Vec<String> {
        let read = read_export(doc.to_string().as_bytes()).expect("readable");
        check_export(&read, ctx())
            .into_iter()
            .map(|p| p.path)
            .collect()
    };
    assert_eq!(paths(&doc), Vec::<String>::new());
    // Answered in a 1.4 file, it is an answer to a question not asked.
    let mut answered = doc.clone();
    answered["referral"]["actions"]["parents_aware"] = "yes".into();
    assert_eq!(paths(&answered), ["referral.actions.parents_aware"]);
    // The same file as 1.3 must answer it, and then is valid.
    let mut older = doc.clone();
    older["format_version"] = "1.3".into();
    older["form_edition"] = "2026.2".into();
    assert_eq!(paths(&older), ["referral.actions.parents_aware"]);
    older["referral"]["actions"]["parents_aware"] = "yes".into();
    assert_eq!(paths(&older), Vec::<String>::new());
    // In 1.3 the family's answer decides what follows, not the parent's.
    older["referral"]["actions"]["parents_aware"] = "no".into();
    assert!(
        paths(&older).contains(&"referral.actions.parents_not_told_reason".to_owned()),
        "{:?}",
        paths(&older)
    );
}

/// A file of 1.3 must hold the keys 1.2 and 1.3 added: leaving one out is
/// a problem at its path, as for any other key.
#[test]
fn a_file_of_this_minor_must_hold_the_keys_it_added() {
    let text = std::fs::read_to_string(fixture("child-complete.json")).expect("fixture");
    let mut doc: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(doc["form_edition"], "2026.3");
    doc["referral"]["actions"]["parents_aware"] = "yes".into();
    doc["format_version"] = "1.3".into();
    doc["form_edition"] = "2026.2".into();
    let mut no_extension = doc.clone();
    no_extension["referral"]["referrer"]
        .as_object_mut()
        .expect("object")
        .remove("phone_extension");
    let read = read_export(no_extension.to_string().as_bytes()).expect("readable");
    assert!(
        check_export(&read, ctx())
            .iter()
            .any(|p| p.path == "referral.referrer.phone_extension"),
    );
    // Given as 1.2, the file may leave it out; but it is held to 1.2's
    // questions, which asked a 15-year-old about the armed forces.
    no_extension["format_version"] = "1.2".into();
    no_extension["form_edition"] = "2026.1".into();
    let read = read_export(no_extension.to_string().as_bytes()).expect("readable");
    let problems: Vec<String> = check_export(&read, ctx())
        .iter()
        .map(|p| p.path.clone())
        .collect();
    assert_eq!(problems, ["referral.other_information.armed_forces"]);
    no_extension["referral"]["other_information"]["armed_forces"] = "no".into();
    let read = read_export(no_extension.to_string().as_bytes()).expect("readable");
    assert_eq!(check_export(&read, ctx()), vec![]);
    // A file that says 1.2 but holds 1.3's extension is not passed in
    // silence: the key is named, with both versions.
    let mut mislabelled = no_extension.clone();
    mislabelled["referral"]["referrer"]["phone_extension"] = "210".into();
    let read = read_export(mislabelled.to_string().as_bytes()).expect("readable");
    let problems: Vec<(String, String)> = check_export(&read, ctx())
        .into_iter()
        .map(|p| (p.path, p.message.to_string()))
        .collect();
    assert_eq!(
        problems,
        [(
            "referral.referrer.phone_extension".to_owned(),
            "came with format 1.3, but the file says it is format 1.2: write the file as 1.3, or leave this out".to_owned()
        )]
    );
    // And in a 1.3 file, the same answer for a 15-year-old is one to a
    // question not asked.
    let mut answered = doc.clone();
    answered["referral"]["other_information"]["armed_forces"] = "no".into();
    let read = read_export(answered.to_string().as_bytes()).expect("readable");
    let problems: Vec<String> = check_export(&read, ctx())
        .iter()
        .map(|p| p.path.clone())
        .collect();
    assert_eq!(problems, ["referral.other_information.armed_forces"]);
    doc["referral"]["other_information"]
        .as_object_mut()
        .expect("object")
        .remove("earlier_prevent");
    let read = read_export(doc.to_string().as_bytes()).expect("readable");
    let problems = check_export(&read, ctx());
    assert!(
        problems
            .iter()
            .any(|p| p.path == "referral.other_information.earlier_prevent"),
        "{problems:?}"
    );
    // The edition too: a 1.2 file names it.
    let mut no_edition = doc.clone();
    no_edition
        .as_object_mut()
        .expect("object")
        .remove("form_edition");
    let read = read_export(no_edition.to_string().as_bytes()).expect("readable");
    assert!(
        check_export(&read, ctx())
            .iter()
            .any(|p| p.path == "form_edition"),
    );
    // Given as 1.1, each key 1.2 and 1.3 added is one the file should not
    // hold, named; without them the file is valid: the questions are newer.
    doc["referral"]["other_information"]["armed_forces"] = "no".into();
    doc["format_version"] = "1.1".into();
    let read = read_export(doc.to_string().as_bytes()).expect("readable");
    let newer: Vec<&str> = prevent_referral::form::all()
        .filter(|q| q.since > 1)
        .map(|q| q.path)
        .collect();
    let problems = check_export(&read, ctx());
    assert!(!problems.is_empty());
    for p in &problems {
        assert!(newer.contains(&p.path.as_str()), "{p:?}");
        assert!(
            p.message
                .to_string()
                .contains("but the file says it is format 1.1"),
            "{p:?}"
        );
    }
    for path in &newer {
        let mut keys: Vec<&str> = path.split('.').skip(1).collect();
        let last = keys.pop().expect("a key");
        let mut at = &mut doc["referral"];
        for key in keys {
            at = &mut at[key];
        }
        at.as_object_mut().expect("object").remove(last);
    }
    let read = read_export(doc.to_string().as_bytes()).expect("readable");
    assert_eq!(check_export(&read, ctx()), vec![]);
}

/// A 1.1 export carries where the referral's history stood; a wrong one
/// is a problem with its path, and a reader gets it back.
#[test]
fn the_history_stamp_is_read_back_and_checked() {
    let text = std::fs::read_to_string(fixture("child-complete.json")).expect("fixture");
    let mut doc: Value = serde_json::from_str(&text).expect("JSON");
    doc["format_version"] = "1.1".into();
    let hash = "ab".repeat(32);
    doc["history"] = serde_json::json!({"entries": 7, "latest_sha256": hash});
    let read = read_export(doc.to_string().as_bytes()).expect("1.1 reads");
    assert_eq!(read.meta.history, Some((7, hash)));
    assert!(schema_validator().is_valid(&doc));
    doc["history"] = serde_json::json!({"entries": -1, "latest_sha256": "XYZ"});
    let read = read_export(doc.to_string().as_bytes()).expect("readable");
    let problems: Vec<String> = check_export(&read, ctx())
        .into_iter()
        .map(|p| p.to_string())
        .collect();
    assert!(
        problems.iter().any(|p| p.starts_with("history.entries")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("history.latest_sha256")),
        "{problems:?}"
    );
    assert!(!schema_validator().is_valid(&doc));
}

/// The examples in the documents are what the code exports (with a history
/// stamp added by hand): a new question cannot leave them behind.
#[test]
fn the_documented_examples_are_what_the_code_exports() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |path: &str| std::fs::read_to_string(format!("{root}/{path}")).expect(path);
    let guide = read("docs/EXPORT-FORMAT.md");
    let start = guide.find("## Example").expect("an Example section");
    let block = &guide[start..];
    let json_start = block.find("```json\n").expect("a JSON block") + "```json\n".len();
    let json_end = json_start + block[json_start..].find("```").expect("its end");
    let mut examples = Vec::new();
    for (name, text, fixture_name) in [
        (
            "docs/example-export.json",
            read("docs/example-export.json"),
            "child-complete.json",
        ),
        (
            "docs/EXPORT-FORMAT.md",
            block[json_start..json_end].to_owned(),
            "adult-no-fixed-abode.json",
        ),
    ] {
        let mut shown: Value = serde_json::from_str(&text).expect(name);
        let history = shown.as_object_mut().and_then(|o| o.remove("history"));
        assert!(history.is_some(), "{name} shows a history stamp");
        let made: Value =
            serde_json::from_str(&std::fs::read_to_string(fixture(fixture_name)).expect("fixture"))
                .expect("JSON");
        if common::regenerating() {
            examples.push(with_history(&made, history.unwrap_or_default()));
            continue;
        }
        assert_eq!(shown, made, "{name} is not what the code exports");
    }
    // Regenerating: the examples are the fixtures with their history
    // stamps, as an export made from a draft has.
    if let [json, guide_json] = examples.as_slice() {
        std::fs::write(format!("{root}/docs/example-export.json"), json).unwrap();
        let at = start + json_start;
        let guide = format!("{}{guide_json}{}", &guide[..at], &guide[start + json_end..]);
        std::fs::write(format!("{root}/docs/EXPORT-FORMAT.md"), guide).unwrap();
    }
}

/// An export with `history` put back before `referral`, as text.
fn with_history(doc: &Value, history: Value) -> String {
    let mut out = serde_json::Map::new();
    for (key, value) in doc.as_object().into_iter().flatten() {
        if key == "referral" {
            out.insert("history".into(), history.clone());
        }
        out.insert(key.clone(), value.clone());
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(out)).unwrap();
    text.push('\n');
    text
}

/// The version written as text is its MAJOR and MINOR, the MINOR being the
/// one the form definition is written for.
#[test]
fn the_format_version_is_its_major_and_the_definitions_minor() {
    use prevent_referral::export::{FORMAT_MAJOR, FORMAT_MINOR, FORMAT_VERSION};
    assert_eq!(FORMAT_VERSION, format!("{FORMAT_MAJOR}.{FORMAT_MINOR}"));
    assert!(prevent_referral::form::all().all(|q| q.since <= FORMAT_MINOR));
}

/// A file names its format's edition (found in review): a 1.3 file that
/// says it answers edition 2026.3, or a 1.4 file that says 2026.2, is not
/// passed, nor is an edition that is not one ("banana", or one holding
/// control or direction characters that would garble the copy).
#[test]
fn the_edition_is_the_one_its_format_asks() {
    let text = std::fs::read_to_string(fixture("child-complete.json")).expect("fixture");
    let doc: Value = serde_json::from_str(&text).expect("JSON");
    let said = |doc: &Value| -> Vec<(String, String)> {
        match read_export(doc.to_string().as_bytes()) {
            Ok(read) => check_export(&read, ctx())
                .into_iter()
                .map(|p| (p.path, p.message.to_string()))
                .collect(),
            Err(e) => vec![("unreadable".to_owned(), e.to_string())],
        }
    };
    let mut older = doc.clone();
    older["format_version"] = "1.3".into();
    older["referral"]["actions"]["parents_aware"] = "yes".into();
    older["form_edition"] = "2026.2".into();
    assert_eq!(said(&older), vec![]);
    older["form_edition"] = "2026.3".into();
    assert_eq!(
        said(&older),
        [(
            "form_edition".to_owned(),
            "must be “2026.2”: format 1.3 asks the questions of form edition 2026.2".to_owned()
        )]
    );
    let mut mislabelled = doc.clone();
    mislabelled["form_edition"] = "2026.2".into();
    assert_eq!(said(&mislabelled).len(), 1);
    assert_eq!(said(&mislabelled)[0].0, "form_edition");
    for bad in ["banana", "2026.3\u{202e}\u{1b}[2Jevil", "", "2026."] {
        let mut bad_edition = doc.clone();
        bad_edition["form_edition"] = bad.into();
        let problems = said(&bad_edition);
        assert_eq!(problems.len(), 1, "{bad:?}: {problems:?}");
        assert_eq!(problems[0].0, "form_edition", "{bad:?}");
    }
    // A newer format's edition is not known here, but must be one.
    let mut newer = doc.clone();
    newer["format_version"] = "1.5".into();
    newer["form_edition"] = "2027.1".into();
    assert_eq!(said(&newer), vec![]);
}
