//! Drafts, opening files, unsaved changes, My details, keyboard use and
//! idle frames, in the real app.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
mod ui_support;

use eframe::egui::{self, Key, Modifiers, ViewportId};
use egui_kittest::kittest::Queryable;
use prevent_referral::app::{Settings, Then};
use prevent_referral::model::{Referrer, SectionId};
use prevent_referral::ui::Page;
use ui_support::*;

fn ctrl(h: &mut egui_kittest::Harness<'_, prevent_referral::app::App>, key: Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
}

#[test]
fn a_saved_draft_reopens_with_every_value_and_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.json");
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");
    type_in(&mut h, "Date of birth Day", "31");
    type_in(&mut h, "Date of birth Month", "feb");
    type_in(&mut h, "Date of birth Year", "2011");
    click(&mut h, "Gender: Female");
    assert!(h.state().state.dirty);
    assert!(h.state().window_title().ends_with("(not saved yet)"));
    // No id in the title: the day the referral was started.
    assert_eq!(
        h.state().window_title(),
        "Prevent Referral – referral started 20 November 2026 (not saved yet)"
    );

    picks.borrow_mut().save.push_back(path.clone());
    ctrl(&mut h, Key::S);
    assert!(!h.state().state.dirty);
    assert!(!h.state().window_title().contains("Testperson"));
    assert!(!h.state().window_title().contains("not saved"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "drafts are owner-only");
    }
    let saved = h.state().state.draft.clone();

    // A new referral, then open the draft again.
    ctrl(&mut h, Key::N);
    assert_eq!(h.state().state.draft.referral.person.family_name, "");
    picks.borrow_mut().open.push_back(path.clone());
    ctrl(&mut h, Key::O);
    let reopened = &h.state().state.draft;
    assert_eq!(reopened.referral, saved.referral);
    assert_eq!(reopened.id, saved.id);
    assert_eq!(
        reopened.referral.person.date_of_birth.month, "feb",
        "kept as typed"
    );
    assert_eq!(h.state().state.page, Page::Section(SectionId::Person));
    assert!(is_shown(&h, "Opened the draft draft.json."));

    // Ctrl+S now saves to the same file without asking.
    type_in(&mut h, "Given name(s)", "Alex");
    let asked_before = picks.borrow().suggested.len();
    ctrl(&mut h, Key::S);
    assert_eq!(picks.borrow().suggested.len(), asked_before);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"given_names\": \"Alex\""));
}

#[test]
fn a_bad_file_is_named_and_the_current_work_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("not-a-referral.json");
    std::fs::write(&bad, "{\"format\": \"odk\"}").unwrap();
    let before = std::fs::read(&bad).unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Kept");
    let id = h.state().state.draft.id;

    // Unsaved work: Open asks first; discard is not chosen, so save.
    picks.borrow_mut().open.push_back(bad.clone());
    ctrl(&mut h, Key::O);
    assert_eq!(h.state().dialogs.unsaved(), Some(Then::Open));
    click(&mut h, "Cancel");
    assert_eq!(h.state().dialogs.unsaved(), None);
    h.state_mut().state.dirty = false;
    ctrl(&mut h, Key::O);
    assert!(is_shown(
        &h,
        "Could not open not-a-referral.json: it is not a Prevent referral: its format is \"odk\", not \"prevent-national-referral\". Your current referral has not changed. Choose a draft (.draft.age) or an export (.json or .json.age) made with Prevent Referral."
    ));
    assert_eq!(h.state().state.draft.referral.person.family_name, "Kept");
    assert_eq!(h.state().state.draft.id, id);
    assert_eq!(
        std::fs::read(&bad).unwrap(),
        before,
        "the file is not changed"
    );
}

#[test]
fn an_export_opens_as_a_draft() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/child-complete.json");
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    picks.borrow_mut().open.push_back(fixture);
    ctrl(&mut h, Key::O);
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );
    assert_eq!(
        h.state().state.draft.id.to_string(),
        "6f1c2b1e-3f7a-4c2d-9a7e-1d2c3b4a5e6f"
    );
    assert_eq!(h.state().state.page, Page::Section(SectionId::Declaration));
    assert_eq!(
        h.state().draft_path,
        None,
        "saving asks where, so the export is left alone"
    );
}

