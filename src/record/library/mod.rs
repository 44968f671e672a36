//! The drafts library: every referral in progress, kept in the app's own
//! data folder so nothing typed is lost between sittings.
//!
//! Layout (folder 0700, files 0600 on Unix):
//!
//! ```text
//! DATA_DIR/drafts/<id>.draft.age  the draft, encrypted to the installation key
//! DATA_DIR/drafts/index.age       what the drafts screen lists, for every draft, so
//!                                 listing decrypts one file, not every draft
//! DATA_DIR/drafts/<id>.lock       held while a window edits the draft (holds no answers)
//! ```
//!
//! Nothing about a person is written in plain text: drafts and their
//! listing are encrypted with [`crate::storage::crypto::Keys`]. Drafts from before
//! encryption (`<id>.json`) are encrypted and removed when the library opens.
//!
//! Every write is atomic and durable ([`crate::storage::store::write_private`]): a
//! crash leaves either the previous save or the new one. The index is a
//! cache: an entry counts only while its draft file has the size and
//! modification time it had when the entry was made; otherwise the draft
//! is read, and the index written again.

mod autosave;
mod folder;
mod info;
mod lock;
mod purge;
mod same_person;
pub mod save_tracker;

pub use autosave::{Autosaver, RETRY, Saved};
pub use folder::{ALLOW_SHARED_DIR_ENV, shared_folder, shared_folder_allowed};
pub use info::{DraftInfo, Status};
pub use lock::{DraftLock, LockError};
pub use purge::Purged;
pub use same_person::{PersonKey, name_words, referred_before, same_person};
pub use save_tracker::{AUTOSAVE_AFTER, SaveDue, SaveTracker};

use crate::record::draft::Draft;
use crate::rules::Context;
use crate::storage::crypto::{DecryptFailure, Keys};
use crate::storage::file::{OpenError, read_bytes};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};
use uuid::Uuid;

pub use crate::storage::layout::{DATA_DIR_ENV, data_dir};

/// Writes bytes to a path. The library writes through this, so tests can
/// put a failing disk underneath it.
pub trait Writer: Send + Sync {
    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;

    /// Writes a file the person chose (an export, a PDF copy, a draft saved
    /// as a file) through the destination that checked it. A test's
    /// failing disk fails here too, through [`Writer::write`].
    fn write_to(
        &self,
        to: &crate::storage::destination::Destination,
        bytes: &[u8],
    ) -> io::Result<()> {
        match to.path() {
            Some(path) => self.write(path, bytes),
            None => Err(io::Error::from(io::ErrorKind::InvalidInput)),
        }
    }
}

/// The real disk: atomic, durable, owner-only.
#[derive(Debug, Clone, Copy, Default)]
pub struct DiskWriter;

impl Writer for DiskWriter {
    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        crate::storage::store::write_private(path, bytes)
    }

    /// Into the folder that was checked, never through a link swapped in
    /// since ([`crate::storage::destination`]).
    fn write_to(
        &self,
        to: &crate::storage::destination::Destination,
        bytes: &[u8],
    ) -> io::Result<()> {
        to.write(bytes, &mut io::sink())
    }
}

/// The listing cache's file in the drafts folder.
pub const INDEX_FILE: &str = "index.age";

/// What the listing cache holds: each draft's line, with the size and
/// time of the draft file it was read from.
type Index = std::collections::BTreeMap<Uuid, IndexEntry>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct IndexEntry {
    stamp: FileStamp,
    info: DraftInfo,
    /// What the line holds changes between versions: a line from before
    /// [`INDEX_VERSION`] is read again from its draft.
    #[serde(default)]
    version: u32,
}

/// The listing line's version (2: sending marked by the person, what is
/// due, and what "referred before" compares).
const INDEX_VERSION: u32 = 2;

/// A draft file's size and modification time: a save changes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct FileStamp {
    len: u64,
    modified_ns: u128,
}

impl FileStamp {
    fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?;
        let modified_ns = modified
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_nanos();
        Some(Self {
            len: meta.len(),
            modified_ns,
        })
    }
}

