//! The export document: the finished referral as the police Prevent team
//! receives it (FORM.md, "The export document"; docs/EXPORT-FORMAT.md).

mod build;
mod read;
mod types;

pub(crate) use read::read_export_object;
pub use read::{ExportMeta, ReadExport, read_export};
pub use types::*;

use crate::model::Referral;
use crate::rules::{self, Context, Problem};
use chrono::{DateTime, Utc};
use std::collections::HashSet;
use uuid::Uuid;

/// Who made the file: written into `generator`.
pub const APP_NAME: &str = "Prevent Referral";
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The referral's identity and history, kept in its draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Builds the export document when every rule holds; otherwise returns
/// every problem.
pub fn build_export(
    referral: &Referral,
    stamp: Stamp,
    ctx: Context,
    now: DateTime<Utc>,
) -> Result<ExportDocument, Vec<Problem>> {
    let problems = rules::validate(referral, ctx);
    if !problems.is_empty() {
        return Err(problems);
    }
    let Some(body) = build::referral(referral, ctx) else {
        return Err(vec![Problem::new(
            "referral",
            "Internal error: a required answer is missing although the checks passed",
        )]);
    };
    Ok(ExportDocument {
        format: FormatName::PreventNationalReferral,
        format_version: FormatVersion(FORMAT_VERSION.to_owned()),
        id: stamp.id,
        protective_marking: ProtectiveMarking::OfficialSensitive,
        created_at: stamp.created_at,
        updated_at: stamp.updated_at,
        exported_at: now,
        generator: Generator {
            name: Text(APP_NAME.to_owned()),
            version: Text(APP_VERSION.to_owned()),
        },
        referral: body,
    })
}

/// The export as UTF-8 JSON text: two-space indented, keys in contract
/// order, ending in a newline.
pub fn to_json(doc: &ExportDocument) -> String {
    // Serialising these types cannot fail: every map key is a string.
    let mut s = serde_json::to_string_pretty(doc).unwrap_or_default();
    s.push('\n');
    s
}

/// Everything wrong with an export that was read: its shape problems first,
/// then the form's rules for fields whose shape was fine.
pub fn check_export(read: &ReadExport, ctx: Context) -> Vec<Problem> {
    let mut problems = read.problems.clone();
    let bad: HashSet<&str> = read.problems.iter().map(|p| p.path.as_str()).collect();
    let rule_problems: Vec<Problem> = rules::validate(&read.referral, ctx)
        .into_iter()
        .filter(|p| !bad.contains(p.path.as_str()))
        .collect();
    problems.extend(rule_problems);
    problems
}
