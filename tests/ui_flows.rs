//! The desktop app driven as a person would, by the names a screen reader
//! reads and by the keyboard: whole referrals to an export file, errors,
//! conditional questions, drafts, unsaved changes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod ui_support;

use eframe::egui;
use egui_kittest::kittest::{NodeT, Queryable};
use prevent_referral::app::Settings;
use prevent_referral::export::{check_export, read_export};
use prevent_referral::model::SectionId;
use prevent_referral::rules::Context;
use prevent_referral::ui::Page;
use ui_support::*;

fn today() -> Context {
    Context::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap())
}

#[test]
fn a_child_referral_is_filled_in_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);

    fill_child_person(&mut h);
    assert_eq!(h.state().state.page, Page::Section(SectionId::Household));
    fill_child_household(&mut h);
    fill_concerns(&mut h);
    fill_needs(&mut h);
    fill_other_information(&mut h);
    fill_referrer(&mut h);
    // Under 18: the parents' awareness was asked of the parent in section
    // 2 (edition 2026.3), so section 7 asks only how they responded.
    click(
        &mut h,
        "Have you discussed this with your safeguarding or Prevent lead? No",
    );
    click(
        &mut h,
        "Does the person know about this referral? Not known",
    );
    assert!(!is_shown(&h, "Do their parents or carers know? Yes"));
    type_in(
        &mut h,
        "How did their parents or carers respond?",
        "Worried and supportive.",
    );
    type_in(
        &mut h,
        "What has been done so far, and why?",
        "Spoke to his mother; referred today.",
    );
    answer_sharing(&mut h);
    click(&mut h, "Save and continue");
    assert_eq!(h.state().state.page, Page::Section(SectionId::Declaration));

    // Check your answers shows what was typed, and "Not provided".
    assert!(is_shown(&h, "Testperson"));
    assert!(h.query_all_by_label("Not provided").count() > 3);
    click(
        &mut h,
        "The information is accurate to the best of my knowledge",
    );
    assert_eq!(
        h.state().state.draft.referral.declaration.referral_date.day,
        "20"
    );

    let out = dir.path().join("export.json");
    picks.borrow_mut().save.push_back(out.clone());
    click(&mut h, "Export referral");
    let bytes = std::fs::read(&out).expect("the export was written");
    let read = read_export(&bytes).expect("a readable export");
    assert_eq!(check_export(&read, today()), vec![]);
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let referral = &doc["referral"];
    assert_eq!(referral["person"]["family_name"], "Testperson");
    assert_eq!(referral["person"]["date_of_birth"], "2011-03-14");
    assert_eq!(referral["person"]["address"]["postcode"], "B31 2XX");
    assert_eq!(
        referral["household"]["parents_carers"][0]["address"],
        serde_json::Value::Null
    );
    assert_eq!(referral["referrer"]["phone"], "+441214960000");
    // Asked once, of the parent (edition 2026.3): section 7's is null.
    assert_eq!(
        referral["household"]["parents_carers"][0]["aware_of_referral"],
        "yes"
    );
    assert_eq!(
        referral["actions"]["parents_aware"],
        serde_json::Value::Null
    );
    assert_eq!(
        referral["actions"]["parents_response"],
        "Worried and supportive."
    );
    assert_eq!(doc["id"], h.state().state.draft.id.to_string());
    // The suggested name carries no name of a person.
    let suggested = picks.borrow().suggested.last().cloned().unwrap();
    assert_eq!(
        suggested,
        format!(
            "prevent-referral-2026-11-20-{}.json",
            &h.state().state.draft.id.to_string()[..8]
        )
    );
    assert!(!suggested.to_lowercase().contains("testperson"));
    // My details are remembered for the next referral.
    assert_eq!(
        h.state()
            .settings
            .my_details
            .as_ref()
            .map(|r| r.name.as_str()),
        Some("Sam Okafor")
    );
}

