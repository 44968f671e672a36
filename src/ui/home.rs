//! The home screen, after unlocking: the referrals kept here, newest
//! first, each by the person's name and the date, with "Continue"; and a
//! green "Start a new referral". Search by name, school or label. The
//! name is shown only here, inside the unlocked app.

use crate::i18n::t;
use crate::record::history::Due;
use crate::record::library::{DraftInfo, Status};
use crate::tr;
use crate::ui::style::{TagKind, bold, primary_button, tag};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use eframe::egui::{self, RichText, Ui};
use uuid::Uuid;

/// What the home screen shows.
#[derive(Debug, Clone, Default)]
pub struct HomeView {
    /// Every readable draft, most recently edited first.
    pub items: Vec<DraftInfo>,
    pub search: String,
    /// What is due today across them, oldest first: the referral (its
    /// place in `items`) and what.
    pub due: Vec<(usize, Due)>,
}

impl HomeView {
    pub fn new(mut items: Vec<DraftInfo>, today: NaiveDate) -> Self {
        items.sort_by_key(|i| std::cmp::Reverse(i.updated_at));
        let mut due: Vec<(usize, Due)> = items
            .iter()
            .enumerate()
            .flat_map(|(at, i)| i.due_on(today).map(move |d| (at, *d)))
            .collect();
        due.sort_by_key(|(at, d)| (*d, *at));
        Self {
            items,
            search: String::new(),
            due,
        }
    }
}

/// The tag for where a referral stands.
pub fn status_tag(ui: &mut Ui, status: Status) {
    match status {
        Status::Sent => tag(ui, t("status-sent"), TagKind::Sent),
        Status::Exported => tag(ui, t("status-exported"), TagKind::Waiting),
        Status::Ready => tag(ui, t("status-ready"), TagKind::Done),
        Status::InProgress => tag(ui, t("status-in-progress"), TagKind::Going),
    };
}

/// What is due, oldest first, each with what to do and a way to it.
fn due_list(ui: &mut Ui, view: &HomeView) -> Option<HomeAction> {
    if view.due.is_empty() {
        return None;
    }
    let mut action = None;
    crate::ui::widgets::subheading(ui, t("home-due-heading"), 22.0);
    for (at, due) in &view.due {
        let Some(info) = view.items.get(*at) else {
            continue;
        };
        let name = title(info).to_owned();
        ui.horizontal_wrapped(|ui| {
            ui.label(bold(&name));
            ui.label(due.message());
        });
        if ui
            .button(t("home-due-open"))
            .accessible_name(tr!("home-due-open-name", name = &name))
            .clicked()
        {
            action = Some(HomeAction::Record(info.id));
        }
    }
    ui.add_space(12.0);
    action
}

/// What was chosen on the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeAction {
    Continue(Uuid),
    /// Open its history and "what happened next".
    Record(Uuid),
    StartNew,
}

/// A time as the screens show it, in local time.
pub fn when(at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&chrono::Local);
    let format = crate::i18n::date_format("drafts-date-format", local.month());
    local.format(&format).to_string()
}

/// Found by the person's name, their school, college or employer, or the label.
pub fn matches(info: &DraftInfo, search: &str) -> bool {
    let search = search.trim().to_lowercase();
    search.is_empty()
        || [&info.person, &info.school, &info.label]
            .iter()
            .any(|s| s.to_lowercase().contains(&search))
}

/// The name a draft is listed by: the person's, or its label before one is typed.
pub fn title(info: &DraftInfo) -> &str {
    if info.person.is_empty() {
        &info.label
    } else {
        &info.person
    }
}

pub fn home_ui(ui: &mut Ui, view: &mut HomeView) -> Option<HomeAction> {
    let mut action = None;
    ui.add_space(8.0);
    ui.heading(t("home-heading"));
    ui.label(t("home-intro"));
    ui.add_space(8.0);
    if primary_button(ui, t("home-start-new")).clicked() {
        action = Some(HomeAction::StartNew);
    }
    ui.add_space(12.0);
    if let Some(a) = due_list(ui, view) {
        action = Some(a);
    }
    let label = ui.label(bold(t("home-search")));
    ui.label(RichText::new(t("home-search-hint")).weak());
    ui.add(egui::TextEdit::singleline(&mut view.search).desired_width(320.0))
        .labelled_by(label.id);
    ui.add_space(8.0);
    let shown: Vec<&DraftInfo> = view
        .items
        .iter()
        .filter(|i| matches(i, &view.search))
        .collect();
    if shown.is_empty() {
        ui.label(t("home-none-found"));
    }
    for info in shown {
        ui.separator();
        let name = title(info).to_owned();
        ui.horizontal_wrapped(|ui| {
            ui.label(bold(&name).size(20.0));
            status_tag(ui, info.status);
        });
        let line = match (info.status, info.sent_on, info.exported_at) {
            (Status::Sent, Some(on), _) => {
                tr!("home-sent-line", date = crate::i18n::long_date(on))
            }
            (Status::Exported, _, Some(at)) => tr!("home-exported-line", when = when(at)),
            _ => tr!("home-edited-line", when = when(info.updated_at)),
        };
        ui.label(line);
        if !info.school.is_empty() {
            ui.label(RichText::new(&info.school).weak());
        }
        if ui
            .button(t("home-continue"))
            .accessible_name(tr!("home-continue-name", name = &name))
            .clicked()
        {
            action = Some(HomeAction::Continue(info.id));
        }
    }
    action
}
