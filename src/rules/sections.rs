//! The rules of each section that the kinds of its questions do not say:
//! where the form connects one answer to another. Every other question is
//! checked by the generic pass ([`super::generic`]) from the definition
//! alone, in form order; these run at their question's place in it.

use super::check::{Checker, When};
use super::generic::{self, Own};
use crate::form::{self as q, Question};
use crate::model::*;
use crate::msg;
use crate::values::{MAX_AGE, age_on, parse_age};

/// True when `question` is `this` question of the definition.
fn is(question: &Question, this: &Question) -> bool {
    question.path == this.path
}

pub fn person(c: &mut Checker, r: &Referral) {
    let p = &r.person;
    generic::section(c, r, SectionId::Person, |c, question| {
        if is(question, &q::DATE_OF_BIRTH) {
            date_of_birth_or_age(c, p);
            Own::Done
        } else if is(question, &q::ESTIMATED_AGE) {
            // Checked with the date of birth.
            Own::Done
        } else if is(question, &q::OCCUPATION_PROVIDER) {
            // Required for some statuses only.
            c.text(
                question,
                question.path,
                &p.occupation.provider,
                p.needs_occupation_provider(),
            );
            Own::Done
        } else {
            Own::Generic
        }
    });
}

/// Exactly one of a date of birth (real, past, not over 120 years ago) and
/// an estimated age.
fn date_of_birth_or_age(c: &mut Checker, p: &Person) {
    let born = c.date(&q::DATE_OF_BIRTH, &p.date_of_birth, false, When::Past);
    let dob_typed = !p.date_of_birth.is_blank();
    if let Some(born) = born
        && age_on(born, c.ctx.today).is_some_and(|a| a > MAX_AGE)
    {
        c.report(q::DATE_OF_BIRTH.path, q::DATE_OF_BIRTH.problem("too-old"));
    }
    if parse_age(&p.estimated_age).is_err() {
        c.report(q::ESTIMATED_AGE.path, q::ESTIMATED_AGE.problem("format"));
    }
    let age_typed = !p.estimated_age.trim().is_empty();
    match (dob_typed, age_typed) {
        (false, false) => c.report(q::DATE_OF_BIRTH.path, q::DATE_OF_BIRTH.problem("enter")),
        (true, true) => c.report(q::ESTIMATED_AGE.path, q::ESTIMATED_AGE.problem("not-both")),
        _ => {}
    }
}

pub fn household(c: &mut Checker, r: &Referral) {
    let h = &r.household;
    generic::section(c, r, SectionId::Household, |c, question| {
        // At least one parent or carer for a child; the entries as usual.
        if is(question, &q::PARENTS_CARERS)
            && Household::needs_parents_carers(c.under_18())
            && h.parents_carers.is_empty()
        {
            c.report(q::PARENTS_CARERS.path, q::PARENTS_CARERS.problem("enter"));
        }
        Own::Generic
    });
}

pub fn concerns(c: &mut Checker, r: &Referral) {
    let k = &r.concerns;
    generic::section(c, r, SectionId::Concerns, |c, question| {
        if is(question, &q::IDEOLOGIES) {
            ideologies(c, k);
            Own::Done
        } else if is(question, &q::FIRST_NOTICED_ON) {
            dates_in_order(c, k);
            Own::Done
        } else if is(question, &q::MOST_RECENT_ON) {
            // Checked with the first date.
            Own::Done
        } else {
            Own::Generic
        }
    });
}

/// At least one kind of concern; "No ideology" and "Not known" alone.
fn ideologies(c: &mut Checker, k: &Concerns) {
    let ideologies = in_listed_order(&k.ideologies);
    if ideologies.is_empty() {
        c.report(q::IDEOLOGIES.path, q::IDEOLOGIES.problem("enter"));
    } else if ideologies.len() > 1 {
        // Repeats (only possible in a hand-edited file) are not "another".
        for exclusive in ideologies.iter().filter(|i| i.is_exclusive()) {
            c.report(
                q::IDEOLOGIES.path,
                msg!("concerns-ideologies-exclusive", answer = exclusive.label()),
            );
        }
    }
}

/// Both dates real and not in the future, the most recent not before the
/// first.
fn dates_in_order(c: &mut Checker, k: &Concerns) {
    let first = c.date(
        &q::FIRST_NOTICED_ON,
        &k.first_noticed_on,
        false,
        When::NotFuture,
    );
    let recent = c.date(
        &q::MOST_RECENT_ON,
        &k.most_recent_on,
        false,
        When::NotFuture,
    );
    if let (Some(first), Some(recent)) = (first, recent)
        && recent < first
    {
        c.report(
            q::MOST_RECENT_ON.path,
            q::MOST_RECENT_ON.problem("before-first"),
        );
    }
}

pub fn needs(c: &mut Checker, r: &Referral) {
    let n = &r.needs;
    generic::section(c, r, SectionId::Needs, |c, question| {
        if !is(question, &q::FACTORS) {
            return Own::Generic;
        }
        // At least one; "None known" alone.
        if n.factors.is_empty() {
            c.report(q::FACTORS.path, q::FACTORS.problem("enter"));
        } else if in_listed_order(&n.factors).len() > 1
            && n.factors.contains(&NeedFactor::NoneKnown)
        {
            c.report(q::FACTORS.path, q::FACTORS.problem("exclusive"));
        }
        Own::Done
    });
}

pub fn other_information(c: &mut Checker, r: &Referral) {
    generic::section(c, r, SectionId::OtherInformation, |_, _| Own::Generic);
}

pub fn referrer(c: &mut Checker, r: &Referral) {
    let referrer = &r.referrer;
    generic::section(c, r, SectionId::Referrer, |c, question| {
        if !is(question, &q::REFERRER_ADDRESS) {
            return Own::Generic;
        }
        // The work address is optional: checked once anything is given.
        if referrer.gives_address() {
            c.address(question, question.path, &referrer.address);
            // A workplace always has an address, known or not.
            if referrer.address.status == Some(AddressStatus::NoFixedAbode) {
                c.report(
                    format!("{}.status", q::REFERRER_ADDRESS.path),
                    q::REFERRER_ADDRESS.problem("no-fixed-abode"),
                );
            }
        }
        Own::Done
    });
}

pub fn actions(c: &mut Checker, r: &Referral) {
    let a = &r.actions;
    generic::section(c, r, SectionId::Actions, |c, question| {
        // Consent cannot be the basis when it was not asked for.
        if is(question, &q::LAWFUL_BASIS)
            && a.lawful_basis == Some(LawfulBasis::Consent)
            && a.asks_consent_not_sought_reason()
        {
            c.report(
                q::LAWFUL_BASIS.path,
                q::LAWFUL_BASIS.problem("consent-not-sought"),
            );
        }
        Own::Generic
    });
}

pub fn declaration(c: &mut Checker, r: &Referral) {
    let d = &r.declaration;
    generic::section(c, r, SectionId::Declaration, |c, question| {
        if !is(question, &q::REFERRAL_DATE) {
            return Own::Generic;
        }
        // Ticking the declaration fills in today's date: while it is
        // unticked, a blank date is not a second problem.
        let on = c.date(
            &q::REFERRAL_DATE,
            &d.referral_date,
            d.confirmed,
            When::NotFuture,
        );
        // The age on the referral date cannot be worked out otherwise.
        if let (Some(on), Ok(Some(born))) = (on, crate::values::parse_date(&r.person.date_of_birth))
            && on < born
        {
            c.report(
                q::REFERRAL_DATE.path,
                q::REFERRAL_DATE.problem("before-birth"),
            );
        }
        Own::Done
    });
}
