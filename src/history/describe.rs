//! A sending or a follow-up in words, for the history screen, `drafts
//! history` and the chronology.

use super::{Event, FollowUp};
use crate::model::Choice;

/// A "marked sent" or follow-up entry in words, for the history screen,
/// the command line and the chronology (`None` for other events). The
/// person's own words are given as typed: callers showing them on a
/// terminal pass them through [`crate::printable::shown`].
pub fn describe(event: &Event) -> Option<String> {
    use crate::i18n::long_date;
    use crate::tr;
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
