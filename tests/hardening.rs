//! Issue 15: what a careless command or a crafted file can do. Each test
//! runs the real program (or the library as the program uses it).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

#[cfg(unix)]
#[path = "processes/child.rs"]
mod child;
mod common;

use assert_cmd::Command;
use prevent_referral::storage::crypto::{Keys, encrypt_to, parse_recipient};
use std::path::{Path, PathBuf};

const PASSPHRASE: &str = "tangerine lighthouse forgets seven";

fn cli(data: &Path) -> Command {
    let passphrase_file = data.with_extension("passphrase");
    if !passphrase_file.exists() {
        std::fs::write(&passphrase_file, format!("{PASSPHRASE}\n")).unwrap();
    }
    let mut c = Command::cargo_bin("prevent-referral").unwrap();
    c.arg("--data-dir")
        .arg(data)
        .env("PREVENT_REFERRAL_PASSPHRASE_FILE", &passphrase_file)
        .env_remove("PREVENT_REFERRAL_ALLOW_SHARED_DATA_DIR");
    c
}

fn import(data: &Path, file: &Path) -> String {
    let out = cli(data)
        .args(["drafts", "import"])
        .arg(file)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// A data folder with the child's referral imported: (tempdir, data, id).
fn library_with_the_child() -> (tempfile::TempDir, PathBuf, String) {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let id = import(&data, &common::fixture("child-complete.json"));
    (root, data, id)
}

fn team() -> Keys {
    Keys::from_identity_text(
        &std::fs::read_to_string(common::fixture("keys/prevent-team.txt")).unwrap(),
    )
    .unwrap()
}

/// The child's export encrypted for the team, in `dir`.
fn sealed_export(dir: &Path, armored: bool) -> PathBuf {
    let recipient = parse_recipient(&team().public_key()).unwrap();
    let plain = std::fs::read(common::fixture("child-complete.json")).unwrap();
    let sealed = encrypt_to(&[&recipient], &plain, armored).unwrap();
    let path = dir.join("referral.json.age");
    std::fs::write(&path, sealed).unwrap();
    path
}

fn decrypt(input: &Path, identity: &Path, out: &Path) -> Command {
    let mut c = Command::cargo_bin("prevent-referral").unwrap();
    c.arg("decrypt")
        .arg(input)
        .arg("--identity")
        .arg(identity)
        .arg("--out")
        .arg(out);
    c
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

// 1. --out

#[test]
fn out_never_replaces_the_key_the_input_the_identity_or_a_device() {
    let (root, data, id) = library_with_the_child();
    let key_before = std::fs::read(data.join("key.age")).unwrap();
    for inside in [
        data.join("key.age"),
        data.join("drafts").join("index.age"),
        data.join("new.json"),
    ] {
        let out = cli(&data)
            .args(["drafts", "export", &id, "--force", "--out"])
            .arg(&inside)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("inside the program's data folder"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(std::fs::read(data.join("key.age")).unwrap(), key_before);
    assert!(!data.join("new.json").exists());

    // decrypt onto its own identity or input.
    let identity = root.path().join("team.key");
    std::fs::copy(common::fixture("keys/prevent-team.txt"), &identity).unwrap();
    let input = sealed_export(root.path(), false);
    let (id_before, in_before) = (
        std::fs::read(&identity).unwrap(),
        std::fs::read(&input).unwrap(),
    );
    for target in [&identity, &input] {
        let out = decrypt(&input, &identity, target)
            .arg("--force")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("is a file this command reads"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(std::fs::read(&identity).unwrap(), id_before);
    assert_eq!(std::fs::read(&input).unwrap(), in_before);

    // An existing file is replaced only with --force.
    let existing = root.path().join("referral.json");
    std::fs::write(&existing, b"keep me").unwrap();
    let out = decrypt(&input, &identity, &existing).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("add --force"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&existing).unwrap(), b"keep me");
    decrypt(&input, &identity, &existing)
        .arg("--force")
        .assert()
        .code(0);
    assert!(
        std::fs::read_to_string(&existing)
            .unwrap()
            .contains("Testperson")
    );

    // A folder is refused; a device is written in place, never replaced.
    let out = decrypt(&input, &identity, root.path())
        .arg("--force")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        decrypt(&input, &identity, Path::new("/dev/null"))
            .assert()
            .code(0);
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }

    // `-` (and /dev/stdout) is standard output, for a pipe.
    for dash in ["-", "/dev/stdout"] {
        let out = decrypt(&input, &identity, Path::new(dash))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{dash}: {}", stderr(&out));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["referral"]["person"]["family_name"], "Testperson");
    }
    let out = cli(&data)
        .args(["drafts", "export", &id, "--out", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"family_name\": \"Testperson\""));
}

// 2. Interrupted plain writes

/// Set in the child: the folder the plain writer writes into.
#[cfg(unix)]
const PLAIN_WRITER_DIR: &str = "PREVENT_REFERRAL_TEST_PLAIN_WRITER_DIR";

/// Not a test of its own: the process the Ctrl+C test interrupts (this
/// program run again, see tests/processes/child.rs). It writes a large
/// plain file again and again through the same destination writer as
/// `decrypt --out`, with the same start-up as the program (interrupts
/// remove the temporary file in flight). Without its variable it does
/// nothing.
#[cfg(unix)]
#[test]
fn plain_writer_process() {
    use prevent_referral::storage::destination::{Protected, Replace, check};
    let Some(dir) = std::env::var_os(PLAIN_WRITER_DIR).map(PathBuf::from) else {
        return;
    };
    prevent_referral::process::harden();
    let path = dir.join("referral.json");
    let bytes = vec![b'x'; 24 * 1024 * 1024];
    println!("ready");
    loop {
        let to = check(&path, &Protected::default(), Replace::Allowed).unwrap();
        to.write(&bytes, &mut std::io::sink()).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn a_plain_write_stopped_by_ctrl_c_leaves_nothing_behind() {
    // On the disk, not a memory file system: the write takes a while.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for round in 0..8 {
        let mut child = child::start(
            "plain_writer_process",
            PLAIN_WRITER_DIR,
            dir.path().as_os_str(),
        );
        child::wait_for_line(&mut child, "ready");
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(std::time::Duration::from_millis(30 + seed % 300));
        // Ctrl+C, as a person at a terminal sends it.
        let pid = rustix::process::Pid::from_child(&child);
        rustix::process::kill_process(pid, rustix::process::Signal::INT).unwrap();
        let status = child.wait().unwrap();
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().all(|n| n == "referral.json"),
            "round {round} ({status}): left {names:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn leftovers_of_an_interrupted_write_go_the_next_time_the_folder_is_written_to() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let out_dir = root.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let make = |name: &str, mode: u32| {
        let path = out_dir.join(name);
        std::fs::write(&path, b"the whole referral").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(old)
            .unwrap();
        path
    };
    let leftover = make(".prevent-referral-a1B2c3.tmp", 0o600);
    let not_ours = [
        make(".prevent-referral-a1B2c3.tmp.keep", 0o600),
        make(".prevent-referral-a1B2c.tmp", 0o600),
        make("prevent-referral-a1B2c3.tmp", 0o600),
        make(".prevent-referral-z9y8x7.tmp", 0o644),
    ];
    let input = sealed_export(root.path(), false);
    decrypt(
        &input,
        &common::fixture("keys/prevent-team.txt"),
        &out_dir.join("referral.json"),
    )
    .assert()
    .code(0);
    assert!(!leftover.exists(), "the leftover was removed");
    for keep in &not_ours {
        assert!(keep.exists(), "{} is not ours to remove", keep.display());
    }
}

// 3. Messages

#[test]
fn messages_escape_what_comes_from_a_file_and_never_print_an_answer() {
    let root = tempfile::tempdir().unwrap();
    // A file name with an escape sequence in it. Windows refuses C0
    // controls in a name, but takes C1's CSI (ESC [ to many terminals).
    let (esc, bel) = if cfg!(windows) {
        ('\u{9b}', '\u{9c}')
    } else {
        ('\u{1b}', '\u{7}')
    };
    let name = root.path().join(format!("x{esc}]0;title{bel}.json"));
    let text = std::fs::read_to_string(common::fixture("child-complete.json")).unwrap();
    std::fs::write(
        &name,
        text.replace(
            "\"gender\": \"male\"",
            "\"gender\": \"Alex Testperson lives at 12 Example Road\"",
        ),
    )
    .unwrap();
    let out = Command::cargo_bin("prevent-referral")
        .unwrap()
        .arg("validate")
        .arg(&name)
        .output()
        .unwrap();
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(!said.contains(esc) && !said.contains(bel), "{said:?}");
    assert!(
        said.contains(&format!(
            "x{}]0;title{}.json",
            esc.escape_unicode(),
            bel.escape_unicode()
        )),
        "{said}"
    );
    assert!(!said.contains("Example Road"), "{said}");

    // A label with escapes, in `drafts list`.
    let data = root.path().join("data");
    let draft = std::fs::read_to_string(common::fixture("drafts/draft-v1.json")).unwrap();
    let crafted = root.path().join("crafted-draft.json");
    std::fs::write(
        &crafted,
        draft.replace(
            "\"Year 10 concern\"",
            "\"\\u001b[2J\\u001b]52;c;aGk=\\u0007\\r\\u202eYear 10\"",
        ),
    )
    .unwrap();
    import(&data, &crafted);
    let out = cli(&data).args(["drafts", "list"]).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("\\u{1b}[2J"), "{said}");
    assert!(
        !said
            .chars()
            .any(|c| c == '\u{1b}' || c == '\r' || c == '\u{202e}'),
        "{said:?}"
    );
}

// 5. Duplicate keys

#[test]
fn a_key_given_twice_is_refused_naming_the_key_and_its_line() {
    let out = Command::cargo_bin("prevent-referral")
        .unwrap()
        .arg("validate")
        .arg(common::fixture("hostile/duplicate-key.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = stderr(&out);
    assert!(
        said.contains("has the key “referral” twice") && said.contains("line 14"),
        "{said}"
    );
    let data = tempfile::tempdir().unwrap();
    let out = cli(&data.path().join("d"))
        .args(["drafts", "import"])
        .arg(common::fixture("hostile/draft-duplicate-key.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("has the key “label” twice"),
        "{}",
        stderr(&out)
    );
}

// Issue 25: a record that can be trusted.

/// Every command that writes a file keeps out of the data folder the
/// program really uses: `--data-dir` (F1: `pdf` once guarded the default
/// folder instead, and replaced the key with a PDF).
#[cfg(unix)]
#[test]
fn every_writer_keeps_out_of_the_data_folder_given_on_the_command_line() {
    let (root, data, id) = library_with_the_child();
    let key_before = std::fs::read(data.join("key.age")).unwrap();
    let draft_file = std::fs::read_dir(data.join("drafts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".draft.age"))
        .unwrap();
    let draft_before = std::fs::read(&draft_file).unwrap();
    // The data folder reached by a link too, as an attacker would name it.
    let link = root.path().join("innocent");
    std::os::unix::fs::symlink(&data, &link).unwrap();
    let identity = common::fixture("keys/prevent-team.txt");
    let input = sealed_export(root.path(), false);
    let child = common::fixture("child-complete.json");
    for target in [
        data.join("key.age"),
        draft_file.clone(),
        data.join("plain.pdf"),
        link.join("key.age"),
    ] {
        let runs: Vec<(&str, Command)> = vec![
            ("pdf", {
                let mut c = cli(&data);
                c.arg("pdf")
                    .arg(&child)
                    .arg("--force")
                    .arg("--out")
                    .arg(&target);
                c
            }),
            ("drafts pdf", {
                let mut c = cli(&data);
                c.args(["drafts", "pdf", &id, "--force", "--out"])
                    .arg(&target);
                c
            }),
            ("drafts export", {
                let mut c = cli(&data);
                c.args(["drafts", "export", &id, "--force", "--out"])
                    .arg(&target);
                c
            }),
            ("decrypt", {
                let mut c = cli(&data);
                c.arg("decrypt")
                    .arg(&input)
                    .arg("--identity")
                    .arg(&identity)
                    .arg("--force")
                    .arg("--out")
                    .arg(&target);
                c
            }),
        ];
        for (what, mut run) in runs {
            let out = run.output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(2),
                "{what} {}: {}",
                target.display(),
                stderr(&out)
            );
            assert!(
                stderr(&out).contains("inside the program's data folder"),
                "{what}: {}",
                stderr(&out)
            );
        }
    }
    assert_eq!(std::fs::read(data.join("key.age")).unwrap(), key_before);
    assert_eq!(std::fs::read(&draft_file).unwrap(), draft_before);
    assert!(!data.join("plain.pdf").exists());
    // The library still opens, every draft with it.
    cli(&data).args(["drafts", "list"]).assert().code(0);
}

/// F2: `pdf` names its files escaped, as every other command does.
#[test]
fn pdf_prints_file_names_escaped() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    // Windows refuses C0 controls in a name: C1's CSI there.
    let esc = if cfg!(windows) { '\u{9b}' } else { '\u{1b}' };
    let bad = root.path().join(if cfg!(windows) {
        "a\u{9b}]0;PWNED\u{202e}b.json"
    } else {
        "a\u{1b}]0;PWNED\u{7}\u{202e}b.json"
    });
    std::fs::write(&bad, b"{ not json").unwrap();
    let out = cli(&data)
        .arg("pdf")
        .arg(&bad)
        .arg("--out")
        .arg(root.path().join(format!("o{esc}[2J.pdf")))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    for stream in [&out.stdout, &out.stderr] {
        let text = String::from_utf8_lossy(stream);
        assert!(!text.contains(esc), "{text:?}");
        assert!(!text.contains('\u{202e}'), "{text:?}");
    }
    let shown = esc.escape_unicode().to_string();
    assert!(stderr(&out).contains(&shown), "{}", stderr(&out));
}

/// F3 and F6: a second import of one file is a copy whose chain holds and
/// names the first; `drafts history` says by its exit code whether the
/// chain holds.
#[test]
fn a_copy_made_on_import_starts_a_chain_that_holds_and_a_broken_one_fails_the_command() {
    let (_root, data, first) = library_with_the_child();
    let second = import(&data, &common::fixture("child-complete.json"));
    assert_ne!(first, second);
    let out = cli(&data)
        .args(["drafts", "history", &second])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("copied from referral {first}")),
        "{text}"
    );
    assert!(text.contains("the chain of hashes holds"), "{text}");

    // The history changed behind the program's back (with the passphrase):
    // the command says so and fails.
    let keys = prevent_referral::storage::crypto::KeyFile::in_dir(&data)
        .unlock(&PASSPHRASE.to_owned().into())
        .unwrap();
    let path = data.join("drafts").join(format!("{second}.draft.age"));
    let plain = keys.open(&std::fs::read(&path).unwrap()).unwrap();
    let mut draft: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    draft["history"][0]["at"] = serde_json::json!("2020-01-01T00:00:00Z");
    let sealed = keys.seal(draft.to_string().as_bytes()).unwrap();
    std::fs::write(&path, sealed).unwrap();
    let out = cli(&data)
        .args(["drafts", "history", &second])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let out = cli(&data)
        .args(["drafts", "history", &second, "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"broken\""));
}

/// The PDF copy is noted after it is written, with the file's hash; a
/// refused copy notes nothing.
#[test]
fn drafts_pdf_notes_the_copy_only_once_written() {
    let (root, data, id) = library_with_the_child();
    let out_file = root.path().join("copy.pdf");
    std::fs::write(&out_file, b"already here").unwrap();
    cli(&data)
        .args(["drafts", "pdf", &id, "--out"])
        .arg(&out_file)
        .assert()
        .code(2);
    let history = |data: &Path| {
        let out = cli(data).args(["drafts", "history", &id]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(!history(&data).contains("PDF copy made"));
    std::fs::remove_file(&out_file).unwrap();
    cli(&data)
        .args(["drafts", "pdf", &id, "--out"])
        .arg(&out_file)
        .assert()
        .code(0);
    let sha = prevent_referral::record::history::sha256_hex(&std::fs::read(&out_file).unwrap());
    assert!(
        history(&data).contains(&format!("PDF copy made; SHA-256 {sha}")),
        "{}",
        history(&data)
    );
}

/// A correction's export never replaces the file first sent, even with
/// `--force`, and is named as a correction.
#[test]
fn a_file_already_exported_is_never_replaced() {
    let (root, data, id) = library_with_the_child();
    let sent = root.path().join("sent.json");
    cli(&data)
        .args(["drafts", "export", &id, "--out"])
        .arg(&sent)
        .assert()
        .code(0);
    let before = std::fs::read(&sent).unwrap();
    // Neither an export nor a PDF copy of it, even with --force.
    for command in ["export", "pdf"] {
        let out = cli(&data)
            .args(["drafts", command, &id, "--force", "--out"])
            .arg(&sent)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{command}: {}", stderr(&out));
        assert!(stderr(&out).contains("never replaced"), "{}", stderr(&out));
        assert_eq!(std::fs::read(&sent).unwrap(), before);
    }
}

/// F7, F8, F13: links in the library are not followed, and a library that
/// cannot be written to says so (not "open in Prevent Referral").
#[cfg(unix)]
#[test]
fn links_in_the_library_are_not_followed_and_a_read_only_library_says_why() {
    use std::os::unix::fs::PermissionsExt;
    let (root, data, id) = library_with_the_child();
    let victim = root.path().join("victim");
    std::fs::create_dir(&victim).unwrap();
    let lock = data.join("drafts").join(format!("{id}.lock"));
    std::os::unix::fs::symlink(victim.join("created-by-lock"), &lock).unwrap();
    let out = cli(&data)
        .args(["drafts", "export", &id, "--out"])
        .arg(root.path().join("e.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!victim.join("created-by-lock").exists());
    std::fs::remove_file(&lock).unwrap();

    // A drafts folder that is a link: its target's mode is left alone.
    let public = root.path().join("public");
    std::fs::create_dir(&public).unwrap();
    std::fs::set_permissions(&public, std::fs::Permissions::from_mode(0o755)).unwrap();
    let other = root.path().join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::os::unix::fs::symlink(&public, other.join("drafts")).unwrap();
    let _ = cli(&other).args(["drafts", "list"]).output().unwrap();
    let mode = std::fs::metadata(&public).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o755);

    // As root, permissions do not stop a write: only a real user sees F13.
    if rustix::process::geteuid().is_root() {
        return;
    }
    let drafts = data.join("drafts");
    std::fs::set_permissions(&drafts, std::fs::Permissions::from_mode(0o500)).unwrap();
    let out = cli(&data)
        .args(["drafts", "export", &id, "--out"])
        .arg(root.path().join("e.json"))
        .output()
        .unwrap();
    std::fs::set_permissions(&drafts, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!stderr(&out).contains("is open in"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("could not be locked"),
        "{}",
        stderr(&out)
    );
}

/// F6: the answers of an exported referral changed behind the program's
/// back (with the passphrase) no longer pass for what was exported.
#[test]
fn answers_changed_after_an_export_are_found() {
    let (root, data, id) = library_with_the_child();
    cli(&data)
        .args(["drafts", "export", &id, "--out"])
        .arg(root.path().join("sent.json"))
        .assert()
        .code(0);
    cli(&data).args(["drafts", "history", &id]).assert().code(0);
    let keys = prevent_referral::storage::crypto::KeyFile::in_dir(&data)
        .unlock(&PASSPHRASE.to_owned().into())
        .unwrap();
    let path = std::fs::read_dir(data.join("drafts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".draft.age"))
        .unwrap();
    let plain = keys.open(&std::fs::read(&path).unwrap()).unwrap();
    let mut draft: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    draft["referral"]["person"]["family_name"] = "Someone else".into();
    std::fs::write(&path, keys.seal(draft.to_string().as_bytes()).unwrap()).unwrap();
    let out = cli(&data)
        .args(["drafts", "history", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("not those exported"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// Found by the second review, attacking the release program: a drafts
/// folder or key that is a link is guarded where it really is; the
/// platform's data folder is guarded while `--data-dir` names another.
#[cfg(unix)]
#[test]
fn links_in_the_data_folder_and_the_default_folder_are_guarded_too() {
    let (root, data, _id) = library_with_the_child();
    let child = common::fixture("child-complete.json");
    // The drafts folder moved elsewhere and linked back.
    let real_drafts = root.path().join("real-drafts");
    std::fs::rename(data.join("drafts"), &real_drafts).unwrap();
    std::os::unix::fs::symlink(&real_drafts, data.join("drafts")).unwrap();
    // The key likewise.
    let keys = root.path().join("keys");
    std::fs::create_dir(&keys).unwrap();
    std::fs::rename(data.join("key.age"), keys.join("key.age")).unwrap();
    std::os::unix::fs::symlink(keys.join("key.age"), data.join("key.age")).unwrap();
    let key_before = std::fs::read(keys.join("key.age")).unwrap();
    for target in [real_drafts.join("y.pdf"), keys.join("key.age")] {
        let out = cli(&data)
            .arg("pdf")
            .arg(&child)
            .arg("--force")
            .arg("--out")
            .arg(&target)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    }
    assert_eq!(std::fs::read(keys.join("key.age")).unwrap(), key_before);
    assert!(!real_drafts.join("y.pdf").exists());

    // The platform's data folder, while --data-dir names another.
    let home = root.path().join("home");
    let default = home.join(".local/share/preventreferral");
    std::fs::create_dir_all(&default).unwrap();
    std::fs::write(default.join("key.age"), b"the default library's key").unwrap();
    let out = cli(&data)
        .env("HOME", &home)
        .env_remove("XDG_DATA_HOME")
        .env_remove("PREVENT_REFERRAL_DATA_DIR")
        .arg("pdf")
        .arg(&child)
        .arg("--force")
        .arg("--out")
        .arg(default.join("key.age"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(default.join("key.age")).unwrap(),
        b"the default library's key"
    );
}
