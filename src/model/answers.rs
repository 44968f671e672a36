//! Every answer of the referral by its key, as the form definition names it
//! (`weapons_details`, `occupation.status`), without copying it: what lets
//! the rules (and in time the pages and the export) work from the
//! definition alone instead of naming each field by hand.
//!
//! Each part of the model lists its keys once, with `answers!`, beside its
//! struct in `sections.rs`; a test checks that every path of the definition
//! finds its answer.

use super::choices::*;
use super::sections::*;
use super::values::DateInput;
use super::{Referral, SectionId};

/// One answer, borrowed from the referral.
#[derive(Debug)]
pub enum Answer<'a> {
    /// Any text typed in one box (text, long text, an age, a telephone
    /// number, an email address).
    Text(&'a str),
    /// One answer from a list, by its id; `None` while not answered.
    Choice(Option<&'static str>),
    /// Any answers from a list, by id, as held.
    Multi(Vec<&'static str>),
    Date(&'a DateInput),
    Tick(bool),
    Address(&'a Address),
    /// A repeatable group: one item per entry.
    List(Vec<Item<'a>>),
    /// An object of its own, whose keys follow a dot (`occupation`).
    Group(&'a dyn Answers),
}

/// One entry of a repeatable group: a single answer (a telephone number)
/// or a set of them (a parent or carer).
#[derive(Debug)]
pub enum Item<'a> {
    One(Answer<'a>),
    Entry(&'a dyn Answers),
}

/// A part of the referral whose answers can be found by key.
pub trait Answers {
    /// The answer at a key of this part, without dots.
    fn key(&self, key: &str) -> Option<Answer<'_>>;

    /// The answer at a path relative to this part (`occupation.status`).
    fn answer(&self, path: &str) -> Option<Answer<'_>> {
        match path.split_once('.') {
            None => self.key(path),
            Some((head, rest)) => match self.key(head)? {
                Answer::Group(inner) => inner.answer(rest),
                _ => None,
            },
        }
    }
}

impl std::fmt::Debug for dyn Answers + '_ {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Answers are never printed whole: they may name a person.
        f.write_str("Answers { .. }")
    }
}

/// How a field of the model reads as an answer.
pub trait AsAnswer {
    fn as_answer(&self) -> Answer<'_>;
}

impl AsAnswer for String {
    fn as_answer(&self) -> Answer<'_> {
        Answer::Text(self)
    }
}

impl<T: Choice> AsAnswer for Option<T> {
    fn as_answer(&self) -> Answer<'_> {
        Answer::Choice(self.map(|c| c.id()))
    }
}

impl AsAnswer for bool {
    fn as_answer(&self) -> Answer<'_> {
        Answer::Tick(*self)
    }
}

impl AsAnswer for DateInput {
    fn as_answer(&self) -> Answer<'_> {
        Answer::Date(self)
    }
}

impl AsAnswer for Address {
    fn as_answer(&self) -> Answer<'_> {
        Answer::Address(self)
    }
}

impl AsAnswer for Vec<String> {
    fn as_answer(&self) -> Answer<'_> {
        Answer::List(self.iter().map(|s| Item::One(Answer::Text(s))).collect())
    }
}

impl AsAnswer for Vec<Address> {
    fn as_answer(&self) -> Answer<'_> {
        Answer::List(self.iter().map(|a| Item::One(Answer::Address(a))).collect())
    }
}

/// Multi-choice answers: a list of ids.
macro_rules! multi {
    ($($choice:ty),+) => {$(
        impl AsAnswer for Vec<$choice> {
            fn as_answer(&self) -> Answer<'_> {
                Answer::Multi(self.iter().map(|c| c.id()).collect())
            }
        }
    )+};
}

multi!(Ideology, NeedFactor);

/// Declares the keys of a part of the referral, in
/// [`super::sections`] beside the part itself.
macro_rules! answers {
    ($($part:ty { $($key:ident),+ $(,)? })+) => {$(
        impl Answers for $part {
            fn key(&self, key: &str) -> Option<Answer<'_>> {
                match key {
                    $(stringify!($key) => Some(self.$key.as_answer()),)+
                    _ => None,
                }
            }
        }
    )+};
}

/// Parts that are the entries of a repeatable group.
macro_rules! entries {
    ($($part:ty),+) => {$(
        impl AsAnswer for Vec<$part> {
            fn as_answer(&self) -> Answer<'_> {
                Answer::List(self.iter().map(|e| Item::Entry(e as &dyn Answers)).collect())
            }
        }
    )+};
}

pub(super) use answers;

entries!(OnlineIdentity, ParentCarer, EarlierReferral, Agency);

impl AsAnswer for Occupation {
    fn as_answer(&self) -> Answer<'_> {
        Answer::Group(self)
    }
}

impl Referral {
    /// The answer at a full path (`referral.concerns.weapons_details`).
    pub fn answer(&self, path: &str) -> Option<Answer<'_>> {
        let section = SectionId::of_path(path)?;
        let rest = path
            .strip_prefix("referral.")?
            .strip_prefix(section.id())?
            .strip_prefix('.')?;
        self.section(section)?.answer(rest)
    }

    /// One section's answers (none for "Before you start").
    pub fn section(&self, section: SectionId) -> Option<&dyn Answers> {
        Some(match section {
            SectionId::Start => return None,
            SectionId::Person => &self.person,
            SectionId::Household => &self.household,
            SectionId::Concerns => &self.concerns,
            SectionId::Needs => &self.needs,
            SectionId::OtherInformation => &self.other_information,
            SectionId::Referrer => &self.referrer,
            SectionId::Actions => &self.actions,
            SectionId::Declaration => &self.declaration,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::{self, Kind};

    /// Every question of the definition finds its answer, of its kind.
    #[test]
    fn every_path_of_the_definition_finds_its_answer() {
        let mut r = Referral::default();
        r.person.online_identities.push(OnlineIdentity::default());
        r.household.parents_carers.push(ParentCarer::default());
        r.other_information.agencies.push(Agency::default());
        r.other_information
            .earlier_referrals
            .push(EarlierReferral::default());
        for q in form::all() {
            let answer = r.answer(q.path);
            assert!(answer.is_some(), "{} has no answer", q.path);
            if let (Some(Answer::List(items)), Kind::List { entry, .. }) = (answer, q.kind) {
                for item in items {
                    if let Item::Entry(e) = item {
                        for inner in entry {
                            assert!(e.answer(inner.path).is_some(), "{}.{}", q.path, inner.path);
                        }
                    }
                }
            }
        }
    }
}
