//! The form definition ties everything together: the field reference is
//! generated from it, every message id it and the code use exists (and
//! none is left over), and for every question "asked by the rules" =
//! "non-null in the export" = "shown on the page", over generated referrals.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::*;
use egui_kittest::Harness;
use prevent_referral::export::{build_export, to_json};
use prevent_referral::form::{self, Facts, Kind, Question};
use prevent_referral::i18n::{self, Language};
use prevent_referral::model::*;
use prevent_referral::record::draft::Draft;
use prevent_referral::rules::{self, validate};
use prevent_referral::ui::{FormState, Page, form_ui};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn the_field_reference_is_generated_from_the_definition() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/FORM-REFERENCE.md");
    let made = form::reference::markdown();
    if common::regenerating() {
        std::fs::write(&path, &made).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == made,
        "docs/FORM-REFERENCE.md is not what the definition makes: run scripts/regenerate.sh"
    );
    // Every question is in it, by path.
    for q in form::all() {
        assert!(made.contains(&format!("`{}`", q.path.trim_start_matches("referral."))));
    }
}

/// Every question, with its entries: (question, path, entry index), for a
/// referral (entries as many as it has, while the group is asked: the
/// entries of a group that is not asked are not asked either).
fn expanded(r: &Referral) -> Vec<(&'static Question, String, Option<usize>)> {
    let json = serde_json::to_value(r).unwrap();
    let mut out = Vec::new();
    for q in form::all() {
        out.push((q, q.path.to_owned(), None));
        if let Kind::List { entry, .. } = q.kind
            && q.is_asked(&facts(r, None))
        {
            let n = model_value(&json, q.path)
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            for i in 0..n {
                let base = format!("{}[{i}]", q.path);
                for e in entry {
                    out.push((e, e.in_entry(&base), Some(i)));
                }
            }
        }
    }
    out
}

/// The value at a field path in a JSON document shaped like the referral
/// (the draft model or the export's `referral`).
fn model_value<'a>(json: &'a Value, path: &str) -> Option<&'a Value> {
    let mut v = json;
    for part in path.trim_start_matches("referral.").split('.') {
        let (key, index) = match part.split_once('[') {
            Some((k, i)) => (k, i.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        v = v.get(key)?;
        if let Some(i) = index {
            v = v.get(i)?;
        }
    }
    Some(v)
}

fn blank(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        Some(Value::Bool(_)) => false,
        Some(Value::Object(o)) => {
            // A date in three boxes, or an address with nothing chosen.
            if o.contains_key("day") {
                o.values().all(|v| blank(Some(v)))
            } else if o.contains_key("status") {
                o.get("status").is_none_or(Value::is_null)
            } else {
                false
            }
        }
        Some(_) => false,
    }
}

