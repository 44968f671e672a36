//! The form's user interface, as plain functions over [`FormState`]. Nothing
//! here touches the disk or opens a dialog: what needs the outside world
//! (open, save, export) is returned as a [`Command`] for the shell
//! ([`crate::app`]) to carry out, so tests can drive every page.

pub mod answers;
pub mod commands;
pub mod dialogs;
pub mod drafts;
pub mod gate;
pub mod menu;
pub mod notice;
pub mod pages;
pub mod settings;
pub mod style;
pub mod widgets;

pub use commands::Command;
// The pages below still say `Action`: the one command enum is `Command`.
use commands::Command as Action;

use crate::draft::Draft;
use crate::model::SectionId;
use crate::rules::{self, Context, Problem};
use chrono::NaiveDate;
use eframe::egui::{self, Align, RichText, Ui, accesskit};
use std::collections::BTreeSet;
use widgets::{Fields, heading};

/// Which page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    TaskList,
    Section(SectionId),
}

/// A section's status on the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Completed,
    Problem,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Not started",
            Status::InProgress => "In progress",
            Status::Completed => "Completed",
            Status::Problem => "There is a problem",
        }
    }
}

pub use crate::notice::{Notice, NoticeKind};

/// Everything the form's pages show and change.
#[derive(Debug, Clone)]
pub struct FormState {
    pub draft: Draft,
    pub page: Page,
    /// The problems shown on the current page, from its last check.
    pub shown: Vec<Problem>,
    /// Sections checked with problems left: "There is a problem".
    pub attempted: BTreeSet<SectionId>,
    /// A field (by path) to move focus to.
    pub focus: Option<String>,
    /// Move focus to the error summary on the next frame.
    pub focus_summary: bool,
    /// Changes since the last save.
    pub dirty: bool,
    /// An answer changed this frame (the shell stamps `updated_at`).
    pub edited: bool,
    pub today: NaiveDate,
    pub notice: Option<Notice>,
    /// Another window edits this draft: the answers can be read, not changed.
    pub read_only: bool,
}

impl FormState {
    pub fn new(draft: Draft, today: NaiveDate) -> Self {
        let page = match draft.page {
            Some(section) => Page::Section(section),
            None => Page::TaskList,
        };
        Self {
            draft,
            page,
            shown: Vec::new(),
            attempted: BTreeSet::new(),
            focus: None,
            focus_summary: false,
            dirty: false,
            edited: false,
            today,
            notice: None,
            read_only: false,
        }
    }

    pub fn ctx(&self) -> Context {
        Context::new(self.today)
    }

    pub fn under_18(&self) -> Option<bool> {
        rules::under_18(&self.draft.referral, self.ctx())
    }

    /// Goes to a page, remembering it in the draft.
    pub fn go(&mut self, page: Page) {
        if page != self.page {
            self.shown.clear();
        }
        self.page = page;
        self.draft.page = match page {
            Page::TaskList => None,
            Page::Section(s) => Some(s),
        };
    }

    /// The status of each section, from one check of the whole referral.
    pub fn statuses(&self) -> Vec<(SectionId, Status)> {
        let problems = rules::validate(&self.draft.referral, self.ctx());
        let r = &self.draft.referral;
        SectionId::ALL
            .into_iter()
            .map(|s| {
                let has_problem = problems.iter().any(|p| p.section() == Some(s));
                let untouched = match s {
                    SectionId::Start => false,
                    SectionId::Person => r.person == Default::default(),
                    SectionId::Household => r.household == Default::default(),
                    SectionId::Concerns => r.concerns == Default::default(),
                    SectionId::Needs => r.needs == Default::default(),
                    SectionId::OtherInformation => r.other_information == Default::default(),
                    SectionId::Referrer => r.referrer == Default::default(),
                    SectionId::Actions => r.actions == Default::default(),
                    SectionId::Declaration => r.declaration == Default::default(),
                };
                let status = if !has_problem {
                    Status::Completed
                } else if self.attempted.contains(&s) {
                    Status::Problem
                } else if untouched {
                    Status::NotStarted
                } else {
                    Status::InProgress
                };
                (s, status)
            })
            .collect()
    }

    /// "Save and continue": checks the section; moves on when it is complete,
    /// otherwise shows its problems.
    pub fn save_and_continue(&mut self, section: SectionId) {
        let problems = rules::validate_section(&self.draft.referral, self.ctx(), section);
        if problems.is_empty() {
            self.attempted.remove(&section);
            let next = SectionId::ALL
                .into_iter()
                .skip_while(|s| *s != section)
                .nth(1);
            self.go(next.map_or(Page::TaskList, Page::Section));
        } else {
            self.attempted.insert(section);
            self.shown = problems;
            self.focus_summary = true;
        }
    }

