//! Sending a referral out, once for the app and the command line: the
//! export document built from a complete draft, encrypted for the teams
//! chosen (or not), named, and written. When any step fails nothing is
//! written.
//!
//! The file name never holds a person's name:
//! `prevent-referral-YYYY-MM-DD-<first 8 characters of the id>.json`, with
//! `.age` after it when encrypted.

use crate::export::{build_export, export_file_name, to_json};
use crate::record::draft::Draft;
use crate::record::history::{Event, HistoryClock, sha256_hex};
use crate::record::library::Writer;
use crate::rules::{Context, Problem};
use crate::storage::crypto::{EncryptFailure, RecipientError, encrypt_to, parse_recipient};
use age::x25519;
use chrono::{DateTime, Utc};
use std::path::Path;

/// Why an export was not written.
#[derive(Debug)]
pub enum OutboxError {
    /// A team's public key is not one.
    BadRecipient {
        key: String,
        why: RecipientError,
    },
    /// The referral breaks rules: every problem, by field path.
    Incomplete(Vec<Problem>),
    Encrypt(EncryptFailure),
    Write(std::io::Error),
}

/// An export ready to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// The referral it was made from: it is written and recorded only
    /// while that referral is the one on screen.
    pub draft_id: uuid::Uuid,
    /// The referral's history when it was made (its length and latest
    /// hash, printed in it), when it is to be recorded there: it is
    /// recorded only while the history still holds that entry.
    pub stamp: Option<(usize, String)>,
    pub bytes: Vec<u8>,
    /// The file name to suggest (or use).
    pub file_name: String,
    pub encrypted: bool,
    /// The public keys it is encrypted to ("age1…"), to name the teams.
    pub for_keys: Vec<String>,
    /// The characters a PDF copy shows as "□", since no font could draw
    /// them, by code point ("U+AC00, U+1F642"); empty when there are none.
    /// The person is told which; the export holds them exactly.
    pub placeholders: String,
}

/// Reads the teams' age public keys; the first that is not one stops it.
pub fn recipients<S: AsRef<str>>(public_keys: &[S]) -> Result<Vec<x25519::Recipient>, OutboxError> {
    public_keys
        .iter()
        .map(|key| {
            parse_recipient(key.as_ref()).map_err(|why| OutboxError::BadRecipient {
                key: key.as_ref().to_owned(),
                why,
            })
        })
        .collect()
}

/// Builds the export of `draft`, encrypted to `recipients` when any are
/// given (ASCII-armoured with `armored`), and names it.
pub fn prepare(
    draft: &Draft,
    ctx: Context,
    now: DateTime<Utc>,
    recipients: &[x25519::Recipient],
    armored: bool,
) -> Result<Outgoing, OutboxError> {
    let mut doc =
        build_export(&draft.referral, draft.stamp(), ctx, now).map_err(OutboxError::Incomplete)?;
    // Where the record stood: the export entry noted after writing is
    // chained on this hash, and a history rewritten later no longer ends
    // in it.
    let stamp = draft.history.stamp(draft.id);
    doc.history = Some(crate::export::ExportHistory {
        entries: stamp.0 as u64,
        latest_sha256: crate::export::Sha256Hex(stamp.1.clone()),
    });
    let json = to_json(&doc);
    let name = suggested_name(draft, &export_file_name(&doc));
    Outgoing::sealed(
        draft.id,
        Some(stamp),
        json.into_bytes(),
        name,
        recipients,
        armored,
    )
    .map_err(OutboxError::Encrypt)
}

