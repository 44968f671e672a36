//! Reading what people type: dates in three boxes, UK postcodes, telephone
//! numbers and email addresses. Each function accepts the tolerant input
//! the form asks for (docs/FORM-REFERENCE.md) and returns the normalised export value, or why not.

use crate::model::DateInput;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{LazyLock, Mutex};

/// At most this many characters in a text answer.
pub const TEXT_MAX: usize = 200;
/// At most this many characters in a long text answer.
pub const LONG_TEXT_MAX: usize = 50_000;
/// At most this many characters in an email address (RFC 5321).
pub const EMAIL_MAX: usize = 254;
/// The oldest age the form accepts.
pub const MAX_AGE: u32 = 120;

/// Why three date boxes do not make a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Some boxes are filled in and others are not.
    Incomplete,
    /// The boxes hold something that is not a day, month or 4-digit year,
    /// or a day that the month does not have (31 February).
    NotReal,
}

/// The Welsh months, with their usual short forms (TermCymru): the answer
/// does not depend on the language the window is in.
const WELSH_MONTHS: [(&str, &str); 12] = [
    ("ionawr", "ion"),
    ("chwefror", "chwef"),
    ("mawrth", "maw"),
    ("ebrill", "ebr"),
    ("mai", "mai"),
    ("mehefin", "meh"),
    ("gorffennaf", "gorff"),
    ("awst", "awst"),
    ("medi", "medi"),
    ("hydref", "hyd"),
    ("tachwedd", "tach"),
    ("rhagfyr", "rhag"),
];

fn welsh_month(name: &str) -> Option<u32> {
    let name = name.trim_end_matches('.').to_lowercase();
    let i = WELSH_MONTHS
        .iter()
        .position(|(full, short)| name == *full || name == *short)?;
    u32::try_from(i + 1).ok()
}

/// Reads three date boxes. `Ok(None)` when all three are blank.
///
/// The month may be a number or a name in English or Welsh ("jan",
/// "January", "Ion", "Ionawr"), whatever language the window is in; the year must
/// have four digits, so "11" is never guessed to be 2011 or 1911.
pub fn parse_date(input: &DateInput) -> Result<Option<NaiveDate>, DateProblem> {
    let day = input.day.trim();
    let month = input.month.trim();
    let year = input.year.trim();
    let filled = [day, month, year].iter().filter(|s| !s.is_empty()).count();
    match filled {
        0 => return Ok(None),
        3 => {}
        _ => return Err(DateProblem::Incomplete),
    }
    let day: u32 = small_number(day).ok_or(DateProblem::NotReal)?;
    let month: u32 = small_number(month)
        .or_else(|| month_name(month))
        .or_else(|| welsh_month(month))
        .ok_or(DateProblem::NotReal)?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateProblem::NotReal);
    }
    let year: i32 = year.parse().map_err(|_| DateProblem::NotReal)?;
    NaiveDate::from_ymd_opt(year, month, day)
        .map(Some)
        .ok_or(DateProblem::NotReal)
}

fn small_number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Whole years from `born` to `on` (0 before the first birthday).
pub fn age_on(born: NaiveDate, on: NaiveDate) -> Option<u32> {
    on.years_since(born)
}

/// An age that is not a whole number from 0 to [`MAX_AGE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAnAge;

/// Reads an age typed as text: a whole number from 0 to [`MAX_AGE`].
/// `Ok(None)` when blank.
pub fn parse_age(input: &str) -> Result<Option<u32>, NotAnAge> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NotAnAge);
    }
    match s.parse::<u32>() {
        Ok(n) if n <= MAX_AGE => Ok(Some(n)),
        _ => Err(NotAnAge),
    }
}

// The shape of a UK postcode, from the outward code's six formats (A9, A99,
// AA9, AA99, A9A, AA9A) plus GIR 0AA, with the letters the Royal Mail never
// uses in each position left out.
static POSTCODE: LazyLock<regex::Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // a fixed pattern, checked by the tests
    regex::Regex::new(
        r"^(?:GIR 0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$",
    )
    .expect("postcode pattern compiles")
});

