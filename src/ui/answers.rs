//! "Check your answers": every question the form asks, by section, from the
//! form definition, with the answer as it will be sent (postcodes and
//! telephone numbers written as the export writes them; "Not provided" for
//! one skipped) and the path each "Change" link goes back to.
//!
//! Answers are read from the referral's own serialised form, where every
//! field sits at its path, so this file names no question.

use crate::form::{self, Facts, Kind, Question};
use crate::i18n::t;
use crate::model::*;
use crate::pdf::answers::{choice, pointer, section_value};
use crate::tr;
use chrono::Datelike;
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

/// The rows for one section.
pub fn rows(r: &Referral, section: SectionId, under_18: Option<bool>) -> Vec<Row> {
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
            referral: r,
            under_18,
            entry: None,
        };
        if !q.is_asked(&facts) {
            continue;
        }
        let pointer = pointer(q.path.strip_prefix(&prefix).unwrap_or(q.path));
        let value = whole.pointer(&pointer).unwrap_or(&Value::Null);
        match q.kind {
            Kind::List { item, entry, .. } => {
                list_rows(&mut rows, r, under_18, q, item, entry, value)
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

#[allow(clippy::too_many_arguments)]
fn list_rows(
    rows: &mut Vec<Row>,
    r: &Referral,
    under_18: Option<bool>,
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
            referral: r,
            under_18,
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

/// An answer in words, or `None` when none was given.
fn answer(q: &Question, v: &Value) -> Option<String> {
    let text = |v: &Value| {
        v.as_str()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    match q.kind {
        // As they will be sent: a telephone number in the form the team
        // gets (+447400123456), a postcode written properly (B31 2XX).
        Kind::Phone => text(v).map(|typed| crate::values::normalise_phone(&typed).unwrap_or(typed)),
        Kind::Text | Kind::LongText | Kind::Age | Kind::Email => text(v),
        Kind::Date => {
            let d: DateInput = serde_json::from_value(v.clone()).ok()?;
            match crate::values::parse_date(&d) {
                Ok(Some(date)) => Some(
                    date.format(&crate::i18n::date_format(
                        "answers-date-format",
                        date.month(),
                    ))
                    .to_string(),
                ),
                Ok(None) => None,
                Err(_) => Some(tr!(
                    "answers-not-real-date",
                    day = d.day,
                    month = d.month,
                    year = d.year
                )),
            }
        }
        Kind::Tri => choice(Tri::LIST, v),
        Kind::YesNo => choice(YesNo::LIST, v),
        Kind::Choice(list) => choice(list, v),
        Kind::Multi(list) => {
            let chosen: Vec<&str> = v.as_array()?.iter().filter_map(Value::as_str).collect();
            let labels: Vec<String> = list
                .ids
                .iter()
                .filter(|id| chosen.contains(id))
                .map(|id| t(&list.message_id(id)).to_owned())
                .collect();
            (!labels.is_empty()).then(|| labels.join("\n"))
        }
        Kind::Tick => Some(
            if v.as_bool().unwrap_or(false) {
                t("answers-yes")
            } else {
                t("answers-no")
            }
            .to_owned(),
        ),
        Kind::Address { status } => {
            let a: Address = serde_json::from_value(v.clone()).ok()?;
            address(&a, status)
        }
        Kind::List { .. } => None,
    }
}

/// An address in words: its parts one per line once known, or its status.
fn address(a: &Address, asks_status: bool) -> Option<String> {
    let status = if asks_status {
        a.status?
    } else {
        AddressStatus::Known
    };
    if status != AddressStatus::Known {
        return Some(status.label().to_owned());
    }
    let (postcode, country) = if a.in_uk() {
        (
            crate::values::normalise_postcode(&a.postcode).unwrap_or_else(|| a.postcode.clone()),
            UNITED_KINGDOM.to_owned(),
        )
    } else {
        (a.postcode.clone(), a.country.clone())
    };
    let parts: Vec<&str> = a
        .lines
        .iter()
        .chain([&a.town, &postcode, &country])
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n"))
}
