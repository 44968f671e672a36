//! "Referred before" through the real app (issue 22): a new referral about
//! someone already referred from this library is told so on the person's
//! page, without being stopped, and can add the earlier one to its
//! "earlier referrals" answer; someone else is told nothing. And every
//! page says whose referral it is.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod ui_support;

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use prevent_referral::app::{App, Gate, Settings};
use prevent_referral::clock::Clock;
use prevent_referral::model::{EarlierReferral, ReferredBy, Tri};
use prevent_referral::record::draft::Draft;
use prevent_referral::record::history::{FollowUp, HistoryClock, Noted, Outcome, Sending, SentHow};
use std::path::Path;
use std::time::{Duration, Instant};
use ui_support::*;

const PASSPHRASE: &str = "marmalade orbit quietly ninety";
const TITLE: &str = "This person may have been referred before";

/// The fixture's referral, exported, marked sent and its outcome told.
fn sent_referral() -> Draft {
    let text = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/child-complete.json"),
    )
    .unwrap();
    let read = prevent_referral::export::read_export(&text).unwrap();
    let mut draft = Draft::from_export(read, &clock());
    let ctx = prevent_referral::rules::Context::new(clock().today());
    let outgoing =
        prevent_referral::record::outbox::prepare(&draft, ctx, clock().now(), &[], false).unwrap();
    let history_clock = HistoryClock::start(&clock());
    prevent_referral::record::outbox::record_export(&mut draft, &outgoing, &[], &history_clock);
    let (id, referral, today) = (draft.id, draft.referral.clone(), clock().today());
    let sending = Sending {
        on: today,
        how: SentHow::Email,
        to: "Westshire Prevent team".into(),
        recorded_by: "Sam Lead".into(),
        note: String::new(),
    };
    draft
        .history
        .mark_sent(id, &history_clock, &referral, sending, today)
        .unwrap();
    for what in [
        FollowUp::Acknowledged {
            by: "Westshire Prevent".into(),
            police_reference: "WP/123".into(),
        },
        FollowUp::Outcome {
            outcome: Outcome::ChannelOffered,
            reason: String::new(),
        },
    ] {
        let noted = Noted {
            on: today,
            recorded_by: "Sam Lead".into(),
            note: String::new(),
            what,
            amends: None,
        };
        draft
            .history
            .follow_up(id, &history_clock, &referral, noted, today)
            .unwrap();
    }
    draft
}

/// Runs frames until `shown` says so (the listing is read on a thread of
/// its own).
fn wait_for(h: &mut Harness<'_, App>, shown: bool) {
    let start = Instant::now();
    while is_shown(h, TITLE) != shown {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "referred before never {}",
            if shown { "said" } else { "gone" }
        );
        std::thread::sleep(Duration::from_millis(20));
        h.run();
    }
}

#[test]
fn a_referral_about_someone_referred_before_says_so_and_offers_to_add_it() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _picks) = app_with(Settings::default());
    let mut h = harness(app.with_data_dir(dir.path(), Box::new(|| {})));
    type_in(&mut h, "Passphrase", PASSPHRASE);
    type_in(&mut h, "Type the passphrase again", PASSPHRASE);
    click(&mut h, "Set passphrase and start");
    assert_eq!(h.state().session.gate, Gate::Open);

    // A referral sent earlier, kept in this library; then a new one.
    let earlier = sent_referral();
    let ctx = prevent_referral::rules::Context::new(clock().today());
    h.state().library().unwrap().save(&earlier, ctx).unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert_ne!(h.state().state.draft.id, earlier.id);

    // The same person, names in another case and order.
    open_section(&mut h, "1. About the person");
    assert!(!is_shown(&h, TITLE), "nothing to say before a name");
    type_in(&mut h, "Given name(s)", "JORDAN alex");
    type_in(&mut h, "Family name", "testperson");
    type_in(&mut h, "Date of birth Day", "14");
    type_in(&mut h, "Date of birth Month", "3");
    type_in(&mut h, "Date of birth Year", "2011");
    wait_for(&mut h, true);
    assert!(is_shown(
        &h,
        // Started as the export says; sent on the day marked.
        "Started 18 November 2026, sent on 20 November 2026. Outcome: Channel support offered"
    ));
    // Not in the way: the page's questions are there to answer.
    assert!(is_shown(&h, "Gender: Male"));

    let add = "Add the referral sent on 20 November 2026 to the earlier referrals";
    click(&mut h, add);
    let other = &h.state().state.draft.referral.other_information;
    assert_eq!(other.earlier_prevent, Some(Tri::Yes));
    assert_eq!(
        other.earlier_referrals,
        [EarlierReferral {
            when: "20 November 2026".into(),
            by: Some(ReferredBy::ThisOrganisation),
            organisation: "Northfield Academy".into(),
            outcome: "Channel support offered".into(),
            reference: "WP/123".into(),
        }]
    );
    assert!(h.state().state.dirty, "kept as typing is");
    h.run();
    assert!(!is_shown(&h, add), "added once only");
    assert!(is_shown(
        &h,
        "It is in the earlier referrals of this referral."
    ));
    assert!(
        h.state().state.notice.as_ref().is_some_and(|n| n
            .text
            .to_string()
            .contains("Earlier Prevent referrals or involvement")),
        "{:?}",
        h.state().state.notice
    );

    // Someone else (another date of birth): nothing said.
    h.state_mut().state.draft.referral.person.date_of_birth =
        prevent_referral::model::DateInput::from_date(
            chrono::NaiveDate::from_ymd_opt(2001, 3, 14).unwrap(),
        );
    wait_for(&mut h, false);
}

/// Whose referral it is, over the task list and every page once a name is
/// typed; initials only when the person chose them; never the window title.
#[test]
fn every_page_says_whose_referral_it_is() {
    let (app, _picks) = app_with(Settings::default());
    let mut h = harness(app);
    assert!(!is_shown(&h, "Referral for"), "no name yet");
    open_section(&mut h, "1. About the person");
    type_in(&mut h, "Given name(s)", "Alex");
    type_in(&mut h, "Family name", "Testperson");
    assert!(is_shown(&h, "Referral for Alex Testperson"));
    click(&mut h, "Back to the task list");
    assert!(is_shown(&h, "Referral for Alex Testperson"));
    open_section(&mut h, "3. Your concerns");
    assert!(is_shown(&h, "Referral for Alex Testperson"));
    assert!(!h.state().window_title().contains("Testperson"));

    h.state_mut().settings.initials_only = true;
    h.run();
    assert!(is_shown(&h, "Referral for A. T."));
    assert!(!is_shown(&h, "Referral for Alex Testperson"));
}
