//! The form's answers for the PDF copy, read from the form definition:
//! every question the form asked, section by section, with its answer as it
//! will be sent (postcodes and telephone numbers normalised where they can
//! be) and "Not provided" for one skipped. Repeatable entries (parents and
//! carers, agencies, previous addresses) and addresses each get their own
//! sub-heading.
//!
//! Answers are read from the referral's serialised form, where every field
//! sits at its path, so this file names no question.

use super::content::{Part, Row};
use crate::form::{self, ADDRESS_PARTS, Facts, Kind, Question};
use crate::i18n::t;
use crate::model::*;
use crate::tr;
use crate::values::{normalise_phone, normalise_postcode, parse_date};
use serde_json::Value;

/// The parts of one section, in form order: the section's own questions,
/// with each list entry and each address as a part of its own.
pub fn section_parts(r: &Referral, section: SectionId, under_18: Option<bool>) -> Vec<Part> {
    let whole = section_value(r, section);
    let prefix = format!("referral.{}.", section.id());
    let facts = Facts {
        referral: r,
        under_18,
        entry: None,
    };
    let mut parts = Parts::default();
    for q in form::questions(section) {
        if !q.is_asked(&facts) {
            continue;
        }
        let pointer = pointer(q.path.strip_prefix(&prefix).unwrap_or(q.path));
        let value = whole.pointer(&pointer).unwrap_or(&Value::Null);
        match q.kind {
            Kind::List { item, entry, .. } => list(&mut parts, r, under_18, q, item, entry, value),
            Kind::Address { status } => {
                let rows = address_rows(value, status);
                parts.own(q.label().to_owned(), rows);
            }
            _ => parts.row(Row::new(q.label(), answer(q, value))),
        }
    }
    parts.done()
}

/// Parts being gathered: rows of the section's own questions go into an
/// unheaded part until the next sub-heading.
#[derive(Default)]
struct Parts {
    done: Vec<Part>,
    open: Vec<Row>,
}

impl Parts {
    fn row(&mut self, row: Row) {
        self.open.push(row);
    }

    fn flush(&mut self) {
        if !self.open.is_empty() {
            self.done.push(Part {
                heading: None,
                rows: std::mem::take(&mut self.open),
            });
        }
    }

    /// A part under its own sub-heading.
    fn own(&mut self, heading: String, rows: Vec<Row>) {
        self.flush();
        self.done.push(Part {
            heading: Some(heading),
            rows,
        });
    }

    fn done(mut self) -> Vec<Part> {
        self.flush();
        self.done
    }
}

/// The section's answers, to read by path (also for "Check your answers").
pub(crate) fn section_value(r: &Referral, section: SectionId) -> Value {
    let v = match section {
        SectionId::Start => Ok(Value::Null),
        SectionId::Person => serde_json::to_value(&r.person),
        SectionId::Household => serde_json::to_value(&r.household),
        SectionId::Concerns => serde_json::to_value(&r.concerns),
        SectionId::Needs => serde_json::to_value(&r.needs),
        SectionId::OtherInformation => serde_json::to_value(&r.other_information),
        SectionId::Referrer => serde_json::to_value(&r.referrer),
        SectionId::Actions => serde_json::to_value(&r.actions),
        SectionId::Declaration => serde_json::to_value(&r.declaration),
    };
    v.unwrap_or(Value::Null)
}

/// `occupation.status` as a JSON pointer, `/occupation/status`.
pub(crate) fn pointer(path: &str) -> String {
    if path.is_empty() {
        return String::new();
    }
    format!("/{}", path.replace('.', "/"))
}