    /// Before an export: checks the whole referral. When something is
    /// missing, opens "Check your answers" with every problem listed and
    /// returns false.
    pub fn ready_to_export(&mut self) -> bool {
        let problems = rules::validate(&self.draft.referral, self.ctx());
        if problems.is_empty() {
            return true;
        }
        self.go(Page::Section(SectionId::Declaration));
        self.attempted = problems.iter().filter_map(Problem::section).collect();
        self.shown = problems;
        self.focus_summary = true;
        false
    }

    /// Shows questions with this page's problems and focus request, then
    /// notes whether any answer changed (for saving) and, when a list entry
    /// was removed, drops that list's messages: the entries after it moved
    /// up, so the messages no longer fit until the next check.
    fn with_fields(
        &mut self,
        questions: impl FnOnce(&mut Fields<'_>, &mut crate::model::Referral),
    ) {
        let FormState {
            draft,
            shown,
            focus,
            ..
        } = self;
        let mut f = Fields::new(shown, focus);
        questions(&mut f, &mut draft.referral);
        let (changed, removed) = (f.changed, f.removed.take());
        if changed {
            self.dirty = true;
            self.edited = true;
        }
        if let Some(list) = removed {
            self.shown.retain(|p| !p.path.starts_with(&list));
        }
    }

    /// Follows an error-summary link or a "Change" link: opens the field's
    /// page and moves focus to it.
    pub fn go_to_field(&mut self, path: &str) {
        if let Some(section) = SectionId::of_path(path)
            && self.page != Page::Section(section)
        {
            let keep = std::mem::take(&mut self.shown);
            self.go(Page::Section(section));
            // Keep the problems of the page we go to, so its messages show.
            self.shown = keep
                .into_iter()
                .filter(|p| p.section() == Some(section))
                .collect();
        }
        self.focus = Some(path.to_owned());
    }
}

/// "There is a problem": a link per problem that moves focus to its field.
fn error_summary(ui: &mut Ui, state: &mut FormState) {
    if state.shown.is_empty() {
        return;
    }
    let color = ui.visuals().error_fg_color;
    let mut go_to = None;
    let focus_first = std::mem::take(&mut state.focus_summary);
    let shown = &state.shown;
    let frame = egui::Frame::new()
        .stroke(egui::Stroke::new(4.0, color))
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.label(RichText::new("There is a problem").strong().size(20.0));
            for (i, p) in shown.iter().enumerate() {
                let link = ui.link(RichText::new(&p.message).color(color));
                if i == 0 && focus_first {
                    link.request_focus();
                }
                if link.clicked() {
                    go_to = Some(p.path.clone());
                }
            }
        });
    if focus_first {
        frame.response.scroll_to_me(Some(Align::TOP));
    }
    let count = state.shown.len();
    ui.ctx().accesskit_node_builder(frame.response.id, |node| {
        node.set_role(accesskit::Role::Alert);
        node.set_label(format!(
            "There is a problem: {count} answer{} to fix",
            if count == 1 { "" } else { "s" }
        ));
    });
    if let Some(path) = go_to {
        state.go_to_field(&path);
        ui.ctx().request_repaint();
    }
}

fn task_list(ui: &mut Ui, state: &mut FormState) {
    heading(ui, "Prevent referral");
    ui.label("Complete each section. You can do them in any order and save a draft at any time.");
    ui.add_space(8.0);
    let statuses = state.statuses();
    egui::Grid::new("task_list")
        .num_columns(2)
        .spacing([40.0, 12.0])
        .show(ui, |ui| {
            for (i, (section, status)) in statuses.iter().enumerate() {
                let title = format!("{}. {}", i, section.title());
                let link = ui
                    .link(RichText::new(&title).size(16.0))
                    .accessible_name(format!("{title}: {}", status.label()));
                if link.clicked() {
                    state.go(Page::Section(*section));
                }
                let mut text = RichText::new(status.label());
                text = match status {
                    Status::Completed => text.strong(),
                    Status::Problem => text.color(ui.visuals().error_fg_color).strong(),
                    _ => text.weak(),
                };
                ui.label(text);
                ui.end_row();
            }
        });
}

