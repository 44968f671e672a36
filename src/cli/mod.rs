//! The command line: `prevent-referral validate FILE...` and
//! `prevent-referral schema`.

use crate::clock::Clock;
use crate::export::{check_export, read_export};
use crate::printable::{shown, shown_message};
use crate::record::inbox::{ReceivedError, open_received};
use crate::rules::Context;
use crate::schema::export_schema_text;
use crate::storage::destination::{self, Destination, Protected, Replace};
use crate::storage::file::read_bytes;
use crate::tr;
use clap::{FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

pub mod chronology;
pub mod drafts;
pub mod follow_up;
pub mod help;
pub mod history;
pub mod pdf;
pub mod policy;

/// The version and the commit it was built from, for `--version`.
pub use crate::VERSION_AND_COMMIT as VERSION;

/// Exit codes, as scripts rely on them.
pub const EXIT_OK: i32 = 0;
pub const EXIT_INVALID: i32 = 1;
pub const EXIT_UNREADABLE: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "prevent-referral",
    version = VERSION,
    about = "Fill in, check, keep and export the Prevent National Referral Form",
    long_about = "Fill in, check, keep and export the Prevent National Referral Form \
                  (England and Wales).\n\nThe export format is described in docs/EXPORT-FORMAT.md; \
                  `prevent-referral schema` prints its JSON Schema."
)]
pub struct Cli {
    /// The data folder holding the drafts library (default: the platform's
    /// data folder, e.g. ~/.local/share/preventreferral).
    #[arg(long, global = true, value_name = "DIR", env = crate::storage::layout::DATA_DIR_ENV)]
    pub data_dir: Option<PathBuf>,

    /// The graphics renderer that draws the window. auto: on Windows DX12
    /// on a graphics card (or its Vulkan or OpenGL), then WARP (software),
    /// then OpenGL in software; elsewhere Vulkan, then OpenGL. For IT, on
    /// a PC where that choice fails.
    #[arg(
        long,
        value_enum,
        value_name = "RENDERER",
        default_value = "auto",
        env = "PREVENT_REFERRAL_RENDERER"
    )]
    pub renderer: Renderer,

    /// The language of the help and messages (cli.ftl: the texts clap
    /// shows are the catalogue's, src/cli/help.rs).
    /// (Its variable, [`LANGUAGE_ENV`], is read by [`asked_language`]
    /// alone: a value it does not take is passed over, never a reason for
    /// every command, and the window, to stop.)
    #[arg(
        long,
        global = true,
        value_enum,
        ignore_case = true,
        value_name = "LANGUAGE"
    )]
    pub language: Option<LanguageChoice>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The variable that chooses the command line's language, as --language.
pub const LANGUAGE_ENV: &str = "PREVENT_REFERRAL_LANGUAGE";

/// `--language`: what a script gives to be sure of the language it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LanguageChoice {
    #[value(name = "en")]
    English,
    #[value(name = "cy")]
    Welsh,
}

impl LanguageChoice {
    pub fn language(self) -> crate::i18n::Language {
        match self {
            Self::English => crate::i18n::Language::English,
            Self::Welsh => crate::i18n::Language::Welsh,
        }
    }
}

/// The language asked for by `--language` or [`LANGUAGE_ENV`], read before
/// clap parses anything, so that its help and errors are in it. An option
/// value it does not take is left for clap to refuse, in the variable's
/// language if it names one; a variable's is passed over (the system's
/// language is used).
pub fn asked_language(
    args: &[OsString],
    var: impl Fn(&str) -> Option<String>,
) -> Option<crate::i18n::Language> {
    let named = |value: &str| match value.to_ascii_lowercase().as_str() {
        "en" => Some(crate::i18n::Language::English),
        "cy" => Some(crate::i18n::Language::Welsh),
        _ => None,
    };
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    while let Some(word) = words.next() {
        match word {
            // After "--" every word is a value, not an option.
            Some("--") => break,
            Some("--language") => match words.next().flatten().and_then(named) {
                Some(language) => return Some(language),
                None => break,
            },
            Some(w) if w.starts_with("--language=") => {
                match named(w.trim_start_matches("--language=")) {
                    Some(language) => return Some(language),
                    None => break,
                }
            }
            _ => {}
        }
    }
    var(LANGUAGE_ENV).and_then(|value| named(value.trim()))
}

