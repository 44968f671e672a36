//! Hostile files (tests/fixtures/hostile, made by
//! `examples/hostile_corpus.rs`, plus a huge file made here): every reader
//! gives a clear error, nothing panics, and no file is changed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use prevent_referral::export::read_export;
use prevent_referral::record::draft::{Opened, open_bytes};
use prevent_referral::storage::crypto::{decrypt_with_file, is_encrypted, parse_identity_file};
use prevent_referral::storage::file::{OpenError, read_bytes};
use std::path::{Path, PathBuf};

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(common::fixture("hostile"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// What is there before and after: the bytes, or what kind of thing it is.
fn snapshot(path: &Path) -> Vec<u8> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::read_link(path)
            .unwrap()
            .into_os_string()
            .into_encoded_bytes(),
        Ok(m) if m.is_dir() => b"a folder".to_vec(),
        Ok(m) if m.len() > 64 * 1024 * 1024 => format!("{} bytes", m.len()).into_bytes(),
        Ok(_) => std::fs::read(path).unwrap(),
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

/// Opens a file as the app's Open does, with the team's identity for an
/// encrypted one.
fn open_as_the_app_does(path: &Path) -> Result<(), OpenError> {
    let identity = std::fs::read(common::fixture("keys/prevent-team.txt")).unwrap();
    let identities = parse_identity_file(&identity).unwrap();
    let bytes = read_bytes(path)?;
    if !is_encrypted(&bytes) {
        return open_bytes(&bytes).map(|_| ());
    }
    let plain = decrypt_with_file(&identities, &bytes).map_err(OpenError::Decrypt)?;
    match open_bytes(&plain)? {
        // The receiving side opens exports only, as the app does.
        Opened::Draft(_) => Err(OpenError::Foreign(prevent_referral::msg!(
            "draft-is-export"
        ))),
        Opened::Export(_) => Ok(()),
    }
}

#[test]
fn the_corpus_has_every_kind_of_hostile_file() {
    let names: Vec<String> = corpus()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(names.len() >= 30, "{} files", names.len());
    for kind in [
        "truncated",
        "tampered",
        "tampered-header",
        "wrong-key-name",
        "deeply-nested",
        "invalid-utf8",
        "wrong-format",
        "newer-",
        "a-folder",
        "loop-a",
        "for-another-team",
        "duplicate-key",
        "terminal-escapes",
        "control-characters",
        "bidi-override",
        "long-key-name",
        "draft-unknown-key",
    ] {
        // A loop of links is not listed under Wine, and git for Windows
        // checks links out as small text files: Unix only.
        if cfg!(windows) && kind == "loop-a" {
            continue;
        }
        assert!(
            names.iter().any(|n| n.contains(kind)),
            "no {kind} file in the corpus"
        );
    }
}

#[test]
fn every_hostile_file_is_refused_clearly_and_left_unchanged() {
    let huge_dir = tempfile::tempdir().unwrap();
    let huge = huge_dir.path().join("huge.json");
    // 40 MiB without writing them: a sparse file.
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(40 * 1024 * 1024)
        .unwrap();
    let mut files = corpus();
    files.push(huge);
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let before = snapshot(path);

        // The app's Open, the draft reader and the export reader. An export
        // with a wrong-typed answer opens (as a draft, to be corrected), and
        // its problems are listed below.
        let opened = open_as_the_app_does(path);
        if let Err(err) = &opened {
            assert!(err.to_string().len() >= 8, "{name}: unclear error {err:?}");
        }
        if let Ok(bytes) = read_bytes(path) {
            assert!(
                prevent_referral::record::draft::Draft::from_bytes(&bytes).is_err(),
                "{name} read as a draft"
            );
            match read_export(&bytes) {
                Ok(read) => {
                    let problems = prevent_referral::export::check_export(&read, common::ctx());
                    assert!(!problems.is_empty(), "{name} read as a valid export");
                }
                Err(_) => assert!(opened.is_err(), "{name}"),
            }
        } else {
            assert!(opened.is_err(), "{name}");
        }

        // The command line: `validate` and `decrypt`, as real processes.
        let out = Command::cargo_bin("prevent-referral")
            .unwrap()
            .arg("validate")
            .arg(path)
            .output()
            .unwrap();
        let code = out.status.code().unwrap_or(-1);
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            code == 1 || code == 2,
            "{name}: validate exited {code}: {said}"
        );
        assert!(
            said.contains(&name),
            "{name}: the message does not name the file: {said}"
        );
        // Nothing from the file reaches the terminal raw, and no answer
        // is repeated.
        assert!(
            !said.chars().any(
                |c| c.is_control() && c != '\n' || prevent_referral::values::is_bidi_control(c)
            ),
            "{name}: raw control characters in {said:?}"
        );
        assert!(
            !said.contains("Example Road"),
            "{name}: an answer was printed: {said}"
        );
        assert!(
            said.len() < 20_000,
            "{name}: {} bytes of messages",
            said.len()
        );

        let written = huge_dir.path().join("decrypted.json");
        let out = Command::cargo_bin("prevent-referral")
            .unwrap()
            .arg("decrypt")
            .arg(path)
            .arg("--identity")
            .arg(common::fixture("keys/prevent-team.txt"))
            .arg("--out")
            .arg(&written)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: decrypt: {said}");
        assert!(said.contains(&name), "{name}: {said}");
        assert!(!written.exists(), "{name}: decrypt wrote a file");

        assert_eq!(snapshot(path), before, "{name} was changed");
    }
}

