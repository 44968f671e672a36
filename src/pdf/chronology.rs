//! The chronology of one referral as a tagged PDF, for the school's
//! safeguarding file (`drafts chronology ID --pdf OUT`): whether and how it
//! was sent (and the SHA-256 of the export sent), the outcome as told, the
//! next review, whether its record holds, then every entry of its history,
//! oldest first, numbered as `drafts history` numbers them. Only what the
//! history holds: no answer of the referral is in it.
//!
//! As the copy, the text is prepared here in the reader's language and the
//! template (assets/pdf/chronology.typ) shows it as data, never as markup.

use super::content::{Row, lang_region, local_when, short_id};
use super::texts::{Texts, Unshown};
use crate::i18n::{long_date, t};
use crate::model::Choice;
use crate::record::draft::Draft;
use crate::record::history::{Event, check_line, describe, entry_line};
use crate::tr;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Everything the chronology template shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chronology {
    pub lang: String,
    pub region: Option<String>,
    /// "Chronology of referral 1a2b3c4d".
    pub title: String,
    /// The PDF's title: the short id, never a person's name.
    pub document_title: String,
    pub marking: String,
    pub reference: String,
    pub page_of: String,
    /// What was sent, the outcome, the review, the record, when made.
    pub summary: Vec<Row>,
    /// The column headings of the summary's table.
    pub item_column: String,
    pub detail_column: String,
    pub entries_heading: String,
    /// The column headings of the entries' table.
    pub entry_column: String,
    pub what_column: String,
    /// Every entry, oldest first: "3. 6 December 2026 14:02" and what
    /// happened.
    pub entries: Vec<Row>,
}

/// The chronology of `draft`, made at `made_at`.
pub fn build(draft: &Draft, made_at: DateTime<Utc>) -> Chronology {
    let history = &draft.history;
    let short = short_id(draft);
    let (lang, region) = lang_region();
    let sent = match history.marked_sent().map(|e| &e.event) {
        Some(event @ Event::MarkedSent { .. }) => describe(event),
        _ => Some(t("chronology-not-marked-sent").to_owned()),
    };
    let outcome = history.outcome().map(|(outcome, on)| {
        tr!(
            "chronology-outcome-value",
            outcome = outcome.label(),
            on = long_date(on)
        )
    });
    let record = check_line(draft.record_check(), history, draft.id);
    let summary = vec![
        Row::new(t("chronology-sent-label"), sent),
        Row::new(t("chronology-outcome-label"), outcome),
        Row::new(
            t("chronology-review-label"),
            history.review_due().map(long_date),
        ),
        Row::new(t("chronology-record-label"), Some(record)),
        Row::new(t("chronology-made-label"), Some(local_when(made_at))),
    ];
    let entries = history
        .entries()
        .iter()
        .enumerate()
        .map(|(n, entry)| {
            Row::new(
                &tr!(
                    "chronology-entry",
                    number = n + 1,
                    when = local_when(entry.at)
                ),
                Some(entry_line(&entry.event)),
            )
        })
        .collect();
    Chronology {
        lang,
        region,
        title: tr!("chronology-title", id = &short),
        document_title: tr!("chronology-document-title", id = &short),
        marking: t("marking-official-sensitive").to_owned(),
        reference: tr!("pdf-reference", id = &short),
        page_of: tr!("pdf-page-of", page = "{page}", pages = "{pages}"),
        summary,
        item_column: t("chronology-item-column").to_owned(),
        detail_column: t("chronology-detail-column").to_owned(),
        entries_heading: t("chronology-entries-heading").to_owned(),
        entry_column: t("chronology-entry-column").to_owned(),
        what_column: t("chronology-what-column").to_owned(),
        entries,
    }
}

impl Texts for Chronology {
    fn each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
        for row in self.summary.iter_mut().chain(self.entries.iter_mut()) {
            row.each_text(f);
        }
    }
}

/// What no font can draw (a script no font on the computer has, in a note
/// or a name) shown as "□", and said once in the summary: the record is
/// only read here, so a character in it must never stop its chronology
/// being made. True when anything was replaced.
pub fn placeholders(made: &mut Chronology, unshown: &Unshown) -> bool {
    let replaced = super::texts::placeholders(made, unshown);
    if replaced {
        say_replaced(made);
    }
    replaced
}

fn say_replaced(made: &mut Chronology) {
    made.summary.push(Row::new(
        t("chronology-placeholder-label"),
        Some(t("chronology-placeholder").to_owned()),
    ));
}

/// The chronology of `draft` as a tagged PDF/UA-1 file, in memory.
#[cfg(feature = "pdf")]
pub fn make(draft: &Draft, made_at: DateTime<Utc>) -> Result<Vec<u8>, super::PdfError> {
    let made = build(draft, made_at);
    let stamp = super::world::Stamp::new(format!("{}-chronology", draft.id.hyphenated()), made_at);
    super::world::render_made(
        super::world::Template::Chronology,
        &made,
        say_replaced,
        &stamp,
    )
    .map(|(pdf, _)| pdf)
    .map_err(|why| super::PdfError::Layout(super::reason(&why)))
}

/// Without the typesetter: it says so.
#[cfg(not(feature = "pdf"))]
pub fn make(_draft: &Draft, _made_at: DateTime<Utc>) -> Result<Vec<u8>, super::PdfError> {
    Err(super::PdfError::NotBuilt)
}

/// The file name to suggest: `prevent-referral-<id8>-chronology.pdf`.
/// Never a person's name.
pub fn file_name(draft: &Draft) -> String {
    format!("prevent-referral-{}-chronology.pdf", short_id(draft))
}
