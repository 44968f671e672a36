//! Writing files that hold a referral: atomically and durably, readable by
//! the owner only.
//!
//! The bytes go to a temporary file in the same folder (never a shared temp
//! folder), which is flushed to disk and then renamed over the target, and
//! the folder itself is flushed, so a crash or power cut leaves either the
//! old file or the new one, never a mixture.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What every temporary file is called: this, six letters or digits, then
/// [`TEMP_SUFFIX`]. Leftovers are recognised by exactly this pattern.
pub const TEMP_PREFIX: &str = ".prevent-referral-";
pub const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM_CHARS: usize = 6;

/// Temporary files being written now, removed by [`remove_in_flight`] when
/// the process is interrupted (a plain export or decrypt holds the whole
/// referral in one until it is renamed). On Windows each comes with its
/// open handle: no one, not even this process, can delete it by name while
/// it is open (see [`write`]), so it is deleted by the handle.
static IN_FLIGHT: Mutex<Vec<(PathBuf, Option<usize>)>> = Mutex::new(Vec::new());

/// Registers a temporary file for the interrupt handler while it lives.
pub(crate) struct InFlight(PathBuf);

impl InFlight {
    /// Makes a temporary file with `make` (its path and what it gives) and
    /// registers it, holding the list's lock throughout: an interrupt
    /// handler that comes first exits before the file is made, one that
    /// comes after sees it. Made first and registered after, a Ctrl+C in
    /// between left the file behind (CI, under load).
    #[cfg(unix)]
    pub(crate) fn create<T>(
        make: impl FnOnce() -> io::Result<(PathBuf, T)>,
    ) -> io::Result<(Self, T)> {
        let mut list = in_flight();
        let (path, made) = make()?;
        list.push((path.clone(), None));
        Ok((Self(path), made))
    }

    /// As [`InFlight::create`], for a file open on Windows by
    /// [`crate::platform::create_owner_only_new`], registered with its
    /// handle, which must stay open while this lives.
    #[cfg(windows)]
    fn create_with_handle(
        make: impl FnOnce() -> io::Result<(std::fs::File, PathBuf)>,
    ) -> io::Result<(Self, std::fs::File)> {
        use std::os::windows::io::AsRawHandle;
        let mut list = in_flight();
        let (file, path) = make()?;
        list.push((path.clone(), Some(file.as_raw_handle() as usize)));
        Ok((Self(path), file))
    }

    /// Runs `rename` holding the list's lock, and on success strikes this
    /// file off the list before letting go: the interrupt handler (which
    /// takes the same lock) never sees a file already renamed into place.
    #[cfg(windows)]
    fn renamed(self, rename: impl FnOnce() -> io::Result<()>) -> io::Result<()> {
        let mut list = in_flight();
        let result = rename();
        if result.is_ok() {
            list.retain(|(p, _)| p != &self.0);
        }
        drop(list);
        result
    }
}

/// The list of writes in flight, even after a panic elsewhere poisoned its
/// lock (the interrupt handler must see every entry).
fn in_flight() -> std::sync::MutexGuard<'static, Vec<(PathBuf, Option<usize>)>> {
    match IN_FLIGHT.lock() {
        Ok(list) => list,
        Err(poisoned) => poisoned.into_inner(),
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        in_flight().retain(|(p, _)| p != &self.0);
    }
}

