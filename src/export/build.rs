//! From a referral that passes every rule to the `referral` part of the
//! export document, written from the form definition: every question at
//! its key, in form order, by its kind (trimmed text, ISO dates, E.164
//! phones, normalised postcodes, multi-choice answers in the listed order),
//! and `null` (or `[]` for a list) for every answer not given or not asked.
//! No question is named here: a new one is written by its kind.

use crate::form::{self, Facts, Kind, Need, Question};
use crate::model::*;
use crate::rules::{self, Context};
use crate::values::{normalise_phone, normalise_postcode, parse_age, parse_date};
use serde_json::{Map, Value};

/// The `referral` part, section by section. `None` only if a required
/// answer is missing, which validation rules out.
pub(super) fn referral(r: &Referral, ctx: Context) -> Option<Map<String, Value>> {
    let age = rules::age(r, ctx)?;
    let mut whole = Map::new();
    for section in SectionId::ALL {
        let questions = form::questions(section);
        if questions.is_empty() {
            continue;
        }
        let facts = Facts {
            referral: r,
            age: Some(age),
            // The file's MINOR when a file is checked against what it
            // should hold; the app's own when it exports.
            minor: ctx.minor,
            entry: None,
        };
        let mut part = Map::new();
        for q in questions {
            let (_, key) = SectionId::split_path(q.path)?;
            let value = if q.is_asked(&facts) {
                let value = value(q, r.answer(q.path)?, &facts)?;
                // A question of an older MINOR must be answered; one added
                // later may be missing from a file made before it.
                if value.is_null() && q.need == Need::Required && q.in_minor(0) {
                    return None;
                }
                value
            } else {
                not_asked(q)
            };
            insert(&mut part, key, value);
        }
        whole.insert(section.id().to_owned(), Value::Object(part));
    }
    Some(whole)
}

/// What a question not asked is written as.
fn not_asked(q: &Question) -> Value {
    match q.kind {
        Kind::List { .. } => Value::Array(Vec::new()),
        _ => Value::Null,
    }
}

/// Puts `value` at `key`, making the object a dotted key
/// (`occupation.status`) needs.
fn insert(part: &mut Map<String, Value>, key: &str, value: Value) {
    match key.split_once('.') {
        None => {
            part.insert(key.to_owned(), value);
        }
        Some((head, rest)) => {
            let inner = part
                .entry(head.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(inner) = inner {
                insert(inner, rest, value);
            }
        }
    }
}

/// One answer by its question's kind. `None` when an entry of a list lacks
/// a required answer.
fn value(q: &Question, answer: Answer<'_>, facts: &Facts<'_>) -> Option<Value> {
    Some(match (q.kind, answer) {
        (Kind::Text | Kind::Email | Kind::Extension, Answer::Text(s)) => text(s),
        (Kind::LongText, Answer::Text(s)) => long(s),
        (Kind::Phone, Answer::Text(s)) => opt(normalise_phone(s)),
        (Kind::Age, Answer::Text(s)) => match parse_age(s) {
            Ok(Some(age)) => Value::from(age),
            _ => Value::Null,
        },
        (Kind::Date, Answer::Date(d)) => match parse_date(d) {
            Ok(Some(date)) => Value::String(date.format("%Y-%m-%d").to_string()),
            _ => Value::Null,
        },
        (Kind::Tri | Kind::YesNo | Kind::Choice(_), Answer::Choice(id)) => opt(id),
        (Kind::Multi(list), Answer::Multi(mut ids)) => {
            ids.sort_by_key(|id| list.ids.iter().position(|i| i == id));
            ids.dedup();
            Value::from(ids)
        }
        (Kind::Tick, Answer::Tick(ticked)) => Value::Bool(ticked),
        (Kind::Address { status }, Answer::Address(a)) => {
            let status = if status {
                a.status
            } else {
                Some(AddressStatus::Known)
            };
            match status {
                Some(status) => address(a, status),
                None => Value::Null,
            }
        }
        (Kind::List { entry, .. }, Answer::List(items)) => {
            let mut out = Vec::new();
            for (i, item) in items.into_iter().enumerate() {
                let facts = Facts {
                    entry: Some(i),
                    ..*facts
                };
                match item {
                    // A list of single answers keeps those given.
                    Item::One(answer) => {
                        let one = entry.first()?;
                        let v = value(one, answer, &facts)?;
                        if !v.is_null() {
                            out.push(v);
                        }
                    }
                    Item::Entry(e) => out.push(Value::Object(entry_object(entry, e, &facts)?)),
                }
            }
            Value::Array(out)
        }
        // The definition and the model disagree: a test keeps them the same.
        _ => return None,
    })
}

/// One entry of a repeatable group (a parent or carer): each of its
/// questions at its key, `null` when not asked.
fn entry_object(
    questions: &[Question],
    e: &dyn Answers,
    facts: &Facts<'_>,
) -> Option<Map<String, Value>> {
    let mut out = Map::new();
    for q in questions {
        let v = if q.is_asked(facts) {
            let v = value(q, e.answer(q.path)?, facts)?;
            if v.is_null() && q.need == Need::Required {
                return None;
            }
            v
        } else {
            not_asked(q)
        };
        out.insert(q.path.to_owned(), v);
    }
    Some(out)
}

fn opt(s: Option<impl Into<String>>) -> Value {
    s.map_or(Value::Null, |s| Value::String(s.into()))
}

/// A short answer, trimmed; `null` when blank.
fn text(s: &str) -> Value {
    let t = s.trim();
    if t.is_empty() {
        Value::Null
    } else {
        Value::String(t.to_owned())
    }
}

/// A long answer as typed, line breaks kept; `null` when blank.
fn long(s: &str) -> Value {
    if s.trim().is_empty() {
        Value::Null
    } else {
        Value::String(s.to_owned())
    }
}

/// An address: only `status` when it is not known; a UK postcode in
/// "SW1A 1AA" form and the country written "United Kingdom".
fn address(a: &Address, status: AddressStatus) -> Value {
    let mut out = Map::new();
    out.insert("status".into(), Value::from(status.id()));
    if status != AddressStatus::Known {
        out.insert("lines".into(), Value::Array(Vec::new()));
        for key in ["town", "postcode", "country"] {
            out.insert(key.into(), Value::Null);
        }
        return Value::Object(out);
    }
    let (postcode, country) = if a.in_uk() {
        (
            opt(normalise_postcode(&a.postcode)),
            Value::from(UNITED_KINGDOM),
        )
    } else {
        (text(&a.postcode), text(&a.country))
    };
    let lines: Vec<Value> = a
        .lines
        .iter()
        .map(|l| text(l))
        .filter(|l| !l.is_null())
        .collect();
    out.insert("lines".into(), Value::Array(lines));
    out.insert("town".into(), text(&a.town));
    out.insert("postcode".into(), postcode);
    out.insert("country".into(), country);
    Value::Object(out)
}
