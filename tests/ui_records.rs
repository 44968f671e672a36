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
use prevent_referral::model::SectionId;
use prevent_referral::record::history::{Event, sha256_hex};
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

    // Exported is not sent: still open to change until marked as sent.
    dismiss_offers(&mut h);
    assert!(!h.state().state.draft.history.is_sent());
    h.run();
    assert!(
        !h.state().state.read_only,
        "exported, not sent: still editable"
    );
    mark_sent_in_app(&mut h);
    // Sent: read-only until a correction, which needs a reason.
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

/// Marks the exported referral sent through the app: the banner's "Mark
/// as sent", the form on the history screen (a missing answer shown beside
/// its box first, with nothing recorded), then back to the referral.
fn mark_sent_in_app(h: &mut Harness<'_, App>) {
    h.run();
    click(h, "Mark as sent");
    assert!(is_shown(h, "Mark this referral as sent"), "no form");
    let before = h.state().state.draft.history.len();
    click(h, "Mark as sent");
    assert!(is_shown(h, "Error: Select how you sent it"));
    assert!(is_shown(h, "Error: Enter who you sent it to"));
    assert_eq!(h.state().state.draft.history.len(), before, "nothing noted");
    click(h, "How did you send it? Secure email");
    type_in(h, "Who did you send it to?", "Westshire Prevent team");
    click(h, "Mark as sent");
    assert!(
        h.state().state.draft.history.is_sent(),
        "not marked: {:?}",
        h.state().record_form
    );
    click(h, "Back to the referral");
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

/// A referral named `name`, saved, whose history has `renames` entries
/// more than the app recorded.
fn a_referral_with_renames(dir: &Path, name: &str, renames: usize) -> Harness<'static, App> {
    let (mut h, _picks) = app_in(dir);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", name);
    wait_saved(&mut h);
    let clock = prevent_referral::record::history::HistoryClock::start(&clock());
    let id = h.state().state.draft.id;
    for _ in 0..renames {
        h.state_mut()
            .state
            .draft
            .history
            .record(id, &clock, Event::Renamed);
    }
    h
}

#[test]
fn the_history_screen_opens_from_the_file_menu_newest_first_a_hundred_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    // 250 renames on top of what the app recorded.
    let mut h = a_referral_with_renames(dir.path(), "Qzxvhistory", 250);
    let total = h.state().state.draft.history.len();
    click(&mut h, "File");
    click(&mut h, "History of this referral");
    let intro = "Everything that has happened to this referral on this computer, newest first. \
                 Answers are never copied here: only which questions changed. \
                 What happened after sending is kept as you recorded it.";
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

/// The history screen opens at its top each time, not where it was last
/// scrolled (a minor point of the walk report): scrolled to its end in a
/// short window, left and opened again, its introduction is in sight; and
/// the page it was left for is as it was.
#[test]
fn the_history_screen_opens_at_its_top_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = a_referral_with_renames(dir.path(), "Qzxvscroll", 60);
    h.set_size(eframe::egui::vec2(1000.0, 600.0));
    h.run();
    let intro = "Everything that has happened to this referral on this computer, newest first. \
                 Answers are never copied here: only which questions changed. \
                 What happened after sending is kept as you recorded it.";
    click(&mut h, "File");
    click(&mut h, "History of this referral");
    assert!(in_sight(&h, intro), "opens at the top");
    h.event(eframe::egui::Event::PointerMoved(eframe::egui::pos2(
        400.0, 300.0,
    )));
    for _ in 0..10 {
        h.event(eframe::egui::Event::MouseWheel {
            unit: eframe::egui::MouseWheelUnit::Point,
            delta: eframe::egui::vec2(0.0, -2000.0),
            phase: eframe::egui::TouchPhase::Move,
            source: eframe::egui::MouseWheelSource::Wheel,
            modifiers: eframe::egui::Modifiers::NONE,
        });
        h.run();
    }
    assert!(!in_sight(&h, intro), "scrolled away from the top");
    h.event(eframe::egui::Event::PointerGone);
    click(&mut h, "Back to the referral");
    assert!(!is_shown(&h, intro), "left the history");
    assert!(
        in_sight(&h, "Given name(s)"),
        "the page as it was, not scrolled as the history was"
    );
    click(&mut h, "File");
    // After the wheel events, the first accessibility click on the menu
    // bar's File does not open it under kittest (without them it does);
    // the second does.
    if !is_shown(&h, "History of this referral") {
        click(&mut h, "File");
    }
    click(&mut h, "History of this referral");
    assert!(in_sight(&h, intro), "opened again at its top");
}

