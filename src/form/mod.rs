//! The form definition: every question of the Prevent National Referral
//! Form written once, in order, with its path, its message ids, its kind,
//! whether it must be answered and when it is asked.
//!
//! Everything that shows, checks or sends a question reads it from here:
//! the pages take their labels, hints, paths and conditions from it, the
//! rules report problems at its paths, "Check your answers" and the copies
//! list its questions, the export writes `null` for what it does not ask,
//! and `docs/FORM-REFERENCE.md` is generated from it (a test keeps the two
//! the same). The conditions themselves are methods on the model
//! ([`crate::model`], `asks_*`), which this definition names.

pub mod export_guide;
mod questions;
pub mod reference;
mod referred_before;

pub use questions::*;
pub use referred_before::{ReferredBefore, initials, whose};

use crate::model::{ChoiceList, Referral, SectionId};

/// The export format's MINOR this definition is written for: no
/// question's `since` is newer. A file of a newer MINOR may hold optional
/// keys this reader does not know, which it reports and leaves. (The
/// version as text, `1.4`, is `export::FORMAT_VERSION`; a test keeps the
/// two the same.)
pub const FORMAT_MINOR: u64 = 4;

/// How a question is answered.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// One line of text, at most 200 characters.
    Text,
    /// Several lines, at most 50,000 characters, line breaks kept.
    LongText,
    /// Three boxes: day, month, year.
    Date,
    /// A whole number of years, 0 to 120, typed as text.
    Age,
    /// Yes, no or not known.
    Tri,
    /// Yes or no.
    YesNo,
    /// One answer from a list.
    Choice(ChoiceList),
    /// Any answers from a list, in the listed order.
    Multi(ChoiceList),
    /// A single checkbox ("I have called 999").
    Tick,
    /// A telephone number, sent in E.164 form.
    Phone,
    /// A telephone extension: 1 to 6 digits (from 1.3).
    Extension,
    /// An email address.
    Email,
    /// An address; `status`: first asks whether it is known.
    Address { status: bool },
    /// A repeatable group: each entry holds `entry`'s questions, whose paths
    /// are relative to the entry (`""` is the entry itself). `item` is the
    /// message id of an entry's heading ("Parent or carer 1").
    List {
        max: usize,
        item: &'static str,
        entry: &'static [Question],
    },
}

impl Kind {
    /// The kind's name in the field reference.
    pub fn describe(&self) -> String {
        match self {
            Kind::Text => "text".into(),
            Kind::LongText => "long text".into(),
            Kind::Date => "date".into(),
            Kind::Age => "integer 0 to 120".into(),
            Kind::Tri => "tri (`yes`, `no`, `not_known`)".into(),
            Kind::YesNo => "yes/no".into(),
            Kind::Choice(list) => format!("choice: {}", ids(list)),
            Kind::Multi(list) => format!("multi: {}", ids(list)),
            Kind::Tick => "true or false".into(),
            Kind::Phone => "phone (E.164)".into(),
            Kind::Extension => "extension".into(),
            Kind::Email => "email".into(),
            Kind::Address { .. } => "address".into(),
            Kind::List { max, .. } => format!("list, at most {max}"),
        }
    }
}

