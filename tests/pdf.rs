//! The PDF copy, read back as a receiver's software would, with Rust
//! crates only (tests/common/pdf_read.rs: the text, the properties, the
//! fonts and PDF/UA-1 conformance). Every answer of the fixtures, each heading, the
//! marking on every page, long answers kept whole, typed markup shown
//! literally, draft copies marked, and the command line's exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
#[path = "common/pdf_read.rs"]
mod pdf_read;

use assert_cmd::Command;
use prevent_referral::model::{Referral, SectionId, Tri};
use prevent_referral::pdf::{self, CopyOptions, PdfError};
use prevent_referral::record::draft::Draft;
use std::path::Path;
use uuid::Uuid;

fn draft_of(referral: Referral, id: &str) -> Draft {
    let mut d = Draft::new(&common::clock());
    d.id = Uuid::parse_str(id).unwrap();
    d.referral = referral;
    d
}

fn opts() -> CopyOptions {
    CopyOptions::new(common::exported_at())
}

fn make(d: &Draft, opts: &CopyOptions) -> Vec<u8> {
    match pdf::make(d, common::ctx(), opts) {
        Ok(b) => b,
        Err(e) => panic!("no PDF: {e}"),
    }
}

/// The text of each page, in the order it was written.
fn pages(bytes: &[u8]) -> Vec<String> {
    pdf_read::pages(bytes)
}

/// The body text with the page furniture (marking, id, page numbers, the
/// repeated table header) taken out and no whitespace, so an answer that
/// wraps or breaks across pages can be found whole.
fn body(bytes: &[u8]) -> String {
    let furniture = regex::Regex::new(
        r"^(OFFICIAL-SENSITIVE|DRAFT – NOT COMPLETE|Referral [0-9a-f]{8}( Page \d+ of \d+)?|Page \d+ of \d+|Question( Answer)?|Answer)$",
    )
    .unwrap();
    pages(bytes)
        .iter()
        .flat_map(|p| p.lines())
        .filter(|l| !furniture.is_match(l.trim()))
        .collect::<String>()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every page carries the marking at top and bottom, the short id and its
/// page number.
fn assert_marked(bytes: &[u8], short_id: &str, draft: bool) {
    let pages = pages(bytes);
    assert!(!pages.is_empty());
    let count = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.matches("OFFICIAL-SENSITIVE").count() >= 2,
            "page {}: {page}",
            i + 1
        );
        assert!(
            page.contains(&format!("Referral {short_id}")),
            "page {}",
            i + 1
        );
        assert!(
            page.contains(&format!("Page {} of {count}", i + 1)),
            "page {}",
            i + 1
        );
        assert_eq!(
            page.contains("DRAFT – NOT COMPLETE"),
            draft,
            "page {}: {page}",
            i + 1
        );
    }
}

#[test]
fn the_child_copy_holds_every_answer_heading_and_marking() {
    let d = draft_of(common::child(), common::CHILD_ID);
    let bytes = make(&d, &opts());
    if let Ok(to) = std::env::var("PDF_SAMPLE_OUT") {
        // For docs/: the child's copy, to picture its first page.
        std::fs::write(to, &bytes).unwrap();
    }
    let text = body(&bytes);
    // Every answer the form definition gives for it, with its question.
    let content = pdf::content(&d, common::ctx(), &opts()).unwrap();
    let rows = content
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .flat_map(|b| &b.rows)
        .chain(&content.declaration.rows)
        .chain(&content.about);
    let mut answered = 0;
    for row in rows {
        assert!(text.contains(&squeeze(&row.label)), "{}", row.label);
        assert!(
            text.contains(&squeeze(&row.text())),
            "{}: {}",
            row.label,
            row.text()
        );
        answered += usize::from(!row.missing);
    }
    assert!(answered > 60, "{answered} answers");
    // What was typed, as it will be sent.
    for typed in [
        "Alex Jordan",
        "Testperson",
        "AJ",
        "14 March 2011",
        "B31 2XX",
        "CV1 1AA",
        "07400 123456",
        "07400 900123",
        "alex@example.com",
        "aj_2011",
        "Morgan Testperson",
        "CAMHS",
        "Dr R. Patel",
        "MASH-2026-0412",
        "Sam Okafor",
        "\"someone should do that here\".",
        "20 November 2026",
        "Prevent Referral 0.1.0",
        common::CHILD_ID,
    ] {
        assert!(text.contains(&squeeze(typed)), "{typed}");
    }
    // Each section a heading; lists and addresses their own.
    for section in SectionId::ALL {
        if matches!(section, SectionId::Start | SectionId::Declaration) {
            continue;
        }
        assert!(text.contains(&squeeze(section.title())), "{section:?}");
    }
    for heading in [
        "Prevent National Referral Form",
        "Declaration",
        "Current address",
        "Other address 1",
        "Parent or carer 1",
        "Agency 1",
    ] {
        assert!(text.contains(&squeeze(heading)), "{heading}");
    }
    // No immediate risk: no 999 statement; not a draft.
    assert!(!text.contains("999"));
    assert_marked(&bytes, "6f1c2b1e", false);
    // A skipped optional question.
    assert!(text.contains(&squeeze(
        "Immigration or asylum status, if relevant Not provided"
    )));
}

