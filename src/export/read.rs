//! Reading an export file back into a referral, for `validate` and for
//! opening an export as a draft. Which keys a section has, and how each is
//! read, comes from the form definition ([`crate::form`]).
//!
//! Two kinds of trouble are kept apart. A file that is not a Prevent
//! referral export at all (not JSON, another format, a newer MAJOR version,
//! keys this format does not have) is an [`OpenError`]. A file that is one
//! but has a wrong-typed value, a missing field or an answer not in the list
//! is read as far as it goes and each such field becomes a [`Problem`] naming
//! its path, so the receiver knows which answer to fix.

use super::types::{FORMAT, FORMAT_MAJOR, FORMAT_MINOR, PROTECTIVE_MARKING};
use crate::draft::DRAFT_FORMAT;
use crate::file::{OpenError, parse_object, parse_version};
use crate::form::{self, Asked, Kind, Question};
use crate::model::*;
use crate::rules::Problem;
use crate::values::{normalise_phone, normalise_postcode};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use uuid::Uuid;

/// The envelope of an export: who made it and when.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExportMeta {
    pub format_version: String,
    pub id: Option<Uuid>,
    pub created_at: Option<DateTime<Utc>>,
    pub updated_at: Option<DateTime<Utc>>,
    pub exported_at: Option<DateTime<Utc>>,
    /// The referral's history when it was exported: its length and latest
    /// hash (1.1 and later; `None` in a 1.0 file).
    pub history: Option<(u64, String)>,
    /// The edition of the form's questions (1.2 and later).
    pub form_edition: Option<String>,
    /// Keys of a newer MINOR than this reader's, which it does not know and
    /// did not read (by path): reported, never an error.
    pub unread: Vec<String>,
    /// Answers (keys inside `referral`) of a newer MINOR that this reader
    /// does not know, by path. Never dropped in silence: `validate` reports
    /// each, and opening such a file as a draft is refused, since saving it
    /// again would lose them.
    pub newer_answers: Vec<String>,
}

impl ExportMeta {
    /// The MINOR of the file's `format_version`.
    pub fn minor(&self) -> u64 {
        parse_version(&self.format_version).map_or(0, |(_, minor)| minor)
    }
}

/// An export read into the form's own model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadExport {
    pub meta: ExportMeta,
    pub referral: Referral,
    /// Values that are not of the export's shape, by path.
    pub problems: Vec<Problem>,
    /// The `referral` object as it was in the file, to compare with what
    /// this program would have written.
    pub referral_json: Value,
}

/// Reads an export from bytes.
pub fn read_export(bytes: &[u8]) -> Result<ReadExport, OpenError> {
    let map = parse_object(bytes)?;
    read_export_object(&map)
}

/// Checks `format` and `format_version`: a reader accepts any MINOR of its
/// MAJOR and refuses a newer MAJOR.
pub(crate) fn check_envelope(map: &Map<String, Value>) -> Result<String, OpenError> {
    match map.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) if f == DRAFT_FORMAT => return Err(OpenError::IsDraft),
        Some(Value::String(f)) => {
            return Err(OpenError::Foreign(format!(
                "its format is {}, not \"{FORMAT}\"",
                Value::String(f.chars().take(80).collect())
            )));
        }
        Some(_) => return Err(OpenError::Foreign("its \"format\" is not text".into())),
        None => return Err(OpenError::Foreign("it has no \"format\" key".into())),
    }
    let version = match map.get("format_version") {
        Some(Value::String(v)) => v.clone(),
        Some(_) => return Err(OpenError::BadVersion("it is not text".into())),
        None => return Err(OpenError::BadVersion("there is none".into())),
    };
    match parse_version(&version) {
        Some((major, _)) if major == FORMAT_MAJOR => Ok(version),
        Some((major, _)) if major > FORMAT_MAJOR => Err(OpenError::Newer {
            found: version,
            reads: format!("{FORMAT_MAJOR}.x"),
        }),
        _ => Err(OpenError::BadVersion(format!(
            "{} is not {FORMAT_MAJOR}.MINOR",
            Value::String(version.chars().take(40).collect())
        ))),
    }
}

