//! The app with its drafts library: autosave, crash recovery, one editor
//! per draft, the drafts screen, and a disk that fails.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
mod ui_support;

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use prevent_referral::app::{App, Settings};
use prevent_referral::clock::Clock;
use prevent_referral::record::draft::Draft;
use prevent_referral::record::library::{DraftLock, Library, Status, Writer};
use prevent_referral::rules::Context;
use std::io;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use ui_support::*;

fn app_in(dir: &Path, writer: Option<Box<dyn Writer>>) -> Harness<'static, App> {
    let library = match writer {
        Some(w) => Library::with_writer(dir, common::keys(), w).unwrap(),
        None => Library::open(dir, common::keys()).unwrap(),
    };
    let (app, _) = app_with(Settings::default());
    harness(app.with_library(library, Box::new(|| {})))
}

/// Steps the app until `done` holds (the saver works on its own thread).
fn wait_for(h: &mut Harness<'_, App>, what: &str, done: impl Fn(&App) -> bool) {
    let start = Instant::now();
    while !done(h.state()) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
        h.run();
    }
}

fn saved_name(dir: &Path, h: &Harness<'_, App>) -> Option<String> {
    let lib = Library::open(dir, common::keys()).unwrap();
    lib.load(h.state().state.draft.id)
        .ok()
        .map(|d| d.referral.person.family_name)
}

#[test]
fn typing_is_saved_within_two_seconds_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_in(dir.path(), None);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");
    let typed = Instant::now();
    wait_for(&mut h, "the autosave", |app| !app.state.dirty);
    assert!(
        typed.elapsed() < Duration::from_secs(2),
        "{:?}",
        typed.elapsed()
    );
    assert_eq!(saved_name(dir.path(), &h).as_deref(), Some("Testperson"));
    // A page change saves at once, without waiting for the pause.
    type_in(&mut h, "Given name(s)", "Alex");
    let left = Instant::now();
    click(&mut h, "Back to the task list");
    wait_for(&mut h, "the save on leaving the page", |app| {
        !app.state.dirty
    });
    assert!(
        left.elapsed() < Duration::from_millis(900),
        "{:?}",
        left.elapsed()
    );
}

#[test]
fn deleting_the_draft_on_screen_is_final_even_with_a_save_queued() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_in(dir.path(), None);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");
    wait_for(&mut h, "the first save", |app| !app.state.dirty);
    let id = h.state().state.draft.id;
    // A new edit is queued, then the draft is deleted at once.
    type_in(&mut h, "Given name(s)", "Alex");
    h.state_mut().delete_draft(id);
    h.run();
    std::thread::sleep(Duration::from_millis(1500));
    h.run();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    assert!(lib.load(id).is_err(), "the deleted draft came back");
    assert!(!lib.dir().join(format!("{id}.meta.json")).exists());
    assert_ne!(h.state().state.draft.id, id);
}

#[test]
fn after_a_crash_the_next_start_offers_the_work_back() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let mut draft = Draft::new(&clock());
    draft.referral.person.family_name = "Recovered".into();
    lib.save(&draft, Context::new(clock().today())).unwrap();
    // The killed session's lock file, held by nobody now.
    std::fs::write(lib.dir().join(format!("{}.lock", draft.id)), b"").unwrap();

    let mut h = app_in(dir.path(), None);
    assert!(is_shown(&h, "Your work was recovered"));
    click(&mut h, "Restore Draft 20 Nov 2026");
    assert_eq!(h.state().state.draft.id, draft.id);
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Recovered"
    );
    assert!(!is_shown(&h, "Your work was recovered"));
    assert!(
        DraftLock::is_held(&lib, draft.id),
        "this window now holds it"
    );
}

