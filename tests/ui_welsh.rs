//! The whole program in Welsh, driven through the real app: every page,
//! dialog and screen with every input named, nothing wider than the window,
//! and no English word from the catalogue left on it; switching language
//! mid-page keeps the answers, the page and the focus; the accessibility
//! tree carries the language; a referral filled in Welsh exports exactly as
//! the same answers filled in English.
//!
//! The language is a process-wide setting, so these tests are in their own
//! test binary and take turns ([`welsh`]).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
mod ui_support;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use prevent_referral::app::{App, Command, ExportChoice, Settings};
use prevent_referral::clock::Clock;
use prevent_referral::i18n::{self, Language, message_ids, t_in};
use prevent_referral::model::SectionId;
use prevent_referral::record::library::Library;
use prevent_referral::rules::Context;
use prevent_referral::storage::settings::ExportRecipient;
use prevent_referral::ui::Page;
use std::collections::BTreeSet;
use std::sync::{Mutex, MutexGuard};
use ui_support::*;

/// The width the screens are checked at: narrower than the app's default,
/// so long Welsh lines must wrap.
const WIDTH: f32 = 900.0;

/// Messages that are the same in both languages on purpose.
const SAME_IN_BOTH: &[&str] = &["OFFICIAL-SENSITIVE", "English", "Cymraeg"];

static TURN: Mutex<()> = Mutex::new(());

/// Takes this test's turn with the language, and starts in `language`.
fn turn(language: Language) -> MutexGuard<'static, ()> {
    let guard = TURN.lock().unwrap_or_else(|e| e.into_inner());
    i18n::set_language(language);
    guard
}

fn welsh() -> MutexGuard<'static, ()> {
    turn(Language::Welsh)
}

fn wide_harness(app: App) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size([WIDTH, 12000.0])
        .build_ui_state(
            |ui, app: &mut App| app.frame(ui),
            // Each step taken at once (the work still on its own thread).
            app.waiting_for_tasks(std::time::Duration::from_secs(120)),
        );
    h.run();
    h
}

/// Every English message that is not also Welsh, as a person would read it.
fn english_only() -> BTreeSet<String> {
    let welsh: BTreeSet<&str> = message_ids(Language::Welsh)
        .iter()
        .map(|(id, _)| t_in(Language::Welsh, id))
        .collect();
    message_ids(Language::English)
        .iter()
        .map(|(id, _)| t_in(Language::English, id))
        // With variables, a message is checked by its pieces elsewhere.
        .filter(|e| !e.contains('{') && !e.contains('%'))
        .filter(|e| !welsh.contains(e) && !SAME_IN_BOTH.contains(e))
        .map(str::to_owned)
        .collect()
}