/// Shown, and inside the window (egui keeps in the accessibility tree what
/// a scroll area has moved out of sight).
fn in_sight(h: &Harness<'_, App>, name: &str) -> bool {
    h.query_all_by_label(name)
        .any(|node| node.rect().bottom() > 0.0 && node.rect().top() < 600.0)
}

// Issue 25: a record that can be trusted.

/// A sitting's typing is one "saved" entry, not one per pause: two
/// questions typed with saves between them give one entry naming both.
#[test]
fn a_sitting_is_one_saved_entry_naming_every_question_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _picks) = app_in(dir.path());
    open_section(&mut h, "1. About the person");
    for (question, answer) in [
        ("Given name(s)", "Qzxvone"),
        ("Family name", "Qzxvtwo"),
        ("Given name(s)", " again"),
    ] {
        type_in(&mut h, question, answer);
        wait_saved(&mut h);
    }
    let saves: Vec<Vec<String>> = events(&h)
        .into_iter()
        .filter_map(|e| match e {
            Event::Saved { changed } => Some(changed.into_iter().map(|c| c.path).collect()),
            _ => None,
        })
        .collect();
    assert_eq!(
        saves,
        vec![vec![
            "referral.person.given_names".to_owned(),
            "referral.person.family_name".to_owned()
        ]],
        "one entry for the sitting"
    );
    assert_eq!(
        h.state()
            .library()
            .unwrap()
            .load(h.state().state.draft.id)
            .unwrap()
            .history
            .check(),
        prevent_referral::record::history::Check::Holds
    );
}

/// After a correction: the export is offered under a new name, the file
/// first sent is never replaced, and opening it shows it as it was sent.
#[test]
fn a_correction_never_replaces_what_was_sent_and_the_first_export_opens_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (mut h, picks) = app_in(dir.path());
    let first = export_complete(&mut h, &picks, out.path());
    dismiss_offers(&mut h);
    wait_saved(&mut h);
    mark_sent_in_app(&mut h);
    let sent = std::fs::read(&first).unwrap();
    let given = h.state().state.draft.referral.person.given_names.clone();
    // The "Referral exported" panel belongs to that export.
    h.state_mut().state.go(Page::Section(SectionId::Person));
    h.run();
    click(&mut h, "Make a correction");
    type_in(
        &mut h,
        "Why does the referral need correcting?",
        "The given name was misspelt",
    );
    click(&mut h, "Start the correction");
    assert!(h.state().state.exported.is_none());
    h.state_mut().state.draft.referral.person.given_names = "Corrected".into();
    h.state_mut().state.dirty = true;
    h.state_mut()
        .state
        .go(Page::Section(SectionId::Declaration));
    h.run();
    // Saving over the file first sent: refused, the file untouched.
    picks.borrow_mut().save.push_back(first.clone());
    click(&mut h, "Export referral");
    assert!(
        h.query_all_by_label_contains("what was sent is never replaced")
            .next()
            .is_some()
    );
    assert_eq!(std::fs::read(&first).unwrap(), sent);
    let offered = picks.borrow().suggested.last().cloned().unwrap();
    assert!(offered.contains("-correction-1"), "{offered}");
    // Under its own name: written.
    let second = out.path().join(&offered);
    picks.borrow_mut().save.push_back(second.clone());
    click(&mut h, "Export referral");
    assert!(second.exists());
    dismiss_offers(&mut h);
    wait_saved(&mut h);
    // The first export opens as it was sent, read-only, not the correction.
    picks.borrow_mut().open.push_back(first);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::O);
    h.run();
    assert_eq!(h.state().state.draft.referral.person.given_names, given);
    assert!(h.state().received && h.state().read_only);
    assert!(
        h.query_all_by_label_contains("exactly as it was exported")
            .next()
            .is_some()
    );
}

