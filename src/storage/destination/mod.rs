//! Where a file the program writes may go: one check for every writer
//! (`decrypt --out`, `drafts export --out`, the app's Export and Save draft
//! as, and any writer to come), so none can put a plain referral over the
//! installation key, its own input, or a device.
//!
//! [`check`] says what a path is and refuses:
//! - a path inside the data folder (the key, the drafts, the settings);
//! - a file being read by the same command (the input, the identity file);
//! - a folder, a block device, a socket or anything else that is not a
//!   regular file, a character device or a pipe;
//! - an existing regular file, unless replacing it was asked for
//!   ([`Replace::Allowed`]: `--force`, or the app's confirmation).
//!
//! `-` (or `/dev/stdout`) is standard output. A character device or a pipe (`/dev/null`, a
//! terminal, `/dev/stdout` piped on) is written directly, never replaced by
//! a regular file; a regular file is written atomically and owner-only,
//! after removing the leftovers of interrupted writes from its folder.
//!
//! The folder a file goes in is opened once, when it is checked, and the
//! check asks that open folder (not its name) whether it is the data folder
//! or inside it. The write then goes into that same open folder (`openat`,
//! `renameat`; [`folder`]): a folder renamed, or swapped for a link to the
//! data folder, between the check and the write (a slow decrypt reading a
//! pipe, say) cannot redirect it.
//!
//! Every writer builds its guard with [`Protected::data_folder`], from the
//! data folder as the program really uses it (`--data-dir`, then
//! `PREVENT_REFERRAL_DATA_DIR`, then the platform's), so no command can
//! guard a different folder from the one it reads.

mod folder;
pub mod names;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// May an existing regular file be replaced?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    Refused,
    Allowed,
}

/// What must never be written over: the data folder and the files the
/// command reads.
#[derive(Debug, Clone, Default)]
pub struct Protected {
    pub data_dir: Option<PathBuf>,
    pub inputs: Vec<PathBuf>,
    /// Other data folders this user may have (the environment's, the
    /// platform's): a mistyped `--data-dir` must not open them up.
    pub also: Vec<PathBuf>,
}

impl Protected {
    /// The guard of a command or the window: the data folder as the program
    /// uses it, from `--data-dir` when given (else the environment, else the
    /// platform's; see [`crate::storage::layout::data_dir`]), and the other two as
    /// well, whichever is in use.
    pub fn data_folder(from_args: Option<&Path>) -> Self {
        let mut guard = Self::new(crate::storage::layout::data_dir(from_args));
        for other in [
            crate::storage::layout::data_dir(None),
            crate::storage::layout::platform_data_dir(),
        ]
        .into_iter()
        .flatten()
        {
            if guard.data_dir.as_ref() != Some(&other) && !guard.also.contains(&other) {
                guard.also.push(other);
            }
        }
        guard
    }

    pub fn new(data_dir: Option<PathBuf>) -> Self {
        Self {
            data_dir,
            inputs: Vec::new(),
            also: Vec::new(),
        }
    }

    /// Every data folder guarded.
    fn data_dirs(&self) -> impl Iterator<Item = &PathBuf> {
        self.data_dir.iter().chain(&self.also)
    }

    /// Also protects a file being read.
    pub fn and_input(mut self, input: &Path) -> Self {
        self.inputs.push(input.to_path_buf());
        self
    }
}

/// A destination that passed [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// `-`: the program's standard output.
    Stdout,
    /// A character device or a pipe: written in place.
    Direct(PathBuf),
    /// A regular file, absent or to be replaced: written atomically into
    /// the folder that was checked.
    File(Target),
}

/// A regular file to write: its path, for messages, and its folder as it
/// was opened and checked.
#[derive(Debug, Clone)]
pub struct Target {
    path: PathBuf,
    folder: folder::Folder,
    replace: Replace,
    /// What it was checked against: asked again at the write, in case the
    /// folder was moved into a data folder meanwhile.
    guarded: folder::Guarded,
}

impl Target {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Two targets are the same file name; which open folder they hold is not
/// compared.
impl PartialEq for Target {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path
    }
}
impl Eq for Target {}