fn ids(list: &ChoiceList) -> String {
    list.ids
        .iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether a question must be answered (when it is asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    /// Shown with "(optional)".
    Optional,
    /// Required only in this case (words for the field reference); the page
    /// marks it optional otherwise.
    RequiredWhen(&'static str),
}

/// What a condition can look at: the referral, the person's age band and,
/// for a question inside a repeatable group, which entry.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub referral: &'a Referral,
    /// The person's age in years on the referral date; `None` while not
    /// known.
    pub age: Option<u32>,
    /// The export format MINOR whose questions apply: the app's own for a
    /// draft, the file's for a file being checked (1.3 asks some questions
    /// by age that 1.2 asked of everyone).
    pub minor: u64,
    /// The entry, for questions inside a repeatable group.
    pub entry: Option<usize>,
}

impl Facts<'_> {
    /// `Some(true)` under 18 on the referral date; `None` while the age is
    /// not known.
    pub fn under_18(&self) -> Option<bool> {
        self.age.map(|a| a < 18)
    }

    /// True unless the person is known to be under 16, where the form's
    /// edition asks by that age (from format 1.3): the armed forces
    /// question is for adults and 16- and 17-year-olds who may have joined.
    pub fn may_be_16_or_over(&self) -> bool {
        self.minor < 3 || self.age.is_none_or(|a| a >= 16)
    }

    /// True when a child's parents' awareness is `tri`. Until 1.3 section 7
    /// asked it of the family together (`actions.parents_aware`); from 1.4
    /// (edition 2026.3) it is asked once, of each parent or carer in
    /// section 2, and holds when it holds for one of them, so "how did
    /// they respond" and "why not told" are both asked when one knows and
    /// another does not.
    pub fn parents_aware_is(&self, tri: crate::model::Tri) -> bool {
        if self.under_18() != Some(true) {
            return false;
        }
        if self.minor < 4 {
            self.referral.actions.parents_aware == Some(tri)
        } else {
            self.referral
                .household
                .parents_carers
                .iter()
                .any(|p| p.aware_of_referral == Some(tri))
        }
    }
}

/// When a question is asked.
#[derive(Debug, Clone, Copy)]
pub enum Asked {
    Always,
    /// Only when `test` holds; `when` says so in words, for the reference.
    /// `by_age`: the person's age, or an answer on another page, decides
    /// (the question is part of the page for them), not an answer just
    /// given (the page reveals it beneath that answer).
    When {
        when: &'static str,
        test: fn(&Facts<'_>) -> bool,
        by_age: bool,
    },
}

/// One question of the form.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    /// The field path (`referral.person.given_names`); inside a repeatable
    /// group, relative to the entry (`name`, or `""` for the entry itself).
    pub path: &'static str,
    /// The message id of the label; the rules' messages for it are
    /// `ID-enter`, `ID-too-long` and so on.
    pub id: &'static str,
    /// The message id of the hint, if it has one.
    pub hint: Option<&'static str>,
    pub kind: Kind,
    pub need: Need,
    pub asked: Asked,
    /// The export format's MINOR that added this key (`0` for 1.0). A file
    /// of an older MINOR may leave it out, and the rules do not ask for it
    /// there: a 1.0 export stays valid when the form gains a question.
    pub since: u64,
}

impl Question {
    /// True when the form asks this question with these answers.
    pub fn is_asked(&self, facts: &Facts<'_>) -> bool {
        match self.asked {
            Asked::Always => true,
            Asked::When { test, .. } => test(facts),
        }
    }

    /// True when an answer given above reveals this question: a page
    /// shows it set in beneath that answer.
    pub fn is_revealed(&self) -> bool {
        matches!(self.asked, Asked::When { by_age: false, .. })
    }

    /// The label in the current language.
    pub fn label(&self) -> &'static str {
        crate::i18n::t(self.id)
    }

    /// The hint in the current language.
    pub fn hint_text(&self) -> Option<&'static str> {
        self.hint.map(crate::i18n::t)
    }

    /// The message `ID-suffix` (`person-given_names-enter`) in the current
    /// language.
    pub fn message(&self, suffix: &str) -> &'static str {
        crate::i18n::t(&format!("{}-{suffix}", self.id))
    }

    /// The message `ID-suffix` not yet put into words: for a problem,
    /// rendered in the language of whoever reads it.
    pub fn problem(&self, suffix: &str) -> crate::i18n::Message {
        crate::i18n::Message::new(format!("{}-{suffix}", self.id))
    }

    /// The label not yet put into words, for a message that quotes it.
    pub fn named(&self) -> crate::i18n::Message {
        crate::i18n::Message::new(self.id)
    }

    /// Shown with "(optional)": optional, or required only in a case that
    /// does not hold.
    pub fn is_optional(&self) -> bool {
        self.need == Need::Optional
    }

    /// The path of this question in entry `base` of a repeatable group
    /// (`referral.household.parents_carers[0]` + `name`).
    pub fn in_entry(&self, base: &str) -> String {
        if self.path.is_empty() {
            base.to_owned()
        } else {
            format!("{base}.{}", self.path)
        }
    }

    /// The path of the input that stands for this question at `at` (its
    /// own path, `at` inside an entry): where focus goes to answer it. An
    /// address starts at its status question, or its first line.
    pub fn input_path(&self, at: &str) -> String {
        match self.kind {
            Kind::Address { status: true } => format!("{at}.status"),
            Kind::Address { status: false } => format!("{at}.lines[0]"),
            _ => at.to_owned(),
        }
    }

    /// True when a file of format MINOR `minor` has this key.
    pub fn in_minor(&self, minor: u64) -> bool {
        self.since <= minor
    }

    /// The section a top-level question is in.
    pub fn section(&self) -> Option<SectionId> {
        SectionId::of_path(self.path)
    }
}