#[test]
fn the_adult_copy_holds_every_answer_and_the_999_statement() {
    let d = draft_of(common::adult(), common::ADULT_ID);
    let mut o = opts();
    o.sent_to = vec!["Thames Valley Prevent".into()];
    let bytes = make(&d, &o);
    let text = body(&bytes);
    let content = pdf::content(&d, common::ctx(), &o).unwrap();
    for row in content
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .flat_map(|b| &b.rows)
    {
        assert!(text.contains(&squeeze(&row.text())), "{}", row.label);
    }
    for typed in [
        "Chris",
        "No fixed abode",
        "Said he keeps a knife for protection.",
        "020 7946 0000",
        "Jo Kowalski",
        "Sent to",
        "Thames Valley Prevent",
        "has called 999",
    ] {
        assert!(text.contains(&squeeze(typed)), "{typed}");
    }
    // Not asked for an adult: the parents and carers.
    assert!(!text.contains(&squeeze("Parent or carer 1")));
    assert_marked(&bytes, "0b6f2a4e", false);
}

#[test]
fn the_pdf_is_tagged_titled_and_embeds_every_font() {
    let d = draft_of(common::child(), common::CHILD_ID);
    let bytes = make(&d, &opts());
    let properties = pdf_read::properties(&bytes);
    assert!(properties.tagged, "{properties:?}");
    assert_eq!(
        properties.title.as_deref(),
        Some("Prevent National Referral Form – referral 6f1c2b1e"),
        "{properties:?}"
    );
    assert_eq!(properties.lang.as_deref(), Some("en-GB"), "{properties:?}");
    // Never a person's name in the properties.
    let shown = format!("{properties:?}");
    assert!(
        !shown.contains("Testperson") && !shown.contains("Alex"),
        "{shown}"
    );
    assert!(!properties.fonts.is_empty(), "{properties:?}");
    for (name, embedded) in &properties.fonts {
        assert!(embedded, "not embedded: {name}");
    }
    // The PDF/UA identification is in the file, and an independent checker
    // (the Matterhorn Protocol's rules) finds nothing against PDF/UA-1.
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("pdfuaid:part"), "PDF/UA identification");
    let failures = pdf_read::ua1_failures(&bytes);
    assert!(failures.is_empty(), "{failures:#?}");
    // The checker is not blind: the same file without its PDF/UA
    // identification fails it.
    let mut unmarked = bytes.clone();
    let at = bytes
        .windows(12)
        .position(|w| w == b"pdfuaid:part")
        .unwrap();
    unmarked[at..at + 12].copy_from_slice(b"pdfuaid:pxrt");
    assert!(!pdf_read::ua1_failures(&unmarked).is_empty());
}

/// About 50,000 characters of prose in paragraphs, with letters from
/// Welsh and other languages a name or quote may hold.
fn long_answer(seed: &str) -> String {
    let mut s = String::new();
    let mut n = 0;
    while s.chars().count() < 50_000 {
        n += 1;
        s.push_str(&format!(
            "{seed} {n}: she said the group meets on Fridays at Caerdydd and Llanelli (ŵ ŷ â) – \"quote\" & more; "
        ));
        if n % 40 == 0 {
            s.push_str("\n\n");
        }
    }
    s.chars().take(50_000).collect()
}

