//! `prevent-referral pdf FILE --out OUT.pdf` and `prevent-referral drafts
//! pdf ID --out OUT.pdf`: the PDF copy of an export, a draft file or a
//! library draft, from the command line.
//!
//! Exit codes as `validate`: 0 written; 1 the referral has problems (listed,
//! one a line) and `--draft` was not given; 2 the file cannot be read, is
//! not a referral, or the copy cannot be made or written. On any failure
//! nothing is written.

use crate::cli::{EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, error_line};
use crate::clock::Clock;
use crate::pdf::{self, CopyOptions, PdfError};
use crate::record::draft::{Draft, Opened, open_bytes};
use crate::record::history::{Event, HistoryClock};
use crate::record::library::{DraftLock, Library};
use crate::record::outbox;
use crate::rules::Context;
use crate::storage::crypto::is_encrypted;
use crate::storage::file::read_bytes;
use crate::tr;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What every `pdf` command takes.
#[derive(Debug, clap::Args)]
pub struct PdfArgs {
    /// Where to write the PDF copy (owner-only). Nothing is written if
    /// anything fails.
    #[arg(long, value_name = "OUT.pdf")]
    pub out: PathBuf,
    /// Allow a copy of an incomplete referral: every page says "DRAFT – NOT
    /// COMPLETE" and the problems still open are listed in it.
    #[arg(long)]
    pub draft: bool,
    /// Encrypt the copy to this age public key ("age1..."); give it once
    /// for each team. If encryption fails, nothing is written.
    #[arg(long = "recipient", value_name = "AGE_PUBLIC_KEY")]
    pub recipients: Vec<String>,
    /// Replace OUT.pdf if it is there (it is never the data folder, the
    /// input, or a device).
    #[arg(long)]
    pub force: bool,
}

/// `pdf FILE`: an export or a draft file, not encrypted. `data_dir`:
/// `--data-dir`, which the copy is kept out of as every writer is.
pub fn file(
    path: &Path,
    data_dir: Option<&Path>,
    args: &PdfArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
    clock: &dyn Clock,
) -> i32 {
    // Escaped: a file name can hold control characters (as every command
    // shows one).
    let name = crate::cli::shown_path(path);
    let unreadable = |err: &mut dyn Write, why: String| {
        fail(err, tr!("cli-file-error", file = &name, why = why))
    };
    let bytes = match read_bytes(path) {
        Ok(b) => b,
        Err(e) => return unreadable(err, e.to_string()),
    };
    // An encrypted draft needs the library's key, which `drafts pdf` unlocks.
    if is_encrypted(&bytes) {
        return fail(err, tr!("cli-pdf-encrypted", file = &name));
    }
    // A copy of an export shows the questions of the file's own edition
    // (a 1.2 file asked armed forces at 15): its MINOR and edition.
    let mut asked = Asked::this_program();
    let draft = match open_bytes(&bytes) {
        Ok(Opened::Draft(d)) => d,
        Ok(Opened::Export(e)) => {
            crate::cli::drafts::unread_note(err, &name, &e.meta);
            asked = Asked {
                minor: e.meta.asked_minor(),
                edition: e.meta.form_edition.clone(),
            };
            Draft::from_export(e, clock)
        }
        Err(e) => return unreadable(err, e.to_string()),
    };
    // The file read is not changed: its history gains no entry (the app
    // notes the copy when it next saves the draft it has open).
    let from = From {
        protected: crate::storage::destination::Protected::data_folder(data_dir).and_input(path),
        name,
        history: None,
    };
    write_copy(&draft, (&from, &asked), args, out, err, clock).0
}

/// Which questions a copy shows: those of format MINOR `minor`, under the
/// form's `edition`.
struct Asked {
    minor: u64,
    edition: Option<String>,
}

impl Asked {
    /// A draft's: this program's questions.
    fn this_program() -> Self {
        Self {
            minor: crate::export::FORMAT_MINOR,
            edition: Some(crate::export::FORM_EDITION.to_owned()),
        }
    }
}

