//! The generic rule pass: every question the definition asks, checked by
//! its kind and whether it must be answered, from its answer
//! ([`crate::model::Answers`]). A new question needs no rule of its own.
//!
//! A section's own rules ([`super::sections`]) are called first for each
//! question and take over only where the form connects answers: a date of
//! birth or an age, "None known" alone, dates in order, a workplace
//! address. They say whether the generic check still applies.

use super::check::{Checker, When};
use crate::form::{self, Facts, Kind, Need, Question};
use crate::model::{Answer, Item, Referral, SectionId};

/// What a section's own rule did with a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    /// Nothing, or something as well: check it by its kind too.
    Generic,
    /// Checked it wholly.
    Done,
}

/// Checks every question of `section` in form order: `own` first, then by
/// its kind unless `own` checked it wholly.
pub fn section(
    c: &mut Checker,
    r: &Referral,
    section: SectionId,
    mut own: impl FnMut(&mut Checker, &'static Question) -> Own,
) {
    for q in form::questions(section) {
        if own(c, q) == Own::Done {
            continue;
        }
        let facts = Facts {
            referral: r,
            age: c.age,
            minor: c.ctx.minor,
            entry: None,
        };
        if !q.is_asked(&facts) {
            continue;
        }
        if let Some(answer) = r.answer(q.path) {
            check(c, r, q, q.path, answer);
        }
    }
}

/// True when the question must be answered whenever it is asked.
fn required(q: &Question) -> bool {
    q.need == Need::Required
}

/// One answer, by its question's kind, at `at`.
fn check(c: &mut Checker, r: &Referral, q: &Question, at: &str, answer: Answer<'_>) {
    match (q.kind, answer) {
        (Kind::Text, Answer::Text(s)) => c.text(q, at, s, required(q)),
        (Kind::LongText, Answer::Text(s)) => c.long(q, at, s, required(q)),
        (Kind::Phone, Answer::Text(s)) => c.phone(q, at, s),
        (Kind::Email, Answer::Text(s)) => c.email(q, at, s),
        (Kind::Extension, Answer::Text(s)) => c.extension(q, at, s),
        (Kind::Tri | Kind::YesNo | Kind::Choice(_), Answer::Choice(id)) if required(q) => {
            c.choice(q, at, &id);
        }
        (Kind::Multi(_), Answer::Multi(ids)) if required(q) && ids.is_empty() => {
            c.report(at, q.problem("enter"));
        }
        (Kind::Tick, Answer::Tick(false)) if required(q) => c.report(at, q.problem("enter")),
        (Kind::Date, Answer::Date(d)) => {
            c.date(q, d, required(q), When::NotFuture);
        }
        (Kind::Address { .. }, Answer::Address(a)) => c.address(q, at, a),
        (Kind::List { entry, .. }, Answer::List(items)) => {
            if required(q) && items.is_empty() {
                c.report(at, q.problem("enter"));
            }
            c.list_max(q, &items);
            for (i, item) in items.into_iter().enumerate() {
                entry_answers(c, r, entry, &format!("{at}[{i}]"), i, item);
            }
        }
        // An optional choice, list or tick has nothing to check; an age is
        // read with the date of birth, by the section's own rule; a kind and
        // an answer that do not match cannot happen (a test ties every path
        // of the definition to its answer).
        _ => {}
    }
}

/// The answers of entry `i` of a repeatable group at `base`.
fn entry_answers(
    c: &mut Checker,
    r: &Referral,
    entry: &[Question],
    base: &str,
    i: usize,
    item: Item<'_>,
) {
    let facts = Facts {
        referral: r,
        age: c.age,
        minor: c.ctx.minor,
        entry: Some(i),
    };
    match item {
        Item::One(answer) => {
            if let Some(q) = entry.first() {
                check(c, r, q, base, answer);
            }
        }
        Item::Entry(answers) => {
            for q in entry.iter().filter(|q| q.is_asked(&facts)) {
                if let Some(answer) = answers.answer(q.path) {
                    check(c, r, q, &q.in_entry(base), answer);
                }
            }
        }
    }
}
