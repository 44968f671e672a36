//! "Referred before" as the form shows it: the other referrals in this
//! library about someone with the same names and age (found by
//! [`crate::record::library::same_person`], off the window's thread), and adding a
//! sent one to the "earlier referrals" answer when the person asks. Only
//! said, never blocking: a match is a reason to look, not a fact. And
//! whose referral this is, said over every page.

use crate::model::EarlierReferral;
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
