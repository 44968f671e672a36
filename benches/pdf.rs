//! How fast the PDF copy is made: `cargo bench --bench pdf`. Figures are
//! recorded in docs/PERFORMANCE.md, beside LibreOffice converting the form
//! as a .docx. The aims: the complete child fixture under 150 ms, a
//! referral with three 50,000-character answers under 1 s.

use chrono::{NaiveDate, TimeZone, Utc};
use prevent_referral::export::read_export;
use prevent_referral::pdf::{self, CopyOptions};
use prevent_referral::record::draft::Draft;
use prevent_referral::rules::Context;

fn main() {
    divan::main();
}

const CHILD: &str = include_str!("../tests/fixtures/child-complete.json");

fn ctx() -> Context {
    Context::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default())
}

fn opts() -> CopyOptions {
    CopyOptions::new(
        Utc.with_ymd_and_hms(2026, 11, 20, 15, 30, 0)
            .single()
            .unwrap_or_default(),
    )
}

fn child() -> Draft {
    match read_export(CHILD.as_bytes()) {
        Ok(read) => Draft::from_export(read, &prevent_referral::clock::SystemClock),
        Err(e) => panic!("fixture: {e}"),
    }
}

/// Prose in paragraphs, 50,000 characters: the longest an answer can be.
fn long_answer() -> String {
    let paragraph = "She said that the group meets on Fridays after school and that new \
                     members are shown videos before they are trusted. "
        .repeat(8);
    let text = [paragraph.as_str(); 60].join("\n\n");
    text.chars().take(50_000).collect()
}

#[divan::bench(sample_count = 20)]
fn child_fixture(bencher: divan::Bencher) {
    let d = child();
    bencher.bench(|| pdf::make(divan::black_box(&d), ctx(), &opts()).map(|b| b.len()));
}

#[divan::bench(sample_count = 10)]
fn three_answers_of_50000_characters(bencher: divan::Bencher) {
    let mut d = child();
    let long = long_answer();
    d.referral.concerns.description = long.clone();
    d.referral.concerns.online_activity = long.clone();
    d.referral.actions.taken = long;
    bencher.bench(|| pdf::make(divan::black_box(&d), ctx(), &opts()).map(|b| b.len()));
}

/// Names and answers in twelve scripts (the bundled Noto fonts and, for
/// Chinese, the computer's own fonts, looked for once per run).
#[divan::bench(sample_count = 20)]
fn child_fixture_in_many_scripts(bencher: divan::Bencher) {
    let mut d = child();
    d.referral.person.given_names = "Łucja Siân".into();
    d.referral.person.family_name = "محمد".into();
    d.referral.concerns.description = [
        "Αλέξανδρος Παπαδόπουλος",
        "Олександр Шевченко",
        "محمد عبد الله",
        "عمران خان اردو",
        "דוד לוי",
        "রহিম উদ্দিন",
        "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
        "ભાવેશ પટેલ",
        "अमित शर्मा",
        "கார்த்திக் முருகன்",
        "สมชาย ใจดี",
        "王小明",
    ]
    .join("\n\n");
    bencher.bench(|| pdf::make(divan::black_box(&d), ctx(), &opts()).map(|b| b.len()));
}
