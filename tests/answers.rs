//! One answers module (src/answers.rs): "Check your answers" and the PDF
//! copy give every question the same words, in the same order and the same
//! language, a UK address's country and the first page's dates included.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use prevent_referral::i18n::{self, Language};
use prevent_referral::model::{Referral, SectionId};
use prevent_referral::pdf::{self, CopyOptions};
use prevent_referral::record::draft::Draft;
use std::sync::{Mutex, MutexGuard};

/// The language is one setting for the process: one test at a time.
static TURN: Mutex<()> = Mutex::new(());

fn turn(language: Language) -> MutexGuard<'static, ()> {
    let guard = TURN.lock().unwrap_or_else(|e| e.into_inner());
    i18n::set_language(language);
    guard
}

fn draft(referral: Referral) -> Draft {
    let mut d = Draft::new(&common::clock());
    d.referral = referral;
    d
}

/// Every question's answer on screen, and in the PDF, by its label, in the
/// order shown. Addresses are laid out differently (one answer on screen,
/// a row a part in the PDF) and are checked on their own below.
/// (label, answer) pairs, in the order shown.
type Answers = Vec<(String, String)>;

fn screen_and_pdf(d: &Draft) -> (Answers, Answers) {
    let age = prevent_referral::rules::age(&d.referral, common::ctx());
    let content = pdf::content(d, common::ctx(), &CopyOptions::new(common::exported_at())).unwrap();
    let mut screen = Vec::new();
    let mut copy = Vec::new();
    for (section, printed) in SectionId::ALL
        .iter()
        .filter(|s| !matches!(s, SectionId::Start | SectionId::Declaration))
        .zip(&content.sections)
    {
        let on_screen = prevent_referral::ui::answers::rows(
            &d.referral,
            *section,
            age,
            prevent_referral::export::FORMAT_MINOR,
        );
        let in_copy: Vec<(String, String)> = printed
            .blocks
            .iter()
            .filter(|b| b.heading.is_none())
            .flat_map(|b| &b.rows)
            .map(|r| (r.label.clone(), r.text()))
            .collect();
        for row in on_screen {
            if let Some((_, printed)) = in_copy.iter().find(|(l, _)| *l == row.label) {
                screen.push((
                    row.label.clone(),
                    row.answer
                        .unwrap_or_else(|| i18n::t("answers-not-provided").to_owned()),
                ));
                copy.push((row.label, printed.clone()));
            }
        }
    }
    (screen, copy)
}

#[test]
fn the_screen_and_the_copy_say_the_same_in_both_languages() {
    for language in [Language::English, Language::Welsh] {
        let _turn = turn(language);
        for referral in [common::child(), common::adult()] {
            let (screen, copy) = screen_and_pdf(&draft(referral));
            assert!(
                screen.len() > 20,
                "{language:?}: only {} rows",
                screen.len()
            );
            // Paragraph breaks aside (the copy keeps a long answer's).
            let flat = |v: &[(String, String)]| -> Vec<(String, String)> {
                v.iter()
                    .map(|(l, a)| (l.clone(), a.replace("\n\n", "\n")))
                    .collect()
            };
            assert_eq!(flat(&screen), flat(&copy), "{language:?}");
        }
    }
}

#[test]
fn a_uk_address_typed_as_uk_reads_united_kingdom_in_the_copy() {
    for (language, words) in [
        (Language::English, "United Kingdom"),
        (Language::Welsh, "Y Deyrnas Unedig"),
    ] {
        let _turn = turn(language);
        let mut referral = common::child();
        referral.person.address.country = "uk".into();
        let d = draft(referral);
        let content =
            pdf::content(&d, common::ctx(), &CopyOptions::new(common::exported_at())).unwrap();
        let country_label = i18n::t("address-country");
        let countries: Vec<String> = content
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .flat_map(|b| &b.rows)
            .filter(|r| r.label == country_label)
            .map(|r| r.text())
            .collect();
        assert!(!countries.is_empty());
        assert!(countries.iter().all(|c| c != "uk"), "{countries:?}");
        assert!(countries.iter().any(|c| c == words), "{countries:?}");
        // And on screen, the same words.
        let rows = prevent_referral::ui::answers::rows(
            &d.referral,
            SectionId::Person,
            Some(15),
            prevent_referral::export::FORMAT_MINOR,
        );
        assert!(
            rows.iter()
                .any(|r| r.answer.as_deref().is_some_and(|a| a.ends_with(words))),
            "{rows:?}"
        );
    }
}

#[test]
fn the_welsh_copy_dates_its_first_page_in_welsh() {
    let _turn = turn(Language::Welsh);
    let d = draft(common::child());
    let content =
        pdf::content(&d, common::ctx(), &CopyOptions::new(common::exported_at())).unwrap();
    let first_page: String = content.about.iter().map(|r| r.text()).collect();
    for month in [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ] {
        assert!(!first_page.contains(month), "{month} in {first_page}");
    }
    // The referral date and when the copy was made, both with a month name.
    let welsh_months = [
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr",
    ];
    let named = content
        .about
        .iter()
        .filter(|r| welsh_months.iter().any(|m| r.text().contains(m)))
        .count();
    assert!(named >= 2, "{first_page}");
}
