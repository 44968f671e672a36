//! `prevent-referral drafts ...`: the drafts library from the command line.

use crate::cli::{DraftsCommand, EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE};
use crate::clock::Clock;
use crate::draft::open_as_draft;
use crate::export::{build_export, to_json};
use crate::file::read_bytes;
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
    let library = match Library::open(&dir) {
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
            let mut draft = match read_bytes(&file).and_then(|b| open_as_draft(&b, clock)) {
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
        DraftsCommand::Export { id, out: path } => {
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
                Ok(doc) => match crate::store::write_private(&path, to_json(&doc).as_bytes()) {
                    Ok(()) => {
                        let _ = writeln!(out, "{}", path.display());
                        EXIT_OK
                    }
                    Err(e) => fail(
                        err,
                        format!(
                            "{}: {}",
                            path.display(),
                            crate::store::write_error_reason(&e)
                        ),
                    ),
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
