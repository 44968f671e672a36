//! "Referred before": whether two referrals in this library are about the
//! same person, by names and date of birth (or an estimated age).
//!
//! Names are compared as words, lower-case and without accents, in any
//! order ("Zoë Smith-Jones" is "jones smith zoe"), and a name may lack a
//! middle name the other has. Both must also say something of the
//! person's age that agrees: the same date of birth, a date of birth in
//! the years an estimated age allows, or two estimated ages that overlap.
//! A name alone matches too many people to be worth saying.
//!
//! Runs here, on the encrypted listing: nothing about a match leaves the
//! computer unless the person adds it to a referral.

use crate::model::{Person, Referral};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// What matching needs of the person in one referral (kept in the
/// encrypted listing cache, never in a file of its own).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PersonKey {
    /// Each name the person is known by, as sorted words: the name
    /// first, then any other names given as a whole name.
    names: Vec<Vec<String>>,
    /// The date of birth, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    born: Option<NaiveDate>,
    /// Else the years of birth an estimated age allows (first, last).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    born_years: Option<(i32, i32)>,
}

/// A name's words: lower-case, accents taken off, split at spaces,
/// hyphens and apostrophes, sorted.
pub fn name_words(name: &str) -> Vec<String> {
    let plain: String = name
        .nfd()
        // Marks and characters no one can see (a zero-width space pasted
        // into "Ali") are not what tells one name from another.
        .filter(|c| !is_combining_mark(*c) && !crate::unseen::is_invisible(*c))
        .flat_map(char::to_lowercase)
        .collect();
    let mut words: Vec<String> = plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    words.sort_unstable();
    words
}

impl PersonKey {
    /// The key of the person in `referral`, made on `made` (the day an
    /// estimated age was true). `None` without a name or anything of age.
    pub fn of(referral: &Referral, made: NaiveDate) -> Option<Self> {
        Self::of_person(&referral.person, made)
    }

    /// The key of the person in `draft`, an estimated age read as on the
    /// day (local time) it was started.
    pub fn of_draft(draft: &crate::record::draft::Draft) -> Option<Self> {
        let made = draft.created_at.with_timezone(&chrono::Local).date_naive();
        Self::of(&draft.referral, made)
    }

    fn of_person(person: &Person, made: NaiveDate) -> Option<Self> {
        let first = name_words(&format!("{} {}", person.given_names, person.family_name));
        if first.is_empty() {
            return None;
        }
        let mut names = vec![first];
        names.extend(
            person
                .other_names
                .iter()
                .map(|n| name_words(n))
                .filter(|w| w.len() >= 2),
        );
        let born = crate::values::parse_date(&person.date_of_birth)
            .ok()
            .flatten();
        // "15", "about 15", "15?": the first number.
        let age: Option<i32> = person
            .estimated_age
            .split(|c: char| !c.is_ascii_digit())
            .find(|w| !w.is_empty())
            .and_then(|w| w.parse().ok())
            .filter(|a| (0..=130).contains(a));
        // An estimate is rough: a year either side of the years it allows.
        // A date of birth, when given, is what is compared.
        let born_years = age
            .filter(|_| born.is_none())
            .map(|a| (made.year() - a - 2, made.year() - a + 1));
        if born.is_none() && born_years.is_none() {
            return None;
        }
        Some(Self {
            names,
            born,
            born_years,
        })
    }

    /// Whether the two are the same person: a name in common and ages
    /// that agree.
    pub fn matches(&self, other: &Self) -> bool {
        self.ages_agree(other)
            && self
                .names
                .iter()
                .any(|a| other.names.iter().any(|b| names_agree(a, b)))
    }

    fn ages_agree(&self, other: &Self) -> bool {
        let within = |d: NaiveDate, (first, last): (i32, i32)| (first..=last).contains(&d.year());
        match (self.born, other.born, self.born_years, other.born_years) {
            (Some(a), Some(b), _, _) => a == b,
            (Some(a), None, _, Some(years)) | (None, Some(a), Some(years), _) => within(a, years),
            (None, None, Some((a1, a2)), Some((b1, b2))) => a1 <= b2 && b1 <= a2,
            _ => false,
        }
    }
}

/// For each referral in `infos`, the ids of the others about the same
/// person (every pair compared once).
pub fn same_person(
    infos: &[super::DraftInfo],
) -> std::collections::BTreeMap<uuid::Uuid, Vec<uuid::Uuid>> {
    let mut found: std::collections::BTreeMap<uuid::Uuid, Vec<uuid::Uuid>> = Default::default();
    for (i, a) in infos.iter().enumerate() {
        for b in &infos[i + 1..] {
            if a.same_person(b) {
                found.entry(a.id).or_default().push(b.id);
                found.entry(b.id).or_default().push(a.id);
            }
        }
    }
    found
}