#[test]
fn a_draft_open_in_another_window_is_read_only_here() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let draft = Draft::new(&clock());
    lib.save(&draft, Context::new(clock().today())).unwrap();
    let (_other_window, _) = DraftLock::acquire(&lib, draft.id).unwrap();

    let mut h = app_in(dir.path(), None);
    h.state_mut().open_library_draft(draft.id);
    h.run();
    assert!(h.state().read_only);
    assert!(is_shown(
        &h,
        "This draft is open in another Prevent Referral window, so it is shown here read-only. Close it there to edit it here."
    ));
    // It cannot be deleted from here either.
    h.state_mut().delete_draft(draft.id);
    h.run();
    assert!(lib.load(draft.id).is_ok());
    // The pages can be read, the answers cannot be changed, the menu works.
    open_section(&mut h, "1. About the person");
    assert!(h.get_by_label("Family name").accesskit_node().is_disabled());
    assert!(!h.get_by_label("File").accesskit_node().is_disabled());

    // The other window changes the draft and closes it. Opened again here,
    // it is read again as that window left it before it can be edited,
    // never the stale answers this window showed (red team F12).
    let mut theirs = lib.load(draft.id).unwrap();
    theirs.referral.person.family_name = "EditedElsewhere".into();
    lib.save(&theirs, Context::new(clock().today())).unwrap();
    drop(_other_window);
    h.state_mut().open_library_draft(draft.id);
    h.run();
    assert!(!h.state().read_only);
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "EditedElsewhere"
    );
    assert!(is_shown(&h, "You can edit this draft now."));
}

#[test]
fn the_drafts_screen_lists_searches_renames_opens_and_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let ctx = Context::new(clock().today());
    let mut a = Draft::new(&clock());
    a.label = Some("Year 10 concern".into());
    let mut b = Draft::new(&clock());
    b.label = Some("Housing referral".into());
    b.referral.person.family_name = "B".into();
    lib.save(&a, ctx).unwrap();
    lib.save(&b, ctx).unwrap();

    let mut h = app_in(dir.path(), None);
    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run();
    assert!(is_shown(&h, "Your drafts"));
    assert!(is_shown(&h, "Year 10 concern"));
    // One language switch (the menu bar's), not a second bar under it.
    assert_eq!(h.query_all_by_label("Cymraeg").count(), 1);
    type_in(&mut h, "Search drafts", "housing");
    assert!(!is_shown(&h, "Year 10 concern"));
    assert!(is_shown(&h, "Housing referral"));

    click(&mut h, "Rename Housing referral");
    type_in(&mut h, "New label", " (B)");
    click(&mut h, "Save label");
    assert_eq!(lib.load(b.id).unwrap().label(), "Housing referral (B)");

    h.state_mut().screen.drafts_mut().unwrap().search.clear();
    h.run();
    // The filter is one radio group: the arrows choose inside it, round
    // the ends, and the list follows.
    let filter = |h: &Harness<'_, App>| h.state().screen.drafts().unwrap().filter;
    h.get_by_label("All").focus();
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    h.run();
    assert_eq!(filter(&h), Some(Status::InProgress));
    assert!(is_shown(&h, "Year 10 concern"));
    h.key_press(Key::ArrowRight);
    h.run();
    h.run();
    assert_eq!(filter(&h), Some(Status::Ready));
    assert!(!is_shown(&h, "Year 10 concern"));
    h.key_press(Key::ArrowLeft);
    h.run();
    h.key_press(Key::ArrowLeft);
    h.run();
    h.key_press(Key::ArrowLeft);
    h.run();
    h.run();
    assert_eq!(filter(&h), Some(Status::Sent));
    h.key_press(Key::ArrowRight);
    h.run();
    h.run();
    assert_eq!(filter(&h), None);
    assert!(h.get_by_label("All").is_focused());
    click(&mut h, "Delete Year 10 concern");
    assert!(is_shown(
        &h,
        "Delete “Year 10 concern” and every copy of it? This cannot be undone."
    ));
    // The safe choice has the focus: Enter keeps the draft.
    h.run();
    assert!(h.get_by_label("No, keep it").is_focused());
    h.key_press(Key::Enter);
    h.run();
    assert!(!is_shown(&h, "Yes, delete it"), "kept");
    assert!(lib.load(a.id).is_ok());
    click(&mut h, "Delete Year 10 concern");
    click(&mut h, "Yes, delete it");
    assert!(lib.load(a.id).is_err());
    assert!(!is_shown(&h, "Year 10 concern"));

    click(&mut h, "Open Housing referral (B)");
    assert_eq!(h.state().state.draft.id, b.id);
    assert!(h.state().screen.is_form());
}