/// A complete referral with every question answered, asked or not, so
/// that an answer to a question that is not asked would show in the export.
#[allow(clippy::too_many_arguments)]
fn everything_answered(
    child_age: bool,
    by_age: bool,
    gender: Gender,
    other_ideology: bool,
    risk: Tri,
    weapons: Tri,
    travel: Tri,
    none_known: bool,
    safeguarding: SafeguardingReferral,
    armed: Tri,
    lead: YesNo,
    person_aware: Tri,
    parents_aware: Tri,
    same_address: bool,
    // From edition 2026.1: violence, carrying a weapon, exclusions and
    // earlier Prevent referrals.
    added: [Tri; 4],
    (status, send, consent): (StatutoryStatus, SendStatus, YesNo),
) -> Referral {
    let mut r = child();
    let p = &mut r.person;
    if by_age {
        p.date_of_birth = DateInput::default();
        p.estimated_age = if child_age { "15" } else { "30" }.into();
    } else if !child_age {
        p.date_of_birth = date("14", "3", "1990");
    }
    p.gender = Some(gender);
    p.gender_description = "As they describe it".into();
    p.immigration_status = "Settled".into();
    let h = &mut r.household;
    h.lives_with_or_cares_for_children = Some(Tri::No);
    h.parents_carers[0].same_address_as_person = same_address;
    h.parents_carers[0].address = Address {
        status: Some(AddressStatus::Known),
        lines: vec!["1 Other Road".into()],
        town: "Leeds".into(),
        postcode: "LS1 1AA".into(),
        country: UNITED_KINGDOM.into(),
    };
    h.parents_carers[0].email = "morgan@example.com".into();
    let c = &mut r.concerns;
    if other_ideology {
        c.ideologies.push(Ideology::Other);
    }
    c.ideology_other = "Another concern".into();
    c.immediate_risk = Some(risk);
    c.police_called = true;
    c.weapons_access = Some(weapons);
    c.weapons_details = "A knife".into();
    c.travel = Some(travel);
    c.travel_details = "Talked of Syria".into();
    let n = &mut r.needs;
    if none_known {
        n.factors = vec![NeedFactor::NoneKnown];
    }
    n.details = "Known needs".into();
    let o = &mut r.other_information;
    o.safeguarding_referral = Some(safeguarding);
    o.safeguarding_reference = "MASH-1".into();
    o.armed_forces = Some(armed);
    o.service_number = "12345".into();
    o.other = "Nothing else".into();
    let [violence, carries, excluded, earlier] = added;
    r.concerns.violence = Some(violence);
    r.concerns.violence_details = "Threatened a pupil".into();
    r.concerns.carries_weapon = Some(carries);
    r.concerns.carries_weapon_details = "A knife in his bag".into();
    r.concerns.own_words = "\"They'll know my name\"".into();
    r.needs.exclusions = Some(excluded);
    r.needs.exclusion_details = "Two days in October".into();
    let o = &mut r.other_information;
    o.earlier_prevent = Some(earlier);
    o.earlier_referrals = vec![EarlierReferral {
        when: "Spring 2025".into(),
        by: Some(ReferredBy::AnotherOrganisation),
        organisation: "Northfield Academy".into(),
        outcome: "Closed".into(),
        reference: "PR-1".into(),
    }];
    let h = &mut r.household;
    h.statutory_status = Some(status);
    h.social_worker_name = "Priya Shah".into();
    h.social_worker_contact = "0121 496 0321".into();
    let n = &mut r.needs;
    n.send = Some(send);
    n.ehcp = Some(Ehcp::Yes);
    n.diagnosis = "Autism".into();
    n.adjustments = "A quiet room".into();
    let a = &mut r.actions;
    a.shared = "With the MASH".into();
    a.lawful_basis = Some(LawfulBasis::PublicTask);
    a.consent_sought = Some(consent);
    a.consent_not_sought_reason = "It would raise the risk".into();
    r.person.ethnicity = Some(Ethnicity::PreferNotToSay);
    r.person.religion = Some(Religion::NoReligion);
    let a = &mut r.actions;
    a.discussed_with_lead = Some(lead);
    a.lead_name = "Sam".into();
    a.lead_outcome = "Agreed".into();
    a.person_aware = Some(person_aware);
    a.person_response = "Calm".into();
    a.person_not_told_reason = "Advised not to".into();
    a.parents_aware = Some(parents_aware);
    a.parents_response = "Worried".into();
    a.parents_not_told_reason = "Not yet".into();
    r
}

fn tri() -> impl Strategy<Value = Tri> {
    prop::sample::select(Tri::ALL)
}

prop_compose! {
    fn answered()(
        child_age in any::<bool>(),
        by_age in any::<bool>(),
        gender in prop::sample::select(Gender::ALL),
        other_ideology in any::<bool>(),
        risk in tri(),
        weapons in tri(),
        travel in tri(),
        none_known in any::<bool>(),
        safeguarding in prop::sample::select(SafeguardingReferral::ALL),
        armed in tri(),
        lead in prop::sample::select(YesNo::ALL),
        person_aware in tri(),
        parents_aware in tri(),
        same_address in any::<bool>(),
        added in [tri(), tri(), tri(), tri()],
        status in prop::sample::select(StatutoryStatus::ALL),
        send in prop::sample::select(SendStatus::ALL),
        consent in prop::sample::select(YesNo::ALL),
    ) -> Referral {
        everything_answered(child_age, by_age, gender, other_ideology, risk, weapons, travel,
            none_known, safeguarding, armed, lead, person_aware, parents_aware, same_address, added,
            (status, send, consent))
    }
}

