//! The draft file: the application's own record of a referral in progress.
//! It keeps everything typed, valid or not, and the page the user was on.
//!
//! Every draft carries `draft_version`. A program reads every version up to
//! its own (migrating older ones) and refuses newer ones without touching
//! them, so a draft survives every future version of the application.

use crate::clock::Clock;
use crate::export::{ReadExport, Stamp, read_export_object};
use crate::file::{OpenError, parse_object};
use crate::model::{Referral, SectionId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

/// The value of `format` in a draft file.
pub const DRAFT_FORMAT: &str = "prevent-referral-draft";
/// The draft version this program writes.
pub const DRAFT_VERSION: u64 = 1;

/// A referral in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// UUID v4, fixed for the life of the referral and carried into its export.
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The page the user was on, to reopen there.
    #[serde(default)]
    pub page: Option<SectionId>,
    #[serde(default)]
    pub referral: Referral,
}

#[derive(Serialize)]
struct DraftFile<'a> {
    format: &'static str,
    draft_version: u64,
    #[serde(flatten)]
    draft: &'a Draft,
}

impl Draft {
    /// A new, empty referral with a fresh id.
    pub fn new(clock: &dyn Clock) -> Self {
        let now = clock.now();
        Self {
            id: Uuid::new_v4(),
            created_at: now,
            updated_at: now,
            page: None,
            referral: Referral::default(),
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
            referral: read.referral,
        }
    }

    /// The draft file's text.
    pub fn to_json(&self) -> String {
        let file = DraftFile {
            format: DRAFT_FORMAT,
            draft_version: DRAFT_VERSION,
            draft: self,
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
            Opened::Export(_) => Err(OpenError::Foreign(
                "it is an export, not a draft".to_owned(),
            )),
        }
    }
}

fn draft_from_object(map: Map<String, Value>) -> Result<Draft, OpenError> {
    let version = match map.get("draft_version") {
        Some(Value::Number(n)) => n
            .as_u64()
            .ok_or_else(|| OpenError::DamagedDraft("draft_version is not a whole number".into()))?,
        _ => {
            return Err(OpenError::DamagedDraft("it has no draft_version".into()));
        }
    };
    if version > DRAFT_VERSION {
        return Err(OpenError::Newer {
            found: format!("draft {version}"),
            reads: format!("drafts up to {DRAFT_VERSION}"),
        });
    }
    let map = migrate(map, version)?;
    serde_path_to_error::deserialize(Value::Object(map))
        .map_err(|e| OpenError::DamagedDraft(format!("at {}: {}", e.path(), e.inner())))
}

/// Brings an older draft up to [`DRAFT_VERSION`], one version at a time.
/// Version 1 is the first, so there is nothing to do yet; each new version
/// adds a step here and a sample file under `tests/fixtures/drafts/`.
fn migrate(map: Map<String, Value>, version: u64) -> Result<Map<String, Value>, OpenError> {
    match version {
        0 => Err(OpenError::DamagedDraft(
            "draft_version 0 does not exist".into(),
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
    let map = parse_object(bytes)?;
    match map.get("format") {
        Some(Value::String(f)) if f == DRAFT_FORMAT => draft_from_object(map).map(Opened::Draft),
        _ => read_export_object(&map).map(Opened::Export),
    }
}

/// Reads a draft or an export file as a draft.
pub fn open_as_draft(bytes: &[u8], clock: &dyn Clock) -> Result<Draft, OpenError> {
    Ok(match open_bytes(bytes)? {
        Opened::Draft(d) => d,
        Opened::Export(e) => Draft::from_export(e, clock),
    })
}
