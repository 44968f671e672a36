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

use crate::form;
pub use crate::form::{FormState, Page, Status};
use crate::i18n::t;
use crate::model::SectionId;
pub use crate::notice::{Notice, NoticeKind};
use crate::rules;
use crate::tr;
use eframe::egui::{self, Align, RichText, Ui, accesskit};
use widgets::{Fields, heading};

/// Showing questions: the part of the form's state that needs egui.
impl FormState {
    /// Shows questions with this page's problems and focus request, then
    /// notes whether any answer changed (for saving) and, when a list entry
    /// was removed, drops its messages and moves those of the entries after
    /// it up with them.
    fn with_fields(
        &mut self,
        questions: impl FnOnce(&mut Fields<'_>, &mut crate::model::Referral),
    ) {
        let FormState {
            draft,
            shown,
            focus,
            keys,
            record_shown,
            ..
        } = self;
        let mut f = Fields::new(shown, focus, keys);
        if *record_shown {
            f.shown = Some(Vec::new());
        }
        questions(&mut f, &mut draft.referral);
        let (changed, removed, seen) = (f.changed, f.removed.take(), f.shown.take());
        if let Some(path) = f.focused.take() {
            self.focused_question = Some(path);
        }
        if let Some(seen) = seen {
            self.shown_questions.extend(seen);
        }
        if changed {
            self.dirty = true;
            self.edited = true;
        }
        if let Some((list, i)) = removed {
            crate::form::renumber_after_remove(&mut self.shown, &list, i);
        }
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
            ui.label(RichText::new(t("summary-title")).strong().size(20.0));
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
        node.set_label(tr!("summary-label", count = count));
    });
    if let Some(path) = go_to {
        state.go_to_field(&path);
        ui.ctx().request_repaint();
    }
}

fn task_list(ui: &mut Ui, state: &mut FormState) {
    heading(ui, t("task-list-title"));
    ui.label(t("task-list-intro"));
    ui.add_space(8.0);
    let statuses = state.statuses();
    egui::Grid::new("task_list")
        .num_columns(2)
        .spacing([40.0, 12.0])
        .show(ui, |ui| {
            for (i, (section, status)) in statuses.iter().enumerate() {
                let title = tr!("task-list-section", number = i, title = section.title());
                let link = ui
                    .link(RichText::new(&title).size(16.0))
                    .accessible_name(tr!(
                        "task-list-section-status",
                        section = &title,
                        status = status.label()
                    ));
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

fn section_page(
    ui: &mut Ui,
    state: &mut FormState,
    section: SectionId,
    actions: &mut Vec<Command>,
) {
    if ui.link(t("page-back-to-task-list")).clicked() {
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
            t("page-continue")
        } else {
            t("page-save-and-continue")
        };
        if ui.button(RichText::new(label).size(16.0)).clicked() {
            let was_complete = section == SectionId::Referrer
                && rules::validate_section(&state.draft.referral, state.ctx(), section).is_empty();
            state.save_and_continue(section);
            if was_complete {
                actions.push(Command::RememberMyDetails);
            }
            ui.ctx().request_repaint();
        }
        if ui.button(t("page-back")).clicked() {
            state.go(Page::TaskList);
        }
    });
}

fn check_answers(ui: &mut Ui, state: &mut FormState, actions: &mut Vec<Command>) {
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
                    None => RichText::new(t("answers-not-provided")).weak(),
                };
                column(ui, 330.0, answer);
                let link = ui
                    .link(t("answers-change"))
                    .accessible_name(tr!("answers-change-name", label = &row.label));
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

    heading(ui, t("declaration-heading"));
    let today = state.today;
    if state.read_only {
        ui.disable();
    }
    state.with_fields(|f, r| {
        let d = &mut r.declaration;
        let ticked = widgets::tick(ui, f, widgets::Ask::of(&form::CONFIRMED), &mut d.confirmed);
        if ticked.changed() && d.confirmed && d.referral_date.is_blank() {
            d.referral_date = crate::model::DateInput::from_date(today);
        }
        widgets::date(
            ui,
            f,
            widgets::Ask::of(&form::REFERRAL_DATE),
            &mut d.referral_date,
        );
    });
    ui.add_space(16.0);
    if ui
        .button(RichText::new(t("declaration-export")).size(16.0))
        .clicked()
    {
        actions.push(Command::Export);
        ui.ctx().request_repaint();
    }
    if ui.button(t("menu-save-pdf")).clicked() {
        actions.push(Command::SavePdf);
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
