//! The chronology of one referral as a tagged PDF for the safeguarding file
//! (issue 22): what it says, in either language, and `drafts chronology ID
//! --pdf OUT` writing it, or refusing with nothing written.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
#[cfg(feature = "pdf")]
#[path = "common/pdf_read.rs"]
mod pdf_read;

use assert_cmd::Command;
use prevent_referral::clock::Clock;
use prevent_referral::pdf::chronology;
use prevent_referral::record::draft::Draft;
use prevent_referral::record::history::{
    FollowUp, HistoryClock, Noted, Sending, SentHow, sha256_hex,
};

/// The language is the program's, for every thread: a test that switches
/// it holds this, as does every test that reads words.
static LANGUAGE: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// A complete referral exported, marked sent and acknowledged, and the
/// SHA-256 of its export.
fn acknowledged() -> (Draft, String) {
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
    let clock = HistoryClock::start(&common::clock());
    prevent_referral::record::outbox::record_export(&mut draft, &outgoing, &[], &clock);
    let (id, referral, today) = (draft.id, draft.referral.clone(), common::clock().today());
    let sending = Sending {
        on: today,
        how: SentHow::Email,
        to: "Westshire Prevent team".into(),
        recorded_by: "Sam Lead".into(),
        note: String::new(),
    };
    draft
        .history
        .mark_sent(id, &clock, &referral, sending, today)
        .unwrap();
    let noted = Noted {
        on: today,
        recorded_by: "Sam Lead".into(),
        note: "Line one\nLine two {#raw} [*markup*]".into(),
        what: FollowUp::Acknowledged {
            by: "Westshire Prevent".into(),
            police_reference: "WP/123".into(),
        },
        amends: None,
    };
    draft
        .history
        .follow_up(id, &clock, &referral, noted, today)
        .unwrap();
    (draft, sha256_hex(&outgoing.bytes))
}

#[test]
fn the_chronology_says_what_was_sent_and_every_entry_in_order() {
    let _language = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let (draft, export) = acknowledged();
    let made = chronology::build(&draft, common::clock().0);
    let short = &draft.id.to_string()[..8];
    assert_eq!(made.title, format!("Chronology of referral {short}"));
    assert!(!made.document_title.contains("Ada"), "no name in the title");
    let summary: Vec<(String, String)> = made
        .summary
        .iter()
        .map(|r| (r.label.clone(), r.text()))
        .collect();
    let sent = &summary[0];
    assert_eq!(sent.0, "Sent");
    assert!(sent.1.contains("Westshire Prevent team"), "{sent:?}");
    assert!(sent.1.contains(&export), "the SHA-256 sent: {sent:?}");
    assert!(made.summary[1].missing, "no outcome yet: {summary:?}");
    assert!(summary[3].1.contains("holds"), "{summary:?}");
    // One row for each entry, numbered as `drafts history` numbers them,
    // the person's words as typed (data, never markup).
    assert_eq!(made.entries.len(), draft.history.len());
    assert!(made.entries[0].label.starts_with("1. "));
    let last = made.entries.last().unwrap();
    assert!(
        last.label
            .starts_with(&format!("{}. ", draft.history.len()))
    );
    assert!(last.text().contains("WP/123"), "{}", last.text());
    assert!(
        last.text().contains("Line two {#raw} [*markup*]"),
        "{}",
        last.text()
    );

    prevent_referral::i18n::set_language(prevent_referral::i18n::Language::Welsh);
    let welsh = chronology::build(&draft, common::clock().0);
    prevent_referral::i18n::set_language(prevent_referral::i18n::Language::English);
    assert_eq!(welsh.lang, "cy");
    assert_eq!(welsh.title, format!("Cronoleg atgyfeiriad {short}"));
    assert_eq!(welsh.summary[0].label, "Anfonwyd");
}

