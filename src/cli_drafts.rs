//! `prevent-referral drafts ...`: the drafts library from the command line.

use crate::cli::{DraftsCommand, EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, error_line};
use crate::clock::Clock;
use crate::crypto::{KeyFile, Keys, passphrase_from_env};
use crate::draft::{Draft, Opened};
use crate::i18n::t;
use crate::inbox::open_file;
use crate::library::{DiskWriter, DraftLock, Library, data_dir};
use crate::outbox::{self, OutboxError};
use crate::rules::Context;
use crate::tr;
use std::io::Write;
use std::path::Path;
use uuid::Uuid;

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
    let keys = match unlock(&dir) {
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
            let name = file.display().to_string();
            // A draft saved from this installation ("Save draft as") is
            // encrypted to its key; nothing else can be decrypted here.
            let opened = open_file(&file, Some(library.keys()), || None);
            let mut draft = match opened.map(|o| o.opened) {
                Ok(Opened::Draft(d)) => d,
                Ok(Opened::Export(e)) => Draft::from_export(e, clock),
                Err(e) => {
                    return fail(
                        err,
                        tr!("cli-file-error", file = &name, why = e.to_string()),
                    );
                }
            };
            // A new draft: it keeps the file's id unless the library has it.
            if library.draft_path(draft.id).exists() {
                draft.id = Uuid::new_v4();
            }
            match library.save(&draft, ctx) {
                Ok(_) => {
                    let _ = writeln!(out, "{}", draft.id);
                    EXIT_OK
                }
                Err(e) => fail(err, e.to_string()),
            }
        }
        DraftsCommand::List { json } => {
            let listed = match library.list(ctx) {
                Ok(l) => l,
                Err(e) => return fail(err, e.to_string()),
            };
            let mut code = EXIT_OK;
            let mut infos = Vec::new();
            for entry in listed {
                match entry {
                    Ok(info) => infos.push(info),
                    Err(e) => code = fail(err, e.to_string()),
                }
            }
            if json {
                let _ = writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&infos).unwrap_or_default()
                );
            } else {
                for i in &infos {
                    let id = i.id.to_string();
                    let id = id.get(..8).unwrap_or(&id);
                    let updated = i.updated_at.format("%Y-%m-%d %H:%M").to_string();
                    let line = if i.complete {
                        tr!(
                            "cli-drafts-line-complete",
                            id = id,
                            updated = updated,
                            sections = i.sections_complete,
                            label = &i.label
                        )
                    } else {
                        tr!(
                            "cli-drafts-line",
                            id = id,
                            updated = updated,
                            sections = i.sections_complete,
                            label = &i.label
                        )
                    };
                    let _ = writeln!(out, "{line}");
                }
            }
            code
        }
        DraftsCommand::Export {
            id,
            out: path,
            recipients,
            armor,
        } => {
            // The keys first: a wrong one stops before anything is read.
            let recipients = match outbox::recipients(&recipients) {
                Ok(r) => r,
                Err(e) => return fail(err, export_error(e, &path)),
            };
            let draft = match library.find(&id).and_then(|id| library.load(id)) {
                Ok(d) => d,
                Err(e) => return fail(err, e.to_string()),
            };
            let written = outbox::prepare(&draft, ctx, clock.now(), &recipients, armor)
                .and_then(|outgoing| outbox::write(&DiskWriter, &outgoing, &path));
            match written {
                Ok(()) => {
                    let _ = writeln!(out, "{}", path.display());
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
            crate::cli_pdf::library_draft(&library, &id, &args, out, err, clock)
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
        DraftsCommand::Purge { older_than } => match library.purge(older_than, clock.now(), ctx) {
            Ok(purged) => {
                for id in &purged.deleted {
                    let _ = writeln!(out, "{}", tr!("cli-drafts-deleted", id = id.to_string()));
                }
                let _ = writeln!(
                    out,
                    "{}",
                    tr!(
                        "cli-drafts-purged",
                        count = purged.deleted.len(),
                        days = older_than
                    )
                );
                for e in &purged.failed {
                    fail(err, e.to_string());
                }
                if purged.failed.is_empty() {
                    EXIT_OK
                } else {
                    EXIT_UNREADABLE
                }
            }
            Err(e) => fail(err, e.to_string()),
        },
    }
}

/// Why `drafts export` wrote nothing (not for problems with the referral,
/// which are listed on standard output).
fn export_error(e: OutboxError, path: &Path) -> String {
    match e {
        OutboxError::BadRecipient { key, why } => {
            tr!("cli-export-bad-recipient", key = key, why = why.to_string())
        }
        OutboxError::Incomplete(problems) => problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
        OutboxError::Encrypt(why) => tr!(
            "cli-file-error",
            file = path.display().to_string(),
            why = tr!("cli-export-encrypt-failed", why = why.to_string())
        ),
        OutboxError::Write(why) => tr!(
            "cli-file-error",
            file = path.display().to_string(),
            why = crate::store::write_error_reason(&why)
        ),
    }
}

/// Unlocks the installation key: the passphrase from
/// PREVENT_REFERRAL_PASSPHRASE_FILE, else asked for on the terminal. With
/// no key yet, one is made under that passphrase.
fn unlock(dir: &Path) -> Result<Keys, String> {
    let file = KeyFile::in_dir(dir);
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
                    why = e.to_string(),
                    variable = crate::crypto::PASSPHRASE_FILE_ENV
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
            .map_err(|e| e.to_string())?;
        use age::secrecy::ExposeSecret;
        if again != passphrase.expose_secret() {
            return Err(t("cli-passphrases-differ").to_owned());
        }
    }
    file.create(&passphrase).map_err(|e| e.to_string())
}
