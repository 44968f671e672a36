//! The drafts library: saving, listing, labels, deleting, locks, versions
//! and a failing disk.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use prevent_referral::record::draft::Draft;
use prevent_referral::record::library::{DraftLock, Library, LibraryError, LockError, Writer};
use std::io;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

fn draft(name: &str) -> Draft {
    let mut d = Draft::new(&common::clock());
    d.referral.person.family_name = name.into();
    d
}

#[test]
fn drafts_are_saved_listed_renamed_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let mut a = draft("A");
    let b = {
        let mut b = draft("B");
        b.referral = common::child();
        b.updated_at = a.updated_at + chrono::Duration::hours(1);
        b
    };
    lib.save(&a, common::ctx()).unwrap();
    lib.save(&b, common::ctx()).unwrap();
    let list: Vec<_> = lib
        .list(common::ctx())
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].id, b.id, "most recently edited first");
    assert!(list[0].complete);
    assert_eq!(list[0].sections_complete, 8);
    assert!(!list[1].complete);
    assert_eq!(list[1].label, "Draft 20 Nov 2026");

    lib.rename(
        a.id,
        "  Year 10 concern ",
        common::ctx(),
        &prevent_referral::record::history::HistoryClock::start(&common::clock()),
    )
    .unwrap();
    a = lib.load(a.id).unwrap();
    assert_eq!(a.label(), "Year 10 concern");
    let prefix = a.id.to_string()[..8].to_owned();
    assert_eq!(lib.find(&prefix).unwrap(), a.id);

    lib.delete(a.id).unwrap();
    assert!(matches!(lib.load(a.id), Err(LibraryError::NoSuchDraft(_))));
    let left: Vec<_> = std::fs::read_dir(lib.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with(&prefix))
        .collect();
    assert!(left.is_empty(), "every copy is gone: {left:?}");
    let index = std::fs::read(
        lib.dir()
            .join(prevent_referral::record::library::INDEX_FILE),
    )
    .unwrap();
    let index = String::from_utf8(lib.keys().open(&index).unwrap()).unwrap();
    assert!(
        !index.contains(&a.id.to_string()),
        "the listing cache forgets it"
    );
    assert!(index.contains(&b.id.to_string()));
}

#[cfg(unix)]
#[test]
fn the_folder_and_files_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let lib = Library::open(&data, common::keys()).unwrap();
    let d = draft("A");
    lib.save(&d, common::ctx()).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(lib.dir()), 0o700);
    for entry in std::fs::read_dir(lib.dir()).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }
}

#[test]
fn old_drafts_are_purged_but_not_one_being_edited() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let old = draft("Old");
    let open_one = draft("Open");
    let fresh = {
        let mut f = draft("Fresh");
        f.updated_at = common::exported_at() + chrono::Duration::days(40);
        f
    };
    for d in [&old, &open_one, &fresh] {
        lib.save(d, common::ctx()).unwrap();
    }
    // Purge goes by when this library last saved each draft (the file's
    // time), not by the draft's own dates.
    let now = common::exported_at() + chrono::Duration::days(45);
    let saved = |id, days_ago: i64| {
        let at: std::time::SystemTime = (now - chrono::Duration::days(days_ago)).into();
        std::fs::File::options()
            .write(true)
            .open(lib.draft_path(id))
            .unwrap()
            .set_modified(at)
            .unwrap();
    };
    saved(old.id, 40);
    saved(open_one.id, 40);
    saved(fresh.id, 5);
    let (_lock, _) = DraftLock::acquire(&lib, open_one.id).unwrap();
    let purged = lib.purge(30, now, common::ctx()).unwrap();
    assert_eq!(purged.deleted, vec![old.id]);
    assert!(purged.failed.is_empty());
}

#[test]
fn one_editor_per_draft_and_stale_locks_do_not_block() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let d = draft("A");
    lib.save(&d, common::ctx()).unwrap();
    let (lock, left_behind) = DraftLock::acquire(&lib, d.id).unwrap();
    assert!(!left_behind);
    assert!(matches!(
        DraftLock::acquire(&lib, d.id),
        Err(LockError::Held)
    ));
    assert!(DraftLock::is_held(&lib, d.id));
    drop(lock);
    assert!(!DraftLock::is_held(&lib, d.id));
    // A lock file nobody holds (the editor was killed): not a block, and
    // its draft is offered for recovery.
    std::fs::write(lib.dir().join(format!("{}.lock", d.id)), b"").unwrap();
    assert_eq!(DraftLock::left_behind(&lib), vec![d.id]);
    // A command-line export or copy in between takes it for a moment and
    // leaves the crashed session's file, so the app still offers the work.
    drop(DraftLock::acquire_briefly(&lib, d.id).unwrap());
    assert_eq!(DraftLock::left_behind(&lib), vec![d.id]);
    let (lock, left_behind) = DraftLock::acquire(&lib, d.id).unwrap();
    assert!(left_behind);
    // The app's own close removes it; then a brief lock leaves nothing.
    drop(lock);
    drop(DraftLock::acquire_briefly(&lib, d.id).unwrap());
    assert!(DraftLock::left_behind(&lib).is_empty());
}