pub(crate) fn read_export_object(map: &Map<String, Value>) -> Result<ReadExport, OpenError> {
    let format_version = check_envelope(map)?;
    let mut meta = ExportMeta {
        format_version,
        ..ExportMeta::default()
    };
    let mut r = Reader {
        minor: meta.minor(),
        ..Reader::default()
    };
    let mut top = Obj::new(Some(map), "");
    top.used.push("format");
    top.used.push("format_version");
    meta.form_edition = form_edition(&mut r, &mut top);
    meta.id = r.uuid(&mut top, "id");
    let marking_is_null = map.get("protective_marking") == Some(&Value::Null);
    let marking = top.get(&mut r, "protective_marking");
    if marking_is_null || marking.is_some_and(|v| v.as_str() != Some(PROTECTIVE_MARKING)) {
        r.problem(
            top.path("protective_marking"),
            "must be \"OFFICIAL-SENSITIVE\"",
        );
    }
    meta.created_at = r.timestamp(&mut top, "created_at");
    meta.updated_at = r.timestamp(&mut top, "updated_at");
    meta.exported_at = r.timestamp(&mut top, "exported_at");
    let mut generator = r.required_object(&mut top, "generator");
    for key in ["name", "version"] {
        r.text(&mut generator, key);
        let blank = generator
            .map
            .and_then(|m| m.get(key))
            .is_some_and(|v| v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty()));
        if blank {
            r.problem(
                generator.path(key),
                "must name the program that wrote the file",
            );
        }
    }
    r.finish(generator);
    meta.history = history_stamp(&mut r, &mut top);

    let mut obj = r.required_object(&mut top, "referral");
    let mut body = Map::new();
    for s in SectionId::ALL
        .into_iter()
        .filter(|s| *s != SectionId::Start)
    {
        let value = section(&mut r, &mut obj, s);
        body.insert(s.id().to_owned(), value);
    }
    // Every value was read into the draft's own shape, so this cannot fail.
    let referral: Referral = serde_json::from_value(Value::Object(body)).unwrap_or_default();
    r.finish(obj);
    r.finish(top);

    // A key this reader does not know is an error in a file of its own
    // MINOR or older (a typo, or a changed file). A newer MINOR may add
    // optional keys: in the envelope they are reported and left unread;
    // inside `referral` they are answers to questions this reader does not
    // ask, listed so that nobody drops them in silence.
    if meta.minor() > FORMAT_MINOR {
        let (answers, envelope): (Vec<String>, Vec<String>) = std::mem::take(&mut r.unknown)
            .into_iter()
            .partition(|path| path == "referral" || path.starts_with("referral."));
        meta.unread = envelope;
        meta.newer_answers = answers;
    }
    if let Some(path) = r.unknown.first() {
        return Err(OpenError::UnknownKeys {
            path: path.clone(),
            count: r.unknown.len(),
        });
    }
    Ok(ReadExport {
        meta,
        referral,
        problems: r.problems,
        referral_json: map.get("referral").cloned().unwrap_or(Value::Null),
    })
}

/// The optional `history` of a 1.1 export: `entries`, a whole number, and
/// `latest_sha256`, 64 lowercase hexadecimal digits.
fn history_stamp(r: &mut Reader, top: &mut Obj<'_>) -> Option<(u64, String)> {
    top.used.push("history");
    // Absent or null: a 1.0 file, or one with nothing to say.
    let value = top
        .map
        .and_then(|m| m.get("history"))
        .filter(|v| !v.is_null())?;
    let Value::Object(map) = value else {
        r.problem(top.path("history"), "must be an object");
        return None;
    };
    let mut obj = Obj::new(Some(map), top.path("history"));
    let entries = match obj.get(r, "entries") {
        Some(Value::Number(n)) if n.as_u64().is_some() => n.as_u64(),
        Some(_) => {
            r.problem(obj.path("entries"), "must be a whole number");
            None
        }
        None => None,
    };
    let hash = r.string(&mut obj, "latest_sha256", "text");
    let hex = hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if !hex && map.contains_key("latest_sha256") {
        r.problem(
            obj.path("latest_sha256"),
            "must be a SHA-256 hash, 64 lowercase hexadecimal digits",
        );
    }
    r.finish(obj);
    Some((entries?, hash)).filter(|_| hex)
}