/// Every hostile file as a draft in the library, as the key file, and as
/// an identity file: refused with a reason, nothing changed.
#[test]
fn hostile_files_as_drafts_key_files_and_identities() {
    use prevent_referral::record::library::Library;
    use prevent_referral::storage::crypto::{KeyError, KeyFile, secrecy::SecretString};
    let data = tempfile::tempdir().unwrap();
    let library = Library::open(data.path(), common::keys()).unwrap();
    let mut ids = Vec::new();
    for path in corpus().iter().filter(|p| p.is_file()) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();

        // As a draft in the library (encrypted with the installation key
        // when it is not already an age file, as a damaged draft would be).
        let id = uuid::Uuid::new_v4();
        let stored = if is_encrypted(&bytes) {
            bytes.clone()
        } else {
            library.keys().seal(&bytes).unwrap()
        };
        std::fs::write(library.draft_path(id), &stored).unwrap();
        let err = library.load(id).expect_err(&name).to_string();
        assert!(err.contains(&id.to_string()), "{name}: {err}");
        assert_eq!(
            std::fs::read(library.draft_path(id)).unwrap(),
            stored,
            "{name}"
        );
        ids.push(id);

        // As the key file.
        let key_dir = tempfile::tempdir().unwrap();
        let key_file = KeyFile::in_dir(key_dir.path());
        std::fs::write(key_file.path(), &bytes).unwrap();
        let err = key_file
            .unlock(&SecretString::from(
                "a passphrase for the corpus".to_owned(),
            ))
            .expect_err(&name);
        assert!(
            matches!(err, KeyError::Damaged(..) | KeyError::WrongPassphrase),
            "{name}: {err:?}"
        );
        if name == "huge-work-factor.json.age" {
            assert!(err.to_string().contains("too much work"), "{err}");
        }
        assert_eq!(std::fs::read(key_file.path()).unwrap(), bytes, "{name}");

        // As an identity file.
        assert!(
            parse_identity_file(&bytes).is_err(),
            "{name} read as an identity"
        );
    }
    let listed = library.list(common::ctx()).unwrap();
    assert_eq!(listed.len(), ids.len());
    assert!(
        listed.iter().all(Result::is_err),
        "every one listed with its problem"
    );
}
