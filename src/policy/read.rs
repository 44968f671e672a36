//! Where a policy is read from: the registry on Windows, a file that only
//! root (or the person themselves) can change elsewhere. Each reader turns
//! what it finds into a [`Raw`] list for [`Policy::from_raw`].

use super::{Loaded, Policy, Raw, Source, TEAMS, Value};
use crate::printable::shown;
use crate::tr;
#[cfg(unix)]
use std::path::{Path, PathBuf};

/// The file read on Linux (and other Unix systems).
pub const POLICY_FILE: &str = "/etc/prevent-referral/policy.toml";
/// Names another file instead of [`POLICY_FILE`] (Unix only): for tests,
/// and for systems that keep configuration elsewhere. The file must still
/// be one no one else can change; a person who points it at a file of
/// their own only sets rules for themselves. Not read on Windows, where a
/// person must not be able to step around their organisation's policy.
pub const POLICY_FILE_ENV: &str = "PREVENT_REFERRAL_POLICY_FILE";
// Read only when there is no system file: a person cannot step around
// their organisation's policy with it (review).
/// The key read on Windows, under HKEY_LOCAL_MACHINE.
pub const REGISTRY_KEY: &str = "SOFTWARE\\Policies\\PreventReferral";
/// A policy file larger than this is refused unread.
pub const MAX_FILE: u64 = 64 * 1024;

/// The policy for this PC, from where this system keeps it.
pub fn load() -> Loaded {
    #[cfg(windows)]
    {
        registry::load()
    }
    #[cfg(not(windows))]
    {
        let system = PathBuf::from(POLICY_FILE);
        let path = match std::env::var_os(POLICY_FILE_ENV).filter(|p| !p.is_empty()) {
            Some(named) if std::fs::symlink_metadata(&system).is_err() => PathBuf::from(named),
            _ => system,
        };
        load_file(&path)
    }
}

/// Checks `raw` and says what came of it.
fn judged(source: Source, raw: Result<Raw, String>) -> Loaded {
    match raw
        .map_err(|why| vec![why])
        .and_then(|raw| Policy::from_raw(&raw))
    {
        Ok(policy) => Loaded::InForce(source, policy),
        Err(problems) => Loaded::Refused(source, problems),
    }
}

/// A policy file: none there is no policy; one that others could change,
/// that cannot be read or that is not valid is refused.
#[cfg(unix)]
pub fn load_file(path: &Path) -> Loaded {
    let source = Source::File(path.to_path_buf());
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Loaded::None(source),
        _ => {}
    }
    // The path checked is the path read: every link resolved once, so a
    // link swapped between the check and the read cannot bring in
    // another file (review).
    let raw = match std::fs::canonicalize(path) {
        Ok(real) => unsafe_reason(&real).map_or_else(|| read_bounded(&real), Err),
        Err(e) => Err(tr!(
            "policy-file-unreadable",
            why = crate::i18n::system_error(&e)
        )),
    }
    .and_then(|text| parse_toml(&text));
    judged(source, raw)
}

/// Why no one can trust the file at `path`, if they cannot: it, or a
/// folder above it, is owned by someone other than root and the person
/// running the program, or others can write to it (a folder with the
/// sticky bit, such as /tmp, is safe: others cannot replace what is in it).
#[cfg(unix)]
fn unsafe_reason(real: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let me = rustix::process::geteuid().as_raw();
    for (i, place) in real.ancestors().enumerate() {
        let meta = match std::fs::metadata(place) {
            Ok(meta) => meta,
            Err(e) => {
                return Some(tr!(
                    "policy-file-unreadable",
                    why = crate::i18n::system_error(&e)
                ));
            }
        };
        let shown_place = shown(&place.display().to_string());
        if i == 0 && !meta.is_file() {
            return Some(tr!("policy-file-not-file"));
        }
        if meta.uid() != 0 && meta.uid() != me {
            return Some(tr!(
                "policy-file-owner",
                place = shown_place,
                uid = meta.uid()
            ));
        }
        let mode = meta.mode() & 0o7777;
        let sticky_folder = i > 0 && mode & 0o1000 != 0;
        if mode & 0o022 != 0 && !sticky_folder {
            return Some(tr!(
                "policy-file-writable",
                place = shown_place,
                mode = format!("{mode:o}")
            ));
        }
    }
    None
}