/// Slow work runs off the window's thread: while a PDF copy is being made
/// the window goes on, Hide works, and Cancel drops the copy unwritten.
#[test]
fn hide_works_while_a_pdf_is_made_and_cancel_drops_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, picks) = app_in(dir.path());
    h.state_mut().set_task_wait(Duration::ZERO);
    // A long answer, so the copy takes a while to lay out.
    h.state_mut().state.draft.referral.concerns.description =
        "He talks about the attack every day. ".repeat(1300);
    h.run();
    let start_copy = |h: &mut Harness<'_, App>| {
        h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::P);
        h.step();
    };
    start_copy(&mut h);
    assert!(h.state().task_running(), "the copy is made off the window");
    h.step();
    assert!(
        h.query_all_by_label_contains("Making the PDF copy")
            .next()
            .is_some()
    );
    // Cancel: nothing is asked, nothing written, nothing recorded.
    h.get_by_label("Cancel").click_accesskit();
    h.step();
    h.step();
    assert!(!h.state().task_running());
    assert!(is_shown(
        &h,
        "Making the PDF copy was cancelled. Nothing was written."
    ));
    // Hide while another copy is being made: the plain screen at once.
    start_copy(&mut h);
    assert!(h.state().task_running());
    h.get_by_label("Hide").click_accesskit();
    h.step();
    h.step();
    assert!(h.state().hidden, "Hide works while the copy is made");
    // Let the work end: the cancelled copy never asked where to save.
    std::thread::sleep(Duration::from_secs(1));
    for _ in 0..4 {
        h.step();
    }
    assert!(
        picks
            .borrow()
            .suggested
            .iter()
            .all(|s| !s.ends_with(".pdf"))
    );
    assert!(
        !h.state()
            .state
            .draft
            .history
            .entries()
            .iter()
            .any(|e| matches!(e.event, Event::PdfMade { .. }))
    );
}

/// A history changed outside the program is said plainly where the person
/// works, and they choose what to do.
#[test]
fn a_history_that_does_not_hold_is_shown_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _picks) = app_in(dir.path());
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", "Qzxvchain");
    wait_saved(&mut h);
    let id = h.state().state.draft.id;
    // A new entry at the front, as a clumsy rewrite would leave it.
    let clock = prevent_referral::record::history::HistoryClock::start(&clock());
    let mut other = prevent_referral::record::history::History::default();
    other.record(uuid::Uuid::new_v4(), &clock, Event::Renamed);
    let entries: Vec<_> = other
        .entries()
        .iter()
        .chain(h.state().state.draft.history.entries())
        .cloned()
        .collect();
    let text = serde_json::to_string(&entries).unwrap();
    let broken = prevent_referral::record::history::History::from_text(&text, id).unwrap();
    assert_ne!(
        broken.check(),
        prevent_referral::record::history::Check::Holds
    );
    h.state_mut().state.draft.history = broken;
    h.run();
    assert!(is_shown(
        &h,
        "This referral's history may have been changed"
    ));
    click(&mut h, "Carry on with this referral");
    assert!(!is_shown(
        &h,
        "This referral's history may have been changed"
    ));
}

// Issue 22: after sending.

/// A referral exported through the app, then marked sent and followed up
/// (through the record's own checks: the app's forms come next), shows
/// each entry in words on the history screen, with the export's SHA-256.
#[test]
fn the_history_screen_shows_the_sending_and_what_happened_next() {
    use prevent_referral::record::history::{Outcome, describe};
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (mut h, picks) = app_in(dir.path());
    let file = export_complete(&mut h, &picks, out.path());
    dismiss_offers(&mut h);
    wait_saved(&mut h);
    mark_sent_in_app(&mut h);
    // What happened next, through its form: the kind first, then its boxes.
    click(&mut h, "What happened next");
    click(&mut h, "Record what happened next");
    let before = h.state().state.draft.history.len();
    click(&mut h, "Save this entry");
    assert!(is_shown(&h, "Error: Select what happened"));
    click(
        &mut h,
        "What happened? Contact with the Prevent officer or another agency",
    );
    click(&mut h, "Save this entry");
    assert!(is_shown(&h, "Error: Enter who you were in contact with"));
    assert_eq!(h.state().state.draft.history.len(), before, "nothing noted");
    click(&mut h, "What happened? The outcome we were told");
    click(
        &mut h,
        "What did the Prevent team say? Signposted to another service",
    );
    type_in(
        &mut h,
        "The reason they gave (optional)",
        "Support from the school nurse",
    );
    click(&mut h, "Save this entry");
    assert!(
        h.state().record_form.is_none(),
        "{:?}",
        h.state().record_form
    );
    let told = format!(
        "Outcome: Signposted to another service (told on {})",
        prevent_referral::i18n::long_date(clock_today())
    );
    assert!(is_shown(&h, &told), "{told}");
    wait_saved(&mut h);
    let history = &h.state().state.draft.history;
    assert_eq!(history.outcome().map(|(o, _)| o), Some(Outcome::Signposted));
    let entries: Vec<Event> = history.entries().iter().map(|e| e.event.clone()).collect();
    // Saved with the draft, not only on screen.
    assert_eq!(events(&h), entries);
    let sent_line = describe(&entries[entries.len() - 2]).unwrap();
    assert!(
        sent_line.contains(&sha256_hex(&std::fs::read(&file).unwrap())),
        "{sent_line}"
    );
    for line in [sent_line, describe(&entries[entries.len() - 1]).unwrap()] {
        assert!(is_shown(&h, &line), "not on the history screen: {line}");
    }
}
