//! Deleting drafts by age: `drafts purge --older-than` (not saved for so
//! many days) and `--sent-older-than` (sent referrals whose six years run
//! from the last thing recorded after sending, not from the sending).

use super::{DraftInfo, DraftLock, Library, LibraryError, Status};
use crate::rules::Context;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// What `purge` did.
#[derive(Debug, Default)]
pub struct Purged {
    pub deleted: Vec<Uuid>,
    pub failed: Vec<LibraryError>,
}

impl Library {
    /// Deletes drafts this library has not saved for `days` days, except
    /// any open in a window and any marked sent (kept by
    /// [`Library::purge_sent`]'s rule); goes on past a draft it cannot read
    /// or delete and reports it.
    pub fn purge(
        &self,
        days: u32,
        now: DateTime<Utc>,
        ctx: Context,
    ) -> Result<Purged, LibraryError> {
        let old = days_old(days, now);
        // A referral marked sent goes by its retention, not by its last save.
        self.purge_where(ctx, Library::delete, |info| {
            info.status != Status::Sent && self.last_saved(info.id).is_some_and(old)
        })
    }

    /// Deletes sent referrals (marked sent, not corrected since) whose
    /// last entry after sending (the sending, or the last follow-up) was
    /// made `days` days ago or more, except any open in a window.
    pub fn purge_sent(
        &self,
        days: u32,
        today: NaiveDate,
        ctx: Context,
    ) -> Result<Purged, LibraryError> {
        self.purge_where(ctx, Library::remove, |info| {
            info.status == Status::Sent
                && info
                    .retained_from
                    .is_some_and(|from| (today - from).num_days() >= i64::from(days))
        })
    }

    /// Deletes with `delete` each draft `chosen` picks: [`Library::delete`]
    /// (which keeps anything ever marked sent) unless retention decided.
    fn purge_where(
        &self,
        ctx: Context,
        delete: fn(&Library, Uuid) -> Result<(), LibraryError>,
        chosen: impl Fn(&DraftInfo) -> bool,
    ) -> Result<Purged, LibraryError> {
        let mut purged = Purged::default();
        for entry in self.list(ctx)? {
            let info = match entry {
                Ok(info) => info,
                // Never deleted unread, never passed over in silence.
                Err(e) => {
                    purged.failed.push(e);
                    continue;
                }
            };
            // A draft open in a window is being worked on, whatever its date.
            if chosen(&info) && !DraftLock::is_held(self, info.id) {
                // One draft that cannot be deleted does not stop the rest.
                match delete(self, info.id) {
                    Ok(()) => purged.deleted.push(info.id),
                    Err(LibraryError::InUse(_) | LibraryError::KeptSent(_)) => {}
                    Err(e) => purged.failed.push(e),
                }
            }
        }
        Ok(purged)
    }
}

/// Whether a time is `days` whole days or more before `now`.
fn days_old(days: u32, now: DateTime<Utc>) -> impl Fn(DateTime<Utc>) -> bool + Copy {
    move |d| now.signed_duration_since(d).num_days() >= i64::from(days)
}
