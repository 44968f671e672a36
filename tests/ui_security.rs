//! Encryption at rest, driven through the real app: the passphrase screens,
//! no plain text anywhere under the app's folders, locking, encrypted
//! exports and the receiving team's side.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
mod ui_support;

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use prevent_referral::app::{App, Gate, Settings};
use prevent_referral::export::{check_export, read_export};
use prevent_referral::storage::crypto::{KeyFile, secrecy::SecretString};
use std::path::Path;
use std::time::{Duration, Instant};
use ui_support::*;

const PASSPHRASE: &str = "marmalade orbit quietly ninety";
/// In a name typed into the form: it must never reach the disk in plain text.
const MARKER: &str = "Qzxvmarker";

fn app_in(
    dir: &Path,
) -> (
    Harness<'static, App>,
    std::rc::Rc<std::cell::RefCell<Picks>>,
) {
    let (app, picks) = app_with(Settings::default());
    (harness(app.with_data_dir(dir, Box::new(|| {}))), picks)
}

fn ctrl(h: &mut Harness<'_, App>, key: Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
}

fn set_up(h: &mut Harness<'_, App>) {
    assert_eq!(h.state().session.gate, Gate::Setup);
    type_in(h, "Passphrase", PASSPHRASE);
    type_in(h, "Type the passphrase again", PASSPHRASE);
    click(h, "Set passphrase and start");
    assert_eq!(
        h.state().session.gate,
        Gate::Open,
        "{:?}",
        h.state().session.gate_form.error
    );
}

fn unlock(h: &mut Harness<'_, App>, passphrase: &str) {
    type_in(h, "Passphrase", passphrase);
    click(h, "Unlock");
}

fn wait_saved(h: &mut Harness<'_, App>) {
    let start = Instant::now();
    while h.state().state.dirty {
        assert!(start.elapsed() < Duration::from_secs(10), "not saved");
        std::thread::sleep(Duration::from_millis(50));
        h.run();
    }
}

/// Every byte of every file under `dir`.
fn all_bytes(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            all_bytes(&path, out);
        } else {
            out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
}

fn files_containing(dir: &Path, needle: &str) -> Vec<String> {
    let mut files = Vec::new();
    all_bytes(dir, &mut files);
    assert!(!files.is_empty());
    files
        .into_iter()
        .filter(|(_, bytes)| {
            bytes
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
        })
        .map(|(name, _)| name)
        .collect()
}

#[test]
fn nothing_typed_reaches_the_disk_in_plain_text() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let elsewhere = dir.path().join("documents");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let (mut h, picks) = app_in(&data);
    set_up(&mut h);

    // A name in the form, and in "My details".
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", MARKER);
    type_in(&mut h, "Given name(s)", "Alex");
    click(&mut h, "Save and continue");
    wait_saved(&mut h);
    click(&mut h, "Task list");
    open_section(&mut h, "6. About you");
    type_in(&mut h, "Your full name", MARKER);
    fill_referrer(&mut h);
    assert!(
        h.state()
            .settings
            .my_details
            .as_ref()
            .is_some_and(|m| m.name.contains(MARKER)),
        "My details are remembered"
    );
    // Autosave, Save, Save draft as, and lock.
    wait_saved(&mut h);
    ctrl(&mut h, Key::S);
    let saved_as = elsewhere.join("saved");
    picks.borrow_mut().save.push_back(saved_as.clone());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    assert!(saved_as.exists());
    ctrl(&mut h, Key::L);
    // Ctrl+L hides at once; the lock screen is behind "Continue".
    click(&mut h, "Continue");
    assert_eq!(h.state().session.gate, Gate::Locked);
    assert!(!is_shown(&h, MARKER), "nothing is shown while locked");

    let leaks = files_containing(&data, MARKER);
    assert!(leaks.is_empty(), "plain text in {leaks:?}");
    let leaks = files_containing(&elsewhere, MARKER);
    assert!(leaks.is_empty(), "plain text in {leaks:?}");
    // What is there is age files and lock files.
    assert!(data.join("key.age").exists());
    assert!(data.join("settings.age").exists());

    // A wrong passphrase is refused with a message; the right one opens.
    unlock(&mut h, "marmalade orbit quietly ninety-one");
    assert_eq!(h.state().session.gate, Gate::Locked);
    assert!(is_shown(
        &h,
        "That passphrase is not right. Check Caps Lock and try again."
    ));
    unlock(&mut h, PASSPHRASE);
    assert_eq!(h.state().session.gate, Gate::Open);
    assert_eq!(h.state().state.draft.referral.person.family_name, MARKER);

    // A new window on the same folder asks for the passphrase, then has
    // the draft and My details back.
    drop(h);
    let (mut h, picks) = app_in(&data);
    assert_eq!(h.state().session.gate, Gate::Locked);
    unlock(&mut h, PASSPHRASE);
    assert!(
        h.state()
            .settings
            .my_details
            .as_ref()
            .is_some_and(|m| m.name.contains(MARKER))
    );
    picks.borrow_mut().open.push_back(saved_as);
    ctrl(&mut h, Key::O);
    assert_eq!(h.state().state.draft.referral.person.family_name, MARKER);
}

