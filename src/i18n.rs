//! The message catalogue: every string a person reads, in Fluent files under
//! `assets/i18n/<language>/`, looked up by message id.
//!
//! - [`t`] gives a message with no variables; [`tr!`](crate::tr) takes
//!   variables (`tr!("summary-label", count = 3)`).
//! - Fluent's Unicode isolation marks (U+2068/U+2069) are switched off: egui
//!   does not draw them, but they would end up in copies, the clipboard and
//!   the command line's output.
//! - A message that is missing shows its id, so the gap is visible; the tests
//!   check that every id used exists and that none is left unused.
//!
//! The catalogue is compiled into the program (`include_str!`), so a
//! release binary carries every language it speaks.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{OnceLock, RwLock};
use unic_langid::LanguageIdentifier;

mod message;
pub use message::Message;

/// A language the program speaks. Kept in the settings by its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Language {
    #[serde(rename = "en-GB")]
    English,
    /// Cymraeg.
    #[serde(rename = "cy")]
    Welsh,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Welsh];

    /// The BCP 47 tag, as the accessibility tree and documents carry it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en-GB",
            Language::Welsh => "cy",
        }
    }

    /// The language's name in itself ("Cymraeg", "English"), as the switch
    /// at the top of the window shows it whichever language is in use.
    pub fn own_name(self) -> &'static str {
        t_in(
            self,
            match self {
                Language::English => "language-english",
                Language::Welsh => "language-welsh",
            },
        )
    }

    fn index(self) -> u8 {
        match self {
            Language::English => 0,
            Language::Welsh => 1,
        }
    }

    fn from_index(i: u8) -> Self {
        match i {
            1 => Language::Welsh,
            _ => Language::English,
        }
    }

    /// The language of a locale name such as `cy_GB.UTF-8`, `cy` or
    /// `en_GB`: Welsh for any starting with `cy`, English otherwise.
    pub fn of_locale(locale: &str) -> Self {
        if language_of(locale).eq_ignore_ascii_case("cy") {
            Language::Welsh
        } else {
            Language::English
        }
    }

    /// Whether a locale name is of a language this program speaks
    /// (English or Welsh).
    fn has_catalogue(locale: &str) -> bool {
        let lang = language_of(locale);
        lang.eq_ignore_ascii_case("cy") || lang.eq_ignore_ascii_case("en")
    }

    /// The system language, from the variables gettext reads, as gettext
    /// reads them: the locale is the first set of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG`; `LANGUAGE` (a list: its first entry there is a
    /// catalogue for) comes before it,
    /// except that a locale of `C` or `POSIX` is English whatever
    /// `LANGUAGE` says (what a script sets to get the English messages).
    /// None set is English.
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Self {
        Self::named_by_environment(var).unwrap_or(Language::English)
    }

    /// As [`Language::from_environment`], `None` when no variable names one.
    fn named_by_environment(var: impl Fn(&str) -> Option<String>) -> Option<Self> {
        let set = |name: &str| var(name).filter(|value| !value.trim().is_empty());
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(set);
        let is_c = |value: &str| matches!(value.trim(), "C" | "POSIX") || value.starts_with("C.");
        if locale.as_deref().is_some_and(is_c) {
            return Some(Language::English);
        }
        // A list in order of preference: the first this program has a
        // catalogue for ("fr:cy" is Welsh); one with none is English, as
        // gettext leaves a message untranslated then.
        let language = set("LANGUAGE").map(|list| {
            list.split(':')
                .map(str::trim)
                .find(|entry| Self::has_catalogue(entry))
                .map_or(Language::English, Self::of_locale)
        });
        language.or_else(|| locale.map(|name| Self::of_locale(&name)))
    }

    /// The system language of this process: the variables above (set on
    /// Linux, and by anyone who sets them on Windows), else on Windows the
    /// display language (`cy-GB` is Welsh), else English.
    pub fn of_system() -> Self {
        if let Some(named) = Self::named_by_environment(|name| std::env::var(name).ok()) {
            return named;
        }
        #[cfg(windows)]
        if let Some(locale) = sys_locale::get_locale() {
            return Self::of_locale(&locale);
        }
        Language::English
    }
}

