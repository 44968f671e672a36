//! `prevent-referral drafts ...`: the drafts library from the command line.

use crate::cli::{DraftsCommand, EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE};
use crate::clock::Clock;
use crate::crypto::{KeyFile, Keys, passphrase_from_env};
use crate::draft::open_as_draft;
use crate::export::{build_export, to_json};
use crate::file::{OpenError, read_bytes};
use crate::library::{DraftLock, Library, data_dir};
use crate::rules::Context;
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
    let Some(dir) = data_dir(dir) else {
        let _ = writeln!(err, "prevent-referral: no data folder: give --data-dir DIR");
        return EXIT_UNREADABLE;
    };
    let keys = match unlock(&dir) {
        Ok(k) => k,
        Err(message) => {
            let _ = writeln!(err, "prevent-referral: {message}");
            return EXIT_UNREADABLE;
        }
    };
    let library = match Library::open(&dir, keys) {
        Ok(l) => l,
        Err(e) => {
            let _ = writeln!(err, "prevent-referral: {e}");
            return EXIT_UNREADABLE;
        }
    };
    let ctx = Context::new(clock.today());
    let fail = |err: &mut dyn Write, message: String| {
        let _ = writeln!(err, "prevent-referral: {message}");
        EXIT_UNREADABLE
    };
    match command {
        DraftsCommand::Import { file } => {
            let name = file.display().to_string();
            let opened = read_bytes(&file)
                .and_then(|b| {
                    // A draft saved from this installation ("Save draft as").
                    if crate::crypto::is_encrypted(&b) {
                        library.keys().open(&b).map_err(OpenError::Decrypt)
                    } else {
                        Ok(b)
                    }
                })
                .and_then(|b| open_as_draft(&b, clock));
            let mut draft = match opened {
                Ok(d) => d,
                Err(e) => return fail(err, format!("{name}: {e}")),
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
                    Err(e) => {
                        let _ = writeln!(err, "prevent-referral: {e}");
                        code = EXIT_UNREADABLE;
                    }
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
                    let _ = writeln!(
                        out,
                        "{}  {}  {}/8 sections{}  {}",
                        id.get(..8).unwrap_or(&id),
                        i.updated_at.format("%Y-%m-%d %H:%M"),
                        i.sections_complete,
                        if i.complete { ", complete" } else { "" },
                        i.label
                    );
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
            let mut parsed = Vec::new();
            for key in &recipients {
                match crate::crypto::parse_recipient(key) {
                    Ok(r) => parsed.push(r),
                    Err(why) => return fail(err, format!("--recipient {key}: {why}")),
                }
            }
            let draft = match library.find(&id).and_then(|id| library.load(id)) {
                Ok(d) => d,
                Err(e) => return fail(err, e.to_string()),
            };
            match build_export(&draft.referral, draft.stamp(), ctx, clock.now()) {
                Err(problems) => {
                    for p in problems {
                        let _ = writeln!(out, "{p}");
                    }
                    EXIT_INVALID
                }
                Ok(doc) => match sealed(&parsed, to_json(&doc), armor).and_then(|bytes| {
                    crate::store::write_private(&path, &bytes)
                        .map_err(|e| crate::store::write_error_reason(&e))
                }) {
                    Ok(()) => {
                        let _ = writeln!(out, "{}", path.display());
                        EXIT_OK
                    }
                    Err(why) => fail(err, format!("{}: {why}", path.display())),
                },
            }
        }
        DraftsCommand::Delete { id } => {
            let id = match library.find(&id) {
                Ok(id) => id,
                Err(e) => return fail(err, e.to_string()),
            };
            if DraftLock::is_held(&library, id) {
                return fail(
                    err,
                    format!("draft {id} is open in Prevent Referral: close it first"),
                );
            }
            match library.delete(id) {
                Ok(()) => {
                    let _ = writeln!(out, "deleted {id}");
                    EXIT_OK
                }
                Err(e) => fail(err, e.to_string()),
            }
        }
        DraftsCommand::Purge { older_than } => match library.purge(older_than, clock.now(), ctx) {
            Ok(purged) => {
                for id in &purged.deleted {
                    let _ = writeln!(out, "deleted {id}");
                }
                let _ = writeln!(
                    out,
                    "{} draft(s) not edited for {older_than} days deleted",
                    purged.deleted.len()
                );
                for e in &purged.failed {
                    let _ = writeln!(err, "prevent-referral: {e}");
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

/// The export's bytes: encrypted to every recipient, or plain when none is
/// given. Nothing is written when encryption fails.
fn sealed(
    recipients: &[age::x25519::Recipient],
    json: String,
    armor: bool,
) -> Result<Vec<u8>, String> {
    if recipients.is_empty() {
        return Ok(json.into_bytes());
    }
    let refs: Vec<&dyn age::Recipient> = recipients.iter().map(|r| r as _).collect();
    crate::crypto::encrypt_to(&refs, json.as_bytes(), armor)
        .map_err(|e| format!("could not encrypt the export ({e}): nothing was written"))
}

/// Unlocks the installation key: the passphrase from
/// PREVENT_REFERRAL_PASSPHRASE_FILE, else asked for on the terminal. With
/// no key yet, one is made under that passphrase.
fn unlock(dir: &Path) -> Result<Keys, String> {
    let file = KeyFile::in_dir(dir);
    let (passphrase, asked) = match passphrase_from_env() {
        Some(Ok(p)) => (p, false),
        Some(Err(why)) => return Err(format!("cannot read the passphrase file {why}")),
        None => {
            let prompt = if file.exists() {
                "Passphrase: "
            } else {
                "Choose a passphrase for this computer's drafts: "
            };
            let typed = rpassword::prompt_password(prompt).map_err(|e| {
                format!(
                    "the drafts are encrypted and no passphrase was given ({e}): set {} to a file holding it",
                    crate::crypto::PASSPHRASE_FILE_ENV
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
        return Err(format!(
            "{} is missing, but {orphans} encrypted file(s) made with it are there: restore key.age from a backup. A new key would not open them, so none was made",
            file.path().display()
        ));
    }
    if asked {
        let again = rpassword::prompt_password("Type it again: ").map_err(|e| e.to_string())?;
        use age::secrecy::ExposeSecret;
        if again != passphrase.expose_secret() {
            return Err("the two passphrases are different: nothing was set up".to_owned());
        }
    }
    file.create(&passphrase).map_err(|e| e.to_string())
}