/// The file's text, refused when larger than [`MAX_FILE`] or not UTF-8.
#[cfg(unix)]
fn read_bounded(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let unreadable = |e: std::io::Error| {
        tr!(
            "policy-file-unreadable",
            why = crate::i18n::system_error(&e)
        )
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(tr!("policy-file-too-large", max = MAX_FILE / 1024));
    }
    String::from_utf8(bytes).map_err(|_| tr!("policy-file-not-text"))
}

/// A policy file's text (TOML, the registry's names as keys, the teams in
/// a `[Teams]` table) as names and values.
pub fn parse_toml(text: &str) -> Result<Raw, String> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        // The line the problem starts on: the line breaks before it, plus one.
        let line = e.span().map_or(1, |s| {
            let before = text.get(..s.start).unwrap_or(text);
            before.matches('\n').count() + 1
        });
        tr!("policy-file-syntax", line = line, why = shown(e.message()))
    })?;
    let mut raw = Raw::default();
    for (name, value) in table {
        match value {
            toml::Value::Table(teams) if name.eq_ignore_ascii_case(TEAMS) => {
                raw.teams
                    .extend(teams.into_iter().map(|(team, key)| (team, of_toml(key))));
            }
            other => raw.values.push((name, of_toml(other))),
        }
    }
    Ok(raw)
}

fn of_toml(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::Text(s),
        toml::Value::Boolean(b) => Value::Number(u64::from(b)),
        toml::Value::Integer(i) => {
            u64::try_from(i).map_or_else(|_| Value::Other(i.to_string()), Value::Number)
        }
        other => Value::Other(other.type_str().to_owned()),
    }
}

#[cfg(windows)]
mod registry {
    use super::{Loaded, REGISTRY_KEY, Raw, Source, TEAMS, Value, judged};
    use crate::tr;
    use windows_registry::{Key, LOCAL_MACHINE, Type};

    /// HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND): no such key.
    const NOT_FOUND: i32 = 0x8007_0002_u32 as i32;

    pub fn load() -> Loaded {
        let source = Source::Registry(format!("HKLM\\{REGISTRY_KEY}"));
        let key = match LOCAL_MACHINE.options().read().open(REGISTRY_KEY) {
            Ok(key) => key,
            Err(e) if e.code().0 == NOT_FOUND => return Loaded::None(source),
            Err(e) => {
                let why = tr!("policy-registry-unreadable", why = e.message());
                return Loaded::Refused(source, vec![why]);
            }
        };
        judged(source, raw(&key))
    }

    fn raw(key: &Key) -> Result<Raw, String> {
        let mut raw = Raw {
            values: values(key).map_err(unreadable)?,
            teams: Vec::new(),
        };
        for sub in key.keys().map_err(unreadable)? {
            if sub.eq_ignore_ascii_case(TEAMS) {
                let teams = key.options().read().open(&sub).map_err(unreadable)?;
                raw.teams = values(&teams).map_err(unreadable)?;
            } else {
                raw.values.push((sub, Value::Other("key".to_owned())));
            }
        }
        Ok(raw)
    }

    /// A registry error, as the refusal says it.
    fn unreadable(e: impl std::fmt::Display) -> String {
        tr!("policy-registry-unreadable", why = e.to_string())
    }

    fn values(key: &Key) -> windows_registry::Result<Vec<(String, Value)>> {
        let mut out = Vec::new();
        for (name, value) in key.values()? {
            let value = match value.ty() {
                Type::U32 | Type::U64 => Value::Number(u64::try_from(value)?),
                Type::String | Type::ExpandString => Value::Text(String::try_from(value)?),
                Type::MultiString => Value::Other("REG_MULTI_SZ".to_owned()),
                Type::Bytes => Value::Other("REG_BINARY".to_owned()),
                Type::Other(n) => Value::Other(format!("type {n}")),
            };
            out.push((name, value));
        }
        Ok(out)
    }
}
