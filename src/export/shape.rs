//! The JSON Schema of the `referral` part, from the form definition: one
//! object per section, each question at its key with the schema of its
//! kind, as [`super::build`] writes it. No question is named here.
//!
//! - A key is required (present in every file) unless a later MINOR added
//!   it (`since`): a file of an older MINOR has no such key.
//! - A value may be `null` unless the question is always asked and must be
//!   answered (a tick always has a value). Lists and multi-choice answers
//!   are arrays, never `null`; a required multi-choice answer has one item
//!   at least; a required tick asked always (the declaration) is `true`.
//! - Each key's description is the question as staff read it in English,
//!   with when it is asked and the MINOR that added it.

use super::types::{Email, ExportAddress, Extension, LongText, Phone, Text};
use crate::form::{self, Asked, Kind, Need, Question};
use crate::i18n::{Language, t_in};
use crate::model::*;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value, json};

/// The `referral` object: one object per section.
pub fn referral(g: &mut SchemaGenerator) -> Schema {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for section in SectionId::ALL {
        let questions = form::questions(section);
        if questions.is_empty() {
            continue;
        }
        let prefix = format!("referral.{}.", section.id());
        let keyed: Vec<(&str, &Question)> = questions
            .iter()
            .filter_map(|q| Some((q.path.strip_prefix(&prefix)?, q)))
            .collect();
        properties.insert(section.id().to_owned(), object(g, &keyed));
        required.push(Value::from(section.id()));
    }
    schema(json!({
        "type": "object",
        "additionalProperties": false,
        "properties": properties,
        "required": required,
    }))
}

/// An object whose keys are questions (a section, an entry of a list, or a
/// group such as `occupation`); a dotted key makes a nested object.
fn object(g: &mut SchemaGenerator, keyed: &[(&str, &Question)]) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut groups: Vec<(&str, Vec<(&str, &Question)>)> = Vec::new();
    for (key, q) in keyed {
        match key.split_once('.') {
            None => {
                properties.insert((*key).to_owned(), value(g, q));
                if q.in_minor(0) {
                    required.push(Value::from(*key));
                }
            }
            Some((head, rest)) => {
                match groups.iter_mut().find(|(h, _)| *h == head) {
                    Some((_, members)) => members.push((rest, q)),
                    None => {
                        groups.push((head, vec![(rest, q)]));
                        // Holds the group's place in the key order.
                        properties.insert(head.to_owned(), Value::Null);
                    }
                }
            }
        }
    }
    for (head, members) in groups {
        properties.insert(head.to_owned(), object(g, &members));
        if members.iter().any(|(_, q)| q.in_minor(0)) {
            required.push(Value::from(head));
        }
    }
    // In key order, as the file has them.
    let required: Vec<&String> = properties
        .keys()
        .filter(|k| required.iter().any(|r| r.as_str() == Some(k.as_str())))
        .collect();
    json!({
        "type": "object",
        "additionalProperties": false,
        "properties": properties,
        "required": required,
    })
}

/// One question's value, with its description.
fn value(g: &mut SchemaGenerator, q: &Question) -> Value {
    let always = matches!(q.asked, Asked::Always);
    let nullable = !(always && (q.need == Need::Required || matches!(q.kind, Kind::Tick)));
    let mut v = match q.kind {
        Kind::List { max, entry, .. } => {
            let items = match entry {
                [one] if one.path.is_empty() => kind(g, one),
                _ => {
                    let keyed: Vec<(&str, &Question)> = entry.iter().map(|q| (q.path, q)).collect();
                    object(g, &keyed)
                }
            };
            json!({"type": "array", "items": items, "maxItems": max})
        }
        Kind::Multi(_) => {
            let mut v = kind(g, q);
            if q.need == Need::Required
                && let Some(o) = v.as_object_mut()
            {
                o.insert("minItems".into(), 1.into());
            }
            v
        }
        Kind::Tick if always && q.need == Need::Required => {
            json!({"type": "boolean", "const": true})
        }
        _ if nullable => or_null(kind(g, q)),
        _ => kind(g, q),
    };
    if let Some(o) = v.as_object_mut() {
        o.insert("description".into(), description(q).into());
    }
    v
}