#[test]
fn an_adult_referral_with_no_fixed_abode_and_immediate_risk() {
    let dir = tempfile::tempdir().unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);

    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", "Chris");
    type_in(&mut h, "Family name", "Example");
    type_in(&mut h, "Age, if date of birth is not known", "24");
    click(&mut h, "Gender: Not known");
    click(&mut h, "Current address: No fixed abode");
    assert!(!is_shown(&h, "Current address Address line 1"));
    click(&mut h, "Do they need an interpreter? Not known");
    click(&mut h, "Education or work: Not in education or work");
    click(&mut h, "Save and continue");

    // 18 or over: asked about children instead of requiring a parent.
    click(
        &mut h,
        "Does the person live with, or care for, children? No",
    );
    click(
        &mut h,
        "Is the person or family known to social care? Not known",
    );
    click(
        &mut h,
        "What support from children's social care is in place now? Care leaver",
    );
    type_in(
        &mut h,
        "Their social worker's name, if there is one (optional)",
        "Dana Reyes",
    );
    click(&mut h, "Save and continue");

    type_in(
        &mut h,
        "Describe your concerns",
        "Talked about harming a councillor.",
    );
    click(&mut h, "What kind of concern is it? Extreme right-wing");
    click(&mut h, "How do you know? I saw or heard it myself");
    click(&mut h, "Is anyone at immediate risk of harm? Yes");
    assert!(is_shown(
        &h,
        "Call 999 now. Tell the police what you have told us here, then come back and finish this referral."
    ));
    click(&mut h, "I have called 999");
    click(&mut h, "Do they have access to weapons? Yes");
    type_in(&mut h, "Tell us about the weapons", "Carries a knife.");
    click(
        &mut h,
        "Have they travelled, or talked of travelling, to a conflict zone? Not known",
    );
    click(
        &mut h,
        "Have they been violent, or threatened violence, towards anyone? Yes",
    );
    type_in(
        &mut h,
        "Tell us about the violence or threats",
        "Threatened a councillor at a meeting.",
    );
    click(&mut h, "Have they carried a knife or other weapon? Yes");
    type_in(
        &mut h,
        "Tell us about the knife or weapon they carried",
        "A knife at the shelter.",
    );
    click(&mut h, "Save and continue");

    click(
        &mut h,
        "Is anything in their life making them vulnerable? None known",
    );
    assert!(!is_shown(&h, "Tell us about these needs"));
    answer_new_needs(&mut h);
    click(&mut h, "Save and continue");
    fill_other_information(&mut h);
    fill_referrer(&mut h);
    click(
        &mut h,
        "Have you discussed this with your safeguarding or Prevent lead? No",
    );
    click(&mut h, "Does the person know about this referral? No");
    type_in(
        &mut h,
        "Why have they not been told?",
        "Police advised not to.",
    );
    assert!(!is_shown(&h, "Do their parents or carers know? Yes"));
    type_in(
        &mut h,
        "What has been done so far, and why?",
        "Called 999; referring.",
    );
    click(
        &mut h,
        "What is your lawful basis for sharing this referral? Public task: UK GDPR Article 6(1)(e), with the Data Protection Act 2018 Schedule 1 safeguarding condition",
    );
    click(
        &mut h,
        "Did you seek the person's consent (or, for a child, their parent's or carer's) to share this referral? No",
    );
    type_in(
        &mut h,
        "Why was consent not sought?",
        "Asking could put the councillor at risk.",
    );
    click(&mut h, "Save and continue");

    click(
        &mut h,
        "The information is accurate to the best of my knowledge",
    );
    let out = dir.path().join("adult.json");
    picks.borrow_mut().save.push_back(out.clone());
    click(&mut h, "Export referral");
    let bytes = std::fs::read(&out).expect("exported");
    let read = read_export(&bytes).expect("readable");
    assert_eq!(check_export(&read, today()), vec![]);
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(doc["referral"]["person"]["estimated_age"], 24);
    assert_eq!(
        doc["referral"]["person"]["address"]["status"],
        "no_fixed_abode"
    );
    assert_eq!(doc["referral"]["concerns"]["police_called"], true);
    // Edition 2026.1's questions, as answered on the pages.
    assert_eq!(doc["form_edition"], "2026.3");
    assert_eq!(doc["referral"]["concerns"]["violence"], "yes");
    assert_eq!(
        doc["referral"]["concerns"]["carries_weapon_details"],
        "A knife at the shelter."
    );
    assert_eq!(
        doc["referral"]["household"]["social_worker_name"],
        "Dana Reyes"
    );
    assert_eq!(
        doc["referral"]["actions"]["consent_not_sought_reason"],
        "Asking could put the councillor at risk."
    );
    assert_eq!(
        doc["referral"]["other_information"]["earlier_prevent"],
        "no"
    );
    assert_eq!(
        doc["referral"]["household"]["lives_with_or_cares_for_children"],
        "no"
    );
    assert_eq!(
        doc["referral"]["actions"]["parents_aware"],
        serde_json::Value::Null
    );
}

