//! The answers in words: one way for every place that shows them ("Check
//! your answers" on screen, the PDF copy), so that an answer reads the same,
//! in the same language, wherever it is read. Each place lays the answers
//! out its own way (a row per question on screen, a row per address part in
//! the PDF); the words come from here.
//!
//! Answers are read from the referral's serialised form, where every field
//! sits at its path (docs/FORM-REFERENCE.md), so this file names no
//! question.

use crate::form::{Kind, Question};
use crate::i18n::t;
use crate::model::*;
use crate::tr;
use crate::values::{display_phone, normalise_postcode, parse_date};
use serde_json::Value;

/// The section's answers, to read by path.
pub fn section_value(r: &Referral, section: SectionId) -> Value {
    let v = match section {
        SectionId::Start => Ok(Value::Null),
        SectionId::Person => serde_json::to_value(&r.person),
        SectionId::Household => serde_json::to_value(&r.household),
        SectionId::Concerns => serde_json::to_value(&r.concerns),
        SectionId::Needs => serde_json::to_value(&r.needs),
        SectionId::OtherInformation => serde_json::to_value(&r.other_information),
        SectionId::Referrer => serde_json::to_value(&r.referrer),
        SectionId::Actions => serde_json::to_value(&r.actions),
        SectionId::Declaration => serde_json::to_value(&r.declaration),
    };
    v.unwrap_or(Value::Null)
}

/// `occupation.status` as a JSON pointer, `/occupation/status`.
pub fn pointer(path: &str) -> String {
    if path.is_empty() {
        return String::new();
    }
    format!("/{}", path.replace('.', "/"))
}

/// Typed text, trimmed; `None` when blank.
pub fn text(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

pub use crate::i18n::long_date;

/// A choice's words, when the value is one of the list's ids.
pub fn choice(list: ChoiceList, v: &Value) -> Option<String> {
    let id = v.as_str()?;
    list.ids
        .contains(&id)
        .then(|| t(&list.message_id(id)).to_owned())
}

/// An address's postcode as it will be sent: written properly (B31 2XX)
/// for a UK address when it is a postcode, as typed otherwise.
pub fn postcode(a: &Address) -> Option<String> {
    let typed = a.postcode.trim();
    if a.in_uk() {
        normalise_postcode(typed).or_else(|| text(typed))
    } else {
        text(typed)
    }
}

/// An address's country in words: "United Kingdom" in the current language
/// however it was typed ("uk"), any other as typed.
pub fn country(a: &Address) -> Option<String> {
    if a.in_uk() {
        Some(t("answers-united-kingdom").to_owned())
    } else {
        text(&a.country)
    }
}

/// An address as one answer: its status when it is not known, else its
/// lines, town, postcode and country, one per line.
pub fn address(a: &Address, asks_status: bool) -> Option<String> {
    let status = if asks_status {
        a.status?
    } else {
        AddressStatus::Known
    };
    if status != AddressStatus::Known {
        return Some(status.label().to_owned());
    }
    let parts: Vec<String> = a
        .lines
        .iter()
        .chain([&a.town])
        .filter_map(|s| text(s))
        .chain(postcode(a))
        .chain(country(a))
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n"))
}

/// An answer in words, or `None` when none was given.
pub fn answer(q: &Question, v: &Value) -> Option<String> {
    let typed = || v.as_str().and_then(text);
    match q.kind {
        Kind::Text | Kind::LongText | Kind::Age | Kind::Email | Kind::Extension => typed(),
        // As it will be sent: +447700900123.
        Kind::Phone => typed().map(|p| display_phone(&p).unwrap_or(p)),
        Kind::Date => {
            let d: DateInput = serde_json::from_value(v.clone()).ok()?;
            match parse_date(&d) {
                Ok(Some(date)) => Some(long_date(date)),
                Ok(None) => None,
                Err(_) => Some(tr!(
                    "answers-not-real-date",
                    day = d.day,
                    month = d.month,
                    year = d.year
                )),
            }
        }
        Kind::Tri => choice(Tri::LIST, v),
        Kind::YesNo => choice(YesNo::LIST, v),
        Kind::Choice(list) => choice(list, v),
        Kind::Multi(list) => {
            let chosen: Vec<&str> = v.as_array()?.iter().filter_map(Value::as_str).collect();
            let labels: Vec<&str> = list
                .ids
                .iter()
                .filter(|id| chosen.contains(id))
                .map(|id| t(&list.message_id(id)))
                .collect();
            (!labels.is_empty()).then(|| labels.join("\n"))
        }
        Kind::Tick => Some(
            if v.as_bool().unwrap_or(false) {
                t("answers-yes")
            } else {
                t("answers-no")
            }
            .to_owned(),
        ),
        Kind::Address { status } => {
            let a: Address = serde_json::from_value(v.clone()).ok()?;
            address(&a, status)
        }
        Kind::List { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    // In English: the library's tests never switch language (it is one
    // setting for the whole process); tests/answers.rs checks Welsh.
    #[test]
    fn a_uk_address_reads_the_same_however_its_country_was_typed() {
        let a = Address {
            status: Some(AddressStatus::Known),
            lines: vec!["12 Example Road".into(), " ".into()],
            town: "Birmingham".into(),
            postcode: "b312xx".into(),
            country: "uk".into(),
        };
        assert_eq!(
            address(&a, true).as_deref(),
            Some("12 Example Road\nBirmingham\nB31 2XX\nUnited Kingdom")
        );
        let abroad = Address {
            country: "Ireland".into(),
            postcode: "d02 x285".into(),
            ..a
        };
        assert_eq!(postcode(&abroad).as_deref(), Some("d02 x285"));
        assert_eq!(country(&abroad).as_deref(), Some("Ireland"));
        let unknown = Address {
            status: Some(AddressStatus::NotKnown),
            ..abroad
        };
        assert_eq!(
            address(&unknown, true).as_deref(),
            Some(AddressStatus::NotKnown.label())
        );
    }

    #[test]
    fn dates_are_written_as_the_catalogue_says() {
        let date = NaiveDate::from_ymd_opt(2011, 3, 14).unwrap_or_default();
        assert_eq!(long_date(date), "14 March 2011");
    }
}
