//! What a safeguarding lead expects, driven through the real app: focus
//! that follows them, pages that open at their top, "Change" that comes
//! back, answers as they will be sent, a confirmation after the export with
//! no stale errors, and notices that stay with their page.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod ui_support;

use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use prevent_referral::app::{App, Settings};
use prevent_referral::model::SectionId;
use prevent_referral::notice::Notice;
use prevent_referral::ui::Page;
use ui_support::*;

/// The accessible name of the node that has the keyboard focus.
fn focused_name(h: &Harness<'_, App>) -> String {
    h.query_all(By::new().predicate(|n| n.is_focused()))
        .next()
        .and_then(|n| n.accesskit_node().label())
        .unwrap_or_default()
}

#[test]
fn add_goes_to_the_new_entry_and_remove_to_the_one_before() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    click(&mut h, "Add a telephone number");
    h.run();
    assert_eq!(focused_name(&h), "Telephone number 1 Number");
    click(&mut h, "Add another telephone number");
    h.run();
    assert_eq!(focused_name(&h), "Telephone number 2 Number");
    click(&mut h, "Remove Telephone number 2");
    h.run();
    assert_eq!(focused_name(&h), "Telephone number 1 Number");
    click(&mut h, "Remove Telephone number 1");
    h.run();
    assert_eq!(focused_name(&h), "Add a telephone number");
}

/// Enter in a one-line box keeps the focus there (egui's own box let it
/// go, and the next Tab started again from the menu), and Tab goes on to
/// the next box.
#[test]
fn enter_in_a_one_line_box_keeps_the_focus() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", "Alex");
    h.key_press(eframe::egui::Key::Enter);
    h.run();
    assert_eq!(focused_name(&h), "Given name(s)");
    h.key_press(eframe::egui::Key::Tab);
    h.run();
    assert_eq!(focused_name(&h), "Family name");
    assert_eq!(h.state().state.draft.referral.person.given_names, "Alex");
}

/// The menu bar is reached by Tab left to right, as it reads.
#[test]
fn the_menu_bar_is_in_reading_order() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    h.get_by_label("Task list").focus();
    h.run();
    let mut order = Vec::new();
    for _ in 0..3 {
        h.key_press(eframe::egui::Key::Tab);
        h.run();
        order.push(focused_name(&h));
    }
    assert_eq!(order, ["Cymraeg", "English", "Hide"]);
}

#[test]
fn a_new_page_opens_at_its_top_with_focus_on_its_heading() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    fill_child_person(&mut h);
    assert_eq!(h.state().state.page, Page::Section(SectionId::Household));
    h.run();
    let heading = h
        .query_all(By::new().role(Role::Heading))
        .find(|n| n.is_focused())
        .and_then(|n| n.accesskit_node().label());
    assert_eq!(heading.as_deref(), Some("Family, parents and carers"));
}

#[test]
fn change_comes_back_to_check_your_answers_which_shows_answers_as_sent() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    fill_child_person(&mut h);
    h.state_mut()
        .state
        .go(Page::Section(SectionId::Declaration));
    h.run();
    // Typed "b31 2xx": shown as it will be sent.
    assert!(is_shown(
        &h,
        "12 Example Road\nBirmingham\nB31 2XX\nUnited Kingdom"
    ));
    click(&mut h, "Change Family name");
    assert_eq!(h.state().state.page, Page::Section(SectionId::Person));
    click(&mut h, "Save and continue");
    assert_eq!(
        h.state().state.page,
        Page::Section(SectionId::Declaration),
        "Save and continue goes back to Check your answers"
    );
    // And from then on, on to the next section as usual.
    h.state_mut().state.go(Page::Section(SectionId::Person));
    h.run();
    click(&mut h, "Save and continue");
    assert_eq!(h.state().state.page, Page::Section(SectionId::Household));
}

#[test]
fn a_work_address_is_never_of_no_fixed_abode() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "6. About you");
    assert!(is_shown(&h, "Your work address: Known address"));
    assert!(!is_shown(&h, "Your work address: No fixed abode"));
    open_section_by_state(&mut h, SectionId::Person);
    assert!(is_shown(&h, "Current address: No fixed abode"));
}