#[test]
fn three_answers_of_50000_characters_keep_every_character() {
    let mut r = common::child();
    r.concerns.description = long_answer("Concern");
    r.concerns.online_activity = long_answer("Online");
    r.actions.taken = long_answer("Taken");
    for a in [
        &r.concerns.description,
        &r.concerns.online_activity,
        &r.actions.taken,
    ] {
        assert_eq!(a.chars().count(), 50_000);
    }
    let d = draft_of(r.clone(), common::CHILD_ID);
    let bytes = make(&d, &opts());
    let text = body(&bytes);
    for a in [
        &r.concerns.description,
        &r.concerns.online_activity,
        &r.actions.taken,
    ] {
        let expected = squeeze(a.trim_end_matches([' ', ';']));
        assert!(text.contains(&expected), "an answer lost characters");
    }
    let count = pages(&bytes).len();
    assert!(count > 20, "{count} pages");
    assert_marked(&bytes, "6f1c2b1e", false);
}

#[test]
fn typed_markup_comes_out_literally() {
    let mut r = common::child();
    let hostile = [
        "#set page(fill: red)",
        "]",
        "$x^2$",
        "<label>",
        "@ref",
        "\\",
        "// not a comment",
        "/* nor this */",
        "*not bold* _not italic_",
        "= Not a heading",
        "#panic(\"no\")",
        "#{ 1 + 1 }",
        "```raw```",
    ];
    r.concerns.description = hostile.join("\n\n");
    r.person.given_names = "#text(size: 40pt)[Big] $ ] \\".into();
    let d = draft_of(r, common::CHILD_ID);
    let bytes = make(&d, &opts());
    let text = body(&bytes);
    for h in hostile {
        assert!(text.contains(&squeeze(h)), "{h}");
    }
    assert!(text.contains(&squeeze("#text(size: 40pt)[Big] $ ] \\")));
    assert!(!text.contains("Big]$]\\Big"));
    // Nothing typed became a heading or changed the pages.
    assert_marked(&bytes, "6f1c2b1e", false);
}

#[test]
fn a_draft_copy_says_draft_on_every_page_and_lists_the_problems() {
    let mut r = common::child();
    r.person.family_name.clear();
    r.concerns.description = long_answer("Concern");
    r.declaration.confirmed = false;
    // A second parent whose number is a drama one: the problem is named
    // by its entry, as in the window's error summary.
    let mut second = r.household.parents_carers[0].clone();
    second.phone = "07700 900456".into();
    r.household.parents_carers.push(second);
    let d = draft_of(r, common::CHILD_ID);
    // Not without asking for a draft copy.
    match pdf::make(&d, common::ctx(), &opts()) {
        Err(PdfError::Incomplete(problems)) => assert!(!problems.is_empty()),
        other => panic!("{:?}", other.map(|b| b.len())),
    }
    let mut o = opts();
    o.allow_draft = true;
    let bytes = make(&d, &o);
    assert!(pages(&bytes).len() > 3);
    assert_marked(&bytes, "6f1c2b1e", true);
    let text = body(&bytes);
    assert!(text.contains(&squeeze("About the person: Enter the person's family name")));
    assert!(text.contains(&squeeze(
        "Family, parents and carers: Parent or carer 2: 07700 900 numbers"
    )));
    assert!(text.contains(&squeeze("Still to do before this referral can be sent")));
}

#[test]
fn immediate_risk_without_999_says_to_call() {
    let mut r = common::child();
    r.concerns.immediate_risk = Some(Tri::Yes);
    r.concerns.police_called = false;
    let d = draft_of(r, common::CHILD_ID);
    let mut o = opts();
    o.allow_draft = true;
    let text = body(&make(&d, &o));
    assert!(text.contains(&squeeze("has not yet confirmed calling 999")));
}