/// Checks the screen on show: every input and button named, nothing past
/// the window's right edge, and no English message on it. Returns how many
/// names were looked at.
fn check_screen(h: &Harness<'_, App>, screen: &str) -> usize {
    use eframe::egui::accesskit::Role;
    let english = english_only();
    let root = h.root();
    let mut names = 0;
    let mut problems = Vec::new();
    for node in root.children_recursive() {
        let ak = node.accesskit_node();
        let role = ak.role();
        let name = ak.label().unwrap_or_default();
        let value = ak.value().unwrap_or_default();
        let named = matches!(
            role,
            Role::TextInput
                | Role::MultilineTextInput
                | Role::PasswordInput
                | Role::CheckBox
                | Role::RadioButton
                | Role::Button
                | Role::Link
        );
        if named && name.trim().is_empty() {
            problems.push(format!("a {role:?} with no name"));
        }
        if let Some(rect) = ak.bounding_box()
            && rect.x1 > f64::from(WIDTH) + 1.0
        {
            problems.push(format!("{name:?} ({role:?}) ends at x = {}", rect.x1));
        }
        // What is in a text box (its value, and the text runs inside it) is
        // an answer, not the program's words: a UK address's country box
        // holds "United Kingdom" as the export writes it.
        let is_typed = matches!(role, Role::TextInput | Role::MultilineTextInput);
        let texts = if role == Role::TextRun {
            Vec::new()
        } else if is_typed {
            vec![name]
        } else {
            vec![name, value]
        };
        for text in texts.into_iter().filter(|t| !t.is_empty()) {
            names += 1;
            // The whole name, and each part of a joined name ("Rhywedd: Gwryw").
            let parts = std::iter::once(text.as_str()).chain(text.split(": "));
            for part in parts {
                let part = part.trim();
                if english.contains(part) {
                    problems.push(format!("English on a Welsh page: {part:?} (in {text:?})"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{screen} in Welsh:\n{}",
        problems.join("\n")
    );
    assert!(names > 3, "{screen}: only {names} names");
    names
}

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

#[test]
fn every_page_is_in_welsh_blank_with_errors_and_filled_in() {
    let _turn = welsh();
    // Blank: each page, then its errors after "Cadw a pharhau".
    let (app, _) = app_with(Settings::default());
    let mut h = wide_harness(app);
    check_screen(&h, "the task list");
    assert!(is_shown(&h, "Atgyfeiriad Prevent"));
    for section in SectionId::ALL {
        h.state_mut().state.go(Page::Section(section));
        h.run();
        check_screen(&h, &format!("{section:?}"));
        if section != SectionId::Declaration && section != SectionId::Start {
            assert!(
                is_shown(&h, "Cadw a pharhau"),
                "{section:?}: {:#?}",
                h.root()
            );
            click(&mut h, "Cadw a pharhau");
            assert_eq!(h.state().state.page, Page::Section(section));
            assert!(!h.state().state.shown.is_empty());
            check_screen(&h, &format!("{section:?} with its errors"));
        }
    }
    // The error summary is read out with the Welsh count.
    h.state_mut().state.go(Page::Section(SectionId::Person));
    h.run();
    click(&mut h, "Cadw a pharhau");
    let count = h.state().state.shown.len();
    assert!(is_shown(
        &h,
        &format!("Mae problem: {count} ateb i'w cywiro")
    ));

    // Filled in, with the conditional questions of a child's referral.
    let mut h = wide_harness(complete_app());
    for section in SectionId::ALL {
        h.state_mut().state.go(Page::Section(section));
        h.run();
        check_screen(&h, &format!("{section:?} filled in"));
    }
    // Check your answers gives dates with Welsh month names.
    h.state_mut()
        .state
        .go(Page::Section(SectionId::Declaration));
    h.run();
    assert!(is_shown(&h, "14 Mawrth 2011"), "the date of birth in Welsh");
    assert_eq!(i18n::missing(), Vec::<String>::new());
}

#[test]
fn the_passphrase_screens_drafts_settings_and_dialogs_are_in_welsh() {
    let _turn = welsh();
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = app_with(Settings::default());
    let mut h = wide_harness(app.with_data_dir(dir.path(), Box::new(|| {})));
    assert!(is_shown(&h, "Gosod cyfrinymadrodd"));
    type_in(&mut h, "Cyfrinymadrodd", "short");
    click(&mut h, "Gosod y cyfrinymadrodd a dechrau");
    check_screen(&h, "the first-start screen with its error");
    type_in(&mut h, "Cyfrinymadrodd", "marmalade orbit quietly");
    type_in(
        &mut h,
        "Teipiwch y cyfrinymadrodd eto",
        "marmalade orbit quietly",
    );
    click(&mut h, "Gosod y cyfrinymadrodd a dechrau");
    check_screen(&h, "the task list after the first start");

    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Command::Lock);
    h.run();
    // Hiding shows a plain screen first; the lock screen is behind it.
    assert!(is_shown(&h, "Parhau"), "the hidden screen is in Welsh");
    click(&mut h, "Parhau");
    assert!(is_shown(&h, "Mae Atgyfeiriad Prevent wedi'i gloi"));
    check_screen(&h, "the locked screen");
    type_in(&mut h, "Cyfrinymadrodd", "marmalade orbit quietly");
    click(&mut h, "Datgloi");

    h.state_mut().act(&ctx, Command::ShowDrafts);
    h.run();
    assert!(is_shown(&h, "Eich drafftiau"));
    check_screen(&h, "the drafts screen");
    click(&mut h, "Yn ôl i'r atgyfeiriad");

    h.state_mut().act(&ctx, Command::ShowSettings);
    h.run();
    check_screen(&h, "the settings screen");
    assert!(is_shown(&h, "Ar ôl 15 munud"));
    click(&mut h, "Yn ôl i'r atgyfeiriad");

    // The dialogs, one by one.
    let mut h = wide_harness(complete_app());
    h.state_mut().state.dirty = true;
    let ctx = ctx_of(&h);
    h.state_mut().act(&ctx, Command::New);
    h.run();
    assert!(is_shown(&h, "Mae gennych chi newidiadau heb eu cadw"));
    check_screen(&h, "the unsaved-changes dialog");
    click(&mut h, "Canslo");

    let mut app = complete_app();
    app.settings.recipients.push(ExportRecipient {
        name: "Tîm Prevent".into(),
        public_key: common::team_keys().public_key(),
    });
    app.dialogs
        .push(prevent_referral::app::Dialog::Export(ExportChoice::all(1)));
    let h = wide_harness(app);
    check_screen(&h, "the export dialog");

    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let draft = prevent_referral::record::draft::Draft::new(&clock());
    lib.save(&draft, Context::new(clock().today())).unwrap();
    std::fs::write(lib.dir().join(format!("{}.lock", draft.id)), b"").unwrap();
    let (app, _) = app_with(Settings::default());
    let h = wide_harness(app.with_library(lib, Box::new(|| {})));
    assert!(is_shown(&h, "Cafodd eich gwaith ei adfer"));
    assert!(is_shown(&h, "Adfer Drafft 20 Tach 2026"));
    check_screen(&h, "the recovery dialog");
    assert_eq!(i18n::missing(), Vec::<String>::new());
}

fn ctx_of(h: &Harness<'_, App>) -> eframe::egui::Context {
    h.ctx.clone()
}

#[test]
fn switching_language_mid_page_keeps_the_answers_the_page_and_the_focus() {
    let _turn = turn(Language::English);
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", "Alex");
    click(&mut h, "Save and continue");
    assert!(is_shown(&h, "Error: Enter the person's family name"));
    type_in(&mut h, "Family name", "Testper");
    assert!(h.get_by_label("Family name").is_focused());

    // With the mouse: the press would take focus off the box.
    h.get_by_label("Cymraeg").click();
    h.run();
    h.run();
    assert_eq!(i18n::language(), Language::Welsh);
    assert_eq!(h.state().settings.language, Some(Language::Welsh));
    assert_eq!(h.state().state.page, Page::Section(SectionId::Person));
    assert_eq!(h.get_by_label("Cyfenw").value().as_deref(), Some("Testper"));
    assert_eq!(
        h.get_by_label("Enw(au) cyntaf").value().as_deref(),
        Some("Alex")
    );
    assert!(
        h.get_by_label("Cyfenw").is_focused(),
        "focus stays in the box"
    );
    // The problems on show are told again in Welsh.
    assert!(is_shown(&h, "Gwall: Rhowch gyfenw'r unigolyn"));
    assert!(!is_shown(&h, "Error: Enter the person's family name"));
    // Typing goes on where it was.
    h.get_by_label("Cyfenw").type_text("son");
    h.run();
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );

    // And back, by the accessibility action (a screen reader's click).
    click(&mut h, "English");
    assert_eq!(i18n::language(), Language::English);
    assert_eq!(
        h.get_by_label("Family name").value().as_deref(),
        Some("Testperson")
    );
    assert_eq!(h.state().state.page, Page::Section(SectionId::Person));
    assert_eq!(h.state().state.draft.referral.person.given_names, "Alex");
}

#[test]
fn a_notice_is_told_again_in_the_language_switched_to() {
    let _turn = turn(Language::English);
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    let notice = prevent_referral::msg!("notice-opened-draft", name = "referral.age");
    h.state_mut().state.notice = Some(prevent_referral::notice::Notice::success(notice.clone()));
    h.run();
    let english = notice.render_in(Language::English);
    let welsh = notice.render_in(Language::Welsh);
    assert_ne!(english, welsh);
    assert!(is_shown(&h, &english));

    click(&mut h, "Cymraeg");
    assert!(is_shown(&h, &welsh), "the notice is said in Welsh");
    assert!(!is_shown(&h, &english));
    click(&mut h, "English");
    assert!(is_shown(&h, &english));
}

/// A notice that quotes a reason already in words (here a file's) is kept
/// whole in the language it was said in: told again, it was half in each
/// ("Doedd dim modd agor a.json: is not UTF-8 text…").
#[test]
fn a_notice_quoting_a_reason_is_not_said_half_in_each_language() {
    let _turn = turn(Language::English);
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("not-text.json");
    std::fs::write(&bad, b"{\"a\xff\": 1}").unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    picks.borrow_mut().open.push_back(bad);
    let ctx = ctx_of(&h);
    h.state_mut().act(&ctx, Command::Open);
    h.run();
    let said = notice_text(&h);
    assert!(said.starts_with("Could not open not-text.json"), "{said}");
    click(&mut h, "Cymraeg");
    assert!(is_shown(&h, &said), "kept whole in English");
    click(&mut h, "English");
    assert!(is_shown(&h, &said));
}

#[test]
fn the_accessibility_tree_carries_the_language() {
    let _turn = turn(Language::English);
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    let language = |h: &Harness<'_, App>| {
        h.root()
            .accesskit_node()
            .data()
            .language()
            .map(str::to_owned)
    };
    assert_eq!(language(&h).as_deref(), Some("en-GB"));
    click(&mut h, "Cymraeg");
    assert_eq!(language(&h).as_deref(), Some("cy"));
    // Each name on the switch is read in its own language.
    let switch = h.get_by_label("English");
    assert_eq!(switch.accesskit_node().data().language(), Some("en-GB"));
    let switch = h.get_by_label("Cymraeg");
    assert_eq!(switch.accesskit_node().data().language(), Some("cy"));
}

#[test]
fn the_choice_is_remembered_in_the_encrypted_settings() {
    let _turn = turn(Language::English);
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = app_with(Settings::default());
    let mut h = wide_harness(app.with_data_dir(dir.path(), Box::new(|| {})));
    // Chosen on the first-start screen, before there are any settings.
    click(&mut h, "Cymraeg");
    assert!(is_shown(&h, "Gosod cyfrinymadrodd"));
    type_in(&mut h, "Cyfrinymadrodd", "marmalade orbit quietly");
    type_in(
        &mut h,
        "Teipiwch y cyfrinymadrodd eto",
        "marmalade orbit quietly",
    );
    click(&mut h, "Gosod y cyfrinymadrodd a dechrau");
    assert_eq!(h.state().settings.language, Some(Language::Welsh));
    h.run();
    drop(h);

    // A new window in English unlocks into Welsh.
    i18n::set_language(Language::English);
    let (app, _) = app_with(Settings::default());
    let mut h = wide_harness(app.with_data_dir(dir.path(), Box::new(|| {})));
    assert!(is_shown(&h, "Prevent Referral is locked"));
    type_in(&mut h, "Passphrase", "marmalade orbit quietly");
    click(&mut h, "Unlock");
    assert_eq!(i18n::language(), Language::Welsh);
    assert!(is_shown(&h, "Atgyfeiriad Prevent"));
    let raw = std::fs::read(dir.path().join("settings.age")).unwrap();
    assert!(!String::from_utf8_lossy(&raw).contains("\"cy\""));
}

/// Fills in the same referral by its Welsh labels.
fn fill_in_welsh(h: &mut Harness<'_, App>) {
    open_section(h, "1. Am yr unigolyn");
    type_in(h, "Enw(au) cyntaf", "Alex Jordan");
    type_in(h, "Cyfenw", "Testperson");
    type_in(h, "Dyddiad geni Diwrnod", "14");
    type_in(h, "Dyddiad geni Mis", "Mawrth");
    type_in(h, "Dyddiad geni Blwyddyn", "2011");
    click(h, "Rhywedd: Gwryw");
    click(h, "Cyfeiriad presennol: Cyfeiriad hysbys");
    type_in(
        h,
        "Cyfeiriad presennol Llinell cyfeiriad 1",
        "12 Example Road",
    );
    type_in(
        h,
        "Cyfeiriad presennol Tref neu ddinas (dewisol)",
        "Birmingham",
    );
    type_in(h, "Cyfeiriad presennol Cod post", "b31 2xx");
    click(h, "Oes angen cyfieithydd ar y pryd arnyn nhw? Na");
    click(h, "Addysg neu waith: Yn yr ysgol");
    type_in(
        h,
        "Enw'r ysgol, y coleg neu'r cyflogwr",
        "Northfield Academy",
    );
    click(h, "Cadw a pharhau");
    click(h, "Ychwanegu rhiant neu ofalwr");
    type_in(h, "Rhiant neu ofalwr 1 Enw llawn", "Morgan Testperson");
    type_in(h, "Rhiant neu ofalwr 1 Perthynas â'r unigolyn", "Mother");
    click(
        h,
        "Rhiant neu ofalwr 1: Oes ganddyn nhw gyfrifoldeb rhiant? Ie",
    );
    click(
        h,
        "Rhiant neu ofalwr 1: Maen nhw'n byw yn yr un cyfeiriad â'r unigolyn",
    );
    click(
        h,
        "Rhiant neu ofalwr 1: Ydyn nhw'n gwybod am yr atgyfeiriad hwn? Ie",
    );
    click(
        h,
        "Ydy'r unigolyn neu'r teulu yn hysbys i'r gwasanaethau gofal cymdeithasol? Na",
    );
    click(
        h,
        "Pa gymorth gan y gwasanaethau cymdeithasol i blant sydd ar waith nawr? Dim",
    );
    click(h, "Cadw a pharhau");
    assert_eq!(h.state().state.page, Page::Section(SectionId::Concerns));
}

fn fill_in_english(h: &mut Harness<'_, App>) {
    fill_child_person(h);
    fill_child_household(h);
    assert_eq!(h.state().state.page, Page::Section(SectionId::Concerns));
}

#[test]
fn a_referral_filled_in_welsh_exports_exactly_as_in_english() {
    let _turn = turn(Language::English);
    let (app, _) = app_with(Settings::default());
    let mut english = harness(app);
    fill_in_english(&mut english);

    i18n::set_language(Language::Welsh);
    let (app, _) = app_with(Settings::default());
    let mut welsh = harness(app);
    fill_in_welsh(&mut welsh);

    // The rest of the referral from the fixture, the same for both.
    let rest = complete_app().state.draft.referral;
    let mut drafts = [english, welsh].map(|h| h.state().state.draft.clone());
    for d in &mut drafts {
        d.referral.concerns = rest.concerns.clone();
        d.referral.needs = rest.needs.clone();
        d.referral.other_information = rest.other_information.clone();
        d.referral.referrer = rest.referrer.clone();
        d.referral.actions = rest.actions.clone();
        d.referral.declaration = rest.declaration.clone();
    }
    let [en, mut cy] = drafts;
    // What was typed differs ("Mawrth", "mar"); the draft's own stamp is
    // made the same, as two drafts of the same referral.
    assert_ne!(
        en.referral.person.date_of_birth.month,
        cy.referral.person.date_of_birth.month
    );
    cy.id = en.id;
    cy.created_at = en.created_at;
    cy.updated_at = en.updated_at;
    let ctx = Context::new(clock().today());
    let export = |d: &prevent_referral::record::draft::Draft| {
        prevent_referral::record::outbox::prepare(d, ctx, clock().now(), &[], false)
            .unwrap()
            .bytes
    };
    let in_welsh = export(&cy);
    i18n::set_language(Language::English);
    let in_english = export(&en);
    assert_eq!(
        String::from_utf8_lossy(&in_welsh),
        String::from_utf8_lossy(&in_english)
    );
    // Exporting under the other language changes nothing either.
    assert_eq!(export(&cy), in_english);
}

/// The check above does find English: the same page in English fails it.
#[test]
fn the_check_finds_english_left_on_a_page() {
    let _turn = turn(Language::English);
    let (app, _) = app_with(Settings::default());
    let mut h = wide_harness(app);
    open_section(&mut h, "1. About the person");
    let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check_screen(&h, "x")));
    let message = found
        .err()
        .and_then(|e| e.downcast_ref::<String>().cloned())
        .expect("an English page fails the check");
    assert!(message.contains("\"Family name\""), "{message}");
}

