//! The PDF copy of a referral, for receivers who take a document: the
//! police Prevent inbox, the MASH, the school's safeguarding record. Built
//! from the form definition (every question the form asked, with its answer
//! as it will be sent), laid out by typst from `assets/pdf/referral.typ`
//! and written as a tagged PDF/UA-1 file, which typst checks as it writes.
//!
//! The copy is made in memory and, like an export, can be encrypted for the
//! teams chosen before it is written (`.pdf.age`); nothing here writes a
//! plain copy anywhere but where the caller says. Used by the app and the
//! command line.

pub(crate) mod answers;
pub mod bounded;
#[cfg(feature = "pdf")]
pub(crate) mod bundled;
pub mod chronology;
pub mod content;
#[cfg(feature = "pdf")]
pub(crate) mod fonts;
pub(crate) mod summary;
pub mod texts;
#[cfg(feature = "pdf")]
mod world;

pub use content::{Content, short_id};

use crate::record::draft::Draft;
use crate::record::library::Writer;
use crate::record::outbox::Outgoing;
use crate::rules::{self, Context, Problem};
use crate::storage::crypto::EncryptFailure;
use age::x25519;
use chrono::{DateTime, Utc};

/// How a copy is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyOptions {
    /// When it was made (shown on the first page, local time).
    pub made_at: DateTime<Utc>,
    /// The teams it was sent to, when made at export ("Sent to: TEAM").
    pub sent_to: Vec<String>,
    /// A copy of an incomplete referral is allowed: marked "DRAFT – NOT
    /// COMPLETE" on every page, with the problems still open.
    pub allow_draft: bool,
    /// The referral's history when the copy was made: its length and
    /// latest hash (see [`crate::record::history`]).
    pub history: Option<(usize, String)>,
    /// The edition of the questions the referral answers, as the export's
    /// `form_edition`: this program's for a draft, the file's for a copy of
    /// an export; `None` for a file of a format before editions (1.0, 1.1).
    pub form_edition: Option<String>,
}

impl CopyOptions {
    pub fn new(made_at: DateTime<Utc>) -> Self {
        Self {
            made_at,
            sent_to: Vec::new(),
            allow_draft: false,
            history: None,
            form_edition: Some(crate::export::FORM_EDITION.to_owned()),
        }
    }
}

/// Why no copy was made (or written).
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The referral breaks rules and a draft copy was not asked for: one
    /// line per problem.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Incomplete(Vec<Problem>),
    /// Typst could not lay out or write the document (a PDF/UA failure
    /// among them): what it said.
    #[error("{}", crate::tr!("pdf-layout-failed", why = .0))]
    Layout(String),
    #[error("{}", crate::tr!("pdf-encrypt-failed", why = .0.to_string()))]
    Encrypt(EncryptFailure),
    #[error("{}", crate::storage::store::write_error_reason(.0))]
    Write(std::io::Error),
    /// Built without the `pdf` feature (the fuzz targets' build): no
    /// typesetter to make a copy with.
    #[error("{}", crate::i18n::t("pdf-not-built"))]
    NotBuilt,
}

/// The content of the copy of `draft`: what the template will show. An
/// incomplete referral gives its problems unless `opts.allow_draft`.
pub fn content(draft: &Draft, ctx: Context, opts: &CopyOptions) -> Result<Content, PdfError> {
    let problems = rules::validate(&draft.referral, ctx);
    if !problems.is_empty() && !opts.allow_draft {
        return Err(PdfError::Incomplete(problems));
    }
    // Laid out within the form's limits (memory stays bounded whatever a
    // file holds); the problems still name every rule broken.
    match bounded::bounded(&draft.referral) {
        std::borrow::Cow::Borrowed(_) => Ok(content::build(draft, ctx, opts, &problems)),
        std::borrow::Cow::Owned(referral) => {
            let within = Draft {
                referral,
                ..draft.clone()
            };
            Ok(content::build(&within, ctx, opts, &problems))
        }
    }
}

/// The PDF of `draft`, in memory.
#[cfg(feature = "pdf")]
pub fn make(draft: &Draft, ctx: Context, opts: &CopyOptions) -> Result<Vec<u8>, PdfError> {
    made(draft, ctx, opts).map(|(pdf, _)| pdf)
}

/// The PDF of `draft`, in memory, and what no font could draw (shown as
/// "□" and said on its first page).
#[cfg(feature = "pdf")]
pub fn made(
    draft: &Draft,
    ctx: Context,
    opts: &CopyOptions,
) -> Result<(Vec<u8>, texts::Unshown), PdfError> {
    let content = content(draft, ctx, opts)?;
    let stamp = world::Stamp::new(draft.id.hyphenated().to_string(), opts.made_at);
    world::render_made(
        world::Template::Referral,
        &content,
        content::say_replaced,
        &stamp,
    )
    .map_err(|why| PdfError::Layout(reason(&why)))
}

/// Without the typesetter: the rules still apply, then it says so.
#[cfg(not(feature = "pdf"))]
pub fn make(draft: &Draft, ctx: Context, opts: &CopyOptions) -> Result<Vec<u8>, PdfError> {
    made(draft, ctx, opts).map(|(pdf, _)| pdf)
}

/// Without the typesetter: the rules still apply, then it says so.
#[cfg(not(feature = "pdf"))]
pub fn made(
    draft: &Draft,
    ctx: Context,
    opts: &CopyOptions,
) -> Result<(Vec<u8>, texts::Unshown), PdfError> {
    content(draft, ctx, opts)?;
    Err(PdfError::NotBuilt)
}

/// What typst said, for a person: a character the bundled font cannot draw
/// (PDF/UA forbids a missing glyph) in words, without the text it quotes;
/// anything else with control characters taken out.
#[cfg(feature = "pdf")]
fn reason(why: &str) -> String {
    if why.contains("could not be displayed with") {
        return crate::i18n::t("pdf-missing-glyphs").to_owned();
    }
    why.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect()
}

/// The file name to suggest: `prevent-referral-YYYY-MM-DD-<id8>.pdf`, from
/// the referral date (today until there is one), as exports are named.
/// Never a person's name.
pub fn file_name(draft: &Draft, ctx: Context) -> String {
    format!(
        "prevent-referral-{}-{}.pdf",
        rules::referral_date(&draft.referral, ctx).format("%Y-%m-%d"),
        short_id(draft)
    )
}

/// The copy of `draft`, encrypted to `recipients` when any are given
/// (`.pdf.age`), and named.
pub fn prepare(
    draft: &Draft,
    ctx: Context,
    opts: &CopyOptions,
    recipients: &[x25519::Recipient],
) -> Result<Outgoing, PdfError> {
    let (pdf, missing) = made(draft, ctx, opts)?;
    let name = crate::record::outbox::suggested_name(draft, &file_name(draft, ctx));
    let mut outgoing =
        Outgoing::sealed(draft.id, opts.history.clone(), pdf, name, recipients, false)
            .map_err(PdfError::Encrypt)?;
    outgoing.placeholders = missing.codes();
    Ok(outgoing)
}

/// Writes the copy where `to` says (atomically, owner-only, into the
/// folder that was checked, with the disk writer).
pub fn write(
    writer: &dyn Writer,
    outgoing: &Outgoing,
    to: &crate::storage::destination::Destination,
) -> Result<(), PdfError> {
    writer
        .write_to(to, &outgoing.bytes)
        .map_err(PdfError::Write)
}