#[test]
fn the_app_locks_itself_when_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = app_in(dir.path());
    set_up(&mut h);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", MARKER);
    h.run();
    assert_eq!(h.state().session.gate, Gate::Open);
    // The default is fifteen minutes without input.
    let lock_at = h.state().session.lock_at.expect("a time to lock is set");
    let wait = lock_at - Instant::now();
    assert!(wait > Duration::from_secs(14 * 60), "{wait:?}");
    // Typing moves it on.
    h.state_mut().session.lock_at = Some(Instant::now() + Duration::from_secs(60));
    type_in(&mut h, "Given name(s)", "A");
    assert!(h.state().session.lock_at.unwrap() > Instant::now() + Duration::from_secs(14 * 60));
    // Then the time comes with no input at all.
    h.state_mut().session.lock_at = Some(Instant::now());
    h.run();
    assert_eq!(h.state().session.gate, Gate::Locked);
    assert!(!is_shown(&h, MARKER));
    assert!(!h.state().state.dirty, "the work was saved before locking");
    assert!(is_shown(&h, "Your work was saved before locking."));
    // Undo in the passphrase box cannot bring back an earlier passphrase:
    // a pause after typing it makes egui keep an undo point.
    type_in(&mut h, "Passphrase", PASSPHRASE);
    h.run_steps(180);
    click(&mut h, "Unlock");
    assert!(is_shown(&h, "Family name"));
    ctrl(&mut h, Key::L);
    // Ctrl+L hides at once; the lock screen is behind "Continue".
    click(&mut h, "Continue");
    h.get_by_label("Passphrase").focus();
    h.run();
    ctrl(&mut h, Key::Z);
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        h.state().session.gate,
        Gate::Locked,
        "undo gave back the passphrase"
    );
}

#[test]
fn a_weak_or_mistyped_passphrase_is_not_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = app_in(dir.path());
    type_in(&mut h, "Passphrase", "password12");
    assert!(is_shown(&h, "Strength: very weak") || is_shown(&h, "Strength: weak"));
    type_in(&mut h, "Type the passphrase again", "password12");
    click(&mut h, "Set passphrase and start");
    assert_eq!(h.state().session.gate, Gate::Setup);
    assert!(h.query_all_by_label_contains("too weak").next().is_some());
    type_in(&mut h, "Passphrase", PASSPHRASE);
    type_in(
        &mut h,
        "Type the passphrase again",
        "something else entirely",
    );
    click(&mut h, "Set passphrase and start");
    assert_eq!(h.state().session.gate, Gate::Setup);
    assert!(is_shown(
        &h,
        "The two passphrases are different. Type them again."
    ));
    assert!(!KeyFile::in_dir(dir.path()).exists());
}

#[test]
fn the_passphrase_is_changed_in_settings() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = app_in(dir.path());
    set_up(&mut h);
    h.get_by_label("File").click_accesskit();
    h.run();
    click(&mut h, "Settings…");
    // When to lock is one radio group: a click chooses, and the arrows
    // choose inside it with the focus following.
    click(&mut h, "After 10 minutes");
    assert_eq!(h.state().settings.auto_lock_minutes, 10);
    h.get_by_label("After 10 minutes").focus();
    h.run();
    h.key_press(eframe::egui::Key::ArrowDown);
    h.run();
    h.run();
    assert_eq!(h.state().settings.auto_lock_minutes, 15);
    assert!(h.get_by_label("After 15 minutes").is_focused());
    let new = "copper kettle whistles twice";
    type_in(&mut h, "Current passphrase", "not the passphrase at all");
    type_in(&mut h, "New passphrase", new);
    type_in(&mut h, "Type the new passphrase again", new);
    click(&mut h, "Change passphrase");
    assert!(is_shown(
        &h,
        "The current passphrase is not right, so nothing was changed."
    ));
    type_in(&mut h, "Current passphrase", PASSPHRASE);
    type_in(&mut h, "New passphrase", new);
    type_in(&mut h, "Type the new passphrase again", new);
    click(&mut h, "Change passphrase");
    assert!(is_shown(
        &h,
        "Your passphrase has been changed. Use the new one from now on."
    ));
    let file = KeyFile::in_dir(dir.path());
    assert!(file.unlock(&SecretString::from(new.to_owned())).is_ok());
    assert!(
        file.unlock(&SecretString::from(PASSPHRASE.to_owned()))
            .is_err()
    );

    // Off the window's thread, as on a slow computer: the screen says what
    // it is doing and takes no second change meanwhile, then says how it
    // went.
    h.state_mut().set_task_wait(Duration::ZERO);
    let newer = "lantern harbour drifts slowly";
    type_in(&mut h, "Current passphrase", new);
    type_in(&mut h, "New passphrase", newer);
    type_in(&mut h, "Type the new passphrase again", newer);
    h.get_by_label("Change passphrase").click_accesskit();
    h.step();
    h.step();
    assert!(h.state().session.is_changing(), "changed on its own thread");
    assert!(!is_shown(
        &h,
        "Your passphrase has been changed. Use the new one from now on."
    ));
    let start = Instant::now();
    while h.state().session.is_changing() {
        assert!(start.elapsed() < Duration::from_secs(30), "no answer");
        assert!(is_shown(&h, "Changing the passphrase…"));
        assert!(
            h.get_by_label("Change passphrase")
                .accesskit_node()
                .is_disabled()
        );
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.run();
    assert!(!is_shown(&h, "Changing the passphrase…"));
    assert!(is_shown(
        &h,
        "Your passphrase has been changed. Use the new one from now on."
    ));
    assert!(file.unlock(&SecretString::from(newer.to_owned())).is_ok());
}