fn facts(r: &Referral, entry: Option<usize>) -> Facts<'_> {
    Facts {
        referral: r,
        age: rules::age(r, ctx()),
        minor: prevent_referral::export::FORMAT_MINOR,
        entry,
    }
}

/// The form's screen alone, tall enough for every question of a page.
fn form_harness(state: FormState) -> Harness<'static, FormState> {
    Harness::builder()
        .with_size([1000.0, 12000.0])
        .with_context_setup(prevent_referral::ui::style::apply)
        .build_ui_state(
            |ui, state: &mut FormState| {
                let _ = form_ui(ui, state);
            },
            state,
        )
}

/// One frame of a section's page, recording which questions it showed.
fn shown_on_page(r: &Referral, section: SectionId) -> BTreeSet<String> {
    let mut state = FormState::new(Draft::new(&clock()), ctx().today);
    state.draft.referral = r.clone();
    state.go(Page::Section(section));
    state.record_shown = true;
    let mut h = Harness::builder()
        .with_size([1000.0, 12000.0])
        .with_context_setup(prevent_referral::ui::style::apply)
        .build_ui_state(
            |ui, state: &mut FormState| {
                state.shown_questions.clear();
                let _ = form_ui(ui, state);
            },
            state,
        );
    h.run();
    h.state().shown_questions.iter().cloned().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn asked_by_the_rules_is_non_null_in_the_export_and_shown_on_the_page(r in answered()) {
        let problems = validate(&r, ctx());
        prop_assert!(problems.is_empty(), "not complete: {problems:#?}");
        let doc = build_export(&r, stamp(CHILD_ID), ctx(), exported_at()).unwrap();
        let export: Value = serde_json::from_str(&to_json(&doc)).unwrap();
        let export = &export["referral"];
        let model = serde_json::to_value(&r).unwrap();
        let all = expanded(&r);
        for (q, path, entry) in &all {
            let asked = q.is_asked(&facts(&r, *entry));
            let answered = !blank(model_value(&model, path));
            let sent = !blank(model_value(export, path));
            prop_assert_eq!(sent, asked && answered, "{} asked {} answered {}", path, asked, answered);
        }
        // What each page shows is what the form asks.
        let universe: BTreeSet<&str> = all.iter().map(|(_, p, _)| p.as_str()).collect();
        for section in SectionId::ALL {
            if section == SectionId::Declaration {
                continue;
            }
            let shown: BTreeSet<String> = shown_on_page(&r, section)
                .into_iter()
                .filter(|p| universe.contains(p.as_str()))
                .collect();
            let asked: BTreeSet<String> = all
                .iter()
                .filter(|(q, p, e)| {
                    SectionId::of_path(p) == Some(section) && q.is_asked(&facts(&r, *e))
                })
                .map(|(_, p, _)| p.clone())
                .collect();
            prop_assert_eq!(shown, asked, "{:?}", section);
        }
    }
}

