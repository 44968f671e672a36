//! Driving the real app in a headless egui harness: a file picker that
//! answers from a queue, a fixed clock, and helpers that find widgets by the
//! names a screen reader would read.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // tests may panic

use chrono::{TimeZone, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use prevent_referral::app::{App, FilePicker, Settings};
use prevent_referral::clock::FixedClock;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::rc::Rc;

/// What the "user" picks in file dialogs, and what the app suggested.
#[derive(Debug, Default)]
pub struct Picks {
    pub open: VecDeque<PathBuf>,
    pub save: VecDeque<PathBuf>,
    pub suggested: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct FakePicker(pub Rc<RefCell<Picks>>);

impl FilePicker for FakePicker {
    fn open_file(&mut self) -> Option<PathBuf> {
        self.0.borrow_mut().open.pop_front()
    }
    fn save_file(&mut self, _title: &str, suggested_name: &str) -> Option<PathBuf> {
        let mut picks = self.0.borrow_mut();
        picks.suggested.push(suggested_name.to_owned());
        picks.save.pop_front()
    }
}

pub fn clock() -> FixedClock {
    FixedClock(
        Utc.with_ymd_and_hms(2026, 11, 20, 15, 30, 0)
            .single()
            .unwrap(),
    )
}

pub fn app_with(prefs: Settings) -> (App, Rc<RefCell<Picks>>) {
    let picker = FakePicker::default();
    let picks = picker.0.clone();
    (App::new(Box::new(picker), Box::new(clock()), prefs), picks)
}

/// A harness tall enough that every question of the longest page is on
/// screen (egui leaves out of the accessibility tree what is scrolled away).
/// The background saver finishes whenever it does, and its result (the
/// title's "unsaved" going, a notice) asks for frames of its own: room for
/// those beyond kittest's default of 4, still a bound on a UI that never
/// settles.
/// Slow work (opening a file, a PDF copy) runs on its own thread as it
/// does for a person, and each is waited for as it starts, since kittest
/// takes its steps at once (tests/ui_records.rs drives it unwaited).
pub fn harness(app: App) -> Harness<'static, App> {
    let app = app.waiting_for_tasks(std::time::Duration::from_secs(120));
    let mut h = Harness::builder()
        .with_size([1000.0, 12000.0])
        .with_max_steps(12)
        .build_ui_state(|ui, app: &mut App| app.frame(ui), app);
    h.run();
    h
}

pub fn click(h: &mut Harness<'_, App>, name: &str) {
    h.get_by_label(name).click_accesskit();
    h.run();
}

pub fn type_in(h: &mut Harness<'_, App>, name: &str, text: &str) {
    h.get_by_label(name).focus();
    h.run();
    h.get_by_label(name).type_text(text);
    h.run();
}

/// True when something is shown with this name (a message may be both an
/// alert and the text in it).
/// The notice under the menu as it reads now; empty when there is none.
pub fn notice_text(h: &Harness<'_, App>) -> String {
    h.state()
        .state
        .notice
        .as_ref()
        .map(|n| n.text.to_string())
        .unwrap_or_default()
}

pub fn is_shown(h: &Harness<'_, App>, name: &str) -> bool {
    h.query_all_by_label(name).next().is_some()
}

pub fn open_section(h: &mut Harness<'_, App>, title: &str) {
    let link = h.get_by_label_contains(title);
    link.click_accesskit();
    h.run();
}

/// Fills in "About the person" for a 15-year-old.
pub fn fill_child_person(h: &mut Harness<'_, App>) {
    open_section(h, "1. About the person");
    type_in(h, "Given name(s)", "Alex Jordan");
    type_in(h, "Family name", "Testperson");
    type_in(h, "Date of birth Day", "14");
    type_in(h, "Date of birth Month", "mar");
    type_in(h, "Date of birth Year", "2011");
    click(h, "Gender: Male");
    click(h, "Current address: Known address");
    type_in(h, "Current address Address line 1", "12 Example Road");
    type_in(h, "Current address Town or city (optional)", "Birmingham");
    type_in(h, "Current address Postcode", "b31 2xx");
    click(h, "Do they need an interpreter? No");
    click(h, "Education or work: At school");
    type_in(
        h,
        "Name of school, college or employer",
        "Northfield Academy",
    );
    click(h, "Save and continue");
}

pub fn fill_child_household(h: &mut Harness<'_, App>) {
    click(h, "Add a parent or carer");
    type_in(h, "Parent or carer 1 Full name", "Morgan Testperson");
    type_in(h, "Parent or carer 1 Relationship to the person", "Mother");
    click(
        h,
        "Parent or carer 1: Do they have parental responsibility? Yes",
    );
    click(
        h,
        "Parent or carer 1: They live at the same address as the person",
    );
    click(
        h,
        "Parent or carer 1: Do they know about this referral? Yes",
    );
    click(h, "Is the person or family known to social care? No");
    click(
        h,
        "What support from children's social care is in place now? None",
    );
    click(h, "Save and continue");
}

/// The questions of section 4 that edition 2026.1 added.
pub fn answer_new_needs(h: &mut Harness<'_, App>) {
    click(
        h,
        "Have they been excluded or suspended from school or college? No",
    );
    click(
        h,
        "Do they have special educational needs or a disability? Not known",
    );
}

/// The information-sharing questions of section 7 (edition 2026.1).
pub fn answer_sharing(h: &mut Harness<'_, App>) {
    click(
        h,
        "What is your lawful basis for sharing this referral? I am not sure",
    );
    click(
        h,
        "Did you seek the person's consent (or, for a child, their parent's or carer's) to share this referral? Yes",
    );
}

pub fn fill_concerns(h: &mut Harness<'_, App>) {
    type_in(
        h,
        "Describe your concerns",
        "He told a classmate that \"someone should do that here\".\nHe shares attack videos.",
    );
    click(
        h,
        "What kind of concern is it? Interest in school massacres",
    );
    click(h, "How do you know? Both");
    click(h, "Is anyone at immediate risk of harm? No");
    click(h, "Do they have access to weapons? Not known");
    click(
        h,
        "Have they travelled, or talked of travelling, to a conflict zone? No",
    );
    click(
        h,
        "Have they been violent, or threatened violence, towards anyone? No",
    );
    click(h, "Have they carried a knife or other weapon? Not known");
    click(h, "Save and continue");
}

pub fn fill_needs(h: &mut Harness<'_, App>) {
    click(
        h,
        "Is anything in their life making them vulnerable? Bullying",
    );
    type_in(h, "Tell us about these needs", "Bullied since Year 8.");
    answer_new_needs(h);
    click(h, "Save and continue");
}

pub fn fill_other_information(h: &mut Harness<'_, App>) {
    click(
        h,
        "Has this person been referred to Prevent before, or been involved with Prevent? No",
    );
    click(
        h,
        "Have you also made a safeguarding referral (for example to the MASH)? Not needed",
    );
    // Not asked of a person under 16 (edition 2026.2).
    let armed_forces = "Are they serving in, or have they served in, the armed forces? No";
    if is_shown(h, armed_forces) {
        click(h, armed_forces);
    }
    click(h, "Save and continue");
}

pub fn fill_referrer(h: &mut Harness<'_, App>) {
    type_in(h, "Your full name", "Sam Okafor");
    type_in(h, "Your job title", "Designated safeguarding lead");
    type_in(h, "Your organisation", "Northfield Academy");
    click(h, "Your sector: School");
    type_in(h, "How do you know the person?", "His head of year");
    type_in(h, "Your work telephone", "0121 496 0000");
    type_in(h, "Your work email", "s.okafor@northfield.sch.uk");
    click(
        h,
        "Can the Prevent team contact you to discuss the referral and agree support? Yes",
    );
    click(h, "Save and continue");
}

/// Clicks the window's close button (one frame); returns what the app told
/// the window to do.
pub fn close_window(h: &mut Harness<'_, App>) -> Vec<eframe::egui::ViewportCommand> {
    h.input_mut()
        .viewports
        .entry(eframe::egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(eframe::egui::ViewportEvent::Close);
    h.step();
    h.output().viewport_output[&eframe::egui::ViewportId::ROOT]
        .commands
        .clone()
}
