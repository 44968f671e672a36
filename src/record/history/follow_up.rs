//! After sending: the referral marked sent (the date, how and to whom, and
//! the export sent), then what happened next (acknowledged, contact, the
//! outcome as told, the organisation's own action, a review date).
//!
//! Each is one more entry in the chained history, checked before it is
//! added: a refusal leaves the history as it was. Nothing is ever changed
//! in place; a mistake is put right by a new entry that names the one it
//! amends and why.

use super::{Check, Entry, Event, Field, History, HistoryClock, Refusal};
use crate::model::{Choice, ChoiceList};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Declares a closed list of a record's answers (as the form's
/// `choices!` does for its own): serde ids, `ALL` in order, the words'
/// catalogue id (`LIST-ID`, written out so the catalogue's tests see it),
/// and [`Choice`] for the radios.
macro_rules! record_choices {
    ($(#[$meta:meta])* $name:ident $list:literal { $($(#[$vmeta:meta])* $variant:ident = $id:literal, $words:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $id)] $variant,)+
        }

        impl Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            const LIST: ChoiceList = ChoiceList { name: $list, ids: &[$($id),+] };
            fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }
            fn label(self) -> &'static str {
                match self { $($name::$variant => crate::i18n::t($words),)+ }
            }
            fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

record_choices! {
    /// How the referral was sent.
    SentHow "sent_how" {
        /// Secure email (the export or PDF attached).
        Email = "email", "sent_how-email";
        /// The police Prevent team's online form.
        OnlineForm = "online_form", "sent_how-online_form";
        /// By hand or by post.
        ByHand = "by_hand", "sent_how-by_hand";
        Other = "other", "sent_how-other";
    }
}

record_choices! {
    /// What the Prevent team said came of the referral.
    Outcome "outcome" {
        NoFurtherAction = "no_further_action", "outcome-no_further_action";
        /// Signposted to another service.
        Signposted = "signposted", "outcome-signposted";
        ChannelOffered = "channel_offered", "outcome-channel_offered";
        ChannelAccepted = "channel_accepted", "outcome-channel_accepted";
        ChannelDeclined = "channel_declined", "outcome-channel_declined";
        PoliceLed = "police_led", "outcome-police_led";
        Other = "other", "outcome-other";
    }
}

record_choices! {
    /// The kinds of "what happened next", as the form offers them.
    FollowUpKind "follow_up_kind" {
        Acknowledged = "acknowledged", "follow_up_kind-acknowledged";
        Contact = "contact", "follow_up_kind-contact";
        Outcome = "outcome", "follow_up_kind-outcome";
        Action = "action", "follow_up_kind-action";
        Review = "review", "follow_up_kind-review";
    }
}

/// What happened next, by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum FollowUp {
    /// The Prevent team said it had the referral.
    Acknowledged {
        /// Who acknowledged it (a name, or the team).
        by: String,
        /// The police reference given, if any.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        police_reference: String,
    },
    /// A call, meeting or message with the Prevent officer or another
    /// agency; the note says what was discussed or agreed.
    Contact {
        with: String,
        /// The person's case is to go to a Channel panel, and the
        /// organisation is invited.
        #[serde(default)]
        panel_invitation: bool,
    },
    /// The outcome, as the Prevent team told it.
    Outcome {
        outcome: Outcome,
        /// The reason they gave, if any.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        reason: String,
    },
    /// What the organisation itself did (support, a safety plan, what was
    /// shared with the family); the note says what.
    OwnAction { why: String },
    /// When the case is to be looked at again (Channel reviews at 6 and 12
    /// months).
    ReviewDue { due: NaiveDate },
}

impl FollowUp {
    /// Its name on the command line and in the catalogue.
    pub fn key(&self) -> &'static str {
        match self {
            FollowUp::Acknowledged { .. } => "acknowledged",
            FollowUp::Contact { .. } => "contact",
            FollowUp::Outcome { .. } => "outcome",
            FollowUp::OwnAction { .. } => "action",
            FollowUp::ReviewDue { .. } => "review",
        }
    }

    /// Whether the note must say something: what was discussed, or what
    /// was done.
    fn needs_note(&self) -> bool {
        matches!(self, FollowUp::Contact { .. } | FollowUp::OwnAction { .. })
    }
}

/// An entry put right by a later one: which (from 1) and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amends {
    pub entry: usize,
    pub reason: String,
}

/// The longest note kept (a long account belongs in the safeguarding file).
pub const MAX_NOTE_CHARS: usize = 10_000;
/// The longest name, team or reference.
pub const MAX_SHORT_CHARS: usize = 300;
/// How far ahead of the day it is recorded a review may be due (two years).
pub const MAX_REVIEW_DAYS: u64 = 731;

/// What the person says of the sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sending {
    pub on: NaiveDate,
    pub how: SentHow,
    /// To whom (the team, an address).
    pub to: String,
    pub recorded_by: String,
    pub note: String,
}

/// What the person says happened next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Noted {
    pub on: NaiveDate,
    pub recorded_by: String,
    pub note: String,
    pub what: FollowUp,
    pub amends: Option<Amends>,
}