struct FlakyDisk(Arc<AtomicBool>);

impl Writer for FlakyDisk {
    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if self.0.load(Ordering::SeqCst) {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        prevent_referral::storage::store::write_private(path, bytes)
    }
}

#[test]
fn a_full_disk_is_reported_the_work_stays_and_saving_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let full = Arc::new(AtomicBool::new(true));
    let mut h = app_in(dir.path(), Some(Box::new(FlakyDisk(full.clone()))));
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");
    wait_for(&mut h, "the failure message", |app| {
        app.state
            .notice
            .as_ref()
            .is_some_and(|n| n.is_error() && n.text.to_string().contains("the disk is full"))
    });
    assert!(h.state().state.dirty);
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );
    assert_eq!(saved_name(dir.path(), &h), None);

    // A new referral meanwhile: "Save" in the question cannot save, so the
    // draft stays, and it says so; the next retry's failure (every 2 s)
    // does not cover that (found in review: "New" seemed to do nothing).
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    click(&mut h, "Save");
    let stays = |app: &App| {
        app.state
            .notice
            .as_ref()
            .is_some_and(|n| n.text.to_string().contains("so this draft stays open"))
    };
    assert!(stays(h.state()), "{:?}", h.state().state.notice);
    let retried = Instant::now();
    while retried.elapsed() < Duration::from_millis(2_500) {
        std::thread::sleep(Duration::from_millis(100));
        h.run();
    }
    assert!(stays(h.state()), "{:?}", h.state().state.notice);
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );

    full.store(false, Ordering::SeqCst);
    wait_for(&mut h, "the retry", |app| !app.state.dirty);
    assert_eq!(saved_name(dir.path(), &h).as_deref(), Some("Testperson"));
    assert!(is_shown(&h, "Saving works again: your draft is saved."));
}

/// An export is not the end of a referral's record (it is still to be
/// marked sent, then followed up): no offer to delete the draft, which
/// stays, saying it is exported and not yet marked as sent.
#[test]
fn after_an_export_the_draft_stays_as_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/child-complete.json"
    ))
    .unwrap();
    let draft = prevent_referral::record::draft::open_as_draft(&bytes, &clock()).unwrap();
    lib.save(&draft, Context::new(clock().today())).unwrap();

    let library = Library::open(dir.path(), common::keys()).unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app.with_library(library, Box::new(|| {})));
    h.state_mut().open_library_draft(draft.id);
    h.run();
    let out = dir.path().join("export.json");
    picks.borrow_mut().save.push_back(out.clone());
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    assert!(out.exists());
    assert!(is_shown(&h, "The referral was exported"));
    click(&mut h, "Not now");
    assert!(!is_shown(&h, "Delete the draft"), "no offer to delete");
    assert!(
        h.query_all_by_label_contains("Not yet marked as sent.")
            .next()
            .is_some(),
        "the banner says it is exported, not sent"
    );
    assert_eq!(h.state().state.draft.id, draft.id);
    assert!(lib.load(draft.id).is_ok(), "the draft is kept");
}

/// One screen at a time: the drafts asked for from the settings screen take
/// its place, and going back from them is going back to the referral, not
/// to a settings screen left open underneath.
#[test]
fn a_screen_takes_the_place_of_the_one_before_and_back_is_the_referral() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_in(dir.path(), None);
    click(&mut h, "File");
    click(&mut h, "Settings…");
    assert_eq!(h.state().screen.name(), "settings");
    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run();
    assert_eq!(h.state().screen.name(), "drafts");
    assert!(h.state().screen.settings().is_none());
    click(&mut h, "Back to the referral");
    assert!(h.state().screen.is_form(), "{:?}", h.state().screen);
    assert!(h.query_by_label("Back to the referral").is_none());
}
