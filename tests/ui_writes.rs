//! Writes off the window's thread (an export, a PDF copy, a draft saved
//! where the person chose), through a disk that holds each write as a
//! slow network folder does: the window goes on, nothing is recorded or
//! called saved before the file is there, and closing waits for it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
mod ui_support;

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::kittest::Queryable;
use prevent_referral::app::Settings;
use prevent_referral::model::SectionId;
use prevent_referral::ui::Page;
use std::time::Duration;
use ui_support::*;

/// A disk that holds each write until told to go on, as a slow network
/// folder does; then writes as the app's own writer does.
struct SlowDisk(std::sync::Mutex<std::sync::mpsc::Receiver<()>>);

impl prevent_referral::record::library::Writer for SlowDisk {
    fn write(&self, path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
        prevent_referral::record::library::DiskWriter.write(path, bytes)
    }

    fn write_to(
        &self,
        to: &prevent_referral::storage::destination::Destination,
        bytes: &[u8],
    ) -> std::io::Result<()> {
        let go = self.0.lock().unwrap().recv_timeout(Duration::from_secs(60));
        assert!(go.is_ok(), "never told to go on");
        prevent_referral::record::library::DiskWriter.write_to(to, bytes)
    }
}

/// The app writing through a [`SlowDisk`]: its harness, the picks it will
/// be given, and the sender that tells the disk to go on.
fn on_a_slow_disk() -> (
    egui_kittest::Harness<'static, prevent_referral::app::App>,
    std::rc::Rc<std::cell::RefCell<Picks>>,
    std::sync::mpsc::Sender<()>,
) {
    let (go, wait) = std::sync::mpsc::channel();
    let (app, picks) = app_with(Settings::default());
    let app = app.with_writer(std::sync::Arc::new(SlowDisk(std::sync::Mutex::new(wait))));
    (harness(app), picks, go)
}

/// The complete referral exported to `file` through a [`SlowDisk`], left
/// writing; the sender tells the disk to go on.
fn exporting_to_a_slow_disk(
    file: &std::path::Path,
) -> (
    egui_kittest::Harness<'static, prevent_referral::app::App>,
    std::sync::mpsc::Sender<()>,
) {
    let (mut h, picks, go) = on_a_slow_disk();
    h.state_mut().set_task_wait(Duration::ZERO);
    let text = std::fs::read_to_string(common::fixture("child-complete.json")).unwrap();
    let referral = prevent_referral::export::read_export(text.as_bytes())
        .unwrap()
        .referral;
    h.state_mut().state.draft.referral = referral;
    h.state_mut()
        .state
        .go(Page::Section(SectionId::Declaration));
    h.run();
    picks.borrow_mut().save.push_back(file.to_path_buf());
    // Drawn a frame at a time from here: the spinner never settles.
    h.get_by_label("Export referral").click_accesskit();
    h.step();
    h.step();
    (h, go)
}

/// Draws a frame at a time (the spinner never settles) until the write
/// the disk was told to go on with is taken in.
fn until_written(h: &mut egui_kittest::Harness<'_, prevent_referral::app::App>) {
    let start = std::time::Instant::now();
    while h.state().task_running() {
        assert!(start.elapsed() < Duration::from_secs(30), "never written");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
}

/// Whether the referral on screen records an export.
fn exported(h: &egui_kittest::Harness<'_, prevent_referral::app::App>) -> bool {
    h.state().state.draft.history.entries().iter().any(|e| {
        matches!(
            e.event,
            prevent_referral::record::history::Event::Exported { .. }
        )
    })
}

/// An export to a slow folder is written off the window's thread: the
/// window goes on drawing and says what it is doing (with no Cancel, since
/// the file may be there whatever the window does), nothing is recorded
/// before the file is there, and the referral on screen is not switched
/// away from meanwhile; once written, the export is recorded and said.
#[test]
fn an_export_to_a_slow_folder_is_written_while_the_window_goes_on() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("referral.json");
    let (mut h, go) = exporting_to_a_slow_disk(&file);
    assert!(h.state().task_running(), "written off the window's thread");
    assert!(
        h.query_all_by_label_contains("Saving referral.json")
            .next()
            .is_some()
    );
    assert!(!is_shown(&h, "Cancel"), "a write is not cancelled");
    assert!(!exported(&h), "not recorded before the file is there");
    assert!(!file.exists());
    // Another referral waits until the file is written and recorded.
    let id = h.state().state.draft.id;
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.step();
    h.step();
    assert_eq!(h.state().state.draft.id, id);
    assert!(
        h.query_all_by_label_contains("is still being written")
            .next()
            .is_some()
    );

    go.send(()).unwrap();
    until_written(&mut h);
    h.run();
    assert!(file.exists());
    assert!(exported(&h), "recorded once the file is there");
    assert!(h.state().state.exported.is_some(), "and said");
}

