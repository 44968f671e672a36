//! What a screen reader gets, read from the AccessKit tree that the
//! platform adapters are given: the window's name and language, one level-1
//! heading per page, each input's error and hint in its description (what
//! Linux's adapter passes to Orca), and radios and checkboxes grouped under
//! their question. On every page, with its problems shown.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod ui_support;

use egui::accesskit::Role;
use egui_kittest::kittest::{By, NodeT, Queryable};
use prevent_referral::app::Settings;
use prevent_referral::form::{self, Facts, Kind};
use prevent_referral::model::SectionId;
use prevent_referral::ui::Page;
use ui_support::*;

use eframe::egui;

const INPUTS: [Role; 4] = [
    Role::TextInput,
    Role::MultilineTextInput,
    Role::RadioButton,
    Role::CheckBox,
];

#[test]
fn the_window_is_named_by_its_title_and_carries_its_language() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    h.run();
    let title = h.state().window_title();
    let root = h.root();
    let node = root.accesskit_node();
    assert_eq!(node.role(), Role::Window);
    assert_eq!(node.label().as_deref(), Some(title.as_str()));
    assert_eq!(node.language(), Some("en-GB"));
}

#[test]
fn every_page_has_one_main_heading_and_every_error_and_hint_reaches_its_input() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    for section in SectionId::ALL {
        h.state_mut().state.go(Page::Section(section));
        h.run();
        if section != SectionId::Start {
            h.state_mut().state.save_and_continue(section);
        }
        h.run();
        h.run();
        let state = &h.state().state;
        assert_eq!(
            state.page,
            Page::Section(section),
            "{section:?} had no problems"
        );

        let headings: Vec<String> = h
            .query_all(By::new().role(Role::Heading))
            .filter(|n| n.accesskit_node().level() == Some(1))
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .collect();
        assert_eq!(headings, vec![section.title().to_owned()], "{section:?}");

        let inputs: Vec<(String, String)> = INPUTS
            .iter()
            .flat_map(|role| h.query_all(By::new().role(*role)).collect::<Vec<_>>())
            .map(|n| {
                let node = n.accesskit_node();
                (
                    node.label().unwrap_or_default(),
                    node.description().unwrap_or_default(),
                )
            })
            .collect();
        // Each problem shown is read with an input, error first.
        for p in &state.shown {
            let said = format!("Error: {}", p.message);
            assert!(
                inputs.iter().any(|(_, d)| d.starts_with(&said)),
                "{section:?}: no input is described by {said:?}"
            );
        }
        // Each hint of a question on the page is read with its input.
        let facts = Facts {
            referral: &state.draft.referral,
            under_18: state.under_18(),
            entry: None,
        };
        for q in form::questions(section) {
            if !q.is_asked(&facts) || matches!(q.kind, Kind::List { .. }) {
                continue;
            }
            let Some(hint) = q.hint_text() else { continue };
            assert!(
                inputs.iter().any(|(_, d)| d.contains(hint)),
                "{section:?}: the hint of {} reaches no input",
                q.path
            );
        }
    }
}

#[test]
fn radios_and_checkboxes_are_grouped_under_their_question() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    for section in [SectionId::Person, SectionId::Concerns, SectionId::Needs] {
        h.state_mut().state.go(Page::Section(section));
        h.run();
        h.run();
        let mut groups = 0;
        for role in [Role::RadioButton, Role::CheckBox] {
            for option in h.query_all(By::new().role(role)) {
                let mut parent = option.parent();
                let mut found = None;
                while let Some(p) = parent {
                    let node = p.accesskit_node();
                    if matches!(node.role(), Role::RadioGroup | Role::Group)
                        && node.label().is_some()
                    {
                        found = node.label();
                        break;
                    }
                    parent = p.parent();
                }
                let question = found.unwrap_or_else(|| {
                    panic!(
                        "{section:?}: {:?} is in no named group",
                        option.accesskit_node().label()
                    )
                });
                // Its own name starts with the question it answers.
                let name = option.accesskit_node().label().unwrap_or_default();
                assert!(
                    name.starts_with(question.as_str()),
                    "{name} is not under {question}"
                );
                groups += 1;
            }
        }
        assert!(groups > 0, "{section:?} has no radios or checkboxes");
    }
}