/// A section's questions, in the order they are asked.
pub fn questions(section: SectionId) -> &'static [Question] {
    match section {
        SectionId::Start => &[],
        SectionId::Person => PERSON,
        SectionId::Household => HOUSEHOLD,
        SectionId::Concerns => CONCERNS,
        SectionId::Needs => NEEDS,
        SectionId::OtherInformation => OTHER_INFORMATION,
        SectionId::Referrer => REFERRER,
        SectionId::Actions => ACTIONS,
        SectionId::Declaration => DECLARATION,
    }
}

/// Every top-level question, in form order.
pub fn all() -> impl Iterator<Item = &'static Question> {
    SectionId::ALL.into_iter().flat_map(questions)
}

/// The question at a top-level path (`referral.concerns.weapons_details`).
pub fn find(path: &str) -> Option<&'static Question> {
    all().find(|q| q.path == path)
}

/// The question a problem or focus path names, with its entry index if it
/// is inside a repeatable group: `referral.household.parents_carers[1].name`
/// gives the parent's name question and `Some(1)`. Address parts
/// (`….address.postcode`) name their address question.
pub fn question_of(path: &str) -> Option<(&'static Question, Option<usize>)> {
    // The longest top-level question path that the path starts with.
    let top = all()
        .filter(|q| {
            path == q.path
                || path
                    .strip_prefix(q.path)
                    .is_some_and(|rest| rest.starts_with(['.', '[']))
        })
        .max_by_key(|q| q.path.len())?;
    let rest = &path[top.path.len()..];
    let Kind::List { entry, .. } = top.kind else {
        return Some((top, None));
    };
    let Some(inner) = rest.strip_prefix('[') else {
        return Some((top, None));
    };
    let (index, after) = inner.split_once(']')?;
    let index: usize = index.parse().ok()?;
    let after = after.strip_prefix('.').unwrap_or(after);
    let q = entry
        .iter()
        .filter(|q| {
            q.path.is_empty()
                || after == q.path
                || after
                    .strip_prefix(q.path)
                    .is_some_and(|rest| rest.starts_with(['.', '[']))
        })
        .max_by_key(|q| q.path.len())?;
    Some((q, Some(index)))
}

/// The entry of a list that a path is inside, in words: "Parent or carer
/// 2" for `referral.household.parents_carers[1].phone`. `None` outside an
/// entry. The error summary names it, so that with two parents "Enter a
/// telephone number" says whose.
pub fn entry_name(path: &str) -> Option<String> {
    let (list, rest) = path.split_once('[')?;
    let index: usize = rest.split_once(']')?.0.parse().ok()?;
    let Kind::List { item, .. } = all().find(|q| q.path == list)?.kind else {
        return None;
    };
    Some(crate::tr!(
        "list-item-heading",
        item = crate::i18n::t(item),
        number = index + 1
    ))
}

/// A problem's message, named by the list entry it is in when it is in one
/// ("Parent or carer 2: Enter a telephone number"): the error summary and
/// a draft PDF's "still to do" list say whose answer it is.
pub fn named_by_entry(path: &str, message: &str) -> String {
    match entry_name(path) {
        Some(entry) => crate::tr!("summary-in-entry", entry = entry, message = message),
        None => message.to_owned(),
    }
}

/// The parts of an address, as paths relative to the address, with their
/// label message ids: the same for every address on the form.
pub const ADDRESS_PARTS: &[(&str, &str)] = &[
    ("status", "address-status"),
    ("lines", "address-line"),
    ("town", "address-town"),
    ("postcode", "address-postcode"),
    ("country", "address-country"),
];