#[test]
fn an_export_is_encrypted_for_the_team_who_open_it_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, picks) = app_in(&dir.path().join("data"));
    set_up(&mut h);

    // The team's key goes in Settings.
    h.get_by_label("File").click_accesskit();
    h.run();
    click(&mut h, "Settings…");
    let name = "Team name, for example “Thames Valley Prevent team”";
    type_in(&mut h, name, "West Midlands Prevent team");
    type_in(
        &mut h,
        "The team's encryption key",
        &common::team_keys().public_key(),
    );
    click(&mut h, "Add team");
    type_in(&mut h, name, "Another team");
    type_in(&mut h, "The team's encryption key", "age1wrong");
    click(&mut h, "Add team");
    assert!(
        h.query_all_by_label_contains("not a whole encryption key")
            .next()
            .is_some()
    );
    assert_eq!(h.state().settings.recipients.len(), 1);
    click(&mut h, "Back to the referral");

    // A complete referral, exported encrypted.
    picks
        .borrow_mut()
        .open
        .push_back(common::fixture("child-complete.json"));
    ctrl(&mut h, Key::O);
    let out = dir.path().join("referral.json.age");
    picks.borrow_mut().save.push_back(out.clone());
    click(&mut h, "Export referral");
    assert!(is_shown(&h, "Encrypt for West Midlands Prevent team"));
    click(&mut h, "Export encrypted");
    let sealed = std::fs::read(&out).expect("exported");
    assert!(
        picks
            .borrow()
            .suggested
            .last()
            .is_some_and(|s| s.ends_with(".json.age"))
    );
    assert!(!String::from_utf8_lossy(&sealed).contains("Testperson"));
    let plain = common::team_keys().open(&sealed).unwrap();
    let read = read_export(&plain).unwrap();
    assert_eq!(check_export(&read, common::ctx()), vec![]);
    assert!(
        prevent_referral::storage::crypto::Keys::generate()
            .open(&sealed)
            .is_err()
    );

    // The receiving team opens it with their identity file: read-only.
    let (app, picks) = app_with(Settings::default());
    let mut team = harness(app);
    picks.borrow_mut().open.push_back(out.clone());
    picks
        .borrow_mut()
        .open
        .push_back(common::fixture("keys/other-team.txt"));
    ctrl(&mut team, Key::O);
    assert!(
        team.query_all_by_label_contains("encrypted for a different key")
            .next()
            .is_some(),
        "a wrong identity is refused"
    );
    assert_eq!(team.state().state.draft.referral.person.family_name, "");
    picks.borrow_mut().open.push_back(out.clone());
    picks
        .borrow_mut()
        .open
        .push_back(common::fixture("keys/prevent-team.txt"));
    ctrl(&mut team, Key::O);
    assert_eq!(
        team.state().state.draft.referral.person.family_name,
        "Testperson"
    );
    assert!(team.state().read_only && team.state().received);
    assert_eq!(
        std::fs::read(&out).unwrap(),
        sealed,
        "the file is unchanged"
    );
    // It is not exported or saved again, in plain text or at all.
    let again = dir.path().join("again.json");
    picks.borrow_mut().save.push_back(again.clone());
    ctrl(&mut team, Key::E);
    ctrl(&mut team, Key::S);
    assert!(!again.exists());
    assert!(
        team.query_all_by_label_contains("This referral was sent to you")
            .next()
            .is_some()
    );
}

