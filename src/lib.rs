//! Prevent Referral: fill in, check, keep and export the Prevent National
//! Referral Form (England and Wales).
//!
//! The domain core has no user interface in it:
//! - [`model`]: the referral exactly as typed (what drafts hold);
//! - [`form`]: the form definition, every question written once;
//! - [`rules`]: every rule of the form, returning all problems at once;
//! - [`i18n`]: the message catalogue (Fluent), every string a person reads;
//! - [`export`]: the export document, built from a complete referral, and
//!   read back;
//! - [`crypto`]: the installation key and age encryption of every file;
//! - [`draft`]: the application's own draft file, with its [`history`];
//! - [`library`]: the drafts library in the data folder, with locks, and
//!   the autosave bookkeeping ([`library::SaveTracker`]);
//! - [`inbox`] and [`outbox`]: opening a file, and building, encrypting,
//!   naming and writing an export, once for the app and the command line;
//! - [`pdf`]: the PDF copy of a referral (typst, PDF/UA-1), for receivers
//!   who take a document;
//! - [`schema`]: the JSON Schema of the export;
//! - [`cli`]: the command line;
//! - [`layout`]: where the data folder is and what it holds;
//! - [`ui`]: the form's pages, as plain functions over [`ui::FormState`];
//! - [`app`]: the desktop application's shell (files, dialogs, preferences).
//!
//! Every field is listed in docs/FORM-REFERENCE.md, generated from
//! [`form`]; docs/EXPORT-FORMAT.md describes the export for receiving
//! teams.

/// The program's version, as the export and the PDF's properties give it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The version and the commit it was built from, for `--version` and the
/// PDF copy's first page.
pub const VERSION_AND_COMMIT: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("PREVENT_REFERRAL_COMMIT"),
    ")"
);

pub mod answers;
#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod clock;
pub mod export;
pub mod form;
pub mod hide;
pub mod i18n;
pub mod model;
pub mod notice;
pub mod pdf;
pub mod platform;
pub mod policy;
pub mod printable;
pub mod process;
pub mod record;
pub mod rules;
pub mod schema;
pub mod storage;
#[cfg(feature = "gui")]
pub mod ui;
pub mod unseen;
pub mod values;