#[test]
fn the_file_name_has_the_date_and_short_id_only() {
    let d = draft_of(common::child(), common::CHILD_ID);
    assert_eq!(
        pdf::file_name(&d, common::ctx()),
        "prevent-referral-2026-11-20-6f1c2b1e.pdf"
    );
}

// The command line.

fn cli() -> Command {
    Command::cargo_bin("prevent-referral").unwrap()
}

/// Ours, and no one else may read or change it (mode 0600 on Unix, one
/// rule for us on Windows).
fn owner_only(path: &Path) -> bool {
    let access = prevent_referral::platform::access(path).unwrap();
    access.ours && !access.others_read && !access.others_change
}

#[test]
fn cli_pdf_of_an_export_is_written_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("copy.pdf");
    cli()
        .arg("pdf")
        .arg(common::fixture("child-complete.json"))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(0)
        .stderr(predicates::str::contains("is not encrypted"));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(owner_only(&out));
    assert!(body(&bytes).contains("Testperson"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temp file left"
    );
    // A character no font has: the copy is made, and standard error says
    // which characters are shown as "□".
    let text = std::fs::read_to_string(common::fixture("child-complete.json")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    doc["referral"]["concerns"]["description"] = "Quoted: \u{10fffd}".into();
    let other = tempfile::tempdir().unwrap();
    let odd = other.path().join("odd.json");
    std::fs::write(&odd, doc.to_string()).unwrap();
    cli()
        .arg("pdf")
        .arg(&odd)
        .arg("--out")
        .arg(other.path().join("odd.pdf"))
        .assert()
        .code(0)
        .stderr(predicates::str::contains(
            "shown as □ in the copy (U+10FFFD)",
        ));
}

/// A copy of an export shows the questions of the file's own edition: a
/// 1.2 file (edition 2026.1) asked a 15-year-old about the armed forces,
/// and its answer is in the copy, under the file's edition, not left out
/// because edition 2026.2 no longer asks it (found in review).
#[test]
fn cli_pdf_of_an_older_export_shows_the_answers_its_edition_asked() {
    let dir = tempfile::tempdir().unwrap();
    let file = common::an_edition_2026_1_export_file(dir.path());
    cli().arg("validate").arg(&file).assert().code(0);
    let out = dir.path().join("copy.pdf");
    cli()
        .arg("pdf")
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(0);
    let text = squeeze(&body(&std::fs::read(&out).unwrap()));
    assert!(text.contains("SN-42"), "the service number the file holds");
    assert!(
        text.contains(&squeeze("Form edition 2026.1")),
        "the file's edition"
    );
    assert!(!text.contains("2026.2"), "not this program's edition");
}

#[test]
fn cli_pdf_encrypted_for_a_team_opens_with_their_key() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("copy.pdf.age");
    let team = common::team_keys();
    cli()
        .arg("pdf")
        .arg(common::fixture("adult-no-fixed-abode.json"))
        .args(["--out"])
        .arg(&out)
        .args(["--recipient", &team.public_key()])
        .assert()
        .code(0);
    let sealed = std::fs::read(&out).unwrap();
    assert!(!sealed.starts_with(b"%PDF"));
    let plain = team.open(&sealed).unwrap();
    assert!(plain.starts_with(b"%PDF-"));
    assert!(body(&plain).contains(&squeeze("No fixed abode")));
}

#[test]
fn cli_pdf_of_something_that_is_not_a_referral_gives_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let not = dir.path().join("notes.txt");
    std::fs::write(&not, "shopping: milk, eggs").unwrap();
    let out = dir.path().join("copy.pdf");
    for file in [
        not.clone(),
        dir.path().join("missing.json"),
        common::fixture("hostile/array.json"),
        common::fixture("hostile/encrypted-draft.json.age"),
    ] {
        cli()
            .arg("pdf")
            .arg(&file)
            .arg("--out")
            .arg(&out)
            .assert()
            .code(2);
        assert!(!out.exists(), "{}", file.display());
    }
    // A team key that is not one: nothing made, nothing written.
    cli()
        .arg("pdf")
        .arg(common::fixture("child-complete.json"))
        .arg("--out")
        .arg(&out)
        .args(["--recipient", "age1nope"])
        .assert()
        .code(2);
    assert!(!out.exists());
}