#[allow(clippy::too_many_arguments)]
fn list(
    parts: &mut Parts,
    r: &Referral,
    under_18: Option<bool>,
    q: &Question,
    item: &str,
    entry: &[Question],
    value: &Value,
) {
    let entries = value.as_array().map(Vec::as_slice).unwrap_or(&[]);
    if entries.is_empty() {
        parts.row(Row::new(q.label(), None));
        return;
    }
    // A list of single answers (other names, phone numbers): one row.
    if let [only] = entry
        && only.path.is_empty()
        && !matches!(only.kind, Kind::Address { .. })
    {
        let answers: Vec<String> = entries.iter().filter_map(|v| answer(only, v)).collect();
        parts.row(Row::new(
            q.label(),
            (!answers.is_empty()).then(|| answers.join("\n")),
        ));
        return;
    }
    for (i, v) in entries.iter().enumerate() {
        let heading = tr!("list-item-heading", item = t(item), number = i + 1);
        // A list of addresses: each address is its entry.
        if let [only] = entry
            && let Kind::Address { status } = only.kind
        {
            parts.own(heading, address_rows(v, status));
            continue;
        }
        let facts = Facts {
            referral: r,
            under_18,
            entry: Some(i),
        };
        let rows = entry
            .iter()
            .filter(|e| e.is_asked(&facts))
            .map(|e| {
                let part = if e.path.is_empty() {
                    v
                } else {
                    v.pointer(&pointer(e.path)).unwrap_or(&Value::Null)
                };
                Row::new(e.label(), answer(e, part))
            })
            .collect();
        parts.own(heading, rows);
    }
}

/// An address as rows: whether it is known (when the form asks), then its
/// lines, town, postcode (as it will be sent) and country.
fn address_rows(v: &Value, asks_status: bool) -> Vec<Row> {
    let a: Address = serde_json::from_value(v.clone()).unwrap_or_default();
    let mut rows = Vec::new();
    if asks_status {
        rows.push(Row::new(
            t("address-status"),
            a.status.map(|s| s.label().to_owned()),
        ));
        if a.status != Some(AddressStatus::Known) {
            return rows;
        }
    }
    let lines: Vec<&str> = a.lines.iter().map(|l| l.trim()).collect();
    for (i, line) in lines.iter().enumerate() {
        // The first line always shows; later blank ones were never typed.
        if i == 0 || !line.is_empty() {
            rows.push(Row::new(&tr!("address-line", number = i + 1), text(line)));
        }
    }
    if lines.is_empty() {
        rows.push(Row::new(&tr!("address-line", number = 1), None));
    }
    let labels: Vec<&str> = ADDRESS_PARTS.iter().map(|(_, id)| t(id)).collect();
    let [_, _, town, postcode, country] = labels[..] else {
        return rows;
    };
    rows.push(Row::new(town, text(&a.town)));
    let typed = a.postcode.trim();
    let sent = if a.in_uk() {
        normalise_postcode(typed).or_else(|| text(typed))
    } else {
        text(typed)
    };
    rows.push(Row::new(postcode, sent));
    rows.push(Row::new(country, text(&a.country)));
    rows
}

/// An address on one answer, inside a list entry (a parent's address).
fn address_lines(v: &Value, asks_status: bool) -> Option<String> {
    let a: Address = serde_json::from_value(v.clone()).ok()?;
    let status = if asks_status {
        a.status?
    } else {
        AddressStatus::Known
    };
    if status != AddressStatus::Known {
        return Some(status.label().to_owned());
    }
    let postcode = if a.in_uk() {
        normalise_postcode(&a.postcode).unwrap_or_else(|| a.postcode.clone())
    } else {
        a.postcode.clone()
    };
    let parts: Vec<&str> = a
        .lines
        .iter()
        .chain([&a.town, &postcode, &a.country])
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n"))
}

fn text(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// An answer in words, or `None` when none was given.
fn answer(q: &Question, v: &Value) -> Option<String> {
    let typed = || v.as_str().and_then(text);
    match q.kind {
        Kind::Text | Kind::LongText | Kind::Age | Kind::Email => typed(),
        // As it will be sent: +447700900123.
        Kind::Phone => typed().map(|p| normalise_phone(&p).unwrap_or(p)),
        Kind::Date => {
            let d: DateInput = serde_json::from_value(v.clone()).ok()?;
            match parse_date(&d) {
                // Month names in the copy's language, as on the screen.
                Ok(Some(date)) => {
                    use chrono::Datelike;
                    let format = crate::i18n::date_format("answers-date-format", date.month());
                    Some(date.format(&format).to_string())
                }
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
            let labels: Vec<&str> = list
                .ids
                .iter()
                .filter(|id| chosen.contains(id))
                .map(|id| t(&list.message_id(id)))
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
        Kind::Address { status } => address_lines(v, status),
        Kind::List { .. } => None,
    }
}

/// A choice's words, when the value is one of the list's ids.
pub(crate) fn choice(list: ChoiceList, v: &Value) -> Option<String> {
    let id = v.as_str()?;
    list.ids
        .contains(&id)
        .then(|| t(&list.message_id(id)).to_owned())
}