fn section_page(ui: &mut Ui, state: &mut FormState, section: SectionId, actions: &mut Vec<Action>) {
    if ui.link("Back to the task list").clicked() {
        state.go(Page::TaskList);
        return;
    }
    heading(ui, section.title());
    error_summary(ui, state);
    if section == SectionId::Declaration {
        check_answers(ui, state, actions);
        return;
    }
    let under_18 = state.under_18();
    // Read-only: every page can be read and moved between, but no answer
    // can be changed.
    let read_only = state.read_only;
    state.with_fields(|f, r| {
        ui.add_enabled_ui(!read_only, |ui| match section {
            SectionId::Start => pages::start(ui),
            SectionId::Person => pages::person(ui, f, &mut r.person),
            SectionId::Household => pages::household(ui, f, &mut r.household, under_18),
            SectionId::Concerns => pages::concerns(ui, f, &mut r.concerns),
            SectionId::Needs => pages::needs(ui, f, &mut r.needs),
            SectionId::OtherInformation => {
                pages::other_information(ui, f, &mut r.other_information)
            }
            SectionId::Referrer => pages::referrer(ui, f, &mut r.referrer),
            SectionId::Actions => pages::actions(ui, f, &mut r.actions, under_18),
            SectionId::Declaration => {}
        });
    });
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        let label = if section == SectionId::Start {
            "Continue"
        } else {
            "Save and continue"
        };
        if ui.button(RichText::new(label).size(16.0)).clicked() {
            let was_complete = section == SectionId::Referrer
                && rules::validate_section(&state.draft.referral, state.ctx(), section).is_empty();
            state.save_and_continue(section);
            if was_complete {
                actions.push(Action::RememberMyDetails);
            }
            ui.ctx().request_repaint();
        }
        if ui.button("Back").clicked() {
            state.go(Page::TaskList);
        }
    });
}

fn check_answers(ui: &mut Ui, state: &mut FormState, actions: &mut Vec<Action>) {
    let under_18 = state.under_18();
    let mut change = None;
    for section in SectionId::ALL {
        let rows = answers::rows(&state.draft.referral, section, under_18);
        if rows.is_empty() {
            continue;
        }
        ui.add_space(12.0);
        ui.label(RichText::new(section.title()).strong().size(18.0));
        for row in rows {
            ui.separator();
            ui.horizontal_top(|ui| {
                let column = |ui: &mut Ui, width: f32, text: RichText| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(width, 0.0),
                        egui::Layout::top_down(Align::Min),
                        |ui| {
                            ui.set_width(width);
                            ui.add(egui::Label::new(text).wrap());
                        },
                    );
                };
                column(ui, 260.0, RichText::new(&row.label).strong());
                let answer = match &row.answer {
                    Some(a) => RichText::new(a),
                    None => RichText::new("Not provided").weak(),
                };
                column(ui, 330.0, answer);
                let link = ui
                    .link("Change")
                    .accessible_name(format!("Change {}", row.label));
                if link.clicked() {
                    change = Some(row.path.clone());
                }
            });
        }
    }
    if let Some(path) = change {
        state.shown.clear();
        state.go_to_field(&path);
        ui.ctx().request_repaint();
        return;
    }

    heading(ui, "Declaration");
    let today = state.today;
    if state.read_only {
        ui.disable();
    }
    state.with_fields(|f, r| {
        let d = &mut r.declaration;
        let ticked = widgets::tick(
            ui,
            f,
            widgets::Ask::new(
                "referral.declaration.confirmed",
                "The information is accurate to the best of my knowledge",
            ),
            &mut d.confirmed,
        );
        if ticked.changed() && d.confirmed && d.referral_date.is_blank() {
            d.referral_date = crate::model::DateInput::from_date(today);
        }
        widgets::date(
            ui,
            f,
            widgets::Ask::new("referral.declaration.referral_date", "Date of referral")
                .hint("Filled in with today's date when you confirm"),
            &mut d.referral_date,
        );
    });
    ui.add_space(16.0);
    if ui
        .button(RichText::new("Export referral").size(16.0))
        .clicked()
    {
        actions.push(Action::Export);
        ui.ctx().request_repaint();
    }
}

/// The whole window's contents. Returns what the shell should do.
pub fn form_ui(ui: &mut Ui, state: &mut FormState) -> Vec<Command> {
    let mut actions = Vec::new();
    menu::handle_shortcuts(ui, &mut actions);
    // A focus request nobody took last frame is dropped, so it cannot
    // surprise the user later.
    let pending_focus = state.focus.clone();
    egui::Panel::top("menu").show(ui, |ui| menu::menu_bar(ui, state, &mut actions));
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(760.0);
                notice::notice(ui, state);
                match state.page {
                    Page::TaskList => {
                        error_summary(ui, state);
                        task_list(ui, state);
                    }
                    Page::Section(section) => section_page(ui, state, section, &mut actions),
                }
                ui.add_space(24.0);
            });
    });
    if pending_focus.is_some() && state.focus == pending_focus {
        state.focus = None;
    }
    actions
}
