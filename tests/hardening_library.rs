//! Issue 15, the library's side: size limits, exclusive imports, purge,
//! read-only copies, shared folders, armour, core dumps.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use prevent_referral::record::library::Library;
use std::path::{Path, PathBuf};

const PASSPHRASE: &str = "tangerine lighthouse forgets seven";

fn passphrase_file(data: &Path) -> PathBuf {
    let file = data.with_extension("passphrase");
    if !file.exists() {
        std::fs::write(&file, format!("{PASSPHRASE}\n")).unwrap();
    }
    file
}

fn cli(data: &Path) -> Command {
    let mut c = Command::cargo_bin("prevent-referral").unwrap();
    c.arg("--data-dir")
        .arg(data)
        .env("PREVENT_REFERRAL_PASSPHRASE_FILE", passphrase_file(data))
        .env_remove("PREVENT_REFERRAL_ALLOW_SHARED_DATA_DIR");
    c
}

#[cfg(unix)]
/// Runs under a 1 GiB memory limit: reading /dev/zero whole fails fast
/// instead of taking the machine's memory.
fn limited(c: &Command) -> std::process::Command {
    let mut sh = std::process::Command::new("sh");
    sh.arg("-c")
        .arg("ulimit -v 1048576; exec \"$@\"")
        .arg("sh")
        .arg(c.get_program())
        .args(c.get_args());
    for (k, v) in c.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    sh
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn import(data: &Path, file: &Path) -> std::process::Output {
    cli(data)
        .args(["drafts", "import"])
        .arg(file)
        .output()
        .unwrap()
}

// 6. Size limits

#[cfg(unix)]
#[test]
fn the_key_the_index_and_the_passphrase_file_are_read_with_a_limit() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    assert_eq!(
        import(&data, &common::fixture("child-complete.json"))
            .status
            .code(),
        Some(0)
    );

    // The drafts index pointed at /dev/zero: listed from the drafts.
    let index = data.join("drafts/index.age");
    let _ = std::fs::remove_file(&index);
    std::os::unix::fs::symlink("/dev/zero", &index).unwrap();
    let out = limited(cli(&data).args(["drafts", "list"]))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("sections"));

    // The passphrase file pointed at /dev/zero.
    let out = limited(
        cli(&data)
            .args(["drafts", "list"])
            .env("PREVENT_REFERRAL_PASSPHRASE_FILE", "/dev/zero"),
    )
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("larger than"), "{}", stderr(&out));

    // The key file pointed at /dev/zero.
    let key = data.join("key.age");
    std::fs::rename(&key, root.path().join("key.saved")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &key).unwrap();
    let out = limited(cli(&data).args(["drafts", "list"]))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is not a file the program wrote"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_draft_too_large_to_read_back_is_refused_and_one_bad_draft_never_stops_the_list() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    assert_eq!(
        import(&data, &common::fixture("child-complete.json"))
            .status
            .code(),
        Some(0)
    );
    // An export of ~12 MB whose draft would be over 32 MiB: 3 million
    // other names, one per indented line in the draft.
    let mut export: serde_json::Value =
        serde_json::from_slice(&std::fs::read(common::fixture("child-complete.json")).unwrap())
            .unwrap();
    export["referral"]["person"]["other_names"] =
        serde_json::Value::Array(vec![serde_json::Value::String("a".into()); 3_000_000]);
    export["id"] = serde_json::Value::String(uuid::Uuid::new_v4().to_string());
    let big = root.path().join("big.json");
    std::fs::write(&big, serde_json::to_vec(&export).unwrap()).unwrap();
    let size = std::fs::metadata(&big).unwrap().len();
    assert!(
        size < 32 * 1024 * 1024,
        "the export itself is readable: {size}"
    );
    let out = import(&data, &big);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("more than the program can read back"),
        "{}",
        stderr(&out)
    );
    let drafts = || {
        std::fs::read_dir(data.join("drafts"))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".draft.age")
            })
            .count()
    };
    assert_eq!(drafts(), 1, "nothing written for the refused import");

    // A damaged draft beside the good one: the good one is still listed.
    let damaged = data
        .join("drafts")
        .join(format!("{}.draft.age", uuid::Uuid::new_v4()));
    std::fs::write(&damaged, b"age-encryption.org/v1\nnot really").unwrap();
    let out = cli(&data).args(["drafts", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("sections"),
        "{}",
        stderr(&out)
    );
    assert_eq!(drafts(), 2, "the damaged draft is left as it is");
}