/// Quitting (File > Quit, Ctrl+Q) while an export is written waits for it
/// too: the file is there and recorded before the window goes (found in
/// review, where Quit skipped the wait and left the write half done).
#[test]
fn quitting_while_an_export_is_written_waits_and_records_it() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("referral.json");
    let (mut h, go) = exporting_to_a_slow_disk(&file);
    h.state_mut().state.dirty = false;
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.step();
    // Quit asked the window to close; the close comes back as an event.
    close_while_the_disk_waits(&mut h, go, &file);
}

/// Closing the window while an export is written waits for it, so that
/// the file is recorded before the window goes.
#[test]
fn closing_while_an_export_is_written_waits_and_records_it() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("referral.json");
    let (mut h, go) = exporting_to_a_slow_disk(&file);
    assert!(h.state().task_running());
    close_while_the_disk_waits(&mut h, go, &file);
}

/// A write that does not end within the close's wait (10 s) keeps the
/// window open, saying why; once the file is there, it is recorded.
#[test]
fn a_write_that_goes_on_keeps_the_window_open_and_says_so() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("referral.json");
    let (mut h, go) = exporting_to_a_slow_disk(&file);
    let commands = close_window(&mut h);
    assert!(commands.contains(&egui::ViewportCommand::CancelClose));
    assert!(h.state().task_running());
    let notice = h.state().state.notice.as_ref().map(|n| n.text.to_string());
    assert!(
        notice.unwrap_or_default().contains("still being written"),
        "the window says why it stays"
    );
    go.send(()).unwrap();
    until_written(&mut h);
    assert!(file.exists());
    assert!(exported(&h));
}

/// Closes the window while the disk holds the write, telling it to go on
/// 300 ms later: the window waits, and the file is there and recorded
/// before it goes.
fn close_while_the_disk_waits(
    h: &mut egui_kittest::Harness<'_, prevent_referral::app::App>,
    go: std::sync::mpsc::Sender<()>,
    file: &std::path::Path,
) {
    let later = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        go.send(())
    });
    close_window(h);
    assert!(later.join().unwrap().is_ok());
    assert!(!h.state().task_running());
    assert!(file.exists());
    assert!(exported(h), "recorded before the window goes");
}

/// Work typed, then a new referral asked for with the work unsaved (the
/// question about it open), "Save" to pick `file` on a [`SlowDisk`]; the
/// sender tells the disk to go on.
fn asked_to_save_to_a_slow_disk(
    file: &std::path::Path,
) -> (
    egui_kittest::Harness<'static, prevent_referral::app::App>,
    std::sync::mpsc::Sender<()>,
) {
    let (mut h, picks, go) = on_a_slow_disk();
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");
    h.state_mut().set_task_wait(Duration::ZERO);
    picks.borrow_mut().save.push_back(file.to_path_buf());
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.step();
    h.step();
    (h, go)
}

/// "Save draft as" to a slow folder is written off the window's thread,
/// as an export is: the window goes on and says what it is writing, and
/// the draft is not called saved before the file is there. Asked to save
/// before a new referral, the new one follows only once the file is
/// written, and the work typed stays on screen meanwhile.
#[test]
fn a_draft_saved_to_a_slow_folder_is_written_while_the_window_goes_on() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("draft.json");
    let (mut h, go) = asked_to_save_to_a_slow_disk(&file);
    assert_eq!(
        h.state().dialogs.unsaved(),
        Some(prevent_referral::app::Then::New)
    );
    h.get_by_label("Save").click_accesskit();
    h.step();
    h.step();
    assert!(h.state().task_running(), "written off the window's thread");
    assert!(
        h.query_all_by_label_contains("Saving draft.json")
            .next()
            .is_some()
    );
    assert!(h.state().state.dirty, "not called saved before it is");
    assert!(!file.exists());
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson",
        "the new referral waits for the file"
    );

    go.send(()).unwrap();
    until_written(&mut h);
    h.step();
    h.step();
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Testperson")
    );
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "",
        "then the new referral"
    );
}

/// A draft that could not be written is said, stays unsaved, and what was
/// asked (a new referral) does not follow: the work is still on screen.
#[test]
fn a_draft_that_cannot_be_written_keeps_the_work_on_screen() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("no-such-folder").join("draft.json");
    let (mut h, go) = asked_to_save_to_a_slow_disk(&file);
    h.get_by_label("Save").click_accesskit();
    h.step();
    h.step();
    go.send(()).unwrap();
    until_written(&mut h);
    h.step();
    h.step();
    assert!(!file.exists());
    assert!(h.state().state.dirty);
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );
    let notice = h.state().state.notice.as_ref().map(|n| n.text.to_string());
    let notice = notice.unwrap_or_default();
    assert!(
        notice.contains("draft.json") && notice.contains("the folder does not exist"),
        "the failure is said: {notice}"
    );
}
