//! The export document: the finished referral as the police Prevent team
//! receives it (docs/FORM.md, "The export document"; docs/EXPORT-FORMAT.md).

mod build;
mod read;
mod shape;
mod types;

pub(crate) use read::read_export_object;
pub use read::{ExportMeta, ReadExport, read_export};
pub use types::*;

use crate::model::Referral;
use crate::rules::{self, Context, Problem};
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::collections::HashSet;
use uuid::Uuid;

/// Who made the file: written into `generator`.
pub const APP_NAME: &str = "Prevent Referral";
pub const APP_VERSION: &str = crate::VERSION;

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
            crate::msg!("export-internal"),
        )]);
    };
    Ok(ExportDocument {
        format: FormatName::PreventNationalReferral,
        format_version: FormatVersion(FORMAT_VERSION.to_owned()),
        form_edition: Text(FORM_EDITION.to_owned()),
        id: stamp.id,
        protective_marking: ProtectiveMarking::OfficialSensitive,
        created_at: stamp.created_at,
        updated_at: stamp.updated_at,
        exported_at: now,
        generator: Generator {
            name: Text(APP_NAME.to_owned()),
            version: Text(APP_VERSION.to_owned()),
        },
        history: None,
        referral: ExportReferral(body),
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
/// then the form's rules for fields whose shape was fine, and finally, for a
/// referral that passes them all, every value that is not as this program
/// writes it (an answer to a question that is not asked, untrimmed text).
pub fn check_export(read: &ReadExport, ctx: Context) -> Vec<Problem> {
    let mut problems = read.problems.clone();
    let bad: HashSet<&str> = read.problems.iter().map(|p| p.path.as_str()).collect();
    // A file of an older MINOR is held to the questions of its own time.
    let ctx = Context::for_minor(ctx.today, read.meta.minor().min(ctx.minor));
    let rule_problems: Vec<Problem> = rules::validate(&read.referral, ctx)
        .into_iter()
        .filter(|p| !bad.contains(p.path.as_str()))
        .collect();
    problems.extend(rule_problems);
    if problems.is_empty()
        && let Some(canonical) = build::referral(&read.referral, ctx)
    {
        let canonical = Value::Object(canonical);
        let mut got = read.referral_json.clone();
        accept_older_forms(&mut got, &read.referral);
        differences("referral", &canonical, &got, &mut problems);
    }
    problems
}

/// What version 0.1 wrote differently and is still valid: `false` for
/// `police_called` when the question was not asked (now `null`).
fn accept_older_forms(got: &mut Value, referral: &Referral) {
    if !referral.concerns.asks_police_called()
        && let Some(called) = got.pointer_mut("/concerns/police_called")
        && *called == Value::Bool(false)
    {
        *called = Value::Null;
    }
}

/// Reports where `got` is not `want`, by path.
fn differences(path: &str, want: &Value, got: &Value, out: &mut Vec<Problem>) {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            for (key, w) in w {
                if let Some(g) = g.get(key) {
                    differences(&format!("{path}.{key}"), w, g, out);
                }
            }
        }
        (Value::Array(w), Value::Array(g)) if w.len() == g.len() => {
            for (i, (w, g)) in w.iter().zip(g).enumerate() {
                differences(&format!("{path}[{i}]"), w, g, out);
            }
        }
        _ if want == got => {}
        (Value::Null, _) => out.push(Problem::new(path, crate::msg!("export-must-be-null"))),
        _ => {
            let mut shown = want.to_string();
            if shown.chars().count() > 80 {
                shown = shown.chars().take(80).collect::<String>() + "…";
            }
            out.push(Problem::new(
                path,
                crate::msg!("export-must-be-written-as", value = shown),
            ));
        }
    }
}

/// The file name to offer for an export:
/// `prevent-referral-YYYY-MM-DD-<first 8 characters of the id>.json`, from
/// the referral date. Never a person's name.
pub fn export_file_name(doc: &ExportDocument) -> String {
    let id = doc.id.hyphenated().to_string();
    // The date as written: checked ISO (YYYY-MM-DD) digits, never a name.
    let date = doc
        .referral
        .referral_date()
        .filter(|d| d.len() == 10 && d.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
        .unwrap_or("undated");
    format!(
        "prevent-referral-{date}-{}.json",
        id.get(..8).unwrap_or(&id)
    )
}