fn open_section_by_state(h: &mut Harness<'_, App>, section: SectionId) {
    h.state_mut().state.go(Page::Section(section));
    h.run();
}

#[test]
fn a_notice_stays_with_its_page_but_an_error_stays_until_dismissed() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    let saved = prevent_referral::msg!("notice-draft-saved");
    h.state_mut().state.notice = Some(Notice::success(saved.clone()));
    h.run();
    assert!(is_shown(&h, &saved.to_string()));
    open_section(&mut h, "1. About the person");
    assert!(
        !is_shown(&h, &saved.to_string()),
        "it followed the person to another page"
    );
    let failed = prevent_referral::msg!("notice-task-lost");
    h.state_mut().state.notice = Some(Notice::error(failed.clone()));
    h.run();
    open_section_by_state(&mut h, SectionId::Concerns);
    assert!(is_shown(&h, &failed.to_string()));
}

#[test]
fn after_an_export_a_confirmation_says_what_was_sent_where_and_what_next() {
    let dir = tempfile::tempdir().unwrap();
    let (app, picks) = app_with(Settings::default());
    let mut h = harness(app);
    h.state_mut().state.draft.referral = complete_referral();
    // A failed try first leaves errors on the page.
    h.state_mut().state.draft.referral.declaration.confirmed = false;
    h.state_mut()
        .state
        .go(Page::Section(SectionId::Declaration));
    h.run();
    click(&mut h, "Export referral");
    assert!(is_shown(&h, "There is a problem"));
    click(
        &mut h,
        "The information is accurate to the best of my knowledge",
    );
    let out = dir.path().join("referral.json");
    picks.borrow_mut().save.push_back(out.clone());
    click(&mut h, "Export referral");
    assert!(out.exists());
    assert!(is_shown(&h, "Referral exported"));
    assert!(is_shown(&h, "The file is referral.json"));
    assert!(is_shown(
        &h,
        &format!("It is in the folder {}.", dir.path().display())
    ));
    assert!(is_shown(&h, "What happens next"));
    assert!(is_shown(&h, "Open the folder"));
    // No stale errors beside the confirmation.
    assert!(!is_shown(&h, "There is a problem"));
    assert!(h.state().state.shown.is_empty());
}

/// The child fixture, complete.
fn complete_referral() -> prevent_referral::model::Referral {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/child-complete.json"),
    )
    .unwrap();
    prevent_referral::export::read_export(text.as_bytes())
        .unwrap()
        .referral
}

/// A picker whose dialogs cannot be shown, like rfd with no desktop portal.
struct NoPortal;

impl prevent_referral::app::FilePicker for NoPortal {
    fn open_file(&mut self) -> Option<std::path::PathBuf> {
        None
    }
    fn save_file(&mut self, _: &str, _: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn unavailable(&self) -> bool {
        true
    }
}

/// A family name typed, then "Save draft as" on a computer whose own file
/// dialog cannot be shown.
fn saving_as_with_no_system_file_dialog() -> Harness<'static, App> {
    let app = App::new(Box::new(NoPortal), Box::new(clock()), Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Family name", "Testperson");
    h.key_press_modifiers(
        eframe::egui::Modifiers::COMMAND | eframe::egui::Modifiers::SHIFT,
        eframe::egui::Key::S,
    );
    h.run();
    h
}

#[test]
fn with_no_system_file_dialog_the_apps_own_chooser_saves_and_opens() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = saving_as_with_no_system_file_dialog();
    // Said once, where the person is looking, and the app's own chooser is up.
    assert!(is_shown(
        &h,
        "Your computer's file chooser could not be shown, so Prevent Referral's own is used instead."
    ));
    assert!(h.state().dialogs.chooser().is_some());
    // Go to the folder, and save there under the name suggested.
    h.state_mut().dialogs.chooser_mut().unwrap().folder = dir.path().to_path_buf();
    h.run();
    let suggested = h.state().dialogs.chooser().unwrap().name.clone();
    assert!(
        suggested.starts_with("prevent-referral-draft-"),
        "{suggested}"
    );
    click(&mut h, "Save");
    let saved = dir.path().join(&suggested);
    assert!(saved.is_file(), "nothing at {}", saved.display());
    assert!(is_shown(
        &h,
        &format!(
            "Draft saved as {suggested} in the folder {}.",
            dir.path().display()
        )
    ));
    // Open it again through the same chooser, by its name.
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::O);
    h.run();
    let chooser = &mut h.state_mut().dialogs.chooser_mut().unwrap();
    chooser.folder = dir.path().to_path_buf();
    chooser.name = suggested.clone();
    h.run();
    click(&mut h, "Open");
    assert!(h.state().dialogs.chooser().is_none());
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );
    // A name that is not there is said so, in the chooser.
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::O);
    h.run();
    h.state_mut().dialogs.chooser_mut().unwrap().name = "nothing-here.json".into();
    h.run();
    click(&mut h, "Open");
    assert!(h.state().dialogs.chooser().is_some());
    assert!(
        h.query_all_by_label_contains("There is no file called nothing-here.json")
            .next()
            .is_some()
    );
    click(&mut h, "Cancel");
    assert!(h.state().dialogs.chooser().is_none());
}