/// The schema of a question's kind, not yet `null`-able.
fn kind(g: &mut SchemaGenerator, q: &Question) -> Value {
    let v = match q.kind {
        Kind::Text => g.subschema_for::<Text>(),
        Kind::LongText => g.subschema_for::<LongText>(),
        Kind::Phone => g.subschema_for::<Phone>(),
        Kind::Email => g.subschema_for::<Email>(),
        Kind::Extension => g.subschema_for::<Extension>(),
        Kind::Address { .. } => g.subschema_for::<ExportAddress>(),
        Kind::Tri => g.subschema_for::<Tri>(),
        Kind::YesNo => g.subschema_for::<YesNo>(),
        Kind::Choice(list) => choice(g, list),
        Kind::Multi(list) => {
            let items = choice(g, list).to_value();
            return json!({"type": "array", "items": items, "uniqueItems": true});
        }
        Kind::Date => return json!({"type": "string", "format": "date"}),
        Kind::Age => return json!({"type": "integer", "minimum": 0, "maximum": 120}),
        Kind::Tick => return json!({"type": "boolean"}),
        Kind::List { .. } => return json!({"type": "array"}),
    };
    v.to_value()
}

/// A value or `null`.
fn or_null(v: Value) -> Value {
    match v {
        Value::Object(o) if o.get("type").is_some_and(Value::is_string) => {
            // "type" keeps its place.
            let out: Map<String, Value> = o
                .into_iter()
                .map(|(k, v)| {
                    let v = if k == "type" { json!([v, "null"]) } else { v };
                    (k, v)
                })
                .collect();
            Value::Object(out)
        }
        v => json!({"anyOf": [v, {"type": "null"}]}),
    }
}

/// What the receiver reads about a key: the question, when it is asked,
/// and the MINOR that added it.
fn description(q: &Question) -> String {
    let mut d = t_in(Language::English, q.id).to_owned();
    if !d.ends_with(['?', '.', '!']) {
        d.push('.');
    }
    if let Asked::When { when, .. } = q.asked {
        let otherwise = match q.kind {
            Kind::List { .. } => "empty",
            _ => "null",
        };
        d.push_str(&format!(" Asked when {when}; otherwise {otherwise}."));
    }
    if let Need::RequiredWhen(when) = q.need {
        d.push_str(&format!(" Required when {when}."));
    }
    if q.since > 0 {
        d.push_str(&format!(" From format 1.{}.", q.since));
    }
    d
}

fn schema(v: Value) -> Schema {
    Schema::try_from(v).unwrap_or_default()
}

/// The schema of a choice list, by its type's own (derived) schema.
fn choice(g: &mut SchemaGenerator, list: ChoiceList) -> Schema {
    macro_rules! by_list {
        ($($t:ty),+) => {
            $(if list == <$t>::LIST { return g.subschema_for::<$t>(); })+
        };
    }
    by_list!(
        Gender,
        AddressStatus,
        Ethnicity,
        Religion,
        OccupationStatus,
        StatutoryStatus,
        Ideology,
        Source,
        NeedFactor,
        SendStatus,
        Ehcp,
        ReferredBy,
        AgencyKind,
        SafeguardingReferral,
        Sector,
        LawfulBasis,
        Tri,
        YesNo
    );
    // A list missing above: its ids, so the schema still holds it.
    schema(json!({"type": "string", "enum": list.ids}))
}

/// The JSON Schema type of the `referral` part.
pub struct Shape;

impl JsonSchema for Shape {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ExportReferral".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        referral(g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use schemars::generate::SchemaSettings;

    /// Every choice list of the form has its type's schema, by reference:
    /// none falls back to a bare list of ids.
    #[test]
    fn every_choice_list_has_its_types_schema() {
        let mut g = SchemaSettings::draft2020_12().into_generator();
        let entries = form::all().flat_map(|q| match q.kind {
            Kind::List { entry, .. } => entry.iter().collect::<Vec<_>>(),
            _ => vec![q],
        });
        for q in entries {
            if let Kind::Choice(list) | Kind::Multi(list) = q.kind {
                let s = choice(&mut g, list).to_value();
                assert!(s.get("$ref").is_some(), "{}: {s}", q.path);
            }
        }
    }

    /// A key a later MINOR added is not required; one of 1.0 is.
    #[test]
    fn keys_added_later_are_not_required() {
        let mut g = SchemaSettings::draft2020_12().into_generator();
        let s = referral(&mut g).to_value();
        let needs = &s["properties"]["needs"];
        let required: Vec<&str> = needs["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        assert!(required.contains(&"factors"));
        assert!(!required.contains(&"send"));
        assert!(needs["properties"]["send"].is_object());
    }
}
