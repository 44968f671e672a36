//! One editor per draft. A window that edits a draft holds an exclusive
//! lock on `<id>.lock` (an OS file lock, released by the OS if the process
//! dies, so a stale lock never blocks anyone). The lock file itself is
//! removed on a clean close: finding one that nobody holds means the last
//! session ended without closing, and its draft is offered for recovery.

use super::Library;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::PathBuf;
use uuid::Uuid;

/// Held while a window edits a draft.
#[derive(Debug)]
pub struct DraftLock {
    file: Option<File>,
    path: PathBuf,
    /// Leave the lock file when let go (see [`DraftLock::acquire_briefly`]).
    keep_file: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// It is open in another window.
    #[error("{}", crate::i18n::t("lock-held"))]
    Held,
    /// The lock file cannot be used: why.
    #[error("{}", crate::tr!("lock-io", why = .0))]
    Io(String),
}

impl DraftLock {
    /// Takes the lock. Also says whether a previous session left it behind
    /// (crashed, killed or lost power while editing).
    pub fn acquire(library: &Library, id: Uuid) -> Result<(Self, bool), LockError> {
        let path = library.lock_path(id);
        let left_behind = path.exists();
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            // Never through a link: a lock file swapped for a link to a
            // file elsewhere would have that file made or opened.
            options
                .mode(0o600)
                .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
        }
        // A closing window removes its lock file: if that happened between
        // our open and our lock, we locked a file nobody else will see, so
        // try again with the new one.
        for _ in 0..5 {
            let file = options
                .open(&path)
                .map_err(|e| LockError::Io(crate::i18n::system_error(&e)))?;
            match file.try_lock() {
                Ok(()) if same_file(&file, &path) => {
                    return Ok((
                        Self {
                            file: Some(file),
                            path,
                            keep_file: false,
                        },
                        left_behind,
                    ));
                }
                Ok(()) => {
                    // Let go before closing: Windows frees a lock at
                    // close only when it gets round to it.
                    let _ = file.unlock();
                    continue;
                }
                Err(TryLockError::WouldBlock) => return Err(LockError::Held),
                Err(TryLockError::Error(e)) => {
                    return Err(LockError::Io(crate::i18n::system_error(&e)));
                }
            }
        }
        Err(LockError::Io(
            crate::i18n::t("lock-keeps-changing").to_owned(),
        ))
    }

    /// Takes the lock for a moment (a command-line export or copy): a lock
    /// file a crashed session left behind is left there when it is let go,
    /// so the app still offers that work back at its next start.
    pub fn acquire_briefly(library: &Library, id: Uuid) -> Result<Self, LockError> {
        let (mut lock, left_behind) = Self::acquire(library, id)?;
        lock.keep_file = left_behind;
        Ok(lock)
    }

    /// Is a lock on this draft held by someone right now?
    pub fn is_held(library: &Library, id: Uuid) -> bool {
        let mut options = OpenOptions::new();
        options.read(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
        }
        let Ok(file) = options.open(library.lock_path(id)) else {
            return false;
        };
        match file.try_lock_shared() {
            Err(TryLockError::WouldBlock) => true,
            Ok(()) => {
                // Let go at once, not when the handle is closed (on
                // Windows that may be later): another window asking would
                // take a lock still held by this look for a real one.
                let _ = file.unlock();
                false
            }
            Err(_) => false,
        }
    }

    /// Ids of drafts whose lock was left behind by a session that ended
    /// without closing.
    pub fn left_behind(library: &Library) -> Vec<Uuid> {
        let Ok(entries) = std::fs::read_dir(library.dir()) else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name();
                let id = Uuid::try_parse(name.to_str()?.strip_suffix(".lock")?).ok()?;
                (!Self::is_held(library, id) && library.draft_path(id).exists()).then_some(id)
            })
            .collect()
    }
}

/// Is the open `file` still the one at `path`? (Device and inode, or
/// volume and file index.)
fn same_file(file: &File, path: &std::path::Path) -> bool {
    match (
        crate::platform::file_id_of(file),
        crate::platform::file_id(path),
    ) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        // A clean close: remove the file, then let the lock go.
        // Removed before it is let go, so no second window takes a lock on
        // a file about to vanish; let go before closing, as Windows frees
        // a lock at close only when it gets round to it.
        if !self.keep_file {
            let _ = std::fs::remove_file(&self.path);
        }
        if let Some(file) = self.file.take() {
            let _ = file.unlock();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::same_file;

    #[test]
    fn a_lock_file_replaced_under_its_name_is_not_the_same_file() {
        // What a closing window does between our open and our lock: the
        // file is removed and another made with the same name. The check
        // asks the file system (file index on Windows), not the name.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.lock");
        std::fs::write(&path, b"").unwrap();
        let open = std::fs::File::open(&path).unwrap();
        assert!(same_file(&open, &path));
        let other = dir.path().join("other.lock");
        std::fs::write(&other, b"").unwrap();
        assert!(!same_file(&open, &other));
        assert!(!same_file(&open, &dir.path().join("gone.lock")));
    }
}
