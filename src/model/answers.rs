//! Every answer of the referral by its key, as the form definition names it
//! (`weapons_details`, `occupation.status`), without copying it: what lets
//! the rules and the pages (and in time the export) work from the
//! definition alone instead of naming each field by hand. [`Answer`] reads
//! an answer; [`AnswerMut`] lets a page change it.
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

impl Answer<'_> {
    /// True when something was answered: text other than spaces, a choice,
    /// a date's box, a tick, any part of an address, an entry of a list.
    pub fn is_given(&self) -> bool {
        match self {
            Answer::Text(s) => !s.trim().is_empty(),
            Answer::Choice(c) => c.is_some(),
            Answer::Multi(ids) => !ids.is_empty(),
            Answer::Date(d) => !d.is_blank(),
            Answer::Tick(t) => *t,
            Answer::Address(a) => {
                a.status.is_some()
                    || a.lines.iter().any(|l| !l.trim().is_empty())
                    || [&a.town, &a.postcode, &a.country]
                        .iter()
                        .any(|s| !s.trim().is_empty())
            }
            Answer::List(items) => !items.is_empty(),
            // A group is not an answer: its keys are asked one by one.
            Answer::Group(_) => false,
        }
    }
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

/// One answer, to change: what a page's generic widgets work on. Lists,
/// addresses and groups are drawn by the page's own code.
pub enum AnswerMut<'a> {
    Text(&'a mut String),
    Choice(&'a mut dyn ChoiceSlot),
    Multi(&'a mut dyn MultiSlot),
    Date(&'a mut DateInput),
    Tick(&'a mut bool),
    /// An address, a list or a group: no generic widget.
    Other,
}

impl std::fmt::Debug for AnswerMut<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the answer itself: it may name a person.
        f.write_str(match self {
            AnswerMut::Text(_) => "Text",
            AnswerMut::Choice(_) => "Choice",
            AnswerMut::Multi(_) => "Multi",
            AnswerMut::Date(_) => "Date",
            AnswerMut::Tick(_) => "Tick",
            AnswerMut::Other => "Other",
        })
    }
}

/// One answer from a list, by the answer's place in the list.
pub trait ChoiceSlot {
    /// Every answer's words, in the listed order.
    fn labels(&self) -> Vec<&'static str>;
    fn chosen(&self) -> Option<usize>;
    fn choose(&mut self, index: usize);
}

impl<T: Choice> ChoiceSlot for Option<T> {
    fn labels(&self) -> Vec<&'static str> {
        T::ALL.iter().map(|c| c.label()).collect()
    }
    fn chosen(&self) -> Option<usize> {
        self.and_then(|c| T::ALL.iter().position(|a| *a == c))
    }
    fn choose(&mut self, index: usize) {
        if let Some(c) = T::ALL.get(index) {
            *self = Some(*c);
        }
    }
}

/// Any answers from a list, kept in the listed order, without repeats.
pub trait MultiSlot {
    fn labels(&self) -> Vec<&'static str>;
    fn ticked(&self, index: usize) -> bool;
    fn tick(&mut self, index: usize, ticked: bool);
}

impl<T: Choice> MultiSlot for Vec<T> {
    fn labels(&self) -> Vec<&'static str> {
        T::ALL.iter().map(|c| c.label()).collect()
    }
    fn ticked(&self, index: usize) -> bool {
        T::ALL.get(index).is_some_and(|c| self.contains(c))
    }
    fn tick(&mut self, index: usize, ticked: bool) {
        let Some(c) = T::ALL.get(index) else { return };
        if ticked {
            self.push(*c);
            self.sort_unstable();
            self.dedup();
        } else {
            self.retain(|a| a != c);
        }
    }
}

/// A part of the referral whose answers can be changed by key.
pub trait AnswersMut {
    /// The answer at a key of this part, without dots.
    fn key_mut(&mut self, key: &str) -> Option<AnswerMut<'_>>;
}

/// How a field of the model is changed as an answer.
pub trait AsAnswerMut {
    fn as_answer_mut(&mut self) -> AnswerMut<'_>;
}

impl AsAnswerMut for String {
    fn as_answer_mut(&mut self) -> AnswerMut<'_> {
        AnswerMut::Text(self)
    }
}

impl<T: Choice> AsAnswerMut for Option<T> {
    fn as_answer_mut(&mut self) -> AnswerMut<'_> {
        AnswerMut::Choice(self)
    }
}

