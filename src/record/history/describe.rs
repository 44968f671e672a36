//! A sending or a follow-up in words, for the history screen, `drafts
//! history` and the chronology.

use super::{Event, FollowUp, Source};
use crate::model::Choice;
use crate::tr;

/// A "marked sent" or follow-up entry in words, for the history screen,
/// the command line and the chronology (`None` for other events). The
/// person's own words are given as typed: callers showing them on a
/// terminal pass them through [`crate::printable::shown`].
pub fn describe(event: &Event) -> Option<String> {
    use crate::i18n::long_date;
    let (main, recorded_by, note, amends) = match event {
        Event::MarkedSent {
            on,
            how,
            to,
            export,
            recorded_by,
            note,
        } => (
            tr!(
                "history-marked-sent",
                on = long_date(*on),
                how = how.label(),
                to = to.as_str(),
                hash = export.as_str()
            ),
            recorded_by,
            note,
            None,
        ),
        Event::FollowUp {
            on,
            recorded_by,
            note,
            what,
            amends,
        } => {
            let on = long_date(*on);
            let main = match what {
                FollowUp::Acknowledged {
                    by,
                    police_reference,
                } if police_reference.is_empty() => {
                    tr!("history-acknowledged", on = on, by = by.as_str())
                }
                FollowUp::Acknowledged {
                    by,
                    police_reference,
                } => tr!(
                    "history-acknowledged-reference",
                    on = on,
                    by = by.as_str(),
                    reference = police_reference.as_str()
                ),
                FollowUp::Contact {
                    with,
                    panel_invitation: false,
                } => tr!("history-contact", on = on, with = with.as_str()),
                FollowUp::Contact {
                    with,
                    panel_invitation: true,
                } => tr!("history-contact-panel", on = on, with = with.as_str()),
                FollowUp::Outcome { outcome, reason } if reason.is_empty() => {
                    tr!("history-outcome", on = on, outcome = outcome.label())
                }
                FollowUp::Outcome { outcome, reason } => tr!(
                    "history-outcome-reason",
                    on = on,
                    outcome = outcome.label(),
                    reason = reason.as_str()
                ),
                FollowUp::OwnAction { why } => {
                    tr!("history-own-action", on = on, why = why.as_str())
                }
                FollowUp::ReviewDue { due } => {
                    tr!("history-review-due", on = on, due = long_date(*due))
                }
            };
            (main, recorded_by, note, amends.as_ref())
        }
        _ => return None,
    };
    let mut parts = vec![main, tr!("history-recorded-by", by = recorded_by.as_str())];
    if !note.is_empty() {
        parts.push(tr!("history-note", note = note.as_str()));
    }
    if let Some(a) = amends {
        parts.push(tr!(
            "history-amends",
            entry = a.entry,
            reason = a.reason.as_str()
        ));
    }
    Some(parts.join("; "))
}

/// Any entry's event in words, for `drafts history` and the chronology
/// (the person's own words as typed: a terminal shows them through
/// [`crate::printable::shown`]).
pub fn entry_line(event: &Event) -> String {
    match event {
        Event::Created => tr!("cli-history-created"),
        Event::Imported { from } => match from {
            Source::Export => tr!("cli-history-imported-export"),
            Source::EncryptedExport => tr!("cli-history-imported-encrypted"),
            Source::Draft => tr!("cli-history-imported-draft"),
        },
        Event::Upgraded { from_version } => {
            tr!("cli-history-upgraded", version = *from_version)
        }
        Event::Reopened => tr!("cli-history-reopened"),
        Event::Restored => tr!("cli-history-restored"),
        Event::Saved { changed } => tr!(
            "cli-history-saved",
            paths = changed
                .iter()
                .map(|c| c.path.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Event::PdfMade { sha256: None } => tr!("cli-history-pdf-made"),
        Event::PdfMade {
            sha256: Some(sha256),
        } => tr!("cli-history-pdf-made-hash", hash = sha256.as_str()),
        Event::Exported {
            teams,
            encrypted,
            sha256,
            ..
        } => {
            if *encrypted {
                tr!(
                    "cli-history-exported-encrypted",
                    teams = teams.join(", "),
                    hash = sha256.as_str()
                )
            } else {
                tr!("cli-history-exported-plain", hash = sha256.as_str())
            }
        }
        Event::Corrected { reason } => tr!("cli-history-corrected", reason = reason.as_str()),
        Event::MarkedSent { .. } | Event::FollowUp { .. } => describe(event).unwrap_or_default(),
        Event::Renamed => tr!("cli-history-renamed"),
        Event::CopiedFrom { id, hash, entries } => tr!(
            "cli-history-copied-from",
            id = id.to_string(),
            count = *entries,
            hash = hash.as_str()
        ),
    }
}

/// Whether the record holds, in one line: `drafts history`'s last line and
/// the chronology's "The record".
pub fn check_line(check: super::Check, history: &super::History, id: uuid::Uuid) -> String {
    use super::Check;
    match check {
        Check::Holds => tr!(
            "cli-history-holds",
            count = history.len(),
            hash = history.latest_hash(id)
        ),
        Check::BrokenAt(i) => tr!("cli-history-broken", entry = i + 1),
        Check::Unreadable => tr!("cli-history-unreadable"),
        Check::AnswersChanged(i) => tr!("cli-history-answers-changed", entry = i + 1),
    }
}