/// Why a destination was refused. Displayed after the path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DestinationError {
    #[error("{}", crate::i18n::t("destination-in-data-folder"))]
    InDataFolder,
    #[error("{}", crate::i18n::t("destination-is-input"))]
    IsInput,
    #[error("{}", crate::i18n::t("destination-not-a-file"))]
    NotAFile,
    /// A regular file is there and replacing it was not asked for.
    #[error("{}", crate::i18n::t("destination-exists"))]
    Exists,
    /// Where the folder is could not be worked out, so it is not written.
    #[error("{}", crate::i18n::t("destination-unchecked"))]
    Unchecked,
    /// A name Windows refuses or misreads.
    #[error("{0}")]
    Name(names::NameProblem),
    /// The folder could not be read or written: the reason in the
    /// catalogue's words, said after the file's name like the others
    /// ("b.age cannot be written there: the folder does not exist").
    #[error("{}", crate::tr!("destination-io", why = .0))]
    Io(String),
}

/// Checks `path` as a place to write to (see the module's notes).
pub fn check(
    path: &Path,
    protected: &Protected,
    replace: Replace,
) -> Result<Destination, DestinationError> {
    // `/dev/stdout` too: writing to our own standard output through it
    // goes in order with what else is printed there.
    let stdout_names = ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];
    if stdout_names.iter().any(|n| path.as_os_str() == *n) {
        return Ok(Destination::Stdout);
    }
    if path.as_os_str().is_empty() || path.file_name().is_none() {
        return Err(DestinationError::NotAFile);
    }
    if cfg!(windows)
        && let Some(problem) = names::windows_problem(path)
    {
        return Err(DestinationError::Name(problem));
    }
    let meta = match std::fs::metadata(path) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(DestinationError::Io(
                crate::storage::store::write_error_reason(&e),
            ));
        }
    };
    let resolved = resolve(path);
    for data in protected.data_dirs() {
        let Some(at) = &resolved else { break };
        let inside = |dir: &Path| at.starts_with(dir);
        let canonical = std::fs::canonicalize(data).ok();
        if inside(data) || canonical.as_deref().is_some_and(inside) {
            return Err(DestinationError::InDataFolder);
        }
    }
    // What the data folders hold, wherever a link puts it: the folders
    // (the drafts folder may be a link) and the key and settings files.
    let guarded = folder::Guarded::of(protected.data_dirs());
    if guarded.holds_file(path) {
        return Err(DestinationError::InDataFolder);
    }
    if protected
        .inputs
        .iter()
        .any(|input| same_file(input, path, resolved.as_deref()))
    {
        return Err(DestinationError::IsInput);
    }
    if let Some(meta) = meta {
        if meta.is_dir() {
            return Err(DestinationError::NotAFile);
        }
        if is_device_or_pipe(&meta) || names_an_open_descriptor(path, resolved.as_deref()) {
            return Ok(Destination::Direct(path.to_path_buf()));
        }
        if !meta.is_file() {
            return Err(DestinationError::NotAFile);
        }
        if replace == Replace::Refused {
            return Err(DestinationError::Exists);
        }
    }
    // The folder itself, opened now and asked, not its name: the write
    // goes into this open folder whatever its name comes to mean.
    let folder = folder::Folder::open(path)
        .map_err(|e| DestinationError::Io(crate::storage::store::write_error_reason(&e)))?;
    match folder.is_or_is_inside(&guarded) {
        Some(false) => {}
        Some(true) => return Err(DestinationError::InDataFolder),
        // A folder that cannot be asked where it is is not written into.
        None => return Err(DestinationError::Unchecked),
    }
    Ok(Destination::File(Target {
        path: path.to_path_buf(),
        folder,
        replace,
        guarded,
    }))
}

impl Destination {
    /// Writes `bytes` there; `stdout` is where [`Destination::Stdout`] goes.
    pub fn write(&self, bytes: &[u8], stdout: &mut dyn Write) -> io::Result<()> {
        match self {
            Self::Stdout => stdout.write_all(bytes).and_then(|()| stdout.flush()),
            Self::Direct(path) => {
                // Append: never truncates what a shell redirect set up.
                let mut file = std::fs::OpenOptions::new().append(true).open(path)?;
                // Still a device or a pipe (or the descriptor named): a
                // regular file put in its place since the check is not
                // written to.
                if file.metadata().is_ok_and(|m| m.is_file())
                    && !names_an_open_descriptor(path, None)
                {
                    return Err(io::Error::other(DestinationError::NotAFile.to_string()));
                }
                file.write_all(bytes)?;
                file.flush()
            }
            Self::File(target) => {
                if let Some(dir) = target.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    crate::storage::store::remove_leftovers(dir);
                } else {
                    crate::storage::store::remove_leftovers(Path::new("."));
                }
                target
                    .folder
                    .write(&target.path, bytes, target.replace, &target.guarded)
            }
        }
    }

    /// Where it goes, for messages.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Stdout => None,
            Self::Direct(p) => Some(p),
            Self::File(t) => Some(&t.path),
        }
    }
}

