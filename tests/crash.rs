//! Crash tests for real: a process saves drafts as fast as it can and is
//! killed (SIGKILL) at a random moment, 20 times. Every time, the library
//! must list cleanly and every draft must open whole: one of the writer's
//! saves, never a torn one. `scripts/crash-bench.sh` does the same 1,000
//! times.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

#[path = "processes/child.rs"]
mod child;
#[path = "processes/draft_writer.rs"]
mod writer;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Set in the child: the folder it writes drafts into.
const WRITER_DIR: &str = "PREVENT_REFERRAL_TEST_WRITER_DIR";

/// Not a test of its own: the writer process the kill test starts (this
/// program run again, see tests/processes/child.rs). Without its variable
/// it does nothing.
#[test]
fn draft_writer_process() {
    if let Some(dir) = std::env::var_os(WRITER_DIR) {
        let why = writer::write(std::path::Path::new(&dir), 3);
        panic!("the writer stopped: {why}");
    }
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
    let dir = tempfile::tempdir().unwrap();
    let mut seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    for round in 0..20 {
        let mut child = child::start("draft_writer_process", WRITER_DIR, dir.path().as_os_str());
        if round == 0 {
            // The first kill comes only after every draft exists: start-up
            // time differs too much between machines (Wine: several times
            // Linux's) for a fixed delay to promise that.
            child::wait_for_line(&mut child, writer::EVERY_DRAFT_SAVED);
        }
        std::thread::sleep(Duration::from_millis(random_ms(&mut seed, 30, 250)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let drafts = match writer::check(dir.path()) {
            Ok(n) => n,
            Err(why) => panic!("round {round}: {why}"),
        };
        assert!(drafts >= 3 || round == 0, "round {round}: {drafts} drafts");
    }
}