impl<T: Choice> AsAnswerMut for Vec<T> {
    fn as_answer_mut(&mut self) -> AnswerMut<'_> {
        AnswerMut::Multi(self)
    }
}

impl AsAnswerMut for bool {
    fn as_answer_mut(&mut self) -> AnswerMut<'_> {
        AnswerMut::Tick(self)
    }
}

impl AsAnswerMut for DateInput {
    fn as_answer_mut(&mut self) -> AnswerMut<'_> {
        AnswerMut::Date(self)
    }
}

/// Answers a page draws by hand.
macro_rules! by_hand {
    ($($t:ty),+) => {$(
        impl AsAnswerMut for $t {
            fn as_answer_mut(&mut self) -> AnswerMut<'_> {
                AnswerMut::Other
            }
        }
    )+};
}

by_hand!(
    Address,
    Occupation,
    Vec<String>,
    Vec<Address>,
    Vec<OnlineIdentity>,
    Vec<ParentCarer>,
    Vec<EarlierReferral>,
    Vec<Agency>
);

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
        impl AnswersMut for $part {
            fn key_mut(&mut self, key: &str) -> Option<AnswerMut<'_>> {
                match key {
                    $(stringify!($key) => Some(self.$key.as_answer_mut()),)+
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
        let (section, key) = SectionId::split_path(path)?;
        self.section(section)?.answer(key)
    }

    /// The answer at a full path of a top-level question, to change
    /// (`referral.concerns.weapons_details`); none inside a group.
    pub fn answer_mut(&mut self, path: &str) -> Option<AnswerMut<'_>> {
        let (section, key) = SectionId::split_path(path)?;
        let part: &mut dyn AnswersMut = match section {
            SectionId::Start => return None,
            SectionId::Person => &mut self.person,
            SectionId::Household => &mut self.household,
            SectionId::Concerns => &mut self.concerns,
            SectionId::Needs => &mut self.needs,
            SectionId::OtherInformation => &mut self.other_information,
            SectionId::Referrer => &mut self.referrer,
            SectionId::Actions => &mut self.actions,
            SectionId::Declaration => &mut self.declaration,
        };
        part.key_mut(key)
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

    /// Every top-level question finds its answer to change: a generic one
    /// of its kind, or none for what a page draws by hand.
    #[test]
    fn every_top_level_path_finds_its_answer_to_change() {
        let mut r = Referral::default();
        for q in form::all() {
            let answer = r.answer_mut(q.path);
            let fits = match (q.kind, answer) {
                (
                    Kind::Text
                    | Kind::LongText
                    | Kind::Age
                    | Kind::Phone
                    | Kind::Extension
                    | Kind::Email,
                    Some(AnswerMut::Text(_)),
                ) => true,
                (Kind::Tri | Kind::YesNo | Kind::Choice(_), Some(AnswerMut::Choice(c))) => {
                    let n = match q.kind {
                        Kind::Tri => 3,
                        Kind::YesNo => 2,
                        Kind::Choice(list) => list.ids.len(),
                        _ => 0,
                    };
                    c.labels().len() == n
                }
                (Kind::Multi(list), Some(AnswerMut::Multi(m))) => {
                    m.labels().len() == list.ids.len()
                }
                (Kind::Date, Some(AnswerMut::Date(_))) => true,
                (Kind::Tick, Some(AnswerMut::Tick(_))) => true,
                (Kind::Address { .. } | Kind::List { .. }, Some(AnswerMut::Other)) => true,
                // `occupation.status` and `occupation.provider`: in a group.
                (_, None) => q.path.starts_with("referral.person.occupation."),
                _ => false,
            };
            assert!(fits, "{}", q.path);
        }
    }

    /// A multi-choice answer stays in the listed order, without repeats.
    #[test]
    fn ticking_keeps_the_listed_order() {
        let mut r = Referral::default();
        let Some(AnswerMut::Multi(m)) = r.answer_mut("referral.needs.factors") else {
            panic!("factors is a multi-choice answer");
        };
        m.tick(2, true);
        m.tick(0, true);
        m.tick(2, true);
        assert!(m.ticked(0) && m.ticked(2) && !m.ticked(1));
        m.tick(0, false);
        assert_eq!(r.needs.factors, vec![NeedFactor::ALL[2]]);
    }

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