/// Referrals with problems of every kind: blank, conditional details left
/// out, wrong shapes, too long, lists over their limits.
fn broken() -> Vec<Referral> {
    let long = "x".repeat(50_001);
    let mut out = vec![Referral::default()];
    let mut r = everything_answered(
        true,
        false,
        Gender::Other,
        true,
        Tri::Yes,
        Tri::Yes,
        Tri::Yes,
        false,
        SafeguardingReferral::Yes,
        Tri::Yes,
        YesNo::Yes,
        Tri::Yes,
        Tri::Yes,
        false,
        [Tri::Yes; 4],
        (StatutoryStatus::LookedAfter, SendStatus::Known, YesNo::No),
    );
    r.household.social_worker_contact = "c".repeat(201);
    r.needs.ehcp = None;
    r.needs.diagnosis = "d".repeat(201);
    r.actions.consent_not_sought_reason.clear();
    r.actions.lawful_basis = Some(LawfulBasis::Consent);
    r.concerns.police_called = false;
    r.concerns.violence_details.clear();
    r.concerns.carries_weapon_details = long.clone();
    r.concerns.own_words = long.clone();
    r.needs.exclusion_details = " \n ".into();
    r.other_information.earlier_referrals = vec![
        EarlierReferral {
            reference: "r".repeat(201),
            outcome: long.clone(),
            ..EarlierReferral::default()
        };
        21
    ];
    r.concerns.weapons_details.clear();
    r.concerns.travel_details = long.clone();
    r.concerns.ideologies.push(Ideology::NotKnown);
    r.concerns.ideology_other.clear();
    r.concerns.first_noticed_on = date("31", "feb", "2026");
    r.concerns.most_recent_on = date("1", "", "2026");
    r.needs.details.clear();
    r.needs.factors.push(NeedFactor::NoneKnown);
    r.actions.lead_name = "y".repeat(201);
    r.actions.parents_response.clear();
    r.actions.person_response.clear();
    r.person.other_names = vec![String::new(); 21];
    r.person.phone_numbers = vec!["not a number".into(), String::new()];
    r.person.email_addresses = vec!["nobody".into(), format!("{}@example.com", "a".repeat(260))];
    r.person.previous_addresses = vec![Address::known(); 2];
    r.person.online_identities = vec![OnlineIdentity::default()];
    r.person.estimated_age = "about ten".into();
    r.person.occupation.provider.clear();
    r.household.parents_carers[0].address = Address {
        status: Some(AddressStatus::Known),
        lines: vec![
            String::new(),
            "a".repeat(201),
            "3".into(),
            "4".into(),
            "5".into(),
        ],
        town: "t".repeat(201),
        postcode: "nope".into(),
        country: String::new(),
    };
    r.household.parents_carers.push(ParentCarer::default());
    r.other_information.agencies = vec![Agency::default()];
    r.referrer.address = Address {
        status: None,
        lines: vec!["Somewhere".into()],
        ..Address::default()
    };
    r.referrer.phone.clear();
    r.referrer.email = "x@".into();
    r.declaration = Declaration {
        confirmed: false,
        referral_date: date("1", "1", "2000"),
    };
    out.push(r);
    let mut adult = adult();
    adult.person.date_of_birth = date("1", "1", "1800");
    adult.household.lives_with_or_cares_for_children = None;
    adult.declaration.referral_date = DateInput::default();
    // "Yes" to earlier referrals with none given; the new questions left
    // unanswered, as in a draft made before edition 2026.1.
    adult.other_information.earlier_prevent = Some(Tri::Yes);
    adult.concerns.violence = None;
    adult.concerns.carries_weapon = None;
    adult.needs.exclusions = None;
    out.push(adult);
    out
}

#[test]
fn every_problem_names_an_asked_question_and_a_widget_the_summary_can_focus() {
    for r in broken() {
        let problems = validate(&r, ctx());
        assert!(!problems.is_empty());
        let mut state = FormState::new(Draft::new(&clock()), ctx().today);
        state.draft.referral = r.clone();
        let mut h = form_harness(state);
        for p in &problems {
            let (q, entry) = form::question_of(&p.path)
                .unwrap_or_else(|| panic!("{} names no question", p.path));
            assert!(
                q.is_asked(&facts(&r, entry)),
                "{} is not asked but has a problem",
                p.path
            );
            // The message is a real message, not a missing id.
            assert!(
                p.message.to_string().contains(' '),
                "{}: {}",
                p.path,
                p.message
            );
            // Following its link moves the cursor to its widget.
            {
                let state = h.state_mut();
                state.shown = problems.clone();
                state.focused_question = None;
                state.go_to_field(&p.path);
            }
            h.run();
            // A problem with a part (the address lines as a whole) moves
            // the cursor to the part's first box.
            let focused = h.state().focused_question.clone().unwrap_or_default();
            assert!(
                focused.starts_with(&p.path),
                "no widget took focus for {}: {focused}",
                p.path
            );
        }
    }
    assert_eq!(i18n::missing(), Vec::<String>::new());
}

