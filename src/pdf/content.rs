//! What the PDF copy says, as data for the template: every text already in
//! the reader's language, every answer split into paragraphs and lines as
//! typed. The template (assets/pdf/referral.typ) only lays this out.

use super::{CopyOptions, answers};
use crate::i18n::{language, t};
use crate::model::{SectionId, Tri};
use crate::record::draft::Draft;
use crate::rules::{self, Context, Problem};
use crate::tr;
use serde::Serialize;

/// One question and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub label: String,
    /// Paragraphs, each of lines; "Not provided" when `missing`.
    pub answer: Vec<Vec<String>>,
    pub missing: bool,
}

impl Row {
    /// A row; `None` shows as "Not provided".
    pub fn new(label: &str, answer: Option<String>) -> Self {
        match answer {
            Some(a) => Self {
                label: label.to_owned(),
                answer: paragraphs(&a),
                missing: false,
            },
            None => Self {
                label: label.to_owned(),
                answer: vec![vec![t("answers-not-provided").to_owned()]],
                missing: true,
            },
        }
    }

    /// Its label and every line of its answer, for [`super::texts::Texts`].
    pub fn each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
        f(&mut self.label);
        self.answer.iter_mut().flatten().for_each(f);
    }

    /// The answer as one string, paragraphs apart (for tests and checks).
    pub fn text(&self) -> String {
        self.answer
            .iter()
            .map(|p| p.join("\n"))
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

/// Rows under one sub-heading (or none: the section's own questions).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    pub heading: Option<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub title: String,
    pub blocks: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Declaration {
    pub heading: String,
    pub rows: Vec<Row>,
}

/// Everything the template shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Content {
    /// ISO 639 language and ISO 3166 region of the text ("en", "GB").
    pub lang: String,
    pub region: Option<String>,
    pub title: String,
    /// The PDF's title: the form and the short id, never a person's name.
    pub document_title: String,
    pub marking: String,
    /// "DRAFT – NOT COMPLETE" on every page of an incomplete copy.
    pub draft: Option<String>,
    pub draft_note: String,
    /// "Referral 1a2b3c4d", on every page.
    pub reference: String,
    /// "Page {page} of {pages}".
    pub page_of: String,
    pub question: String,
    pub answer: String,
    /// What an officer needs first (src/pdf/summary.rs): first page.
    pub summary_heading: String,
    pub summary_note: String,
    pub summary: Vec<Row>,
    /// What this copy is, after the summary.
    pub about_heading: String,
    pub about: Vec<Row>,
    pub problems_heading: String,
    pub problems: Vec<String>,
    /// The 999 statement, when someone is at immediate risk.
    pub immediate_risk: Option<String>,
    pub sections: Vec<Section>,
    pub declaration: Declaration,
}

impl super::texts::Texts for Content {
    fn each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
        for text in [
            &mut self.title,
            &mut self.marking,
            &mut self.draft_note,
            &mut self.reference,
            &mut self.page_of,
            &mut self.question,
            &mut self.answer,
            &mut self.problems_heading,
            &mut self.declaration.heading,
            &mut self.summary_heading,
            &mut self.summary_note,
            &mut self.about_heading,
        ] {
            f(text);
        }
        self.draft.iter_mut().for_each(&mut *f);
        self.immediate_risk.iter_mut().for_each(&mut *f);
        self.problems.iter_mut().for_each(&mut *f);
        self.summary.iter_mut().for_each(|row| row.each_text(f));
        self.about.iter_mut().for_each(|row| row.each_text(f));
        for section in &mut self.sections {
            f(&mut section.title);
            for part in &mut section.blocks {
                part.heading.iter_mut().for_each(&mut *f);
                part.rows.iter_mut().for_each(|row| row.each_text(f));
            }
        }
        self.declaration
            .rows
            .iter_mut()
            .for_each(|row| row.each_text(f));
    }
}

/// The ISO 639 language and ISO 3166 region of the reader's language
/// ("en", "GB"; "cy", none).
pub(super) fn lang_region() -> (String, Option<String>) {
    let tag = language().tag();
    match tag.split_once('-') {
        Some((l, region)) => (l.to_owned(), Some(region.to_owned())),
        None => (tag.to_owned(), None),
    }
}

/// A moment in local time, in words: "6 December 2026 at 20:44".
pub(super) fn local_when(at: chrono::DateTime<chrono::Utc>) -> String {
    let local = at.with_timezone(&chrono::Local);
    tr!(
        "pdf-made-at",
        date = crate::answers::long_date(local.date_naive()),
        time = local.format("%H:%M").to_string()
    )
}

/// The short id: the first 8 characters, as file names carry it.
pub fn short_id(draft: &Draft) -> String {
    let id = draft.id.hyphenated().to_string();
    id.get(..8).unwrap_or(&id).to_owned()
}

