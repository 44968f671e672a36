//! The folder a checked file goes in, held open from the check to the write,
//! so the file lands in the folder that was checked whatever its name means
//! by then. On Unix the write goes through the open folder (`openat`); on
//! Windows the folder is held open without delete sharing, so it cannot be
//! renamed, moved or replaced until the write is done.

use super::Replace;
use std::io;
use std::path::Path;

/// The folder of `path` ("." for a bare name).
fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Folders nest no deeper than this on any real system; the walk up from a
/// folder stops here rather than loop on a broken file system.
#[cfg(unix)]
const MAX_DEPTH: usize = 4096;

/// What the data folders are, by device and inode number: the folders
/// themselves and their drafts folders (followed, as the program follows
/// them), and the files that hold the key and the settings.
#[derive(Debug, Clone, Default)]
pub struct Guarded {
    dirs: Vec<crate::platform::FileId>,
    files: Vec<crate::platform::FileId>,
}

/// Device and inode (Unix), volume and file index (Windows).
fn id_of(path: &Path) -> Option<crate::platform::FileId> {
    crate::platform::file_id(path)
}

impl Guarded {
    pub fn of<'a>(data_dirs: impl Iterator<Item = &'a std::path::PathBuf>) -> Self {
        let mut guarded = Self::default();
        for dir in data_dirs {
            guarded.dirs.extend(id_of(dir));
            guarded
                .dirs
                .extend(id_of(&crate::storage::layout::drafts_dir(dir)));
            for file in [
                crate::storage::layout::KEY_FILE,
                crate::storage::layout::SETTINGS_FILE,
            ] {
                guarded.files.extend(id_of(&dir.join(file)));
            }
        }
        guarded
    }

    /// Whether `path` is (a link to, or a hard link of) a guarded file.
    pub fn holds_file(&self, path: &Path) -> bool {
        id_of(path).is_some_and(|id| self.files.contains(&id))
    }
}

/// An open folder to write into.
#[derive(Debug, Clone)]
pub struct Folder {
    #[cfg(unix)]
    fd: std::sync::Arc<rustix::fd::OwnedFd>,
    /// The folder, open with no delete sharing; and its full path.
    #[cfg(windows)]
    held: std::sync::Arc<(std::fs::File, std::path::PathBuf)>,
}

#[cfg(unix)]
impl Folder {
    /// Opens the folder `path` would be written in.
    pub fn open(path: &Path) -> io::Result<Self> {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::DIRECTORY | OFlags::RDONLY | OFlags::CLOEXEC;
        let fd = rustix::fs::open(parent_of(path), flags, Mode::empty())?;
        Ok(Self {
            fd: std::sync::Arc::new(fd),
        })
    }

    /// Whether this open folder is a guarded folder or any folder inside
    /// one. It walks up from the folder itself (`..`), comparing device and
    /// inode numbers, so no name, link or `..` in a path can hide where it
    /// is. `None` when that cannot be worked out (then nothing is written).
    #[allow(clippy::unnecessary_cast)] // the types differ between systems
    pub fn is_or_is_inside(&self, guarded: &Guarded) -> Option<bool> {
        use rustix::fd::AsFd;
        use rustix::fs::{Mode, OFlags};
        // No data folder yet: nothing is inside it.
        if guarded.dirs.is_empty() {
            return Some(false);
        }
        let id = |st: &rustix::fs::Stat| (st.st_dev as u64, u128::from(st.st_ino as u64));
        let mut here = rustix::fs::fstat(self.fd.as_fd()).ok()?;
        #[cfg(any(target_os = "linux", target_os = "android"))]
        let up_flags = OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC;
        #[cfg(not(any(target_os = "linux", target_os = "android")))]
        let up_flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
        let mut held: Option<rustix::fd::OwnedFd> = None;
        for _ in 0..MAX_DEPTH {
            if guarded.dirs.contains(&id(&here)) {
                return Some(true);
            }
            let from = held.as_ref().map_or(self.fd.as_fd(), |f| f.as_fd());
            let up = rustix::fs::openat(from, "..", up_flags, Mode::empty()).ok()?;
            let above = rustix::fs::fstat(&up).ok()?;
            if id(&above) == id(&here) {
                // The root: `..` is itself.
                return Some(false);
            }
            here = above;
            held = Some(up);
        }
        None
    }

