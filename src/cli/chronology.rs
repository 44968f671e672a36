//! `prevent-referral drafts chronology ID [--json]`: the whole record of
//! one referral for the safeguarding file: whether and how it was sent
//! (and the SHA-256 of the export sent), the outcome as told, the next
//! review, then every entry of its history, oldest first, as `drafts
//! history` prints them. Words typed by the person go through
//! [`crate::printable::shown`].

use crate::answers::long_date;
use crate::model::Choice;
use crate::printable::shown_within;
use crate::record::draft::Draft;
use crate::record::history::{Entry, Event};
use crate::tr;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Printed<'a> {
    id: uuid::Uuid,
    /// The "marked sent" entry in force, if any.
    sent: Option<&'a Entry>,
    /// Every follow-up entry, oldest first.
    follow_ups: Vec<&'a Entry>,
    /// The review date last recorded.
    review_due: Option<chrono::NaiveDate>,
    /// The whole history, as `drafts history --json` prints it.
    entries: &'a [Entry],
}

/// Prints the chronology and returns the exit code of `drafts history`
/// (0 when the record holds, 1 when it is broken, 2 when unreadable).
pub fn print(draft: &Draft, json: bool, out: &mut dyn Write) -> i32 {
    let history = &draft.history;
    if json {
        let printed = Printed {
            id: draft.id,
            sent: history.marked_sent(),
            follow_ups: history.follow_ups().map(|(_, e)| e).collect(),
            review_due: history.review_due(),
            entries: history.entries(),
        };
        crate::printable::print_json(out, &printed);
        return crate::cli::history::exit_code(draft);
    }
    let short = draft.id.to_string();
    let _ = writeln!(
        out,
        "{}",
        tr!("chronology-title", id = short.get(..8).unwrap_or(&short))
    );
    let sent = match history.marked_sent().map(|e| &e.event) {
        Some(event @ Event::MarkedSent { .. }) => shown_within(
            &crate::record::history::describe(event).unwrap_or_default(),
            crate::cli::history::line_limit(event),
        ),
        _ => tr!("chronology-not-marked-sent"),
    };
    let _ = writeln!(out, "{sent}");
    if let Some((outcome, on)) = history.outcome() {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "chronology-outcome",
                outcome = outcome.label(),
                on = long_date(on)
            )
        );
    }
    if let Some(due) = history.review_due() {
        let _ = writeln!(
            out,
            "{}",
            tr!("chronology-review-due", due = long_date(due))
        );
    }
    let _ = writeln!(out);
    crate::cli::history::print(draft, false, out)
}
