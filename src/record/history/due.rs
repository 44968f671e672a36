//! What is due on a referral marked sent: an acknowledgement not recorded
//! after five working days, an outcome not recorded after twenty, a review
//! date reached with nothing recorded since. And the day its six years of
//! keeping run from (the last thing recorded after sending).

use super::{Event, FollowUp, History};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Working days after sending before a missing acknowledgement is due.
pub const ACKNOWLEDGEMENT_DAYS: u32 = 5;
/// Working days after sending before a missing outcome is due (the
/// Prevent team's first assessment is usually done within this).
pub const OUTCOME_DAYS: u32 = 20;

/// What is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DueKind {
    /// No acknowledgement recorded.
    Acknowledgement,
    /// A review date reached with nothing recorded on or after it.
    Review,
    /// No outcome recorded.
    Outcome,
}

/// One thing due on a referral, and the day it fell due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Due {
    /// The day it fell due (sorted on first: oldest first).
    pub since: NaiveDate,
    pub what: DueKind,
}

impl Due {
    /// What it is and what to do, in the language in use.
    pub fn message(&self) -> String {
        let date = crate::i18n::long_date(self.since);
        match self.what {
            DueKind::Acknowledgement => crate::tr!("due-acknowledgement", date = date),
            DueKind::Review => crate::tr!("due-review", date = date),
            DueKind::Outcome => crate::tr!("due-outcome", date = date),
        }
    }
}

/// `days` working days (Monday to Friday) after `from`.
pub fn working_days_after(from: NaiveDate, days: u32) -> NaiveDate {
    let mut day = from;
    let mut left = days;
    while left > 0 {
        let Some(next) = day.succ_opt() else {
            return day;
        };
        day = next;
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    day
}

impl History {
    /// What is due on `today`, oldest first; nothing for a referral not
    /// marked sent.
    pub fn due(&self, today: NaiveDate) -> Vec<Due> {
        let Some(sent_on) = self.sent_on() else {
            return Vec::new();
        };
        let mut acknowledged = false;
        let mut outcome = false;
        let mut last_on: Option<NaiveDate> = None;
        for (_, e) in self.in_force() {
            if let Event::FollowUp { on, what, .. } = &e.event {
                match what {
                    FollowUp::Acknowledged { .. } => acknowledged = true,
                    FollowUp::Outcome { .. } => outcome = true,
                    _ => {}
                }
                // A review is done once something is recorded on or after
                // its day, other than setting the next review.
                if !matches!(what, FollowUp::ReviewDue { .. }) {
                    last_on = last_on.max(Some(*on));
                }
            }
        }
        let mut due = Vec::new();
        // An outcome told implies they had it.
        let ack = working_days_after(sent_on, ACKNOWLEDGEMENT_DAYS);
        if !acknowledged && !outcome && ack <= today {
            due.push(Due {
                since: ack,
                what: DueKind::Acknowledgement,
            });
        }
        let out = working_days_after(sent_on, OUTCOME_DAYS);
        if !outcome && out <= today {
            due.push(Due {
                since: out,
                what: DueKind::Outcome,
            });
        }
        if let Some(review) = self.review_due()
            && review <= today
            && last_on.is_none_or(|on| on < review)
        {
            due.push(Due {
                since: review,
                what: DueKind::Review,
            });
        }
        due.sort();
        due
    }

    /// The police reference last given with an acknowledgement (not put
    /// right since), or nothing.
    pub fn police_reference(&self) -> &str {
        self.in_force()
            .rev()
            .find_map(|(_, e)| match &e.event {
                Event::FollowUp {
                    what:
                        FollowUp::Acknowledged {
                            police_reference, ..
                        },
                    ..
                } if !police_reference.is_empty() => Some(police_reference.as_str()),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// The day the six years of keeping a sent referral run from: the last
    /// day something was recorded of it after sending (the day the entry
    /// was made, in local time). `None` while it is not marked sent.
    pub fn retained_from(&self) -> Option<NaiveDate> {
        self.marked_sent()?;
        self.entries
            .iter()
            .filter(|e| matches!(e.event, Event::MarkedSent { .. } | Event::FollowUp { .. }))
            .map(|e| e.at.with_timezone(&chrono::Local).date_naive())
            .max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_days_skip_weekends() {
        // Friday 4 December 2026: five working days on is Friday 11th.
        let friday = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap_or_default();
        assert_eq!(
            working_days_after(friday, 5),
            NaiveDate::from_ymd_opt(2026, 12, 11).unwrap_or_default()
        );
        // Saturday: the next working day is Monday.
        let saturday = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap_or_default();
        assert_eq!(
            working_days_after(saturday, 1),
            NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default()
        );
    }
}