/// `drafts pdf ID`: a draft in the library.
pub fn library_draft(
    library: &Library,
    id: &str,
    args: &PdfArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
    clock: &dyn Clock,
) -> i32 {
    let id = match library.find(id) {
        Ok(id) => id,
        Err(e) => return fail(err, e.to_string()),
    };
    // Held while the copy is made and noted in the history, as an export.
    let _lock = match DraftLock::acquire_briefly(library, id) {
        Ok(lock) => lock,
        Err(e) => return fail(err, crate::cli::drafts::lock_failure(&e, id)),
    };
    let mut draft = match library.load(id) {
        Ok(d) => d,
        Err(e) => return fail(err, e.to_string()),
    };
    // A file this referral was exported as is what was sent: never
    // replaced, by a copy either.
    if outbox::is_an_earlier_export(&draft, &args.out) {
        let message = tr!(
            "cli-export-would-replace-sent",
            file = crate::cli::shown_path(&args.out)
        );
        return fail(err, message);
    }
    // The copy shows the history as it stands; the copy itself is noted
    // only once it is written (a record follows what it records).
    let history = (draft.history.len(), draft.history.latest_hash(draft.id));
    // The data folder holds the drafts folder, the key and the settings.
    let from = From {
        protected: crate::storage::destination::Protected::data_folder(library.dir().parent()),
        name: pdf::short_id(&draft),
        history: Some(history),
    };
    let asked = Asked::this_program();
    let (code, sha256) = write_copy(&draft, (&from, &asked), args, out, err, clock);
    if code != EXIT_OK {
        return code;
    }
    // An unreadable history is kept as found, not added to: then the
    // draft is not written again either.
    let before = draft.history.len();
    draft.history.record(
        draft.id,
        &HistoryClock::start(clock),
        Event::PdfMade { sha256 },
    );
    if draft.history.len() > before
        && let Err(e) = library.save(&draft, Context::new(clock.today()))
    {
        let _ = writeln!(
            err,
            "{}",
            error_line(&tr!("cli-pdf-not-recorded", why = e.to_string()))
        );
    }
    code
}

/// What a copy is made from: the name its problems are listed under, where
/// it must not be written, and the history to show on it.
struct From {
    protected: crate::storage::destination::Protected,
    name: String,
    history: Option<(usize, String)>,
}

/// Makes the copy in memory, encrypts it when asked, and only then writes
/// it: a failure at any step leaves nothing behind. The exit code, and the
/// SHA-256 of the file when one was written.
fn write_copy(
    draft: &Draft,
    (from, asked): (&From, &Asked),
    args: &PdfArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
    clock: &dyn Clock,
) -> (i32, Option<String>) {
    let ctx = Context::for_minor(clock.today(), asked.minor);
    let mut opts = CopyOptions::new(clock.now());
    opts.allow_draft = args.draft;
    opts.history.clone_from(&from.history);
    opts.form_edition.clone_from(&asked.edition);
    let make = |recipients: &[age::x25519::Recipient]| pdf::prepare(draft, ctx, &opts, recipients);
    write_made(&make, from, args, out, err)
}

/// `drafts chronology ID --pdf OUT`: the chronology of a library draft as
/// a tagged PDF (encrypted when keys are given). Only read: the referral's
/// history is not added to (a chronology would then never be the record
/// it shows).
pub fn chronology(
    library: &Library,
    draft: &Draft,
    args: &PdfArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
    clock: &dyn Clock,
) -> i32 {
    // A file this referral was exported as is what was sent: never
    // replaced, by a chronology either.
    if outbox::is_an_earlier_export(draft, &args.out) {
        let message = tr!(
            "cli-export-would-replace-sent",
            file = crate::cli::shown_path(&args.out)
        );
        return fail(err, message);
    }
    let from = From {
        protected: crate::storage::destination::Protected::data_folder(library.dir().parent()),
        name: pdf::short_id(draft),
        history: None,
    };
    let made_at = clock.now();
    let make = |recipients: &[age::x25519::Recipient]| {
        let bytes = pdf::chronology::make(draft, made_at)?;
        let name = pdf::chronology::file_name(draft);
        outbox::Outgoing::sealed(draft.id, None, bytes, name, recipients, false)
            .map_err(PdfError::Encrypt)
    };
    match write_made(&make, &from, args, out, err).0 {
        // Written: then it exits as `drafts history` does (1 when the
        // record it shows does not hold).
        EXIT_OK => crate::cli::history::exit_code(draft),
        code => code,
    }
}

