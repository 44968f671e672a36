//! After sending: `cargo bench --bench after_sending`. Aims (issue 22), each
//! under one 60 Hz frame (16 ms): opening the timeline of a referral with
//! 1,000 follow-up entries, and matching one person against a library of
//! 10,000 referrals. Figures in docs/PERFORMANCE.md.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use prevent_referral::clock::FixedClock;
use prevent_referral::model::DateInput;
use prevent_referral::record::draft::Draft;
use prevent_referral::record::history::{
    FollowUp, History, HistoryClock, Noted, Sending, SentHow, describe,
};
use prevent_referral::record::library::{DraftInfo, referred_before};
use prevent_referral::rules::Context;

fn main() {
    divan::main();
}

fn clock() -> FixedClock {
    FixedClock(
        Utc.with_ymd_and_hms(2026, 12, 5, 9, 0, 0)
            .single()
            .unwrap_or_default(),
    )
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap_or_default()
}

/// A complete referral exported, marked sent, then 1,000 follow-ups: its
/// draft file's text.
fn thousand_follow_ups() -> (uuid::Uuid, String) {
    let read = match prevent_referral::export::read_export(include_bytes!(
        "../tests/fixtures/child-complete.json"
    )) {
        Ok(read) => read,
        Err(e) => panic!("fixture: {e}"),
    };
    let mut draft = Draft::from_export(read, &clock());
    let ctx = Context::new(day(5));
    let hc = HistoryClock::start(&clock());
    let outgoing =
        match prevent_referral::record::outbox::prepare(&draft, ctx, clock().0, &[], false) {
            Ok(o) => o,
            Err(e) => panic!("export: {e:?}"),
        };
    prevent_referral::record::outbox::record_export(&mut draft, &outgoing, &[], &hc);
    let referral = draft.referral.clone();
    let today = day(5) + Duration::days(300);
    let sending = Sending {
        on: day(5),
        how: SentHow::Email,
        to: "Westshire Prevent team".into(),
        recorded_by: "Sam Lead".into(),
        note: String::new(),
    };
    if let Err(e) = draft
        .history
        .mark_sent(draft.id, &hc, &referral, sending, today)
    {
        panic!("mark sent: {e:?}");
    }
    for i in 0..1000_i64 {
        let what = FollowUp::Contact {
            with: "Prevent officer".into(),
            panel_invitation: i % 50 == 0,
        };
        let noted = Noted {
            on: day(5) + Duration::days(i / 4),
            recorded_by: "Sam Lead".into(),
            note: "Spoke about support at school and at home.".into(),
            what,
            amends: None,
        };
        if let Err(e) = draft
            .history
            .follow_up(draft.id, &hc, &referral, noted, today)
        {
            panic!("follow-up {i}: {e:?}");
        }
    }
    (draft.id, draft.history.to_value().to_string())
}

/// Reading the history, checking its chain, working out what is due, the
/// outcome and review, and putting the newest 100 entries (what the
/// screen shows first) into words.
#[divan::bench(sample_count = 30)]
fn open_timeline_of_1000_follow_ups(bencher: divan::Bencher) {
    let (id, text) = thousand_follow_ups();
    let today = day(5) + Duration::days(300);
    bencher.bench(|| {
        let history = History::from_text(divan::black_box(&text), id).unwrap_or_default();
        let check = history.check();
        let due = history.due(today);
        let outcome = history.outcome();
        let words: Vec<Option<String>> = history
            .entries()
            .iter()
            .rev()
            .take(100)
            .map(|e| describe(&e.event))
            .collect();
        (check, due, outcome, history.review_due(), words)
    });
}

/// 10,000 listing lines, one person in every 500 shares a name and date
/// of birth with the one looked for (the referral on screen).
fn library_of(n: usize) -> (Draft, Vec<DraftInfo>) {
    let ctx = Context::new(day(5));
    let info = |given: &str, family: &str, born: NaiveDate| {
        let mut d = Draft::new(&clock());
        d.referral.person.given_names = given.into();
        d.referral.person.family_name = family.into();
        d.referral.person.date_of_birth = DateInput::from_date(born);
        DraftInfo::of(&d, ctx)
    };
    let born = NaiveDate::from_ymd_opt(2011, 3, 14).unwrap_or_default();
    let mut me = Draft::new(&clock());
    me.referral.person.given_names = "Zoë".into();
    me.referral.person.family_name = "Smith-Jones".into();
    me.referral.person.date_of_birth = DateInput::from_date(born);
    let others = (0..n)
        .map(|i| {
            if i % 500 == 0 {
                info("ZOE", "Jones Smith", born)
            } else {
                info(
                    &format!("Given{i}"),
                    &format!("Family{}", i % 97),
                    born + Duration::days(i as i64 % 4000),
                )
            }
        })
        .collect();
    (me, others)
}

/// What the app does when the person on screen changes: their key made,
/// compared with every line, the matches put in order with what "Add"
/// would add.
#[divan::bench(sample_count = 30)]
fn match_one_person_against_10000(bencher: divan::Bencher) {
    let (me, others) = library_of(10_000);
    assert_eq!(referred_before(&others, &me).len(), 20);
    bencher.bench(|| referred_before(divan::black_box(&others), &me));
}