/// Removes each temporary file in `list`: by name, or on Windows by its
/// open handle (deleted when the process ends and the handle closes).
fn remove_all(list: &[(PathBuf, Option<usize>)]) {
    for (path, handle) in list {
        match handle {
            #[cfg(windows)]
            Some(handle) => {
                let _ = crate::platform::delete_open(*handle as std::os::windows::io::RawHandle);
            }
            _ => {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// Removes every temporary file being written now. For the interrupt
/// handler: the write it cuts short would otherwise leave its bytes behind.
pub fn remove_in_flight() {
    remove_all(&in_flight());
}

/// On Ctrl+C or a termination signal (SIGINT, SIGTERM, SIGHUP; Ctrl+C and
/// closing the console on Windows): removes the temporary files being
/// written, then exits with 130. Called once at start.
pub fn remove_temp_files_when_interrupted() -> Result<(), String> {
    ctrlc::set_handler(|| {
        // Keep the lock while exiting: no write starts a new one meanwhile,
        // and no handle registered is closed meanwhile (its InFlight, which
        // must take the lock to go, is dropped before its file).
        let list = in_flight();
        remove_all(&list);
        std::process::exit(130);
    })
    .map_err(|e| e.to_string())
}

/// Writes `bytes` to `path` atomically, with owner-only permissions (0600 on
/// Unix).
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write(path, bytes, true)
}

/// As [`write_private`], but fails (`AlreadyExists`) rather than replace a
/// file that is there: for files that must never be overwritten by a race.
pub fn write_private_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write(path, bytes, false)
}

fn write(path: &Path, bytes: &[u8], replace: bool) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    #[cfg(unix)]
    {
        // Dropped in turn: the file (deleted unless saved), then its entry.
        let (_in_flight, mut tmp) = InFlight::create(|| {
            let tmp = tempfile::Builder::new()
                .prefix(TEMP_PREFIX)
                .suffix(TEMP_SUFFIX)
                .rand_bytes(TEMP_RANDOM_CHARS)
                .tempfile_in(dir)?;
            Ok((tmp.path().to_path_buf(), tmp))
        })?;
        // Owner-only before a byte is written: tempfile makes the file
        // 0600 already (said again in case that changes).
        crate::platform::make_owner_only(tmp.path(), false)?;
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        if replace {
            tmp.persist(path).map_err(|e| e.error)?;
        } else {
            tmp.persist_noclobber(path).map_err(|e| e.error)?;
        }
        std::fs::File::open(dir)?.sync_all()
    }
    #[cfg(windows)]
    {
        // Made owner-only as it is made (a folder the person chose may let
        // others in, and its rules would be inherited until set), shared
        // with no one who could rename or delete it, and renamed by its
        // handle: nothing can be put in its place by name meanwhile. The
        // rename waits for a file that antivirus or OneDrive holds for a
        // moment.
        let (in_flight, file) = InFlight::create_with_handle(|| {
            crate::platform::retry_while_held(|| {
                let mut tries = 0;
                loop {
                    let temp = dir.join(temp_name());
                    match crate::platform::create_owner_only_new(&temp) {
                        // Another write's name, by chance: a new one.
                        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 16 => {
                            tries += 1;
                        }
                        made => return made.map(|file| (file, temp)),
                    }
                }
            })
        })?;
        let written = (&file).write_all(bytes).and_then(|()| file.sync_all());
        // Renamed, and struck off the list Ctrl+C deletes from, in one
        // step under the list's lock: once renamed, the handle names the
        // file just saved, which nothing may then delete.
        let renamed = written.and_then(|()| {
            in_flight.renamed(|| {
                crate::platform::retry_while_held(|| {
                    crate::platform::rename_open(&file, path, replace)
                })
            })
        });
        match renamed {
            Ok(()) => {
                // The name's change to the disk too. The bytes were flushed
                // before the rename, and the file is in place either way:
                // a failure here is not a failed save, and deleting by the
                // handle now would delete what was saved.
                let _ = file.sync_all();
            }
            Err(_) => {
                // Still the temporary file: deleted when its handle closes.
                use std::os::windows::io::AsRawHandle;
                crate::platform::delete_open(file.as_raw_handle());
            }
        }
        drop(file);
        renamed
    }
}

/// A new temporary file name: [`TEMP_PREFIX`], six random letters or
/// digits, [`TEMP_SUFFIX`] (what [`is_temp_name`] recognises).
pub(crate) fn temp_name() -> String {
    let random = uuid::Uuid::new_v4().simple().to_string();
    format!(
        "{TEMP_PREFIX}{}{TEMP_SUFFIX}",
        random.get(..TEMP_RANDOM_CHARS).unwrap_or(&random)
    )
}

/// True for a name this module gives its temporary files, exactly.
pub fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM_CHARS && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Removes temporary files an interrupted write left in `dir`: only those
/// named exactly as [`is_temp_name`] says, regular files, owner-only and
/// owned by this user (on Unix), and untouched for a minute (so that a
/// write going on now in another process is left alone). Returns how many.
pub fn remove_leftovers(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_temp_name) {
            continue;
        }
        // `DirEntry::metadata` does not follow a link.
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 60);
        if meta.is_file()
            && old
            && is_ours_and_private(&entry.path(), &meta)
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// Made by this user and for no one else: as this module makes its
/// temporary files (mode 0600 and our uid; on Windows our SID as owner
/// and no one else in the rules).
fn is_ours_and_private(path: &Path, meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        meta.mode() & 0o777 == 0o600 && meta.uid() == rustix::process::geteuid().as_raw()
    }
    #[cfg(windows)]
    {
        let _ = meta;
        crate::platform::access(path).is_ok_and(|a| a.ours && !a.others_read && !a.others_change)
    }
}