#[test]
fn the_error_summary_lists_problems_and_moves_focus_to_the_field() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", "Alex");
    click(&mut h, "Save and continue");

    // Still on the page, with the summary announced as an alert.
    assert_eq!(h.state().state.page, Page::Section(SectionId::Person));
    let summary = h.get_by_role_and_label(
        egui::accesskit::Role::Alert,
        "There is a problem: 6 answers to fix",
    );
    let _ = summary;
    // The first link has focus, and each message is beside its field too.
    assert!(
        h.get_all_by_label("Enter the person's family name")
            .next()
            .unwrap()
            .is_focused()
    );
    assert!(is_shown(&h, "Error: Enter the person's family name"));
    // Typed input is kept.
    assert_eq!(h.state().state.draft.referral.person.given_names, "Alex");

    // Following the link puts focus in the field.
    let link = h
        .get_all_by_label("Select the person's gender")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Link)
        .unwrap();
    link.click_accesskit();
    h.run();
    assert!(h.get_by_label("Gender: Male").is_focused());
    let link = h
        .get_all_by_label("Enter the person's family name")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Link)
        .unwrap();
    link.click_accesskit();
    h.run();
    assert!(h.get_by_label("Family name").is_focused());
    // And by the mouse, as a person clicks it (which egui once took the
    // focus back from, leaving the page scrolled and nothing focused).
    for (message, field) in [
        ("Select the person's gender", "Gender: Male"),
        ("Enter the person's family name", "Family name"),
    ] {
        let link = h
            .get_all_by_label(message)
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Link)
            .unwrap();
        let at = link.rect().center();
        mouse_click(&mut h, at);
        assert!(
            h.get_by_label(field).is_focused(),
            "a mouse click on {message}"
        );
    }

    // The task list now says there is a problem.
    click(&mut h, "Back to the task list");
    assert!(is_shown(&h, "1. About the person: There is a problem"));
}

#[test]
fn conditional_questions_appear_and_disappear() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    assert!(!is_shown(&h, "How they describe their gender (optional)"));
    click(&mut h, "Gender: They describe their gender another way");
    assert!(is_shown(&h, "How they describe their gender (optional)"));
    click(&mut h, "Gender: Female");
    assert!(!is_shown(&h, "How they describe their gender (optional)"));

    // Age decides between parents' awareness and living with children.
    type_in(&mut h, "Age, if date of birth is not known", "15");
    click(&mut h, "Back to the task list");
    open_section(&mut h, "2. Family, parents and carers");
    assert!(!is_shown(
        &h,
        "Does the person live with, or care for, children? Yes"
    ));
    click(&mut h, "Add a parent or carer");
    assert!(is_shown(&h, "Parent or carer 1 Full name"));
    click(
        &mut h,
        "Parent or carer 1: They live at the same address as the person",
    );
    assert!(!is_shown(
        &h,
        "Parent or carer 1: Their address: Known address"
    ));
    click(
        &mut h,
        "Parent or carer 1: They live at the same address as the person",
    );
    assert!(is_shown(
        &h,
        "Parent or carer 1: Their address: Known address"
    ));
    // The parents' awareness is asked once, of each parent or carer
    // (edition 2026.3); section 7 asks what follows from their answers.
    click(
        &mut h,
        "Parent or carer 1: Do they know about this referral? No",
    );
    click(&mut h, "Back to the task list");
    open_section(&mut h, "7. What you have done so far");
    assert!(!is_shown(&h, "Do their parents or carers know? Yes"));
    assert!(is_shown(
        &h,
        "Why have their parents or carers not been told?"
    ));
    assert!(!is_shown(&h, "How did their parents or carers respond?"));
    click(&mut h, "Back to the task list");
    open_section(&mut h, "2. Family, parents and carers");
    click(
        &mut h,
        "Parent or carer 1: Do they know about this referral? Yes",
    );
    click(&mut h, "Back to the task list");
    open_section(&mut h, "7. What you have done so far");
    assert!(is_shown(&h, "How did their parents or carers respond?"));
    assert!(!is_shown(
        &h,
        "Why have their parents or carers not been told?"
    ));
    click(&mut h, "Back to the task list");
    open_section(&mut h, "2. Family, parents and carers");
    click(&mut h, "Remove Parent or carer 1");
    assert!(!is_shown(&h, "Parent or carer 1 Full name"));
    click(&mut h, "Back to the task list");
    open_section(&mut h, "7. What you have done so far");
    assert!(!is_shown(&h, "How did their parents or carers respond?"));
    click(
        &mut h,
        "Have you discussed this with your safeguarding or Prevent lead? Yes",
    );
    assert!(is_shown(&h, "Their name"));
    assert!(is_shown(&h, "What did you agree?"));

    h.state_mut().state.draft.referral.person.estimated_age = "30".into();
    h.run();
    click(&mut h, "Back to the task list");
    open_section(&mut h, "2. Family, parents and carers");
    click(
        &mut h,
        "Does the person live with, or care for, children? Yes",
    );
    assert!(is_shown(
        &h,
        "A children's safeguarding referral may also be needed. Follow your organisation's safeguarding procedure."
    ));

    click(&mut h, "Back to the task list");
    open_section(&mut h, "3. Your concerns");
    assert!(!is_shown(&h, "I have called 999"));
    click(&mut h, "Is anyone at immediate risk of harm? Yes");
    assert!(is_shown(&h, "I have called 999"));
    assert!(!is_shown(&h, "Describe the other concern"));
    click(&mut h, "What kind of concern is it? Other");
    assert!(is_shown(&h, "Describe the other concern"));
    click(
        &mut h,
        "Have they travelled, or talked of travelling, to a conflict zone? Yes",
    );
    assert!(is_shown(&h, "Tell us about the travel"));

    click(&mut h, "Back to the task list");
    open_section(&mut h, "5. Other agencies and information");
    assert!(!is_shown(&h, "Its reference (optional)"));
    click(
        &mut h,
        "Have you also made a safeguarding referral (for example to the MASH)? Yes",
    );
    assert!(is_shown(&h, "Its reference (optional)"));
    click(
        &mut h,
        "Are they serving in, or have they served in, the armed forces? Yes",
    );
    assert!(is_shown(&h, "Service number, if known (optional)"));
}

