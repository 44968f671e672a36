//! The data folder's own safety: one that other users can change is not a
//! place to keep drafts unless the user says so.

use std::path::Path;

/// Set to `1` to keep drafts in a data folder other users can change
/// (refused otherwise, see [`super::LibraryError::SharedFolder`]).
pub const ALLOW_SHARED_DIR_ENV: &str = "PREVENT_REFERRAL_ALLOW_SHARED_DATA_DIR";

/// Who else may change a data folder (a message's words), if anyone
/// may: group or others' write bits on Unix, another account's rule on
/// Windows.
pub fn shared_folder(dir: &Path) -> Option<String> {
    let access = crate::platform::access(dir).ok()?;
    access.others_change.then(|| access.who())
}

pub(super) fn shared_folder_allowed() -> bool {
    std::env::var_os(ALLOW_SHARED_DIR_ENV).is_some_and(|v| v == "1")
}
