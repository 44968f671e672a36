//! Why a record of the sending or of what happened next is refused, and
//! the fields of those forms that a refusal is about.

use chrono::NaiveDate;

/// A field of the "mark as sent" and "what happened next" forms, as the
/// forms and the command line name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    On,
    To,
    RecordedBy,
    Note,
    AcknowledgedBy,
    PoliceReference,
    ContactWith,
    OutcomeReason,
    ActionWhy,
    Due,
    AmendsReason,
}

impl Field {
    /// Its name in a form's problems (and the command line's option, with
    /// `-` for `_`).
    pub fn path(self) -> &'static str {
        match self {
            Field::On => "on",
            Field::To => "to",
            Field::RecordedBy => "recorded_by",
            Field::Note => "note",
            Field::AcknowledgedBy => "by",
            Field::PoliceReference => "police_reference",
            Field::ContactWith => "with",
            Field::OutcomeReason => "reason",
            Field::ActionWhy => "why",
            Field::Due => "due",
            Field::AmendsReason => "amend_reason",
        }
    }

    pub(super) fn missing(self) -> crate::i18n::Message {
        let id = match self {
            Field::To => "mark-sent-to-missing",
            Field::RecordedBy => "follow-up-recorded-by-missing",
            Field::Note => "follow-up-note-missing",
            Field::AcknowledgedBy => "follow-up-acknowledged-by-missing",
            Field::ContactWith => "follow-up-contact-with-missing",
            Field::ActionWhy => "follow-up-action-why-missing",
            Field::AmendsReason => "follow-up-amends-reason-missing",
            Field::On | Field::Due => "follow-up-date-missing",
            Field::PoliceReference | Field::OutcomeReason => "follow-up-text-missing",
        };
        crate::i18n::Message::new(id)
    }

    fn too_long(self, limit: usize) -> crate::i18n::Message {
        use crate::msg;
        match self {
            Field::To => msg!("mark-sent-to-too-long", limit = limit),
            Field::RecordedBy => msg!("follow-up-recorded-by-too-long", limit = limit),
            Field::Note => msg!("follow-up-note-too-long", limit = limit),
            Field::AcknowledgedBy => msg!("follow-up-acknowledged-by-too-long", limit = limit),
            Field::PoliceReference => msg!("follow-up-police-reference-too-long", limit = limit),
            Field::ContactWith => msg!("follow-up-contact-with-too-long", limit = limit),
            Field::OutcomeReason => msg!("follow-up-outcome-reason-too-long", limit = limit),
            Field::ActionWhy => msg!("follow-up-action-why-too-long", limit = limit),
            Field::AmendsReason => msg!("follow-up-amends-reason-too-long", limit = limit),
            Field::On | Field::Due => msg!("follow-up-text-too-long", limit = limit),
        }
    }
}

/// Why a record was not added. The history is as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The history cannot be read, or its chain does not hold: nothing is
    /// added until the person has seen why (the history screen says).
    RecordNotTrusted,
    /// Never exported (or corrected since): there is nothing sent to mark.
    NotExported,
    /// The answers changed after the export: export again first.
    ChangedSinceExport,
    /// Marked sent already (and not corrected since).
    AlreadySent,
    /// A follow-up on a referral not marked sent.
    NotSent,
    /// A date after today.
    InTheFuture(Field),
    /// A date before the referral was exported or sent (that date).
    BeforeSending(Field, NaiveDate),
    /// A field that must be filled in is empty.
    Empty(Field),
    /// A field over its length, and the limit.
    TooLong(Field, usize),
    /// Control or direction-changing characters, which a record (and its
    /// PDF) would show as something other than what was typed.
    Characters(Field),
    /// A date more than [`MAX_REVIEW_DAYS`](super::follow_up::MAX_REVIEW_DAYS) ahead.
    TooFarAhead(Field),
    /// The entry to amend (from 1) is not there, or is not a follow-up of
    /// the same kind.
    NoSuchEntry(usize),
}

impl Refusal {
    /// The message, where the person is looking.
    pub fn message(&self) -> String {
        self.problem().to_string()
    }

    /// The message not yet put into words, for a problem beside its box.
    pub fn problem(&self) -> crate::i18n::Message {
        use crate::msg;
        match self {
            Refusal::RecordNotTrusted => msg!("follow-up-record-not-trusted"),
            Refusal::NotExported => msg!("follow-up-not-exported"),
            Refusal::ChangedSinceExport => msg!("follow-up-changed-since-export"),
            Refusal::AlreadySent => msg!("follow-up-already-sent"),
            Refusal::NotSent => msg!("follow-up-not-sent"),
            Refusal::InTheFuture(_) => msg!("follow-up-in-future"),
            Refusal::BeforeSending(_, date) => msg!(
                "follow-up-before-sending",
                date = crate::i18n::long_date(*date)
            ),
            Refusal::Empty(field) => field.missing(),
            Refusal::TooLong(field, limit) => field.too_long(*limit),
            Refusal::Characters(_) => msg!("follow-up-characters"),
            Refusal::NoSuchEntry(n) => msg!("follow-up-no-such-entry", entry = *n),
            Refusal::TooFarAhead(_) => msg!("follow-up-too-far-ahead"),
        }
    }

    /// The field the message belongs beside, if it is about one.
    pub fn field(&self) -> Option<Field> {
        match self {
            Refusal::InTheFuture(f)
            | Refusal::BeforeSending(f, _)
            | Refusal::Empty(f)
            | Refusal::TooFarAhead(f)
            | Refusal::TooLong(f, _)
            | Refusal::Characters(f) => Some(*f),
            _ => None,
        }
    }
}
