//! The reading of one export's values: each object remembers the keys
//! asked for (the rest are unknown), and each kind of value is read with a
//! [`crate::rules::Problem`] naming its path when it is not of its shape.

use crate::i18n::Message;
use crate::model::*;
use crate::rules::Problem;
use crate::values::{normalise_phone, normalise_postcode};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use uuid::Uuid;

/// The problem of a key a file of its version must have.
pub(super) fn missing() -> Message {
    crate::msg!("reader-missing")
}

/// One JSON object being read: remembers which keys were asked for, so
/// that the keys nobody asked for can be reported as unknown.
pub(super) struct Obj<'a> {
    pub(super) map: Option<&'a Map<String, Value>>,
    pub(super) path: String,
    pub(super) used: Vec<&'static str>,
}

impl<'a> Obj<'a> {
    pub(super) fn new(map: Option<&'a Map<String, Value>>, path: impl Into<String>) -> Self {
        Self {
            map,
            path: path.into(),
            used: Vec::new(),
        }
    }

    pub(super) fn path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The value of `key`; `None` when null, missing (reported) or when this
    /// object itself could not be read.
    pub(super) fn get(&mut self, r: &mut Reader, key: &'static str) -> Option<&'a Value> {
        self.used.push(key);
        let map = self.map?;
        match map.get(key) {
            None => {
                r.problem(self.path(key), missing());
                None
            }
            Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }
}

#[derive(Default)]
pub(super) struct Reader {
    pub(super) problems: Vec<Problem>,
    pub(super) unknown: Vec<String>,
    /// The file's format MINOR: a key added after it may be left out.
    pub(super) minor: u64,
}

impl Reader {
    pub(super) fn problem(&mut self, path: String, message: Message) {
        self.problems.push(Problem::new(path, message));
    }

    pub(super) fn finish(&mut self, obj: Obj<'_>) {
        if let Some(map) = obj.map {
            for key in map.keys() {
                if !obj.used.contains(&key.as_str()) {
                    self.unknown.push(obj.path(key));
                }
            }
        }
    }

    pub(super) fn object<'a>(&mut self, o: &mut Obj<'a>, key: &'static str) -> Obj<'a> {
        let path = o.path(key);
        match o.get(self, key) {
            Some(Value::Object(map)) => Obj::new(Some(map), path),
            Some(_) => {
                self.problem(path.clone(), crate::msg!("reader-object"));
                Obj::new(None, path)
            }
            None => Obj::new(None, path),
        }
    }

    /// An object that may not be null.
    pub(super) fn required_object<'a>(&mut self, o: &mut Obj<'a>, key: &'static str) -> Obj<'a> {
        if o.map.and_then(|m| m.get(key)) == Some(&Value::Null) {
            self.problem(o.path(key), crate::msg!("reader-object-not-null"));
        }
        self.object(o, key)
    }

    /// A string; `must_be`: the message id of what it must be otherwise.
    pub(super) fn string(&mut self, o: &mut Obj<'_>, key: &'static str, must_be: &str) -> String {
        match o.get(self, key) {
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                self.problem(o.path(key), Message::new(must_be.to_owned()));
                String::new()
            }
            None => String::new(),
        }
    }

    pub(super) fn text(&mut self, o: &mut Obj<'_>, key: &'static str) -> String {
        self.string(o, key, "reader-text")
    }

    pub(super) fn phone(&mut self, o: &mut Obj<'_>, key: &'static str) -> String {
        let s = self.string(o, key, "reader-text");
        self.check_phone(o.path(key), &s);
        s
    }

    pub(super) fn check_phone(&mut self, path: String, s: &str) {
        if let Some(e164) = normalise_phone(s)
            && e164 != s
        {
            self.problem(path, crate::msg!("reader-e164", e164 = e164));
        }
    }

    pub(super) fn bool(&mut self, o: &mut Obj<'_>, key: &'static str) -> bool {
        let present = o.map.is_some_and(|m| m.contains_key(key));
        match o.get(self, key) {
            Some(Value::Bool(b)) => *b,
            None if !present => false,
            _ => {
                self.problem(o.path(key), crate::msg!("reader-bool"));
                false
            }
        }
    }

    /// A checkbox that is null when its question is not asked.
    pub(super) fn bool_or_null(&mut self, o: &mut Obj<'_>, key: &'static str) -> bool {
        match o.get(self, key) {
            Some(Value::Bool(b)) => *b,
            None => false,
            Some(_) => {
                self.problem(o.path(key), crate::msg!("reader-bool-or-null"));
                false
            }
        }
    }

    pub(super) fn choice(
        &mut self,
        o: &mut Obj<'_>,
        key: &'static str,
        list: &ChoiceList,
    ) -> Value {
        let Some(v) = o.get(self, key) else {
            return Value::Null;
        };
        match v.as_str().filter(|id| list.ids.contains(id)) {
            Some(id) => Value::String(id.to_owned()),
            None => {
                self.problem(o.path(key), not_in_list(list, v));
                Value::Null
            }
        }
    }

    pub(super) fn multi(&mut self, o: &mut Obj<'_>, key: &'static str, list: &ChoiceList) -> Value {
        let path = o.path(key);
        let mut out = Vec::new();
        match o.get(self, key) {
            Some(Value::Array(items)) => {
                let mut positions = Vec::new();
                for (i, v) in items.iter().enumerate() {
                    match v
                        .as_str()
                        .and_then(|id| list.ids.iter().position(|known| *known == id))
                    {
                        Some(at) => {
                            positions.push(at);
                            out.push(Value::String(list.ids[at].to_owned()));
                        }
                        None => self.problem(format!("{path}[{i}]"), not_in_list(list, v)),
                    }
                }
                if positions.windows(2).any(|w| w[0] >= w[1]) {
                    self.problem(path, crate::msg!("reader-answers-order"));
                }
            }
            Some(_) => self.problem(path, crate::msg!("reader-list")),
            None => {}
        }
        Value::Array(out)
    }

    pub(super) fn date(&mut self, o: &mut Obj<'_>, key: &'static str) -> DateInput {
        let s = self.string(o, key, "reader-date");
        if s.is_empty() {
            return DateInput::default();
        }
        let parts: Vec<&str> = s.split('-').collect();
        let shape_ok = parts.len() == 3
            && [4, 2, 2]
                .iter()
                .zip(&parts)
                .all(|(n, p)| p.len() == *n && p.bytes().all(|b| b.is_ascii_digit()));
        if !shape_ok {
            self.problem(o.path(key), crate::msg!("reader-date"));
            return DateInput::default();
        }
        // Keep the numbers as typed-in boxes would hold them: "2011", "2", "3".
        let unpad = |p: &str| {
            p.parse::<u32>()
                .map(|n| n.to_string())
                .unwrap_or_else(|_| p.to_owned())
        };
        DateInput {
            day: unpad(parts[2]),
            month: unpad(parts[1]),
            year: parts[0].to_owned(),
        }
    }

    pub(super) fn age(&mut self, o: &mut Obj<'_>, key: &'static str) -> String {
        match o.get(self, key) {
            Some(Value::Number(n)) if n.as_u64().is_some() => n.to_string(),
            Some(_) => {
                self.problem(o.path(key), crate::msg!("reader-age"));
                String::new()
            }
            None => String::new(),
        }
    }

    pub(super) fn uuid(&mut self, o: &mut Obj<'_>, key: &'static str) -> Option<Uuid> {
        let s = self.string(o, key, "reader-uuid");
        if s.is_empty() {
            self.problem(o.path(key), crate::msg!("reader-uuid-id"));
            return None;
        }
        // A version 4 UUID in its usual hyphenated lower-case form.
        let id = Uuid::try_parse(&s)
            .ok()
            .filter(|id| id.get_version_num() == 4 && id.hyphenated().to_string() == s);
        if id.is_none() {
            self.problem(o.path(key), crate::msg!("reader-uuid-form"));
        }
        id
    }

    pub(super) fn timestamp(
        &mut self,
        o: &mut Obj<'_>,
        key: &'static str,
    ) -> Option<DateTime<Utc>> {
        let s = self.string(o, key, "reader-datetime");
        // UTC, to the whole second, ending in Z: "2026-01-31T09:30:00Z".
        let t = DateTime::parse_from_rfc3339(&s)
            .ok()
            .map(|t| t.with_timezone(&Utc))
            .filter(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true) == s);
        if t.is_none() {
            self.problem(o.path(key), crate::msg!("reader-datetime-form"));
        }
        t
    }

