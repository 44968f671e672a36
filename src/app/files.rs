//! Files: opening a draft or an export ([`crate::record::inbox`]), saving the
//! draft as a file, and exporting ([`crate::record::outbox`]).

use super::App;
use super::Dialog;
use super::picker::SaveKind;
use super::tasks::{Doing, Done, DraftWritten, Written};
use crate::model::SectionId;
use crate::msg;
use crate::notice::NoticeKind;
use crate::record::draft::{Draft, Opened};
use crate::record::history::{Event, Source};
use crate::record::inbox::{Incoming, display_name, open_file};
use crate::record::outbox::{self, OutboxError, Outgoing};
use crate::storage::crypto::DecryptFailure;
use crate::storage::destination::{self, Destination, DestinationError, Protected, Replace};
use crate::storage::file::OpenError;
use crate::storage::store::write_error_reason;
use crate::ui::Page;
use crate::ui::dialogs::ExportChoice;
use std::path::{Path, PathBuf};

/// A write waiting for "Replace the file?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingWrite {
    pub path: PathBuf,
    pub what: Pending,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Save draft as: the referral it is for.
    Draft(uuid::Uuid),
    Export(Outgoing),
    /// A PDF copy; made from an incomplete referral (a draft copy) or not.
    Pdf {
        outgoing: Outgoing,
        incomplete: bool,
    },
}

impl App {
    /// Opens a draft or an export. On any problem the current work is left
    /// exactly as it was and the message names the file.
    pub fn open(&mut self) {
        let Some(path) = self.pick_open() else {
            return;
        };
        self.open_path(path);
    }

    /// Opens the file chosen (by the system's dialog or the app's own).
    pub(super) fn open_path(&mut self, path: PathBuf) {
        self.open_path_with(path, None);
    }

    /// As [`App::open_path`], with the identity file to decrypt it with when
    /// it is encrypted for another team (asked for when needed if `None`).
    /// Reading, decrypting and checking the file run off the window's
    /// thread ([`super::tasks`]); [`App::opened`] takes the result.
    pub(super) fn open_path_with(&mut self, path: PathBuf, identity: Option<PathBuf>) {
        if !self.safe_to_switch() {
            return;
        }
        let keys = self.session.keys().cloned();
        let identity_given = identity.is_some();
        let doing = Doing::Opening(display_name(&path));
        self.start_task(doing, move || {
            let result = open_file(&path, keys.as_ref(), || identity);
            Done::Opened {
                path,
                identity_given,
                result: Box::new(result),
            }
        });
    }

    /// What opening `path` gave.
    pub(super) fn opened(
        &mut self,
        path: PathBuf,
        identity_given: bool,
        opened: Result<Incoming, OpenError>,
    ) {
        let name = display_name(&path);
        // Encrypted for someone else: their identity file is asked for
        // here, on the window's thread, then the file is opened again with it.
        if !identity_given
            && matches!(
                opened,
                Err(OpenError::Decrypt(DecryptFailure::NotForThisKey))
            )
        {
            match self.picker.identity_file() {
                Some(identity) => return self.open_path_with(path, Some(identity)),
                // The dialog could not be shown: the app's own chooser asks.
                None if self.picker.unavailable() => return self.pick_identity(path),
                None => {}
            }
        }
        // Typed while the file was read, with no library to keep it: not
        // thrown away.
        let typed = std::mem::take(&mut self.typed_during_task);
        if opened.is_ok() && typed && self.autosaver.is_none() && self.state.dirty {
            let text = msg!("notice-typed-while-opening", name = &name);
            return self.notify(NoticeKind::Error, text);
        }
        // Edits made while the file was read are written before it replaces them.
        if opened.is_ok() && !self.safe_to_switch() {
            return;
        }
        // Keys of a newer format, not read: said, never dropped in silence.
        let unread = match &opened {
            Ok(Incoming {
                opened: Opened::Export(read),
                ..
            }) => read.meta.unread.join(", "),
            _ => String::new(),
        };
        match opened {
            Ok(Incoming {
                opened: Opened::Export(read),
                received: true,
                ..
            }) => {
                let minor = read.meta.asked_minor();
                let draft = Draft::from_export(read, self.clock.as_ref());
                self.show_as_it_was(draft, minor);
                self.notify(
                    NoticeKind::Success,
                    msg!("notice-opened-received", name = &name),
                );
            }
            Ok(Incoming {
                opened: Opened::Draft(_),
                received: true,
                ..
            }) => self.notify(
                NoticeKind::Error,
                msg!("notice-received-draft", name = &name),
            ),
            Ok(Incoming {
                opened: Opened::Draft(draft),
                ..
            }) => {
                self.replace_draft(draft);
                self.draft_path = Some(path);
                self.notify(
                    NoticeKind::Success,
                    msg!("notice-opened-draft", name = &name),
                );
            }
            Ok(Incoming {
                opened: Opened::Export(read),
                sha256,
                ..
            }) => self.opened_export(&path, read, &sha256),
            Err(e) => self.notify(
                NoticeKind::Error,
                msg!("notice-open-failed", name = &name, why = e.to_string()).fixed(),
            ),
        }
        if !unread.is_empty()
            && let Some(notice) = &mut self.state.notice
        {
            let more = msg!(
                "notice-opened-unread",
                keys = crate::printable::shown(&unread)
            );
            notice.text = notice.text.clone().then(more);
        }
    }

