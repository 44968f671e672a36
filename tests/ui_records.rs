//! Record keeping through the real app, with a drafts library and a
//! passphrase: each event recorded once, the export's fingerprint matching
//! the file, a sent referral that cannot change without a reason, nothing of
//! the history readable on disk, the home screen, and an export of a
//! referral already kept here opening that draft.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod ui_support;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use prevent_referral::app::{App, Gate, Settings};
use prevent_referral::history::{Event, sha256_hex};
use prevent_referral::model::SectionId;
use prevent_referral::ui::Page;
use std::path::Path;
use std::time::{Duration, Instant};
use ui_support::*;

const PASSPHRASE: &str = "marmalade orbit quietly ninety";

fn app_in(
    dir: &Path,
) -> (
    Harness<'static, App>,
    std::rc::Rc<std::cell::RefCell<Picks>>,
) {
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app.with_data_dir(dir, Box::new(|| {})));
    type_in(&mut h, "Passphrase", PASSPHRASE);
    type_in(&mut h, "Type the passphrase again", PASSPHRASE);
    click(&mut h, "Set passphrase and start");
    assert_eq!(h.state().session.gate, Gate::Open);
    (h, picks)
}

fn wait_saved(h: &mut Harness<'_, App>) {
    let start = Instant::now();
    while h.state().state.dirty {
        assert!(start.elapsed() < Duration::from_secs(20), "not saved");
        std::thread::sleep(Duration::from_millis(50));
        h.run();
    }
}

fn complete_referral() -> prevent_referral::model::Referral {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/child-complete.json"),
    )
    .unwrap();
    prevent_referral::export::read_export(text.as_bytes())
        .unwrap()
        .referral
}

/// Fills in the whole referral and exports it to `referral.json` in `out`.
fn export_complete(
    h: &mut Harness<'_, App>,
    picks: &std::rc::Rc<std::cell::RefCell<Picks>>,
    out: &Path,
) -> std::path::PathBuf {
    h.state_mut().state.draft.referral = complete_referral();
    h.state_mut().state.dirty = true;
    h.state_mut()
        .state
        .go(Page::Section(SectionId::Declaration));
    h.run();
    let file = out.join("referral.json");
    picks.borrow_mut().save.push_back(file.clone());
    click(h, "Export referral");
    file
}

fn events(h: &Harness<'_, App>) -> Vec<Event> {
    let id = h.state().state.draft.id;
    let saved = h.state().library().unwrap().load(id).unwrap();
    saved
        .history
        .entries()
        .iter()
        .map(|e| e.event.clone())
        .collect()
}

#[test]
fn each_event_is_recorded_once_and_a_sent_referral_changes_only_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (mut h, picks) = app_in(dir.path());
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", "Qzxvrecord");
    wait_saved(&mut h);
    let got = events(&h);
    assert_eq!(
        got.iter().filter(|e| matches!(e, Event::Created)).count(),
        1,
        "{got:?}"
    );
    let saves: Vec<_> = got
        .iter()
        .filter_map(|e| match e {
            Event::Saved { changed } => Some(changed.clone()),
            _ => None,
        })
        .collect();
    assert!(
        saves
            .iter()
            .flatten()
            .any(|c| c.path == "referral.person.given_names"),
        "{saves:?}"
    );

    // Export the whole referral: one export event, its fingerprint the file's.
    let file = export_complete(&mut h, &picks, out.path());
    assert!(file.exists());
    wait_saved(&mut h);
    let exports: Vec<String> = events(&h)
        .into_iter()
        .filter_map(|e| match e {
            Event::Exported { sha256, .. } => Some(sha256),
            _ => None,
        })
        .collect();
    assert_eq!(exports, vec![sha256_hex(&std::fs::read(&file).unwrap())]);

    // Sent: read-only until a correction, which needs a reason.
    dismiss_offers(&mut h);
    assert!(h.state().state.draft.history.is_sent());
    assert!(h.state().state.read_only, "a sent referral opens read-only");
    h.state_mut().state.go(Page::Section(SectionId::Person));
    h.run();
    click(&mut h, "Make a correction");
    click(&mut h, "Start the correction");
    assert!(is_shown(
        &h,
        "Error: Enter why the referral needs correcting"
    ));
    assert!(h.state().state.read_only, "no reason, no change");
    type_in(
        &mut h,
        "Why does the referral need correcting?",
        "The school's name was wrong",
    );
    click(&mut h, "Start the correction");
    assert!(!h.state().state.read_only);
    wait_saved(&mut h);
    let corrected: Vec<String> = events(&h)
        .into_iter()
        .filter_map(|e| match e {
            Event::Corrected { reason } => Some(reason),
            _ => None,
        })
        .collect();
    assert_eq!(corrected, vec!["The school's name was wrong".to_owned()]);

    // Nothing of the history is readable on disk: not the answer, not the
    // labels of the questions it names, not the reason.
    for needle in ["Qzxvrecord", "Given name(s)", "school's name was wrong"] {
        let mut files = Vec::new();
        all_files(dir.path(), &mut files);
        for (path, bytes) in files {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle} in plain text in {path}"
            );
        }
    }
}

