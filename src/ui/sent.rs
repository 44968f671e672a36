//! The banner over a sent referral: "Sent on DATE to TEAM", and "Make a
//! correction", which asks why before the answers can be changed.

use crate::history::History;
use crate::i18n::t;
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
}

/// "Sent on 20 November 2026 at 15:30 to Westshire Prevent team."
pub fn sent_line(history: &History) -> String {
    let when = history
        .sent_at()
        .map(crate::ui::home::when)
        .unwrap_or_default();
    let teams = history.sent_to();
    if teams.is_empty() {
        tr!("sent-on", when = when)
    } else {
        tr!("sent-on-to", when = when, teams = teams.join(", "))
    }
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
                if ui.button(t("sent-make-correction")).clicked() {
                    action = Some(SentAction::AskReason);
                }
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
