//! Reading a file that claims to be a referral, safely: a size limit before
//! anything is read, UTF-8 and JSON errors with line and column, and nothing
//! ever written back. Every failure is an [`OpenError`] whose message
//! completes the sentence "FILE ...".

use crate::i18n::t;
use crate::printable::shown;
use crate::tr;
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::path::Path;

/// The value of `format` in a draft file: here, below the draft's and the
/// export's readers, since an export's reader must know a draft given to it
/// by mistake ([`OpenError::IsDraft`]).
pub const DRAFT_FORMAT: &str = "prevent-referral-draft";

/// The limits on what is read (defined with the bounded read itself).
pub use crate::storage::store::{MAX_FILE_BYTES, MAX_KEY_FILE_BYTES};

/// Why a file could not be opened as a referral. Displayed after the file
/// name: "referral.json: is not valid JSON ...".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("{}", tr!("file-io", why = .0))]
    Io(String),
    #[error("{}", t("file-folder"))]
    Folder,
    #[error("{}", tr!("file-too-large", size = *.size))]
    TooLarge { size: u64 },
    /// A key, identity or passphrase file over [`MAX_KEY_FILE_BYTES`].
    #[error("{}", tr!("file-key-too-large", size = *.size))]
    KeyTooLarge { size: u64 },
    #[error("{}", t("file-empty"))]
    Empty,
    #[error("{}", tr!("file-not-utf8", offset = *.offset))]
    NotUtf8 { offset: usize },
    #[error("{}", tr!("file-truncated", line = *.line, column = *.column))]
    Truncated { line: usize, column: usize },
    #[error("{}", tr!("file-too-deep", line = *.line, column = *.column))]
    TooDeep { line: usize, column: usize },
    /// serde_json's description, said in the catalogue's words when it is
    /// one of those it has ([`json_reason`]).
    #[error("{}", tr!(
        "file-json",
        message = json_said(.message),
        line = *.line,
        column = *.column
    ))]
    Json {
        message: String,
        line: usize,
        column: usize,
    },
    /// The message id of the kind of JSON value the file is instead.
    #[error("{}", tr!("file-not-object", kind = t(.0)))]
    NotObject(&'static str),
    #[error("{}", tr!("file-foreign", why = .0))]
    Foreign(crate::i18n::Message),
    #[error("{}", t("file-is-draft"))]
    IsDraft,
    #[error("{}", tr!("file-newer", found = .found, reads = .reads))]
    Newer { found: String, reads: String },
    #[error("{}", tr!("file-bad-version", version = .0))]
    BadVersion(crate::i18n::Message),
    #[error("{}", tr!("file-unknown-keys", path = shown(.path), count = *.count))]
    UnknownKeys { path: String, count: usize },
    /// An export of a newer MINOR with answers this program does not ask:
    /// opening it as a draft would lose them.
    #[error("{}", tr!(
        "file-newer-answers",
        version = shown(.version),
        path = shown(.path),
        count = *.count
    ))]
    NewerAnswers {
        version: String,
        path: String,
        count: usize,
    },
    /// A key given twice in one object: readers disagree on which counts.
    #[error("{}", tr!(
        "file-duplicate-key",
        key = shown(.key),
        line = *.line,
        column = *.column
    ))]
    DuplicateKey {
        key: String,
        line: usize,
        column: usize,
    },
    #[error("{}", tr!("file-damaged-draft", why = .0))]
    DamagedDraft(String),
    #[error(transparent)]
    Decrypt(crate::storage::crypto::DecryptFailure),
    #[error("{}", t("file-encrypted"))]
    Encrypted,
    /// The identity file chosen to decrypt it cannot be used.
    #[error("{}", tr!("file-identity", file = .file, why = .why.to_string()))]
    Identity {
        file: String,
        why: Box<IdentityError>,
    },
}

/// Why an identity file cannot be used. Displayed after its name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentityError {
    #[error(transparent)]
    Read(OpenError),
    #[error(transparent)]
    Parse(crate::storage::crypto::IdentityFileError),
}

