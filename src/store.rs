//! Writing files that hold a referral: atomically and durably, readable by
//! the owner only.
//!
//! The bytes go to a temporary file in the same folder (never a shared temp
//! folder), which is flushed to disk and then renamed over the target, and
//! the folder itself is flushed, so a crash or power cut leaves either the
//! old file or the new one, never a mixture.

use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path` atomically, with owner-only permissions (0600 on
/// Unix).
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write(path, bytes, true)
}

/// As [`write_private`], but fails (`AlreadyExists`) rather than replace a
/// file that is there: for files that must never be overwritten by a race.
pub fn write_private_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write(path, bytes, false)
}

fn write(path: &Path, bytes: &[u8], replace: bool) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".prevent-referral-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    // tempfile creates the file 0600 on Unix already; say so explicitly in
    // case that ever changes.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    if replace {
        tmp.persist(path).map_err(|e| e.error)?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| e.error)?;
    }
    sync_dir(dir)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

/// A short, plain reason for a failed write, for messages to the user.
pub fn write_error_reason(e: &std::io::Error) -> String {
    use crate::i18n::t;
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => t("write-permission-denied").to_owned(),
        std::io::ErrorKind::NotFound => t("write-no-folder").to_owned(),
        std::io::ErrorKind::StorageFull => t("write-disk-full").to_owned(),
        std::io::ErrorKind::ReadOnlyFilesystem => t("write-read-only").to_owned(),
        _ => e.to_string(),
    }
}

/// Creates a folder readable by its owner only (0700 on Unix); with
/// `always`, also makes an existing one owner-only.
pub fn create_private_dir(dir: &Path, always: bool) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        if !dir.exists() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)?;
            return std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        }
        if always {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        let _ = always;
        std::fs::create_dir_all(dir)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_the_file_and_leave_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.json");
        write_private(&path, b"one").unwrap();
        write_private(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("draft.json")]);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.json");
        write_private(&path, b"{}").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("draft.json");
        let err = write_private(&path, b"x").unwrap_err();
        assert_eq!(write_error_reason(&err), "the folder does not exist");
    }
}