/// No referral comes near this: 34 long answers of 50,000 characters, even
/// with every character escaped, stay under 21 MB.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// The most a key file (`key.age`, an identity file) or a passphrase file
/// may hold: a few hundred bytes in fact.
pub const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;

/// Why a file could not be read whole within its limit ([`read_at_most`]),
/// said as the end of the sentence "FILE ...", as a referral file's
/// errors are (`file::OpenError`).
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}", crate::i18n::t("file-folder"))]
    Folder,
    /// Said with the limit that applies: a key file's is not a referral's.
    #[error("{}", if *.max < MAX_FILE_BYTES {
        crate::tr!("file-key-too-large", size = *.size)
    } else {
        crate::tr!("file-too-large", size = *.size)
    })]
    TooLarge { size: u64, max: u64 },
    #[error("{}", crate::tr!("file-io", why = read_error_reason(.0)))]
    Io(io::Error),
}

/// Reads a file whole, refusing a folder, and anything over `max` bytes
/// before reading it: every file the program reads is read through this
/// (`file::read_at_most`), so `/dev/zero` or a huge file never fills
/// memory. Here, below the readers of referrals and of keys, which both
/// use it.
pub fn read_at_most(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let too_large = |size: u64| ReadError::TooLarge { size, max };
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if meta.is_dir() {
        return Err(ReadError::Folder);
    }
    if meta.len() > max {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let mut bytes = Vec::new();
    // `take` as well: a pipe or device has no length to check up front.
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A short, plain reason for a failed read, for messages to the user.
pub fn read_error_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => crate::i18n::t("file-not-found").to_owned(),
        io::ErrorKind::PermissionDenied => crate::i18n::t("file-permission-denied").to_owned(),
        _ => crate::i18n::system_error(e),
    }
}

/// A short, plain reason for a failed write, for messages to the user.
pub fn write_error_reason(e: &std::io::Error) -> String {
    use crate::i18n::t;
    if let Some(reason) = windows_reason(e) {
        return reason.to_owned();
    }
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => t("write-permission-denied").to_owned(),
        std::io::ErrorKind::NotFound => t("write-no-folder").to_owned(),
        std::io::ErrorKind::StorageFull => t("write-disk-full").to_owned(),
        std::io::ErrorKind::ReadOnlyFilesystem => t("write-read-only").to_owned(),
        _ => crate::i18n::system_error(e),
    }
}

/// Windows' own errors, in words: a file another program holds open (after
/// the wait), a cloud file (OneDrive) that cannot be changed now, a path
/// or name Windows refuses.
fn windows_reason(e: &std::io::Error) -> Option<&'static str> {
    use crate::i18n::t;
    if !cfg!(windows) {
        return None;
    }
    Some(match e.raw_os_error()? {
        // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        32 | 33 => t("write-held-by-another-program"),
        // ERROR_CLOUD_FILE_* (OneDrive Files On-Demand and the like)
        362..=404 => t("write-cloud-file"),
        // ERROR_FILENAME_EXCED_RANGE, ERROR_BUFFER_OVERFLOW
        206 | 111 => t("write-path-too-long"),
        // ERROR_INVALID_NAME, ERROR_DIRECTORY, ERROR_BAD_PATHNAME
        123 | 267 | 161 => t("write-name-not-allowed"),
        _ => return None,
    })
}

/// Creates a folder readable by its owner only (0700 on Unix, one rule for
/// the current user on Windows, inherited by what is made in it); with
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
    #[cfg(windows)]
    {
        if !dir.exists() {
            std::fs::create_dir_all(dir)?;
            return crate::platform::make_owner_only(dir, true);
        }
        if always {
            crate::platform::make_owner_only(dir, true)?;
        }
        Ok(())
    }
}

