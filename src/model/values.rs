//! Answers that are typed in pieces.

use serde::{Deserialize, Serialize};

/// A date as typed into three boxes. Kept as text so that "31 / feb / 2011"
/// survives in a draft until the person corrects it;
/// [`crate::values::parse_date`] reads it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(test, derive(proptest_derive::Arbitrary))]
pub struct DateInput {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateInput {
    /// Three boxes holding this calendar date.
    pub fn from_date(date: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        Self {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }

    /// True when nothing but spaces was typed in any box.
    pub fn is_blank(&self) -> bool {
        [&self.day, &self.month, &self.year]
            .iter()
            .all(|s| s.trim().is_empty())
    }
}
