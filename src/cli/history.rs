//! `prevent-referral drafts history ID [--json]`: a draft's history, oldest
//! first, and whether its chain of hashes holds. Only what the history
//! holds: events, question paths and labels, team names, file hashes and
//! correction reasons (these through [`crate::printable::shown`]).

use crate::printable::{SHOWN_MAX, shown_within};
use crate::record::draft::Draft;
use crate::record::history::{Check, Entry, Event};
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Printed<'a> {
    id: uuid::Uuid,
    /// `holds`, `broken`, `unreadable` or `answers_changed`.
    check: &'static str,
    /// The entry (from 1) where the chain breaks, or the export whose
    /// answers are no longer the draft's.
    #[serde(skip_serializing_if = "Option::is_none")]
    broken_at: Option<usize>,
    length: usize,
    latest_hash: String,
    entries: &'a [Entry],
}

/// Prints the history and returns the exit code: 0 when its chain holds, 1
/// when it is broken, 2 when it cannot be read, so a script can rely on it.
pub fn print(draft: &Draft, json: bool, out: &mut dyn Write) -> i32 {
    let history = &draft.history;
    let check = draft.record_check();
    let code = exit_code(draft);
    let (check_word, broken_at) = match check {
        Check::Holds => ("holds", None),
        Check::BrokenAt(i) => ("broken", Some(i + 1)),
        Check::Unreadable => ("unreadable", None),
        Check::AnswersChanged(i) => ("answers_changed", Some(i + 1)),
    };
    if json {
        let printed = Printed {
            id: draft.id,
            check: check_word,
            broken_at,
            length: history.len(),
            latest_hash: history.latest_hash(draft.id),
            entries: history.entries(),
        };
        crate::printable::print_json(out, &printed);
        return code;
    }
    // Numbered from 1, as `drafts follow-up --amends N` names an entry.
    for (n, entry) in history.entries().iter().enumerate() {
        let _ = writeln!(
            out,
            "{:>3}  {}  {}",
            n + 1,
            entry.at.format("%Y-%m-%d %H:%M:%S"),
            shown_within(
                &crate::record::history::entry_line(&entry.event),
                line_limit(&entry.event)
            )
        );
    }
    let summary = crate::record::history::check_line(check, history, draft.id);
    let _ = writeln!(out, "{summary}");
    code
}

/// How much of an entry's line a terminal is shown: the person's own
/// words of a sending or follow-up whole (a note is at most
/// [`crate::record::history::MAX_NOTE_CHARS`]), anything else as any value is.
pub fn line_limit(event: &Event) -> usize {
    match event {
        Event::MarkedSent { .. } | Event::FollowUp { .. } => {
            2 * crate::record::history::MAX_NOTE_CHARS + 4 * crate::record::history::MAX_SHORT_CHARS
        }
        _ => SHOWN_MAX,
    }
}

/// 0 when the record holds, 1 when it is broken, 2 when it cannot be read.
pub fn exit_code(draft: &Draft) -> i32 {
    match draft.record_check() {
        Check::Holds => crate::cli::EXIT_OK,
        Check::BrokenAt(_) | Check::AnswersChanged(_) => crate::cli::EXIT_INVALID,
        Check::Unreadable => crate::cli::EXIT_UNREADABLE,
    }
}