    /// Writes `bytes` as `path`'s file name in this folder: a temporary
    /// file made here (owner-only, never following a link), flushed, then
    /// renamed over the name (or, with [`Replace::Refused`], only if the
    /// name is still free), and the folder flushed. On failure the
    /// temporary file is removed and nothing else changes.
    pub fn write(
        &self,
        path: &Path,
        bytes: &[u8],
        replace: Replace,
        guarded: &Guarded,
    ) -> io::Result<()> {
        use rustix::fd::AsFd;
        use rustix::fs::AtFlags;
        use std::io::Write;
        // Asked again: the folder may have been moved into a data folder
        // since it was checked (a decrypt waiting on a pipe, say).
        if self.is_or_is_inside(guarded) != Some(false) {
            return Err(io::Error::other(
                super::DestinationError::InDataFolder.to_string(),
            ));
        }
        let name = path
            .file_name()
            .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
        let dir = self.fd.as_fd();
        let (in_flight, (temp, fd)) = crate::storage::store::InFlight::create(|| {
            let (temp, fd) = create_temp(dir)?;
            Ok((parent_of(path).join(&temp), (temp, fd)))
        })?;
        let written = (|| {
            let mut file = std::fs::File::from(fd);
            file.write_all(bytes)?;
            file.sync_all()?;
            drop(file);
            rename(dir, &temp, name, replace)
        })();
        if written.is_err() {
            let _ = rustix::fs::unlinkat(dir, temp.as_str(), AtFlags::empty());
        }
        drop(in_flight);
        written?;
        rustix::fs::fsync(dir).map_err(io::Error::from)
    }
}

/// A new temporary file in `dir`, named as [`crate::storage::store`] names them.
#[cfg(unix)]
fn create_temp(dir: rustix::fd::BorrowedFd<'_>) -> io::Result<(String, rustix::fd::OwnedFd)> {
    use rustix::fs::{Mode, OFlags};
    let flags = OFlags::CREATE | OFlags::EXCL | OFlags::WRONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let mut last = io::Error::from(io::ErrorKind::AlreadyExists);
    for _ in 0..16 {
        let name = crate::storage::store::temp_name();
        match rustix::fs::openat(dir, name.as_str(), flags, Mode::from_raw_mode(0o600)) {
            Ok(fd) => {
                // Owner-only whatever the umask left.
                rustix::fs::fchmod(&fd, Mode::from_raw_mode(0o600))?;
                return Ok((name, fd));
            }
            Err(e) if e == rustix::io::Errno::EXIST => last = e.into(),
            Err(e) => return Err(e.into()),
        }
    }
    Err(last)
}

#[cfg(unix)]
fn rename(
    dir: rustix::fd::BorrowedFd<'_>,
    temp: &str,
    name: &std::ffi::OsStr,
    replace: Replace,
) -> io::Result<()> {
    use rustix::fs::AtFlags;
    if replace == Replace::Allowed {
        return rustix::fs::renameat(dir, temp, dir, name).map_err(io::Error::from);
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use rustix::fs::RenameFlags;
        match rustix::fs::renameat_with(dir, temp, dir, name, RenameFlags::NOREPLACE) {
            Ok(()) => return Ok(()),
            // A file system without it: a hard link refuses a name taken.
            Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => {}
            Err(e) => return Err(e.into()),
        }
    }
    rustix::fs::linkat(dir, temp, dir, name, AtFlags::empty())?;
    rustix::fs::unlinkat(dir, temp, AtFlags::empty()).map_err(io::Error::from)
}