/// The copy's content. `problems`: those still open (a draft copy).
pub fn build(draft: &Draft, ctx: Context, opts: &CopyOptions, problems: &[Problem]) -> Content {
    let r = &draft.referral;
    let age = rules::age(r, ctx);
    let short = short_id(draft);
    let (lang, region) = lang_region();
    let incomplete = !problems.is_empty();
    let sections = SectionId::ALL
        .into_iter()
        .filter(|s| !matches!(s, SectionId::Start | SectionId::Declaration))
        .map(|s| Section {
            title: s.title().to_owned(),
            blocks: answers::section_parts(r, s, age, ctx.minor),
        })
        .collect();
    let declaration_rows = answers::section_parts(r, SectionId::Declaration, age, ctx.minor)
        .into_iter()
        .flat_map(|p| p.rows)
        .collect();
    let immediate_risk = (r.concerns.immediate_risk == Some(Tri::Yes)).then(|| {
        if r.concerns.police_called {
            t("pdf-immediate-risk-called").to_owned()
        } else {
            t("pdf-immediate-risk-not-called").to_owned()
        }
    });
    Content {
        lang,
        region,
        title: t("pdf-title").to_owned(),
        document_title: tr!("pdf-document-title", id = &short),
        marking: t("marking-official-sensitive").to_owned(),
        draft: incomplete.then(|| t("pdf-draft").to_owned()),
        draft_note: t("pdf-draft-note").to_owned(),
        reference: tr!("pdf-reference", id = &short),
        page_of: tr!("pdf-page-of", page = "{page}", pages = "{pages}"),
        question: t("pdf-question").to_owned(),
        answer: t("pdf-answer").to_owned(),
        summary_heading: t("pdf-summary-heading").to_owned(),
        summary_note: t("pdf-summary-note").to_owned(),
        summary: super::summary::rows(r, age, ctx.minor),
        about_heading: t("pdf-about-heading").to_owned(),
        about: about(draft, opts),
        problems_heading: t("pdf-problems-heading").to_owned(),
        problems: problems
            .iter()
            .map(|p| match p.section() {
                Some(s) => tr!(
                    "pdf-problem",
                    section = s.title(),
                    message = crate::form::named_by_entry(&p.path, &p.message.to_string())
                ),
                None => crate::form::named_by_entry(&p.path, &p.message.to_string()),
            })
            .collect(),
        immediate_risk,
        sections,
        declaration: Declaration {
            heading: t("declaration-heading").to_owned(),
            rows: declaration_rows,
        },
    }
}

/// Said on the first page when a character no font has is shown as "□".
#[cfg(feature = "pdf")]
pub(super) fn say_replaced(content: &mut Content) {
    content.about.push(Row::new(
        t("pdf-placeholder-label"),
        Some(t("pdf-placeholder").to_owned()),
    ));
}

/// The first page's facts: the referral date, when the copy was made, by
/// which program, the referral id and, when made at export, who it was
/// sent to.
fn about(draft: &Draft, opts: &CopyOptions) -> Vec<Row> {
    let date = crate::values::parse_date(&draft.referral.declaration.referral_date)
        .ok()
        .flatten()
        .map(crate::answers::long_date);
    let mut rows = vec![
        Row::new(t("pdf-referral-date"), date),
        Row::new(t("pdf-made"), Some(local_when(opts.made_at))),
        Row::new(
            t("pdf-program"),
            Some(tr!(
                "pdf-program-version",
                app = t("app-name"),
                version = crate::VERSION_AND_COMMIT
            )),
        ),
        Row::new(
            t("pdf-referral-id"),
            Some(draft.id.hyphenated().to_string()),
        ),
    ];
    // The edition of the questions the referral answers, after the
    // program: the same as the export's `form_edition` (the file's own for
    // a copy of an export).
    if let Some(edition) = &opts.form_edition {
        let row = Row::new(
            t("pdf-form-edition"),
            Some(tr!("pdf-form-edition-value", edition = edition.as_str())),
        );
        rows.insert(3, row);
    }
    if !opts.sent_to.is_empty() {
        rows.push(Row::new(t("pdf-sent-to"), Some(opts.sent_to.join("\n"))));
    }
    // The history's length and latest hash: a history rewritten later
    // does not match what this copy says.
    if let Some((length, hash)) = &opts.history {
        rows.push(Row::new(
            t("pdf-history"),
            Some(tr!(
                "pdf-history-value",
                entries = *length,
                hash = hash.as_str()
            )),
        ));
    }
    rows
}

/// An answer as typed: paragraphs apart at blank lines, lines kept.
fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    // Control characters have no glyph (PDF/UA forbids drawing one that is
    // missing) and show nothing: a tab is a space, the rest are left out.
    let text: String = text
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line.trim_end().to_owned());
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    if out.is_empty() {
        out.push(vec![String::new()]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_kept_and_lines_within_them() {
        assert_eq!(
            paragraphs("One\r\ntwo\n\n\n  three  \n"),
            vec![
                vec!["One".to_owned(), "two".to_owned()],
                vec!["  three".to_owned()]
            ]
        );
    }
}