/// Why the library could not do something.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("{}", crate::tr!("library-folder", dir = .0.display().to_string(), why = .1))]
    Folder(PathBuf, String),
    #[error("{}", crate::tr!("library-no-such-draft", id = .0))]
    NoSuchDraft(String),
    #[error("{}", crate::tr!("library-open", id = .id.to_string(), why = .error.to_string()))]
    Open { id: Uuid, error: OpenError },
    #[error("{}", crate::tr!("library-write", id = .0.to_string(), why = .1))]
    Write(Uuid, String),
    #[error("{}", crate::tr!("library-delete", id = .0.to_string(), why = .1))]
    Delete(Uuid, String),
    #[error("{}", crate::tr!("library-in-use", id = .0.to_string()))]
    InUse(Uuid),
    /// A referral marked sent is kept until its retention ends.
    #[error("{}", crate::tr!("library-kept-sent", id = .0.to_string()))]
    KeptSent(Uuid),
    #[error("{}", crate::tr!("library-unencrypted", id = .0.to_string(), why = .1))]
    Unencrypted(Uuid, String),
    /// The draft would be larger than the library reads back.
    #[error("{}", crate::tr!("library-too-large", id = .0.to_string(), size = *.1))]
    TooLarge(Uuid, usize),
    /// The data folder can be changed by other users (its mode).
    #[error("{}", shared_folder_said(.0, .1))]
    SharedFolder(PathBuf, String),
}

/// [`LibraryError::SharedFolder`] said: the folder, who else can change
/// it, and the command that makes it the person's own.
fn shared_folder_said(dir: &Path, who: &str) -> String {
    let shown = dir.display().to_string();
    crate::tr!(
        "library-shared-folder",
        fix = crate::platform::owner_only_command(dir, &shown, true),
        dir = shown,
        who = who,
        variable = ALLOW_SHARED_DIR_ENV
    )
}

