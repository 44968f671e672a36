//! One line of the drafts screen, the home screen and `drafts list`: what
//! the encrypted listing cache (`index.age`) keeps for each draft.

use crate::draft::Draft;
use crate::rules::{self, Context};
use chrono::{DateTime, Utc};
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
    /// `in_progress`, `ready` (to send) or `sent`.
    #[serde(default)]
    pub status: Status,
    /// When it was sent, while it is sent (not corrected since).
    #[serde(default)]
    pub sent_at: Option<DateTime<Utc>>,
    /// The teams it was last sent to, by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sent_to: Vec<String>,
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
        Self {
            id: draft.id,
            label: draft.label(),
            created_at: draft.created_at,
            updated_at: draft.updated_at,
            sections_complete,
            complete: problems.is_empty(),
            status: if draft.history.is_sent() {
                Status::Sent
            } else if problems.is_empty() {
                Status::Ready
            } else {
                Status::InProgress
            },
            sent_at: draft.history.sent_at(),
            sent_to: draft.history.sent_to(),
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

    /// Not edited for `days` days or more.
    pub fn is_stale(&self, now: DateTime<Utc>, days: u32) -> bool {
        now.signed_duration_since(self.updated_at).num_days() >= i64::from(days)
    }
}
