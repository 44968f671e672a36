//! The drafts library: `cargo bench --bench library`. Aims: a durable
//! autosave of a large referral (encrypted) under 20 ms; listing 10,000
//! drafts under 300 ms.

use chrono::{NaiveDate, TimeZone, Utc};
use prevent_referral::clock::FixedClock;
use prevent_referral::record::draft::Draft;
use prevent_referral::record::library::Library;
use prevent_referral::rules::Context;
use prevent_referral::storage::crypto::Keys;

fn main() {
    divan::main();
}

fn ctx() -> Context {
    Context::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default())
}

fn clock() -> FixedClock {
    FixedClock(
        Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0)
            .single()
            .unwrap_or_default(),
    )
}

/// A draft with three 50,000-character answers.
fn large() -> Draft {
    let mut d = Draft::new(&clock());
    let long: String = "He said he wanted to do what they did. "
        .repeat(1300)
        .chars()
        .take(50_000)
        .collect();
    d.referral.concerns.description = long.clone();
    d.referral.actions.taken = long.clone();
    d.referral.needs.details = long;
    d
}

/// Write to disk, flush, rename, flush the folder: what every autosave does.
#[divan::bench(sample_count = 30)]
fn durable_autosave_of_a_large_referral(bencher: divan::Bencher) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap_or_else(|e| panic!("{e}"));
    let library = Library::open(dir.path(), Keys::generate()).unwrap_or_else(|e| panic!("{e}"));
    let draft = large();
    bencher.bench_local(|| library.save(&draft, ctx()).map(|i| i.sections_complete));
}

#[divan::bench(sample_count = 10)]
fn list_10000_drafts(bencher: divan::Bencher) {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap_or_else(|e| panic!("{e}"));
    let library = Library::open(dir.path(), Keys::generate()).unwrap_or_else(|e| panic!("{e}"));
    // Filling the library durably would take minutes; plain writes of the
    // same encrypted files give the same folder to list.
    let template = Draft::new(&clock());
    let keys = library.keys().clone();
    for _ in 0..10_000 {
        let mut d = template.clone();
        d.id = uuid::Uuid::new_v4();
        let sealed = keys.seal(d.to_json().as_bytes()).unwrap_or_default();
        let _ = std::fs::write(library.draft_path(d.id), sealed);
    }
    // The first listing reads every draft and writes the index; the
    // samples are the listings after it, as on the drafts screen.
    let first = std::time::Instant::now();
    let _ = library.list(ctx());
    println!(
        "first listing of 10,000 drafts (no index yet): {:?}",
        first.elapsed()
    );
    bencher.bench_local(|| library.list(ctx()).map(|l| l.len()));
}

/// Recording one event (with the questions that changed) in a draft's
/// history: what each save adds. Aim: under 1 ms.
#[divan::bench(sample_count = 100)]
fn record_a_save_in_the_history(bencher: divan::Bencher) {
    use prevent_referral::record::history::{Event, HistoryClock, changed_questions};
    let history_clock = HistoryClock::start(&clock());
    let before = large();
    let mut after = before.clone();
    after.referral.person.given_names = "Alex".into();
    after.referral.concerns.description.push_str(" And more.");
    bencher.bench_local(|| {
        let mut draft = after.clone();
        let changed = changed_questions(&before.referral, &draft.referral);
        draft
            .history
            .record(draft.id, &history_clock, Event::Saved { changed });
        draft.history.len()
    });
}

/// A draft whose history has 10,000 entries (years of saves), in a library.
fn long_history() -> (tempfile::TempDir, Library, Draft) {
    use prevent_referral::record::history::{Changed, Event, HistoryClock};
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap_or_else(|e| panic!("{e}"));
    let library = Library::open(dir.path(), Keys::generate()).unwrap_or_else(|e| panic!("{e}"));
    let history_clock = HistoryClock::start(&clock());
    let mut draft = Draft::new(&clock());
    for _ in 0..10_000 {
        let changed = vec![Changed {
            path: "referral.concerns.description".into(),
            label: "Describe your concerns".into(),
        }];
        draft
            .history
            .record(draft.id, &history_clock, Event::Saved { changed });
    }
    let _ = library.save(&draft, ctx());
    (dir, library, draft)
}

/// The autosave of a draft whose history has 10,000 entries (encrypted,
/// durable). Aim: within 20 ms.
#[divan::bench(sample_count = 20)]
fn save_a_draft_with_10000_history_entries(bencher: divan::Bencher) {
    let (_dir, library, draft) = long_history();
    bencher.bench_local(|| library.save(&draft, ctx()).map(|i| i.sections_complete));
}

/// Opening it: decrypt, read, and check the chain of 10,000 hashes. Aim:
/// within 20 ms.
#[divan::bench(sample_count = 20)]
fn open_a_draft_with_10000_history_entries(bencher: divan::Bencher) {
    let (_dir, library, draft) = long_history();
    bencher.bench_local(|| library.load(draft.id).map(|d| d.history.len()));
}
