//! The form's user interface, as plain functions over [`FormState`]. Nothing
//! here touches the disk or opens a dialog: what needs the outside world
//! (open, save, export) is returned as a [`Command`] for the shell
//! ([`crate::app`]) to carry out, so tests can drive every page.

pub mod answers;
pub mod chain;
mod check_answers;
pub mod commands;
pub mod dialogs;
pub mod drafts;
pub mod gate;
pub mod history;
pub mod home;
pub mod language;
pub mod menu;
pub mod notice;
pub mod pages;
pub mod record;
mod referred_before;
pub mod sent;
pub mod settings;
pub mod style;
pub mod task;
mod task_list;
pub mod widgets;

/// How wide the form's column is: about 70 characters of body text, easy
/// to read line by line.
pub const READING_WIDTH: f32 = 720.0;

/// A page just opened: focus goes to its heading (so a screen reader and a
/// keyboard start at the top), unless a link asked for a question.
fn arrive(state: &mut FormState, heading: &egui::Response) {
    if std::mem::take(&mut state.arrived) && state.focus.is_none() && !state.focus_summary {
        heading.request_focus();
        heading.scroll_to_me(Some(Align::TOP));
    }
}

pub use commands::Command;

mod state;
use crate::i18n::t;
use crate::model::SectionId;
use crate::msg;
pub use crate::notice::{Notice, NoticeKind};
use crate::rules;
use crate::tr;
use eframe::egui::{self, Align, RichText, Ui, accesskit};
pub use state::*;
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
            minor,
            ..
        } = self;
        let mut f = Fields::new(shown, focus, keys);
        f.minor = *minor;
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
            state::renumber_after_remove(&mut self.shown, &list, i);
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
            ui.label(style::bold(t("summary-title")).size(24.0));
            for (i, p) in shown.iter().enumerate() {
                let text = crate::form::named_by_entry(&p.path, &p.message.to_string());
                let link = ui.link(RichText::new(text).color(color));
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
    let title = heading(ui, section.title());
    arrive(state, &title);
    whose(ui, state);
    error_summary(ui, state);
    if section == SectionId::Declaration {
        check_answers::check_answers(ui, state, actions);
        return;
    }
    // Another referral here about the same person: said, never blocking.
    if matches!(section, SectionId::Person | SectionId::OtherInformation)
        && let Some(entry) = referred_before::referred_before(ui, state)
        && state.add_earlier_referral(&entry)
    {
        state.notice = Some(crate::notice::Notice::success(msg!(
            "notice-earlier-referral-added",
            sent = entry.when.as_str(),
            question = msg!("other_information-earlier_referrals"),
            section = SectionId::OtherInformation.title_message()
        )));
    }
    let age = state.age();
    // Read-only: every page can be read and moved between, but no answer
    // can be changed.
    let read_only = state.read_only;
    // Only "About you" shows what the organisation set: the copy (out of
    // the state the fields borrow) is made for that page alone.
    let managed = if section == SectionId::Referrer {
        state.managed.clone()
    } else {
        crate::policy::Policy::default()
    };
    state.with_fields(|f, r| {
        ui.add_enabled_ui(!read_only, |ui| match section {
            SectionId::Start => pages::start(ui),
            SectionId::Person => pages::person(ui, f, r, age),
            SectionId::Household => pages::household(ui, f, r, age),
            SectionId::Concerns => pages::concerns(ui, f, r, age),
            SectionId::Needs => pages::needs(ui, f, r, age),
            SectionId::OtherInformation => pages::other_information(ui, f, r, age),
            SectionId::Referrer => pages::referrer(ui, f, r, age, &managed),
            SectionId::Actions => pages::actions(ui, f, r, age),
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
        if style::primary_button(ui, label).clicked() {
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

/// "Referral for …" under the page's heading (a page opens scrolled to its
/// heading, so above it would be out of sight), in GOV.UK's caption style
/// (large, grey), once a name is typed.
fn whose(ui: &mut Ui, state: &FormState) {
    if let Some(caption) = state.whose() {
        ui.label(RichText::new(caption).size(24.0).weak());
        ui.add_space(4.0);
    }
}

/// The form's screen (the shell draws the menu bar above it). Returns what
/// the shell should do.
pub fn form_ui(ui: &mut Ui, state: &mut FormState) -> Vec<Command> {
    let mut actions = Vec::new();
    // A focus request nobody took last frame is dropped, so it cannot
    // surprise the user later.
    let pending_focus = state.focus.clone();
    // What just happened stays in sight, however far down the page is.
    if state.notice.is_some() {
        egui::Panel::top("notice").show(ui, |ui| notice::notice(ui, state));
    }
    egui::CentralPanel::default().show(ui, |ui| {
        let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
        if state.arrived && state.focus.is_none() {
            // A new page opens at its top.
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| {
            ui.set_max_width(READING_WIDTH);
            match state.page {
                Page::TaskList => {
                    error_summary(ui, state);
                    task_list::task_list(ui, state);
                }
                Page::Section(section) => section_page(ui, state, section, &mut actions),
            }
            ui.add_space(24.0);
            widgets::keep_focus_in_view(ui);
        });
    });
    if pending_focus.is_some() && state.focus == pending_focus {
        state.focus = None;
    }
    actions
}