/// Reads a file whole, refusing folders and anything over
/// [`MAX_FILE_BYTES`] before reading it.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, OpenError> {
    read_at_most(path, MAX_FILE_BYTES)
}

/// As [`read_bytes`], with another limit: every file the program reads is
/// read through this, so `/dev/zero` or a huge file never fills memory.
pub fn read_at_most(path: &Path, max: u64) -> Result<Vec<u8>, OpenError> {
    use crate::storage::store::ReadError;
    crate::storage::store::read_at_most(path, max).map_err(|e| match e {
        ReadError::Folder => OpenError::Folder,
        // Said with the limit that applies: a key file's is not a referral's.
        ReadError::TooLarge { size, max } if max < MAX_FILE_BYTES => {
            OpenError::KeyTooLarge { size }
        }
        ReadError::TooLarge { size, .. } => OpenError::TooLarge { size },
        ReadError::Io(e) => OpenError::Io(crate::storage::store::read_error_reason(&e)),
    })
}

/// serde_json's description in the catalogue's words when it is one of
/// those [`json_reason`] knows, else as serde_json says it.
fn json_said(message: &str) -> String {
    json_reason(message).map_or_else(|| message.to_owned(), |id| t(id).to_owned())
}

/// serde_json's description of a syntax error, which is English whatever
/// the language, as the catalogue's message id for the same thing said for
/// a person. `None` for one not listed here, shown as serde_json says it.
/// (Its descriptions are fixed strings: a test parses a file for each, so
/// a new wording in serde_json is noticed.)
fn json_reason(message: &str) -> Option<&'static str> {
    Some(match message {
        "expected `:`" => "file-json-colon",
        "expected `,` or `]`" => "file-json-list-comma",
        "expected `,` or `}`" => "file-json-object-comma",
        "expected ident" => "file-json-word",
        "expected value" => "file-json-value",
        "expected `\"`" => "file-json-name",
        "invalid escape" => "file-json-escape",
        "invalid number" => "file-json-number",
        "number out of range" => "file-json-number-range",
        "invalid unicode code point" => "file-json-code-point",
        "control character (\\u0000-\\u001F) found while parsing a string" => "file-json-control",
        "key must be a string" => "file-json-key",
        "unexpected end of hex escape" => "file-json-hex-end",
        "lone leading surrogate in hex escape" => "file-json-lone-surrogate",
        "trailing comma" => "file-json-trailing-comma",
        "trailing characters" => "file-json-trailing",
        _ => return None,
    })
}

/// Parses bytes as one JSON object.
pub fn parse_object(bytes: &[u8]) -> Result<Map<String, Value>, OpenError> {
    parse_object_keeping(bytes, None).map(|(map, _)| map)
}

/// An object, and the text of the value kept out of it.
pub type Kept = (Map<String, Value>, Option<Box<RawValue>>);

/// As [`parse_object`], with the value of the top-level key `keep` handed
/// back as its text (the map holds `null` there): a draft's history of
/// thousands of entries is read straight into its own types rather than
/// built as a tree of values first.
pub fn parse_object_keeping(bytes: &[u8], keep: Option<&str>) -> Result<Kept, OpenError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(OpenError::TooLarge {
            size: bytes.len() as u64,
        });
    }
    if crate::storage::crypto::is_encrypted(bytes) {
        return Err(OpenError::Encrypted);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| OpenError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(OpenError::Empty);
    }
    // serde_json stops at 128 levels of nesting, so a hostile file cannot
    // exhaust the stack. A key given twice is refused while parsing.
    let duplicate = std::cell::RefCell::new(None);
    let kept = std::cell::RefCell::new(None);
    let value = {
        use serde::de::DeserializeSeed;
        let mut de = serde_json::Deserializer::from_str(text);
        unique::Unique {
            duplicate: &duplicate,
            keep: keep.map(|key| (key, &kept)),
        }
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
    };
    let value: Value = value.map_err(|e| {
        let (line, column) = (e.line(), e.column());
        if let Some(key) = duplicate.borrow_mut().take() {
            OpenError::DuplicateKey { key, line, column }
        } else if e.is_eof() {
            OpenError::Truncated { line, column }
        } else if nests_deeper_than(up_to(text, line, column), JSON_DEPTH_LIMIT - 1) {
            OpenError::TooDeep { line, column }
        } else {
            let message = e.to_string();
            let message = match message.rfind(" at line ") {
                Some(at) => message[..at].to_owned(),
                None => message,
            };
            OpenError::Json {
                message,
                line,
                column,
            }
        }
    })?;
    match value {
        Value::Object(map) => Ok((map, kept.into_inner())),
        Value::Array(_) => Err(OpenError::NotObject("json-kind-array")),
        Value::String(_) => Err(OpenError::NotObject("json-kind-string")),
        Value::Number(_) => Err(OpenError::NotObject("json-kind-number")),
        Value::Bool(_) => Err(OpenError::NotObject("json-kind-boolean")),
        Value::Null => Err(OpenError::NotObject("json-kind-null")),
    }
}

