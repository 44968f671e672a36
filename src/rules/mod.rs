//! The form's rules: every field rule and cross-field condition of the form
//! (docs/FORM-REFERENCE.md). Each question is checked by its kind from the
//! form definition (`generic.rs`); the few rules that tie answers together
//! are in `sections.rs`.
//!
//! [`validate`] returns every problem at once, each naming the field by its
//! path (`referral.household.parents_carers[0].name`) with a
//! GOV.UK-style message that says what to do. Nothing here changes the
//! referral: it reads what was typed.

mod check;
mod generic;
mod sections;

use crate::i18n::Message;
use crate::model::{Referral, SectionId};
use crate::values::{age_on, parse_age, parse_date};
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// One thing that stops the referral being complete.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The field, as `referral.section.field`, with `[i]` for list entries.
    pub path: String,
    /// What is wrong and how to fix it, in the words of the field: a
    /// message id and its arguments, put into words in the language of
    /// whoever reads it, where it is shown.
    pub message: Message,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: Message) -> Self {
        Self {
            path: path.into(),
            message,
        }
    }

    /// The section the field is in.
    pub fn section(&self) -> Option<SectionId> {
        SectionId::of_path(&self.path)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// What the rules need to know beyond the answers: today's date, for "not in
/// the future" and for the age when no referral date is set; and the export
/// format's MINOR the answers are held to, so that a 1.0 export is not
/// faulted for questions the form gained later.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub today: NaiveDate,
    pub minor: u64,
}

impl Context {
    /// The rules as this program asks them: every question of the form.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            today,
            minor: crate::form::FORMAT_MINOR,
        }
    }

    /// The rules for a file of format MINOR `minor`: a question added
    /// after it need not be answered.
    pub fn for_minor(today: NaiveDate, minor: u64) -> Self {
        Self { today, minor }
    }
}

/// The date ages are worked out on: the referral date once it is a real
/// date, today until then.
pub fn referral_date(referral: &Referral, ctx: Context) -> NaiveDate {
    match parse_date(&referral.declaration.referral_date) {
        Ok(Some(date)) => date,
        _ => ctx.today,
    }
}

/// The person's age on the referral date, from the date of birth or, when
/// that is not given, the estimated age. `None` while neither is usable.
pub fn age(referral: &Referral, ctx: Context) -> Option<u32> {
    let on = referral_date(referral, ctx);
    match parse_date(&referral.person.date_of_birth) {
        Ok(Some(born)) => age_on(born, on),
        Ok(None) => parse_age(&referral.person.estimated_age).ok().flatten(),
        Err(_) => None,
    }
}

/// True or false once the age is known; `None` while it is not.
pub fn under_18(referral: &Referral, ctx: Context) -> Option<bool> {
    age(referral, ctx).map(|a| a < 18)
}

/// Every problem with the referral, in form order. Empty means complete.
pub fn validate(referral: &Referral, ctx: Context) -> Vec<Problem> {
    let mut c = check::Checker::new(ctx, age(referral, ctx));
    sections::person(&mut c, referral);
    sections::household(&mut c, referral);
    sections::concerns(&mut c, referral);
    sections::needs(&mut c, referral);
    sections::other_information(&mut c, referral);
    sections::referrer(&mut c, referral);
    sections::actions(&mut c, referral);
    sections::declaration(&mut c, referral);
    c.into_problems()
}

/// The problems in one section only (for the task list and page checks).
pub fn validate_section(referral: &Referral, ctx: Context, section: SectionId) -> Vec<Problem> {
    validate(referral, ctx)
        .into_iter()
        .filter(|p| p.section() == Some(section))
        .collect()
}
