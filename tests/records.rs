//! Record keeping (issue 16): the history inside each draft, through the
//! library and the command line.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use chrono::{Duration, TimeZone, Utc};
use prevent_referral::clock::FixedClock;
use prevent_referral::record::draft::Draft;
use prevent_referral::record::history::{
    Check, Event, HistoryClock, changed_questions, sha256_hex,
};
use prevent_referral::record::library::{Library, Status};

use common::cli;

fn stdout(c: &mut Command) -> String {
    String::from_utf8(c.assert().code(0).get_output().stdout.clone()).unwrap()
}

#[test]
fn a_history_survives_a_save_and_its_chain_holds() {
    let clock = HistoryClock::start(&common::clock());
    let mut draft = Draft::new(&common::clock());
    let before = draft.referral.clone();
    draft.referral.person.given_names = "Alex Testperson".into();
    let changed = changed_questions(&before, &draft.referral);
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].path, "referral.person.given_names");
    assert_eq!(changed[0].label, "Given name(s)");
    draft
        .history
        .record(draft.id, &clock, Event::Saved { changed });
    draft.history.record(draft.id, &clock, Event::Renamed);
    let text = draft.to_json();
    let history = serde_json::from_str::<serde_json::Value>(&text).unwrap()["history"].clone();
    assert!(
        !history.to_string().contains("Alex Testperson"),
        "answers are never copied into the history: {history}"
    );
    let back = Draft::from_bytes(text.as_bytes()).unwrap();
    assert_eq!(back.history.check(), Check::Holds);
    // Created once, before the first save.
    let events: Vec<_> = back.history.entries().iter().map(|e| &e.event).collect();
    assert!(matches!(
        events[..],
        [Event::Created, Event::Saved { .. }, Event::Renamed]
    ));
    assert_eq!(
        back.history.latest_hash(back.id),
        draft.history.latest_hash(draft.id)
    );
}

#[test]
fn a_tampered_history_is_reported_and_the_answers_still_open() {
    let clock = HistoryClock::start(&common::clock());
    let mut draft = Draft::new(&common::clock());
    draft.referral.person.family_name = "Kept".into();
    draft.history.record(draft.id, &clock, Event::Created);
    draft.history.record(
        draft.id,
        &clock,
        Event::Corrected {
            reason: "Wrong school".into(),
        },
    );
    draft.history.record(draft.id, &clock, Event::Renamed);
    let text = draft.to_json().replace("Wrong school", "Nothing to see");
    let back = Draft::from_bytes(text.as_bytes()).unwrap();
    assert_eq!(back.history.check(), Check::BrokenAt(2));
    assert_eq!(back.referral.person.family_name, "Kept");

    // Not even a list: kept as found, and the draft opens.
    let v: serde_json::Value = serde_json::from_str(&draft.to_json()).unwrap();
    let mut v = v.as_object().unwrap().clone();
    v.insert("history".into(), serde_json::json!({"garbled": 1}));
    let text = serde_json::to_string(&v).unwrap();
    let back = Draft::from_bytes(text.as_bytes()).unwrap();
    assert_eq!(back.history.check(), Check::Unreadable);
    assert_eq!(back.referral.person.family_name, "Kept");
    assert!(back.to_json().contains("garbled"), "kept as it was found");
}

#[test]
fn a_clock_set_back_cannot_reorder_the_history() {
    let ten = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();
    let mut draft = Draft::new(&FixedClock(ten));
    draft.history.record(
        draft.id,
        &HistoryClock::start(&FixedClock(ten)),
        Event::Created,
    );
    // The next session's clock is a day behind.
    let earlier = HistoryClock::start(&FixedClock(ten - Duration::days(1)));
    draft.history.record(draft.id, &earlier, Event::Reopened);
    draft.history.record(draft.id, &earlier, Event::Renamed);
    let back = Draft::from_bytes(draft.to_json().as_bytes()).unwrap();
    let entries = back.history.entries();
    assert!(matches!(entries[1].event, Event::Reopened));
    assert!(entries.windows(2).all(|w| w[0].at <= w[1].at));
    assert!(entries[1].at >= ten);
    assert_eq!(back.history.check(), Check::Holds);
}

#[test]
fn a_draft_from_version_1_opens_with_a_history_that_starts_at_the_upgrade() {
    let bytes = std::fs::read(common::fixture("drafts/draft-v1.json")).unwrap();
    let mut draft = Draft::from_bytes(&bytes).unwrap();
    assert!(draft.history.is_empty());
    let clock = HistoryClock::start(&common::clock());
    draft.history.record(draft.id, &clock, Event::Reopened);
    let events: Vec<_> = draft.history.entries().iter().map(|e| &e.event).collect();
    assert!(matches!(
        events[..],
        [Event::Upgraded { from_version: 1 }, Event::Reopened]
    ));
    assert!(draft.to_json().contains("\"draft_version\": 2"));
}