    /// An export of ours opened: a referral the library keeps opens as its
    /// draft, unless this file is an earlier export of it (sent before a
    /// correction), which is shown as it was sent; any other becomes a new
    /// draft.
    fn opened_export(&mut self, path: &Path, read: crate::export::ReadExport, sha256: &str) {
        let name = display_name(path);
        let minor = read.meta.asked_minor();
        let not_sent = read.not_sent_again_named(self.clock.today());
        let draft = Draft::from_export(read, self.clock.as_ref());
        let kept = self
            .library
            .as_ref()
            .filter(|l| l.draft_path(draft.id).exists())
            .map(|l| l.load(draft.id));
        if let Some(kept) = kept {
            if kept.is_ok_and(|k| is_earlier_export(&k.history, sha256)) {
                self.show_as_it_was(draft, minor);
                self.notify(
                    NoticeKind::Success,
                    msg!("notice-opened-earlier-export", name = &name),
                );
                return;
            }
            // The library already has this referral: that draft opens,
            // rather than a second copy of it.
            let id = draft.id;
            self.open_library_draft(id);
            if self.state.draft.id == id {
                self.notify(
                    NoticeKind::Success,
                    msg!("notice-opened-existing", name = &name),
                );
            }
            return;
        }
        let from = if path.extension().is_some_and(|e| e == "age") {
            Source::EncryptedExport
        } else {
            Source::Export
        };
        self.replace_draft(draft);
        self.record(Event::Imported { from });
        // Saving asks where: the export file itself is left alone.
        self.draft_path = None;
        self.state.dirty = true;
        // Into the library at once, as a new draft.
        self.tracker.changed(std::time::Instant::now());
        let mut text = msg!("notice-opened-export", name = &name);
        // An answer its edition asked and this one does not: kept, not sent.
        // The questions are named in words now: the notice keeps them whole.
        if let Some((questions, count)) = not_sent {
            text = text
                .then(msg!(
                    "notice-opened-export-not-sent",
                    questions = questions,
                    count = count
                ))
                .fixed();
        }
        self.notify(NoticeKind::Success, text);
    }

    /// Shows a referral read-only, exactly as the file has it: never saved,
    /// recorded or exported again, and holding no draft's lock (an export
    /// received for another team, or one sent before a correction).
    /// `minor`: the MINOR whose questions it is shown with
    /// ([`crate::export::ExportMeta::asked_minor`]).
    fn show_as_it_was(&mut self, draft: Draft, minor: u64) {
        self.load_state(draft);
        self.state.minor = minor;
        self.read_only = true;
        self.received = true;
        self.draft_path = None;
        self.state.go(Page::Section(SectionId::Declaration));
        self.state.ready_to_export();
    }

    /// Saves the draft where it was last saved, or asks where. True when saved.
    pub fn save_draft(&mut self) -> bool {
        match self.draft_path.clone() {
            // The file it was saved to or opened from: no need to ask.
            Some(path) => {
                match self.clear(&path, Replace::Allowed, Pending::Draft(self.state.draft.id)) {
                    Some(to) => self.write_draft(&to),
                    None => false,
                }
            }
            None => self.save_draft_as(),
        }
    }

    /// The one check of where a file goes ([`crate::storage::destination`]), with
    /// the data folder this window really uses: a place that is refused is
    /// said; a file that is there is replaced only once "Replace the file?"
    /// says so (then the write goes on from [`App::write_pending`]); a file
    /// this referral was exported as is never replaced. The destination
    /// when the write may go ahead now.
    pub(super) fn clear(
        &mut self,
        path: &Path,
        replace: Replace,
        what: Pending,
    ) -> Option<Destination> {
        let refused = |app: &mut Self, why: String| {
            app.notify(
                NoticeKind::Error,
                msg!(
                    "notice-destination-refused",
                    name = display_name(path),
                    why = why
                )
                .fixed(),
            );
            None
        };
        if crate::record::outbox::is_an_earlier_export(&self.state.draft, path) {
            self.notify(
                NoticeKind::Error,
                msg!("notice-would-replace-sent", name = display_name(path)),
            );
            return None;
        }
        let protected = Protected::data_folder(self.session.data_dir());
        match destination::check(path, &protected, replace) {
            // "-" is the terminal's output, and a device or a pipe no place
            // to keep a file (a pipe nobody reads would hold the window).
            Ok(Destination::Stdout | Destination::Direct(_)) => {
                refused(self, DestinationError::NotAFile.to_string())
            }
            Ok(to) => Some(to),
            Err(DestinationError::Exists) => {
                self.dialogs.push(Dialog::Replace(PendingWrite {
                    path: path.to_path_buf(),
                    what,
                }));
                None
            }
            Err(why) => refused(self, why.to_string()),
        }
    }

