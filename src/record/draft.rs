//! The draft file: the application's own record of a referral in progress.
//! It keeps everything typed, valid or not, and the page the user was on.
//!
//! Every draft carries `draft_version`. A program reads every version up to
//! its own (migrating older ones) and refuses newer ones without touching
//! them, so a draft survives every future version of the application.

use crate::clock::Clock;
use crate::export::{ReadExport, Stamp, read_export_object};
use crate::i18n::t;
use crate::model::{Referral, SectionId};
use crate::record::history::History;
use crate::storage::file::{OpenError, parse_object, parse_object_keeping};
use crate::tr;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use uuid::Uuid;

/// The value of `format` in a draft file (defined with the file reading
/// both formats share, which an export's reader names too).
pub use crate::storage::file::DRAFT_FORMAT;
/// The draft version this program writes.
/// Version 2 added `history` ([`crate::record::history`]).
pub const DRAFT_VERSION: u64 = 2;

/// A referral in progress. A key it does not know is refused, as in an
/// export: dropping it silently would lose what another version wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// UUID v4, fixed for the life of the referral and carried into its export.
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The page the user was on, to reopen there.
    #[serde(default)]
    pub page: Option<SectionId>,
    /// The name the user gave it on the drafts screen; see [`Draft::label`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default)]
    pub referral: Referral,
    /// What happened to it; read and written by hand (see
    /// [`draft_from_object`]), so a damaged history never stops the draft
    /// from opening.
    #[serde(skip)]
    pub history: History,
}

#[derive(Serialize)]
struct DraftFile<'a> {
    format: &'static str,
    draft_version: u64,
    #[serde(flatten)]
    draft: &'a Draft,
    history: &'a History,
}

impl Draft {
    /// Whether its record can be trusted: the history's chain, and for a
    /// referral exported and not corrected since, that its answers are
    /// still those exported.
    pub fn record_check(&self) -> crate::record::history::Check {
        match self.history.check() {
            crate::record::history::Check::Holds => self.history.answers_check(&self.referral),
            other => other,
        }
    }

    /// A new, empty referral with a fresh id.
    pub fn new(clock: &dyn Clock) -> Self {
        let now = clock.now();
        Self {
            id: Uuid::new_v4(),
            created_at: now,
            updated_at: now,
            page: None,
            label: None,
            referral: Referral::default(),
            history: History::default(),
        }
    }

    /// The label shown on the drafts screen: the user's, or "Draft" and the
    /// day it was started. Never taken from the answers.
    pub fn label(&self) -> String {
        match &self.label {
            Some(label) => label.clone(),
            None => crate::tr!(
                "draft-label",
                date = self
                    .created_at
                    .format(&crate::i18n::date_format(
                        "draft-label-date-format",
                        chrono::Datelike::month(&self.created_at)
                    ))
                    .to_string()
            ),
        }
    }

