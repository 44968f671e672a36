//! The building blocks of the rules: one method per kind of answer, each
//! taking the question from the form definition ([`crate::form`]) for its
//! path and its messages. Paths and messages are only made when there is a
//! problem, so checking a complete referral allocates almost nothing.

use super::{Context, Problem};
use crate::form::{Kind, Need, Question, REFERRER_PHONE};
use crate::i18n::Message;
use crate::model::{Address, AddressStatus, DateInput};
use crate::msg;
use crate::values::{
    self, DateProblem, LONG_TEXT_MAX, TEXT_MAX, first_forbidden_character, is_valid_email,
    normalise_phone, normalise_postcode, parse_date, split_extension, within_length,
};
use chrono::NaiveDate;

pub struct Checker {
    pub ctx: Context,
    /// The person's age in years on the referral date, while known.
    pub age: Option<u32>,
    problems: Vec<Problem>,
}

/// When a date may fall.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Strictly before today (a date of birth).
    Past,
    /// Today or before.
    NotFuture,
}

impl Checker {
    pub fn new(ctx: Context, age: Option<u32>) -> Self {
        Self {
            ctx,
            age,
            problems: Vec::new(),
        }
    }

    /// `Some(true)` when the person is under 18 on the referral date.
    pub fn under_18(&self) -> Option<bool> {
        self.age.map(|a| a < 18)
    }

    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }

    pub fn report(&mut self, path: impl Into<String>, message: Message) {
        self.problems.push(Problem::new(path, message));
    }

    /// A one-line text answer: non-empty after trimming when `required`,
    /// at most 200 characters.
    pub fn text(&mut self, q: &Question, at: &str, value: &str, required: bool) {
        if value.trim().is_empty() {
            if required {
                self.report(at, q.problem("enter"));
            }
        } else if !within_length(value.trim(), TEXT_MAX) {
            self.report(at, q.problem("too-long"));
        } else if let Some(i) = first_forbidden_character(value, false) {
            self.cannot_be_sent(q, at, value, i);
        } else {
            self.unseen(q, at, value, false);
        }
    }

    /// An answer with a character no one can see, or a letter under a
    /// flood of marks (src/unseen.rs): refused, saying what and after
    /// which words. The draft keeps the text as typed until it is fixed.
    fn unseen(&mut self, q: &Question, at: &str, value: &str, long: bool) {
        let message = match crate::unseen::unseen(value, long) {
            None => return,
            Some(crate::unseen::Unseen::Invisible { code, before }) if before.is_empty() => msg!(
                "rules-invisible-character-start",
                label = q.named(),
                code = code
            ),
            Some(crate::unseen::Unseen::Invisible { code, before }) => msg!(
                "rules-invisible-character",
                label = q.named(),
                code = code,
                before = before
            ),
            Some(crate::unseen::Unseen::Marks { count, before }) if before.is_empty() => msg!(
                "rules-too-many-marks-start",
                label = q.named(),
                count = count
            ),
            Some(crate::unseen::Unseen::Marks { count, before }) => msg!(
                "rules-too-many-marks",
                label = q.named(),
                count = count,
                before = before
            ),
        };
        self.report(at, message);
    }

    /// An answer holding a control or bidi character: refused by name,
    /// saying which (by its code point, since it cannot be seen) and after
    /// which words. The draft keeps the text as typed until it is fixed.
    /// `i`: where it starts ([`values::first_forbidden_character`]).
    fn cannot_be_sent(&mut self, q: &Question, at: &str, value: &str, i: usize) {
        let found = value
            .get(i..)
            .and_then(|rest| Some((rest.chars().next()?, value.get(..i)?)));
        let Some((c, before)) = found else {
            return;
        };
        let code = format!("U+{:04X}", u32::from(c));
        let before = crate::unseen::visible_before(before);
        let message = if before.is_empty() {
            msg!(
                "rules-characters-cannot-be-sent-start",
                label = q.named(),
                code = code
            )
        } else {
            msg!(
                "rules-characters-cannot-be-sent",
                label = q.named(),
                code = code,
                before = before
            )
        };
        self.report(at, message);
    }

    /// One part of an address (a line, the town, the postcode, the country).
    fn address_part(&mut self, q: &Question, at: String, value: &str) {
        if let Some(i) = first_forbidden_character(value, false) {
            self.cannot_be_sent(q, &at, value, i);
        } else {
            self.unseen(q, &at, value, false);
        }
    }

    /// A long text answer: at most 50,000 characters, line breaks kept.
    pub fn long(&mut self, q: &Question, at: &str, value: &str, required: bool) {
        if value.trim().is_empty() {
            if required {
                self.report(at, q.problem("enter"));
            }
        } else if !within_length(value, LONG_TEXT_MAX) {
            self.report(at, q.problem("too-long"));
        } else if let Some(i) = first_forbidden_character(value, true) {
            self.cannot_be_sent(q, at, value, i);
        } else {
            self.unseen(q, at, value, true);
        }
    }

    /// A radio answer that must be given (unless the question is newer
    /// than the file being checked).
    pub fn choice<T>(&mut self, q: &Question, at: &str, value: &Option<T>) {
        if value.is_none() && q.in_minor(self.ctx.minor) {
            self.report(at, q.problem("enter"));
        }
    }

    /// A repeatable group's number of entries.
    pub fn list_max<T>(&mut self, q: &Question, items: &[T]) {
        if let Kind::List { max, .. } = q.kind
            && items.len() > max
        {
            self.report(q.path, q.problem("too-many"));
        }
    }

    /// A date in three boxes. Returns the date when it is real and allowed.
    pub fn date(
        &mut self,
        q: &Question,
        input: &DateInput,
        required: bool,
        when: When,
    ) -> Option<NaiveDate> {
        let at = q.path;
        match parse_date(input) {
            Ok(None) => {
                if required {
                    self.report(at, q.problem("enter"));
                }
                None
            }
            Err(DateProblem::Incomplete) => {
                self.report(at, q.problem("incomplete"));
                None
            }
            Err(DateProblem::NotReal) => {
                self.report(at, q.problem("real"));
                None
            }
            Ok(Some(date)) => {
                let today = self.ctx.today;
                let broken = match when {
                    When::Past => (date >= today).then(|| q.problem("past")),
                    When::NotFuture => (date > today).then(|| q.problem("not-future")),
                };
                if let Some(message) = broken {
                    self.report(at, message);
                    return None;
                }
                Some(date)
            }
        }
    }

    /// A telephone number.
    pub fn phone(&mut self, q: &Question, at: &str, value: &str) {
        if value.trim().is_empty() {
            if q.need == Need::Required {
                self.report(at, q.problem("enter"));
            }
        } else if normalise_phone(value).is_none() {
            // A number with its extension is a number someone can ring: say
            // where the extension goes, not that the number is wrong.
            let message = match split_extension(value) {
                Some((_, extension)) if q.path == REFERRER_PHONE.path => {
                    msg!("rules-phone-extension-apart", extension = extension)
                }
                Some((_, extension)) => msg!("rules-phone-extension", extension = extension),
                None if values::is_drama_number(value) => msg!("rules-phone-drama"),
                None => msg!("rules-phone-format"),
            };
            self.report(at, message);
        }
    }

    /// A telephone extension: 1 to 6 digits.
    pub fn extension(&mut self, q: &Question, at: &str, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            if q.need == Need::Required {
                self.report(at, q.problem("enter"));
            }
        } else if !values::is_extension(value) {
            self.report(at, q.problem("digits"));
        }
    }

    /// An email address.
    pub fn email(&mut self, q: &Question, at: &str, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            if q.need == Need::Required {
                self.report(at, q.problem("enter"));
            }
        } else if value.chars().count() > values::EMAIL_MAX {
            self.report(at, msg!("rules-email-too-long"));
        } else if !is_valid_email(value) {
            self.report(at, msg!("rules-email-format"));
        }
    }

    /// An address at `at`: whether it is known (its question's
    /// `ID-status-enter` when not answered), then its parts once known. An
    /// address with no status question is always a known one.
    pub fn address(&mut self, q: &Question, at: &str, a: &Address) {
        let asks_status = matches!(q.kind, Kind::Address { status: true });
        if !asks_status {
            self.known_address(q, at, a);
            return;
        }
        match a.status {
            None => self.report(format!("{at}.status"), q.problem("status-enter")),
            Some(AddressStatus::Known) => self.known_address(q, at, a),
            Some(_) => {}
        }
    }

    /// The parts of a known address.
    fn known_address(&mut self, q: &Question, at: &str, a: &Address) {
        let first = a.lines.first().map(String::as_str).unwrap_or("");
        if first.trim().is_empty() {
            self.report(format!("{at}.lines[0]"), msg!("address-line-enter"));
        }
        if a.lines.iter().filter(|l| !l.trim().is_empty()).count() > 4 {
            self.report(format!("{at}.lines"), msg!("address-lines-too-many"));
        }
        for (i, line) in a.lines.iter().enumerate() {
            if !within_length(line.trim(), TEXT_MAX) {
                self.report(
                    format!("{at}.lines[{i}]"),
                    msg!("address-line-too-long", number = i + 1),
                );
            }
        }
        if !within_length(a.town.trim(), TEXT_MAX) {
            self.report(format!("{at}.town"), msg!("address-town-too-long"));
        }
        if a.country.trim().is_empty() {
            self.report(format!("{at}.country"), msg!("address-country-enter"));
        } else if !within_length(a.country.trim(), TEXT_MAX) {
            self.report(format!("{at}.country"), msg!("address-country-too-long"));
        }
        for (i, line) in a.lines.iter().enumerate() {
            self.address_part(q, format!("{at}.lines[{i}]"), line);
        }
        self.address_part(q, format!("{at}.town"), &a.town);
        self.address_part(q, format!("{at}.postcode"), &a.postcode);
        self.address_part(q, format!("{at}.country"), &a.country);
        if a.in_uk() {
            if a.postcode.trim().is_empty() {
                self.report(format!("{at}.postcode"), msg!("address-postcode-enter"));
            } else if normalise_postcode(&a.postcode).is_none() {
                self.report(format!("{at}.postcode"), msg!("address-postcode-format"));
            }
        } else if !within_length(a.postcode.trim(), TEXT_MAX) {
            self.report(format!("{at}.postcode"), msg!("address-postcode-too-long"));
        }
    }
}
