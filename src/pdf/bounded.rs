//! A draft copy of a crafted or damaged file is laid out within the form's
//! own limits: no answer longer than the longest the form allows, no list
//! longer than the longest it allows. A referral that keeps the form's rules
//! is never changed by this; one that breaks them (a 10 MB answer, 100,000
//! names) would otherwise be laid out whole, at gigabytes of memory (F10 of
//! the December 2026 red team). What is left out is said where it was cut,
//! and the copy's problems list the rule that was broken.

use crate::model::Referral;
use crate::values::LONG_TEXT_MAX;
use serde_json::Value;
use std::borrow::Cow;

/// The most entries any of the form's repeated answers may have (other
/// names, parents and carers, agencies: 20 at the most).
pub const MOST_ENTRIES: usize = 20;

/// The most characters a copy lays out in all: a little over the largest
/// referral the form allows (28 long answers at 50,000 characters, 1.4
/// million). Lists inside lists multiply: 20 addresses of 20 lines each
/// cut at 50,000 characters would still be 20 million (8 GB to lay out).
pub const MOST_CHARACTERS: usize = 1_500_000;

/// What an answer past the budget keeps.
const PAST_THE_BUDGET: usize = 200;

/// `referral` within the form's limits: borrowed when it already is.
pub fn bounded(referral: &Referral) -> Cow<'_, Referral> {
    let Ok(mut value) = serde_json::to_value(referral) else {
        return Cow::Borrowed(referral);
    };
    let mut budget = MOST_CHARACTERS;
    if !cut(&mut value, &mut budget) {
        return Cow::Borrowed(referral);
    }
    match serde_json::from_value(value) {
        Ok(cut) => Cow::Owned(cut),
        Err(_) => Cow::Borrowed(referral),
    }
}

/// Cuts what is over the limits in place, spending `budget` characters in
/// all (each answer at most the longest the form allows; once the budget is
/// spent, each at most a line); true when anything was cut.
fn cut(value: &mut Value, budget: &mut usize) -> bool {
    match value {
        Value::String(text) => {
            let most = if *budget > 0 {
                LONG_TEXT_MAX.min(*budget)
            } else {
                PAST_THE_BUDGET
            };
            let Some((at, _)) = text.char_indices().nth(most) else {
                *budget = budget.saturating_sub(text.chars().count());
                return false;
            };
            *budget = budget.saturating_sub(most);
            let left_out = text[at..].chars().count();
            text.truncate(at);
            text.push_str(&crate::tr!("pdf-answer-cut", count = left_out));
            true
        }
        Value::Array(items) => {
            let mut any = items.len() > MOST_ENTRIES;
            items.truncate(MOST_ENTRIES);
            for item in items {
                any |= cut(item, budget);
            }
            any
        }
        Value::Object(map) => {
            let mut any = false;
            for item in map.values_mut() {
                any |= cut(item, budget);
            }
            any
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_and_lists_over_the_forms_limits_are_cut_and_others_left_alone() {
        let mut referral = Referral::default();
        referral.concerns.description = "x".repeat(LONG_TEXT_MAX);
        assert!(matches!(bounded(&referral), Cow::Borrowed(_)));
        referral.concerns.description = "é".repeat(10 * 1024 * 1024);
        referral.person.other_names = vec!["A name".to_owned(); 100_000];
        let cut = bounded(&referral);
        let description = &cut.concerns.description;
        assert!(description.starts_with(&"é".repeat(LONG_TEXT_MAX)));
        assert!(description.chars().count() < LONG_TEXT_MAX + 200);
        assert!(description.contains(&(10 * 1024 * 1024 - LONG_TEXT_MAX).to_string()));
        assert_eq!(cut.person.other_names.len(), MOST_ENTRIES);
    }

    #[test]
    fn lists_inside_lists_cannot_multiply_past_the_budget() {
        let mut referral = Referral::default();
        // 20 previous addresses of 20 lines, each line 49,999 characters:
        // every one within the per-answer limit, 20 million in all.
        let address = crate::model::Address {
            lines: vec!["x".repeat(LONG_TEXT_MAX - 1); 20],
            ..Default::default()
        };
        referral.person.previous_addresses = vec![address; 20];
        let cut = bounded(&referral);
        let total: usize = serde_json::to_string(&*cut).unwrap().len();
        assert!(total < MOST_CHARACTERS + 400 * 400, "{total}");
    }
}