/// The drafts library in one data folder.
pub struct Library {
    dir: PathBuf,
    keys: Keys,
    writer: Box<dyn Writer>,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl Library {
    /// Opens (creating if needed) the library in `data_dir`.
    pub fn open(data_dir: &Path, keys: Keys) -> Result<Self, LibraryError> {
        Self::with_writer(data_dir, keys, Box::new(DiskWriter))
    }

    pub fn with_writer(
        data_dir: &Path,
        keys: Keys,
        writer: Box<dyn Writer>,
    ) -> Result<Self, LibraryError> {
        let dir = crate::storage::layout::drafts_dir(data_dir);
        // A data folder given by the user may be shared: only one the app
        // makes is made owner-only. One others can change is refused, unless
        // the environment says to keep drafts there all the same.
        if let Some(who) = shared_folder(data_dir)
            && !shared_folder_allowed()
        {
            return Err(LibraryError::SharedFolder(data_dir.to_path_buf(), who));
        }
        // The drafts folder is made owner-only if others can reach it, never
        // opened up: an administrator's 0500, or a read-only copy (a backup
        // snapshot), is left as it is and read.
        crate::storage::store::create_private_dir(data_dir, false)
            .and_then(|()| crate::storage::store::create_private_dir(&dir, false))
            .map_err(|e| {
                LibraryError::Folder(dir.clone(), crate::storage::store::write_error_reason(&e))
            })?;
        crate::storage::store::tighten_private_dir(&dir);
        let library = Self { dir, keys, writer };
        library.encrypt_plaintext_drafts();
        Ok(library)
    }

    /// Drafts written before encryption (`<id>.json`) are encrypted and the
    /// plain copies (and their plain listing cache) removed once the
    /// encrypted copy is on disk. One that cannot be read is left as it
    /// was, and listed with its problem.
    fn encrypt_plaintext_drafts(&self) {
        let ctx = Context::new(Utc::now().date_naive());
        let mut removed = false;
        for (id, plain) in self.plaintext_drafts() {
            let encrypted = if self.draft_path(id).exists() {
                // Encrypted before, and stopped before the plain copy went.
                self.load(id).is_ok()
            } else {
                read_bytes(&plain)
                    .and_then(|b| Draft::from_bytes(&b))
                    .is_ok_and(|draft| draft.id == id && self.save(&draft, ctx).is_ok())
            };
            if encrypted {
                let _ = std::fs::remove_file(&plain);
                let _ = std::fs::remove_file(self.dir.join(format!("{id}.meta.json")));
                removed = true;
            }
        }
        // Half-written files of earlier versions may hold plain text.
        remove_stale_temp_files(&self.dir);
        if removed && let Ok(dir) = std::fs::File::open(&self.dir) {
            let _ = dir.sync_all();
        }
    }

    /// `<id>.json` files: drafts from before encryption.
    fn plaintext_drafts(&self) -> Vec<(Uuid, PathBuf)> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name();
                let stem = name.to_str()?.strip_suffix(".json")?;
                Uuid::try_parse(stem).ok().map(|id| (id, e.path()))
            })
            .collect()
    }

    /// The installation key the drafts are encrypted with.
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn draft_path(&self, id: Uuid) -> PathBuf {
        self.dir.join(format!("{id}.draft.age"))
    }

    fn index_path(&self) -> PathBuf {
        self.dir.join(INDEX_FILE)
    }

    /// The listing cache; empty when missing or unreadable.
    fn read_index(&self) -> Index {
        read_bytes(&self.index_path())
            .ok()
            .and_then(|sealed| self.keys.open(&sealed).ok())
            .and_then(|plain| serde_json::from_slice(&plain).ok())
            .unwrap_or_default()
    }

    /// Writes the listing cache. Failing loses nothing: the next listing
    /// reads the drafts instead.
    fn write_index(&self, index: &Index) {
        if let Ok(plain) = serde_json::to_vec(index)
            && let Ok(sealed) = self.keys.seal(&plain)
        {
            let _ = self.writer.write(&self.index_path(), &sealed);
        }
    }

    pub(crate) fn lock_path(&self, id: Uuid) -> PathBuf {
        self.dir.join(format!("{id}.lock"))
    }

    /// Saves a draft. The listing picks up the change when it next lists.
    pub fn save(&self, draft: &Draft, ctx: Context) -> Result<DraftInfo, LibraryError> {
        let (info, bytes) = self.sealed(draft, ctx)?;
        let path = self.draft_path(draft.id);
        self.write_draft_file(draft.id, &path, &bytes, |path, bytes| {
            self.writer.write(path, bytes)
        })?;
        Ok(info)
    }

    /// Makes a new draft from `draft` (an import), noting `event` (how it
    /// came in) in its history: never over a draft that is there, even one
    /// another process makes at the same moment. When its id is taken it
    /// becomes a copy with an id of its own, whose history starts a new
    /// chain naming the referral it was copied from
    /// ([`crate::record::history::Event::CopiedFrom`]), so it never reads as
    /// tampered with. Returns the id used.
    pub fn import(
        &self,
        draft: Draft,
        ctx: Context,
        clock: &crate::record::history::HistoryClock,
        event: crate::record::history::Event,
    ) -> Result<Uuid, LibraryError> {
        let mut copy_id = None;
        loop {
            let mut made = draft.clone();
            if let Some(id) = copy_id {
                made.id = id;
                made.history.start_copy(draft.id, clock);
            }
            made.history.record(made.id, clock, event.clone());
            let (_, bytes) = self.sealed(&made, ctx)?;
            let path = self.draft_path(made.id);
            match self.write_draft_file(made.id, &path, &bytes, |path, bytes| {
                crate::storage::store::write_private_new(path, bytes)
            }) {
                Ok(()) => return Ok(made.id),
                Err(_) if path.exists() => copy_id = Some(Uuid::new_v4()),
                Err(e) => return Err(e),
            }
        }
    }

    /// The draft's listing line and its encrypted file, refused when it
    /// would be larger than [`Library::load`] reads back.
    fn sealed(&self, draft: &Draft, ctx: Context) -> Result<(DraftInfo, Vec<u8>), LibraryError> {
        let json = draft.to_json();
        if json.len() as u64 > crate::storage::file::MAX_FILE_BYTES {
            return Err(LibraryError::TooLarge(draft.id, json.len()));
        }
        let bytes = self
            .keys
            .seal(json.as_bytes())
            .map_err(|e| LibraryError::Write(draft.id, e.to_string()))?;
        if bytes.len() as u64 > crate::storage::file::MAX_FILE_BYTES {
            return Err(LibraryError::TooLarge(draft.id, bytes.len()));
        }
        Ok((DraftInfo::of(draft, ctx), bytes))
    }

    fn write_draft_file(
        &self,
        id: Uuid,
        path: &Path,
        bytes: &[u8],
        write: impl Fn(&Path, &[u8]) -> io::Result<()>,
    ) -> Result<(), LibraryError> {
        let mut written = write(path, bytes);
        if written
            .as_ref()
            .is_err_and(|e| e.kind() == io::ErrorKind::NotFound)
        {
            // The drafts folder was removed under the app: make it again.
            written = crate::storage::store::create_private_dir(&self.dir, true)
                .and_then(|()| write(path, bytes));
        }
        written.map_err(|e| LibraryError::Write(id, crate::storage::store::write_error_reason(&e)))
    }

    /// When this library last wrote the draft (its file's modification
    /// time): what purge judges by, not the file's own `updated_at`, which
    /// an import carries in from anywhere.
    pub fn last_saved(&self, id: Uuid) -> Option<DateTime<Utc>> {
        let modified = std::fs::metadata(self.draft_path(id))
            .ok()?
            .modified()
            .ok()?;
        Some(DateTime::<Utc>::from(modified))
    }

    /// Reads a draft. A draft from a newer version is refused and left as it is.
    pub fn load(&self, id: Uuid) -> Result<Draft, LibraryError> {
        let path = self.draft_path(id);
        if !path.exists() {
            return Err(LibraryError::NoSuchDraft(id.to_string()));
        }
        read_bytes(&path)
            .and_then(|bytes| {
                self.keys
                    .open(&bytes)
                    .map_err(|e: DecryptFailure| OpenError::Decrypt(e))
            })
            .and_then(|bytes| Draft::from_bytes(&bytes))
            .map_err(|error| LibraryError::Open { id, error })
    }

    /// Finds a draft by its id or the start of it (as shown: "6f1c2b1e").
    pub fn find(&self, id_or_prefix: &str) -> Result<Uuid, LibraryError> {
        let wanted = id_or_prefix.trim().to_ascii_lowercase();
        if let Ok(id) = Uuid::try_parse(&wanted)
            && self.draft_path(id).exists()
        {
            return Ok(id);
        }
        let matches: Vec<Uuid> = self
            .ids()?
            .into_iter()
            .filter(|id| !wanted.is_empty() && id.to_string().starts_with(&wanted))
            .collect();
        match matches.as_slice() {
            [one] => Ok(*one),
            _ => Err(LibraryError::NoSuchDraft(id_or_prefix.to_owned())),
        }
    }

    fn ids(&self) -> Result<Vec<Uuid>, LibraryError> {
        let entries = std::fs::read_dir(&self.dir)
            .map_err(|e| LibraryError::Folder(self.dir.clone(), e.to_string()))?;
        let mut ids: Vec<Uuid> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name();
                let name = name.to_str()?;
                let stem = name.strip_suffix(".draft.age")?;
                Uuid::try_parse(stem).ok()
            })
            .collect();
        ids.sort_unstable();
        Ok(ids)
    }

    /// Every draft, most recently edited first. A draft that cannot be read
    /// is listed with the reason, never dropped silently.
    pub fn list(&self, ctx: Context) -> Result<Vec<Result<DraftInfo, LibraryError>>, LibraryError> {
        let ids = self.ids()?;
        let cached = self.read_index();
        let mut index = Index::default();
        let mut out: Vec<Result<DraftInfo, LibraryError>> = Vec::with_capacity(ids.len());
        for id in ids {
            let stamp = FileStamp::of(&self.draft_path(id));
            let entry = cached.get(&id).filter(|e| {
                stamp.is_some_and(|s| s == e.stamp) && e.info.id == id && e.version == INDEX_VERSION
            });
            let info = match entry {
                Some(e) => Ok(e.info.clone()),
                None => self.load(id).map(|draft| DraftInfo::of(&draft, ctx)),
            };
            if let (Ok(info), Some(stamp)) = (&info, stamp) {
                index.insert(
                    id,
                    IndexEntry {
                        stamp,
                        info: info.clone(),
                        version: INDEX_VERSION,
                    },
                );
            }
            out.push(info);
        }
        if index != cached {
            self.write_index(&index);
        }
        // Plain drafts that could not be encrypted are listed, not hidden.
        out.extend(self.plaintext_drafts().into_iter().map(|(id, path)| {
            let reason = match read_bytes(&path).and_then(|b| Draft::from_bytes(&b)) {
                Ok(d) if d.id != id => crate::i18n::t("library-id-mismatch").to_owned(),
                Ok(_) => crate::i18n::t("library-not-encrypted").to_owned(),
                Err(e) => crate::tr!("library-unreadable", why = e.to_string()),
            };
            Err(LibraryError::Unencrypted(id, reason))
        }));
        out.sort_by(|a, b| match (a, b) {
            (Ok(a), Ok(b)) => b.updated_at.cmp(&a.updated_at),
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => std::cmp::Ordering::Equal,
        });
        Ok(out)
    }

    /// Gives a draft a new label, and says so in its history.
    pub fn rename(
        &self,
        id: Uuid,
        label: &str,
        ctx: Context,
        clock: &crate::record::history::HistoryClock,
    ) -> Result<DraftInfo, LibraryError> {
        let mut draft = self.load(id)?;
        draft.label = Some(label.trim().to_owned()).filter(|l| !l.is_empty());
        draft
            .history
            .record(id, clock, crate::record::history::Event::Renamed);
        self.save(&draft, ctx)
    }

    /// Deletes a draft and every copy of it: the draft, its metadata, its
    /// lock and any half-written temporary file.
    /// A draft open in a window (its lock held) is not deleted, nor a
    /// referral ever marked sent (corrected since or not): that is the
    /// record of what was sent and what happened next, and its retention
    /// decides when it goes
    /// ([`Library::purge_sent`]). One that cannot be read can be deleted.
    pub fn delete(&self, id: Uuid) -> Result<(), LibraryError> {
        if self
            .load(id)
            .is_ok_and(|draft| draft.history.ever_marked_sent())
        {
            return Err(LibraryError::KeptSent(id));
        }
        self.remove(id)
    }

    /// Deletes a draft, sent or not (the purge, once its time has come).
    pub(super) fn remove(&self, id: Uuid) -> Result<(), LibraryError> {
        let path = self.draft_path(id);
        if !path.exists() {
            return Err(LibraryError::NoSuchDraft(id.to_string()));
        }
        // Hold the lock while deleting, so no window can be editing it.
        let _lock = match DraftLock::acquire(self, id) {
            Ok((lock, _)) => lock,
            Err(LockError::Held) => return Err(LibraryError::InUse(id)),
            Err(LockError::Io(reason)) => return Err(LibraryError::Delete(id, reason)),
        };
        let gone = |p: &Path| match std::fs::remove_file(p) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        };
        gone(&path)
            .and_then(|()| gone(&self.lock_path(id)))
            .map_err(|e| LibraryError::Delete(id, e.to_string()))?;
        // Nor does the listing cache keep its label.
        let mut index = self.read_index();
        if index.remove(&id).is_some() {
            self.write_index(&index);
        }
        // Temporary files from an interrupted write are named
        // ".prevent-referral-*.tmp"; they cannot be told apart by draft, so
        // remove those no writer is using (older than a minute).
        remove_stale_temp_files(&self.dir);
        if let Ok(dir) = std::fs::File::open(&self.dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

fn remove_stale_temp_files(dir: &Path) {
    crate::storage::store::remove_leftovers(dir);
}