/// The optional `form_edition` of a 1.2 export: text, when present.
fn form_edition(r: &mut Reader, top: &mut Obj<'_>) -> Option<String> {
    top.used.push("form_edition");
    let value = top.map.and_then(|m| m.get("form_edition"))?;
    match value.as_str().map(str::trim).filter(|s| !s.is_empty()) {
        Some(edition) if edition.chars().count() <= 200 => Some(edition.to_owned()),
        _ => {
            r.problem(
                "form_edition".to_owned(),
                "must name the edition of the form, like \"2026.1\"",
            );
            None
        }
    }
}

/// One JSON object being read: remembers which keys were asked for, so
/// that the keys nobody asked for can be reported as unknown.
struct Obj<'a> {
    map: Option<&'a Map<String, Value>>,
    path: String,
    used: Vec<&'static str>,
}

impl<'a> Obj<'a> {
    fn new(map: Option<&'a Map<String, Value>>, path: impl Into<String>) -> Self {
        Self {
            map,
            path: path.into(),
            used: Vec::new(),
        }
    }

    fn path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The value of `key`; `None` when null, missing (reported) or when this
    /// object itself could not be read.
    fn get(&mut self, r: &mut Reader, key: &'static str) -> Option<&'a Value> {
        self.used.push(key);
        let map = self.map?;
        match map.get(key) {
            None => {
                r.problem(
                    self.path(key),
                    "is missing: every field must be present, as null when there is no answer",
                );
                None
            }
            Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
    unknown: Vec<String>,
    /// The file's format MINOR: a key added after it may be left out.
    minor: u64,
}

impl Reader {
    fn problem(&mut self, path: String, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    fn finish(&mut self, obj: Obj<'_>) {
        if let Some(map) = obj.map {
            for key in map.keys() {
                if !obj.used.contains(&key.as_str()) {
                    self.unknown.push(obj.path(key));
                }
            }
        }
    }

    fn object<'a>(&mut self, o: &mut Obj<'a>, key: &'static str) -> Obj<'a> {
        let path = o.path(key);
        match o.get(self, key) {
            Some(Value::Object(map)) => Obj::new(Some(map), path),
            Some(_) => {
                self.problem(path.clone(), "must be an object");
                Obj::new(None, path)
            }
            None => Obj::new(None, path),
        }
    }

    /// An object that may not be null.
    fn required_object<'a>(&mut self, o: &mut Obj<'a>, key: &'static str) -> Obj<'a> {
        if o.map.and_then(|m| m.get(key)) == Some(&Value::Null) {
            self.problem(o.path(key), "must be an object, not null");
        }
        self.object(o, key)
    }

    fn string(&mut self, o: &mut Obj<'_>, key: &'static str, what: &str) -> String {
        match o.get(self, key) {
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                self.problem(o.path(key), format!("must be {what}"));
                String::new()
            }
            None => String::new(),
        }
    }

    fn text(&mut self, o: &mut Obj<'_>, key: &'static str) -> String {
        self.string(o, key, "text")
    }

    fn phone(&mut self, o: &mut Obj<'_>, key: &'static str) -> String {
        let s = self.string(o, key, "text");
        self.check_phone(o.path(key), &s);
        s
    }

    fn check_phone(&mut self, path: String, s: &str) {
        if let Some(e164) = normalise_phone(s)
            && e164 != s
        {
            self.problem(path, format!("must be written in E.164 form, like {e164}"));
        }
    }

    fn bool(&mut self, o: &mut Obj<'_>, key: &'static str) -> bool {
        let present = o.map.is_some_and(|m| m.contains_key(key));
        match o.get(self, key) {
            Some(Value::Bool(b)) => *b,
            None if !present => false,
            _ => {
                self.problem(o.path(key), "must be true or false");
                false
            }
        }
    }

    /// A checkbox that is null when its question is not asked.
    fn bool_or_null(&mut self, o: &mut Obj<'_>, key: &'static str) -> bool {
        match o.get(self, key) {
            Some(Value::Bool(b)) => *b,
            None => false,
            Some(_) => {
                self.problem(o.path(key), "must be true, false or null");
                false
            }
        }
    }

    fn choice(&mut self, o: &mut Obj<'_>, key: &'static str, list: &ChoiceList) -> Value {
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

    fn multi(&mut self, o: &mut Obj<'_>, key: &'static str, list: &ChoiceList) -> Value {
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
                    self.problem(path, "must list each answer once, in the order of the form");
                }
            }
            Some(_) => self.problem(path, "must be a list"),
            None => {}
        }
        Value::Array(out)
    }

    fn date(&mut self, o: &mut Obj<'_>, key: &'static str) -> DateInput {
        let s = self.string(o, key, "a date written YYYY-MM-DD");
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
            self.problem(o.path(key), "must be a date written YYYY-MM-DD");
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

    fn age(&mut self, o: &mut Obj<'_>, key: &'static str) -> String {
        match o.get(self, key) {
            Some(Value::Number(n)) if n.as_u64().is_some() => n.to_string(),
            Some(_) => {
                self.problem(o.path(key), "must be a whole number from 0 to 120");
                String::new()
            }
            None => String::new(),
        }
    }

    fn uuid(&mut self, o: &mut Obj<'_>, key: &'static str) -> Option<Uuid> {
        let s = self.string(o, key, "a UUID");
        if s.is_empty() {
            self.problem(o.path(key), "must be the referral's UUID");
            return None;
        }
        // A version 4 UUID in its usual hyphenated lower-case form.
        let id = Uuid::try_parse(&s)
            .ok()
            .filter(|id| id.get_version_num() == 4 && id.hyphenated().to_string() == s);
        if id.is_none() {
            self.problem(
                o.path(key),
                "must be a version 4 UUID in lower case, like 0b6f2a4e-8a0e-4c55-9a57-3c1f1c2d9e10",
            );
        }
        id
    }

    fn timestamp(&mut self, o: &mut Obj<'_>, key: &'static str) -> Option<DateTime<Utc>> {
        let s = self.string(o, key, "a date and time");
        // UTC, to the whole second, ending in Z: "2026-01-31T09:30:00Z".
        let t = DateTime::parse_from_rfc3339(&s)
            .ok()
            .map(|t| t.with_timezone(&Utc))
            .filter(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true) == s);
        if t.is_none() {
            self.problem(
                o.path(key),
                "must be a date and time in UTC, to the second, like 2026-01-31T09:30:00Z",
            );
        }
        t
    }

    fn list<'a, T>(
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
                self.problem(path, "must be a list");
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    fn item_object<'a>(&mut self, v: &'a Value, path: String) -> Obj<'a> {
        match v {
            Value::Object(map) => Obj::new(Some(map), path),
            _ => {
                self.problem(path.clone(), "must be an object");
                Obj::new(None, path)
            }
        }
    }

    fn item_string(&mut self, v: &Value, path: String) -> String {
        match v {
            Value::String(s) => s.clone(),
            _ => {
                self.problem(path, "must be text");
                String::new()
            }
        }
    }

    fn address_in(&mut self, mut a: Obj<'_>) -> Address {
        let status = self
            .choice(&mut a, "status", &AddressStatus::LIST)
            .as_str()
            .and_then(AddressStatus::from_id);
        let lines_path = a.path("lines");
        let lines = self.list(&mut a, "lines", |r, v, p| r.item_string(v, p));
        if lines.len() > 4 {
            self.problem(lines_path, "must have at most 4 lines");
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
            self.problem(a.path("postcode"), format!("must be written like {normal}"));
        }
        self.finish(a);
        address
    }

    /// An address that may be null (then it reads as blank).
    fn address(&mut self, o: &mut Obj<'_>, key: &'static str) -> Address {
        let a = self.object(o, key);
        if a.map.is_none() {
            return Address::default();
        }
        self.address_in(a)
    }
}

