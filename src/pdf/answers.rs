//! The form's answers for the PDF copy, read from the form definition:
//! every question the form asked, section by section, with its answer as it
//! will be sent (postcodes and telephone numbers normalised where they can
//! be) and "Not provided" for one skipped. Repeatable entries (parents and
//! carers, agencies, previous addresses) and addresses each get their own
//! sub-heading.
//!
//! The words of each answer are [`crate::answers`]'s, as on "Check your
//! answers"; this file lays them out as the copy's parts and rows.

use super::content::{Part, Row};
use crate::answers::{answer, country, pointer, postcode, section_value, text};
use crate::form::{self, ADDRESS_PARTS, Facts, Kind, Question};
use crate::i18n::t;
use crate::model::*;
use crate::tr;
use serde_json::Value;

/// The parts of one section, in form order: the section's own questions,
/// with each list entry and each address as a part of its own. `minor`: the
/// format MINOR whose questions the referral answers (a copy of a 1.2 file
/// shows the questions that file was asked, armed forces at 15 included).
pub fn section_parts(r: &Referral, section: SectionId, age: Option<u32>, minor: u64) -> Vec<Part> {
    let whole = section_value(r, section);
    let prefix = format!("referral.{}.", section.id());
    let facts = Facts {
        minor,
        referral: r,
        age,
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
            Kind::List { item, entry, .. } => {
                list(&mut parts, (r, age, minor), q, item, entry, value);
            }
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

/// `(r, age, minor)`: the referral and what decides which questions it
/// was asked.
fn list(
    parts: &mut Parts,
    (r, age, minor): (&Referral, Option<u32>, u64),
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
            minor,
            referral: r,
            age,
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
    let [_, _, town_label, postcode_label, country_label] = labels[..] else {
        return rows;
    };
    rows.push(Row::new(town_label, text(&a.town)));
    rows.push(Row::new(postcode_label, postcode(&a)));
    rows.push(Row::new(country_label, country(&a)));
    rows
}
