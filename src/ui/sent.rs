//! The banners over a referral that has gone out: exported and not yet
//! marked as sent ("Mark as sent"), and marked sent ("Sent on DATE (HOW)
//! to WHOM", "What happened next", and "Make a correction", which asks why
//! before the answers can be changed).

use crate::i18n::t;
use crate::record::history::History;
use crate::tr;
use crate::ui::style::{bold, primary_button};
use eframe::egui::{self, Ui};

/// What the banner asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SentAction {
    /// "Make a correction": ask for the reason.
    AskReason,
    /// "Start the correction" with the reason typed (maybe empty).
    Correct(String),
    Cancel,
    /// "What happened next" or "Mark as sent": the history screen, with
    /// its form open.
    Record,
}

/// "Sent on 20 November 2026 (secure email) to Westshire Prevent team."
pub fn sent_line(history: &History) -> String {
    match history.sending() {
        Some((on, how, to)) => tr!(
            "sent-line",
            date = crate::i18n::long_date(on),
            how = crate::model::Choice::label(how),
            to = to
        ),
        None => String::new(),
    }
}

/// Over a referral exported and not yet marked as sent: it may be changed
/// still, and "Mark as sent" once it has gone.
pub fn exported_banner(ui: &mut Ui, history: &History) -> Option<SentAction> {
    let mut action = None;
    egui::Panel::top("exported").show(ui, |ui| {
        ui.add_space(6.0);
        if let Some(at) = history.exported_at() {
            ui.label(bold(tr!(
                "exported-not-sent",
                when = crate::ui::home::when(at)
            )));
        }
        ui.label(t("exported-banner-hint"));
        if ui.button(t("mark-sent-open")).clicked() {
            action = Some(SentAction::Record);
        }
        ui.add_space(6.0);
    });
    action
}

pub fn sent_banner(
    ui: &mut Ui,
    history: &History,
    reason: &mut Option<String>,
    missing: bool,
) -> Option<SentAction> {
    let mut action = None;
    egui::Panel::top("sent").show(ui, |ui| {
        ui.add_space(6.0);
        ui.label(bold(sent_line(history)));
        match reason {
            None => {
                ui.label(t("sent-read-only"));
                ui.horizontal(|ui| {
                    if ui.button(t("what-next-heading")).clicked() {
                        action = Some(SentAction::Record);
                    }
                    if ui.button(t("sent-make-correction")).clicked() {
                        action = Some(SentAction::AskReason);
                    }
                });
            }
            Some(text) => {
                let label = ui.label(bold(t("sent-reason-label")));
                ui.label(t("sent-reason-hint"));
                if missing {
                    crate::ui::widgets::error_message(ui, t("sent-reason-missing"));
                }
                let edit = ui
                    .add(egui::TextEdit::multiline(text).desired_rows(2))
                    .labelled_by(label.id);
                if missing {
                    edit.request_focus();
                }
                ui.horizontal(|ui| {
                    if primary_button(ui, t("sent-start-correction")).clicked() {
                        action = Some(SentAction::Correct(text.clone()));
                    }
                    if ui.button(t("button-cancel")).clicked() {
                        action = Some(SentAction::Cancel);
                    }
                });
            }
        }
        ui.add_space(6.0);
    });
    action
}