fn filled(text: &str, field: Field) -> Result<(), Refusal> {
    if is_blank(text) {
        return Err(Refusal::Empty(field));
    }
    within(text, field, MAX_SHORT_CHARS)
}

/// Nothing a reader would see: spaces, and control or invisible
/// characters (a zero-width space is not a name).
pub(super) fn is_blank(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || crate::printable::needs_escape(c))
}

fn within(text: &str, field: Field, limit: usize) -> Result<(), Refusal> {
    if text.chars().count() > limit {
        return Err(Refusal::TooLong(field, limit));
    }
    // A note may run over lines; nothing else may.
    if crate::values::has_forbidden_character(text, limit == MAX_NOTE_CHARS) {
        return Err(Refusal::Characters(field));
    }
    Ok(())
}

fn not_after(on: NaiveDate, today: NaiveDate) -> Result<(), Refusal> {
    if on > today {
        return Err(Refusal::InTheFuture(Field::On));
    }
    Ok(())
}

impl History {
    fn trusted(&self) -> Result<(), Refusal> {
        match self.check() {
            Check::Holds => Ok(()),
            _ => Err(Refusal::RecordNotTrusted),
        }
    }

    /// The latest export, when there is one since the last correction:
    /// its entry (from 0) and the entry.
    pub fn export_to_send(&self) -> Option<(usize, &Entry)> {
        for (i, e) in self.entries.iter().enumerate().rev() {
            match e.event {
                Event::Exported { .. } => return Some((i, e)),
                Event::Corrected { .. } => return None,
                _ => {}
            }
        }
        None
    }

    /// The "marked sent" entry in force (not corrected since), if any.
    pub fn marked_sent(&self) -> Option<&Entry> {
        for e in self.entries.iter().rev() {
            match e.event {
                Event::MarkedSent { .. } => return Some(e),
                Event::Corrected { .. } => return None,
                _ => {}
            }
        }
        None
    }

    /// The date it was sent on, while it is marked sent.
    pub fn sent_on(&self) -> Option<NaiveDate> {
        self.sending().map(|(on, _, _)| on)
    }

    /// The day, how and to whom, while it is marked sent.
    pub fn sending(&self) -> Option<(NaiveDate, SentHow, &str)> {
        match self.marked_sent().map(|e| &e.event) {
            Some(Event::MarkedSent { on, how, to, .. }) => Some((*on, *how, to.as_str())),
            _ => None,
        }
    }

    /// Marks the referral sent, as the person says, naming the latest
    /// export (its SHA-256). Refused, with the history unchanged, when the
    /// record cannot be trusted, there is no export since the last
    /// correction, the answers changed since it, it is marked sent
    /// already, or the date is after `today` or before the export.
    pub fn mark_sent(
        &mut self,
        id: Uuid,
        clock: &HistoryClock,
        referral: &crate::model::Referral,
        sending: Sending,
        today: NaiveDate,
    ) -> Result<(), Refusal> {
        self.trusted()?;
        if self.marked_sent().is_some() {
            return Err(Refusal::AlreadySent);
        }
        let Some((_, export)) = self.exported_unchanged() else {
            // Exported, then changed in the app: that is not what was sent.
            return Err(match self.export_to_send() {
                Some(_) => Refusal::ChangedSinceExport,
                None => Refusal::NotExported,
            });
        };
        let Event::Exported {
            sha256, answers, ..
        } = &export.event
        else {
            return Err(Refusal::NotExported);
        };
        if answers
            .as_ref()
            .is_some_and(|noted| *noted != super::answers_sha256(referral))
        {
            return Err(Refusal::ChangedSinceExport);
        }
        // The person's day, as `today` is: in UK summer time an export
        // at 00:30 is on the day after its UTC date.
        let exported_on = export.at.with_timezone(&chrono::Local).date_naive();
        not_after(sending.on, today)?;
        if sending.on < exported_on {
            return Err(Refusal::BeforeSending(Field::On, exported_on));
        }
        filled(&sending.to, Field::To)?;
        filled(&sending.recorded_by, Field::RecordedBy)?;
        within(&sending.note, Field::Note, MAX_NOTE_CHARS)?;
        let event = Event::MarkedSent {
            on: sending.on,
            how: sending.how,
            to: sending.to.trim().to_owned(),
            export: sha256.clone(),
            recorded_by: sending.recorded_by.trim().to_owned(),
            note: sending.note.trim().to_owned(),
        };
        self.record(id, clock, event);
        Ok(())
    }

