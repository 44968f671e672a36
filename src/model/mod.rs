//! The referral as the person filling it in sees it: every answer exactly as
//! typed, valid or not. This is what drafts store; [`crate::rules`] checks it
//! and [`crate::export`] turns a referral that passes every rule into the
//! export document.
//!
//! Text answers are plain `String`s (empty means not answered), dates are
//! three typed boxes, radio answers are `Option<choice>` (`None` means not
//! answered), and repeatable groups are `Vec`s.

mod answers;
mod asks;
mod choices;
mod sections;
mod values;

pub use answers::{Answer, AnswerMut, Answers, AnswersMut, ChoiceSlot, Item, MultiSlot};
pub use choices::*;
pub use sections::*;
pub use values::*;

use serde::{Deserialize, Serialize};

/// The sections of the form, in order: the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub enum SectionId {
    Start,
    Person,
    Household,
    Concerns,
    Needs,
    OtherInformation,
    Referrer,
    Actions,
    Declaration,
}

impl SectionId {
    pub const ALL: [SectionId; 9] = [
        Self::Start,
        Self::Person,
        Self::Household,
        Self::Concerns,
        Self::Needs,
        Self::OtherInformation,
        Self::Referrer,
        Self::Actions,
        Self::Declaration,
    ];

    /// The id used in docs/FORM-REFERENCE.md and in field paths.
    pub fn id(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Person => "person",
            Self::Household => "household",
            Self::Concerns => "concerns",
            Self::Needs => "needs",
            Self::OtherInformation => "other_information",
            Self::Referrer => "referrer",
            Self::Actions => "actions",
            Self::Declaration => "declaration",
        }
    }

    /// The title shown in the task list, in the current language.
    pub fn title(self) -> &'static str {
        crate::i18n::t(self.title_message().id())
    }

    /// The title as a message, for a notice that names the section.
    pub fn title_message(self) -> crate::i18n::Message {
        crate::i18n::Message::new(format!("section-{}", self.id()))
    }

    /// The section a field path such as `referral.person.address.postcode`
    /// belongs to.
    pub fn of_path(path: &str) -> Option<SectionId> {
        let rest = path.strip_prefix("referral.")?;
        let head = rest.split(['.', '[']).next()?;
        Self::ALL.into_iter().find(|s| s.id() == head)
    }

    /// A full path's section and the key within it
    /// (`referral.concerns.weapons_details` → concerns, `weapons_details`).
    pub fn split_path(path: &str) -> Option<(SectionId, &str)> {
        let section = Self::of_path(path)?;
        let key = path
            .strip_prefix("referral.")?
            .strip_prefix(section.id())?
            .strip_prefix('.')?;
        Some((section, key))
    }
}

/// The whole referral, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct Referral {
    pub person: Person,
    pub household: Household,
    pub concerns: Concerns,
    pub needs: Needs,
    pub other_information: OtherInformation,
    pub referrer: Referrer,
    pub actions: Actions,
    pub declaration: Declaration,
}
