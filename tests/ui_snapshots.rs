//! Screenshots of the real pages, rendered with wgpu (on CI, Mesa's software
//! renderer; set WGPU_BACKEND=gl). Update them with UPDATE_SNAPSHOTS=1 and
//! look at every changed image before committing it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod ui_support;

use eframe::egui;
use egui_kittest::Harness;
use prevent_referral::app::{App, Settings};
use prevent_referral::clock::Clock;
use prevent_referral::model::SectionId;
use prevent_referral::ui::Page;
use ui_support::*;

fn snapshot_harness(app: App, height: f32) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size([900.0, height])
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_ui_state(|ui, app: &mut App| app.frame(ui), app);
    h.run();
    h
}

#[test]
fn task_list() {
    let (app, _) = app_with(Settings::default());
    let mut h = snapshot_harness(app, 560.0);
    h.snapshot("task_list");
}

#[test]
fn a_page_with_errors() {
    let (app, _) = app_with(Settings::default());
    let mut h = snapshot_harness(app, 1500.0);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", "Alex");
    type_in(&mut h, "Date of birth Day", "31");
    type_in(&mut h, "Date of birth Month", "feb");
    type_in(&mut h, "Date of birth Year", "2011");
    click(&mut h, "Save and continue");
    // Take focus off the summary link so the image does not depend on it.
    h.state_mut().state.focus = None;
    h.run();
    h.snapshot("person_with_errors");
}

#[test]
fn check_your_answers() {
    let (mut app, _) = app_with(Settings::default());
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/child-complete.json"
    ))
    .unwrap();
    let draft = prevent_referral::draft::open_as_draft(&bytes, &clock()).unwrap();
    app.state = prevent_referral::ui::FormState::new(draft, clock().today());
    let mut h = snapshot_harness(app, 2600.0);
    assert_eq!(h.state().state.page, Page::Section(SectionId::Declaration));
    h.snapshot("check_your_answers");
}

#[test]
fn first_start_passphrase_screen() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = app_with(Settings::default());
    let mut h = snapshot_harness(app.with_data_dir(dir.path(), Box::new(|| {})), 640.0);
    type_in(&mut h, "Passphrase", "marmalade orbit quietly");
    h.run();
    h.snapshot("first_start_passphrase");
}
