//! Managed settings in the real UI: what the organisation set is shown as
//! set by it and cannot be changed; an unencrypted copy cannot be made
//! when it is not allowed; a refused policy is said, not half-applied.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
mod ui_support;

use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use prevent_referral::app::Settings;
use prevent_referral::model::Sector;
use prevent_referral::policy::{Loaded, Policy, Source};
use prevent_referral::storage::settings::ExportRecipient;
use ui_support::*;

fn source() -> Source {
    Source::File("/etc/prevent-referral/policy.toml".into())
}

fn policy() -> Policy {
    Policy {
        teams: vec![ExportRecipient {
            name: "Dyfed-Powys Prevent".into(),
            public_key: common::team_keys().public_key(),
        }],
        organisation_name: Some("Ysgol Gyfun Aberaeron".into()),
        sector: Some(Sector::School),
        unencrypted_export: Some(false),
        ..Policy::default()
    }
}

fn ctrl(h: &mut egui_kittest::Harness<'_, prevent_referral::app::App>, key: Key) {
    h.key_press_modifiers(Modifiers::COMMAND, key);
    h.run();
}

#[test]
fn about_you_shows_the_organisation_as_set_and_unchangeable() {
    let (app, _) = app_with(Settings::default());
    let app = app.with_policy(Loaded::InForce(source(), policy()));
    let mut h = harness(app);
    open_section(&mut h, "About you");
    // Read out with its value and who set it; typing changes nothing.
    let field = h.get_by_label("Your organisation");
    assert_eq!(field.value().as_deref(), Some("Ysgol Gyfun Aberaeron"));
    let description = field.accesskit_node().description().unwrap_or_default();
    assert!(
        description.contains("Set by your organisation"),
        "{description}"
    );
    type_in(&mut h, "Your organisation", " and somewhere else");
    let referrer = &h.state().state.draft.referral.referrer;
    assert_eq!(referrer.organisation, "Ysgol Gyfun Aberaeron");
    assert_eq!(referrer.sector, Some(Sector::School));
    // The sector is not offered as a choice to change.
    assert!(!is_shown(&h, "Your sector: Health"));
    // What the person types is theirs as ever.
    type_in(&mut h, "Your full name", "Siân Jones");
    assert_eq!(h.state().state.draft.referral.referrer.name, "Siân Jones");
}

#[test]
fn no_unencrypted_export_when_the_organisation_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (app, picks) = app_with(Settings::default());
    let app = app.with_policy(Loaded::InForce(source(), policy()));
    let mut h = harness(app);
    picks
        .borrow_mut()
        .open
        .push_back(common::fixture("child-complete.json"));
    ctrl(&mut h, Key::O);
    // The organisation's team is offered; unticked, the dialog says why
    // the plain export cannot be made and its button does nothing.
    let plain = dir.path().join("plain.json");
    picks.borrow_mut().save.push_back(plain.clone());
    click(&mut h, "Export referral");
    click(&mut h, "Encrypt for Dyfed-Powys Prevent");
    assert!(
        h.query_all_by_label_contains("do not allow a copy that is not encrypted")
            .next()
            .is_some()
    );
    click(&mut h, "Export without encryption");
    assert!(!plain.exists());
    click(&mut h, "Cancel");

    // Ticked: the export is made, for the team.
    let sealed = dir.path().join("referral.json.age");
    picks.borrow_mut().save.clear();
    picks.borrow_mut().save.push_back(sealed.clone());
    click(&mut h, "Export referral");
    click(&mut h, "Export encrypted");
    let bytes = std::fs::read(&sealed).expect("the export is written");
    assert!(common::team_keys().open(&bytes).is_ok());
}

#[test]
fn a_refused_policy_is_told_and_nothing_of_it_is_used() {
    let (app, _) = app_with(Settings::default());
    let refused = Loaded::Refused(
        source(),
        vec!["OrganisationSector is “scool”, which is not one of: school.".into()],
    );
    let mut h = harness(app.with_policy(refused));
    let notice = notice_text(&h);
    assert!(notice.contains("were not used"), "{notice}");
    assert!(notice.contains("scool"), "{notice}");
    assert!(h.state().teams().is_empty());
    // Fails closed: the value that failed may be the one that says no.
    assert!(!h.state().policy.allows_unencrypted());
    open_section(&mut h, "About you");
    type_in(&mut h, "Your organisation", "Typed by hand");
    assert_eq!(
        h.state().state.draft.referral.referrer.organisation,
        "Typed by hand"
    );
}