#[test]
fn every_draft_version_opens_and_a_newer_one_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    // Draft version 1, as written by version 0.1.0.
    let v1 = std::fs::read(common::fixture("drafts/draft-v1.json")).unwrap();
    let d = Draft::from_bytes(&v1).expect("version 1 opens");
    assert_eq!(d.referral.person.date_of_birth.month, "feb");
    assert_eq!(d.label(), "Year 10 concern");

    let newer = String::from_utf8(v1)
        .unwrap()
        .replace("\"draft_version\": 1", "\"draft_version\": 99");
    let path = lib.draft_path(d.id);
    let newer = lib.keys().seal(newer.as_bytes()).unwrap();
    std::fs::write(&path, &newer).unwrap();
    let err = lib.load(d.id).unwrap_err();
    assert!(
        err.to_string().contains("newer than this program reads"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), newer, "never overwritten");
}

/// A disk that fails while `failing` is set.
struct FlakyDisk {
    failing: Arc<AtomicBool>,
    kind: io::ErrorKind,
}

impl Writer for FlakyDisk {
    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if self.failing.load(Ordering::SeqCst) {
            return Err(io::Error::from(self.kind));
        }
        prevent_referral::storage::store::write_private(path, bytes)
    }
}

#[test]
fn a_full_or_unwritable_disk_is_reported_and_saving_resumes() {
    for (kind, reason) in [
        (io::ErrorKind::StorageFull, "the disk is full"),
        (
            io::ErrorKind::PermissionDenied,
            "you do not have permission to write there",
        ),
        (io::ErrorKind::ReadOnlyFilesystem, "the disk is read-only"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let failing = Arc::new(AtomicBool::new(false));
        let lib = Library::with_writer(
            dir.path(),
            common::keys(),
            Box::new(FlakyDisk {
                failing: failing.clone(),
                kind,
            }),
        )
        .unwrap();
        let mut d = draft("First");
        lib.save(&d, common::ctx()).unwrap();
        failing.store(true, Ordering::SeqCst);
        d.referral.person.family_name = "Second".into();
        let err = lib.save(&d, common::ctx()).unwrap_err();
        assert!(err.to_string().contains(reason), "{err}");
        assert_eq!(lib.load(d.id).unwrap().referral.person.family_name, "First");
        failing.store(false, Ordering::SeqCst);
        lib.save(&d, common::ctx()).unwrap();
        assert_eq!(
            lib.load(d.id).unwrap().referral.person.family_name,
            "Second"
        );
    }
}

#[test]
fn a_draft_deleted_under_the_app_is_written_again() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let d = draft("A");
    lib.save(&d, common::ctx()).unwrap();
    std::fs::remove_file(lib.draft_path(d.id)).unwrap();
    lib.save(&d, common::ctx()).unwrap();
    assert_eq!(lib.load(d.id).unwrap(), d);
}

#[test]
fn a_damaged_draft_is_listed_with_its_problem() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let d = draft("A");
    lib.save(&d, common::ctx()).unwrap();
    let bad = uuid::Uuid::new_v4();
    let cut = lib
        .keys()
        .seal(b"{\"format\": \"prevent-referral-draft\", \"draft_version\": 1")
        .unwrap();
    std::fs::write(lib.draft_path(bad), cut).unwrap();
    // And one encrypted for another key, as if copied from another computer.
    let foreign = uuid::Uuid::new_v4();
    let sealed = prevent_referral::storage::crypto::Keys::generate()
        .seal(d.to_json().as_bytes())
        .unwrap();
    std::fs::write(lib.draft_path(foreign), sealed).unwrap();
    let list = lib.list(common::ctx()).unwrap();
    assert_eq!(list.len(), 3);
    assert!(list[0].is_ok());
    let errors: Vec<String> = list[1..]
        .iter()
        .map(|e| e.as_ref().unwrap_err().to_string())
        .collect();
    assert!(
        errors.iter().any(|e| e.contains("ends too early")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("encrypted for a different key")),
        "{errors:?}"
    );
}

#[test]
fn the_listing_follows_a_draft_changed_outside_even_with_an_older_time() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let d = draft("A");
    lib.save(&d, common::ctx()).unwrap();
    let path = lib.draft_path(d.id);
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    assert_eq!(
        lib.list(common::ctx()).unwrap()[0].as_ref().unwrap().label,
        d.label()
    );
    // Restored from a backup: other content, and an older time.
    let mut restored = d.clone();
    restored.label = Some("Restored from backup".into());
    std::fs::write(
        &path,
        lib.keys().seal(restored.to_json().as_bytes()).unwrap(),
    )
    .unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(before - std::time::Duration::from_secs(86_400))
        .unwrap();
    let listed = lib.list(common::ctx()).unwrap();
    assert_eq!(listed[0].as_ref().unwrap().label, "Restored from backup");
}