#[cfg(windows)]
impl Folder {
    /// Opens the folder `path` would be written in, and holds it: open to
    /// read (an open with no access is not counted when sharing is
    /// checked), sharing read and write but not delete, so no one can
    /// rename, move or replace it (or, on NTFS, a folder above it) until
    /// it is let go.
    pub fn open(path: &Path) -> io::Result<Self> {
        use std::os::windows::fs::OpenOptionsExt;
        const FILE_SHARE_READ_WRITE: u32 = 0x1 | 0x2;
        const FILE_FLAG_BACKUP_SEMANTICS: u32 = 0x0200_0000;
        let dir = parent_of(path);
        let file = std::fs::OpenOptions::new()
            .read(true)
            .share_mode(FILE_SHARE_READ_WRITE)
            .custom_flags(FILE_FLAG_BACKUP_SEMANTICS)
            .open(dir)?;
        if !file.metadata()?.is_dir() {
            return Err(io::Error::from(io::ErrorKind::NotADirectory));
        }
        // Every link and junction followed: the folder as it really is.
        let full = std::fs::canonicalize(dir)?;
        if crate::platform::file_id_of(&file) != id_of(&full) {
            return Err(io::Error::from(io::ErrorKind::NotFound));
        }
        Ok(Self {
            held: std::sync::Arc::new((file, full)),
        })
    }

    /// Whether this folder is a guarded folder or any folder inside one,
    /// by volume and file index, walking up its full path (which cannot
    /// change while it is held). `None` when that cannot be worked out.
    pub fn is_or_is_inside(&self, guarded: &Guarded) -> Option<bool> {
        let (file, full) = &*self.held;
        if guarded.dirs.is_empty() {
            return Some(false);
        }
        if guarded.dirs.contains(&crate::platform::file_id_of(file)?) {
            return Some(true);
        }
        for above in full.ancestors().skip(1) {
            if guarded.dirs.contains(&id_of(above)?) {
                return Some(true);
            }
        }
        Some(false)
    }

    /// Writes `bytes` as `path`'s file name in the held folder, as
    /// [`crate::storage::store`] writes: a temporary file (owner-only), flushed,
    /// renamed over the name with the rename written through, or with
    /// [`Replace::Refused`] only if the name is still free. On failure
    /// the temporary file is removed and nothing else changes.
    pub fn write(
        &self,
        path: &Path,
        bytes: &[u8],
        replace: Replace,
        guarded: &Guarded,
    ) -> io::Result<()> {
        if self.is_or_is_inside(guarded) != Some(false) {
            return Err(io::Error::other(
                super::DestinationError::InDataFolder.to_string(),
            ));
        }
        let name = path
            .file_name()
            .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
        let target = self.held.1.join(name);
        match replace {
            Replace::Allowed => crate::storage::store::write_private(&target, bytes),
            Replace::Refused => crate::storage::store::write_private_new(&target, bytes),
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_folder_swapped_for_a_link_after_the_check_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::write(data.join("key.age"), b"the key").unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        let folder = Folder::open(&out.join("key.age")).unwrap();
        let guarded = Guarded::of([data.clone()].iter());
        assert_eq!(folder.is_or_is_inside(&guarded), Some(false));
        // Between the check and the write, the folder becomes a link to
        // the data folder.
        std::fs::rename(&out, dir.path().join("moved")).unwrap();
        std::os::unix::fs::symlink(&data, &out).unwrap();
        folder
            .write(
                &out.join("key.age"),
                b"plain referral",
                Replace::Allowed,
                &guarded,
            )
            .unwrap();
        assert_eq!(std::fs::read(data.join("key.age")).unwrap(), b"the key");
        assert_eq!(
            std::fs::read(dir.path().join("moved/key.age")).unwrap(),
            b"plain referral"
        );
    }

    #[test]
    fn the_data_folder_and_folders_inside_it_are_found_by_what_they_are() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(data.join("drafts/deeper")).unwrap();
        let link = dir.path().join("innocent");
        std::os::unix::fs::symlink(data.join("drafts"), &link).unwrap();
        let guarded = Guarded::of([data.clone()].iter());
        for path in [
            data.join("x.pdf"),
            data.join("drafts/deeper/x.pdf"),
            link.join("x.pdf"),
        ] {
            let folder = Folder::open(&path).unwrap();
            assert_eq!(
                folder.is_or_is_inside(&guarded),
                Some(true),
                "{}",
                path.display()
            );
        }
        let outside = Folder::open(&dir.path().join("x.pdf")).unwrap();
        assert_eq!(outside.is_or_is_inside(&guarded), Some(false));
        assert_eq!(outside.is_or_is_inside(&Guarded::default()), Some(false));
    }