    /// Carries out a write the user agreed should replace the file.
    pub fn write_pending(&mut self, pending: PendingWrite) {
        let PendingWrite { path, what } = pending;
        let Some(to) = self.clear(&path, Replace::Allowed, what.clone()) else {
            return;
        };
        self.write_to(&to, what);
    }

    /// Writes what was waiting for a place, once the place is cleared.
    pub(super) fn write_to(&mut self, to: &Destination, what: Pending) {
        // An export or copy made from a referral no longer on screen (the
        // person opened another while a chooser was up) is not written: it
        // would be recorded in the wrong referral's history.
        let other = match &what {
            Pending::Draft(id) => *id != self.state.draft.id,
            Pending::Export(outgoing) | Pending::Pdf { outgoing, .. } => {
                !self.made_from_this(outgoing)
            }
        };
        if other {
            return self.notify(NoticeKind::Error, msg!("notice-other-referral"));
        }
        match what {
            Pending::Draft(_) => {
                self.write_draft(to);
            }
            Pending::Export(outgoing) => self.write_export(&outgoing, to),
            Pending::Pdf {
                outgoing,
                incomplete,
            } => self.write_pdf(&outgoing, incomplete, to),
        }
    }

    pub fn save_draft_as(&mut self) -> bool {
        let id = self.state.draft.id.hyphenated().to_string();
        let suggested = format!(
            "prevent-referral-draft-{}-{}.{}",
            self.clock.today().format("%Y-%m-%d"),
            id.get(..8).unwrap_or(&id),
            if self.session.keys().is_some() {
                "age"
            } else {
                "json"
            }
        );
        let pending = Pending::Draft(self.state.draft.id);
        let Some(path) = self.pick_save(SaveKind::Draft, &suggested, pending.clone()) else {
            return false;
        };
        match self.clear(&path, Replace::Refused, pending) {
            Some(to) => self.write_draft(&to),
            None => false,
        }
    }

    /// Encrypts the draft (with a key) and writes it where `to` says, off
    /// the window's thread: a network folder can take seconds. False when
    /// it could not be started; the result is said by [`Self::draft_written`].
    pub(super) fn write_draft(&mut self, to: &Destination) -> bool {
        let Some(path) = to.path().map(Path::to_path_buf) else {
            return false;
        };
        if self.received {
            self.notify(NoticeKind::Error, msg!("notice-received-not-a-draft"));
            return false;
        }
        let saved = self.state.draft.to_json();
        // With a key, the saved draft is encrypted to it like the library's.
        let bytes = match self.session.keys() {
            Some(keys) => match keys.seal(saved.as_bytes()) {
                Ok(b) => b,
                Err(e) => {
                    self.notify(
                        NoticeKind::Error,
                        msg!("notice-draft-encrypt-failed", why = e.to_string()).fixed(),
                    );
                    return false;
                }
            },
            None => saved.clone().into_bytes(),
        };
        let writer = self.writer.clone();
        let to = to.clone();
        self.start_task(Doing::Saving(display_name(&path)), move || {
            let result = writer.write_to(&to, &bytes);
            Done::DraftWritten(Box::new(DraftWritten { to, saved, result }))
        });
        true
    }

    /// A draft written where the person chose, or not: said, and the file
    /// remembered for the next "Save draft".
    pub(super) fn draft_written(&mut self, written: DraftWritten) {
        let Some(path) = written.to.path().map(Path::to_path_buf) else {
            return;
        };
        match written.result {
            Ok(()) => {
                // Changes typed while it was written are not in the file.
                if self.state.draft.to_json() == written.saved {
                    self.state.dirty = false;
                }
                self.notify(
                    NoticeKind::Success,
                    msg!(
                        "notice-draft-saved-as",
                        name = display_name(&path),
                        folder = folder_of(&path)
                    ),
                );
                self.draft_path = Some(path);
            }
            Err(e) => {
                self.notify(
                    NoticeKind::Error,
                    msg!(
                        "notice-draft-save-as-failed",
                        name = display_name(&path),
                        why = write_error_reason(&e)
                    )
                    .fixed(),
                );
            }
        }
    }