/// A JSON value read as serde_json's own, except that an object with a key
/// given twice is an error (serde_json keeps the last; another reader may
/// keep the first and read a different referral). The key is handed out
/// through the cell, not through the wording of the error.
mod unique {
    use serde::de::{DeserializeSeed, Error, MapAccess, SeqAccess, Visitor};
    use serde_json::value::RawValue;
    use serde_json::{Map, Number, Value};
    use std::cell::RefCell;

    type Kept<'a> = &'a RefCell<Option<Box<RawValue>>>;

    #[derive(Clone, Copy)]
    pub struct Unique<'a> {
        /// The key given twice, when one is.
        pub duplicate: &'a RefCell<Option<String>>,
        /// At the top level only: a key whose value is kept as its text.
        pub keep: Option<(&'a str, Kept<'a>)>,
    }

    impl Unique<'_> {
        /// For the values inside: nothing kept below the top level.
        fn inner(self) -> Self {
            Self { keep: None, ..self }
        }
    }

    impl<'de> DeserializeSeed<'de> for Unique<'_> {
        type Value = Value;
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Unique<'_> {
        type Value = Value;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON value")
        }
        fn visit_bool<E: Error>(self, v: bool) -> Result<Value, E> {
            Ok(Value::Bool(v))
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<Value, E> {
            Ok(Value::Number(v.into()))
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<Value, E> {
            Ok(Value::Number(v.into()))
        }
        fn visit_f64<E: Error>(self, v: f64) -> Result<Value, E> {
            Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<Value, E> {
            Ok(Value::String(v.to_owned()))
        }
        fn visit_string<E: Error>(self, v: String) -> Result<Value, E> {
            Ok(Value::String(v))
        }
        fn visit_unit<E: Error>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_none<E: Error>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            self.deserialize(d)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            let mut items = Vec::new();
            while let Some(v) = seq.next_element_seed(self.inner())? {
                items.push(v);
            }
            Ok(Value::Array(items))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            let mut object = Map::new();
            while let Some(key) = map.next_key::<String>()? {
                if object.contains_key(&key) {
                    let message = "a key is given twice";
                    *self.duplicate.borrow_mut() = Some(key);
                    return Err(A::Error::custom(message));
                }
                if let Some((kept, cell)) = self.keep
                    && key == kept
                {
                    *cell.borrow_mut() = Some(map.next_value::<Box<RawValue>>()?);
                    object.insert(key, Value::Null);
                    continue;
                }
                let value = map.next_value_seed(self.inner())?;
                object.insert(key, value);
            }
            Ok(Value::Object(object))
        }
    }
}

/// How deeply serde_json lets arrays and objects nest: it stops at the
/// bracket that reaches this depth.
const JSON_DEPTH_LIMIT: usize = 128;

/// The text up to a parser's position (line and column from 1).
fn up_to(text: &str, line: usize, column: usize) -> &str {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text,
        }
    }
    let end = (start + column).min(text.len());
    text.get(..end).unwrap_or(text)
}

