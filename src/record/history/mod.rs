//! A referral's history: what happened to it, when, and why, kept inside
//! its draft (so encrypted and deleted with it).
//!
//! Each entry carries the SHA-256 of the one before (the first, of the
//! referral's id), so a history rewritten after the fact no longer ends in
//! the hash printed on the copies that were sent. Saves name the questions
//! that changed by their path and label from [`crate::form`], never their
//! answers, so the history never copies the sensitive text again.
//!
//! Times come from the wall clock once per session and a monotonic clock
//! after it ([`HistoryClock`]); an entry is never dated before the one
//! before it, so changing the computer's clock cannot reorder the history.

use crate::clock::Clock;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;
use std::time::Instant;
use uuid::Uuid;

mod answers;
mod changes;
mod describe;
mod due;
mod follow_up;
mod record_form;
mod refusal;
pub use answers::answers_sha256;
pub use changes::changed_questions;
pub use describe::{check_line, describe, entry_line};
pub use due::{ACKNOWLEDGEMENT_DAYS, Due, DueKind, OUTCOME_DAYS, working_days_after};
pub use follow_up::{
    Amends, FollowUp, FollowUpKind, MAX_NOTE_CHARS, MAX_SHORT_CHARS, Noted, Outcome, Sending,
    SentHow,
};
pub use record_form::RecordForm;
pub use refusal::{Field, Refusal};

/// What kind of file a draft was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// An export (`.json`).
    Export,
    /// An export encrypted for a team (`.json.age`).
    EncryptedExport,
    /// A draft saved with "Save draft as", or another library's draft.
    Draft,
}

/// A question that changed, named as the form names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Changed {
    /// Its field path (`referral.person.given_names`, or inside an entry
    /// `referral.household.parents_carers[1].name`).
    pub path: String,
    /// Its label, in the language in use when it changed.
    pub label: String,
}

/// One thing that happened to the referral.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case", deny_unknown_fields)]
pub enum Event {
    Created,
    Imported {
        from: Source,
    },
    /// A draft from before histories: its history starts here.
    Upgraded {
        from_version: u64,
    },
    Reopened,
    /// Offered back after the app did not close properly.
    Restored,
    /// The questions changed in one sitting: the entry is made at the
    /// sitting's first save and brought up to date while it is still the
    /// latest entry (see [`History::saved_in_sitting`]).
    Saved {
        changed: Vec<Changed>,
    },
    /// A PDF copy was written (noted once the file is there).
    PdfMade {
        /// SHA-256 of the file written, in hex (copies made before 0.2
        /// did not note it).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sha256: Option<String>,
    },
    Exported {
        /// The teams it was encrypted for, by name (or key when unnamed).
        teams: Vec<String>,
        encrypted: bool,
        /// SHA-256 of the file written, in hex.
        sha256: String,
        /// SHA-256 of the answers exported ([`answers_sha256`]): an
        /// exported referral whose answers no longer hash to this was
        /// changed outside the program (exports before 0.2 did not note it).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        answers: Option<String>,
    },
    /// Changed after it was sent: why.
    Corrected {
        reason: String,
    },
    /// Marked sent by the person: the day, how, to whom, and the export
    /// sent (its SHA-256). Read-only from here until a correction.
    MarkedSent {
        on: NaiveDate,
        how: SentHow,
        to: String,
        export: String,
        recorded_by: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
    },
    /// What happened next, on a referral marked sent.
    FollowUp {
        on: NaiveDate,
        recorded_by: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        note: String,
        what: FollowUp,
        /// The earlier entry this one puts right, and why.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        amends: Option<Amends>,
    },
    Renamed,
    /// A copy given an id of its own (a file imported while the library
    /// already had its referral, or work saved apart because its draft was
    /// changed elsewhere): the history copied is kept, and this entry,
    /// chained after it, names the referral it was copied from, that
    /// history's latest hash and its length. The chain is followed from
    /// the first such entry's referral, so a copy neither reads as broken
    /// nor hides a break.
    CopiedFrom {
        /// The referral it was copied from.
        id: Uuid,
        /// The latest hash of that referral's history when copied.
        hash: String,
        /// How many entries that history had.
        entries: usize,
    },
}