/// One's own older export opened to work on becomes a draft of this
/// edition: an answer its edition asked and this one does not (armed
/// forces at 15) is kept in the draft, not sent, and the notice says so.
#[test]
fn an_older_export_opened_as_a_draft_says_which_answer_is_not_sent() {
    let dir = tempfile::tempdir().unwrap();
    let file = common::an_edition_2026_1_export_file(dir.path());
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    picks.borrow_mut().open.push_back(file);
    ctrl(&mut h, Key::O);
    assert!(!h.state().received, "a draft to work on");
    let notice = h.state().state.notice.as_ref().map(|n| n.text.to_string());
    let notice = notice.unwrap_or_default();
    assert!(
        notice.starts_with("Opened the export older.json as a new draft.")
            && notice.contains(
                "earlier edition of the form, which asked this person 3 questions this edition does not: \u{201c}Are they serving in, or have they served in, the armed forces?\u{201d}, \u{201c}"
            )
            && notice.ends_with("Their answers are kept in the draft but will not be sent."),
        "{notice}"
    );
    assert!(is_shown(&h, &notice));
    assert_eq!(
        h.state()
            .state
            .draft
            .referral
            .other_information
            .service_number,
        "SN-42",
        "kept in the draft"
    );
    // This edition's export of the same referral says nothing of the kind.
    h.state_mut().state.dirty = false;
    picks
        .borrow_mut()
        .open
        .push_back(common::fixture("child-complete.json"));
    ctrl(&mut h, Key::O);
    let notice = h.state().state.notice.as_ref().map(|n| n.text.to_string());
    let notice = notice.unwrap_or_default();
    assert!(notice.starts_with("Opened the export child-complete.json"));
    assert!(!notice.contains("earlier edition"), "{notice}");
}

#[test]
fn unsaved_changes_are_asked_about_on_new_and_on_close() {
    let dir = tempfile::tempdir().unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");

    // Closing the window is stopped and the prompt opens, focus on Save.
    let commands = close_window(&mut h);
    assert!(commands.contains(&egui::ViewportCommand::CancelClose));
    h.run();
    assert_eq!(h.state().dialogs.unsaved(), Some(Then::Quit));
    assert!(is_shown(&h, "You have unsaved changes"));
    assert!(h.get_by_label("Save").is_focused());
    click(&mut h, "Cancel");
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );

    // New with unsaved changes: Save writes the draft, then starts afresh.
    let path = dir.path().join("saved.json");
    picks.borrow_mut().save.push_back(path.clone());
    ctrl(&mut h, Key::N);
    assert_eq!(h.state().dialogs.unsaved(), Some(Then::New));
    click(&mut h, "Save");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("Testperson")
    );
    assert_eq!(h.state().state.draft.referral.person.family_name, "");

    // Discard throws the changes away only when asked to.
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Other");
    ctrl(&mut h, Key::N);
    click(&mut h, "Discard");
    assert_eq!(h.state().state.draft.referral.person.family_name, "");

    // Quit with nothing unsaved closes at once.
    let commands = close_window(&mut h);
    assert!(!commands.contains(&egui::ViewportCommand::CancelClose));
    assert_eq!(h.state().dialogs.unsaved(), None);
}

#[test]
fn my_details_fill_in_a_new_referral_and_can_be_cleared() {
    let me = Referrer {
        name: "Sam Okafor".into(),
        role: "DSL".into(),
        ..Referrer::default()
    };
    let (app, _) = app_with(Settings {
        my_details: Some(me.clone()),
        ..Settings::default()
    });
    let mut h = harness(app);
    assert_eq!(h.state().state.draft.referral.referrer, me);
    open_section(&mut h, "6. About you");
    assert_eq!(
        h.get_by_label("Your full name").value().as_deref(),
        Some("Sam Okafor")
    );
    h.get_by_label("File").click_accesskit();
    h.run();
    click(&mut h, "Clear my details");
    assert_eq!(h.state().settings.my_details, None);
    assert_eq!(
        h.state().state.draft.referral.referrer.name,
        "Sam Okafor",
        "this referral keeps them"
    );
    ctrl(&mut h, Key::N);
    assert_eq!(h.state().state.draft.referral.referrer, Referrer::default());
}

