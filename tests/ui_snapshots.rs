//! Screenshots of the real pages, rendered with wgpu (on CI, Mesa's software
//! renderer; set WGPU_BACKEND=gl). Update them with UPDATE_SNAPSHOTS=1 and
//! look at every changed image before committing it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod ui_support;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use prevent_referral::app::{App, Settings};
use prevent_referral::clock::Clock;
use prevent_referral::model::SectionId;
use prevent_referral::ui::Page;
use ui_support::*;

fn snapshot_harness(app: App, height: f32) -> Harness<'static, App> {
    themed_harness(app, height, egui::Theme::Light)
}

fn themed_harness(app: App, height: f32, theme: egui::Theme) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size([900.0, height])
        .with_theme(theme)
        .wgpu()
        .build_ui_state(
            |ui, app: &mut App| app.frame(ui),
            // Each step taken at once (the work still on its own thread).
            app.waiting_for_tasks(std::time::Duration::from_secs(120)),
        );
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
    let mut h = snapshot_harness(complete_app(), 2600.0);
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

/// The complete child referral, open on "Check your answers".
fn complete_app() -> App {
    let (mut app, _) = app_with(Settings::default());
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/child-complete.json"
    ))
    .unwrap();
    let draft = prevent_referral::record::draft::open_as_draft(&bytes, &clock()).unwrap();
    app.state = prevent_referral::ui::FormState::new(draft, clock().today());
    app
}

fn export_confirmation(theme: egui::Theme, name: &str) {
    let mut app = complete_app();
    app.state.exported = Some(prevent_referral::ui::Exported {
        file_name: "prevent-referral-2026-11-20-6f1c2b1e.json".into(),
        folder: "/home/sam/Documents/Referrals".into(),
        teams: Vec::new(),
    });
    let mut h = themed_harness(app, 900.0, theme);
    h.snapshot(name);
}

#[test]
fn the_export_confirmation() {
    export_confirmation(egui::Theme::Light, "export_confirmation");
}

#[test]
fn the_export_confirmation_dark() {
    export_confirmation(egui::Theme::Dark, "export_confirmation_dark");
}

#[test]
fn task_list_dark() {
    let (app, _) = app_with(Settings::default());
    let mut h = themed_harness(app, 560.0, egui::Theme::Dark);
    h.snapshot("task_list_dark");
}

#[test]
fn a_page_with_errors_dark() {
    let (app, _) = app_with(Settings::default());
    let mut h = themed_harness(app, 1500.0, egui::Theme::Dark);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", "Alex");
    click(&mut h, "Save and continue");
    h.state_mut().state.focus = None;
    h.run();
    h.snapshot("person_with_errors_dark");
}

#[test]
fn check_your_answers_dark() {
    let mut h = themed_harness(complete_app(), 2600.0, egui::Theme::Dark);
    h.snapshot("check_your_answers_dark");
}

/// The home screen with four referrals: in progress, ready, exported and
/// sent (its acknowledgement due), and what is due above them.
fn home(theme: egui::Theme, name: &str) {
    use chrono::TimeZone;
    use prevent_referral::record::history::{Due, DueKind, SentHow};
    use prevent_referral::record::library::{DraftInfo, Status};
    let at = |d| chrono::Utc.with_ymd_and_hms(2026, 11, d, 10, 0, 0).unwrap();
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let item = |n: u8, person: &str, status, d| DraftInfo {
        id: uuid::Uuid::from_u128(u128::from(n)),
        label: format!("Draft {d} Nov 2026"),
        created_at: at(d),
        updated_at: at(d),
        sections_complete: n,
        complete: status != Status::InProgress,
        status,
        exported_at: matches!(status, Status::Exported | Status::Sent).then(|| at(d)),
        sent_on: (status == Status::Sent).then(|| day(d)),
        sent_how: (status == Status::Sent).then_some(SentHow::Email),
        sent_to: String::new(),
        outcome: None,
        police_reference: String::new(),
        due: if status == Status::Sent {
            vec![Due {
                since: day(19),
                what: DueKind::Acknowledgement,
            }]
        } else {
            Vec::new()
        },
        retained_from: (status == Status::Sent).then(|| day(d)),
        organisation: String::new(),
        person_key: None,
        person: person.into(),
        school: "Northfield Academy".into(),
    };
    let (mut app, _) = app_with(Settings::default());
    app.screen = prevent_referral::app::Screen::Home(prevent_referral::ui::home::HomeView::new(
        vec![
            item(3, "Alex Testperson", Status::InProgress, 19),
            item(8, "Sam Example", Status::Ready, 18),
            item(9, "Chris Specimen", Status::Exported, 17),
            item(10, "Jo Sample", Status::Sent, 12),
        ],
        day(20),
    ));
    let mut h = themed_harness(app, 760.0, theme);
    h.snapshot(name);
}

#[test]
fn the_home_screen() {
    home(egui::Theme::Light, "home");
}

#[test]
fn the_home_screen_dark() {
    home(egui::Theme::Dark, "home_dark");
}

/// A page drawn wholly by the generic pass, with the questions that
/// answers reveal set in beneath them.
#[test]
fn needs_with_revealed_questions() {
    use prevent_referral::model::{SendStatus, Tri};
    let (mut app, _) = app_with(Settings::default());
    let needs = &mut app.state.draft.referral.needs;
    needs.exclusions = Some(Tri::Yes);
    needs.send = Some(SendStatus::ALL[0]);
    let mut h = snapshot_harness(app, 2150.0);
    open_section(&mut h, "4. Complex needs");
    // A revealed question is set in from one always asked.
    let always = h
        .get_by_label_contains("What may happen if these needs are not met?")
        .rect();
    let revealed = h.get_by_label_contains("When, and why?").rect();
    assert!(
        revealed.left() > always.left() + 8.0,
        "{revealed:?} {always:?}"
    );
    assert!(revealed.top() > always.top());
    h.snapshot("needs_revealed");
}