/// Chooses `name` in `folder` in the app's own chooser, then "Open".
fn choose_in_own_chooser(h: &mut Harness<'_, App>, folder: &std::path::Path, name: &str) {
    let chooser = h
        .state_mut()
        .dialogs
        .chooser_mut()
        .expect("the app's chooser");
    chooser.folder = folder.to_path_buf();
    chooser.name = name.to_owned();
    h.run();
    click(h, "Open");
}

#[test]
fn with_no_system_file_dialog_an_export_for_another_team_asks_for_the_identity_in_the_apps_chooser()
{
    let dir = tempfile::tempdir().unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let team = prevent_referral::storage::crypto::Keys::from_identity_text(
        &std::fs::read_to_string(fixtures.join("keys/prevent-team.txt")).unwrap(),
    )
    .unwrap();
    let plain = std::fs::read(fixtures.join("child-complete.json")).unwrap();
    let sealed = team.seal(&plain).unwrap();
    std::fs::write(dir.path().join("referral.json.age"), &sealed).unwrap();
    let app = App::new(Box::new(NoPortal), Box::new(clock()), Settings::default());
    let mut h = harness(app);
    let open = |h: &mut Harness<'_, App>| {
        h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::O);
        h.run();
        choose_in_own_chooser(h, dir.path(), "referral.json.age");
    };

    // The wrong identity: refused, said so, and not asked again and again.
    open(&mut h);
    assert!(
        is_shown(&h, "Choose your age identity file to decrypt this export"),
        "the identity is asked for in the app's chooser"
    );
    choose_in_own_chooser(&mut h, &fixtures.join("keys"), "other-team.txt");
    assert!(h.state().dialogs.chooser().is_none());
    assert!(
        h.query_all_by_label_contains("encrypted for a different key")
            .next()
            .is_some(),
        "a wrong identity is refused"
    );
    assert_eq!(h.state().state.draft.referral.person.family_name, "");

    // The team's own: opened, read-only, the file untouched.
    open(&mut h);
    choose_in_own_chooser(&mut h, &fixtures.join("keys"), "prevent-team.txt");
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );
    assert!(h.state().read_only && h.state().received);
    assert_eq!(
        std::fs::read(dir.path().join("referral.json.age")).unwrap(),
        sealed
    );
}

/// "Save a copy as PDF" with no system file dialog: the app's own chooser
/// asks where, as for Export; the copy is noted in the history only once
/// it is written, and the notice says where it is (it once did nothing,
/// and noted a copy never made).
#[test]
fn with_no_system_file_dialog_a_pdf_copy_is_saved_through_the_apps_own_chooser() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::new(Box::new(NoPortal), Box::new(clock()), Settings::default());
    let mut h = harness(app);
    h.state_mut().state.draft.referral = complete_referral();
    h.run();
    let made = |h: &Harness<'_, App>| {
        h.state()
            .state
            .draft
            .history
            .entries()
            .iter()
            .filter_map(|e| match &e.event {
                prevent_referral::record::history::Event::PdfMade { sha256 } => {
                    Some(sha256.clone())
                }
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::P);
    h.run();
    assert!(
        h.state().dialogs.chooser().is_some(),
        "the app's own chooser asks where"
    );
    assert!(
        made(&h).is_empty(),
        "nothing noted before the file is there"
    );
    let chooser = &mut h.state_mut().dialogs.chooser_mut().unwrap();
    chooser.folder = dir.path().to_path_buf();
    let name = chooser.name.clone();
    assert!(name.ends_with(".pdf"), "{name}");
    h.run();
    click(&mut h, "Save");
    let file = dir.path().join(&name);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert_eq!(
        made(&h),
        vec![Some(prevent_referral::record::history::sha256_hex(&bytes))]
    );
    assert!(
        h.query_all_by_label_contains(&format!("{name} in {}", dir.path().display()))
            .next()
            .is_some(),
        "the notice says where the copy is"
    );
}

