//! One line of the drafts screen, the home screen and `drafts list`: what
//! the encrypted listing cache (`index.age`) keeps for each draft.

use super::same_person::PersonKey;
use crate::record::draft::Draft;
use crate::record::history::{Due, Outcome, SentHow};
use crate::rules::{self, Context};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One line of the drafts screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftInfo {
    pub id: Uuid,
    pub label: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// How many of the eight sections with answers are complete.
    pub sections_complete: u8,
    /// Every rule holds: the referral can be exported.
    pub complete: bool,
    /// `in_progress`, `ready` (to send), `exported` (not yet marked as
    /// sent) or `sent`.
    #[serde(default)]
    pub status: Status,
    /// When the answers as they stand were exported, if they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<DateTime<Utc>>,
    /// The day it was sent, how and to whom, while it is marked sent (not
    /// corrected since).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_how: Option<SentHow>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sent_to: String,
    /// The outcome last told, and the police reference given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub police_reference: String,
    /// What falls due and when (whether it is due yet depends on the day:
    /// see [`DraftInfo::due_on`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub due: Vec<Due>,
    /// The day its six years of keeping run from, once sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained_from: Option<NaiveDate>,
    /// The referrer's organisation (for "referred before").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// What "referred before" compares (see [`PersonKey`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_key: Option<PersonKey>,
    /// The person's name, for the home screen's list and search (kept in
    /// the encrypted listing only: never in a file name or a log).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub person: String,
    /// The person's school, college or employer, for search.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub school: String,
}

/// Where a referral stands, as the drafts screen shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    InProgress,
    /// Every rule holds: ready to send.
    Ready,
    /// Exported, and not yet marked as sent.
    Exported,
    Sent,
}

impl DraftInfo {
    pub fn of(draft: &Draft, ctx: Context) -> Self {
        let problems = rules::validate(&draft.referral, ctx);
        let sections_complete = crate::model::SectionId::ALL
            .into_iter()
            .filter(|s| *s != crate::model::SectionId::Start)
            .filter(|s| !problems.iter().any(|p| p.section() == Some(*s)))
            .count() as u8;
        let history = &draft.history;
        let sending = history.sending();
        Self {
            id: draft.id,
            label: draft.label(),
            created_at: draft.created_at,
            updated_at: draft.updated_at,
            sections_complete,
            complete: problems.is_empty(),
            status: if history.is_sent() {
                Status::Sent
            } else if history.exported_unchanged().is_some() {
                Status::Exported
            } else if problems.is_empty() {
                Status::Ready
            } else {
                Status::InProgress
            },
            exported_at: history.exported_at(),
            sent_on: sending.map(|(on, _, _)| on),
            sent_how: sending.map(|(_, how, _)| how),
            sent_to: sending.map(|(_, _, to)| to.to_owned()).unwrap_or_default(),
            outcome: history.outcome().map(|(o, _)| o),
            police_reference: history.police_reference().to_owned(),
            // Every date something falls due, whatever the day.
            due: history.due(NaiveDate::MAX),
            retained_from: history.retained_from(),
            organisation: draft.referral.referrer.organisation.trim().to_owned(),
            person_key: PersonKey::of_draft(draft),
            person: format!(
                "{} {}",
                draft.referral.person.given_names.trim(),
                draft.referral.person.family_name.trim()
            )
            .trim()
            .to_owned(),
            school: draft.referral.person.occupation.provider.trim().to_owned(),
        }
    }

    /// What is due on `today`, oldest first.
    pub fn due_on(&self, today: NaiveDate) -> impl Iterator<Item = &Due> {
        self.due.iter().filter(move |d| d.since <= today)
    }

    /// Whether `other` is about the same person (see [`PersonKey`]).
    pub fn same_person(&self, other: &Self) -> bool {
        self.id != other.id
            && match (&self.person_key, &other.person_key) {
                (Some(a), Some(b)) => a.matches(b),
                _ => false,
            }
    }

    /// Not edited for `days` days or more.
    pub fn is_stale(&self, now: DateTime<Utc>, days: u32) -> bool {
        now.signed_duration_since(self.updated_at).num_days() >= i64::from(days)
    }
}
