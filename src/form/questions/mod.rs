//! The questions of each section, in the order the form asks them, one
//! file per part of the form. Field for field as in
//! docs/FORM-REFERENCE.md (generated from these files).

mod actions;
mod concerns;
mod household;
mod other;
mod person;

pub use actions::*;
pub use concerns::*;
pub use household::*;
pub use other::*;
pub use person::*;

use super::{Asked, Facts, Kind, Need, Question};
use crate::model::*;

/// A question asked every time.
pub(super) const fn ask(path: &'static str, id: &'static str, kind: Kind, need: Need) -> Question {
    Question {
        path,
        id,
        hint: None,
        kind,
        need,
        asked: Asked::Always,
        since: 0,
    }
}

/// A question whose key export format 1.`minor` added (see
/// docs/EXPORT-FORMAT.md, "Versions").
pub(super) const fn added_in(q: Question, minor: u64) -> Question {
    Question { since: minor, ..q }
}

pub(super) const fn hinted(q: Question, hint: &'static str) -> Question {
    Question {
        hint: Some(hint),
        ..q
    }
}

pub(super) const fn when(
    q: Question,
    when: &'static str,
    test: fn(&Facts<'_>) -> bool,
) -> Question {
    asked_when(q, when, test, false)
}

/// Asked only for some ages (`when` in words): part of the page for them,
/// not revealed by an answer.
pub(super) const fn when_age(
    q: Question,
    when: &'static str,
    test: fn(&Facts<'_>) -> bool,
) -> Question {
    asked_when(q, when, test, true)
}

const fn asked_when(
    q: Question,
    when: &'static str,
    test: fn(&Facts<'_>) -> bool,
    by_age: bool,
) -> Question {
    Question {
        asked: Asked::When { when, test, by_age },
        ..q
    }
}

pub(super) use Need::{Optional, Required, RequiredWhen};

pub(super) const TRI: Kind = Kind::Tri;
pub(super) const TEXT: Kind = Kind::Text;
pub(super) const LONG: Kind = Kind::LongText;