/// A radio group is one Tab stop, as in a browser: the 15 sectors are
/// passed with one Tab, the arrow keys choose inside the group (round the
/// ends), and Tab comes back to the chosen answer.
#[test]
fn a_radio_group_is_one_tab_stop_with_the_arrows_inside_it() {
    use eframe::egui::{Key, Modifiers};
    use prevent_referral::model::Sector;
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    open_section(&mut h, "6. About you");
    h.state_mut().state.draft.referral.referrer.sector = None;
    h.run();
    h.get_by_label("Your organisation").focus();
    h.run();
    h.key_press(Key::Tab);
    h.run();
    // With nothing chosen, the stop is the first answer.
    assert_eq!(focused_name(&h), "Your sector: School");
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(focused_name(&h), "How do you know the person?");
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    assert_eq!(focused_name(&h), "Your sector: School");
    assert_eq!(h.state().state.draft.referral.referrer.sector, None);
    // Down chooses the next answer and takes the focus with it.
    h.key_press(Key::ArrowDown);
    h.run();
    h.run();
    assert_eq!(focused_name(&h), "Your sector: Further education");
    assert_eq!(
        h.state().state.draft.referral.referrer.sector,
        Some(Sector::FurtherEducation)
    );
    // Up twice goes round the top to the last answer.
    for _ in 0..2 {
        h.key_press(Key::ArrowUp);
        h.run();
        h.run();
    }
    assert_eq!(focused_name(&h), "Your sector: Other");
    assert_eq!(
        h.state().state.draft.referral.referrer.sector,
        Some(Sector::Other)
    );
    // Tab leaves the group at once, and Shift+Tab comes back to the choice.
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(focused_name(&h), "How do you know the person?");
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    assert_eq!(focused_name(&h), "Your sector: Other");
}

/// With two parents, the error summary says whose telephone is wrong.
#[test]
fn the_error_summary_names_the_entry_a_problem_is_in() {
    let (app, _) = app_with(Settings::default());
    let mut h = harness(app);
    fill_child_person(&mut h);
    let parents = &mut h.state_mut().state.draft.referral.household.parents_carers;
    parents.clear();
    parents.push(Default::default());
    parents.push(Default::default());
    parents[1].phone = "12345".into();
    h.run();
    click(&mut h, "Save and continue");
    assert!(is_shown(
        &h,
        "Parent or carer 2: Enter a telephone number, like 020 7946 0000 or +44 7400 123456"
    ));
    assert!(is_shown(
        &h,
        "Parent or carer 1: Enter the parent's or carer's name"
    ));
}

/// One dialog at a time: "New" with unsaved work while the app's own
/// chooser is open asks about the work first, in place of the chooser (not
/// on top of it), and the chooser comes back when that is cancelled.
#[test]
fn one_dialog_at_a_time_and_the_one_covered_comes_back() {
    let mut h = saving_as_with_no_system_file_dialog();
    assert_eq!(h.state().dialogs.names(), ["chooser"]);
    let chooser_title = h.state().dialogs.chooser().unwrap().title.clone();
    assert!(is_shown(&h, &chooser_title));
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::N);
    h.run();
    assert_eq!(h.state().dialogs.names(), ["unsaved", "chooser"]);
    assert!(is_shown(&h, "You have unsaved changes"));
    assert!(!is_shown(&h, &chooser_title), "the chooser is under it");
    click(&mut h, "Cancel");
    assert_eq!(h.state().dialogs.names(), ["chooser"]);
    assert!(!is_shown(&h, "You have unsaved changes"));
    assert!(is_shown(&h, &chooser_title));
    assert_eq!(
        h.state().state.draft.referral.person.family_name,
        "Testperson"
    );
}
