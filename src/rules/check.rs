//! The building blocks of the rules: one method per kind of answer. Paths are
//! only formatted when there is a problem, so checking a complete referral
//! allocates almost nothing.

use super::{Context, Problem};
use crate::model::{Address, AddressStatus, DateInput};
use crate::values::{
    self, DateProblem, LONG_TEXT_MAX, TEXT_MAX, is_valid_email, normalise_phone,
    normalise_postcode, parse_date, within_length,
};
use chrono::NaiveDate;

pub const PHONE_FORMAT: &str = "Enter a telephone number, like 020 7946 0000 or +44 7400 123456";
pub const EMAIL_FORMAT: &str =
    "Enter an email address in the correct format, like name@example.com";

pub struct Checker {
    pub ctx: Context,
    /// `Some(true)` when the person is under 18 on the referral date.
    pub under_18: Option<bool>,
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

/// The messages for one date question.
pub struct DateNames {
    /// Starts "... must be in the past": "Date of birth".
    pub subject: &'static str,
    /// When it is not a real date: "Enter a real date of birth".
    pub real: &'static str,
    /// When a required date is blank.
    pub enter: &'static str,
}

impl Checker {
    pub fn new(ctx: Context, under_18: Option<bool>) -> Self {
        Self {
            ctx,
            under_18,
            problems: Vec::new(),
        }
    }

    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }

    pub fn report(&mut self, base: &str, field: &str, message: impl Into<String>) {
        let path = if field.is_empty() {
            base.to_owned()
        } else if field.starts_with('[') {
            format!("{base}{field}")
        } else {
            format!("{base}.{field}")
        };
        self.problems.push(Problem::new(path, message));
    }

    /// A required text answer: non-empty after trimming, at most 200 characters.
    pub fn text_req(&mut self, base: &str, field: &str, value: &str, enter: &str, name: &str) {
        if value.trim().is_empty() {
            self.report(base, field, enter);
        } else {
            self.text_opt(base, field, value, name);
        }
    }

    /// An optional text answer: at most 200 characters.
    pub fn text_opt(&mut self, base: &str, field: &str, value: &str, name: &str) {
        if !within_length(value.trim(), TEXT_MAX) {
            self.report(
                base,
                field,
                format!(
                    "{} must be {TEXT_MAX} characters or fewer",
                    capitalise(name)
                ),
            );
        }
    }

    /// A required long text answer: non-empty, at most 50,000 characters.
    pub fn long_req(&mut self, base: &str, field: &str, value: &str, enter: &str, name: &str) {
        if value.trim().is_empty() {
            self.report(base, field, enter);
        } else {
            self.long_opt(base, field, value, name);
        }
    }

    pub fn long_opt(&mut self, base: &str, field: &str, value: &str, name: &str) {
        if !within_length(value, LONG_TEXT_MAX) {
            self.report(
                base,
                field,
                format!("{} must be 50,000 characters or fewer", capitalise(name)),
            );
        }
    }

    /// A required radio answer.
    pub fn choice_req<T>(&mut self, base: &str, field: &str, value: &Option<T>, select: &str) {
        if value.is_none() {
            self.report(base, field, select);
        }
    }

    /// A list with a maximum number of entries.
    pub fn list_max<T>(&mut self, base: &str, field: &str, items: &[T], max: usize, what: &str) {
        if items.len() > max {
            self.report(base, field, format!("Give at most {max} {what}"));
        }
    }

    /// A date in three boxes. Returns the date when it is real and allowed.
    pub fn date(
        &mut self,
        base: &str,
        field: &str,
        input: &DateInput,
        required: bool,
        when: When,
        names: &DateNames,
    ) -> Option<NaiveDate> {
        match parse_date(input) {
            Ok(None) => {
                if required {
                    self.report(base, field, names.enter);
                }
                None
            }
            Err(DateProblem::Incomplete) => {
                self.report(
                    base,
                    field,
                    format!("{} must include a day, month and year", names.subject),
                );
                None
            }
            Err(DateProblem::NotReal) => {
                self.report(base, field, names.real);
                None
            }
            Ok(Some(date)) => {
                let today = self.ctx.today;
                let ok = match when {
                    When::Past => date < today,
                    When::NotFuture => date <= today,
                };
                if !ok {
                    let rule = match when {
                        When::Past => "must be in the past",
                        When::NotFuture => "must be today or in the past",
                    };
                    self.report(base, field, format!("{} {rule}", names.subject));
                    return None;
                }
                Some(date)
            }
        }
    }

    /// A telephone number; `enter` is the message when a required one is blank.
    pub fn phone(&mut self, base: &str, field: &str, value: &str, enter: Option<&str>) {
        if value.trim().is_empty() {
            if let Some(enter) = enter {
                self.report(base, field, enter);
            }
        } else if normalise_phone(value).is_none() {
            self.report(base, field, PHONE_FORMAT);
        }
    }

    /// An email address; `enter` is the message when a required one is blank.
    pub fn email(&mut self, base: &str, field: &str, value: &str, enter: Option<&str>) {
        let value = value.trim();
        if value.is_empty() {
            if let Some(enter) = enter {
                self.report(base, field, enter);
            }
        } else if value.chars().count() > values::EMAIL_MAX {
            self.report(base, field, "Email address must be 254 characters or fewer");
        } else if !is_valid_email(value) {
            self.report(base, field, EMAIL_FORMAT);
        }
    }

    /// An address. `whose` fills "Select whether {whose} address is known".
    pub fn address(&mut self, path: &str, a: &Address, whose: &str) {
        match a.status {
            None => self.report(
                path,
                "status",
                format!("Select whether {whose} address is known"),
            ),
            Some(AddressStatus::Known) => self.known_address(path, a),
            Some(_) => {}
        }
    }

    /// The parts of a known address.
    pub fn known_address(&mut self, path: &str, a: &Address) {
        let first = a.lines.first().map(String::as_str).unwrap_or("");
        if first.trim().is_empty() {
            self.report(path, "lines[0]", "Enter the first line of the address");
        }
        if a.lines.iter().filter(|l| !l.trim().is_empty()).count() > 4 {
            self.report(path, "lines", "Give at most 4 address lines");
        }
        for (i, line) in a.lines.iter().enumerate() {
            if !within_length(line.trim(), TEXT_MAX) {
                self.report(
                    path,
                    &format!("lines[{i}]"),
                    format!("Address line {} must be 200 characters or fewer", i + 1),
                );
            }
        }
        self.text_opt(path, "town", &a.town, "town or city");
        self.text_req(path, "country", &a.country, "Enter the country", "country");
        if a.in_uk() {
            if a.postcode.trim().is_empty() {
                self.report(path, "postcode", "Enter the postcode");
            } else if normalise_postcode(&a.postcode).is_none() {
                self.report(path, "postcode", "Enter a UK postcode, like SW1A 1AA");
            }
        } else {
            self.text_opt(path, "postcode", &a.postcode, "postcode");
        }
    }
}

/// "date of birth" -> "Date of birth".
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