/// Takes the group's and others' access away from a folder that has any;
/// never adds any for the owner. A folder that cannot be changed (a
/// read-only copy, another owner's) is left as it is.
pub fn tighten_private_dir(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Never through a link: a drafts folder that is a link to a folder
        // elsewhere would have that folder's mode changed.
        if let Ok(meta) = std::fs::symlink_metadata(dir)
            && meta.is_dir()
        {
            let mode = meta.permissions().mode() & 0o7777;
            if mode & 0o077 != 0 {
                let _ =
                    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode & 0o700));
            }
        }
    }
    #[cfg(windows)]
    {
        // Not through a link or junction either (they are not folders to
        // `symlink_metadata`).
        if let Ok(meta) = std::fs::symlink_metadata(dir)
            && meta.is_dir()
            && crate::platform::access(dir).is_ok_and(|a| a.others_read || a.others_change)
        {
            let _ = crate::platform::make_owner_only(dir, true);
        }
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
    fn files_are_owner_only_in_a_folder_open_to_everyone() {
        let dir = tempfile::tempdir().unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        }
        #[cfg(windows)]
        crate::platform::open_to_everyone_for_tests(dir.path());
        let path = dir.path().join("export.json");
        write_private(&path, b"{}").unwrap();
        // Written again over itself, and as a new file: never half there.
        write_private(&path, b"{\"again\": true}").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"{\"again\": true}");
        assert_eq!(
            write_private_new(&path, b"{}").unwrap_err().kind(),
            std::io::ErrorKind::AlreadyExists
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"{\"again\": true}");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file left: {left:?}");
        if !crate::platform::rules_are_read_back() {
            return; // Wine: platform's descriptor tests read the rules.
        }
        let access = crate::platform::access(&path).unwrap();
        assert!(access.ours);
        assert!(!access.others_read && !access.others_change, "{access:?}");
    }

    #[test]
    fn a_new_private_folder_is_owner_only_and_an_open_one_is_tightened() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("Prevent Referral").join("drafts");
        create_private_dir(&data, false).unwrap();
        if !crate::platform::rules_are_read_back() {
            return; // Wine: platform's descriptor tests read the rules.
        }
        let access = crate::platform::access(&data).unwrap();
        assert!(
            access.ours && !access.others_read && !access.others_change,
            "{access:?}"
        );
        // On Windows what is made in it is owner-only too, written by
        // anything: the folder's rules are inherited. (On Unix a file
        // keeps the umask's mode; the 0700 folder is what keeps it.)
        #[cfg(windows)]
        {
            std::fs::write(data.join("made by another part"), b"x").unwrap();
            let inner = crate::platform::access(&data.join("made by another part")).unwrap();
            assert!(!inner.others_read && !inner.others_change, "{inner:?}");
        }
        let open = dir.path().join("open");
        std::fs::create_dir(&open).unwrap();
        crate::platform::make_owner_only(&open, true).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
        }
        #[cfg(windows)]
        crate::platform::open_to_everyone_for_tests(&open);
        assert!(crate::platform::access(&open).unwrap().others_change);
        tighten_private_dir(&open);
        assert!(!crate::platform::access(&open).unwrap().others_change);
    }

    #[test]
    fn a_file_held_for_a_moment_by_another_program_is_still_replaced() {
        // Windows: antivirus or OneDrive opens a file without sharing for
        // a moment; the write waits for it rather than fail. Elsewhere
        // nothing holds a file, and the write goes through at once.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("draft.age");
        write_private(&path, b"old").unwrap();
        let holder = hold_for_a_moment(&path);
        write_private(&path, b"new").unwrap();
        holder.join().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }

    fn hold_for_a_moment(path: &Path) -> std::thread::JoinHandle<()> {
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        #[cfg(windows)]
        {
            use std::os::windows::fs::OpenOptionsExt;
            options.share_mode(0);
        }
        let file = options.open(path).unwrap();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(file);
        })
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("draft.json");
        let err = write_private(&path, b"x").unwrap_err();
        assert_eq!(write_error_reason(&err), "the folder does not exist");
    }
}