#[cfg(feature = "pdf")]
#[test]
fn the_chronology_is_a_tagged_pdf() {
    let _language = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let (draft, _) = acknowledged();
    let pdf = chronology::make(&draft, common::clock().0).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&pdf);
    // The XMP metadata (not compressed) says PDF/UA-1 and the title.
    assert!(text.contains("pdfuaid:part"), "not PDF/UA");
    let short = &draft.id.to_string()[..8];
    assert!(
        text.contains(&format!("Prevent referral {short}: chronology")),
        "no title"
    );
    let failures = pdf_read::ua1_failures(&pdf);
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A character the font cannot draw (an emoji in a note) is shown as a
/// placeholder and said: the chronology is still made.
#[test]
fn what_the_font_cannot_draw_is_shown_as_a_placeholder() {
    let _language = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let (mut draft, _) = acknowledged();
    let (id, referral, today) = (draft.id, draft.referral.clone(), common::clock().today());
    let noted = Noted {
        on: today,
        recorded_by: "李雷".into(),
        note: "Spoke to the family 👍".into(),
        what: FollowUp::OwnAction {
            why: "Support at school".into(),
        },
        amends: None,
    };
    let clock = HistoryClock::start(&common::clock());
    draft
        .history
        .follow_up(id, &clock, &referral, noted, today)
        .unwrap();
    let mut made = chronology::build(&draft, common::clock().0);
    let unshown = prevent_referral::pdf::texts::Unshown {
        chars: ['李', '雷', '👍'].into_iter().collect(),
        ..Default::default()
    };
    assert!(chronology::placeholders(&mut made, &unshown));
    let last = made.entries.last().unwrap().text();
    assert!(last.contains("Spoke to the family \u{25a1}"), "{last}");
    assert!(!last.contains('👍'));
    let said = made.summary.last().unwrap();
    assert_eq!(said.label, "Characters not shown");
    #[cfg(feature = "pdf")]
    {
        // Made whatever fonts this computer has: what none has is "□".
        let pdf = chronology::make(&draft, common::clock().0).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let failures = pdf_read::ua1_failures(&pdf);
        assert!(failures.is_empty(), "{failures:#?}");
    }
}

/// Control characters, and direction-changing ones outside a note, are
/// refused before they reach the record (which every output would then
/// show differently).
#[test]
fn direction_changing_characters_are_refused_and_nothing_added() {
    let (mut draft, _) = acknowledged();
    let (id, referral, today) = (draft.id, draft.referral.clone(), common::clock().today());
    let before = draft.history.len();
    let clock = HistoryClock::start(&common::clock());
    // A note may hold right-to-left marks (long answers do), not a
    // terminal control; a name neither.
    for (note, by) in [("Fine\u{1b}[2J", "Sam Lead"), ("Fine", "Sam\u{202e}Lead")] {
        let noted = Noted {
            on: today,
            recorded_by: by.into(),
            note: note.into(),
            what: FollowUp::OwnAction {
                why: "Support at school".into(),
            },
            amends: None,
        };
        let refused = draft
            .history
            .follow_up(id, &clock, &referral, noted, today)
            .unwrap_err();
        assert!(
            matches!(
                refused,
                prevent_referral::record::history::Refusal::Characters(_)
            ),
            "{refused:?}"
        );
        assert!(refused.message().contains("direction-changing"));
    }
    assert_eq!(draft.history.len(), before);
}

fn run(c: &mut Command, code: i32) -> (String, String) {
    let output = c.assert().code(code).get_output().clone();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[cfg(feature = "pdf")]
#[test]
fn the_command_line_writes_the_chronology_pdf_or_nothing() {
    let _language = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let data = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let (imported, _) = run(
        common::cli(data.path())
            .args(["drafts", "import"])
            .arg(common::fixture("child-complete.json")),
        0,
    );
    let id = imported.lines().last().unwrap().to_owned();
    let out = out_dir.path().join("chronology.pdf");
    let chronology = || {
        let mut c = common::cli(data.path());
        c.args(["drafts", "chronology", &id, "--pdf"]).arg(&out);
        c
    };
    let (said, _) = run(&mut chronology(), 0);
    assert!(said.contains("chronology.pdf"), "{said}");
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "owner-only: {mode:o}");
    }
    // Not over a file unasked; the file as it was.
    let (_, err) = run(&mut chronology(), 2);
    assert!(err.contains("chronology.pdf"), "{err}");
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
    // Not into the data folder.
    let inside = data.path().join("chronology.pdf");
    let (_, err) = run(
        common::cli(data.path())
            .args(["drafts", "chronology", &id, "--pdf"])
            .arg(&inside),
        2,
    );
    assert!(!err.is_empty());
    assert!(!inside.exists());
    // A bad key: nothing made, nothing written.
    let other = out_dir.path().join("other.pdf");
    let (_, err) = run(
        common::cli(data.path())
            .args([
                "drafts",
                "chronology",
                &id,
                "--recipient",
                "age1nope",
                "--pdf",
            ])
            .arg(&other),
        2,
    );
    assert!(err.contains("age1nope"), "{err}");
    assert!(!other.exists());
    // --json and --pdf are one or the other.
    run(
        common::cli(data.path())
            .args(["drafts", "chronology", &id, "--json", "--pdf"])
            .arg(&other),
        2,
    );
    // Only read: the history is as it was.
    let (history, _) = run(common::cli(data.path()).args(["drafts", "history", &id]), 0);
    assert!(!history.contains("PDF"), "{history}");
}