    pub fn stamp(&self) -> Stamp {
        Stamp {
            id: self.id,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }

    /// An export opened again as a draft: same id and history.
    pub fn from_export(read: ReadExport, clock: &dyn Clock) -> Self {
        let now = clock.now();
        let created_at = read.meta.created_at.unwrap_or(now);
        Self {
            id: read.meta.id.unwrap_or_else(Uuid::new_v4),
            created_at,
            updated_at: read.meta.updated_at.unwrap_or(created_at),
            page: Some(SectionId::Declaration),
            label: None,
            referral: phones_as_people_write_them(read.referral),
            history: History::default(),
        }
    }

    /// The draft file's text.
    pub fn to_json(&self) -> String {
        let file = DraftFile {
            format: DRAFT_FORMAT,
            draft_version: DRAFT_VERSION,
            draft: self,
            history: &self.history,
        };
        // Cannot fail: every map key is a string.
        let mut s = serde_json::to_string_pretty(&file).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Reads a draft file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, OpenError> {
        match open_bytes(bytes)? {
            Opened::Draft(d) => Ok(d),
            Opened::Export(_) => Err(OpenError::Foreign(crate::msg!("draft-is-export"))),
        }
    }
}

/// An export's telephone numbers, which it carries in E.164
/// (`+447400123456`), in the boxes as people write them (`07400 123456`,
/// `+33 1 42 68 53 00`): the same number, and the export made from the
/// draft carries it as before. Every telephone question of the form
/// definition, in an entry of a list or not; a number that cannot be read
/// stays as it was.
fn phones_as_people_write_them(referral: Referral) -> Referral {
    use crate::form::Kind;
    fn national(v: Option<&mut Value>) {
        if let Some(Value::String(s)) = v
            && let Some(written) = crate::values::display_phone(s)
        {
            *s = written;
        }
    }
    let Ok(mut doc) = serde_json::to_value(&referral) else {
        return referral;
    };
    for q in crate::form::all() {
        let Some(at) = q.path.strip_prefix("referral") else {
            continue;
        };
        let at = at.replace('.', "/");
        match q.kind {
            Kind::Phone => national(doc.pointer_mut(&at)),
            Kind::List { entry, .. } => {
                let Some(Value::Array(items)) = doc.pointer_mut(&at) else {
                    continue;
                };
                for e in entry.iter().filter(|e| matches!(e.kind, Kind::Phone)) {
                    for item in items.iter_mut() {
                        national(if e.path.is_empty() {
                            Some(item)
                        } else {
                            item.get_mut(e.path)
                        });
                    }
                }
            }
            _ => {}
        }
    }
    serde_json::from_value(doc).unwrap_or(referral)
}

/// `history` is the text of the file's `history` (the map holds `null`
/// in its place), when it has one; `bytes` the whole file, read again
/// only when that text is not a list of entries.
fn draft_from_object(
    map: Map<String, Value>,
    history: Option<&RawValue>,
    bytes: &[u8],
) -> Result<Draft, OpenError> {
    let version = match map.get("draft_version") {
        Some(Value::Number(n)) => n
            .as_u64()
            .ok_or_else(|| OpenError::DamagedDraft(t("draft-version-not-number").to_owned()))?,
        _ => {
            return Err(OpenError::DamagedDraft(
                t("draft-version-missing").to_owned(),
            ));
        }
    };
    if version > DRAFT_VERSION {
        return Err(OpenError::Newer {
            found: tr!("draft-version-found", version = version),
            reads: tr!("draft-version-reads", version = DRAFT_VERSION),
        });
    }
    let mut map = migrate(map, version)?;
    map.remove("format");
    map.remove("draft_version");
    map.remove("history");
    // The message names the place, never the answer found there.
    let mut draft: Draft = serde_path_to_error::deserialize(Value::Object(map)).map_err(|e| {
        OpenError::DamagedDraft(tr!(
            "draft-at",
            path = crate::printable::shown(&e.path().to_string()),
            why = serde_said(&e.inner().to_string())
        ))
    })?;
    draft.history = match history {
        Some(text) => match History::from_text(text.get(), draft.id) {
            Some(history) => history,
            // Not a list of entries: the whole file is read again as every
            // file is (a key given twice, nesting too deep or a number too
            // large refuse it, with the place), and the history is kept
            // exactly as found, never replaced by something else.
            None => {
                let mut whole = parse_object(bytes)?;
                History::from_value(whole.remove("history").unwrap_or(Value::Null), draft.id)
            }
        },
        // Written before histories: one starts at the upgrade.
        None => History::upgraded_from(version),
    };
    Ok(draft)
}

/// serde's reason a draft's value is not of the draft's shape, which is
/// English whatever the language, in the catalogue's words: the kind of
/// trouble and the key it names, never the value found (it may be an
/// answer). One serde has added since is shown without its value.
fn serde_said(message: &str) -> String {
    use crate::printable::{shown, without_value};
    // The key serde names in backquotes: `nickname`.
    let key = || {
        let inner = message.split('`').nth(1).unwrap_or_default();
        shown(inner)
    };
    let starts = |prefix: &str| message.starts_with(prefix);
    if starts("unknown field") {
        tr!("draft-unknown-key", key = key())
    } else if starts("missing field") {
        tr!("draft-missing-key", key = key())
    } else if starts("duplicate field") {
        tr!("draft-duplicate-key", key = key())
    } else if starts("unknown variant") {
        t("draft-unknown-answer").to_owned()
    } else if starts("invalid type") {
        t("draft-wrong-type").to_owned()
    } else if starts("invalid value") {
        t("draft-wrong-value").to_owned()
    } else if starts("invalid length") {
        t("draft-wrong-length").to_owned()
    } else {
        shown(&without_value(message))
    }
}

/// Brings an older draft up to [`DRAFT_VERSION`], one version at a time.
/// Each new version adds a step here and a sample file under
/// `tests/fixtures/drafts/`. Version 1 had no `history`: it opens with an
/// empty one that starts (with an "upgraded" entry) at the first event.
fn migrate(map: Map<String, Value>, version: u64) -> Result<Map<String, Value>, OpenError> {
    match version {
        0 => Err(OpenError::DamagedDraft(t("draft-version-zero").to_owned())),
        1 if map.contains_key("history") => Err(OpenError::DamagedDraft(
            t("draft-version-1-history").to_owned(),
        )),
        _ => Ok(map),
    }
}

/// What a file turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Draft(Draft),
    Export(ReadExport),
}

/// Reads a draft or an export file.
pub fn open_bytes(bytes: &[u8]) -> Result<Opened, OpenError> {
    let (map, history) = parse_object_keeping(bytes, Some("history"))?;
    match map.get("format") {
        Some(Value::String(f)) if f == DRAFT_FORMAT => {
            draft_from_object(map, history.as_deref(), bytes).map(Opened::Draft)
        }
        _ => {
            let read = read_export_object(&map)?;
            // Answers this version cannot hold would be lost on saving.
            if let Some(path) = read.meta.newer_answers.first() {
                return Err(OpenError::NewerAnswers {
                    version: read.meta.format_version.clone(),
                    path: path.clone(),
                    count: read.meta.newer_answers.len(),
                });
            }
            Ok(Opened::Export(read))
        }
    }
}

/// Reads a draft or an export file as a draft.
pub fn open_as_draft(bytes: &[u8], clock: &dyn Clock) -> Result<Draft, OpenError> {
    Ok(match open_bytes(bytes)? {
        Opened::Draft(d) => d,
        Opened::Export(e) => Draft::from_export(e, clock),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn clock() -> FixedClock {
        FixedClock(Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever was typed, valid or not, a draft keeps it exactly.
        #[test]
        fn a_draft_round_trips_losslessly(referral: Referral, page: Option<SectionId>, label: Option<String>) {
            let mut draft = Draft::new(&clock());
            draft.referral = referral;
            draft.page = page;
            draft.label = label;
            let text = draft.to_json();
            let back = Draft::from_bytes(text.as_bytes()).unwrap();
            prop_assert_eq!(&back, &draft);
            prop_assert_eq!(back.to_json(), text);
        }
    }

    #[test]
    fn a_date_typed_wrong_stays_as_typed() {
        let mut draft = Draft::new(&clock());
        draft.referral.person.date_of_birth = crate::model::DateInput {
            day: "31".into(),
            month: "feb".into(),
            year: "2011".into(),
        };
        let back = Draft::from_bytes(draft.to_json().as_bytes()).unwrap();
        assert_eq!(back.referral.person.date_of_birth.month, "feb");
        assert_eq!(back.referral.person.date_of_birth.day, "31");
    }

    #[test]
    fn a_draft_carries_its_format_and_version() {
        let text = Draft::new(&clock()).to_json();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["format"], DRAFT_FORMAT);
        assert_eq!(v["draft_version"], DRAFT_VERSION);
    }

    #[test]
    fn a_newer_draft_is_refused() {
        let text = Draft::new(&clock())
            .to_json()
            .replace("\"draft_version\": 2", "\"draft_version\": 3");
        let err = Draft::from_bytes(text.as_bytes()).unwrap_err();
        assert!(matches!(err, OpenError::Newer { .. }), "{err}");
        assert!(err.to_string().contains("newer than this program reads"));
    }

    #[test]
    fn a_damaged_draft_names_the_field() {
        let text = Draft::new(&clock())
            .to_json()
            .replace("\"given_names\": \"\"", "\"given_names\": 5");
        let err = Draft::from_bytes(text.as_bytes()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "is a damaged draft: at referral.person.given_names: the value is of the wrong kind (text, a number, a list or true/false)"
        );
    }

    #[test]
    fn an_unknown_key_in_a_draft_is_refused() {
        let text = Draft::new(&clock()).to_json().replace(
            "\"given_names\": \"\"",
            "\"given_names\": \"\", \"nickname\": \"Al\"",
        );
        let err = Draft::from_bytes(text.as_bytes()).unwrap_err().to_string();
        assert!(
            err.contains("referral.person") && err.contains("nickname"),
            "{err}"
        );
        let text = Draft::new(&clock())
            .to_json()
            .replacen("{", "{\"extra\": true,", 1);
        assert!(Draft::from_bytes(text.as_bytes()).is_err());
    }

    #[test]
    fn a_wrong_answer_is_not_echoed() {
        let text = Draft::new(&clock()).to_json().replace(
            "\"page\": null",
            "\"page\": \"Alex Testperson lives at 12 Example Road\"",
        );
        let err = Draft::from_bytes(text.as_bytes()).unwrap_err().to_string();
        assert!(
            err.contains("at page: the answer is not one of those the form gives"),
            "{err}"
        );
        assert!(!err.contains("Example Road"), "{err}");
    }

    #[test]
    fn fields_missing_from_an_older_draft_take_their_defaults() {
        let text = r#"{"format":"prevent-referral-draft","draft_version":1,
            "id":"6f1c2b1e-3f7a-4c2d-9a7e-1d2c3b4a5e6f",
            "created_at":"2026-11-18T09:05:00Z","updated_at":"2026-11-18T09:05:00Z",
            "referral":{"person":{"family_name":"Smith"}}}"#;
        let draft = Draft::from_bytes(text.as_bytes()).unwrap();
        assert_eq!(draft.referral.person.family_name, "Smith");
        assert_eq!(draft.referral.person.address.country, "United Kingdom");
        assert_eq!(draft.page, None);
    }

    /// A history that is not a list of entries is read as every file is:
    /// what would refuse any file refuses this one, with the place, and
    /// anything else is kept exactly as found, and written back so.
    #[test]
    fn a_damaged_history_is_refused_as_any_file_or_kept_as_found() {
        let text = Draft::new(&clock()).to_json();
        assert!(text.contains("\"history\": []"), "{text}");
        let with =
            |history: &str| text.replace("\"history\": []", &format!("\"history\": {history}"));

        let twice = with(r#"[{"at": "2026-11-20T09:00:00Z", "at": "2026-11-21T09:00:00Z"}]"#);
        assert!(matches!(
            Draft::from_bytes(twice.as_bytes()),
            Err(OpenError::DuplicateKey { ref key, .. }) if key == "at"
        ));
        let deep = with(&format!("{}{}", "[".repeat(200), "]".repeat(200)));
        assert!(matches!(
            Draft::from_bytes(deep.as_bytes()),
            Err(OpenError::TooDeep { .. })
        ));
        let surrogate = with(r#"[{"reason": "\ud800"}]"#);
        assert!(matches!(
            Draft::from_bytes(surrogate.as_bytes()),
            Err(OpenError::Json { .. })
        ));

        for found in [
            "null",
            "5",
            r#"{"a": [1, 2]}"#,
            r#"[{"event": "nothing", "x": 1}]"#,
        ] {
            let draft = Draft::from_bytes(with(found).as_bytes()).unwrap();
            assert_eq!(
                draft.history.check(),
                crate::record::history::Check::Unreadable
            );
            let back: Value = serde_json::from_str(&draft.to_json()).unwrap();
            let kept: Value = serde_json::from_str(found).unwrap();
            assert_eq!(back["history"], kept, "kept as found: {found}");
        }
    }
}