    pub(super) fn list<'a, T>(
        &mut self,
        o: &mut Obj<'a>,
        key: &'static str,
        mut item: impl FnMut(&mut Self, &'a Value, String) -> T,
    ) -> Vec<T> {
        let path = o.path(key);
        match o.get(self, key) {
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| item(self, v, format!("{path}[{i}]")))
                .collect(),
            Some(_) => {
                self.problem(path, crate::msg!("reader-list"));
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    pub(super) fn item_object<'a>(&mut self, v: &'a Value, path: String) -> Obj<'a> {
        match v {
            Value::Object(map) => Obj::new(Some(map), path),
            _ => {
                self.problem(path.clone(), crate::msg!("reader-object"));
                Obj::new(None, path)
            }
        }
    }

    pub(super) fn item_string(&mut self, v: &Value, path: String) -> String {
        match v {
            Value::String(s) => s.clone(),
            _ => {
                self.problem(path, crate::msg!("reader-text"));
                String::new()
            }
        }
    }

    pub(super) fn address_in(&mut self, mut a: Obj<'_>) -> Address {
        let status = self
            .choice(&mut a, "status", &AddressStatus::LIST)
            .as_str()
            .and_then(AddressStatus::from_id);
        let lines_path = a.path("lines");
        let lines = self.list(&mut a, "lines", |r, v, p| r.item_string(v, p));
        if lines.len() > 4 {
            self.problem(lines_path, crate::msg!("reader-address-lines"));
        }
        let address = Address {
            status,
            lines,
            town: self.text(&mut a, "town"),
            postcode: self.text(&mut a, "postcode"),
            country: self.text(&mut a, "country"),
        };
        if address.status == Some(AddressStatus::Known)
            && address.in_uk()
            && let Some(normal) = normalise_postcode(&address.postcode)
            && normal != address.postcode
        {
            self.problem(
                a.path("postcode"),
                crate::msg!("reader-postcode", postcode = normal),
            );
        }
        self.finish(a);
        address
    }

    /// An address that may be null (then it reads as blank).
    pub(super) fn address(&mut self, o: &mut Obj<'_>, key: &'static str) -> Address {
        let a = self.object(o, key);
        if a.map.is_none() {
            return Address::default();
        }
        self.address_in(a)
    }
}

/// Never quotes what was found: it may be an answer typed in the wrong
/// place ("Alex Testperson lives at ...").
pub(super) fn not_in_list(list: &ChoiceList, _v: &Value) -> Message {
    let ids: Vec<String> = list.ids.iter().map(|id| format!("\"{id}\"")).collect();
    crate::msg!("reader-not-in-list", ids = ids.join(", "))
}
