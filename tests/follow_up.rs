//! After sending (issue 22): a referral marked sent and what happened
//! next, each checked before it is added, through the core and the
//! command line. A refusal leaves the history as it was.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use chrono::{Duration, NaiveDate};
use prevent_referral::clock::Clock;
use prevent_referral::record::draft::Draft;
use prevent_referral::record::history::{
    Amends, Check, Event, Field, FollowUp, HistoryClock, Noted, Outcome, Refusal, Sending, SentHow,
    sha256_hex,
};

/// A complete referral exported (as the fixtures' moment), with its
/// export's bytes.
fn exported() -> (Draft, Vec<u8>) {
    let read = prevent_referral::export::read_export(
        &std::fs::read(common::fixture("child-complete.json")).unwrap(),
    )
    .unwrap();
    let mut draft = Draft::from_export(read, &common::clock());
    let outgoing = prevent_referral::record::outbox::prepare(
        &draft,
        common::ctx(),
        common::clock().0,
        &[],
        false,
    )
    .unwrap();
    prevent_referral::record::outbox::record_export(&mut draft, &outgoing, &[], &clock());
    (draft, outgoing.bytes)
}

fn clock() -> HistoryClock {
    HistoryClock::start(&common::clock())
}

fn today() -> NaiveDate {
    common::clock().today()
}

fn sending(on: NaiveDate) -> Sending {
    Sending {
        on,
        how: SentHow::Email,
        to: "Westshire Prevent team".into(),
        recorded_by: "Sam Lead".into(),
        note: String::new(),
    }
}

fn noted(on: NaiveDate, what: FollowUp) -> Noted {
    Noted {
        on,
        recorded_by: "Sam Lead".into(),
        note: "Spoke about support at school.".into(),
        what,
        amends: None,
    }
}

/// Tries `change`; on a refusal, the history must be exactly as before.
fn refused(draft: &mut Draft, change: impl FnOnce(&mut Draft) -> Result<(), Refusal>) -> Refusal {
    let before = draft.history.clone();
    let refusal = change(draft).unwrap_err();
    assert_eq!(draft.history, before, "refused, and nothing added");
    assert!(refusal.message().contains(' '), "{refusal:?} has words");
    refusal
}