#[test]
fn settings_that_cannot_be_read_are_not_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let file = KeyFile::in_dir(dir.path());
    file.create(&SecretString::from(PASSPHRASE.to_owned()))
        .unwrap();
    // Encrypted with another key: as if restored from another computer.
    let foreign = prevent_referral::storage::crypto::Keys::generate()
        .seal(b"{}")
        .unwrap();
    let settings = dir.path().join("settings.age");
    std::fs::write(&settings, &foreign).unwrap();
    let (mut h, _) = app_in(dir.path());
    unlock(&mut h, PASSPHRASE);
    assert_eq!(h.state().session.gate, Gate::Open);
    assert!(
        h.query_all_by_label_contains("Your settings could not be read")
            .next()
            .is_some()
    );
    h.state_mut().settings.auto_lock_minutes = 5;
    h.run();
    assert_eq!(std::fs::read(&settings).unwrap(), foreign, "left as it was");
}

#[test]
fn a_missing_key_file_is_not_silently_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let drafts = dir.path().join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let sealed = common::keys().seal(b"{}").unwrap();
    std::fs::write(
        drafts.join(format!("{}.draft.age", uuid::Uuid::new_v4())),
        sealed,
    )
    .unwrap();
    let (h, _) = app_in(dir.path());
    assert_eq!(h.state().session.gate, Gate::Setup);
    assert!(
        h.query_all_by_label_contains(
            "is missing, but 1 encrypted file made with it is in that folder"
        )
        .next()
        .is_some()
    );
}

/// A received export is shown with the questions of its own edition: a
/// 1.2 file (edition 2026.1) asked a 15-year-old about the armed forces,
/// and "Check your answers" shows that answer and its service number, not
/// leaving them out because this edition no longer asks (found in review).
#[test]
fn a_received_older_export_shows_the_answers_its_edition_asked() {
    let dir = tempfile::tempdir().unwrap();
    let sealed = common::team_keys()
        .seal(&common::an_edition_2026_1_export_with_armed_forces_at_15())
        .unwrap();
    let file = dir.path().join("older.json.age");
    std::fs::write(&file, &sealed).unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut team = harness(app);
    picks.borrow_mut().open.push_back(file.clone());
    picks
        .borrow_mut()
        .open
        .push_back(common::fixture("keys/prevent-team.txt"));
    ctrl(&mut team, Key::O);
    assert!(team.state().read_only && team.state().received);
    assert!(is_shown(&team, "SN-42"), "the service number it holds");
    assert_eq!(team.state().state.minor, 2, "the file's own MINOR");
    assert!(
        team.query_all_by_label_contains("armed forces")
            .next()
            .is_some(),
        "the question it was asked"
    );
}

/// The passphrase is tried off the window's thread (one scrypt run, longer
/// on a slow computer): the window goes on drawing, says what it is doing,
/// and takes no second try meanwhile; a wrong one is still said, and the
/// right one opens.
#[test]
fn the_passphrase_is_tried_while_the_window_goes_on_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = app_in(dir.path());
    set_up(&mut h);
    drop(h);
    let (mut h, _) = app_in(dir.path());
    h.state_mut().set_task_wait(Duration::ZERO);
    let wait_for_the_answer = |h: &mut Harness<'_, App>| {
        let start = Instant::now();
        while h.state().session.is_trying() {
            assert!(start.elapsed() < Duration::from_secs(30), "no answer");
            assert!(is_shown(h, "Checking the passphrase…"));
            assert!(
                h.get_by_label("Unlock").accesskit_node().is_disabled(),
                "one try at a time"
            );
            std::thread::sleep(Duration::from_millis(20));
            h.step();
        }
        h.run();
    };
    // Clicked, then drawn a frame at a time: a spinner never settles.
    let try_it = |h: &mut Harness<'_, App>, passphrase: &str| {
        type_in(h, "Passphrase", passphrase);
        h.get_by_label("Unlock").click_accesskit();
        h.step();
        h.step();
    };
    try_it(&mut h, "marmalade orbit quietly ninety-one");
    assert!(h.state().session.is_trying(), "tried on its own thread");
    assert_eq!(h.state().session.gate, Gate::Locked);
    wait_for_the_answer(&mut h);
    assert_eq!(h.state().session.gate, Gate::Locked);
    assert!(is_shown(
        &h,
        "That passphrase is not right. Check Caps Lock and try again."
    ));
    assert!(!is_shown(&h, "Checking the passphrase…"));
    try_it(&mut h, PASSPHRASE);
    wait_for_the_answer(&mut h);
    assert_eq!(h.state().session.gate, Gate::Open);
    assert!(h.state().session.keys().is_some());
}