/// How long a pause in typing may be and still be the same sitting.
pub const SITTING_PAUSE: chrono::TimeDelta = chrono::TimeDelta::minutes(30);

/// An entry of the history. (Its event refuses keys it does not know;
/// serde cannot refuse them on a struct with a flattened part.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub event: Event,
    /// SHA-256 (hex) of the entry before, or of the referral id for the first.
    pub prev: String,
}

impl Entry {
    /// The hash of this entry, carried by the next.
    pub fn hash(&self) -> String {
        // Cannot fail: a struct of strings, numbers and lists.
        hex(&Sha256::digest(
            serde_json::to_vec(self).unwrap_or_default(),
        ))
    }
}

/// Whether the chain of hashes holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Check {
    #[default]
    Holds,
    /// Entry `at` (from 0) does not carry the hash of the one before.
    BrokenAt(usize),
    /// The history could not be read at all; it is kept as found.
    Unreadable,
    /// The chain holds, but the answers of an exported referral are not
    /// those exported at entry `at` (from 0), and no correction was started
    /// since: they were changed outside the program.
    AnswersChanged(usize),
}

/// The history of one referral.
#[derive(Debug, Clone, Default)]
pub struct History {
    entries: Vec<Entry>,
    /// The hash of the last entry (computed once, not per save).
    last: Option<String>,
    /// Whether the chain holds: worked out when first asked for (the
    /// history screen, the command line), so opening a draft with a long
    /// history does not hash every entry first.
    check: OnceLock<Check>,
    /// The referral a history read from a file belongs to (its chain
    /// starts from the id's hash); `None` for one made here, which holds
    /// by construction.
    id: Option<Uuid>,
    /// An unreadable history, kept as it was found.
    unreadable: Option<Value>,
    /// Read from a draft of this older version, which kept no history:
    /// the first event recorded is preceded by "upgraded".
    upgrade_from: Option<u64>,
}

impl PartialEq for History {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries && self.unreadable == other.unreadable
    }
}
impl Eq for History {}

/// The hex of a digest.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// SHA-256 of some bytes, in hex (the export event's file hash).
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn genesis(id: Uuid) -> String {
    sha256_hex(id.hyphenated().to_string().as_bytes())
}

impl History {
    /// A history read from a draft of referral `id`, from its text in the
    /// file, when it is a list of entries (`None` when it is not: see
    /// [`History::from_value`]). Read straight into entries: a long history
    /// is never built as a tree of JSON values first. Whether its hashes
    /// follow is worked out when asked (see [`History::check`]).
    pub fn from_text(text: &str, id: Uuid) -> Option<Self> {
        serde_json::from_str(text)
            .ok()
            .map(|entries| Self::read(entries, id))
    }

    /// Entries read from a file: only the last one's hash is worked out now.
    fn read(entries: Vec<Entry>, id: Uuid) -> Self {
        Self {
            last: entries.last().map(Entry::hash),
            entries,
            id: Some(id),
            ..Self::default()
        }
    }

    /// A history read from a draft of referral `id` as a JSON value. One
    /// that is not a list of entries is kept as found and reported
    /// unreadable.
    pub fn from_value(value: Value, id: Uuid) -> Self {
        match Vec::<Entry>::deserialize(&value) {
            Ok(entries) => Self::read(entries, id),
            Err(_) => Self {
                check: OnceLock::from(Check::Unreadable),
                unreadable: Some(value),
                ..Self::default()
            },
        }
    }

    /// Follows the chain from the referral's id: the first entry that does
    /// not carry the hash of the one before, if any.
    fn follow(&self) -> Check {
        let Some(id) = self.id else {
            return Check::Holds;
        };
        // A copy keeps the history it was copied from, chained from that
        // referral's id, which its first "copied from" entry names.
        let origin = self
            .entries
            .iter()
            .find_map(|e| match e.event {
                Event::CopiedFrom { id: from, .. } => Some(from),
                _ => None,
            })
            .unwrap_or(id);
        let mut expected = genesis(origin);
        for (i, entry) in self.entries.iter().enumerate() {
            if entry.prev != expected {
                return Check::BrokenAt(i);
            }
            // A "copied from" entry says what it followed: it must be so.
            if let Event::CopiedFrom { hash, entries, .. } = &entry.event
                && (*hash != entry.prev || *entries != i)
            {
                return Check::BrokenAt(i);
            }
            expected = entry.hash();
        }
        Check::Holds
    }

