//! Reading a file that claims to be a referral, safely: a size limit before
//! anything is read, UTF-8 and JSON errors with line and column, and nothing
//! ever written back. Every failure is an [`OpenError`] whose message
//! completes the sentence "FILE ...".

use serde_json::{Map, Value};
use std::io::Read;
use std::path::Path;

/// No referral comes near this: 34 long answers of 50,000 characters, even
/// with every character escaped, stay under 21 MB.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Why a file could not be opened as a referral. Displayed after the file
/// name: "referral.json: is not valid JSON ...".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("cannot be read: {0}")]
    Io(String),
    #[error("is a folder, not a file")]
    Folder,
    #[error("is {size} bytes, larger than any referral (at most 32 MiB): it is not a referral")]
    TooLarge { size: u64 },
    #[error("is empty")]
    Empty,
    #[error("is not UTF-8 text (bad byte at offset {offset}): it is not a referral")]
    NotUtf8 { offset: usize },
    #[error("ends too early at line {line}, column {column}: the file looks cut off")]
    Truncated { line: usize, column: usize },
    #[error("nests too deeply to be a referral (line {line}, column {column})")]
    TooDeep { line: usize, column: usize },
    #[error("is not valid JSON: {message} at line {line}, column {column}")]
    Json {
        message: String,
        line: usize,
        column: usize,
    },
    #[error("is a JSON {0}, not a referral (a referral is a JSON object)")]
    NotObject(&'static str),
    #[error("is not a Prevent referral: {0}")]
    Foreign(String),
    #[error(
        "is a Prevent Referral draft, not an export: open it in the app or use `drafts export` to make the export"
    )]
    IsDraft,
    #[error(
        "uses format version {found}, newer than this program reads ({reads}): install the latest Prevent Referral to open it"
    )]
    Newer { found: String, reads: String },
    #[error("has a format_version this program cannot read: {0}")]
    BadVersion(String),
    #[error("has {count} unknown key(s), the first at {path}: it was not written to this format")]
    UnknownKeys { path: String, count: usize },
    #[error("is a damaged draft: {0}")]
    DamagedDraft(String),
    #[error("{0}")]
    Decrypt(crate::crypto::DecryptFailure),
    #[error(
        "is encrypted: open it in the app, or decrypt it with `prevent-referral decrypt` and the identity file"
    )]
    Encrypted,
}

/// Reads a file whole, refusing folders and anything over
/// [`MAX_FILE_BYTES`] before reading it.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, OpenError> {
    let meta = std::fs::metadata(path).map_err(|e| OpenError::Io(io_reason(&e)))?;
    if meta.is_dir() {
        return Err(OpenError::Folder);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(OpenError::TooLarge { size: meta.len() });
    }
    let file = std::fs::File::open(path).map_err(|e| OpenError::Io(io_reason(&e)))?;
    let mut bytes = Vec::new();
    // `take` as well: a pipe or device has no length to check up front.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| OpenError::Io(io_reason(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(OpenError::TooLarge {
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "there is no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// Parses bytes as one JSON object.
pub fn parse_object(bytes: &[u8]) -> Result<Map<String, Value>, OpenError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(OpenError::TooLarge {
            size: bytes.len() as u64,
        });
    }
    if crate::crypto::is_encrypted(bytes) {
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
    // exhaust the stack.
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        if e.is_eof() {
            OpenError::Truncated { line, column }
        } else if e.to_string().starts_with("recursion limit exceeded") {
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
        Value::Object(map) => Ok(map),
        Value::Array(_) => Err(OpenError::NotObject("array")),
        Value::String(_) => Err(OpenError::NotObject("string")),
        Value::Number(_) => Err(OpenError::NotObject("number")),
        Value::Bool(_) => Err(OpenError::NotObject("true/false value")),
        Value::Null => Err(OpenError::NotObject("null")),
    }
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
