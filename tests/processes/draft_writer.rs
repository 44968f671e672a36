//! A process that saves drafts into a library as fast as it can, for the
//! crash tests: each save of draft `n` holds generation `g` in a way that
//! can be checked (`family_name` = "gen-{g}", and a description of
//! `g % 997` repeats of a sentence), so a reader can tell a whole save from
//! a torn one. Shared by tests/crash.rs (which runs it as a child of its own
//! test program, so `cargo test --test crash` needs nothing else built) and
//! examples/draft_writer.rs (for scripts/crash-bench.sh).

use chrono::NaiveDate;
use prevent_referral::clock::{Clock, SystemClock};
use prevent_referral::record::draft::Draft;
use prevent_referral::record::library::Library;
use prevent_referral::rules::Context;
use std::path::Path;

/// The line printed once every draft has been saved once.
pub const EVERY_DRAFT_SAVED: &str = "every draft saved once";

/// What draft content generation `g` has: its family name and description.
pub fn describe(g: u64) -> (String, String) {
    (
        format!("gen-{g}"),
        "The same sentence, again and again. ".repeat((g % 997) as usize),
    )
}

/// The tests' installation key, so what was written can be read back.
pub fn keys() -> Result<prevent_referral::storage::crypto::Keys, String> {
    prevent_referral::storage::crypto::Keys::from_identity_text(include_str!(
        "../fixtures/keys/installation.txt"
    ))
    .ok_or_else(|| "tests/fixtures/keys/installation.txt holds no key".to_owned())
}

fn context() -> Context {
    Context::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default())
}

/// Checks a library after a kill: it lists, and every draft opens and holds
/// exactly one of the writer's saves. Gives how many drafts it holds.
pub fn check(dir: &Path) -> Result<usize, String> {
    let library = Library::open(dir, keys()?).map_err(|e| e.to_string())?;
    let listed = library
        .list(context())
        .map_err(|e| format!("the library does not list: {e}"))?;
    for entry in &listed {
        let info = entry
            .as_ref()
            .map_err(|e| format!("a draft does not list: {e}"))?;
        let draft = library
            .load(info.id)
            .map_err(|e| format!("draft {} does not open: {e}", info.id))?;
        let name = &draft.referral.person.family_name;
        let g = name
            .strip_prefix("gen-")
            .and_then(|n| n.parse::<u64>().ok())
            .ok_or_else(|| format!("not a save of the writer: {name:?}"))?;
        if describe(g).1 != draft.referral.concerns.description {
            return Err(format!(
                "draft {} is torn: its description is not generation {g}'s",
                info.id
            ));
        }
    }
    Ok(listed.len())
}

/// Saves `count` drafts again and again until killed; prints
/// [`EVERY_DRAFT_SAVED`] once. Returns only when a save fails.
pub fn write(dir: &Path, count: usize) -> String {
    let library = match keys().and_then(|k| Library::open(dir, k).map_err(|e| e.to_string())) {
        Ok(l) => l,
        Err(e) => return e,
    };
    let mut drafts: Vec<Draft> = (0..count).map(|_| Draft::new(&SystemClock)).collect();
    let mut g: u64 = 0;
    loop {
        for draft in &mut drafts {
            g += 1;
            let (name, description) = describe(g);
            draft.referral.person.family_name = name;
            draft.referral.concerns.description = description;
            draft.updated_at = SystemClock.now();
            if let Err(e) = library.save(draft, context()) {
                return e.to_string();
            }
        }
        if g == drafts.len() as u64 {
            // The crash test waits for this line once, so that a slow start
            // (Wine takes far longer than Linux) cannot leave it no drafts.
            println!("{EVERY_DRAFT_SAVED}");
        }
    }
}