fn all_files(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            all_files(&path, out);
        } else {
            out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
}

#[test]
fn the_home_screen_continues_a_referral_and_an_export_already_kept_opens_its_draft() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (mut h, picks) = app_in(dir.path());
    let file = export_complete(&mut h, &picks, out.path());
    dismiss_offers(&mut h);
    wait_saved(&mut h);
    let id = h.state().state.draft.id;
    drop(h);

    // Next start: the home screen lists it by the person's name.
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app.with_data_dir(dir.path(), Box::new(|| {})));
    type_in(&mut h, "Passphrase", PASSPHRASE);
    click(&mut h, "Unlock");
    assert!(is_shown(&h, "Your referrals"), "no home screen");
    assert!(is_shown(&h, "Start a new referral"));
    type_in(&mut h, "Search by name, school or label", "Northfield");
    assert!(
        h.query_all_by_label_contains("Continue the referral for")
            .next()
            .is_some()
    );
    type_in(
        &mut h,
        "Search by name, school or label",
        "nobody-like-this",
    );
    assert!(is_shown(&h, "No referrals match your search."));
    // Opening the export again opens the draft kept here, not a copy.
    picks.borrow_mut().open.push_back(file);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::O);
    h.run();
    assert_eq!(h.state().state.draft.id, id);
    let listed = h
        .state()
        .library()
        .unwrap()
        .list(prevent_referral::rules::Context::new(clock_today()))
        .unwrap();
    assert_eq!(listed.len(), 1, "a second copy was made");
}

fn clock_today() -> chrono::NaiveDate {
    use prevent_referral::clock::Clock;
    clock().today()
}

/// After an export: "Not now" to the PDF copy, and keep the draft.
fn dismiss_offers(h: &mut Harness<'_, App>) {
    if is_shown(h, "Not now") {
        click(h, "Not now");
    }
    if is_shown(h, "Keep the draft") {
        click(h, "Keep the draft");
    }
}

#[test]
fn the_history_screen_opens_from_the_file_menu_newest_first_a_hundred_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _picks) = app_in(dir.path());
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", "Qzxvhistory");
    wait_saved(&mut h);
    // 250 renames on top of what the app recorded.
    let clock = prevent_referral::history::HistoryClock::start(&clock());
    let id = h.state().state.draft.id;
    for _ in 0..250 {
        h.state_mut()
            .state
            .draft
            .history
            .record(id, &clock, Event::Renamed);
    }
    let total = h.state().state.draft.history.len();
    click(&mut h, "File");
    click(&mut h, "History of this referral");
    let intro = "Everything that has happened to this referral on this computer, newest first. \
                 Answers are never copied here: only which questions changed.";
    assert!(is_shown(&h, intro), "no history screen");
    assert!(
        is_shown(&h, &format!("Showing the newest 100 of {total} entries.")),
        "{total}"
    );
    let shown = |h: &Harness<'_, App>| h.query_all_by_label("The referral was renamed.").count();
    assert_eq!(shown(&h), 100, "the newest hundred");
    click(&mut h, "Show 100 older entries");
    assert_eq!(shown(&h), 200);
    let rest = total - 200;
    click(&mut h, &format!("Show {rest} older entries"));
    assert_eq!(shown(&h), 250);
    assert!(
        is_shown(&h, "The referral was started."),
        "the oldest entry last"
    );
    click(&mut h, "Back to the referral");
    assert!(!is_shown(&h, intro));
    assert!(is_shown(&h, "Given name(s)"), "back where it was");
}
