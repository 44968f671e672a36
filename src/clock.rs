//! Time, behind a trait so that tests can fix "today".

use chrono::{DateTime, Local, NaiveDate, SubsecRound, Utc};

pub trait Clock: Send + Sync {
    /// Now, to the second.
    fn now(&self) -> DateTime<Utc>;
    /// Today's date where the user is (for "not in the future").
    fn today(&self) -> NaiveDate;
}

/// The computer's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now().trunc_subsecs(0)
    }
    fn today(&self) -> NaiveDate {
        Local::now().date_naive()
    }
}

/// A clock stopped at one moment.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub DateTime<Utc>);

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
    fn today(&self) -> NaiveDate {
        self.0.date_naive()
    }
}