impl Outgoing {
    /// `bytes` of the referral `draft_id`, as they go out: encrypted to
    /// `recipients` when any are given (named `NAME.age`), plain otherwise.
    /// For an export and a PDF copy alike.
    pub fn sealed(
        draft_id: uuid::Uuid,
        stamp: Option<(usize, String)>,
        bytes: Vec<u8>,
        name: String,
        recipients: &[x25519::Recipient],
        armored: bool,
    ) -> Result<Self, EncryptFailure> {
        if recipients.is_empty() {
            return Ok(Self {
                draft_id,
                stamp,
                bytes,
                file_name: name,
                encrypted: false,
                for_keys: Vec::new(),
                placeholders: String::new(),
            });
        }
        let refs: Vec<&dyn age::Recipient> = recipients.iter().map(|r| r as _).collect();
        Ok(Self {
            draft_id,
            stamp,
            bytes: encrypt_to(&refs, &bytes, armored)?,
            file_name: format!("{name}.age"),
            encrypted: true,
            for_keys: recipients.iter().map(ToString::to_string).collect(),
            placeholders: String::new(),
        })
    }
}

/// Writes the export where `to` says (atomically, owner-only, into the
/// folder that was checked, with the disk writer).
pub fn write(
    writer: &dyn Writer,
    outgoing: &Outgoing,
    to: &crate::storage::destination::Destination,
) -> Result<(), OutboxError> {
    writer
        .write_to(to, &outgoing.bytes)
        .map_err(OutboxError::Write)
}

/// Whether the file at `path` is one this referral was exported as (its
/// SHA-256 is an export's in the history): what was sent, which a later
/// export (a correction's) must never replace.
pub fn is_an_earlier_export(draft: &Draft, path: &Path) -> bool {
    let sent = draft.history.export_hashes();
    if sent.is_empty() || !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    crate::storage::file::read_bytes(path)
        .is_ok_and(|bytes| sent.contains(&sha256_hex(&bytes).as_str()))
}

/// The file name to suggest for an export of `draft`: the usual name, and
/// after a correction the same with "-correction-N", so the file first sent
/// is never the one offered to replace.
pub fn suggested_name(draft: &Draft, outgoing_name: &str) -> String {
    let corrections = draft
        .history
        .entries()
        .iter()
        .filter(|e| matches!(e.event, Event::Corrected { .. }))
        .count();
    if corrections == 0 {
        return outgoing_name.to_owned();
    }
    // Before the first dot: ".json", ".json.age", ".pdf", ".pdf.age".
    match outgoing_name.split_once('.') {
        Some((stem, ext)) => format!("{stem}-correction-{corrections}.{ext}"),
        None => format!("{outgoing_name}-correction-{corrections}"),
    }
}

/// Notes in the draft's history that `outgoing` was written: when, for
/// which teams (by the names in `teams`, `(name, public key)`; a key with
/// no name is given as the key), encrypted or not, and the SHA-256 of the
/// bytes written. The app and the command line both call this, so an
/// export is recorded the same way from either.
pub fn record_export(
    draft: &mut Draft,
    outgoing: &Outgoing,
    teams: &[(String, String)],
    clock: &HistoryClock,
) {
    let names = outgoing
        .for_keys
        .iter()
        .map(|key| {
            teams
                .iter()
                .find(|(_, k)| k == key)
                .map(|(name, _)| name.clone())
                .unwrap_or_else(|| key.clone())
        })
        .collect();
    let event = Event::Exported {
        teams: names,
        encrypted: outgoing.encrypted,
        sha256: sha256_hex(&outgoing.bytes),
        answers: Some(crate::record::history::answers_sha256(&draft.referral)),
    };
    draft.history.record(draft.id, clock, event);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use chrono::TimeZone;

    fn clock() -> FixedClock {
        FixedClock(
            Utc.with_ymd_and_hms(2026, 11, 20, 15, 30, 0)
                .single()
                .unwrap_or_default(),
        )
    }

    #[test]
    fn an_incomplete_referral_gives_every_problem_and_no_bytes() {
        let draft = Draft::new(&clock());
        let ctx = Context::new(clock().0.date_naive());
        match prepare(&draft, ctx, clock().0, &[], false) {
            Err(OutboxError::Incomplete(problems)) => assert!(!problems.is_empty()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bad_team_key_is_named() {
        match recipients(&["age1nope"]) {
            Err(OutboxError::BadRecipient { key, .. }) => assert_eq!(key, "age1nope"),
            other => panic!("{other:?}"),
        }
        assert!(recipients::<&str>(&[]).is_ok_and(|r| r.is_empty()));
    }
}