#[test]
fn export_is_refused_until_every_rule_holds() {
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    assert_eq!(h.state().state.page, Page::Section(SectionId::Declaration));
    assert!(is_shown(
        &h,
        "Error: Confirm that the information is accurate to the best of your knowledge"
    ));
    assert!(picks.borrow().suggested.is_empty(), "no save dialog");
}

#[test]
fn change_links_go_back_to_the_answer_and_statuses_follow_the_rules() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/child-complete.json");
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    assert!(is_shown(&h, "1. About the person: Not started"));
    picks.borrow_mut().open.push_back(fixture);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.run();
    assert_eq!(h.state().state.page, Page::Section(SectionId::Declaration));

    click(&mut h, "Change Family name");
    assert_eq!(h.state().state.page, Page::Section(SectionId::Person));
    assert!(h.get_by_label("Family name").is_focused());

    click(&mut h, "Back to the task list");
    for title in [
        "1. About the person",
        "2. Family, parents and carers",
        "3. Your concerns",
        "8. Check your answers and declaration",
    ] {
        assert!(is_shown(&h, &format!("{title}: Completed")), "{title}");
    }
    // Emptying an answer makes the section incomplete again.
    h.state_mut()
        .state
        .draft
        .referral
        .concerns
        .description
        .clear();
    h.run();
    assert!(is_shown(&h, "3. Your concerns: In progress"));
}

/// A click as the mouse makes it: moved there, pressed and let go in
/// frames of their own.
fn mouse_click(h: &mut egui_kittest::Harness<'_, prevent_referral::app::App>, at: egui::Pos2) {
    h.hover_at(at);
    h.run();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        h.run();
    }
}

/// A "Change" link lands on the box with its question and hint in sight,
/// in a window too short for the page: the page had scrolled to the box
/// alone, leaving the question it answers above the window's edge (seen in
/// a real window, keyboard only).
#[test]
fn a_change_link_shows_the_question_with_its_box() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/child-complete.json");
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    picks.borrow_mut().open.push_back(fixture);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    h.run();
    h.set_size(egui::vec2(1000.0, 600.0));
    h.run();
    // From the bottom of "Check your answers", where the link is reached
    // with the page scrolled past the question on its own page.
    h.get_by_label("Export referral").focus();
    h.run();
    click(&mut h, "Change How did their parents or carers respond?");
    assert_eq!(h.state().state.page, Page::Section(SectionId::Actions));
    let question = "How did their parents or carers respond?";
    // A label's words are its value in the accessibility tree.
    let label = h
        .query_all_by_value(question)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Label)
        .unwrap();
    let top = label.rect().top();
    let focused = h.get_by_label(question);
    assert!(focused.is_focused());
    assert!(
        top >= 0.0 && focused.rect().bottom() <= 600.0,
        "the question ({top}) and its box ({:?}) in sight",
        focused.rect()
    );
}