// 7. Concurrent imports

#[test]
fn concurrent_imports_of_one_file_make_as_many_drafts() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    assert_eq!(
        import(&data, &common::fixture("drafts/draft-v1.json"))
            .status
            .code(),
        Some(0)
    );
    let keys = prevent_referral::storage::crypto::KeyFile::in_dir(&data)
        .unlock(&PASSPHRASE.to_owned().into())
        .unwrap();
    let library = std::sync::Arc::new(Library::open(&data, keys).unwrap());
    let draft = prevent_referral::record::draft::Draft::from_bytes(
        &std::fs::read(common::fixture("drafts/draft-v1.json")).unwrap(),
    )
    .unwrap();
    for _ in 0..5 {
        // An id the library does not have yet: all eight race to take it.
        let mut draft = draft.clone();
        draft.id = uuid::Uuid::new_v4();
        let start = std::sync::Arc::new(std::sync::Barrier::new(8));
        let ids: Vec<uuid::Uuid> = (0..8)
            .map(|_| {
                let (library, draft, start) = (library.clone(), draft.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    let clock = prevent_referral::record::history::HistoryClock::start(
                        &prevent_referral::clock::SystemClock,
                    );
                    let event = prevent_referral::record::history::Event::Imported {
                        from: prevent_referral::record::history::Source::Draft,
                    };
                    library.import(draft, common::ctx(), &clock, event).unwrap()
                })
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| t.join().unwrap())
            .collect();
        let mut distinct = ids.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), 8, "the same id twice: {ids:?}");
        assert!(ids.contains(&draft.id), "one keeps the file's id");
        // Every copy given an id of its own starts a chain that holds.
        for id in &ids {
            let made = library.load(*id).unwrap();
            assert_eq!(
                made.history.check(),
                prevent_referral::record::history::Check::Holds,
                "{id}"
            );
        }
    }
    assert_eq!(library.list(common::ctx()).unwrap().len(), 41);
}

// 8. Purge

