//! The export document's envelope, type for type (format, versions, id,
//! times, generator, history), and the shared value types (`Text`, `Phone`,
//! an address). The `referral` part is written from the form definition
//! (`build.rs`) and its schema made from it (`shape.rs`): no question is
//! named here. Serialising a document gives the exact JSON of "The export
//! document" in docs/FORM.md, and the JSON Schema in `assets/schema/` is
//! generated from these types and the definition.

use crate::model::*;
use chrono::{DateTime, Utc};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Serialize;
use std::borrow::Cow;
use uuid::Uuid;

/// The value of `format`.
pub const FORMAT: &str = "prevent-national-referral";
/// The MAJOR of `format_version` this program reads and writes.
pub const FORMAT_MAJOR: u64 = 1;
/// The `format_version` this program writes: 1.1 added `history`; 1.2 added
/// `form_edition` and the answers to the questions of the 2026.1 edition;
/// 1.3 the 2026.2 edition's work telephone extension, and armed forces
/// asked only from 16; 1.4 the 2026.3 edition's parents' awareness asked
/// once, in section 2 (see docs/EXPORT-FORMAT.md, "Versions").
pub const FORMAT_VERSION: &str = "1.4";
/// The MINOR of [`FORMAT_VERSION`], defined with the questions whose
/// `since` it bounds ([`crate::form::FORMAT_MINOR`]).
pub use crate::form::FORMAT_MINOR;
/// The edition of the form's questions this program asks (docs/DECISIONS.md,
/// "Form editions"): the national referral form of 2025 with the questions
/// the 2025–2026 reviews ask for; 2026.2 fits them to the person (armed
/// forces from 16) and takes a work telephone's extension; 2026.3 asks the
/// parents' awareness once, of each parent or carer.
pub const FORM_EDITION: &str = "2026.3";

/// The form edition whose questions each format MINOR asks, from 1.2 (the
/// first with `form_edition`): a file must name its MINOR's edition, so a
/// 1.3 file cannot say it answers 2026.3's questions (found in review).
pub const EDITIONS: [(u64, &str); 3] = [(2, "2026.1"), (3, "2026.2"), (4, FORM_EDITION)];

/// The edition format MINOR `minor` asks; `None` for one older than 1.2
/// (no edition) or newer than this program.
pub fn edition_of(minor: u64) -> Option<&'static str> {
    EDITIONS.iter().find(|(m, _)| *m == minor).map(|(_, e)| *e)
}

/// An edition as the form names them: a year, a dot, a number ("2026.3").
pub fn is_edition(text: &str) -> bool {
    text.split_once('.').is_some_and(|(year, n)| {
        year.len() == 4
            && !n.is_empty()
            && n.len() <= 3
            && year.bytes().all(|b| b.is_ascii_digit())
            && n.bytes().all(|b| b.is_ascii_digit())
    })
}

/// For `skip_serializing_if`: never skips, but marks a key that a MINOR
/// added, so the schema lists it as one a file may leave out (a file of an
/// older MINOR has no such key).
pub fn added_key<T>(_: &T) -> bool {
    false
}
/// The value of `protective_marking`.
pub const PROTECTIVE_MARKING: &str = "OFFICIAL-SENSITIVE";

/// Declares a string newtype with its own schema definition.
macro_rules! string_type {
    ($(#[$meta:meta])* $name:ident, $schema:tt) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

string_type!(
    /// A short answer, trimmed: 1 to 200 characters.
    Text,
    {"type": "string", "minLength": 1, "maxLength": 200, "description": "A short answer, trimmed, 1 to 200 characters."}
);
string_type!(
    /// A long answer as typed, line breaks kept: up to 50,000 characters.
    LongText,
    {"type": "string", "minLength": 1, "maxLength": 50000, "description": "A long answer as typed, line breaks kept, up to 50,000 characters."}
);
string_type!(
    /// A telephone number in E.164 form, like "+447400123456".
    Phone,
    {"type": "string", "pattern": "^\\+[1-9][0-9]{6,14}$", "description": "A telephone number in E.164 form, like +447400123456."}
);
string_type!(
    /// A telephone extension: 1 to 6 digits (from 1.3).
    Extension,
    {"type": "string", "pattern": "^[0-9]{1,6}$", "description": "A telephone extension, 1 to 6 digits, like 210."}
);
string_type!(
    /// One email address.
    Email,
    {"type": "string", "format": "email", "maxLength": 254, "description": "One email address, at most 254 characters."}
);
string_type!(
    /// `format_version`: MAJOR.MINOR.
    FormatVersion,
    {"type": "string", "pattern": "^1\\.(0|[1-9][0-9]*)$", "description": "MAJOR.MINOR. A reader accepts any MINOR of its MAJOR and refuses a newer MAJOR."}
);

/// The whole export document.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(
    title = "Prevent National Referral export",
    description = "One referral made with the Prevent National Referral Form (England and Wales). OFFICIAL-SENSITIVE once filled in.",
    deny_unknown_fields
)]
pub struct ExportDocument {
    pub format: FormatName,
    pub format_version: FormatVersion,
    /// The edition of the form's questions (from 1.2), like "2026.1".
    #[serde(skip_serializing_if = "added_key")]
    pub form_edition: Text,
    /// UUID v4, fixed for the life of the referral.
    pub id: Uuid,
    pub protective_marking: ProtectiveMarking,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub exported_at: DateTime<Utc>,
    pub generator: Generator,
    /// Where the referral's own record stood when it was exported (from
    /// 1.1; absent from 1.0 files): a history rewritten later no longer
    /// ends in this hash.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<ExportHistory>,
    #[schemars(with = "super::shape::Shape")]
    pub referral: ExportReferral,
}

/// The `referral` part: every question of the form definition at its key,
/// written from the definition (`build.rs`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct ExportReferral(pub serde_json::Map<String, serde_json::Value>);

impl ExportReferral {
    /// The referral date, as written ("2026-03-14").
    pub fn referral_date(&self) -> Option<&str> {
        self.0.get("declaration")?.get("referral_date")?.as_str()
    }
}

/// The referral's history when it was exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportHistory {
    /// How many entries the history had.
    pub entries: u64,
    /// SHA-256 (hex) of the latest entry, or of the referral id when there
    /// was none.
    pub latest_sha256: Sha256Hex,
}

string_type!(
    /// A SHA-256 hash, 64 lowercase hexadecimal digits.
    Sha256Hex,
    {"type": "string", "pattern": "^[0-9a-f]{64}$", "description": "A SHA-256 hash, 64 lowercase hexadecimal digits."}
);

/// Always "prevent-national-referral".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub enum FormatName {
    #[serde(rename = "prevent-national-referral")]
    PreventNationalReferral,
}

/// Always "OFFICIAL-SENSITIVE".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub enum ProtectiveMarking {
    #[serde(rename = "OFFICIAL-SENSITIVE")]
    OfficialSensitive,
}

/// The program that wrote the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Generator {
    pub name: Text,
    pub version: Text,
}

/// An address. When `status` is not "known", `lines` is empty and the rest
/// are null.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportAddress {
    pub status: AddressStatus,
    #[schemars(length(max = 4))]
    pub lines: Vec<Text>,
    pub town: Option<Text>,
    /// "SW1A 1AA" form when the country is the United Kingdom.
    pub postcode: Option<Text>,
    pub country: Option<Text>,
}