#[test]
fn a_referral_is_marked_sent_only_after_its_export_and_as_it_was_exported() {
    let read = prevent_referral::export::read_export(
        &std::fs::read(common::fixture("child-complete.json")).unwrap(),
    )
    .unwrap();
    let mut never = Draft::from_export(read, &common::clock());
    let r = never.referral.clone();
    let id = never.id;
    assert_eq!(
        refused(&mut never, |d| d.history.mark_sent(
            id,
            &clock(),
            &r,
            sending(today()),
            today()
        )),
        Refusal::NotExported
    );

    let (mut draft, bytes) = exported();
    let id = draft.id;
    let r = draft.referral.clone();
    let tomorrow = today() + Duration::days(1);
    assert_eq!(
        refused(&mut draft, |d| d.history.mark_sent(
            id,
            &clock(),
            &r,
            sending(tomorrow),
            today()
        )),
        Refusal::InTheFuture(Field::On)
    );
    let before_export = today() - Duration::days(1);
    assert_eq!(
        refused(&mut draft, |d| d.history.mark_sent(
            id,
            &clock(),
            &r,
            sending(before_export),
            today()
        )),
        Refusal::BeforeSending(Field::On, today())
    );
    let nobody = Sending {
        to: "   ".into(),
        ..sending(today())
    };
    assert_eq!(
        refused(&mut draft, |d| d.history.mark_sent(
            id,
            &clock(),
            &r,
            nobody,
            today()
        )),
        Refusal::Empty(Field::To)
    );
    let mut changed = r.clone();
    changed.person.given_names.push('x');
    assert_eq!(
        refused(&mut draft, |d| d.history.mark_sent(
            id,
            &clock(),
            &changed,
            sending(today()),
            today()
        )),
        Refusal::ChangedSinceExport
    );

    draft
        .history
        .mark_sent(id, &clock(), &r, sending(today()), today())
        .unwrap();
    assert_eq!(draft.history.sent_on(), Some(today()));
    match &draft.history.entries().last().unwrap().event {
        Event::MarkedSent { export, to, .. } => {
            assert_eq!(*export, sha256_hex(&bytes), "names the file sent");
            assert_eq!(to, "Westshire Prevent team");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        refused(&mut draft, |d| d.history.mark_sent(
            id,
            &clock(),
            &r,
            sending(today()),
            today()
        )),
        Refusal::AlreadySent
    );
    // Kept in the draft file, and the chain still holds.
    let back = Draft::from_bytes(draft.to_json().as_bytes()).unwrap();
    assert_eq!(back.history.check(), Check::Holds);
    assert_eq!(back.history.sent_on(), Some(today()));
}

#[test]
fn what_happened_next_is_checked_and_kept_in_order() {
    let (mut draft, _) = exported();
    let id = draft.id;
    let r = draft.referral.clone();
    let ack = FollowUp::Acknowledged {
        by: "PC Jones".into(),
        police_reference: "WP/2026/123".into(),
    };
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            noted(today(), ack.clone()),
            today()
        )),
        Refusal::NotSent
    );
    draft
        .history
        .mark_sent(id, &clock(), &r, sending(today()), today())
        .unwrap();
    let early = today() - Duration::days(1);
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            noted(early, ack.clone()),
            today()
        )),
        Refusal::BeforeSending(Field::On, today())
    );
    let later = today() + Duration::days(3);
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            noted(later, ack.clone()),
            today()
        )),
        Refusal::InTheFuture(Field::On)
    );
    let silent_contact = Noted {
        note: " ".into(),
        ..noted(
            today(),
            FollowUp::Contact {
                with: "Prevent officer".into(),
                panel_invitation: true,
            },
        )
    };
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            silent_contact,
            today()
        )),
        Refusal::Empty(Field::Note)
    );
    let unnamed = FollowUp::Acknowledged {
        by: String::new(),
        police_reference: String::new(),
    };
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            noted(today(), unnamed),
            today()
        )),
        Refusal::Empty(Field::AcknowledgedBy)
    );
    let long = Noted {
        note: "x".repeat(prevent_referral::record::history::MAX_NOTE_CHARS + 1),
        ..noted(today(), ack.clone())
    };
    assert!(matches!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            long,
            today()
        )),
        Refusal::TooLong(Field::Note, _)
    ));
    let review_before = noted(
        today(),
        FollowUp::ReviewDue {
            due: today() - Duration::days(1),
        },
    );
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            review_before,
            today()
        )),
        Refusal::BeforeSending(Field::Due, today())
    );

    for what in [
        ack,
        FollowUp::Outcome {
            outcome: Outcome::ChannelOffered,
            reason: String::new(),
        },
        FollowUp::ReviewDue {
            due: today() + Duration::days(182),
        },
    ] {
        draft
            .history
            .follow_up(id, &clock(), &r, noted(today(), what), today())
            .unwrap();
    }
    assert_eq!(
        draft.history.outcome(),
        Some((Outcome::ChannelOffered, today()))
    );
    // A mistake is put right by a new entry naming it; a number that is
    // not a follow-up (entry 1 is the import) cannot be amended.
    let outcome_entry = draft
        .history
        .follow_ups()
        .find(|(_, e)| {
            matches!(
                e.event,
                Event::FollowUp {
                    what: FollowUp::Outcome { .. },
                    ..
                }
            )
        })
        .unwrap()
        .0;
    let fix = |entry: usize| Noted {
        amends: Some(Amends {
            entry,
            reason: "Misheard on the phone".into(),
        }),
        ..noted(
            today(),
            FollowUp::Outcome {
                outcome: Outcome::ChannelAccepted,
                reason: "They agreed at the meeting".into(),
            },
        )
    };
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            fix(1),
            today()
        )),
        Refusal::NoSuchEntry(1)
    );
    // Put right only by its own kind: a contact cannot stand for an outcome.
    let wrong_kind = Noted {
        amends: Some(Amends {
            entry: outcome_entry,
            reason: "Misheard".into(),
        }),
        ..noted(
            today(),
            FollowUp::Contact {
                with: "PC Jones".into(),
                panel_invitation: false,
            },
        )
    };
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            wrong_kind,
            today()
        )),
        Refusal::NoSuchEntry(outcome_entry)
    );
    // Nothing a reader would see is not a name; a review years away is a slip.
    let invisible = FollowUp::Contact {
        with: "\u{200b}\u{2060} ".into(),
        panel_invitation: false,
    };
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            noted(today(), invisible),
            today()
        )),
        Refusal::Empty(Field::ContactWith)
    );
    let far = noted(
        today(),
        FollowUp::ReviewDue {
            due: NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
        },
    );
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            far,
            today()
        )),
        Refusal::TooFarAhead(Field::Due)
    );
    // Answers changed outside the program since they were sent: refused.
    let mut changed = r.clone();
    changed.person.given_names.push('x');
    let ack = FollowUp::Acknowledged {
        by: "PC Jones".into(),
        police_reference: String::new(),
    };
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &changed,
            noted(today(), ack),
            today()
        )),
        Refusal::RecordNotTrusted
    );
    let len = draft.history.len();
    draft
        .history
        .follow_up(id, &clock(), &r, fix(outcome_entry), today())
        .unwrap();
    assert_eq!(draft.history.len(), len + 1, "added, nothing rewritten");
    assert_eq!(
        draft.history.outcome(),
        Some((Outcome::ChannelAccepted, today()))
    );
    assert_eq!(
        draft.history.review_due(),
        Some(today() + Duration::days(182))
    );
    let back = Draft::from_bytes(draft.to_json().as_bytes()).unwrap();
    assert_eq!(back.history.check(), Check::Holds);
    assert_eq!(back.history.follow_ups().count(), 4);
    let line =
        prevent_referral::record::history::describe(&back.history.entries()[len].event).unwrap();
    assert!(line.contains("puts right entry"), "{line}");
}