pub use crate::storage::settings::Renderer;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check export files against every rule of the form.
    ///
    /// Exit 0 when every file is a complete, valid referral; 1 when any is
    /// invalid (one line per problem: FILE: referral.path: message); 2 when
    /// any cannot be read or is not a referral export.
    Validate {
        /// Export files (.json) to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print the JSON Schema (2020-12) of the export format.
    Schema,

    /// Print the managed settings in force on this computer (set by IT in
    /// HKLM\SOFTWARE\Policies\PreventReferral on Windows, in
    /// /etc/prevent-referral/policy.toml elsewhere) and where they came
    /// from. Exit 1 when they are there but refused, with the reasons.
    Policy,
    /// Make the PDF copy (PDF/UA-1) of an export or a draft file. Exit 1,
    /// listing the problems, when the referral is not complete and --draft
    /// is not given; 2 when FILE cannot be read. Nothing is written on any
    /// failure.
    Pdf {
        /// An export (.json) or a draft file, not encrypted.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[command(flatten)]
        args: crate::cli::pdf::PdfArgs,
    },
    /// The drafts library: for IT staff and scripts.
    ///
    /// Drafts are encrypted: the passphrase is read from the file named by
    /// PREVENT_REFERRAL_PASSPHRASE_FILE, or asked for on the terminal.
    #[command(subcommand)]
    Drafts(DraftsCommand),
    /// For the receiving team: decrypt an encrypted export (.json.age) with
    /// your age identity file, write it out, and check it.
    ///
    /// Exit 0 when the referral is complete and valid; 1 when it was
    /// decrypted and written but breaks rules (listed); 2 when it cannot be
    /// decrypted (wrong identity, changed or damaged file) or is not a
    /// referral export: then nothing is written.
    Decrypt {
        /// The encrypted export.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Your age identity file (from `age-keygen`).
        #[arg(long, value_name = "KEYFILE")]
        identity: PathBuf,
        /// Where to write the decrypted export (owner-only); `-` for
        /// standard output. Never inside the data folder, nor over the
        /// input or the identity file.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace the --out file if it is there.
        #[arg(long)]
        force: bool,
    },
    /// Print the help of the program or of a command (clap's own `help`
    /// cannot be translated).
    Help {
        /// The command, e.g. "drafts export".
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum DraftsCommand {
    /// Make a new draft from a draft or an export file; prints its id last.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// List the drafts, most recently edited first.
    List {
        /// An array of objects: id, label, created_at, updated_at,
        /// sections_complete, complete, status (in_progress, ready,
        /// exported or sent), exported_at, sent_on, sent_how, outcome,
        /// retained_from, due (what is due today: since, what) and
        /// same_person (the ids of the other referrals about the same
        /// person).
        #[arg(long)]
        json: bool,
    },
    /// Write a draft's export file (exit 1, listing the problems, when the
    /// referral is not complete).
    Export {
        /// The draft's id, or its first characters.
        id: String,
        /// `-` for standard output. Never inside the data folder.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace the --out file if it is there.
        #[arg(long)]
        force: bool,
        /// Encrypt the export to this age public key ("age1..."); give it
        /// once for each team. If encryption fails, nothing is written.
        #[arg(long = "recipient", value_name = "AGE_PUBLIC_KEY")]
        recipients: Vec<String>,
        /// With --recipient: ASCII-armoured text rather than binary.
        #[arg(long, requires = "recipients")]
        armor: bool,
    },
    /// Write a draft's PDF copy (exit 1, listing the problems, when the
    /// referral is not complete and --draft is not given).
    Pdf {
        /// The draft's id, or its first characters.
        id: String,
        #[command(flatten)]
        args: crate::cli::pdf::PdfArgs,
    },
    /// Delete a draft and every copy of it.
    Delete { id: String },
    /// What happened to a draft, oldest first, and whether its chain of
    /// hashes holds. Exits 0 when it holds, 1 when it is broken, 2 when it
    /// cannot be read.
    History {
        /// The draft's id, or its first characters.
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Mark a referral sent: the day, how and to whom (exit 1, saying why,
    /// when it is not complete, was never exported, changed since or is
    /// marked sent already). It names the export sent by its SHA-256.
    MarkSent(crate::cli::follow_up::MarkSentArgs),
    /// Record what happened next on a referral marked sent (exit 1, saying
    /// why, for a date before it was sent or after today, or a field that
    /// is needed and empty). Nothing is ever changed: --amends puts an
    /// earlier entry right with a new one.
    FollowUp(crate::cli::follow_up::FollowUpArgs),
    /// The whole record of one referral for the safeguarding file: what
    /// was sent (its SHA-256), the outcome, the next review, then every
    /// entry of its history. Exits as `history` does. With --pdf, the same
    /// as a tagged PDF for the safeguarding file, in the language chosen.
    Chronology {
        /// The draft's id, or its first characters.
        id: String,
        #[arg(long, conflicts_with = "pdf")]
        json: bool,
        /// Write the chronology as a PDF here (owner-only) instead of
        /// printing it. Nothing is written if anything fails.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<std::path::PathBuf>,
        /// Encrypt the PDF to this age public key ("age1..."); give it
        /// once for each team.
        #[arg(long = "recipient", value_name = "AGE_PUBLIC_KEY", requires = "pdf")]
        recipients: Vec<String>,
        /// Replace OUT.pdf if it is there.
        #[arg(long, requires = "pdf")]
        force: bool,
    },
    /// Delete every draft not edited for DAYS days, or every referral
    /// marked sent whose last entry after sending (the sending or the
    /// last follow-up) is DAYS days old or more.
    #[command(group(clap::ArgGroup::new("which").required(true).multiple(true)))]
    Purge {
        #[arg(long, value_name = "DAYS", group = "which")]
        older_than: Option<u32>,
        #[arg(long, value_name = "DAYS", group = "which")]
        sent_older_than: Option<u32>,
    },
}

/// Runs the command line and returns the exit code. `None` from
/// [`Cli::command`] (no arguments) is left to the caller.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write, clock: &dyn Clock) -> i32 {
    match cli.command {
        Some(Command::Validate { files }) => validate(&files, out, err, clock),
        Some(Command::Drafts(command)) => {
            crate::cli::drafts::run(command, cli.data_dir.as_deref(), out, err, clock)
        }
        Some(Command::Decrypt {
            file,
            identity,
            out: to,
            force,
        }) => {
            let protected = Protected::data_folder(cli.data_dir.as_deref())
                .and_input(&file)
                .and_input(&identity);
            let replace = if force {
                Replace::Allowed
            } else {
                Replace::Refused
            };
            let to = match destination::check(&to, &protected, replace) {
                Ok(to) => to,
                Err(why) => {
                    let _ = writeln!(
                        err,
                        "{}",
                        error_line(&tr!(
                            "cli-file-error",
                            file = shown_path(&to),
                            why = why.to_string()
                        ))
                    );
                    return EXIT_UNREADABLE;
                }
            };
            decrypt(&file, &identity, &to, out, err, clock)
        }
        Some(Command::Pdf { file, args }) => {
            crate::cli::pdf::file(&file, cli.data_dir.as_deref(), &args, out, err, clock)
        }
        Some(Command::Policy) => crate::cli::policy::run(&crate::policy::read::load(), out, err),
        Some(Command::Schema) => {
            if out.write_all(export_schema_text().as_bytes()).is_err() {
                return EXIT_UNREADABLE;
            }
            EXIT_OK
        }
        Some(Command::Help { command }) => help_of(&command, out, err),
        None => {
            let _ = writeln!(out, "{}", help::command().render_help());
            EXIT_OK
        }
    }
}

/// `help drafts export`: exactly what `drafts export --help` prints (clap
/// chooses the long or the short form as it does there); a word that is
/// not a command is a usage error, exit 2.
fn help_of(words: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    // `help "drafts export"` as the help's own example writes it.
    let argv = std::iter::once("prevent-referral")
        .chain(words.iter().flat_map(|w| w.split_whitespace()))
        .chain(std::iter::once("--help"));
    match help::command().try_get_matches_from(argv) {
        Err(e) => {
            let text = help::error_text(&e);
            let to: &mut dyn Write = if e.use_stderr() { err } else { out };
            let _ = to.write_all(text.as_bytes());
            e.exit_code()
        }
        // `--help` always stops clap; were it not to, the program's help.
        Ok(_) => {
            let _ = writeln!(out, "{}", help::command().render_help());
            EXIT_OK
        }
    }
}

/// Parses the arguments, in the language asked for (`--language`) or the
/// one set already (the system's); on `--help`, `--version` or a usage
/// error prints what is to be said (help on standard output, errors on
/// standard error) and returns the exit code to stop with and that text.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, (i32, String)> {
    let args: Vec<OsString> = args.into_iter().collect();
    if let Some(language) = asked_language(&args, |name| std::env::var(name).ok()) {
        crate::i18n::set_language(language);
    }
    help::command()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .map_err(|e| {
            let text = help::error_text(&e);
            if e.use_stderr() {
                let _ = std::io::stderr().write_all(text.as_bytes());
            } else {
                let _ = std::io::stdout().write_all(text.as_bytes());
            }
            // clap uses 2 for usage errors, as this program does for
            // unreadable input.
            (e.exit_code(), text)
        })
}

fn validate(files: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write, clock: &dyn Clock) -> i32 {
    let ctx = Context::new(clock.today());
    let mut code = EXIT_OK;
    for path in files {
        let name = shown_path(path);
        let read = read_bytes(path).and_then(|bytes| read_export(&bytes));
        let read = match read {
            Ok(read) => read,
            Err(e) => {
                let _ = writeln!(
                    err,
                    "{}",
                    tr!(
                        "cli-file-error",
                        file = &name,
                        why = shown_message(&e.to_string())
                    )
                );
                code = EXIT_UNREADABLE;
                continue;
            }
        };
        // Keys of a newer version, not read, and answers this version
        // cannot check: said, never passed over.
        note_each(
            err,
            "cli-validate-unread",
            &name,
            &read.meta,
            &read.meta.unread,
        );
        note_newer_answers(&read, &name, err);
        let problems = check_export(&read, ctx);
        if problems.is_empty() {
            let _ = writeln!(out, "{}", tr!("cli-validate-ok", file = &name));
        } else {
            for p in &problems {
                let _ = writeln!(out, "{}", problem_line(&name, p));
            }
            code = code.max(EXIT_INVALID);
        }
    }
    code
}

fn decrypt(
    file: &Path,
    identity: &Path,
    to: &Destination,
    out: &mut dyn Write,
    err: &mut dyn Write,
    clock: &dyn Clock,
) -> i32 {
    let mut fail = |message: String| {
        let _ = writeln!(err, "{}", error_line(&message));
        EXIT_UNREADABLE
    };
    let name = shown_path(file);
    let file_error =
        |file: &str, why: String| tr!("cli-file-error", file = file, why = shown_message(&why));
    let (plain, read) = match open_received(file, identity) {
        Ok(opened) => opened,
        Err(e) => {
            return fail(match e {
                ReceivedError::Identity(why) => file_error(&shown_path(identity), why.to_string()),
                ReceivedError::File(why) => file_error(&name, why.to_string()),
                ReceivedError::NotEncrypted => tr!("cli-decrypt-not-encrypted", file = &name),
                ReceivedError::Decrypt(why) => file_error(&name, why.to_string()),
                ReceivedError::NotExport(why) => {
                    tr!(
                        "cli-decrypt-not-export",
                        file = &name,
                        why = shown_message(&why.to_string())
                    )
                }
            });
        }
    };
    let to_name = to.path().map_or_else(|| "-".to_owned(), shown_path);
    if let Err(e) = to.write(&plain, out) {
        return fail(file_error(
            &to_name,
            crate::storage::store::write_error_reason(&e),
        ));
    }
    note_newer_answers(&read, &to_name, err);
    // With `--out -` the referral is on standard output: what is said about
    // it goes to standard error.
    let out: &mut dyn Write = if *to == Destination::Stdout { err } else { out };
    let problems = check_export(&read, Context::new(clock.today()));
    if problems.is_empty() {
        let _ = writeln!(out, "{}", tr!("cli-decrypt-ok", file = &to_name));
        EXIT_OK
    } else {
        for p in &problems {
            let _ = writeln!(out, "{}", problem_line(&to_name, p));
        }
        EXIT_INVALID
    }
}

/// Answers to questions of a newer edition of the form: this version cannot
/// check them, and says so for each, on standard error.
fn note_newer_answers(read: &crate::export::ReadExport, name: &str, err: &mut dyn Write) {
    let meta = &read.meta;
    note_each(
        err,
        "cli-validate-newer-answer",
        name,
        meta,
        &meta.newer_answers,
    );
}

/// One note on standard error for each key: message `id` with the file,
/// the key and the file's version, each shown safely.
fn note_each(
    err: &mut dyn Write,
    id: &str,
    name: &str,
    meta: &crate::export::ExportMeta,
    keys: &[String],
) {
    for key in keys {
        let _ = writeln!(
            err,
            "{}",
            crate::i18n::t_args(
                id,
                &[
                    ("file", crate::i18n::Arg::from(name)),
                    ("key", crate::i18n::Arg::from(shown(key))),
                    (
                        "version",
                        crate::i18n::Arg::from(shown(&meta.format_version))
                    ),
                ]
            )
        );
    }
}

/// A path for a message: escaped and shortened ([`shown`]), as anything
/// that may come from a file or a crafted command.
pub fn shown_path(path: &Path) -> String {
    shown(&path.display().to_string())
}

/// "FILE: path: message", one problem.
fn problem_line(file: &str, problem: &crate::rules::Problem) -> String {
    tr!("cli-problem", file = file, problem = problem.to_string())
}

/// A failure on standard error: "prevent-referral: ...".
pub fn error_line(message: &str) -> String {
    // Every part from a file is shortened already; this escapes the rest.
    tr!(
        "cli-error",
        message = crate::printable::shown_within(message, usize::MAX)
    )
}
