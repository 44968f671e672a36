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
use crate::form::{self, Asked, Kind, Question};
use crate::model::*;
use crate::rules::Problem;
use crate::storage::file::{DRAFT_FORMAT, OpenError, parse_object, parse_version};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use uuid::Uuid;

/// The format MINOR that added `form_edition`.
const FORM_EDITION_SINCE: u64 = super::types::EDITIONS[0].0;

mod reader;

use reader::{Obj, Reader};

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

    /// The MINOR whose questions the file is shown with: its own, or this
    /// program's for a newer file (whose unknown answers are reported
    /// apart).
    pub fn asked_minor(&self) -> u64 {
        self.minor().min(FORMAT_MINOR)
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

impl ReadExport {
    /// The questions the file's edition asked of this person, and it
    /// answers, that this program's edition does not ask (armed forces of a
    /// 15-year-old, asked of everyone before 1.3). Opened as a new draft,
    /// such an answer stays in the draft but is not sent again: the person
    /// opening it is told so. `today`: the date the age is worked out on
    /// while the referral has none of its own.
    pub fn not_sent_again(&self, today: chrono::NaiveDate) -> Vec<&'static Question> {
        let referral = &self.referral;
        let age = crate::rules::age(referral, crate::rules::Context::new(today));
        let facts = |minor| form::Facts {
            referral,
            age,
            minor,
            entry: None,
        };
        let (then, now) = (facts(self.meta.asked_minor()), facts(FORMAT_MINOR));
        form::all()
            .filter(|q| q.is_asked(&then) && !q.is_asked(&now))
            .filter(|q| referral.answer(q.path).is_some_and(|a| a.is_given()))
            .collect()
    }

    /// [`Self::not_sent_again`]'s questions by their labels, in the
    /// current language, for a message, and how many: `None` when there
    /// are none.
    pub fn not_sent_again_named(&self, today: chrono::NaiveDate) -> Option<(String, usize)> {
        let questions = self.not_sent_again(today);
        (!questions.is_empty()).then(|| {
            let labels: Vec<String> = questions
                .iter()
                .map(|q| format!("\u{201c}{}\u{201d}", q.label()))
                .collect();
            (labels.join(", "), questions.len())
        })
    }
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
            return Err(OpenError::Foreign(crate::msg!(
                "file-format-other",
                found = Value::String(f.chars().take(80).collect()).to_string(),
                expected = FORMAT
            )));
        }
        Some(_) => return Err(OpenError::Foreign(crate::msg!("file-format-not-text"))),
        None => return Err(OpenError::Foreign(crate::msg!("file-format-none"))),
    }
    let version = match map.get("format_version") {
        Some(Value::String(v)) => v.clone(),
        Some(_) => return Err(OpenError::BadVersion(crate::msg!("file-version-not-text"))),
        None => return Err(OpenError::BadVersion(crate::msg!("file-version-none"))),
    };
    match parse_version(&version) {
        Some((major, _)) if major == FORMAT_MAJOR => Ok(version),
        Some((major, _)) if major > FORMAT_MAJOR => Err(OpenError::Newer {
            found: version,
            reads: format!("{FORMAT_MAJOR}.x"),
        }),
        _ => Err(OpenError::BadVersion(crate::msg!(
            "file-version-not-major",
            found = Value::String(version.chars().take(40).collect()).to_string(),
            major = FORMAT_MAJOR.to_string()
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
            crate::msg!("reader-marking"),
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
            r.problem(generator.path(key), crate::msg!("reader-generator"));
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
        r.problem(top.path("history"), crate::msg!("reader-object"));
        return None;
    };
    let mut obj = Obj::new(Some(map), top.path("history"));
    let entries = match obj.get(r, "entries") {
        Some(Value::Number(n)) if n.as_u64().is_some() => n.as_u64(),
        Some(_) => {
            r.problem(obj.path("entries"), crate::msg!("reader-whole-number"));
            None
        }
        None => None,
    };
    let hash = r.string(&mut obj, "latest_sha256", "reader-text");
    let hex = hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if !hex && map.contains_key("latest_sha256") {
        r.problem(obj.path("latest_sha256"), crate::msg!("reader-sha256"));
    }
    r.finish(obj);
    Some((entries?, hash)).filter(|_| hex)
}

/// The `form_edition` of an export: text, added by 1.2 (so a 1.2 file must
/// have it, and an older one may not).
fn form_edition(r: &mut Reader, top: &mut Obj<'_>) -> Option<String> {
    top.used.push("form_edition");
    let Some(value) = top.map.and_then(|m| m.get("form_edition")) else {
        if r.minor >= FORM_EDITION_SINCE {
            r.problem("form_edition".to_owned(), reader::missing());
        }
        return None;
    };
    let Some(edition) = value.as_str().filter(|s| super::types::is_edition(s)) else {
        r.problem("form_edition".to_owned(), crate::msg!("reader-edition"));
        return None;
    };
    // The file's questions are its format's: an edition that is not that
    // format's would pass a mislabelled file, and print a false edition on
    // its copy.
    if let Some(asked) = super::types::edition_of(r.minor)
        && asked != edition
    {
        r.problem(
            "form_edition".to_owned(),
            crate::msg!(
                "reader-edition-not-of-version",
                edition = asked,
                version = format!("{FORMAT_MAJOR}.{}", r.minor)
            ),
        );
    }
    Some(edition.to_owned())
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
            if !q.in_minor(self.minor) && o.map.is_some_and(|m| !m.contains_key(path)) {
                i += 1;
                continue;
            }
            // Present in a file older than the question: the file says one
            // version and holds another's answers. Read, and said, so that
            // `validate` does not pass it in silence.
            if !q.in_minor(self.minor) && !path.contains('.') {
                self.problem(
                    o.path(path),
                    crate::msg!(
                        "reader-newer-key",
                        since = format!("{FORMAT_MAJOR}.{}", q.since),
                        version = format!("{FORMAT_MAJOR}.{}", self.minor)
                    ),
                );
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
            Kind::Text | Kind::LongText | Kind::Email | Kind::Extension => {
                Value::String(self.text(o, key))
            }
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
