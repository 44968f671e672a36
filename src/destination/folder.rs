//! The folder a checked file goes in, held open from the check to the write
//! (Unix), so the file lands in the folder that was checked whatever its
//! name means by then. On other systems the folder is named again at the
//! write (the Windows work makes that as safe; see docs/SECURITY.md).

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
    #[cfg(unix)]
    dirs: Vec<(u64, u64)>,
    #[cfg(unix)]
    files: Vec<(u64, u64)>,
}

#[cfg(unix)]
#[allow(clippy::unnecessary_cast)] // the types differ between systems
fn id_of(path: &Path) -> Option<(u64, u64)> {
    let st = rustix::fs::stat(path).ok()?;
    Some((st.st_dev as u64, st.st_ino as u64))
}

#[cfg(unix)]
impl Guarded {
    pub fn of<'a>(data_dirs: impl Iterator<Item = &'a std::path::PathBuf>) -> Self {
        let mut guarded = Self::default();
        for dir in data_dirs {
            guarded.dirs.extend(id_of(dir));
            guarded.dirs.extend(id_of(&dir.join("drafts")));
            for file in [crate::crypto::KEY_FILE, crate::settings::SETTINGS_FILE] {
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

#[cfg(not(unix))]
impl Guarded {
    pub fn of<'a>(_data_dirs: impl Iterator<Item = &'a std::path::PathBuf>) -> Self {
        Self {}
    }

    pub fn holds_file(&self, _path: &Path) -> bool {
        false
    }
}

/// An open folder to write into.
#[derive(Debug, Clone)]
pub struct Folder {
    #[cfg(unix)]
    fd: std::sync::Arc<rustix::fd::OwnedFd>,
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
        let id = |st: &rustix::fs::Stat| (st.st_dev as u64, st.st_ino as u64);
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
        let (temp, fd) = create_temp(dir)?;
        let in_flight = crate::store::InFlight::new(&parent_of(path).join(&temp));
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

/// A new temporary file in `dir`, named as [`crate::store`] names them.
#[cfg(unix)]
fn create_temp(dir: rustix::fd::BorrowedFd<'_>) -> io::Result<(String, rustix::fd::OwnedFd)> {
    use rustix::fs::{Mode, OFlags};
    let flags = OFlags::CREATE | OFlags::EXCL | OFlags::WRONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let mut last = io::Error::from(io::ErrorKind::AlreadyExists);
    for _ in 0..16 {
        let name = crate::store::temp_name();
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

#[cfg(not(unix))]
impl Folder {
    pub fn open(path: &Path) -> io::Result<Self> {
        if std::fs::metadata(parent_of(path))?.is_dir() {
            Ok(Self {})
        } else {
            Err(io::Error::from(io::ErrorKind::NotFound))
        }
    }

    /// The path checks in [`super::check`] are all there is here.
    pub fn is_or_is_inside(&self, _guarded: &Guarded) -> Option<bool> {
        Some(false)
    }

    pub fn write(
        &self,
        path: &Path,
        bytes: &[u8],
        replace: Replace,
        _guarded: &Guarded,
    ) -> io::Result<()> {
        match replace {
            Replace::Allowed => crate::store::write_private(path, bytes),
            Replace::Refused => crate::store::write_private_new(path, bytes),
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
