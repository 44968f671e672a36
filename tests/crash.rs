//! Crash tests for real: a process saves drafts as fast as it can and is
//! killed (SIGKILL) at a random moment, 20 times. Every time, the library
//! must list cleanly and every draft must open whole: one of the writer's
//! saves, never a torn one. `scripts/crash-bench.sh` does the same 1,000
//! times.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use prevent_referral::library::Library;
use prevent_referral::rules::Context;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn writer_binary() -> PathBuf {
    // target/debug/deps/crash-HASH -> target/debug/examples/draft_writer
    let exe = std::env::current_exe().unwrap();
    let debug = exe.parent().and_then(Path::parent).unwrap();
    debug
        .join("examples")
        .join(format!("draft_writer{}", std::env::consts::EXE_SUFFIX))
}

/// The content the writer gives generation `g` (see examples/draft_writer.rs).
fn description_of(g: u64) -> String {
    "The same sentence, again and again. ".repeat((g % 997) as usize)
}

/// Checks the library after a kill; returns how many drafts it holds.
fn check_library(dir: &Path) -> usize {
    let lib = Library::open(
        dir,
        prevent_referral::crypto::Keys::from_identity_text(include_str!(
            "fixtures/keys/installation.txt"
        ))
        .unwrap(),
    )
    .expect("the library opens");
    let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    let listed = lib.list(ctx).expect("the library lists");
    for entry in &listed {
        let info = entry.as_ref().expect("every draft lists");
        let draft = lib.load(info.id).expect("every draft opens");
        let name = &draft.referral.person.family_name;
        let g: u64 = name
            .strip_prefix("gen-")
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("not a save of the writer: {name:?}"));
        assert_eq!(
            draft.referral.concerns.description,
            description_of(g),
            "draft {} is torn: its description is not generation {g}'s",
            info.id
        );
    }
    listed.len()
}

fn random_ms(seed: &mut u64, low: u64, high: u64) -> u64 {
    // xorshift: no dependency needed for a random delay.
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    low + *seed % (high - low)
}

#[test]
fn killing_a_writer_never_leaves_a_torn_or_unlistable_draft() {
    let writer = writer_binary();
    assert!(
        writer.exists(),
        "build the example first: {}",
        writer.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    for round in 0..20 {
        let mut child = Command::new(&writer)
            .arg("write")
            .arg(dir.path())
            .arg("3")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if round == 0 {
            // The first kill comes only after every draft exists: start-up
            // time differs too much between machines (Wine: several times
            // Linux's) for a fixed delay to promise that.
            let mut line = String::new();
            let out = child.stdout.take().unwrap();
            BufReader::new(out).read_line(&mut line).unwrap();
            assert_eq!(line.trim(), "every draft saved once");
        }
        std::thread::sleep(Duration::from_millis(random_ms(&mut seed, 30, 250)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let drafts = check_library(dir.path());
        assert!(drafts >= 3 || round == 0, "round {round}: {drafts} drafts");
    }
}