/// The referrals in `listing` about the person in `draft` (not `draft`
/// itself), oldest first, as the form says them: for each one sent, what
/// "Add" puts in the earlier referrals (the day it was sent, by whom, the
/// outcome as told, the police reference).
pub fn referred_before(
    listing: &[super::DraftInfo],
    draft: &crate::record::draft::Draft,
) -> Vec<crate::form::ReferredBefore> {
    let Some(key) = PersonKey::of_draft(draft) else {
        return Vec::new();
    };
    let ours = draft.referral.referrer.organisation.trim();
    let mut found: Vec<crate::form::ReferredBefore> = listing
        .iter()
        .filter(|info| info.id != draft.id)
        .filter(|info| info.person_key.as_ref().is_some_and(|k| k.matches(&key)))
        .map(|info| crate::form::ReferredBefore {
            id: info.id,
            started: info.created_at.with_timezone(&chrono::Local).date_naive(),
            sent_on: info.sent_on,
            entry: info.sent_on.map(|on| earlier_referral(info, on, ours)),
        })
        .collect();
    found.sort_by_key(|f| (f.started, f.id));
    found
}

/// The "earlier referrals" entry for `info`, sent on `on`. By this
/// organisation when the two name the same one (or either names none:
/// this library is the organisation's own).
fn earlier_referral(
    info: &super::DraftInfo,
    on: NaiveDate,
    ours: &str,
) -> crate::model::EarlierReferral {
    use crate::model::{Choice, ReferredBy};
    let same = ours.is_empty()
        || info.organisation.is_empty()
        || name_words(ours) == name_words(&info.organisation);
    crate::model::EarlierReferral {
        when: crate::i18n::long_date(on),
        by: Some(if same {
            ReferredBy::ThisOrganisation
        } else {
            ReferredBy::AnotherOrganisation
        }),
        organisation: within_form(&info.organisation),
        outcome: info
            .outcome
            .map(|o| o.label().to_owned())
            .unwrap_or_default(),
        reference: within_form(&info.police_reference),
    }
}

/// What the record holds, cut to what the form's one-line answers take
/// (a police reference may be longer in the record than the form allows):
/// the person sees and can change it where it goes.
fn within_form(text: &str) -> String {
    text.trim().chars().take(crate::values::TEXT_MAX).collect()
}

/// The same words, or the words of one (two at least) all in the other:
/// "Sam Lee" and "Sam Alex Lee".
fn names_agree(a: &[String], b: &[String]) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 2 && short.iter().all(|w| long.binary_search(w).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(given: &str, family: &str, dob: Option<(i32, u32, u32)>, age: &str) -> PersonKey {
        let mut p = Person {
            given_names: given.into(),
            family_name: family.into(),
            estimated_age: age.into(),
            ..Person::default()
        };
        if let Some(date) = dob.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)) {
            p.date_of_birth = crate::model::DateInput::from_date(date);
        }
        let made = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        PersonKey::of_person(&p, made).unwrap_or_default()
    }

    #[test]
    fn names_in_any_case_order_accent_and_hyphen() {
        let a = person("Zoë", "Smith-Jones", Some((2011, 3, 4)), "");
        let b = person("JONES", "zoe smith", Some((2011, 3, 4)), "");
        assert!(a.matches(&b));
        let c = person("Zoë Ann", "Smith-Jones", Some((2011, 3, 4)), "");
        assert!(a.matches(&c), "a middle name missing from one");
        // A zero-width space or soft hyphen pasted in hides nothing.
        let d = person("Zo\u{200b}ë", "Smith\u{ad}-Jones", Some((2011, 3, 4)), "");
        assert!(a.matches(&d));
    }

    #[test]
    fn ages_must_agree() {
        let a = person("Sam", "Lee", Some((2011, 3, 4)), "");
        assert!(!a.matches(&person("Sam", "Lee", Some((2011, 3, 5)), "")));
        assert!(a.matches(&person("Sam", "Lee", None, "15")));
        assert!(!a.matches(&person("Sam", "Lee", None, "40")));
        assert!(person("Sam", "Lee", None, "about 15").matches(&person("Lee", "Sam", None, "16")));
        // A name alone is not enough.
        let no_age = PersonKey::of_person(
            &Person {
                given_names: "Sam".into(),
                family_name: "Lee".into(),
                ..Person::default()
            },
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default(),
        );
        assert!(no_age.is_none());
    }

    #[test]
    fn one_word_in_common_is_not_a_match() {
        let a = person("Sam", "Lee", Some((2011, 3, 4)), "");
        assert!(!a.matches(&person("Sam", "Patel", Some((2011, 3, 4)), "")));
        assert!(!a.matches(&person("", "Lee", Some((2011, 3, 4)), "")));
    }
}