#[test]
fn the_whole_page_works_from_the_keyboard_in_visual_order() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    h.get_by_label("Given name(s)").focus();
    h.run();
    h.get_by_label("Given name(s)").type_text("Alex");
    let order = [
        "Family name",
        "Add another name",
        "Date of birth Day",
        "Date of birth Month",
        "Date of birth Year",
        "Age, if date of birth is not known",
        "Place of birth (optional)",
        "Gender: Male",
    ];
    for name in order {
        h.key_press(Key::Tab);
        h.run();
        assert!(h.get_by_label(name).is_focused(), "Tab should reach {name}");
    }
    // Space chooses the focused radio button; typing goes where focus is.
    h.key_press(Key::Space);
    h.run();
    assert_eq!(
        h.state().state.draft.referral.person.gender,
        Some(prevent_referral::model::Gender::Male)
    );
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    assert!(
        h.get_by_label("Age, if date of birth is not known")
            .is_focused()
    );
    h.get_by_label("Age, if date of birth is not known")
        .type_text("15");
    h.run();
    assert_eq!(h.state().state.draft.referral.person.estimated_age, "15");
    assert_eq!(h.state().state.draft.referral.person.given_names, "Alex");
}

#[test]
fn zoom_is_kept_in_preferences() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!(
        h.state().settings.zoom > 1.0,
        "zoom {}",
        h.state().settings.zoom
    );
    let (app, _) = app_with(Settings {
        zoom: 1.5,
        ..Settings::default()
    });
    let h = harness(app);
    assert!((h.ctx.zoom_factor() - 1.5).abs() < 1e-6);
}

#[test]
fn no_frames_are_painted_while_idle() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");
    // Settled: now count the frames asked for with no input at all.
    let mut asked = 0;
    for _ in 0..100 {
        h.step();
        if h.output().viewport_output[&ViewportId::ROOT]
            .repaint_delay
            .is_zero()
        {
            asked += 1;
        }
    }
    assert_eq!(asked, 0, "frames requested while idle");
}

#[test]
fn discarding_then_cancelling_the_open_dialog_keeps_the_work_unsaved() {
    let (app, _picks) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");
    ctrl(&mut h, Key::O);
    click(&mut h, "Discard");
    // No file was picked: the work is still there and still unsaved.
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );
    assert!(h.state().state.dirty);
    ctrl(&mut h, Key::N);
    assert_eq!(h.state().dialogs.unsaved(), Some(Then::New));
}

#[test]
fn how_you_know_the_person_is_not_remembered() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    h.state_mut().state.draft.referral.referrer = Referrer {
        name: "Sam Okafor".into(),
        relationship_to_person: "Alex's head of year".into(),
        ..Referrer::default()
    };
    let ctx = h.ctx.clone();
    h.state_mut()
        .act(&ctx, prevent_referral::ui::Command::RememberMyDetails);
    let remembered = h.state().settings.my_details.clone().unwrap();
    assert_eq!(remembered.name, "Sam Okafor");
    assert_eq!(remembered.relationship_to_person, "");
}

#[test]
fn save_draft_as_onto_a_file_that_is_there_asks_before_replacing_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("someone-elses.json");
    std::fs::write(&path, b"keep me").unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");

    // Cancel keeps the file and the unsaved work.
    picks.borrow_mut().save.push_back(path.clone());
    ctrl(&mut h, Key::S);
    assert!(is_shown(&h, "Replace the file?"));
    assert!(is_shown(
        &h,
        "someone-elses.json is already there. Replacing it loses what it holds."
    ));
    assert_eq!(std::fs::read(&path).unwrap(), b"keep me");
    click(&mut h, "Cancel");
    assert!(!is_shown(&h, "Replace the file?"));
    assert_eq!(std::fs::read(&path).unwrap(), b"keep me");
    assert!(h.state().state.dirty);

    // "Replace it" writes the draft there.
    picks.borrow_mut().save.push_back(path.clone());
    ctrl(&mut h, Key::S);
    click(&mut h, "Replace it");
    assert!(!is_shown(&h, "Replace the file?"));
    assert!(!h.state().state.dirty);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"family_name\": \"Testperson\""), "{text}");
}
