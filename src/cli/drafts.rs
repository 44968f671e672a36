//! `prevent-referral drafts ...`: the drafts library from the command line.

use crate::cli::{DraftsCommand, EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, error_line, shown_path};
use crate::clock::Clock;
use crate::i18n::t;
use crate::printable::{shown, shown_message};
use crate::record::draft::{Draft, Opened};
use crate::record::history::{Event, HistoryClock, Source};
use crate::record::inbox::open_file;
use crate::record::library::{DraftLock, Library, data_dir};
use crate::record::outbox::{self, OutboxError};
use crate::rules::Context;
use crate::storage::crypto::{KeyFile, Keys, passphrase_from_env};
use crate::storage::destination::{self, Destination, Protected, Replace};
use crate::storage::settings::Settings;
use crate::tr;
use std::io::Write;
use std::path::Path;

pub fn run(
    command: DraftsCommand,
    dir: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
    clock: &dyn Clock,
) -> i32 {
    let fail = |err: &mut dyn Write, message: String| {
        let _ = writeln!(err, "{}", error_line(&message));
        EXIT_UNREADABLE
    };
    let Some(dir) = data_dir(dir) else {
        return fail(err, t("cli-no-data-folder").to_owned());
    };
    if let Some(who) = crate::record::library::shared_folder(&dir) {
        // Refused before anything is written there, the key above all
        // (its owner could attack the passphrase at leisure).
        if !crate::record::library::shared_folder_allowed() {
            return fail(
                err,
                crate::record::library::LibraryError::SharedFolder(dir.clone(), who).to_string(),
            );
        }
        let shown = shown_path(&dir);
        let _ = writeln!(
            err,
            "{}",
            error_line(&tr!(
                "cli-shared-folder-warning",
                fix = crate::platform::owner_only_command(&dir, &shown, true),
                dir = shown,
                who = who
            ))
        );
    }
    let keys = match unlock(&dir, err) {
        Ok(k) => k,
        Err(message) => return fail(err, message),
    };
    let library = match Library::open(&dir, keys) {
        Ok(l) => l,
        Err(e) => return fail(err, e.to_string()),
    };
    let ctx = Context::new(clock.today());
    match command {
        DraftsCommand::Import { file } => {
            let name = shown_path(&file);
            // A draft saved from this installation ("Save draft as") is
            // encrypted to its key; nothing else can be decrypted here.
            let opened = open_file(&file, Some(library.keys()), || None);
            let encrypted = file.extension().is_some_and(|e| e == "age");
            let (draft, from) = match opened.map(|o| o.opened) {
                Ok(Opened::Draft(d)) => (d, Source::Draft),
                Ok(Opened::Export(e)) => {
                    unread_note(err, &name, &e.meta);
                    if let Some((questions, count)) = e.not_sent_again_named(clock.today()) {
                        let said = tr!(
                            "cli-import-not-sent",
                            file = &name,
                            questions = questions,
                            count = count
                        );
                        let _ = writeln!(err, "{said}");
                    }
                    (
                        Draft::from_export(e, clock),
                        if encrypted {
                            Source::EncryptedExport
                        } else {
                            Source::Export
                        },
                    )
                }
                Err(e) => {
                    return fail(
                        err,
                        tr!(
                            "cli-file-error",
                            file = &name,
                            why = shown_message(&e.to_string())
                        ),
                    );
                }
            };
            // A new draft: it keeps the file's id unless the library has it,
            // and is never written over one (another import at the same
            // moment included).
            let clock = HistoryClock::start(clock);
            match library.import(draft, ctx, &clock, Event::Imported { from }) {
                Ok(id) => {
                    let _ = writeln!(out, "{id}");
                    EXIT_OK
                }
                // Named by the file: the id it would have had means nothing yet.
                Err(e) => fail(
                    err,
                    tr!("cli-import-failed", file = &name, why = library_reason(&e)),
                ),
            }
        }
        DraftsCommand::List { json } => {
            let today = clock.today();
            let listed = match library.list(ctx) {
                Ok(l) => l,
                Err(e) => return fail(err, e.to_string()),
            };
            let mut code = EXIT_OK;
            let mut infos = Vec::new();
            for entry in listed {
                match entry {
                    Ok(info) => infos.push(info),
                    Err(e) => code = fail(err, shown_message(&e.to_string())),
                }
            }
            if json {
                // Not the person's name or school: only what the drafts
                // screen's line says.
                let same = crate::record::library::same_person(&infos);
                let listed: Vec<Listed<'_>> = infos
                    .iter()
                    .map(|i| Listed::of(i, today, same.get(&i.id)))
                    .collect();
                crate::printable::print_json(out, &listed);
            } else {
                for i in &infos {
                    let id = i.id.to_string();
                    let id = id.get(..8).unwrap_or(&id);
                    let updated = i.updated_at.format("%Y-%m-%d %H:%M").to_string();
                    let label = shown(&i.label);
                    let line = if i.complete {
                        tr!(
                            "cli-drafts-line-complete",
                            id = id,
                            updated = updated,
                            sections = i.sections_complete,
                            label = &label
                        )
                    } else {
                        tr!(
                            "cli-drafts-line",
                            id = id,
                            updated = updated,
                            sections = i.sections_complete,
                            label = &label
                        )
                    };
                    let _ = writeln!(out, "{line}");
                    for due in i.due_on(today) {
                        let _ = writeln!(out, "    {}", due.message());
                    }
                }
            }
            code
        }
        DraftsCommand::Export {
            id,
            out: path,
            force,
            recipients,
            armor,
        } => {
            let protected = Protected::data_folder(Some(&dir));
            let replace = if force {
                Replace::Allowed
            } else {
                Replace::Refused
            };
            let to = match destination::check(&path, &protected, replace) {
                Ok(to) => to,
                Err(why) => {
                    return fail(
                        err,
                        tr!(
                            "cli-file-error",
                            file = shown_path(&path),
                            why = why.to_string()
                        ),
                    );
                }
            };
            // The organisation may not allow a copy that is not encrypted.
            if let Some(why) = crate::cli::policy::refuses_plain(&recipients) {
                return fail(err, why);
            }
            // The keys first: a wrong one stops before anything is read.
            let recipients = match outbox::recipients(&recipients) {
                Ok(r) => r,
                Err(e) => return fail(err, export_error(e, &path)),
            };
            let id = match library.find(&id) {
                Ok(id) => id,
                Err(e) => return fail(err, e.to_string()),
            };
            // Held while the export is written and noted in the history.
            let _lock = match DraftLock::acquire_briefly(&library, id) {
                Ok(lock) => lock,
                Err(e) => return fail(err, lock_failure(&e, id)),
            };
            let mut draft = match library.load(id) {
                Ok(d) => d,
                Err(e) => return fail(err, e.to_string()),
            };
            // A file this referral was exported as is what was sent: a
            // correction goes under a new name, never over it.
            if let Destination::File(target) = &to
                && outbox::is_an_earlier_export(&draft, target.path())
            {
                return fail(
                    err,
                    tr!("cli-export-would-replace-sent", file = shown_path(&path)),
                );
            }
            let outgoing = match outbox::prepare(&draft, ctx, clock.now(), &recipients, armor) {
                Ok(o) => o,
                Err(OutboxError::Incomplete(problems)) => {
                    for p in problems {
                        let _ = writeln!(out, "{p}");
                    }
                    return EXIT_INVALID;
                }
                Err(e) => return fail(err, export_error(e, &path)),
            };
            // Through the destination checked above: into the folder that
            // was checked, after removing what interrupted writes left.
            let written = to.write(&outgoing.bytes, out).map_err(OutboxError::Write);
            if written.is_ok() {
                // As the app does: the teams by the names in the settings.
                let teams: Vec<(String, String)> = Settings::load(&dir, library.keys())
                    .map(|s| {
                        s.recipients
                            .into_iter()
                            .map(|r| (r.name, r.public_key))
                            .collect()
                    })
                    .unwrap_or_default();
                outbox::record_export(&mut draft, &outgoing, &teams, &HistoryClock::start(clock));
                if let Err(e) = library.save(&draft, ctx) {
                    fail(err, tr!("cli-export-not-recorded", why = e.to_string()));
                }
            }
            match written {
                Ok(()) if to == Destination::Stdout => EXIT_OK,
                Ok(()) => {
                    let _ = writeln!(out, "{}", shown_path(&path));
                    EXIT_OK
                }
                Err(OutboxError::Incomplete(problems)) => {
                    for p in problems {
                        let _ = writeln!(out, "{p}");
                    }
                    EXIT_INVALID
                }
                Err(e) => fail(err, export_error(e, &path)),
            }
        }
        DraftsCommand::Pdf { id, args } => {
            crate::cli::pdf::library_draft(&library, &id, &args, out, err, clock)
        }
        DraftsCommand::Delete { id } => {
            let id = match library.find(&id) {
                Ok(id) => id,
                Err(e) => return fail(err, e.to_string()),
            };
            if DraftLock::is_held(&library, id) {
                return fail(err, tr!("cli-drafts-in-use", id = id.to_string()));
            }
            match library.delete(id) {
                Ok(()) => {
                    let _ = writeln!(out, "{}", tr!("cli-drafts-deleted", id = id.to_string()));
                    EXIT_OK
                }
                Err(e) => fail(err, e.to_string()),
            }
        }
        DraftsCommand::History { id, json } => {
            let draft = match library.find(&id).and_then(|id| library.load(id)) {
                Ok(d) => d,
                Err(e) => return fail(err, e.to_string()),
            };
            crate::cli::history::print(&draft, json, out)
        }
        DraftsCommand::MarkSent(args) => {
            crate::cli::follow_up::mark_sent(&library, ctx, clock, args, out, err)
        }
        DraftsCommand::FollowUp(args) => {
            crate::cli::follow_up::follow_up(&library, ctx, clock, args, out, err)
        }
        DraftsCommand::Chronology {
            id,
            json,
            pdf,
            recipients,
            force,
        } => {
            let draft = match library.find(&id).and_then(|id| library.load(id)) {
                Ok(d) => d,
                Err(e) => return fail(err, e.to_string()),
            };
            match pdf {
                Some(to) => {
                    let args = crate::cli::pdf::PdfArgs {
                        out: to,
                        draft: false,
                        recipients,
                        force,
                    };
                    crate::cli::pdf::chronology(&library, &draft, &args, out, err, clock)
                }
                None => crate::cli::chronology::print(&draft, json, out),
            }
        }
        DraftsCommand::Purge {
            older_than,
            sent_older_than,
        } => {
            let mut code = EXIT_OK;
            for (days, sent) in [(older_than, false), (sent_older_than, true)] {
                let Some(days) = days else { continue };
                let purged = if sent {
                    library.purge_sent(days, clock.today(), ctx)
                } else {
                    library.purge(days, clock.now(), ctx)
                };
                let c = purge_report(purged, days, sent, out, err);
                if c != EXIT_OK {
                    code = c;
                }
            }
            code
        }
    }
}