#[test]
fn the_command_line_records_an_import_and_an_export_with_the_files_hash() {
    let data = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let id = stdout(
        cli(data.path())
            .args(["drafts", "import"])
            .arg(common::fixture("child-complete.json")),
    );
    let id = id.lines().last().unwrap().to_owned();
    let file = out_dir.path().join("sent.json");
    cli(data.path())
        .args(["drafts", "export", &id, "--out"])
        .arg(&file)
        .assert()
        .code(0);
    // A PDF copy is noted once; one that is refused (the file is there and
    // --force was not given) is not noted at all.
    let copy = out_dir.path().join("copy.pdf");
    for code in [0, 2] {
        cli(data.path())
            .args(["drafts", "pdf", &id, "--out"])
            .arg(&copy)
            .assert()
            .code(code);
    }
    let history: serde_json::Value = serde_json::from_str(&stdout(
        cli(data.path()).args(["drafts", "history", &id, "--json"]),
    ))
    .unwrap();
    assert_eq!(history["check"], "holds");
    let entries = history["entries"].as_array().unwrap();
    let events: Vec<&str> = entries
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["imported", "exported", "pdf_made"], "each once");
    assert_eq!(entries[0]["from"], "export");
    assert_eq!(entries[1]["encrypted"], false);
    assert_eq!(
        entries[1]["sha256"],
        sha256_hex(&std::fs::read(&file).unwrap()),
        "the hash of the file written"
    );
    let text = stdout(cli(data.path()).args(["drafts", "history", &id]));
    assert!(text.contains("exported, not encrypted"), "{text}");
    assert!(
        text.contains("3 entries; the chain of hashes holds"),
        "{text}"
    );

    let list: serde_json::Value =
        serde_json::from_str(&stdout(cli(data.path()).args(["drafts", "list", "--json"]))).unwrap();
    // Exported is not sent: the person marks it sent.
    assert_eq!(list[0]["status"], "exported");
    assert!(list[0]["exported_at"].is_string());
    assert!(list[0]["sent_on"].is_null());
    assert!(list[0].get("person").is_none(), "no name on the terminal");
    let gone = stdout(cli(data.path()).args(["drafts", "purge", "--sent-older-than", "0"]));
    assert!(
        gone.contains("deleted 0 sent referrals"),
        "not sent: {gone}"
    );
    let today = chrono::Local::now().date_naive().to_string();
    cli(data.path())
        .args(["drafts", "mark-sent", &id, "--on", &today, "--how", "email"])
        .args(["--to", "Westshire Prevent", "--recorded-by", "A Lead"])
        .assert()
        .code(0);
    let list: serde_json::Value =
        serde_json::from_str(&stdout(cli(data.path()).args(["drafts", "list", "--json"]))).unwrap();
    assert_eq!(list[0]["status"], "sent");
    assert_eq!(list[0]["sent_on"], today.as_str());
    assert_eq!(list[0]["retained_from"], today.as_str());
    assert_eq!(
        list[0]["due"],
        serde_json::json!([]),
        "nothing due on the day"
    );
    assert_eq!(list[0]["same_person"], serde_json::json!([]));

    // Marked sent: the record of what was sent, never deleted by hand nor
    // by the purge of drafts unsaved for so long; its retention decides.
    let refused = cli(data.path())
        .args(["drafts", "delete", &id])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let why = String::from_utf8(refused.stderr).unwrap();
    assert!(why.contains("was marked as sent"), "{why}");
    let kept = stdout(cli(data.path()).args(["drafts", "purge", "--older-than", "0"]));
    assert!(kept.starts_with("0 draft"), "{kept}");
    let list: serde_json::Value =
        serde_json::from_str(&stdout(cli(data.path()).args(["drafts", "list", "--json"]))).unwrap();
    assert_eq!(list[0]["status"], "sent", "still there");

    // Marked sent today: not purged at 1 day, purged at 0.
    let kept = stdout(cli(data.path()).args(["drafts", "purge", "--sent-older-than", "1"]));
    assert!(kept.contains("deleted 0 sent referrals"), "{kept}");
    let gone = stdout(cli(data.path()).args(["drafts", "purge", "--sent-older-than", "0"]));
    assert!(gone.contains("deleted 1 sent referral"), "{gone}");
}

