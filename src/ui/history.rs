//! The history of the open referral, in plain words, newest first.

use crate::i18n::t;
use crate::record::draft::Draft;
use crate::record::history::{Check, Event, Source};
use crate::tr;
use crate::ui::style::bold;
use eframe::egui::{RichText, Ui};

/// One event in plain words.
pub fn describe(event: &Event) -> String {
    match event {
        Event::Created => t("history-created").to_owned(),
        Event::Imported { from } => t(match from {
            Source::Export => "history-imported-export",
            Source::EncryptedExport => "history-imported-encrypted",
            Source::Draft => "history-imported-draft",
        })
        .to_owned(),
        Event::Upgraded { from_version } => tr!("history-upgraded", version = *from_version),
        Event::Reopened => t("history-reopened").to_owned(),
        Event::Restored => t("history-restored").to_owned(),
        Event::Saved { changed } => tr!(
            "history-saved",
            count = changed.len(),
            questions = changed
                .iter()
                .map(|c| c.label.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ),
        Event::PdfMade { sha256: None } => t("history-pdf-made").to_owned(),
        Event::PdfMade {
            sha256: Some(sha256),
        } => tr!(
            "history-pdf-made-hash",
            hash = sha256.get(..16).unwrap_or(sha256)
        ),
        Event::Exported {
            teams,
            encrypted,
            sha256,
            ..
        } => {
            let short = sha256.get(..16).unwrap_or(sha256);
            if *encrypted {
                tr!(
                    "history-exported-encrypted",
                    teams = teams.join(", "),
                    hash = short
                )
            } else {
                tr!("history-exported-plain", hash = short)
            }
        }
        Event::Corrected { reason } => tr!("history-corrected", reason = reason),
        Event::Renamed => t("history-renamed").to_owned(),
        Event::MarkedSent { .. } | Event::FollowUp { .. } => {
            crate::record::history::describe(event).unwrap_or_default()
        }
        Event::CopiedFrom { id, hash, entries } => {
            let id = id.to_string();
            tr!(
                "history-copied-from",
                id = id.get(..8).unwrap_or(&id),
                count = *entries,
                hash = hash.get(..16).unwrap_or(hash)
            )
        }
    }
}

/// What the history says about its own hashes.
pub fn check_line(draft: &Draft) -> String {
    match draft.record_check() {
        Check::Holds => tr!(
            "history-check-holds",
            count = draft.history.len(),
            hash = draft.history.latest_hash(draft.id)
        ),
        Check::BrokenAt(i) => tr!("history-check-broken", entry = i + 1),
        Check::Unreadable => t("history-check-unreadable").to_owned(),
        Check::AnswersChanged(i) => tr!("history-check-answers-changed", entry = i + 1),
    }
}

/// What was chosen on the history screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryAction {
    Back,
    /// A PDF copy for the school's own record (it carries the history's
    /// length and latest hash).
    SavePdf,
    /// "Mark as sent" or "What happened next".
    Record(crate::ui::record::RecordAction),
}

/// How many entries the screen shows at first, and adds each time older
/// ones are asked for: a long history (thousands of saves) is not laid out
/// whole in every frame, and a screen reader is not handed all of it at once.
pub const HISTORY_PAGE: usize = 100;

/// The screen, with the newest `shown` entries; with `record` (the
/// referral is ours), "Mark as sent" or "What happened next" above them.
pub fn history_ui(
    ui: &mut Ui,
    draft: &Draft,
    shown: &mut usize,
    record: Option<(
        chrono::NaiveDate,
        &mut Option<crate::record::history::RecordForm>,
    )>,
) -> Option<HistoryAction> {
    let mut chosen = None;
    if ui.link(t("screen-back-to-referral")).clicked() {
        chosen = Some(HistoryAction::Back);
    }
    ui.add_space(8.0);
    crate::ui::widgets::heading(ui, t("history-heading"));
    ui.label(t("history-intro"));
    if ui.button(t("menu-save-pdf")).clicked() {
        chosen = Some(HistoryAction::SavePdf);
    }
    ui.add_space(4.0);
    let check = check_line(draft);
    if draft.record_check() == Check::Holds {
        ui.label(check);
    } else {
        crate::ui::widgets::error_message(ui, &check);
    }
    ui.add_space(8.0);
    if let Some((today, form)) = record
        && draft.record_check() == Check::Holds
        && let Some(a) = crate::ui::record::record_ui(ui, &draft.history, today, form)
    {
        chosen = Some(HistoryAction::Record(a));
    }
    crate::ui::widgets::subheading(ui, t("history-entries-heading"), 22.0);
    if draft.history.is_empty() {
        ui.label(t("history-none"));
    }
    let entries = draft.history.entries();
    let total = entries.len();
    if total > *shown {
        ui.label(tr!("history-showing", shown = *shown, total = total));
    }
    for entry in entries.iter().rev().take(*shown) {
        ui.separator();
        ui.label(bold(crate::ui::home::when(entry.at)));
        ui.label(RichText::new(describe(&entry.event)));
    }
    if total > *shown {
        ui.separator();
        let more = (total - *shown).min(HISTORY_PAGE);
        if ui.button(tr!("history-show-older", count = more)).clicked() {
            *shown += more;
        }
    }
    chosen
}