#[test]
fn cli_pdf_of_an_incomplete_draft_needs_draft() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("copy.pdf");
    let draft = common::fixture("drafts/draft-v1.json");
    cli()
        .arg("pdf")
        .arg(&draft)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1)
        .stdout(predicates::str::contains("referral.person.date_of_birth"));
    assert!(!out.exists());
    cli()
        .arg("pdf")
        .arg(&draft)
        .arg("--out")
        .arg(&out)
        .arg("--draft")
        .assert()
        .code(0);
    let text = pages(&std::fs::read(&out).unwrap());
    assert!(text.iter().all(|p| p.contains("DRAFT – NOT COMPLETE")));
}

#[test]
fn cli_drafts_pdf_of_a_library_draft() {
    let data = tempfile::tempdir().unwrap();
    let passphrase = data.path().join("passphrase-for-tests");
    std::fs::write(&passphrase, "tangerine lighthouse forgets seven\n").unwrap();
    let run = || {
        let mut c = cli();
        c.arg("--data-dir")
            .arg(data.path())
            .env("PREVENT_REFERRAL_PASSPHRASE_FILE", &passphrase);
        c
    };
    run()
        .args(["drafts", "import"])
        .arg(common::fixture("child-complete.json"))
        .assert()
        .code(0);
    // Outside the data folder: nothing is written into it.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("child.pdf");
    run()
        .args(["drafts", "pdf", &common::CHILD_ID[..8], "--out"])
        .arg(&out)
        .assert()
        .code(0);
    assert!(body(&std::fs::read(&out).unwrap()).contains("Testperson"));
    run()
        .args(["drafts", "pdf", "ffffffff", "--out"])
        .arg(data.path().join("none.pdf"))
        .assert()
        .code(2);
    assert!(!data.path().join("none.pdf").exists());
}