#[test]
fn an_encrypted_export_names_the_team_and_the_status_follows_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let read = prevent_referral::export::read_export(
        &std::fs::read(common::fixture("child-complete.json")).unwrap(),
    )
    .unwrap();
    let mut draft = Draft::from_export(read, &common::clock());
    let ctx = common::ctx();
    assert_eq!(lib.save(&draft, ctx).unwrap().status, Status::Ready);
    let identity = age::x25519::Identity::generate();
    let key = identity.to_public().to_string();
    let recipients =
        prevent_referral::record::outbox::recipients(std::slice::from_ref(&key)).unwrap();
    let outgoing = prevent_referral::record::outbox::prepare(
        &draft,
        ctx,
        common::clock().0,
        &recipients,
        false,
    )
    .unwrap();
    let clock = HistoryClock::start(&common::clock());
    prevent_referral::record::outbox::record_export(
        &mut draft,
        &outgoing,
        &[("Westshire Prevent".into(), key)],
        &clock,
    );
    let info = lib.save(&draft, ctx).unwrap();
    assert_eq!(info.status, Status::Exported, "exported is not sent");
    assert_eq!(draft.history.exported_to(), ["Westshire Prevent"]);
    match &draft.history.entries().last().unwrap().event {
        Event::Exported {
            encrypted, sha256, ..
        } => {
            assert!(*encrypted);
            assert_eq!(*sha256, sha256_hex(&outgoing.bytes));
        }
        other => panic!("{other:?}"),
    }
    let today = common::clock().0.date_naive();
    draft
        .history
        .mark_sent(
            draft.id,
            &clock,
            &draft.referral.clone(),
            prevent_referral::record::history::Sending {
                on: today,
                how: prevent_referral::record::history::SentHow::Email,
                to: "Westshire Prevent".into(),
                recorded_by: "A Lead".into(),
                note: String::new(),
            },
            today,
        )
        .unwrap();
    let info = lib.save(&draft, ctx).unwrap();
    assert_eq!(info.status, Status::Sent);
    assert_eq!(info.sent_to, "Westshire Prevent");
    assert_eq!(info.sent_on, Some(today));
    draft.history.record(
        draft.id,
        &clock,
        Event::Corrected {
            reason: "Date of birth".into(),
        },
    );
    assert!(!draft.history.is_sent());
    assert_eq!(lib.save(&draft, ctx).unwrap().status, Status::Ready);
}

/// A copy given an id of its own keeps every entry (an export stays an
/// export) and its chain holds under the new id; a broken history copied
/// stays broken (a copy cannot hide tampering); a copy of a copy holds too.
#[test]
fn a_copy_keeps_its_history_and_neither_raises_nor_hides_an_alarm() {
    let clock = HistoryClock::start(&common::clock());
    let mut draft = Draft::new(&common::clock());
    draft.history.record(draft.id, &clock, Event::Created);
    draft.history.record(
        draft.id,
        &clock,
        Event::Exported {
            teams: vec![],
            encrypted: false,
            sha256: "ab".repeat(32),
            answers: None,
        },
    );
    draft.history.record(draft.id, &clock, Event::Renamed);
    let mut copy = draft.clone();
    copy.id = uuid::Uuid::new_v4();
    copy.history.start_copy(draft.id, &clock);
    copy.history.record(copy.id, &clock, Event::Renamed);
    let back = Draft::from_bytes(copy.to_json().as_bytes()).unwrap();
    assert_eq!(back.history.check(), Check::Holds);
    assert!(
        back.history.exported_unchanged().is_some(),
        "the export is still on record"
    );
    assert_eq!(back.history.len(), 5);

    // And a copy of the copy.
    let mut again = back.clone();
    again.id = uuid::Uuid::new_v4();
    again.history.start_copy(back.id, &clock);
    let back_again = Draft::from_bytes(again.to_json().as_bytes()).unwrap();
    assert_eq!(back_again.history.check(), Check::Holds);

    // A history changed before it was copied is still found out.
    let tampered = draft.to_json().replace(&"ab".repeat(32), &"cd".repeat(32));
    let mut bad = Draft::from_bytes(tampered.as_bytes()).unwrap();
    assert_eq!(bad.history.check(), Check::BrokenAt(2));
    let old = bad.id;
    bad.id = uuid::Uuid::new_v4();
    bad.history.start_copy(old, &clock);
    let bad_back = Draft::from_bytes(bad.to_json().as_bytes()).unwrap();
    assert_eq!(bad_back.history.check(), Check::BrokenAt(2));
}