/// Checks the keys and the destination, makes the file with `make` (in
/// memory) and only then writes it.
fn write_made(
    make: &dyn Fn(&[age::x25519::Recipient]) -> Result<outbox::Outgoing, PdfError>,
    from: &From,
    args: &PdfArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> (i32, Option<String>) {
    // The organisation may not allow a copy that is not encrypted.
    if let Some(why) = crate::cli::policy::refuses_plain(&args.recipients) {
        return (fail(err, why), None);
    }
    // The keys first: a wrong one stops before anything is made.
    let recipients = match outbox::recipients(&args.recipients) {
        Ok(r) => r,
        Err(outbox::OutboxError::BadRecipient { key, why }) => {
            let message = tr!("cli-export-bad-recipient", key = key, why = why.to_string());
            return (fail(err, message), None);
        }
        Err(_) => return (EXIT_UNREADABLE, None),
    };
    // Where it goes, checked as every writer's destination is: never the
    // data folder, the input or a device, and never over a file unasked.
    let replace = if args.force {
        crate::storage::destination::Replace::Allowed
    } else {
        crate::storage::destination::Replace::Refused
    };
    let destination = match crate::storage::destination::check(&args.out, &from.protected, replace)
    {
        Ok(d) => d,
        Err(why) => {
            let _ = writeln!(
                err,
                "{}",
                crate::cli::error_line(&tr!(
                    "cli-file-error",
                    file = crate::cli::shown_path(&args.out),
                    why = why.to_string()
                ))
            );
            return (EXIT_UNREADABLE, None);
        }
    };
    let to = crate::cli::shown_path(&args.out);
    let written = make(&recipients).and_then(|outgoing| {
        destination
            .write(&outgoing.bytes, out)
            .map(|()| outgoing)
            .map_err(PdfError::Write)
    });
    match written {
        Ok(outgoing) => {
            if !outgoing.encrypted {
                let _ = writeln!(err, "{}", tr!("cli-pdf-not-encrypted", file = &to));
            }
            if !outgoing.placeholders.is_empty() {
                let codes = outgoing.placeholders.as_str();
                let _ = writeln!(err, "{}", tr!("cli-pdf-placeholders", codes = codes));
            }
            // Where it went, unless it went to standard output (or a device
            // or pipe, which may be it): a line after a PDF is damage.
            if matches!(
                destination,
                crate::storage::destination::Destination::File(_)
            ) {
                let _ = writeln!(out, "{to}");
            }
            let sha256 = crate::record::history::sha256_hex(&outgoing.bytes);
            (EXIT_OK, Some(sha256))
        }
        Err(PdfError::Incomplete(problems)) => {
            for p in &problems {
                let _ = writeln!(
                    out,
                    "{}",
                    tr!("cli-problem", file = &from.name, problem = p.to_string())
                );
            }
            let _ = writeln!(err, "{}", error_line(crate::i18n::t("cli-pdf-incomplete")));
            (EXIT_INVALID, None)
        }
        Err(e) => {
            let message = tr!("cli-file-error", file = &to, why = e.to_string());
            (fail(err, message), None)
        }
    }
}

fn fail(err: &mut dyn Write, message: String) -> i32 {
    let _ = writeln!(err, "{}", error_line(&message));
    EXIT_UNREADABLE
}