#[test]
fn nothing_is_added_to_a_record_that_does_not_hold() {
    let (draft, _) = exported();
    let id = draft.id;
    // The first entry changed after the fact: the next no longer carries
    // its hash, so the chain does not hold.
    assert!(draft.history.len() >= 2, "{:?}", draft.history.entries());
    let mut value: serde_json::Value = serde_json::from_str(&draft.to_json()).unwrap();
    value["history"][0]["at"] = "2020-01-01T00:00:00Z".into();
    let json = value.to_string();
    let mut tampered = Draft::from_bytes(json.as_bytes()).unwrap();
    assert_ne!(tampered.history.check(), Check::Holds);
    let r = tampered.referral.clone();
    assert_eq!(
        refused(&mut tampered, |d| d.history.mark_sent(
            id,
            &clock(),
            &r,
            sending(today()),
            today()
        )),
        Refusal::RecordNotTrusted
    );
}

#[test]
fn a_correction_ends_the_sending_and_a_new_export_is_marked_afresh() {
    let (mut draft, _) = exported();
    let id = draft.id;
    let r = draft.referral.clone();
    draft
        .history
        .mark_sent(id, &clock(), &r, sending(today()), today())
        .unwrap();
    draft.history.record(
        id,
        &clock(),
        Event::Corrected {
            reason: "Wrong date of birth".into(),
        },
    );
    assert_eq!(draft.history.sent_on(), None);
    let ack = FollowUp::Acknowledged {
        by: "PC Jones".into(),
        police_reference: String::new(),
    };
    assert_eq!(
        refused(&mut draft, |d| d.history.follow_up(
            id,
            &clock(),
            &r,
            noted(today(), ack),
            today()
        )),
        Refusal::NotSent
    );
    assert_eq!(
        refused(&mut draft, |d| d.history.mark_sent(
            id,
            &clock(),
            &r,
            sending(today()),
            today()
        )),
        Refusal::NotExported,
        "the correction must be exported before it is sent"
    );
}

use common::cli;