    /// Exports the referral when every rule holds; otherwise shows what is
    /// missing on "Check your answers".
    pub fn export(&mut self) {
        if !self.state.ready_to_export() {
            return;
        }
        let teams = self.teams().len();
        if teams == 0 {
            self.export_for(&[], false);
        } else {
            // Ask which teams to encrypt for; all are ticked to start with.
            self.dialogs.push(Dialog::Export(ExportChoice::all(teams)));
        }
    }

    /// Writes the export, encrypted to `public_keys` when any are given.
    /// When encryption fails nothing is written.
    pub fn export_for(&mut self, public_keys: &[String], armored: bool) {
        if !self.may_write_plain(public_keys) {
            return;
        }
        self.close_sitting();
        let outgoing = outbox::recipients(public_keys).and_then(|recipients| {
            outbox::prepare(
                &self.state.draft,
                self.state.ctx(),
                self.clock.now(),
                &recipients,
                armored,
            )
        });
        let outgoing = match outgoing {
            Ok(o) => o,
            Err(e) => return self.export_failed(e, None),
        };
        let pending = Pending::Export(outgoing.clone());
        let Some(path) = self.pick_save(SaveKind::Export, &outgoing.file_name, pending.clone())
        else {
            return;
        };
        if let Some(to) = self.clear(&path, Replace::Refused, pending) {
            self.write_export(&outgoing, &to);
        }
    }

    /// Writes the export where it was cleared to go, off the window's
    /// thread; [`App::export_written`] carries on once it is there.
    pub(super) fn write_export(&mut self, outgoing: &Outgoing, to: &Destination) {
        self.save_off_thread(outgoing, to, outbox::write, |written| {
            Done::ExportWritten(Box::new(written))
        });
    }

    /// The export written (or not): recorded now that the file is there,
    /// and said.
    pub(super) fn export_written(&mut self, written: Written<OutboxError>) {
        let Some(path) = written.to.path().map(Path::to_path_buf) else {
            return;
        };
        let Written {
            outgoing, result, ..
        } = written;
        let outgoing = &outgoing;
        if let Err(e) = result {
            return self.export_failed(e, Some(&path));
        }
        // Recorded now that the file is there, never before.
        if self.may_record(outgoing) {
            let teams: Vec<(String, String)> = self
                .teams()
                .iter()
                .map(|r| (r.name.clone(), r.public_key.clone()))
                .collect();
            outbox::record_export(&mut self.state.draft, outgoing, &teams, &self.history_clock);
            self.sitting = None;
            self.tracker.changed(std::time::Instant::now());
            self.autosave_now();
            self.flush();
        }
        // The confirmation, on the page, replaces what was said before.
        let teams = self
            .teams()
            .iter()
            .filter(|r| outgoing.for_keys.contains(&r.public_key))
            .map(|r| r.name.clone())
            .collect();
        self.state.notice = None;
        self.state.shown.clear();
        self.state.attempted.clear();
        self.state.exported = Some(crate::ui::Exported {
            file_name: display_name(&path),
            folder: path.parent().map(Path::to_path_buf).unwrap_or_default(),
            teams,
        });
        // A copy every receiver can read, offered while the export is fresh.
        self.offer_pdf_after_export(&outgoing.for_keys.clone());
        // No offer to delete the draft: it is the record of what was
        // sent and what happens next (marking it sent, the follow-ups), and
        // the retention rules say when it goes.
    }

    fn export_failed(&mut self, e: OutboxError, path: Option<&Path>) {
        let text = match e {
            OutboxError::BadRecipient { why, .. } => {
                msg!("notice-export-bad-team-key", why = why.to_string()).fixed()
            }
            OutboxError::Incomplete(_) => {
                // "Check your answers" lists every problem.
                self.state.ready_to_export();
                return;
            }
            OutboxError::Encrypt(e) => {
                msg!("notice-export-encrypt-failed", why = e.to_string()).fixed()
            }
            OutboxError::Write(e) => msg!(
                "notice-export-write-failed",
                name = path.map(display_name).unwrap_or_default(),
                why = write_error_reason(&e)
            )
            .fixed(),
        };
        self.notify(NoticeKind::Error, text);
    }
}

/// The folder a file is in, as the person would read it.
pub(super) fn folder_of(path: &Path) -> String {
    path.parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

/// Whether a file with this SHA-256 is an export of the referral with
/// `history` that is no longer how it stands: a later export was made, or
/// it was changed or corrected since.
fn is_earlier_export(history: &crate::record::history::History, sha256: &str) -> bool {
    let exports = history.export_hashes();
    match exports.iter().position(|h| *h == sha256) {
        Some(at) => at + 1 < exports.len() || history.exported_unchanged().is_none(),
        None => false,
    }
}