#[test]
fn letters_of_many_languages_are_shown_and_a_script_the_font_lacks_is_refused_clearly() {
    // Welsh, Polish, Greek, Cyrillic, Arabic (Urdu), Hebrew: DejaVu Sans has them.
    let mut r = common::child();
    r.person.given_names = "Siân Łucja Ελένη Олена".into();
    r.person.family_name = "خان כהן".into();
    let d = draft_of(r, common::CHILD_ID);
    let bytes = make(&d, &opts());
    let text = body(&bytes);
    for word in ["Siân", "Łucja", "Ελένη", "Олена"] {
        assert!(text.contains(word), "{word}");
    }
    // Control characters (invisible) do not stop a draft copy (the rules
    // refuse them in a referral to be sent, so it is a draft until fixed).
    let mut r = common::child();
    r.concerns.description = "bell\u{7} escape\u{1b}[31m tab\there".into();
    let mut draft_opts = opts();
    draft_opts.allow_draft = true;
    let text = body(&make(&draft_of(r, common::CHILD_ID), &draft_opts));
    assert!(text.contains("bellescape[31mtabhere"), "{text}");
    // A character no font on any computer has (the last private-use
    // one): the copy is still made, showing "□" and saying so on its first
    // page; the answer in the draft is unchanged.
    let mut r = common::child();
    r.person.family_name = "Testperson\u{10fffd}".into();
    let d = draft_of(r, common::CHILD_ID);
    let (bytes, unshown) = pdf::made(&d, common::ctx(), &opts()).unwrap();
    assert_eq!(
        unshown.chars.into_iter().collect::<Vec<_>>(),
        vec!['\u{10fffd}']
    );
    let text = body(&bytes);
    assert!(text.contains("Testperson\u{25a1}"), "{text}");
    assert!(text.contains(&squeeze("Characters not shown")), "{text}");
    assert_eq!(d.referral.person.family_name, "Testperson\u{10fffd}");
    let failures = pdf_read::ua1_failures(&bytes);
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Names and quotes in the scripts people in England and Wales write are
/// drawn by the bundled fonts, joined and ordered by typst, and can be
/// read back out of the copy (search, copy and paste, a screen reader);
/// the copy stays PDF/UA-1.
#[test]
fn answers_in_many_scripts_are_drawn_and_can_be_read_back() {
    let scripts = [
        "Siân Ŵyn Łucja Dvořák Nguyễn Thị Hằng",
        "Αλέξανδρος Παπαδόπουλος",
        "Олександр Шевченко",
        "محمد عبد الله",
        "عمران خان اردو",
        "می\u{200c}خواهم",
        "דוד לוי",
        "রহিম উদ্দিন",
        "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
        "ભાવેશ પટેલ",
        "अमित शर्मा",
        "கார்த்திக் முருகன்",
        "สมชาย ใจดี",
    ];
    let mut r = common::child();
    r.person.given_names = "Łucja Siân".into();
    r.person.family_name = "محمد".into();
    r.concerns.description = scripts.join("\n\n");
    let d = draft_of(r, common::CHILD_ID);
    let (bytes, unshown) = pdf::made(&d, common::ctx(), &opts()).unwrap();
    assert!(unshown.is_empty(), "not drawn: {unshown:?}");
    let text = body(&bytes);
    assert!(!text.contains('\u{25a1}'), "a placeholder: {text}");
    // Every letter is in the text read back. Scripts whose letters typst
    // reorders or joins (Arabic, the Indic vowel signs) are checked as
    // the set of their letters, since a PDF holds the glyphs in the order
    // they are drawn.
    for line in scripts {
        // A zero-width non-joiner is never drawn, so never read back.
        for c in line
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{200c}')
        {
            assert!(text.contains(c), "{c:?} of {line:?} is not in the copy");
        }
    }
    assert!(text.contains(&squeeze("Αλέξανδρος Παπαδόπουλος")));
    assert!(text.contains(&squeeze("Олександр Шевченко")));
    let failures = pdf_read::ua1_failures(&bytes);
    assert!(failures.is_empty(), "{failures:#?}");
}

/// An Urdu name is set in one font, so that its letters join: DejaVu Sans
/// has most Arabic letters but not ہ or ے, and a word set in two fonts
/// does not join across the change. Arabic script goes to Noto Sans Arabic
/// alone; the Latin text around it stays in DejaVu Sans.
#[test]
fn an_urdu_name_is_set_in_one_font() {
    let mut r = common::child();
    // "Ayesha Khan" as written in Urdu, with ہ (U+06C1) and ے (U+06D2).
    r.person.given_names = "\u{639}\u{627}\u{626}\u{634}\u{6c1}".into();
    r.person.family_name = "\u{62e}\u{627}\u{646} \u{628}\u{6cc}\u{679}\u{6d2}".into();
    let d = draft_of(r, common::CHILD_ID);
    let (bytes, unshown) = pdf::made(&d, common::ctx(), &opts()).unwrap();
    assert!(unshown.is_empty(), "{unshown:?}");
    let fonts = pdf_read::characters_by_font(&bytes);
    let arabic = |c: &char| ('\u{600}'..='\u{6ff}').contains(c);
    for (name, chars) in &fonts {
        let its_arabic: Vec<&char> = chars.iter().filter(|c| arabic(c)).collect();
        if name.starts_with("NotoSansArabic") {
            for letter in ['\u{6c1}', '\u{6d2}', '\u{639}', '\u{62e}', '\u{679}'] {
                assert!(chars.contains(&letter), "{name} lacks {letter}: {chars:?}");
            }
        } else {
            assert!(
                its_arabic.is_empty(),
                "{name} set Arabic letters {its_arabic:?}"
            );
        }
    }
    assert!(
        fonts
            .iter()
            .any(|(name, _)| name.starts_with("NotoSansArabic")),
        "{fonts:?}"
    );
    assert!(
        fonts
            .iter()
            .any(|(name, chars)| name.starts_with("DejaVuSans") && chars.contains(&'A')),
        "{fonts:?}"
    );
    let failures = pdf_read::ua1_failures(&bytes);
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Text a review found refused, crashing or silently losing letters: a
/// symbol DejaVu Sans maps to its missing glyph (✅), an Urdu letter with
/// a mark (once drawn in two fonts, and the letter dropped: now drawn
/// whole in Noto Sans Arabic), a lone Arabic mark between spaces (typst
/// panicked), a byte order mark before a mark, and a letter under 300
/// marks (drawn, they ran up the whole page). Each copy is made, conforms
/// to PDF/UA-1 and says what it could not show.
#[test]
fn text_that_once_refused_crashed_or_lost_letters_makes_a_copy() {
    let flood = format!("Z{} Ali", "\u{301}".repeat(300));
    for (name, said) in [
        ("Done \u{2705}", true),
        ("\u{6c1}\u{64e} Ali", false),
        ("\u{64a} \u{659} \u{67f}", false),
        ("\u{feff}\u{308} word", false),
        (flood.as_str(), true),
    ] {
        let mut r = common::child();
        r.concerns.own_words = name.into();
        let mut options = opts();
        // The rules refuse the flood: a draft copy shows it.
        options.allow_draft = true;
        let d = draft_of(r, common::CHILD_ID);
        let (bytes, unshown) = pdf::made(&d, common::ctx(), &options)
            .unwrap_or_else(|e| panic!("{name:?}: no copy: {e}"));
        let text = body(&bytes);
        if said {
            assert!(!unshown.is_empty(), "{name:?}");
            assert!(text.contains('\u{25a1}'), "{name:?}: {text}");
            assert!(text.contains(&squeeze("Characters not shown")), "{name:?}");
        }
        // Never a letter lost without a placeholder: "Ali" stays whole.
        if name.starts_with('Z') {
            assert!(text.contains("\u{25a1}Ali"), "{text}");
            assert!(!text.contains('\u{301}'), "the marks are not drawn");
        }
        if name.starts_with('\u{6c1}') {
            assert!(text.contains("\u{6c1}"), "{text}");
            let fonts = pdf_read::characters_by_font(&bytes);
            assert!(
                fonts
                    .iter()
                    .any(|(f, chars)| f.starts_with("NotoSansArabic") && chars.contains(&'\u{6c1}')),
                "{fonts:?}"
            );
        }
        let failures = pdf_read::ua1_failures(&bytes);
        assert!(failures.is_empty(), "{name:?}: {failures:#?}");
    }
}

/// Page 1 is what a Prevent officer triaging the referral needs first: the
/// person, where they live, the concern's first lines, the risk answers,
/// earlier referrals and whom to call, before what the copy is; the
/// answers then follow in full. A long concern is cut at a word on page 1
/// and given whole in its section. Still PDF/UA-1.
#[test]
fn page_one_is_a_summary_an_officer_reads_first() {
    let mut r = common::child();
    let opening = "Alex has shared videos glorifying a school attack.";
    r.concerns.description = format!("{opening}\n{}", "More detail follows here. ".repeat(80));
    let d = draft_of(r, common::CHILD_ID);
    let bytes = make(&d, &opts());
    let pages = pages(&bytes);
    let first = squeeze(&pages[0]);
    for expected in [
        "Summary",
        "Alex Jordan",
        "Testperson",
        "14 March 2011",
        "12 Example Road, Birmingham, B31 2XX, United Kingdom",
        opening,
        "Immediate risk of harm",
        "Access to weapons",
        "Travel to a conflict zone",
        "Referred to Prevent before",
        "Referred by",
        "Sam Okafor",
        "0121 496 0000",
        "s.okafor@northfield.sch.uk",
        "The concern continues in full under “Your concerns”.",
    ] {
        assert!(
            first.contains(&squeeze(expected)),
            "page 1 lacks {expected:?}: {}",
            pages[0]
        );
    }
    // The summary first, in the page and so in the tag tree; what the copy
    // is comes after it.
    let summary = first.find("Summary").unwrap();
    assert!(summary < first.find("Thiscopy").unwrap());
    assert!(summary < first.find("Dateofreferral").unwrap());
    // A date of birth given: the age is not asked, so not summarised.
    assert!(!first.contains("Age,ifdate"), "{}", pages[0]);
    // The concern whole in its section, on a later page.
    let rest = squeeze(&pages[1..].join("\n"));
    assert_eq!(rest.matches("Moredetailfollowshere.").count(), 80);
    let failures = pdf_read::ua1_failures(&bytes);
    assert!(failures.is_empty(), "{failures:#?}");
}