/// String literals passed to the catalogue in the source (`t("id")`,
/// `tr!("id", …)`, `msg!("id", …)`, `t_in(language, "id")`), and every
/// id-shaped literal; a question's suffixes (`message("enter")`,
/// `problem("enter")`).
fn ids_in_source() -> (BTreeSet<String>, BTreeSet<String>) {
    let call = regex::Regex::new(r#"(?:\bt\(|tr!\(|msg!\(|t_in\([^,()]*,)\s*"([a-z][a-z0-9_-]*)""#)
        .unwrap();
    let literal = regex::Regex::new(r#""([a-z][a-z0-9_]*(?:-[a-z0-9_]+)+)""#).unwrap();
    let suffix = regex::Regex::new(r#"(?:message|problem)\("([a-z0-9-]+)"\)"#).unwrap();
    let (mut called, mut seen) = (BTreeSet::new(), BTreeSet::new());
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                called.extend(call.captures_iter(&text).map(|c| c[1].to_owned()));
                seen.extend(literal.captures_iter(&text).map(|c| c[1].to_owned()));
                seen.extend(suffix.captures_iter(&text).map(|c| format!("-{}", &c[1])));
            }
        }
    }
    (called, seen)
}

#[test]
fn every_message_id_used_exists_and_none_is_unused() {
    assert_eq!(i18n::syntax_errors(), Vec::<String>::new());
    let ids = i18n::message_ids(Language::English);
    let mut unique = BTreeSet::new();
    for (id, file) in &ids {
        assert!(unique.insert(id.clone()), "{id} is defined twice ({file})");
    }
    let (called, seen) = ids_in_source();
    for id in &called {
        assert!(
            unique.contains(id),
            "the source asks for {id}, which is not in the catalogue"
        );
    }
    // The ids the definition names.
    let mut named = BTreeSet::new();
    let mut question_ids = Vec::new();
    let mut visit = |q: &Question| {
        named.insert(q.id.to_owned());
        question_ids.push(q.id);
        named.extend(q.hint.map(str::to_owned));
        match q.kind {
            Kind::Choice(list) | Kind::Multi(list) => {
                named.extend(list.ids.iter().map(|id| list.message_id(id)));
            }
            Kind::List { item, .. } => {
                named.insert(item.to_owned());
            }
            _ => {}
        }
    };
    for q in form::all() {
        visit(q);
        if let Kind::List { entry, .. } = q.kind {
            entry.iter().for_each(&mut visit);
        }
    }
    for id in &named {
        assert!(
            unique.contains(id),
            "the form definition names {id}, which is not in the catalogue"
        );
    }
    for list in [Tri::LIST, YesNo::LIST, AddressStatus::LIST] {
        named.extend(list.ids.iter().map(|id| list.message_id(id)));
    }
    named.extend(SectionId::ALL.iter().map(|s| format!("section-{}", s.id())));
    // The command line's help, whose ids are made from its commands' words
    // (src/cli/help.rs).
    named.extend(prevent_referral::cli::help::localized_command().used);
    // A question's own messages: its id and a suffix the code asks for.
    let suffixes: Vec<&String> = seen.iter().filter(|s| s.starts_with('-')).collect();
    for id in &unique {
        let used = called.contains(id)
            || seen.contains(id)
            || named.contains(id)
            || question_ids
                .iter()
                .any(|q| suffixes.iter().any(|s| *id == format!("{q}{s}")));
        assert!(used, "{id} is in the catalogue but nothing uses it");
    }
}

#[test]
fn every_question_path_is_found_again() {
    for q in form::all() {
        let (found, entry) = form::question_of(q.path).unwrap();
        assert_eq!(found.path, q.path);
        assert_eq!(entry, None);
        assert!(q.section().is_some(), "{} has no section", q.path);
        if let Kind::List { entry, .. } = q.kind {
            for e in entry {
                let path = e.in_entry(&format!("{}[3]", q.path));
                let (found, index) = form::question_of(&path).unwrap();
                assert_eq!((found.id, index), (e.id, Some(3)));
            }
        }
    }
    assert!(form::question_of("referral.person.address.postcode").is_some());
    assert!(form::question_of("referral.nowhere").is_none());
}