fn purge_report(
    purged: Result<crate::record::library::Purged, crate::record::library::LibraryError>,
    days: u32,
    sent: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let fail = |err: &mut dyn Write, message: String| {
        let _ = writeln!(err, "{}", error_line(&message));
        EXIT_UNREADABLE
    };
    match purged {
        Ok(purged) => {
            for id in &purged.deleted {
                let _ = writeln!(out, "{}", tr!("cli-drafts-deleted", id = id.to_string()));
            }
            let _ = writeln!(
                out,
                "{}",
                if sent {
                    tr!(
                        "cli-drafts-purged-sent",
                        count = purged.deleted.len(),
                        days = days
                    )
                } else {
                    tr!(
                        "cli-drafts-purged",
                        count = purged.deleted.len(),
                        days = days
                    )
                }
            );
            for e in &purged.failed {
                fail(err, shown_message(&e.to_string()));
            }
            if purged.failed.is_empty() {
                EXIT_OK
            } else {
                EXIT_UNREADABLE
            }
        }
        Err(e) => fail(err, e.to_string()),
    }
}

/// Keys of a newer format version that were not read: a note each.
pub(crate) fn unread_note(err: &mut dyn Write, file: &str, meta: &crate::export::ExportMeta) {
    if meta.unread.is_empty() {
        return;
    }
    let _ = writeln!(
        err,
        "{}",
        tr!(
            "cli-import-unread",
            file = file,
            keys = shown(&meta.unread.join(", ")),
            version = shown(&meta.format_version)
        )
    );
}

