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
            age: state.age(),
            minor: prevent_referral::export::FORMAT_MINOR,
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
                // Its own name starts with the question it answers (an
                // optional question's group says "(optional)" once; its
                // answers do not repeat it).
                let name = option.accesskit_node().label().unwrap_or_default();
                let question = question.trim_end_matches(" (optional)");
                assert!(name.starts_with(question), "{name} is not under {question}");
                groups += 1;
            }
        }
        assert!(groups > 0, "{section:?} has no radios or checkboxes");
    }
}

/// WCAG 2.2 AA, measured: every colour pair the style uses, in the light
/// and the dark theme, as `style::apply` leaves them. Text 4.5:1 or more;
/// focus indicators and input boundaries 3:1 or more.
#[test]
fn every_colour_pair_the_style_uses_meets_wcag_aa() {
    use egui::{Color32, Theme};
    use prevent_referral::ui::style::{self, TagKind, contrast};
    let ctx = egui::Context::default();
    style::apply(&ctx);
    let mut failures = Vec::new();
    let mut measured = 0;
    let mut need = |what: &str, fg: Color32, bg: Color32, min: f32| {
        let ratio = contrast(fg, bg);
        measured += 1;
        if ratio < min {
            failures.push(format!(
                "{what}: {fg:?} on {bg:?} is {ratio:.2}:1, under {min}:1"
            ));
        }
    };
    for theme in [Theme::Light, Theme::Dark] {
        let v = ctx.style_of(theme).visuals.clone();
        let text = v.override_text_color.unwrap_or(v.text_color());
        // A translucent colour (premultiplied, as egui keeps them) as it
        // shows on the page.
        let over = |c: Color32, bg: Color32| {
            let keep = 1.0 - f32::from(c.a()) / 255.0;
            let mix = |top: u8, under: u8| {
                (f32::from(top) + f32::from(under) * keep)
                    .round()
                    .min(255.0) as u8
            };
            Color32::from_rgb(mix(c.r(), bg.r()), mix(c.g(), bg.g()), mix(c.b(), bg.b()))
        };
        let grounds = [
            ("the page", v.panel_fill),
            ("a dialog", v.window_fill),
            ("a text box", over(v.text_edit_bg_color(), v.panel_fill)),
            ("a striped row", over(v.faint_bg_color, v.panel_fill)),
        ];
        for (ground, bg) in grounds {
            need(&format!("{theme:?} text on {ground}"), text, bg, 4.5);
        }
        for (ground, bg) in &grounds[..2] {
            let hint = v.weak_text_color();
            need(&format!("{theme:?} hint on {ground}"), hint, *bg, 4.5);
            need(
                &format!("{theme:?} error on {ground}"),
                v.error_fg_color,
                *bg,
                4.5,
            );
            need(
                &format!("{theme:?} warning on {ground}"),
                v.warn_fg_color,
                *bg,
                4.5,
            );
            need(
                &format!("{theme:?} link on {ground}"),
                v.hyperlink_color,
                *bg,
                4.5,
            );
            let focus = v.selection.stroke.color;
            need(&format!("{theme:?} focus on {ground}"), focus, *bg, 3.0);
            let active = v.widgets.active.bg_stroke.color;
            need(
                &format!("{theme:?} focused widget on {ground}"),
                active,
                *bg,
                3.0,
            );
            // The focus ring: one of its two rings stands out on this page.
            let (inner, outer) = style::FOCUS_RING;
            let ring = if style::contrast(inner, *bg) >= style::contrast(outer, *bg) {
                inner
            } else {
                outer
            };
            need(&format!("{theme:?} focus ring on {ground}"), ring, *bg, 3.0);
            let edge = v.widgets.inactive.bg_stroke.color;
            need(
                &format!("{theme:?} input boundary on {ground}"),
                edge,
                *bg,
                3.0,
            );
        }
        // A chosen item ("English" in the language switch).
        need(
            &format!("{theme:?} chosen item"),
            text,
            over(v.selection.bg_fill, v.panel_fill),
            4.5,
        );
        let fixed = style::fixed_answer_fill(theme == Theme::Dark);
        need(
            &format!("{theme:?} answer set by the organisation"),
            text,
            fixed,
            4.5,
        );
    }
    for kind in TagKind::ALL {
        let (fg, bg) = style::tag_colours(kind);
        need(&format!("tag {kind:?}"), fg, bg, 4.5);
    }
    need("the green button", Color32::WHITE, style::GREEN, 4.5);
    assert!(measured > 40, "only {measured} pairs");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