#[test]
fn purge_judges_by_the_last_save_here_and_reports_damaged_drafts() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    // An export last edited years ago, imported a moment ago.
    let old = std::fs::read_to_string(common::fixture("child-complete.json"))
        .unwrap()
        .replace("2026-11-", "2020-01-");
    let file = root.path().join("old.json");
    std::fs::write(&file, old).unwrap();
    assert_eq!(import(&data, &file).status.code(), Some(0));
    let out = cli(&data)
        .args(["drafts", "purge", "--older-than", "30"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 drafts not edited"));

    // Saved here 40 days ago: purged, whatever its own dates say.
    let future = std::fs::read_to_string(common::fixture("drafts/draft-v1.json"))
        .unwrap()
        .replace("2026-11-19T16:40:12Z", "2099-01-01T00:00:00Z");
    let file = root.path().join("future.json");
    std::fs::write(&file, future).unwrap();
    let out = import(&data, &file);
    let id = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let path = data.join("drafts").join(format!("{id}.draft.age"));
    let forty_days = std::time::Duration::from_secs(40 * 24 * 3600);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - forty_days)
        .unwrap();
    // And a damaged draft: not deleted, reported.
    let damaged = data
        .join("drafts")
        .join(format!("{}.draft.age", uuid::Uuid::new_v4()));
    std::fs::write(&damaged, b"garbage").unwrap();
    let out = cli(&data)
        .args(["drafts", "purge", "--older-than", "30"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!path.exists(), "the draft not saved for 40 days is purged");
    assert!(damaged.exists());
    assert!(
        stderr(&out).contains(&damaged.file_name().unwrap().to_string_lossy()[..36]),
        "{}",
        stderr(&out)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 draft not edited"));
}

// 9. Smaller things

#[cfg(unix)]
#[test]
fn a_read_only_copy_is_read_as_it_is() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    assert_eq!(
        import(&data, &common::fixture("child-complete.json"))
            .status
            .code(),
        Some(0)
    );
    let drafts = data.join("drafts");
    std::fs::set_permissions(&drafts, std::fs::Permissions::from_mode(0o500)).unwrap();
    let out = cli(&data).args(["drafts", "list"]).output().unwrap();
    let mode = std::fs::metadata(&drafts).unwrap().permissions().mode() & 0o777;
    std::fs::set_permissions(&drafts, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(mode, 0o500, "the administrator's mode is kept");
}

#[cfg(unix)]
#[test]
fn a_data_folder_others_can_change_is_refused_unless_told() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("shared");
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = import(&data, &common::fixture("child-complete.json"));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("can be changed by other users (mode 777)"),
        "{}",
        stderr(&out)
    );
    assert!(!data.join("drafts").exists(), "no drafts kept there");
    assert!(!data.join("key.age").exists(), "nor the key");
    let out = cli(&data)
        .args(["drafts", "import"])
        .arg(common::fixture("child-complete.json"))
        .env("PREVENT_REFERRAL_ALLOW_SHARED_DATA_DIR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("warning"), "{}", stderr(&out));
}

#[test]
fn armoured_text_with_blank_lines_around_it_opens() {
    let root = tempfile::tempdir().unwrap();
    let team = prevent_referral::storage::crypto::Keys::from_identity_text(
        &std::fs::read_to_string(common::fixture("keys/prevent-team.txt")).unwrap(),
    )
    .unwrap();
    let recipient = prevent_referral::storage::crypto::parse_recipient(&team.public_key()).unwrap();
    let plain = std::fs::read(common::fixture("child-complete.json")).unwrap();
    let armoured =
        prevent_referral::storage::crypto::encrypt_to(&[&recipient], &plain, true).unwrap();
    let mut pasted = b"\n\n  \r\n".to_vec();
    pasted.extend_from_slice(&armoured);
    pasted.extend_from_slice(b"\r\n\n\n");
    let file = root.path().join("pasted.json.age");
    std::fs::write(&file, &pasted).unwrap();
    let out_file = root.path().join("out.json");
    let out = Command::cargo_bin("prevent-referral")
        .unwrap()
        .arg("decrypt")
        .arg(&file)
        .arg("--identity")
        .arg(common::fixture("keys/prevent-team.txt"))
        .arg("--out")
        .arg(&out_file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(&out_file).unwrap(), plain);
}

#[cfg(target_os = "linux")]
#[test]
fn the_process_cannot_dump_core() {
    use std::io::Write;
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    // The passphrase through a pipe: the program waits on it, so its limits
    // can be read while it runs.
    let fifo = root.path().join("passphrase.fifo");
    rustix::fs::mknodat(
        rustix::fs::CWD,
        &fifo,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .unwrap();
    let bin = assert_cmd::cargo::cargo_bin("prevent-referral");
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg("ulimit -c unlimited; exec \"$@\"")
        .arg("sh")
        .arg(&bin)
        .arg("--data-dir")
        .arg(&data)
        .args(["drafts", "list"])
        .env("PREVENT_REFERRAL_PASSPHRASE_FILE", &fifo)
        .spawn()
        .unwrap();
    let pid = child.id();
    // Read while it waits: the last reading after it started.
    let mut core = String::new();
    for _ in 0..100 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        let exe = std::fs::read_link(format!("/proc/{pid}/exe")).ok();
        let text = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap_or_default();
        if exe.as_deref() == Some(bin.as_path()) {
            core = text
                .lines()
                .find(|l| l.starts_with("Max core file size"))
                .unwrap_or_default()
                .to_owned();
            if core.split_whitespace().nth(4) == Some("0") {
                break;
            }
        }
    }
    std::fs::File::options()
        .write(true)
        .open(&fifo)
        .unwrap()
        .write_all(format!("{PASSPHRASE}\n").as_bytes())
        .unwrap();
    let _ = child.wait();
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert_eq!(&fields[4..6], ["0", "0"], "{core}");
}