    /// Notes what happened next. Refused, with the history unchanged, when
    /// the record cannot be trusted, the referral is not marked sent, the
    /// date is after `today` or before it was sent, a field that must be
    /// filled in is empty, or the entry it amends is not a "marked sent" or
    /// follow-up entry of this history.
    pub fn follow_up(
        &mut self,
        id: Uuid,
        clock: &HistoryClock,
        referral: &crate::model::Referral,
        noted: Noted,
        today: NaiveDate,
    ) -> Result<(), Refusal> {
        self.trusted()?;
        // Answers changed outside the program since they were sent: the
        // record does not hold either.
        if self.answers_check(referral) != Check::Holds {
            return Err(Refusal::RecordNotTrusted);
        }
        let Some(sent_on) = self.sent_on() else {
            return Err(Refusal::NotSent);
        };
        not_after(noted.on, today)?;
        if noted.on < sent_on {
            return Err(Refusal::BeforeSending(Field::On, sent_on));
        }
        filled(&noted.recorded_by, Field::RecordedBy)?;
        if noted.what.needs_note() && is_blank(&noted.note) {
            return Err(Refusal::Empty(Field::Note));
        }
        within(&noted.note, Field::Note, MAX_NOTE_CHARS)?;
        match &noted.what {
            FollowUp::Acknowledged {
                by,
                police_reference,
            } => {
                filled(by, Field::AcknowledgedBy)?;
                within(police_reference, Field::PoliceReference, MAX_SHORT_CHARS)?;
            }
            FollowUp::Contact { with, .. } => filled(with, Field::ContactWith)?,
            FollowUp::Outcome { reason, .. } => {
                within(reason, Field::OutcomeReason, MAX_NOTE_CHARS)?;
            }
            FollowUp::OwnAction { why } => {
                if is_blank(why) {
                    return Err(Refusal::Empty(Field::ActionWhy));
                }
                within(why, Field::ActionWhy, MAX_NOTE_CHARS)?;
            }
            FollowUp::ReviewDue { due } => {
                if *due < sent_on {
                    return Err(Refusal::BeforeSending(Field::Due, sent_on));
                }
                // Channel reviews come at 6 and 12 months: a date years
                // away is a slip of the keyboard.
                if *due > noted.on + chrono::Days::new(MAX_REVIEW_DAYS) {
                    return Err(Refusal::TooFarAhead(Field::Due));
                }
            }
        }
        if let Some(amends) = &noted.amends {
            // Put right by one of its own kind (an outcome by an outcome),
            // so what is in force is plain.
            let amendable = amends
                .entry
                .checked_sub(1)
                .and_then(|i| self.entries.get(i))
                .is_some_and(|e| match &e.event {
                    Event::FollowUp { what, .. } => what.key() == noted.what.key(),
                    _ => false,
                });
            if !amendable {
                return Err(Refusal::NoSuchEntry(amends.entry));
            }
            filled(&amends.reason, Field::AmendsReason)?;
        }
        let event = Event::FollowUp {
            on: noted.on,
            recorded_by: noted.recorded_by.trim().to_owned(),
            note: noted.note.trim().to_owned(),
            what: tidy(noted.what),
            amends: noted.amends.map(|a| Amends {
                entry: a.entry,
                reason: a.reason.trim().to_owned(),
            }),
        };
        self.record(id, clock, event);
        Ok(())
    }

    /// The follow-up entries, oldest first, with their number (from 1).
    pub fn follow_ups(&self) -> impl DoubleEndedIterator<Item = (usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.event, Event::FollowUp { .. }))
            .map(|(i, e)| (i + 1, e))
    }

    /// The follow-up entries no later entry puts right, oldest first.
    pub(super) fn in_force(&self) -> impl DoubleEndedIterator<Item = (usize, &Entry)> {
        let amended: Vec<usize> = self
            .entries
            .iter()
            .filter_map(|e| match &e.event {
                Event::FollowUp {
                    amends: Some(a), ..
                } => Some(a.entry),
                _ => None,
            })
            .collect();
        self.follow_ups().filter(move |(n, _)| !amended.contains(n))
    }

    /// The outcome last told (not put right since), and the day it was
    /// told.
    pub fn outcome(&self) -> Option<(Outcome, NaiveDate)> {
        self.in_force().rev().find_map(|(_, e)| match &e.event {
            Event::FollowUp {
                on,
                what: FollowUp::Outcome { outcome, .. },
                ..
            } => Some((*outcome, *on)),
            _ => None,
        })
    }

    /// The review date last recorded (not put right since).
    pub fn review_due(&self) -> Option<NaiveDate> {
        self.in_force().rev().find_map(|(_, e)| match &e.event {
            Event::FollowUp {
                what: FollowUp::ReviewDue { due },
                ..
            } => Some(*due),
            _ => None,
        })
    }
}

/// Spaces trimmed from a follow-up's words.
fn tidy(what: FollowUp) -> FollowUp {
    match what {
        FollowUp::Acknowledged {
            by,
            police_reference,
        } => FollowUp::Acknowledged {
            by: by.trim().to_owned(),
            police_reference: police_reference.trim().to_owned(),
        },
        FollowUp::Contact {
            with,
            panel_invitation,
        } => FollowUp::Contact {
            with: with.trim().to_owned(),
            panel_invitation,
        },
        FollowUp::Outcome { outcome, reason } => FollowUp::Outcome {
            outcome,
            reason: reason.trim().to_owned(),
        },
        FollowUp::OwnAction { why } => FollowUp::OwnAction {
            why: why.trim().to_owned(),
        },
        review @ FollowUp::ReviewDue { .. } => review,
    }
}