/// Normalises a UK postcode typed in any case, with or without the space,
/// with stray spaces or punctuation: "sw1a1aa", " SW1A-1AA " become
/// "SW1A 1AA". `None` when it is not the shape of a UK postcode.
pub fn normalise_postcode(input: &str) -> Option<String> {
    let compact: String = input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if !(5..=7).contains(&compact.len()) {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let postcode = format!("{outward} {inward}");
    POSTCODE.is_match(&postcode).then_some(postcode)
}

/// Normalises a telephone number to E.164 ("+447400123456"). Accepts
/// spaces, brackets, dashes and dots, a leading 0 (read as a UK number) or
/// a `+` country code (or `00`). `None` when it cannot be a number.
///
/// libphonenumber takes about 13 µs a number, which would make phone numbers
/// most of the cost of checking a referral; since the app checks the same
/// numbers again and again, answers are remembered (up to 1,024 of them).
pub fn normalise_phone(input: &str) -> Option<String> {
    static SEEN: LazyLock<Mutex<HashMap<String, Option<String>>>> =
        LazyLock::new(|| Mutex::new(HashMap::new()));
    if let Ok(seen) = SEEN.lock()
        && let Some(answer) = seen.get(input)
    {
        return answer.clone();
    }
    let answer = normalise_phone_uncached(input);
    if let Ok(mut seen) = SEEN.lock() {
        if seen.len() >= 1024 {
            seen.clear();
        }
        seen.insert(input.to_owned(), answer.clone());
    }
    answer
}

/// [`normalise_phone`] without the memory: for benchmarks and tests.
pub fn normalise_phone_uncached(input: &str) -> Option<String> {
    let number = parse_phone(input)?;
    if !phonenumber::is_valid(&number) {
        return None;
    }
    Some(number.format().mode(phonenumber::Mode::E164).to_string())
}

/// A telephone number as libphonenumber reads it (a leading 0 a UK number,
/// `+` or `00` a country code), valid or not; `None` for letters, an
/// extension or anything that is not a number.
fn parse_phone(input: &str) -> Option<phonenumber::PhoneNumber> {
    let s = input.trim();
    if s.is_empty() || s.chars().count() > 40 {
        return None;
    }
    // libphonenumber tolerates letters (vanity numbers) and extensions; a
    // referral wants a number someone can ring, so anything else is refused.
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || " ()-.+/".contains(c))
    {
        return None;
    }
    let s = match s.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => s.to_owned(),
    };
    phonenumber::parse(Some(phonenumber::country::Id::GB), &s).ok()
}

/// A telephone number written with an extension after it ("0113 264 1234
/// ext 210", "x210", "extension 210", "#210", "(ext 210)"): the number and
/// the extension, when the number alone is one. `None` for anything else.
/// An extension longer than the box takes (more than 6 digits) is found
/// all the same: the person is told where it goes, and the box then says
/// how long one may be.
pub fn split_extension(input: &str) -> Option<(String, String)> {
    static EXTENSION: LazyLock<regex::Regex> = LazyLock::new(|| {
        #[allow(clippy::expect_used)] // a fixed pattern, tested below
        regex::Regex::new(
            r"(?i)^(.*?)[\s,;]*\(?\s*(?:ext(?:ension|n)?\.?|x|#)\s*([0-9]{1,12})\s*\)?$",
        )
        .expect("the extension pattern is valid")
    });
    let found = EXTENSION.captures(input.trim())?;
    let number = found.get(1)?.as_str();
    normalise_phone(number)?;
    Some((number.trim().to_owned(), found.get(2)?.as_str().to_owned()))
}

/// True for a number in Ofcom's range for television and radio drama,
/// 07700 900000 to 07700 900999 (or +44 7700 900…): written like a real
/// mobile number, but no one answers it.
pub fn is_drama_number(input: &str) -> bool {
    parse_phone(input).is_some_and(|number| {
        number.code().value() == 44
            && (7_700_900_000..=7_700_900_999).contains(&number.national().value())
    })
}

