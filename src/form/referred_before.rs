//! "Referred before" as the form shows it: the other referrals in this
//! library about someone with the same names and age (found by
//! [`crate::library::same_person`], off the window's thread), and adding a
//! sent one to the "earlier referrals" answer when the person asks. Only
//! said, never blocking: a match is a reason to look, not a fact. And
//! whose referral this is, said over every page.

use super::FormState;
use crate::model::{EarlierReferral, Tri};
use chrono::NaiveDate;
use uuid::Uuid;

/// Another referral in this library about the same person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferredBefore {
    pub id: Uuid,
    /// The day it was started.
    pub started: NaiveDate,
    /// The day it was marked sent, if it was.
    pub sent_on: Option<NaiveDate>,
    /// What "Add" puts in "earlier referrals": only for one sent.
    pub entry: Option<EarlierReferral>,
}

impl FormState {
    /// Whether `entry` is already among the earlier referrals.
    pub fn has_earlier_referral(&self, entry: &EarlierReferral) -> bool {
        self.draft
            .referral
            .other_information
            .earlier_referrals
            .contains(entry)
    }

    /// Adds `entry` to the earlier referrals (and answers "referred to
    /// Prevent before" Yes, which that list hangs on), as if typed. False,
    /// with nothing changed, when read-only or already there.
    pub fn add_earlier_referral(&mut self, entry: &EarlierReferral) -> bool {
        if self.read_only || self.has_earlier_referral(entry) {
            return false;
        }
        let other = &mut self.draft.referral.other_information;
        other.earlier_prevent = Some(Tri::Yes);
        other.earlier_referrals.push(entry.clone());
        self.dirty = true;
        self.edited = true;
        true
    }
}

impl FormState {
    /// "Referral for Alex Jordan Testperson" (or "Referral for A. J. T."
    /// when the person chose initials), over the task list and every page,
    /// so no one works in one person's referral thinking it is another's.
    /// `None` before a name is typed. Never in the window title, a file
    /// name or a log.
    pub fn whose(&self) -> Option<String> {
        let person = &self.draft.referral.person;
        let name = format!(
            "{} {}",
            person.given_names.trim(),
            person.family_name.trim()
        );
        whose(&name, self.initials_only)
    }
}

/// "Referral for NAME", or for its initials; `None` for no name.
pub fn whose(name: &str, initials_only: bool) -> Option<String> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let shown = if initials_only {
        initials(name)
    } else {
        name.to_owned()
    };
    Some(crate::tr!("whose-referral", name = shown))
}

/// "A. J. T." for "Alex Jordan Testperson" ("Ó. N." for "óisín ní"): the
/// first letter of each word, upper case.
pub fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_of_each_word() {
        assert_eq!(initials("Alex Jordan Testperson"), "A. J. T.");
        assert_eq!(initials("zoë smith-jones"), "Z. S. J.");
        assert_eq!(initials("  'Bex  "), "B.");
    }
}