/// The platform's data folder, whatever the environment says.
/// The path with its folder's links resolved (and its own, when it is
/// there): what it really names.
fn resolve(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = std::fs::canonicalize(path) {
        return Some(p);
    }
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::canonicalize(parent).ok().map(|d| d.join(name))
}

fn same_file(input: &Path, path: &Path, resolved: Option<&Path>) -> bool {
    if let (Ok(a), Some(b)) = (std::fs::canonicalize(input), resolved)
        && a == b
    {
        return true;
    }
    // A hard link to the input is the input.
    match (
        crate::platform::file_id(input),
        crate::platform::file_id(path),
    ) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

#[cfg(unix)]
fn is_device_or_pipe(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    kind.is_char_device() || kind.is_fifo()
}

#[cfg(not(unix))]
fn is_device_or_pipe(_meta: &std::fs::Metadata) -> bool {
    false
}

/// `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`: an open descriptor, which
/// may be a file a shell redirect opened. Renaming over it would fail or
/// miss; it is written in place.
fn names_an_open_descriptor(path: &Path, resolved: Option<&Path>) -> bool {
    // Exactly `/dev/fd/N`, `/proc/self/fd/N`, `/proc/PID/fd/N`,
    // `/dev/stdout` or `/dev/stderr`: not any path that merely has "fd" in it.
    let fd_path = |p: &Path| {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let Some(text) = p.to_str() else {
            return false;
        };
        if text == "/dev/stdout" || text == "/dev/stderr" {
            return true;
        }
        if let Some(n) = text.strip_prefix("/dev/fd/") {
            return digits(n);
        }
        let Some(rest) = text.strip_prefix("/proc/") else {
            return false;
        };
        match rest.split('/').collect::<Vec<_>>().as_slice() {
            [who, "fd", n] => (*who == "self" || digits(who)) && digits(n),
            _ => false,
        }
    };
    cfg!(unix) && (fd_path(path) || resolved.is_some_and(fd_path))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Said after the file's name like every other refusal: "b.age cannot
    /// be written there: the folder does not exist" (found in review,
    /// where it read "b.age the folder does not exist").
    #[test]
    fn a_folder_that_cannot_be_read_is_said_after_the_name() {
        let e = std::io::Error::from(std::io::ErrorKind::NotFound);
        let said = DestinationError::Io(crate::storage::store::write_error_reason(&e)).to_string();
        assert_eq!(said, "cannot be written there: the folder does not exist");
    }

    #[test]
    fn the_data_folder_the_inputs_and_folders_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(data.join("drafts")).unwrap();
        std::fs::write(data.join("key.age"), b"key").unwrap();
        let input = dir.path().join("in.json.age");
        std::fs::write(&input, b"in").unwrap();
        let protected = Protected::new(Some(data.clone())).and_input(&input);
        let check = |p: &Path| check(p, &protected, Replace::Allowed);
        assert_eq!(
            check(&data.join("key.age")),
            Err(DestinationError::InDataFolder)
        );
        assert_eq!(
            check(&data.join("drafts/new.json")),
            Err(DestinationError::InDataFolder)
        );
        assert_eq!(
            check(&dir.path().join("data/../data/x.json")),
            Err(DestinationError::InDataFolder)
        );
        assert_eq!(check(&input), Err(DestinationError::IsInput));
        assert_eq!(check(dir.path()), Err(DestinationError::NotAFile));
        let out = dir.path().join("out.json");
        assert_eq!(
            check(&out)
                .ok()
                .and_then(|d| d.path().map(Path::to_path_buf)),
            Some(out.clone())
        );
        std::fs::write(&out, b"old").unwrap();
        assert_eq!(
            super::check(&out, &protected, Replace::Refused),
            Err(DestinationError::Exists)
        );
        assert_eq!(check(Path::new("-")), Ok(Destination::Stdout));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_protected_file_is_refused_and_a_device_is_written_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        std::fs::write(data.join("key.age"), b"key").unwrap();
        let link = dir.path().join("innocent.json");
        std::os::unix::fs::symlink(data.join("key.age"), &link).unwrap();
        let protected = Protected::new(Some(data));
        assert_eq!(
            check(&link, &protected, Replace::Allowed),
            Err(DestinationError::InDataFolder)
        );
        let null = Path::new("/dev/null");
        let dest = check(null, &protected, Replace::Refused).unwrap();
        assert_eq!(dest, Destination::Direct(null.to_path_buf()));
        dest.write(b"plain", &mut Vec::new()).unwrap();
        assert!(!std::fs::metadata(null).unwrap().is_file());
    }
}