    /// The empty history of a draft from before histories.
    pub fn upgraded_from(version: u64) -> Self {
        Self {
            upgrade_from: Some(version),
            ..Self::default()
        }
    }

    /// What the draft file holds under `history` (see the `Serialize` impl).
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Array(Vec::new()))
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn check(&self) -> Check {
        *self.check.get_or_init(|| self.follow())
    }

    /// The latest entry's hash (printed on copies), or the start of the
    /// chain when there is none.
    pub fn latest_hash(&self, id: Uuid) -> String {
        self.last.clone().unwrap_or_else(|| genesis(id))
    }

    /// Adds an event at `clock`'s time, never before the last entry. An
    /// unreadable history is not added to (it is kept as found).
    pub fn record(&mut self, id: Uuid, clock: &HistoryClock, event: Event) {
        if self.unreadable.is_some() {
            return;
        }
        if let Some(from_version) = self.upgrade_from.take() {
            self.record(id, clock, Event::Upgraded { from_version });
        } else if self.entries.is_empty()
            && !matches!(
                event,
                Event::Created
                    | Event::Imported { .. }
                    | Event::Upgraded { .. }
                    | Event::CopiedFrom { .. }
            )
        {
            // A new referral's first save: its history starts with it.
            self.record(id, clock, Event::Created);
        }
        let prev = self.latest_hash(id);
        self.push(clock, event, prev);
    }

    /// Adds an entry chained on `prev`, at `clock`'s time, never before the
    /// last entry.
    fn push(&mut self, clock: &HistoryClock, event: Event, prev: String) {
        let mut at = clock.now();
        if let Some(last) = self.entries.last()
            && last.at > at
        {
            at = last.at;
        }
        let entry = Entry { at, event, prev };
        self.last = Some(entry.hash());
        self.entries.push(entry);
    }

    /// Notes the questions `changed` in this sitting. `sitting` is the entry
    /// this sitting made so far, if any: while it is still the latest entry,
    /// and the person has not been away for [`SITTING_PAUSE`], that entry is
    /// brought up to date (the questions merged, its time moved on) rather
    /// than a new one made, so an hour's typing is one entry, not a hundred.
    /// Its hash is carried by no other entry yet, so the chain still holds.
    /// Returns the sitting's entry.
    pub fn saved_in_sitting(
        &mut self,
        id: Uuid,
        clock: &HistoryClock,
        changed: Vec<Changed>,
        sitting: Option<usize>,
    ) -> Option<usize> {
        if self.unreadable.is_some() {
            return None;
        }
        let now = clock.now();
        let last = self.entries.len().checked_sub(1);
        if let (Some(at), Some(last)) = (sitting, last)
            && at == last
            && let Some(entry) = self.entries.get_mut(at)
            && now - entry.at < SITTING_PAUSE
            && let Event::Saved { changed: so_far } = &mut entry.event
        {
            for c in changed {
                if !so_far.iter().any(|s| s.path == c.path) {
                    so_far.push(c);
                }
            }
            entry.at = entry.at.max(now);
            self.last = Some(entry.hash());
            self.check = OnceLock::new();
            return Some(at);
        }
        self.record(id, clock, Event::Saved { changed });
        self.entries.len().checked_sub(1)
    }

    /// Makes this the history of a copy of referral `from` (given an id of
    /// its own): every entry is kept as it was, and a "copied from" entry
    /// naming `from`, the latest hash and the length is chained after them
    /// (see [`Event::CopiedFrom`]). The chain is then followed from `from`'s
    /// id, so it holds exactly when the history copied held: a copy neither
    /// raises a false alarm nor hides a real one, and nothing recorded
    /// (an export, a correction) is lost. An unreadable history is kept as
    /// found.
    pub fn start_copy(&mut self, from: Uuid, clock: &HistoryClock) {
        if self.unreadable.is_some() {
            return;
        }
        let hash = self.latest_hash(from);
        let event = Event::CopiedFrom {
            id: from,
            hash: hash.clone(),
            entries: self.len(),
        };
        self.push(clock, event, hash);
        self.check = OnceLock::new();
    }

    /// For a referral exported and not changed since: whether `referral`
    /// is what that export noted ([`Event::Exported::answers`]). Holds when
    /// the export noted nothing (an older version made it).
    pub fn answers_check(&self, referral: &crate::model::Referral) -> Check {
        match self.exported_unchanged() {
            Some((
                at,
                Entry {
                    event:
                        Event::Exported {
                            answers: Some(noted),
                            ..
                        },
                    ..
                },
            )) if *noted != answers_sha256(referral) => Check::AnswersChanged(at),
            _ => Check::Holds,
        }
    }

    /// The latest export when nothing was saved or corrected after it: the
    /// answers are still those exported. Its entry (from 0) and the entry.
    pub fn exported_unchanged(&self) -> Option<(usize, &Entry)> {
        for (i, e) in self.entries.iter().enumerate().rev() {
            match e.event {
                Event::Exported { .. } => return Some((i, e)),
                Event::Corrected { .. } | Event::Saved { .. } => return None,
                _ => {}
            }
        }
        None
    }

    /// When the answers as they stand were exported, if they were.
    /// Whether it was ever marked sent, corrected since or not: the record
    /// of a sending, kept until its retention ends.
    pub fn ever_marked_sent(&self) -> bool {
        self.entries
            .iter()
            .any(|e| matches!(e.event, Event::MarkedSent { .. }))
    }

    pub fn exported_at(&self) -> Option<DateTime<Utc>> {
        self.exported_unchanged().map(|(_, e)| e.at)
    }

    /// The SHA-256 of every file the referral was exported as, oldest first.
    pub fn export_hashes(&self) -> Vec<&str> {
        self.entries
            .iter()
            .filter_map(|e| match &e.event {
                Event::Exported { sha256, .. } => Some(sha256.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The last export, if there is one.
    pub fn last_exported(&self) -> Option<&Entry> {
        self.entries
            .iter()
            .rev()
            .find(|e| matches!(e.event, Event::Exported { .. }))
    }

    /// Marked sent by the person, and not corrected since: it opens
    /// read-only. (An export is not a sending: the person says when,
    /// how and to whom it went.)
    pub fn is_sent(&self) -> bool {
        self.marked_sent().is_some()
    }

    /// The teams the last export was for, by name.
    pub fn exported_to(&self) -> Vec<String> {
        match self.last_exported().map(|e| &e.event) {
            Some(Event::Exported { teams, .. }) => teams.clone(),
            _ => Vec::new(),
        }
    }

    /// Whether the history still holds the entry a copy was stamped with
    /// ([`History::stamp`]): it has at least `entries` entries, the
    /// `entries`-th hashing to `hash` (or, for none, the start of the chain).
    pub fn has_stamp(&self, id: Uuid, (entries, hash): &(usize, String)) -> bool {
        match entries.checked_sub(1) {
            None => self.entries.is_empty() || genesis(id) == *hash,
            Some(at) => self.entries.get(at).is_some_and(|e| e.hash() == *hash),
        }
    }

    /// What a copy prints of the history as it stands: its length and
    /// latest hash.
    pub fn stamp(&self, id: Uuid) -> (usize, String) {
        (self.len(), self.latest_hash(id))
    }
}

/// Written straight into the draft file (not through a `Value`): the
/// entries, or an unreadable history as it was found.
impl Serialize for History {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.unreadable {
            Some(raw) => raw.serialize(serializer),
            None => self.entries.serialize(serializer),
        }
    }
}

/// The wall clock read once per session, then a monotonic clock.
#[derive(Debug, Clone, Copy)]
pub struct HistoryClock {
    wall: DateTime<Utc>,
    started: Instant,
}

impl HistoryClock {
    pub fn start(clock: &dyn Clock) -> Self {
        Self {
            wall: clock.now(),
            started: Instant::now(),
        }
    }

    /// The session's start plus the time since, to the second.
    pub fn now(&self) -> DateTime<Utc> {
        let elapsed = chrono::Duration::from_std(self.started.elapsed()).unwrap_or_default();
        let at = self.wall + elapsed;
        chrono::SubsecRound::trunc_subsecs(at, 0)
    }
}
