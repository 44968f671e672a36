//! How fast the core is: `cargo bench`. Figures are recorded in
//! docs/PERFORMANCE.md. The aim is to validate a complete referral in under
//! 50 µs, so the app can check as often as it likes.

use chrono::{NaiveDate, TimeZone, Utc};
use prevent_referral::export::{build_export, check_export, read_export, to_json};
use prevent_referral::model::Referral;
use prevent_referral::rules::{Context, validate};

fn main() {
    divan::main();
}

const CHILD: &str = include_str!("../tests/fixtures/child-complete.json");

fn ctx() -> Context {
    Context::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default())
}

fn child() -> Referral {
    match read_export(CHILD.as_bytes()) {
        Ok(read) => read.referral,
        Err(e) => panic!("fixture: {e}"),
    }
}

/// The same referral with 50,000-character answers: the largest a
/// description can be.
fn large() -> Referral {
    let mut r = child();
    let long = "Lorem ipsum dolor sit amet. ".repeat(1786);
    r.concerns.description = long[..50_000].to_owned();
    r.actions.taken = long[..50_000].to_owned();
    r.needs.details = long[..50_000].to_owned();
    r
}

#[divan::bench]
fn validate_complete_referral(bencher: divan::Bencher) {
    let r = child();
    assert!(validate(&r, ctx()).is_empty());
    bencher.bench(|| validate(divan::black_box(&r), ctx()));
}

#[divan::bench]
fn validate_large_referral(bencher: divan::Bencher) {
    let r = large();
    bencher.bench(|| validate(divan::black_box(&r), ctx()));
}

#[divan::bench]
fn validate_empty_referral(bencher: divan::Bencher) {
    let r = Referral::default();
    bencher.bench(|| validate(divan::black_box(&r), ctx()));
}

#[divan::bench]
fn parse_and_validate_export_file(bencher: divan::Bencher) {
    bencher.bench(|| {
        let read = read_export(divan::black_box(CHILD.as_bytes()));
        read.map(|r| check_export(&r, ctx()).len())
    });
}

#[divan::bench]
fn serialise_export(bencher: divan::Bencher) {
    let r = child();
    let stamp = prevent_referral::export::Stamp {
        id: uuid::Uuid::nil(),
        created_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    };
    let now = Utc.timestamp_opt(0, 0).single().unwrap_or_default();
    bencher
        .bench(|| build_export(divan::black_box(&r), stamp, ctx(), now).map(|doc| to_json(&doc)));
}

#[divan::bench(args = ["07400 123456", "+44 20 7946 0000"])]
fn normalise_phone_first_time(bencher: divan::Bencher, input: &str) {
    bencher.bench(|| prevent_referral::values::normalise_phone_uncached(divan::black_box(input)));
}

#[divan::bench(args = ["07400 123456", "+44 20 7946 0000"])]
fn normalise_phone_again(bencher: divan::Bencher, input: &str) {
    bencher.bench(|| prevent_referral::values::normalise_phone(divan::black_box(input)));
}

#[divan::bench]
fn check_email(bencher: divan::Bencher) {
    bencher.bench(|| {
        prevent_referral::values::is_valid_email(divan::black_box("s.okafor@northfield.sch.uk"))
    });
}

/// 50,000 characters of Urdu checked for characters no one can see and
/// floods of marks (src/unseen.rs), as the rules do while a page is drawn;
/// ASCII text is passed without a look. Measured in the dev profile:
/// 1.0 ms, against 1.3 ms for the control-character check beside it.
#[divan::bench]
fn unseen_in_50000_characters_of_urdu(bencher: divan::Bencher) {
    let text: String = "عائشہ خان بیٹے "
        .repeat(3500)
        .chars()
        .take(50_000)
        .collect();
    bencher.bench(|| prevent_referral::unseen::unseen(divan::black_box(&text), true));
}

#[divan::bench]
fn normalise_postcode(bencher: divan::Bencher) {
    bencher.bench(|| prevent_referral::values::normalise_postcode(divan::black_box("b31 2aa")));
}

/// The same, when its three phone numbers have not been seen before (the
/// first check after opening a file).
#[divan::bench]
fn validate_complete_referral_first_time(bencher: divan::Bencher) {
    let base = child();
    let counter = std::sync::atomic::AtomicU32::new(0);
    bencher
        .with_inputs(|| {
            let n = counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let mut r = base.clone();
            let tail = 100_000 + n % 900_000;
            r.person.phone_numbers = vec![format!("07400 {tail}")];
            r.household.parents_carers[0].phone = format!("07401 {tail}");
            r.referrer.phone = format!("0121 496 {:04}", n % 1000);
            r
        })
        .bench_refs(|r| validate(r, ctx()));
}