/// The catalogue's files, per language: (language, file name, text).
pub const SOURCES: &[(Language, &str, &str)] = &[
    (
        Language::English,
        "form.ftl",
        include_str!("../assets/i18n/en-GB/form.ftl"),
    ),
    (
        Language::English,
        "app.ftl",
        include_str!("../assets/i18n/en-GB/app.ftl"),
    ),
    (
        Language::Welsh,
        "form.ftl",
        include_str!("../assets/i18n/cy/form.ftl"),
    ),
    (
        Language::Welsh,
        "app.ftl",
        include_str!("../assets/i18n/cy/app.ftl"),
    ),
    (
        Language::English,
        "pdf.ftl",
        include_str!("../assets/i18n/en-GB/pdf.ftl"),
    ),
    (
        Language::Welsh,
        "pdf.ftl",
        include_str!("../assets/i18n/cy/pdf.ftl"),
    ),
    (
        Language::English,
        "records.ftl",
        include_str!("../assets/i18n/en-GB/records.ftl"),
    ),
    (
        Language::Welsh,
        "records.ftl",
        include_str!("../assets/i18n/cy/records.ftl"),
    ),
    (
        Language::English,
        "cli.ftl",
        include_str!("../assets/i18n/en-GB/cli.ftl"),
    ),
    (
        Language::Welsh,
        "cli.ftl",
        include_str!("../assets/i18n/cy/cli.ftl"),
    ),
    (
        Language::English,
        "policy.ftl",
        include_str!("../assets/i18n/en-GB/policy.ftl"),
    ),
    (
        Language::Welsh,
        "policy.ftl",
        include_str!("../assets/i18n/cy/policy.ftl"),
    ),
];

/// Every character the catalogue's files named in `files` show, in both
/// languages: their lines less comments. For the tests that the bundled
/// fonts draw each (an arrow no font had once reached the window as a box).
#[cfg(all(test, feature = "pdf"))]
pub(crate) fn shown_characters(files: &[&str]) -> std::collections::BTreeSet<char> {
    for file in files {
        assert!(
            SOURCES.iter().any(|(_, name, _)| name == file),
            "{file} is not a file of the catalogue"
        );
    }
    SOURCES
        .iter()
        .filter(|(_, file, _)| files.contains(file))
        .flat_map(|(_, _, text)| text.lines())
        .filter(|line| !line.trim_start().starts_with('#'))
        .flat_map(str::chars)
        .filter(|c| !c.is_control())
        .collect()
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The language messages are given in from now on.
pub fn set_language(language: Language) {
    CURRENT.store(language.index(), Ordering::Relaxed);
}

/// The language messages are given in.
pub fn language() -> Language {
    Language::from_index(CURRENT.load(Ordering::Relaxed))
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<Language, Bundle> {
    static BUNDLES: OnceLock<HashMap<Language, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut out = HashMap::new();
        for language in Language::ALL {
            let tag: LanguageIdentifier = language
                .tag()
                .parse()
                .unwrap_or_else(|_| LanguageIdentifier::default());
            let mut bundle = Bundle::new_concurrent(vec![tag]);
            bundle.set_use_isolating(false);
            for (_, _, text) in SOURCES.iter().filter(|(l, _, _)| *l == language) {
                // A syntax error keeps the messages that did parse; the
                // tests fail on any error.
                let resource = match FluentResource::try_new((*text).to_owned()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                // A duplicate id keeps the first; the tests fail on it.
                let _ = bundle.add_resource(resource);
            }
            out.insert(language, bundle);
        }
        out
    })
}

fn format(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = bundles().get(&language)?;
    let message = bundle.get_message(id)?;
    let pattern = message.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// The message `id` in the current language, with no variables. Kept once
/// formatted, so a page can ask for its labels on every frame.
pub fn t(id: &str) -> &'static str {
    t_in(language(), id)
}

/// The message `id` in `language`.
pub fn t_in(language: Language, id: &str) -> &'static str {
    static CACHE: OnceLock<RwLock<HashMap<(Language, String), &'static str>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = (language, id.to_owned());
    if let Ok(map) = cache.read()
        && let Some(s) = map.get(&key)
    {
        return s;
    }
    let text = format(language, id, None).unwrap_or_else(|| {
        note_missing(id);
        id.to_owned()
    });
    // The catalogue is finite (a few hundred messages per language), so
    // keeping each formatted message for the life of the program is bounded.
    let text: &'static str = Box::leak(text.into_boxed_str());
    if let Ok(mut map) = cache.write() {
        map.insert(key, text);
    }
    text
}

/// A variable's value for [`t_args`] and [`Message`].
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    /// A message rendered in the language of the one it is part of (a
    /// question's label inside a problem).
    Message(Box<Message>),
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(Box::new(m))
    }
}
impl From<&Message> for Arg {
    fn from(m: &Message) -> Self {
        Arg::Message(Box::new(m.clone()))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )+};
}
number_arg!(u8, u16, usize, u32, u64, i32, i64);

/// The message `id` in the current language with these variables.
pub fn t_args(id: &str, args: &[(&str, Arg)]) -> String {
    let language = language();
    with_args(
        language,
        id,
        args.iter().map(|(name, value)| (*name, value)),
    )
}

