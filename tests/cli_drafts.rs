//! `prevent-referral drafts ...`, run as a real process against a data
//! folder given with --data-dir or PREVENT_REFERRAL_DATA_DIR.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

use common::{PASSPHRASE, cli};

fn import(data: &Path, file: &Path) -> String {
    let out = cli(data)
        .args(["drafts", "import"])
        .arg(file)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .last()
        .unwrap()
        .to_owned()
}

#[test]
fn import_list_export_delete() {
    let data = tempfile::tempdir().unwrap();
    let id = import(data.path(), &common::fixture("child-complete.json"));
    assert_eq!(id, common::CHILD_ID, "an export keeps its id");
    // Importing the same export again makes a new draft.
    let second = import(data.path(), &common::fixture("child-complete.json"));
    assert_ne!(second, id);
    let incomplete = import(data.path(), &common::fixture("drafts/draft-v1.json"));

    let out = cli(data.path())
        .args(["drafts", "list", "--json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let list: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3);
    for entry in list {
        for key in ["id", "label", "updated_at", "complete"] {
            assert!(entry.get(key).is_some(), "{key} in {entry}");
        }
    }
    let complete: Vec<bool> = list
        .iter()
        .map(|e| e["complete"].as_bool().unwrap())
        .collect();
    assert_eq!(complete.iter().filter(|c| **c).count(), 2);
    cli(data.path())
        .args(["drafts", "list"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Year 10 concern"));

    // Outside the data folder: it is refused as a destination.
    let outside = tempfile::tempdir().unwrap();
    let out_file = outside.path().join("out.json");
    cli(data.path())
        .args(["drafts", "export", &id[..8], "--out"])
        .arg(&out_file)
        .assert()
        .code(0);
    Command::cargo_bin("prevent-referral")
        .unwrap()
        .arg("validate")
        .arg(&out_file)
        .assert()
        .code(0);

    cli(data.path())
        .args(["drafts", "export", &incomplete, "--out"])
        .arg(outside.path().join("no.json"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "referral.person.date_of_birth: Enter a real date of birth",
        ));
    assert!(!outside.path().join("no.json").exists(), "nothing written");

    cli(data.path())
        .args(["drafts", "delete", &second])
        .assert()
        .code(0);
    cli(data.path())
        .args(["drafts", "delete", &second])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("there is no draft"));
}

#[test]
fn the_environment_variable_names_the_data_folder_and_purge_deletes_old_drafts() {
    let data = tempfile::tempdir().unwrap();
    let passphrase_file = data.path().join("passphrase-for-tests");
    std::fs::write(&passphrase_file, PASSPHRASE).unwrap();
    Command::cargo_bin("prevent-referral")
        .unwrap()
        .env("PREVENT_REFERRAL_DATA_DIR", data.path())
        .env("PREVENT_REFERRAL_PASSPHRASE_FILE", &passphrase_file)
        .args(["drafts", "import"])
        .arg(common::fixture("adult-no-fixed-abode.json"))
        .assert()
        .code(0);
    assert!(
        data.path()
            .join("drafts")
            .join(format!("{}.draft.age", common::ADULT_ID))
            .exists()
    );
    // Last edited 20 November 2026: older than 0 days, not older than 100,000.
    cli(data.path())
        .args(["drafts", "purge", "--older-than", "100000"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 drafts not edited"));
    cli(data.path())
        .args(["drafts", "purge", "--older-than", "0"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("1 draft not edited"));
}

#[test]
fn a_bad_import_names_the_file_and_changes_nothing() {
    let data = tempfile::tempdir().unwrap();
    cli(data.path())
        .args(["drafts", "import"])
        .arg(common::fixture("unreadable/truncated.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("truncated.json: ends too early"));
    let out = cli(data.path())
        .args(["drafts", "list", "--json"])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap().trim(), "[]");
}

/// Importing one's own older export says which answer its edition asked
/// and this one does not, so is kept but not sent (armed forces at 15).
#[test]
fn an_older_export_imported_says_which_answer_is_not_sent() {
    let data = tempfile::tempdir().unwrap();
    let file = common::an_edition_2026_1_export_file(data.path());
    cli(data.path())
        .args(["drafts", "import"])
        .arg(&file)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "older.json: note: made with an earlier edition of the form, which asked this person 3 questions this edition does not: \u{201c}Are they serving in, or have they served in, the armed forces?",
        ));
    cli(data.path())
        .args(["drafts", "import"])
        .arg(common::fixture("child-complete.json"))
        .assert()
        .code(0)
        .stderr(predicate::str::contains("earlier edition").not());
}

/// `prevent-referral decrypt FILE --identity tests/fixtures/IDENTITY --out OUT`.
fn decrypt(file: &Path, identity: &str, out: &Path) -> assert_cmd::assert::Assert {
    Command::cargo_bin("prevent-referral")
        .unwrap()
        .arg("decrypt")
        .arg(file)
        .arg("--identity")
        .arg(common::fixture(identity))
        .arg("--out")
        .arg(out)
        .assert()
}

/// Every byte under `dir` (a data folder), to look for plain text in.
fn all_bytes(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(all_bytes(&path));
        } else {
            out.extend(std::fs::read(&path).unwrap());
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn drafts_are_encrypted_and_exports_encrypt_to_teams_who_decrypt_them() {
    let data = tempfile::tempdir().unwrap();
    let id = import(data.path(), &common::fixture("child-complete.json"));
    let child = std::fs::read_to_string(common::fixture("child-complete.json")).unwrap();
    assert!(child.contains("Testperson"));
    let stored = all_bytes(&data.path().join("drafts"));
    assert!(!stored.is_empty());
    assert!(
        !contains(&stored, "Testperson"),
        "a name is stored in plain text"
    );
    assert!(
        !contains(&stored, "Example Road"),
        "an address is stored in plain text"
    );

    // A wrong passphrase opens nothing.
    let wrong = data.path().join("wrong-passphrase");
    std::fs::write(&wrong, "tangerine lighthouse forgets eight").unwrap();
    Command::cargo_bin("prevent-referral")
        .unwrap()
        .arg("--data-dir")
        .arg(data.path())
        .env("PREVENT_REFERRAL_PASSPHRASE_FILE", &wrong)
        .args(["drafts", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("passphrase is not right"));

    let team = common::team_keys().public_key();
    let outside = tempfile::tempdir().unwrap();
    let sealed = outside.path().join("referral.json.age");
    cli(data.path())
        .args([
            "drafts",
            "export",
            &id,
            "--recipient",
            &team,
            "--armor",
            "--out",
        ])
        .arg(&sealed)
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&sealed).unwrap();
    assert!(text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(!text.contains("Testperson"));

    // The receiving team decrypts it with their identity file.
    let out = outside.path().join("received.json");
    decrypt(&sealed, "keys/prevent-team.txt", &out)
        .code(0)
        .stdout(predicate::str::contains("complete and valid"));
    let received: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(received["id"], id.as_str());

    // Another identity cannot, and nothing is written.
    let not_written = outside.path().join("not-written.json");
    decrypt(&sealed, "keys/other-team.txt", &not_written)
        .code(2)
        .stderr(predicate::str::contains("encrypted for a different key"));
    assert!(!not_written.exists());

    // A changed file is refused, and left as it was.
    let tampered = data.path().join("tampered.json.age");
    let mut bytes = std::fs::read(&sealed).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] = if bytes[mid] == b'A' { b'B' } else { b'A' };
    std::fs::write(&tampered, &bytes).unwrap();
    decrypt(&tampered, "keys/prevent-team.txt", &not_written)
        .code(2)
        .stderr(predicate::str::contains("tampered.json.age: "));
    assert!(!not_written.exists());
    assert_eq!(std::fs::read(&tampered).unwrap(), bytes);

    // A bad recipient: nothing written.
    cli(data.path())
        .args([
            "drafts",
            "export",
            &id,
            "--recipient",
            "age1nonsense",
            "--out",
        ])
        .arg(&not_written)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a whole encryption key"));
    assert!(!not_written.exists());

    // `validate` says an encrypted file must be decrypted first.
    Command::cargo_bin("prevent-referral")
        .unwrap()
        .arg("validate")
        .arg(&sealed)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is encrypted"));
}

#[test]
fn plain_drafts_from_before_encryption_are_encrypted_and_removed() {
    let data = tempfile::tempdir().unwrap();
    let drafts = data.path().join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let v1 = std::fs::read_to_string(common::fixture("drafts/draft-v1.json")).unwrap();
    let id: serde_json::Value = serde_json::from_str(&v1).unwrap();
    let id = id["id"].as_str().unwrap().to_owned();
    std::fs::write(drafts.join(format!("{id}.json")), &v1).unwrap();
    std::fs::write(
        drafts.join(format!("{id}.meta.json")),
        b"{\"label\": \"Year 10 concern\"}",
    )
    .unwrap();
    // One that cannot be read, and a half-written file from before.
    let broken = "0b0e2f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
    std::fs::write(drafts.join(format!("{broken}.json")), b"{\"format\": ").unwrap();
    // Named and made as the writer names and makes them (owner-only).
    let tmp = drafts.join(".prevent-referral-abc123.tmp");
    std::fs::write(&tmp, &v1).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    #[cfg(windows)]
    prevent_referral::platform::make_owner_only(&tmp, false).unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&tmp)
        .unwrap()
        .set_modified(old)
        .unwrap();
    cli(data.path())
        .args(["drafts", "list"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains(&id[..8]))
        .stderr(predicate::str::contains(format!(
            "draft {broken} is an unencrypted draft from an earlier version, left as it was: it ends too early"
        )));
    assert!(!drafts.join(format!("{id}.json")).exists());
    assert!(!drafts.join(format!("{id}.meta.json")).exists());
    // Removed only when it is provably the program's own: under Wine the
    // owner-only rules are not kept to be read back, so it stays there.
    if prevent_referral::platform::rules_are_read_back() {
        assert!(!tmp.exists());
    } else {
        std::fs::remove_file(&tmp).unwrap();
    }
    assert!(drafts.join(format!("{id}.draft.age")).exists());
    assert!(
        drafts.join(format!("{broken}.json")).exists(),
        "left as it was"
    );
    let stored = all_bytes(&drafts);
    assert!(
        !contains(&stored, "Year 10 concern"),
        "plain text left behind"
    );

    // Stopped after encrypting, before removing the plain copy: the next
    // start removes it.
    std::fs::write(drafts.join(format!("{id}.json")), &v1).unwrap();
    cli(data.path()).args(["drafts", "list"]).assert().code(2);
    assert!(!drafts.join(format!("{id}.json")).exists());
}

/// A file of a newer format is refused with the whole message, its advice
/// included: the message was cut at 200 characters, as a value from the
/// file is, and lost "ask your IT team…" (found in review).
#[test]
fn a_newer_files_refusal_is_said_whole() {
    let data = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(common::fixture("child-complete.json")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    doc["format_version"] = "1.5".into();
    doc["referral"]["concerns"]["asked_in_1_5"] = "An answer from a newer form".into();
    let file = data.path().join("newer.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    cli(data.path())
        .args(["drafts", "import"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "ask your IT team to update Prevent Referral, then open it again",
        ));
}