fn snapshot_harness(app: App, height: f32) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size([900.0, height])
        .with_theme(eframe::egui::Theme::Light)
        .wgpu()
        .build_ui_state(
            |ui, app: &mut App| app.frame(ui),
            // Each step taken at once (the work still on its own thread).
            app.waiting_for_tasks(std::time::Duration::from_secs(120)),
        );
    h.run();
    h
}

/// Screenshots in Welsh (see tests/ui_snapshots.rs): the task list, and a
/// page with its errors, where the longest Welsh lines must wrap.
#[test]
fn screenshot_of_the_task_list_in_welsh() {
    let _turn = welsh();
    let (app, _) = app_with(Settings::default());
    let mut h = snapshot_harness(app, 560.0);
    h.snapshot("cy_task_list");
}

#[test]
fn screenshot_of_a_page_with_errors_in_welsh() {
    let _turn = welsh();
    let (app, _) = app_with(Settings::default());
    let mut h = snapshot_harness(app, 1500.0);
    open_section(&mut h, "1. Am yr unigolyn");
    type_in(&mut h, "Enw(au) cyntaf", "Alex");
    type_in(&mut h, "Dyddiad geni Diwrnod", "31");
    type_in(&mut h, "Dyddiad geni Mis", "Chwef");
    type_in(&mut h, "Dyddiad geni Blwyddyn", "2011");
    click(&mut h, "Cadw a pharhau");
    h.state_mut().state.focus = None;
    h.run();
    h.snapshot("cy_person_with_errors");
}
