//! "Save a copy as PDF", driven through the real app with a fake file
//! picker: from the File menu's shortcut (Ctrl+P), from "Check your
//! answers", encrypted for a team in Settings, and offered after an export.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
#[path = "common/pdf_read.rs"]
mod pdf_read;
mod ui_support;

use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use prevent_referral::app::Settings;
use prevent_referral::storage::settings::ExportRecipient;
use std::path::Path;
use ui_support::*;

fn ctrl(h: &mut egui_kittest::Harness<'_, prevent_referral::app::App>, key: Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
}

fn text_of(pdf: &Path) -> String {
    pdf_read::text(&std::fs::read(pdf).unwrap())
}

/// Ours, and no one else may read or change it (mode 0600 on Unix, one
/// rule for us on Windows).
fn owner_only(path: &Path) -> bool {
    let access = prevent_referral::platform::access(path).unwrap();
    access.ours && !access.others_read && !access.others_change
}

#[test]
fn ctrl_p_saves_a_plain_copy_with_a_warning_and_no_name_in_the_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    picks
        .borrow_mut()
        .open
        .push_back(common::fixture("child-complete.json"));
    ctrl(&mut h, Key::O);
    let out = dir.path().join("copy.pdf");
    picks.borrow_mut().save.push_back(out.clone());
    ctrl(&mut h, Key::P);
    assert_eq!(
        picks.borrow().suggested.last().unwrap(),
        "prevent-referral-2026-11-20-6f1c2b1e.pdf"
    );
    let bytes = std::fs::read(&out).expect("the copy is written");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(owner_only(&out));
    assert!(text_of(&out).contains("Testperson"));
    assert!(
        notice_text(&h).contains("It is not encrypted"),
        "{}",
        notice_text(&h)
    );
    assert!(!notice_text(&h).contains("DRAFT"));
    // Nothing else was left in the folder.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn check_your_answers_offers_the_copy_and_an_incomplete_one_is_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");
    h.state_mut().state.go(prevent_referral::ui::Page::Section(
        prevent_referral::model::SectionId::Declaration,
    ));
    h.run();
    let out = dir.path().join("draft.pdf");
    picks.borrow_mut().save.push_back(out.clone());
    click(&mut h, "Save a copy as PDF…");
    let text = text_of(&out);
    assert!(text.contains("DRAFT – NOT COMPLETE"));
    assert!(text.contains("Testperson"));
    assert!(
        notice_text(&h).contains("DRAFT – NOT COMPLETE"),
        "{}",
        notice_text(&h)
    );
    // The typed answer is kept.
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );
}

#[test]
fn with_a_team_the_copy_is_encrypted_and_offered_after_an_export() {
    let dir = tempfile::tempdir().unwrap();
    let team = common::team_keys();
    let (app, picks) = app_with(Settings {
        recipients: vec![ExportRecipient {
            name: "West Midlands Prevent team".into(),
            public_key: team.public_key(),
        }],
        ..Settings::default()
    });
    let mut h = harness(app);
    picks
        .borrow_mut()
        .open
        .push_back(common::fixture("child-complete.json"));
    ctrl(&mut h, Key::O);

    // Export, encrypted for the team; then the copy is offered.
    let export = dir.path().join("referral.json.age");
    picks.borrow_mut().save.push_back(export.clone());
    click(&mut h, "Export referral");
    click(&mut h, "Export encrypted");
    assert!(export.exists());
    assert!(is_shown(&h, "Save a copy as PDF now"));
    click(&mut h, "Save a copy as PDF now");
    // Which teams to encrypt the copy for: the same choice as export.
    assert!(is_shown(&h, "Encrypt for West Midlands Prevent team"));
    let out = dir.path().join("copy.pdf.age");
    picks.borrow_mut().save.push_back(out.clone());
    click(&mut h, "Save encrypted copy");
    assert!(
        picks
            .borrow()
            .suggested
            .last()
            .is_some_and(|s| s == "prevent-referral-2026-11-20-6f1c2b1e.pdf.age")
    );
    let sealed = std::fs::read(&out).expect("the copy is written");
    assert!(!sealed.starts_with(b"%PDF"));
    let plain = team.open(&sealed).unwrap();
    let pdf = dir.path().join("opened.pdf");
    std::fs::write(&pdf, plain).unwrap();
    let text = text_of(&pdf);
    assert!(text.contains("Sent to"), "{text}");
    assert!(text.contains("West Midlands Prevent team"));
    assert!(notice_text(&h).contains("encrypted for the teams you chose"));

    // Unticking the team warns that the copy will not be encrypted.
    ctrl(&mut h, Key::P);
    click(&mut h, "Encrypt for West Midlands Prevent team");
    assert!(
        h.query_all_by_label_contains("Not encrypted: anyone who gets the file")
            .next()
            .is_some()
    );
    click(&mut h, "Cancel");
    assert!(!h.state().dialogs.pdf_is_open());
}

/// A character no font has is drawn as "□", and the person is told where
/// they saved the copy; what they typed is kept exactly.
#[test]
fn a_character_no_font_has_is_a_placeholder_and_the_notice_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    // The window draws a box for it, as the app does (kittest's default
    // is to stop the test at a missing glyph).
    h.ctx
        .set_missing_glyph_policy(eframe::egui::MissingGlyphPolicy::Tofu);
    picks
        .borrow_mut()
        .open
        .push_back(common::fixture("child-complete.json"));
    ctrl(&mut h, Key::O);
    h.state_mut().state.draft.referral.person.family_name = "Testperson\u{10fffd}".into();
    let out = dir.path().join("copy.pdf");
    picks.borrow_mut().save.push_back(out.clone());
    ctrl(&mut h, Key::P);
    let text = text_of(&out);
    assert!(text.contains("Testperson\u{25a1}"), "{text}");
    assert!(text.contains("Characters not shown"), "{text}");
    assert!(
        notice_text(&h).contains("shown as □ in the copy (U+10FFFD)"),
        "{}",
        notice_text(&h)
    );
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson\u{10fffd}"
    );
}