/// Why the library could not do something, without the draft's id.
fn library_reason(e: &crate::record::library::LibraryError) -> String {
    use crate::record::library::LibraryError as E;
    match e {
        E::Write(_, why) | E::Delete(_, why) | E::Unencrypted(_, why) => why.clone(),
        other => other.to_string(),
    }
}

/// What a lock that could not be taken means: open in a window, or a lock
/// file that cannot be made (a read-only library, say).
pub(crate) fn lock_failure(e: &crate::record::library::LockError, id: uuid::Uuid) -> String {
    match e {
        crate::record::library::LockError::Held => tr!("cli-drafts-in-use", id = id.to_string()),
        crate::record::library::LockError::Io(why) => {
            tr!(
                "cli-drafts-lock-failed",
                id = id.to_string(),
                why = shown_message(why)
            )
        }
    }
}

/// A line of `drafts list --json`.
#[derive(serde::Serialize)]
struct Listed<'a> {
    id: uuid::Uuid,
    label: &'a str,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: chrono::DateTime<chrono::Utc>,
    sections_complete: u8,
    complete: bool,
    status: crate::record::library::Status,
    exported_at: Option<chrono::DateTime<chrono::Utc>>,
    sent_on: Option<chrono::NaiveDate>,
    sent_how: Option<crate::record::history::SentHow>,
    outcome: Option<crate::record::history::Outcome>,
    /// The day the six years of keeping run from.
    retained_from: Option<chrono::NaiveDate>,
    /// What is due today, oldest first.
    due: Vec<&'a crate::record::history::Due>,
    /// The other referrals in the library about the same person.
    same_person: &'a [uuid::Uuid],
}

