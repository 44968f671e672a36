//! Saves drafts into a library as fast as it can, for the crash tests: each
//! save of draft `n` holds generation `g` in a way that can be checked
//! (`family_name` = "gen-{g}", and a description of `g % 997` repeats of a
//! sentence), so a reader can tell a whole save from a torn one.
//!
//!     draft_writer write DATA_DIR DRAFTS   (never stops: it is killed;
//!                                          prints one line once every draft is saved)
//!     draft_writer check DATA_DIR          (exit 0 when every draft is whole)

use chrono::NaiveDate;
use prevent_referral::clock::{Clock, SystemClock};
use prevent_referral::draft::Draft;
use prevent_referral::library::Library;
use prevent_referral::rules::Context;
use std::path::PathBuf;

/// What draft content generation `g` has.
pub fn describe(g: u64) -> (String, String) {
    (
        format!("gen-{g}"),
        "The same sentence, again and again. ".repeat((g % 997) as usize),
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["write", dir, count] => write(dir, count.parse().unwrap_or(3)),
        ["check", dir] => check(dir),
        _ => {
            eprintln!("usage: draft_writer write DATA_DIR DRAFTS | draft_writer check DATA_DIR");
            std::process::exit(2);
        }
    }
}

/// Exits 1, naming the draft, if any draft does not list, open, or hold
/// exactly one of the writer's saves.
fn check(dir: &str) {
    let library = match Library::open(&PathBuf::from(dir), keys()) {
        Ok(l) => l,
        Err(e) => fail(&e.to_string()),
    };
    let ctx = Context::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default());
    let listed = match library.list(ctx) {
        Ok(l) => l,
        Err(e) => fail(&format!("the library does not list: {e}")),
    };
    for entry in &listed {
        let info = match entry {
            Ok(info) => info,
            Err(e) => fail(&format!("a draft does not list: {e}")),
        };
        let draft = match library.load(info.id) {
            Ok(d) => d,
            Err(e) => fail(&format!("{e}")),
        };
        let g = draft
            .referral
            .person
            .family_name
            .strip_prefix("gen-")
            .and_then(|n| n.parse::<u64>().ok());
        match g {
            Some(g) if describe(g).1 == draft.referral.concerns.description => {}
            _ => fail(&format!("draft {} is torn", info.id)),
        }
    }
    println!("{} drafts, all whole", listed.len());
}

/// The tests' installation key, so the crash test can read what was written.
fn keys() -> prevent_referral::crypto::Keys {
    match prevent_referral::crypto::Keys::from_identity_text(include_str!(
        "../tests/fixtures/keys/installation.txt"
    )) {
        Some(keys) => keys,
        None => fail("tests/fixtures/keys/installation.txt holds no key"),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("draft_writer check: {message}");
    std::process::exit(1);
}

fn write(dir: &str, count: usize) {
    let library = match Library::open(&PathBuf::from(dir), keys()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("draft_writer: {e}");
            std::process::exit(2);
        }
    };
    let ctx = Context::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default());
    let mut drafts: Vec<Draft> = (0..count).map(|_| Draft::new(&SystemClock)).collect();
    let mut g: u64 = 0;
    loop {
        for draft in &mut drafts {
            g += 1;
            let (name, description) = describe(g);
            draft.referral.person.family_name = name;
            draft.referral.concerns.description = description;
            draft.updated_at = SystemClock.now();
            if let Err(e) = library.save(draft, ctx) {
                eprintln!("draft_writer: {e}");
                std::process::exit(1);
            }
        }
        if g == drafts.len() as u64 {
            // The crash test waits for this line once, so that a slow start
            // (Wine takes far longer than Linux) cannot leave it no drafts.
            println!("every draft saved once");
        }
    }
}