#[test]
fn removing_an_entry_leaves_the_others_their_messages_cursor_and_undo() {
    use egui_kittest::kittest::Queryable;
    let list = "referral.household.parents_carers";
    let mut state = FormState::new(Draft::new(&clock()), ctx().today);
    state.draft.referral = child();
    state
        .draft
        .referral
        .household
        .parents_carers
        .push(ParentCarer {
            name: "Second Carer".into(),
            ..ParentCarer::default()
        });
    state.go(Page::Section(SectionId::Household));
    state.save_and_continue(SectionId::Household);
    assert!(
        state
            .shown
            .iter()
            .any(|p| p.path == format!("{list}[1].relationship"))
    );
    let mut h = form_harness(state);
    h.run();
    // The cursor in the second carer's name.
    h.state_mut().focus = Some(format!("{list}[1].name"));
    h.run();
    h.run();
    let focused = h.ctx.memory(|m| m.focused());
    assert!(focused.is_some());

    h.get_by_label("Remove Parent or carer 1").click_accesskit();
    h.run();
    h.run();
    let state = h.state();
    let carers = &state.draft.referral.household.parents_carers;
    assert_eq!(carers.len(), 1);
    assert_eq!(carers[0].name, "Second Carer");
    // Its messages moved up with it; none was left on a neighbour.
    assert!(
        state
            .shown
            .iter()
            .any(|p| p.path == format!("{list}[0].relationship"))
    );
    assert!(
        !state
            .shown
            .iter()
            .any(|p| p.path.starts_with(&format!("{list}[1]")))
    );
    // The same box still has the cursor (its id comes from the entry's key).
    assert_eq!(h.ctx.memory(|m| m.focused()), focused);
}

/// docs/EXPORT-FORMAT.md is written by hand for receivers, all but its
/// key tables, which the definition makes: they are what it makes, they
/// name every question, entry key and answer id, and every note below them
/// names a key the format has.
#[test]
fn the_export_format_guide_names_every_question_and_answer() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/EXPORT-FORMAT.md");
    let mut guide = std::fs::read_to_string(&path).unwrap();
    let made = form::export_guide::replace_in(&guide).expect("the guide keeps its markers");
    if common::regenerating() {
        std::fs::write(&path, &made).unwrap();
        guide.clone_from(&made);
    }
    assert!(
        guide == made,
        "docs/EXPORT-FORMAT.md's key tables are not what the definition makes: run scripts/regenerate.sh"
    );
    let ids = |kind: &Kind| match kind {
        Kind::Choice(list) | Kind::Multi(list) => list.ids.to_vec(),
        _ => Vec::new(),
    };
    let mut keys = BTreeSet::new();
    for q in form::all() {
        let key = q.path.trim_start_matches("referral.");
        keys.insert(key.to_owned());
        assert!(guide.contains(&format!("| `{key}` |")), "{key}");
        for id in ids(&q.kind) {
            assert!(guide.contains(&format!("`{id}`")), "{key}: {id}");
        }
        if let Kind::List { entry, .. } = q.kind {
            for e in entry.iter().filter(|e| !e.path.is_empty()) {
                let at = format!("{key}[i].{}", e.path);
                assert!(guide.contains(&format!("| `{at}` |")), "{at}");
                keys.insert(at);
                for id in ids(&e.kind) {
                    assert!(guide.contains(&format!("`{id}`")), "{key}.{}: {id}", e.path);
                }
            }
        }
    }
    // Each note names keys the format has.
    let notes = guide
        .split("### Notes on particular keys")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("the guide has its notes");
    let mut named = 0;
    for line in notes.lines().filter(|l| l.starts_with("- `")) {
        let head = line
            .trim_start_matches("- ")
            .split(':')
            .next()
            .unwrap_or("");
        for key in head.split(", ") {
            let key = key.trim_matches('`');
            assert!(
                keys.contains(key),
                "a note names `{key}`, which the format does not have"
            );
            named += 1;
        }
    }
    assert!(named > 10, "the notes were not found");
}
