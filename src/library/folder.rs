//! The data folder's own safety: one that other users can change is not a
//! place to keep drafts unless the user says so.

use std::path::Path;

/// Set to `1` to keep drafts in a data folder other users can change
/// (refused otherwise, see [`super::LibraryError::SharedFolder`]).
pub const ALLOW_SHARED_DIR_ENV: &str = "PREVENT_REFERRAL_ALLOW_SHARED_DATA_DIR";

/// The permission bits of a data folder that other users can change (write
/// bits for the group or others), if it is one.
pub fn shared_folder_mode(dir: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir).ok()?.permissions().mode() & 0o7777;
        (mode & 0o022 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

pub(super) fn shared_folder_allowed() -> bool {
    std::env::var_os(ALLOW_SHARED_DIR_ENV).is_some_and(|v| v == "1")
}
