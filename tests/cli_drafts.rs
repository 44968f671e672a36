//! `prevent-referral drafts ...`, run as a real process against a data
//! folder given with --data-dir or PREVENT_REFERRAL_DATA_DIR.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn cli(data: &Path) -> Command {
    let mut c = Command::cargo_bin("prevent-referral").unwrap();
    c.arg("--data-dir").arg(data);
    c
}

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

    let out_file = data.path().join("out.json");
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
        .arg(data.path().join("no.json"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "referral.person.date_of_birth: Enter a real date of birth",
        ));
    assert!(!data.path().join("no.json").exists(), "nothing written");

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
    Command::cargo_bin("prevent-referral")
        .unwrap()
        .env("PREVENT_REFERRAL_DATA_DIR", data.path())
        .args(["drafts", "import"])
        .arg(common::fixture("adult-no-fixed-abode.json"))
        .assert()
        .code(0);
    assert!(
        data.path()
            .join("drafts")
            .join(format!("{}.json", common::ADULT_ID))
            .exists()
    );
    // Last edited 20 November 2026: older than 0 days, not older than 100,000.
    cli(data.path())
        .args(["drafts", "purge", "--older-than", "100000"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 draft(s)"));
    cli(data.path())
        .args(["drafts", "purge", "--older-than", "0"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("1 draft(s)"));
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