/// True when `input` (already trimmed) is an extension: 1 to 6 digits.
pub fn is_extension(input: &str) -> bool {
    (1..=6).contains(&input.len()) && input.bytes().all(|b| b.is_ascii_digit())
}

/// A telephone number as people write it: a UK number in the national
/// format ("0113 264 1234", "07400 123456"), any other in the international
/// one ("+33 1 23 45 67 89"). For "Check your answers" and the PDF copy;
/// the export carries E.164. `None` when it cannot be a number.
pub fn display_phone(input: &str) -> Option<String> {
    let e164 = normalise_phone(input)?;
    let number = phonenumber::parse(None, &e164).ok()?;
    let mode = if number.code().value() == 44 {
        phonenumber::Mode::National
    } else {
        phonenumber::Mode::International
    };
    Some(number.format().mode(mode).to_string())
}

/// True when `input` (already trimmed) is one valid email address of at
/// most [`EMAIL_MAX`] characters.
pub fn is_valid_email(input: &str) -> bool {
    use validator::ValidateEmail;
    // The domain must have a dot: `name@northfieldpark` is a typing slip
    // that would leave the Prevent team unable to reply.
    let domain_has_dot = input.rsplit_once('@').is_some_and(|(_, domain)| {
        domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
    });
    input.chars().count() <= EMAIL_MAX && domain_has_dot && input.validate_email()
}

/// A month's name in English, in full or shortened the ways people write
/// them ("Sept", "Sep.", "jan"): its number. Welsh names: [`welsh_month`].
fn month_name(input: &str) -> Option<u32> {
    let name = input.trim_end_matches('.').to_lowercase();
    if let Ok(m) = chrono::Month::from_str(&name) {
        return Some(m.number_from_month());
    }
    const OTHER_FORMS: &[(&str, u32)] = &[("sept", 9)];
    OTHER_FORMS
        .iter()
        .find(|(form, _)| *form == name)
        .map(|(_, n)| *n)
}

/// True when the text has at most `max` characters.
pub fn within_length(input: &str, max: usize) -> bool {
    use validator::ValidateLength;
    input.validate_length(None, Some(max as u64), None)
}

/// Bidi embedding, override and isolate controls (U+202A–U+202E,
/// U+2066–U+2069): they reorder what follows, so a one-line answer can be
/// made to read as something else.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True when the answer holds a character that is never part of a real
/// answer: a control character (NUL, escape, DEL, C1 ...) and, in a
/// one-line answer, a bidi control. Long text (`long`) may hold line
/// breaks and tabs.
///
/// Read as bytes, not characters (a 50,000-character answer is checked on
/// every frame the app paints): in UTF-8 every such character starts with
/// a byte below 0x20, 0x7F, 0xC2 (U+0080–U+009F) or 0xE2 (the bidi
/// controls), bytes that never occur inside another character. Runs of 64
/// bytes go through a test the compiler can vectorise; only a run holding
/// one of those bytes is looked at closely.
pub fn has_forbidden_character(input: &str, long: bool) -> bool {
    first_forbidden_character(input, long).is_some()
}

/// Where the first character [`has_forbidden_character`] finds starts (a
/// byte index into `input`), to say which and after what.
pub fn first_forbidden_character(input: &str, long: bool) -> Option<usize> {
    let bytes = input.as_bytes();
    let suspect = |b: u8| b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2;
    bytes.chunks(64).enumerate().find_map(|(n, run)| {
        if !run.iter().fold(false, |any, &b| any | suspect(b)) {
            return None;
        }
        (n * 64..n * 64 + run.len()).find(|&i| forbidden_at(bytes, i, long))
    })
}

/// Whether a forbidden character starts at byte `i`.
fn forbidden_at(bytes: &[u8], i: usize, long: bool) -> bool {
    match bytes.get(i) {
        Some(b'\n' | b'\r' | b'\t') => !long,
        Some(0x00..=0x1F | 0x7F) => true,
        // C1 controls: U+0080–U+009F.
        Some(0xC2) => matches!(bytes.get(i + 1), Some(0x80..=0x9F)),
        // U+202A–U+202E and U+2066–U+2069.
        Some(0xE2) if !long => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