/// The message `id` in `language` with these variables, a variable that is
/// itself a message put into words in the same language; a missing id is
/// noted and shown as itself (for [`t_args`] and [`Message`]).
fn with_args<'a>(
    language: Language,
    id: &str,
    args: impl Iterator<Item = (&'a str, &'a Arg)>,
) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent.set(name, FluentValue::from(s.clone())),
            Arg::Number(n) => fluent.set(name, FluentValue::from(*n)),
            Arg::Message(m) => fluent.set(name, FluentValue::from(m.render_in(language))),
        }
    }
    format(language, id, Some(&fluent)).unwrap_or_else(|| {
        note_missing(id);
        id.to_owned()
    })
}

/// The message `id` in `language` with these Fluent variables (for the
/// tests and the translators' checks: the program uses [`t_args`]).
pub fn t_args_in(language: Language, id: &str, args: &FluentArgs<'_>) -> String {
    format(language, id, Some(args)).unwrap_or_else(|| id.to_owned())
}

static MISSING: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

fn note_missing(id: &str) {
    if let Ok(mut missing) = MISSING.lock()
        && !missing.iter().any(|m| m == id)
    {
        missing.push(id.to_owned());
    }
}

/// The ids asked for so far that the catalogue does not have (the tests
/// fail on any).
pub fn missing() -> Vec<String> {
    MISSING.lock().map(|m| m.clone()).unwrap_or_default()
}

/// A message with variables: `tr!(ID, name = value, ...)`; without
/// variables, the same as [`t`] (as an owned `String`).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::t($id).to_owned()
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::t_args(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// Every message id of a language, with the file it is in (for the tests
/// and the translators' checks).
pub fn message_ids(language: Language) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for (_, file, text) in SOURCES.iter().filter(|(l, _, _)| *l == language) {
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                out.push((m.id.name.to_owned(), *file));
            }
        }
    }
    out
}

/// Syntax errors in the catalogue, by file: empty when every file parses.
pub fn syntax_errors() -> Vec<String> {
    SOURCES
        .iter()
        .filter_map(|(language, file, text)| {
            FluentResource::try_new((*text).to_owned())
                .err()
                .map(|(_, errors)| format!("{}/{file}: {errors:?}", language.tag()))
        })
        .collect()
}

/// The message ids of the month names, January first.
const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];
/// The message ids of the short month names ("Nov", "Tach").
const MONTHS_SHORT: [&str; 12] = [
    "month-short-1",
    "month-short-2",
    "month-short-3",
    "month-short-4",
    "month-short-5",
    "month-short-6",
    "month-short-7",
    "month-short-8",
    "month-short-9",
    "month-short-10",
    "month-short-11",
    "month-short-12",
];

/// A date as the answers write it, in the current language ("14 March
/// 2011", "14 Mawrth 2011").
pub fn long_date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let format = date_format("answers-date-format", date.month());
    date.format(&format).to_string()
}

/// The chrono format `format_id` from the catalogue, with `%B` and `%b`
/// already given as the name of `month` (1 to 12) in the current language:
/// chrono itself knows only English names. Use it as
/// `when.format(&date_format("drafts-date-format", when.month()))`.
pub fn date_format(format_id: &str, month: u32) -> String {
    let i = month.saturating_sub(1) as usize;
    let name = |ids: &[&str; 12]| ids.get(i).map_or("", |id| t(id)).replace('%', "%%");
    t(format_id)
        .replace("%B", &name(&MONTHS))
        .replace("%b", &name(&MONTHS_SHORT))
}

/// True when the current language has the message `id`.
pub fn has(id: &str) -> bool {
    bundles()
        .get(&language())
        .is_some_and(|b| b.has_message(id))
}

/// The language part of a locale name: `cy` of `cy_GB.UTF-8`.
fn language_of(locale: &str) -> &str {
    locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
}

/// An error of the operating system, in the person's language: by its
/// number ("system error 40"), since the system's own words are English
/// whatever the language; an error with no number as it says itself.
pub fn system_error(e: &std::io::Error) -> String {
    // An error wrapped with more (tempfile's adds the path it was at) has
    // the system's number on the error inside it.
    let inner = e
        .get_ref()
        .and_then(|wrapped| wrapped.source())
        .and_then(|source| source.downcast_ref::<std::io::Error>());
    match e
        .raw_os_error()
        .or_else(|| inner.and_then(std::io::Error::raw_os_error))
    {
        Some(code) => crate::tr!("os-error", code = code),
        None => e.to_string(),
    }
}