/// True when arrays and objects in `text` nest more than `limit` deep
/// (brackets inside strings do not count). Decides from the text itself,
/// never from the wording of a parser's message.
fn nests_deeper_than(text: &str, limit: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// Reads "MAJOR.MINOR" into numbers.
pub fn parse_version(v: &str) -> Option<(u64, u64)> {
    let (major, minor) = v.split_once('.')?;
    let num = |s: &str| -> Option<u64> {
        let digits = !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
        // "01.0" and "1.00" are not versions: one way to write each number.
        if !digits || (s.len() > 1 && s.starts_with('0')) {
            return None;
        }
        s.parse().ok()
    };
    Some((num(major)?, num(minor)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each of serde_json's syntax errors met in a file is said in the
    /// catalogue's words: none is left in serde_json's English.
    #[test]
    fn a_json_syntax_error_is_said_in_the_catalogues_words() {
        let cases: &[(&str, &str)] = &[
            ("{\"a\" 1}", "file-json-colon"),
            ("{\"a\": [1 2]}", "file-json-list-comma"),
            ("{\"a\": 1 \"b\": 2}", "file-json-object-comma"),
            ("{\"a\": tru}", "file-json-word"),
            ("{\"a\": }", "file-json-value"),
            ("{\"a\": 1, }", "file-json-trailing-comma"),
            ("{\"a\": \"\\x\"}", "file-json-escape"),
            ("{\"a\": -}", "file-json-number"),
            ("{\"a\": 1e999}", "file-json-number-range"),
            ("{\"a\": \"\u{1}\"}", "file-json-control"),
            ("{1: 2}", "file-json-key"),
            ("{\"a\": \"\\ud800\"}", "file-json-hex-end"),
            ("{\"a\": \"\\udc00\"}", "file-json-lone-surrogate"),
            ("{\"a\": 1} x", "file-json-trailing"),
        ];
        for (text, id) in cases {
            match parse_object(text.as_bytes()) {
                Err(OpenError::Json { message, .. }) => {
                    assert_eq!(json_reason(&message), Some(*id), "{text}: {message}");
                }
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    #[test]
    fn nesting_is_counted_outside_strings_only() {
        assert!(!nests_deeper_than(r#"{"a": "[[[[[[", "b": [[1]]}"#, 3));
        assert!(nests_deeper_than("[[[[1]]]]", 3));
        assert!(!nests_deeper_than(r#"["\"[[[["]"#, 2));
    }

    #[test]
    fn a_kept_value_comes_back_as_its_text_and_only_at_the_top() {
        let text = r#"{"history": [{"x": 1}], "a": {"history": 2}}"#;
        let (map, kept) = parse_object_keeping(text.as_bytes(), Some("history")).unwrap();
        assert_eq!(kept.as_deref().map(RawValue::get), Some(r#"[{"x": 1}]"#));
        assert_eq!(map["history"], Value::Null);
        assert_eq!(map["a"]["history"], 2, "inside, an ordinary value");
        // Still one of each key: a second "history" is refused.
        let twice = r#"{"history": [], "history": []}"#;
        assert!(matches!(
            parse_object_keeping(twice.as_bytes(), Some("history")),
            Err(OpenError::DuplicateKey { .. })
        ));
    }

    #[test]
    fn a_key_given_twice_is_refused_with_its_line() {
        let text = "{\n  \"referral\": {\"person\": 1},\n  \"referral\": {}\n}";
        match parse_object(text.as_bytes()) {
            Err(OpenError::DuplicateKey { key, line, .. }) => {
                assert_eq!((key.as_str(), line), ("referral", 3));
            }
            other => panic!("{other:?}"),
        }
        let nested = r#"{"a": [{"b": 1, "b": 2}]}"#;
        assert!(matches!(
            parse_object(nested.as_bytes()),
            Err(OpenError::DuplicateKey { .. })
        ));
        assert!(parse_object(br#"{"a": {"b": 1}, "b": {"a": 2}}"#).is_ok());
    }

    #[test]
    fn too_deep_json_is_named_so() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(matches!(
            parse_object(deep.as_bytes()),
            Err(OpenError::TooDeep { .. })
        ));
    }
}