    #[test]
    fn a_linked_drafts_folder_and_key_are_guarded_where_they_really_are() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let real_drafts = dir.path().join("real-drafts");
        let keys = dir.path().join("keys");
        std::fs::create_dir_all(&data).unwrap();
        std::fs::create_dir_all(&real_drafts).unwrap();
        std::fs::create_dir_all(&keys).unwrap();
        std::fs::write(keys.join("key.age"), b"the key").unwrap();
        std::os::unix::fs::symlink(&real_drafts, data.join("drafts")).unwrap();
        std::os::unix::fs::symlink(keys.join("key.age"), data.join("key.age")).unwrap();
        let guarded = Guarded::of([data].iter());
        let folder = Folder::open(&real_drafts.join("x.draft.age")).unwrap();
        assert_eq!(folder.is_or_is_inside(&guarded), Some(true));
        assert!(guarded.holds_file(&keys.join("key.age")));
        assert!(!guarded.holds_file(&dir.path().join("other")));
    }

    #[test]
    fn a_folder_moved_into_the_data_folder_after_the_check_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        let guarded = Guarded::of([data.clone()].iter());
        let folder = Folder::open(&out.join("y.json")).unwrap();
        assert_eq!(folder.is_or_is_inside(&guarded), Some(false));
        std::fs::rename(&out, data.join("out2")).unwrap();
        let e = folder
            .write(&out.join("y.json"), b"plain", Replace::Allowed, &guarded)
            .unwrap_err();
        assert!(e.to_string().contains("data folder"), "{e}");
        assert!(!data.join("out2/y.json").exists());
    }

    #[test]
    fn a_name_taken_meanwhile_is_not_replaced_when_replacing_was_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.json");
        let folder = Folder::open(&path).unwrap();
        std::fs::write(&path, b"theirs").unwrap();
        let none = Guarded::default();
        let e = folder
            .write(&path, b"ours", Replace::Refused, &none)
            .unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"theirs");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left");
        folder
            .write(&path, b"ours", Replace::Allowed, &none)
            .unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"ours");
    }
}

#[cfg(test)]
mod tests_on_every_system {
    use super::*;

    #[test]
    fn a_folder_moved_into_the_data_folder_after_the_check_gets_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::write(data.join("key.age"), b"the key").unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        let folder = Folder::open(&out.join("referral.json")).unwrap();
        let guarded = Guarded::of([data.clone()].iter());
        assert_eq!(folder.is_or_is_inside(&guarded), Some(false));
        let moved = std::fs::rename(&out, data.join("out"));
        let written = folder.write(&out.join("referral.json"), b"x", Replace::Refused, &guarded);
        if cfg!(windows) {
            // Held open without delete sharing: it cannot be moved, and
            // the file goes where it was checked.
            assert!(moved.is_err(), "a held folder was moved");
            written.unwrap();
            assert_eq!(std::fs::read(out.join("referral.json")).unwrap(), b"x");
        } else {
            // Moved; asked again before the rename, and refused.
            moved.unwrap();
            assert!(written.is_err());
            assert!(!data.join("out").join("referral.json").exists());
        }
    }
}
