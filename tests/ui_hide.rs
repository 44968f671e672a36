//! "Hide now", driven through the real app with a drafts library and a
//! passphrase: Shift three times, Ctrl+L or the Hide button, on every
//! screen, cover the window at once, leave nothing of the referral in the
//! accessibility tree or the title, save the work and lock.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod ui_support;

use eframe::egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use prevent_referral::app::{App, Gate, Settings};
use std::path::Path;
use ui_support::*;

const PASSPHRASE: &str = "marmalade orbit quietly ninety";
const NAME: &str = "Qzxvhidden";

fn app_in(dir: &Path) -> Harness<'static, App> {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app.with_data_dir(dir, Box::new(|| {})));
    type_in(&mut h, "Passphrase", PASSPHRASE);
    type_in(&mut h, "Type the passphrase again", PASSPHRASE);
    click(&mut h, "Set passphrase and start");
    assert_eq!(h.state().session.gate, Gate::Open);
    h
}

fn shift(h: &mut Harness<'_, App>) {
    for pressed in [true, false] {
        h.input_mut().events.push(Event::Key {
            key: Key::ShiftLeft,
            physical_key: Some(Key::ShiftLeft),
            pressed,
            repeat: false,
            modifiers: if pressed {
                Modifiers::SHIFT
            } else {
                Modifiers::NONE
            },
        });
        h.run();
    }
}

/// Every name and value in the accessibility tree.
fn everything_said(h: &Harness<'_, App>) -> Vec<String> {
    let root = h.root();
    std::iter::once(root)
        .chain(root.children_recursive())
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value(), node.description()]
        })
        .flatten()
        .collect()
}

/// The window shows the plain screen and nothing else.
fn assert_hidden(h: &Harness<'_, App>, what: &str) {
    assert!(h.state().hidden, "{what}: not hidden");
    let said = everything_said(h);
    assert!(
        said.iter().all(|s| !s.contains(NAME)
            && !s.contains("referral")
            && !s.contains("About the person")),
        "{what}: the tree still says {said:?}"
    );
    assert_eq!(h.state().window_title_shown(), "Prevent Referral", "{what}");
    assert!(said.iter().any(|s| s == "Continue"), "{what}: {said:?}");
}

fn type_a_name(h: &mut Harness<'_, App>) {
    open_section(h, "1. About the person");
    type_in(h, "Given name(s)", NAME);
}

fn back(h: &mut Harness<'_, App>) {
    click(h, "Continue");
    assert_eq!(h.state().session.gate, Gate::Locked);
    type_in(h, "Passphrase", PASSPHRASE);
    click(h, "Unlock");
    assert_eq!(h.state().session.gate, Gate::Open);
    assert!(!h.state().hidden);
}

#[test]
fn shift_three_times_hides_saves_and_locks_and_the_passphrase_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_in(dir.path());
    type_a_name(&mut h);
    for _ in 0..3 {
        shift(&mut h);
    }
    assert_hidden(&h, "the form");
    // Saved before it locked.
    assert!(!h.state().state.dirty, "the work was not saved");
    let library = h.state().library().unwrap();
    let id = h.state().state.draft.id;
    let saved = library.load(id).unwrap();
    assert_eq!(saved.referral.person.given_names, NAME);
    // Everything comes back where it was.
    back(&mut h);
    assert!(is_shown(&h, "About the person"));
    assert_eq!(h.state().state.draft.referral.person.given_names, NAME);
}

#[test]
fn shift_with_another_key_between_does_not_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_in(dir.path());
    type_a_name(&mut h);
    shift(&mut h);
    shift(&mut h);
    // Shift+A, as in typing a capital: not a third press on its own.
    h.key_press_modifiers(Modifiers::SHIFT, Key::A);
    h.run();
    shift(&mut h);
    assert!(!h.state().hidden);
    shift(&mut h);
    assert!(!h.state().hidden, "only two since the other key");
    shift(&mut h);
    assert_hidden(&h, "three after the other key");
}

#[test]
fn the_button_and_the_shortcut_hide_on_every_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_in(dir.path());
    type_a_name(&mut h);
    type Open = fn(&mut Harness<'_, App>);
    let screens: [(&str, Open); 3] = [
        ("the form", |_| {}),
        ("the drafts screen", |h| {
            h.key_press_modifiers(Modifiers::COMMAND, Key::D);
            h.run();
            assert!(h.state().screen.drafts().is_some());
        }),
        ("the settings screen", |h| {
            click(h, "File");
            click(h, "Settings…");
            assert!(h.state().screen.settings().is_some());
        }),
    ];
    for (what, open) in screens {
        open(&mut h);
        click(&mut h, "Hide");
        assert_hidden(&h, &format!("{what}, with the button"));
        back(&mut h);
        open(&mut h);
        h.key_press_modifiers(Modifiers::COMMAND, Key::L);
        h.run();
        assert_hidden(&h, &format!("{what}, with Ctrl+L"));
        back(&mut h);
        open(&mut h);
        for _ in 0..3 {
            shift(&mut h);
        }
        assert_hidden(&h, &format!("{what}, with Shift three times"));
        back(&mut h);
    }
}