fn run(c: &mut Command, code: i32) -> (String, String) {
    let output = c.assert().code(code).get_output().clone();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn the_command_line_marks_sent_records_what_happened_and_prints_the_chronology() {
    let data = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let (imported, _) = run(
        cli(data.path())
            .args(["drafts", "import"])
            .arg(common::fixture("child-complete.json")),
        0,
    );
    let id = imported.lines().last().unwrap().to_owned();
    let history = || {
        run(
            cli(data.path()).args(["drafts", "history", &id, "--json"]),
            0,
        )
        .0
    };
    let today = chrono::Local::now().date_naive().to_string();
    let tomorrow = (chrono::Local::now().date_naive() + Duration::days(1)).to_string();
    let mark = |on: &str, how: &str, to: &str| {
        let mut c = cli(data.path());
        c.args([
            "drafts",
            "mark-sent",
            &id,
            "--on",
            on,
            "--how",
            how,
            "--to",
            to,
        ]);
        c
    };

    // Never exported: refused, nothing added.
    let before = history();
    let (_, err) = run(&mut mark(&today, "email", "Westshire Prevent"), 1);
    assert!(err.contains("has not been exported"), "{err}");
    assert_eq!(history(), before);

    let file = out_dir.path().join("referral.json");
    run(
        cli(data.path())
            .args(["drafts", "export", &id, "--out"])
            .arg(&file),
        0,
    );
    let before = history();
    for (on, how, to, said) in [
        ("4/12/2026", "email", "Westshire Prevent", "is not a date"),
        (
            today.as_str(),
            "carrier-pigeon",
            "Westshire Prevent",
            "is not one of",
        ),
        (
            tomorrow.as_str(),
            "email",
            "Westshire Prevent",
            "--on: The date must be today",
        ),
        (
            today.as_str(),
            "email",
            " ",
            "--to: Enter who you sent it to",
        ),
    ] {
        let (_, err) = run(
            &mut mark(on, how, to),
            if said.starts_with("--") { 1 } else { 2 },
        );
        assert!(err.contains(said), "{on} {how} {to:?}: {err}");
        assert_eq!(history(), before, "{on} {how} {to:?}: nothing added");
    }
    let (said, _) = run(&mut mark(&today, "online-form", "Westshire Prevent"), 0);
    assert!(said.contains("as sent"), "{said}");
    let (_, err) = run(&mut mark(&today, "email", "Westshire Prevent"), 1);
    assert!(err.contains("already marked as sent"), "{err}");

    // What happened next.
    let (_, err) = run(
        cli(data.path()).args([
            "drafts",
            "follow-up",
            &id,
            "contact",
            "--on",
            &today,
            "--with",
            "PC Jones",
        ]),
        1,
    );
    assert!(err.contains("--note: Enter what was discussed"), "{err}");
    let (_, err) = run(
        cli(data.path()).args(["drafts", "follow-up", &id, "outcome", "--on", &today]),
        1,
    );
    assert!(err.contains("--outcome"), "{err}");
    // A terminal control in a note is refused, not kept (every output
    // would show it differently); the history is as it was.
    let before = history();
    let (_, err) = run(
        cli(data.path()).args([
            "drafts",
            "follow-up",
            &id,
            "contact",
            "--on",
            &today,
            "--with",
            "PC Jones",
            "--note",
            "Agreed a meeting.\u{1b}[2J",
        ]),
        1,
    );
    assert!(err.contains("--note: Take out the control"), "{err}");
    assert_eq!(history(), before);
    for args in [
        vec![
            "acknowledged",
            "--by",
            "Westshire Prevent",
            "--police-reference",
            "WP/123",
        ],
        vec![
            "contact",
            "--with",
            "PC Jones",
            "--panel-invitation",
            "--note",
            "Agreed a meeting with the family.",
        ],
        vec![
            "outcome",
            "--outcome",
            "channel-offered",
            "--reason",
            "Vulnerable to grooming",
        ],
        vec!["review", "--due", "2027-06-01"],
    ] {
        let mut c = cli(data.path());
        c.args(["drafts", "follow-up", &id])
            .args(&args)
            .args(["--on", &today]);
        run(&mut c, 0);
    }

    let (text, _) = run(cli(data.path()).args(["drafts", "chronology", &id]), 0);
    let sha = sha256_hex(&std::fs::read(&file).unwrap());
    for said in [
        "Marked as sent",
        "The police Prevent team's online form",
        sha.as_str(),
        "Outcome: Channel support offered",
        "Next review due: 1 June 2027",
        "police reference WP/123",
        "with an invitation to a Channel panel",
        "the chain of hashes holds",
    ] {
        assert!(text.contains(said), "no {said:?} in:\n{text}");
    }
    // The person's words are printed whole.
    assert!(text.contains("Agreed a meeting with the family."), "{text}");
    let (json, _) = run(
        cli(data.path()).args(["drafts", "chronology", &id, "--json"]),
        0,
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["sent"]["export"], sha.as_str());
    assert_eq!(json["sent"]["how"], "online_form");
    assert_eq!(json["follow_ups"].as_array().unwrap().len(), 4);
    assert_eq!(json["review_due"], "2027-06-01");
}

/// What is due: an acknowledgement after five working days, an outcome
/// after twenty, a review once its day comes with nothing recorded on or
/// after it; each gone once recorded.
#[test]
fn what_is_due_follows_the_record_and_the_day() {
    use prevent_referral::record::history::{Due, DueKind, working_days_after};
    let (mut d, _) = exported();
    let (id, r, sent) = (d.id, d.referral.clone(), today());
    assert!(
        d.history.due(sent + Duration::days(60)).is_empty(),
        "not sent"
    );
    d.history
        .mark_sent(id, &clock(), &r, sending(sent), sent)
        .unwrap();
    let ack = working_days_after(sent, 5);
    let outcome = working_days_after(sent, 20);
    assert!(d.history.due(ack - Duration::days(1)).is_empty());
    assert_eq!(
        d.history.due(ack),
        [Due {
            since: ack,
            what: DueKind::Acknowledgement
        }]
    );
    let kinds =
        |d: &Draft, day| -> Vec<DueKind> { d.history.due(day).iter().map(|x| x.what).collect() };
    assert_eq!(
        kinds(&d, outcome),
        [DueKind::Acknowledgement, DueKind::Outcome],
        "oldest first"
    );
    let later = outcome + Duration::days(1);
    let ack_entry = FollowUp::Acknowledged {
        by: "Westshire Prevent".into(),
        police_reference: "WP/123".into(),
    };
    d.history
        .follow_up(id, &clock(), &r, noted(sent, ack_entry), later)
        .unwrap();
    assert_eq!(kinds(&d, later), [DueKind::Outcome]);
    assert_eq!(d.history.police_reference(), "WP/123");
    let review = later + Duration::days(180);
    let outcome_entry = FollowUp::Outcome {
        outcome: Outcome::ChannelAccepted,
        reason: String::new(),
    };
    d.history
        .follow_up(id, &clock(), &r, noted(sent, outcome_entry), later)
        .unwrap();
    d.history
        .follow_up(
            id,
            &clock(),
            &r,
            noted(sent, FollowUp::ReviewDue { due: review }),
            later,
        )
        .unwrap();
    assert!(d.history.due(review - Duration::days(1)).is_empty());
    assert_eq!(kinds(&d, review), [DueKind::Review]);
    // Something recorded on the review's day: done.
    d.history
        .follow_up(
            id,
            &clock(),
            &r,
            noted(
                review,
                FollowUp::Contact {
                    with: "Channel panel".into(),
                    panel_invitation: false,
                },
            ),
            review,
        )
        .unwrap();
    assert!(d.history.due(review).is_empty());
    // Each due has words, with the date in them.
    let due = Due {
        since: review,
        what: DueKind::Review,
    };
    assert!(
        due.message()
            .contains(&prevent_referral::i18n::long_date(review))
    );
}

/// The six years run from the last entry after sending; the listing says
/// what is due and which referrals are about the same person.
#[test]
fn the_listing_carries_what_is_due_retention_and_the_same_person() {
    use prevent_referral::record::library::{Library, Status, same_person};
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::open(dir.path(), common::keys()).unwrap();
    let (mut d, _) = exported();
    let (id, r, sent) = (d.id, d.referral.clone(), today());
    assert_eq!(
        lib.save(&d, common::ctx()).unwrap().status,
        Status::Exported
    );
    d.history
        .mark_sent(id, &clock(), &r, sending(sent), sent)
        .unwrap();
    let info = lib.save(&d, common::ctx()).unwrap();
    assert_eq!(info.status, Status::Sent);
    assert_eq!(info.retained_from, d.history.retained_from());
    assert!(info.retained_from.is_some());
    assert_eq!(info.due_on(sent + Duration::days(40)).count(), 2);

    // The same person in another referral, written differently.
    let mut again = Draft::new(&common::clock());
    let p = &d.referral.person;
    again.referral.person.given_names = p.family_name.to_uppercase();
    again.referral.person.family_name = p.given_names.clone();
    again.referral.person.date_of_birth = p.date_of_birth.clone();
    lib.save(&again, common::ctx()).unwrap();
    let mut stranger = Draft::new(&common::clock());
    stranger.referral.person.given_names = "Somebody".into();
    stranger.referral.person.family_name = "Else".into();
    stranger.referral.person.date_of_birth = p.date_of_birth.clone();
    lib.save(&stranger, common::ctx()).unwrap();
    let infos: Vec<_> = lib
        .list(common::ctx())
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let same = same_person(&infos);
    assert_eq!(same.get(&id), Some(&vec![again.id]));
    assert_eq!(same.get(&again.id), Some(&vec![id]));
    assert!(!same.contains_key(&stranger.id));
}