impl<'a> Listed<'a> {
    fn of(
        i: &'a crate::record::library::DraftInfo,
        today: chrono::NaiveDate,
        same: Option<&'a Vec<uuid::Uuid>>,
    ) -> Self {
        Self {
            id: i.id,
            label: &i.label,
            created_at: i.created_at,
            updated_at: i.updated_at,
            sections_complete: i.sections_complete,
            complete: i.complete,
            status: i.status,
            exported_at: i.exported_at,
            sent_on: i.sent_on,
            sent_how: i.sent_how,
            outcome: i.outcome,
            retained_from: i.retained_from,
            due: i.due_on(today).collect(),
            same_person: same.map_or(&[], Vec::as_slice),
        }
    }
}

/// Why `drafts export` wrote nothing (not for problems with the referral,
/// which are listed on standard output).
fn export_error(e: OutboxError, path: &Path) -> String {
    match e {
        OutboxError::BadRecipient { key, why } => {
            tr!(
                "cli-export-bad-recipient",
                key = shown(&key),
                why = why.to_string()
            )
        }
        OutboxError::Incomplete(problems) => problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
        OutboxError::Encrypt(why) => tr!(
            "cli-file-error",
            file = shown_path(path),
            why = tr!("cli-export-encrypt-failed", why = why.to_string())
        ),
        OutboxError::Write(why) => tr!(
            "cli-file-error",
            file = shown_path(path),
            why = crate::storage::store::write_error_reason(&why)
        ),
    }
}

/// Unlocks the installation key: the passphrase from
/// PREVENT_REFERRAL_PASSPHRASE_FILE, else asked for on the terminal. With
/// no key yet, one is made under that passphrase.
fn unlock(dir: &Path, err: &mut dyn Write) -> Result<Keys, String> {
    let file = KeyFile::in_dir(dir);
    if let Some((path, who)) = crate::storage::crypto::passphrase_file_shared() {
        // Used, as a script needs, but never in silence.
        let shown = shown_path(&path);
        let _ = writeln!(
            err,
            "{}",
            error_line(&tr!(
                "cli-passphrase-file-shared",
                fix = crate::platform::owner_only_command(&path, &shown, false),
                file = shown,
                who = who
            ))
        );
    }
    let (passphrase, asked) = match passphrase_from_env() {
        Some(Ok(p)) => (p, false),
        Some(Err(why)) => {
            return Err(tr!("cli-passphrase-file-unreadable", why = why.to_string()));
        }
        None => {
            let prompt = if file.exists() {
                t("cli-passphrase-prompt")
            } else {
                t("cli-passphrase-choose-prompt")
            };
            let typed = rpassword::prompt_password(prompt).map_err(|e| {
                tr!(
                    "cli-no-passphrase",
                    why = crate::i18n::system_error(&e),
                    variable = crate::storage::crypto::PASSPHRASE_FILE_ENV
                )
            })?;
            (typed.into(), true)
        }
    };
    if file.exists() {
        return file.unlock(&passphrase).map_err(|e| e.to_string());
    }
    let orphans = file.orphans();
    if orphans > 0 {
        return Err(tr!(
            "cli-key-missing",
            path = file.path().display().to_string(),
            count = orphans
        ));
    }
    if asked {
        let again = rpassword::prompt_password(t("cli-passphrase-again-prompt"))
            .map_err(|e| crate::i18n::system_error(&e))?;
        use age::secrecy::ExposeSecret;
        if again != passphrase.expose_secret() {
            return Err(t("cli-passphrases-differ").to_owned());
        }
    }
    file.create(&passphrase).map_err(|e| e.to_string())
}
