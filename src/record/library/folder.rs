//! The data folder's own safety: one that other users can change is not a
//! place to keep drafts unless the user says so.

use std::path::Path;

/// Set to `1` to keep drafts in a data folder other users can change
/// (refused otherwise, see [`super::LibraryError::SharedFolder`]).
pub const ALLOW_SHARED_DIR_ENV: &str = "PREVENT_REFERRAL_ALLOW_SHARED_DATA_DIR";

/// Who else may change a data folder (a message's words), if anyone
/// may: group or others' write bits on Unix, another account's rule on
/// Windows, or another owner (who can change the rules). A folder whose
/// rules cannot be read is not taken for private; one not made yet will be
/// made owner-only.
pub fn shared_folder(dir: &Path) -> Option<String> {
    match crate::platform::access(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => Some(crate::tr!(
            "access-unreadable",
            error = crate::i18n::system_error(&e)
        )),
        Ok(access) => access.others_may_change().then(|| access.who_may_change()),
    }
}

/// Whether [`ALLOW_SHARED_DIR_ENV`] says to keep drafts in a shared folder.
pub fn shared_folder_allowed() -> bool {
    std::env::var_os(ALLOW_SHARED_DIR_ENV).is_some_and(|v| v == "1")
}

#[cfg(test)]
mod tests {
    use super::shared_folder;

    #[test]
    fn a_folder_whose_rules_cannot_be_read_is_not_taken_for_private() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(shared_folder(dir.path()), None);
        // Not made yet: it will be made owner-only.
        assert_eq!(shared_folder(&dir.path().join("later")), None);
        // Under a file: its rules cannot be read, so it is not private.
        // (Windows calls that "not found", and it will be made.)
        #[cfg(unix)]
        {
            let file = dir.path().join("a file");
            std::fs::write(&file, b"x").unwrap();
            let why = shared_folder(&crate::storage::layout::drafts_dir(&file)).unwrap_or_default();
            assert!(
                why.starts_with(&crate::tr!("access-unreadable", error = "")),
                "{why}"
            );
        }
    }
}