/// Never quotes what was found: it may be an answer typed in the wrong
/// place ("Alex Testperson lives at ...").
fn not_in_list(list: &ChoiceList, _v: &Value) -> String {
    let ids: Vec<String> = list.ids.iter().map(|id| format!("\"{id}\"")).collect();
    format!("is not one of the answers: use one of {}", ids.join(", "))
}

/// One section, read by the form definition into the draft's own shape:
/// the keys are the definition's paths, each read as its kind.
fn section(r: &mut Reader, parent: &mut Obj<'_>, section: SectionId) -> Value {
    let mut o = r.required_object(parent, section.id());
    let prefix_len = "referral.".len() + section.id().len() + 1;
    let fields: Vec<(&'static str, &'static Question)> = form::questions(section)
        .iter()
        .map(|q| (q.path.get(prefix_len..).unwrap_or(q.path), q))
        .collect();
    let mut out = Map::new();
    r.fields(&mut o, &fields, &mut out);
    r.finish(o);
    Value::Object(out)
}

impl Reader {
    /// Reads questions at these paths (relative to `o`); a path with a dot
    /// (`occupation.status`) is inside an object of its own.
    fn fields(
        &mut self,
        o: &mut Obj<'_>,
        fields: &[(&'static str, &'static Question)],
        out: &mut Map<String, Value>,
    ) {
        let mut i = 0;
        while let Some((path, q)) = fields.get(i).copied() {
            // A file older than the question: its key may be absent, and
            // then the answer is not given (a draft's default).
            let absent = o.map.is_some_and(|m| !m.contains_key(path));
            if absent && !q.in_minor(self.minor) {
                i += 1;
                continue;
            }
            let Some((head, _)) = path.split_once('.') else {
                let value = self.field(o, path, q);
                out.insert(path.to_owned(), value);
                i += 1;
                continue;
            };
            let group: Vec<(&'static str, &'static Question)> = fields[i..]
                .iter()
                .map_while(|(p, q)| {
                    let (h, rest) = p.split_once('.')?;
                    (h == head).then_some((rest, *q))
                })
                .collect();
            let mut inner = self.required_object(o, head);
            let mut map = Map::new();
            self.fields(&mut inner, &group, &mut map);
            self.finish(inner);
            out.insert(head.to_owned(), Value::Object(map));
            i += group.len();
        }
    }

