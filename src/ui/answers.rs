//! "Check your answers": every question the form asks, by section, from the
//! form definition, with the answer as it will be sent (postcodes and
//! telephone numbers written as the export writes them; "Not provided" for
//! one skipped) and the path each "Change" link goes back to.
//!
//! The words of each answer are [`crate::answers`]'s, as in the PDF copy;
//! this file lays them out as the summary's rows.

use crate::answers::{answer, pointer, section_value};
use crate::form::{self, Facts, Kind, Question};
use crate::i18n::t;
use crate::model::*;
use crate::tr;
use serde_json::Value;

/// One row of the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The field the "Change" link moves focus to.
    pub path: String,
    pub label: String,
    /// `None` shows as "Not provided".
    pub answer: Option<String>,
}

/// The rows for one section, as format MINOR `minor` asked them (this
/// program's, or a received file's own when it is shown as it was).
pub fn rows(r: &Referral, section: SectionId, age: Option<u32>, minor: u64) -> Vec<Row> {
    // The declaration is asked below the summary, not listed in it.
    if section == SectionId::Declaration {
        return Vec::new();
    }
    let questions = form::questions(section);
    let Ok(whole) = serde_json::to_value(section_value(r, section)) else {
        return Vec::new();
    };
    let prefix = format!("referral.{}.", section.id());
    let mut rows = Vec::new();
    for q in questions {
        let facts = Facts {
            minor,
            referral: r,
            age,
            entry: None,
        };
        if !q.is_asked(&facts) {
            continue;
        }
        let pointer = pointer(q.path.strip_prefix(&prefix).unwrap_or(q.path));
        let value = whole.pointer(&pointer).unwrap_or(&Value::Null);
        match q.kind {
            Kind::List { item, entry, .. } => {
                list_rows(&mut rows, (r, age, minor), q, item, entry, value);
            }
            _ => rows.push(Row {
                path: q.input_path(q.path),
                label: q.label().to_owned(),
                answer: answer(q, value),
            }),
        }
    }
    rows
}

/// `(r, age, minor)`: the referral and what decides which questions it
/// was asked.
fn list_rows(
    rows: &mut Vec<Row>,
    (r, age, minor): (&Referral, Option<u32>, u64),
    q: &Question,
    item: &str,
    entry: &[Question],
    value: &Value,
) {
    let entries = value.as_array().map(Vec::as_slice).unwrap_or(&[]);
    if entries.is_empty() {
        rows.push(Row {
            path: q.path.to_owned(),
            label: q.label().to_owned(),
            answer: None,
        });
        return;
    }
    // A list of single answers (names, numbers): one row with them all.
    if let [only] = entry
        && only.path.is_empty()
        && !matches!(only.kind, Kind::Address { .. })
    {
        let answers: Vec<String> = entries.iter().filter_map(|v| answer(only, v)).collect();
        rows.push(Row {
            path: q.path.to_owned(),
            label: q.label().to_owned(),
            answer: (!answers.is_empty()).then(|| answers.join("\n")),
        });
        return;
    }
    for (i, v) in entries.iter().enumerate() {
        let base = format!("{}[{i}]", q.path);
        let facts = Facts {
            minor,
            referral: r,
            age,
            entry: Some(i),
        };
        let mut lines = Vec::new();
        for e in entry.iter().filter(|e| e.is_asked(&facts)) {
            let part = if e.path.is_empty() {
                v
            } else {
                v.pointer(&pointer(e.path)).unwrap_or(&Value::Null)
            };
            let Some(a) = answer(e, part) else { continue };
            if entry.len() == 1 {
                lines.push(a);
            } else if e.label().ends_with('?') {
                // "Do they know about this referral? Yes", as radios are named.
                lines.push(tr!("answers-entry-question", label = e.label(), answer = a));
            } else {
                lines.push(tr!("answers-entry-line", label = e.label(), answer = a));
            }
        }
        let first = entry
            .first()
            .map_or(base.clone(), |e| e.input_path(&e.in_entry(&base)));
        rows.push(Row {
            path: first,
            label: tr!("list-item-heading", item = t(item), number = i + 1),
            answer: (!lines.is_empty()).then(|| lines.join("\n")),
        });
    }
}