    /// One answer, read as its kind, in the draft's shape.
    fn field(&mut self, o: &mut Obj<'_>, key: &'static str, q: &'static Question) -> Value {
        match q.kind {
            Kind::Text | Kind::LongText | Kind::Email => Value::String(self.text(o, key)),
            Kind::Phone => Value::String(self.phone(o, key)),
            Kind::Age => Value::String(self.age(o, key)),
            Kind::Date => to_draft(self.date(o, key)),
            Kind::Tri => self.choice(o, key, &Tri::LIST),
            Kind::YesNo => self.choice(o, key, &YesNo::LIST),
            Kind::Choice(list) => self.choice(o, key, &list),
            Kind::Multi(list) => self.multi(o, key, &list),
            // A checkbox asked only sometimes is null when not asked.
            Kind::Tick => Value::Bool(match q.asked {
                Asked::Always => self.bool(o, key),
                Asked::When { .. } => self.bool_or_null(o, key),
            }),
            Kind::Address { .. } => to_draft(self.address(o, key)),
            Kind::List { entry, .. } => {
                Value::Array(self.list(o, key, |r, v, p| r.entry(v, p, entry)))
            }
        }
    }

    /// One entry of a repeatable group.
    fn entry(&mut self, v: &Value, path: String, entry: &'static [Question]) -> Value {
        if let [only] = entry
            && only.path.is_empty()
        {
            return match only.kind {
                Kind::Address { .. } => {
                    let a = self.item_object(v, path);
                    to_draft(self.address_in(a))
                }
                Kind::Phone => {
                    let s = self.item_string(v, path.clone());
                    self.check_phone(path, &s);
                    Value::String(s)
                }
                _ => Value::String(self.item_string(v, path)),
            };
        }
        let mut o = self.item_object(v, path);
        let fields: Vec<(&'static str, &'static Question)> =
            entry.iter().map(|q| (q.path, q)).collect();
        let mut out = Map::new();
        self.fields(&mut o, &fields, &mut out);
        self.finish(o);
        Value::Object(out)
    }
}

/// A value in the draft's own shape.
fn to_draft<T: serde::Serialize>(value: T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}
