//! Files: opening a draft or an export ([`crate::inbox`]), saving the
//! draft as a file, and exporting ([`crate::outbox`]).

use super::App;
use super::picker::SaveKind;
use crate::crypto::DecryptFailure;
use crate::destination::{self, DestinationError, Protected, Replace};
use crate::draft::{Draft, Opened};
use crate::file::OpenError;
use crate::history::{Event, Source};
use crate::i18n::t;
use crate::inbox::{Incoming, display_name, open_file};
use crate::model::SectionId;
use crate::notice::NoticeKind;
use crate::outbox::{self, OutboxError, Outgoing};
use crate::store::write_error_reason;
use crate::tr;
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
    /// Save draft as.
    Draft,
    Export(Outgoing),
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
    pub(super) fn open_path_with(&mut self, path: PathBuf, identity: Option<PathBuf>) {
        if !self.safe_to_switch() {
            return;
        }
        let name = display_name(&path);
        let picker = &mut self.picker;
        let mut asked = false;
        let given = identity.is_some();
        let opened = open_file(&path, self.session.keys(), || {
            asked = true;
            identity.or_else(|| picker.identity_file())
        });
        // The identity dialog could not be shown: the app's own chooser
        // asks for it, then opens the file again with it.
        if asked
            && !given
            && self.picker.unavailable()
            && matches!(
                opened,
                Err(OpenError::Decrypt(DecryptFailure::NotForThisKey))
            )
        {
            self.pick_identity(path);
            return;
        }
        match opened {
            Ok(Incoming {
                opened: Opened::Export(read),
                received: true,
            }) => {
                let draft = Draft::from_export(read, self.clock.as_ref());
                self.replace_draft(draft);
                self.lock = None;
                self.read_only = true;
                self.received = true;
                self.draft_path = None;
                self.state.go(Page::Section(SectionId::Declaration));
                self.state.ready_to_export();
                self.notify(
                    NoticeKind::Success,
                    tr!("notice-opened-received", name = &name),
                );
            }
            Ok(Incoming {
                opened: Opened::Draft(_),
                received: true,
            }) => self.notify(
                NoticeKind::Error,
                tr!("notice-received-draft", name = &name),
            ),
            Ok(Incoming {
                opened: Opened::Draft(draft),
                ..
            }) => {
                self.replace_draft(draft);
                self.draft_path = Some(path);
                self.notify(
                    NoticeKind::Success,
                    tr!("notice-opened-draft", name = &name),
                );
            }
            Ok(Incoming {
                opened: Opened::Export(read),
                ..
            }) => {
                let draft = Draft::from_export(read, self.clock.as_ref());
                if self
                    .library
                    .as_ref()
                    .is_some_and(|l| l.draft_path(draft.id).exists())
                {
                    // The library already has this referral: that draft
                    // opens, rather than a second copy of it.
                    self.open_library_draft(draft.id);
                    if self.state.draft.id == draft.id {
                        self.notify(
                            NoticeKind::Success,
                            tr!("notice-opened-existing", name = &name),
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
                self.notify(
                    NoticeKind::Success,
                    tr!("notice-opened-export", name = &name),
                );
            }
            Err(e) => self.notify(
                NoticeKind::Error,
                tr!("notice-open-failed", name = &name, why = e.to_string()),
            ),
        }
    }

    /// Saves the draft where it was last saved, or asks where. True when saved.
    pub fn save_draft(&mut self) -> bool {
        match self.draft_path.clone() {
            // The file it was saved to or opened from: no need to ask.
            Some(path) => {
                self.cleared(&path, Replace::Allowed, Pending::Draft) && self.write_draft(&path)
            }
            None => self.save_draft_as(),
        }
    }

    /// The one check of where a file goes ([`crate::destination`]): a
    /// place that is refused is said; a file that is there is replaced only
    /// once "Replace the file?" says so (then the write goes on from
    /// [`App::write_pending`]). True when the write may go ahead now.
    pub(super) fn cleared(&mut self, path: &Path, replace: Replace, what: Pending) -> bool {
        let protected = Protected::new(self.session.data_dir().map(Path::to_path_buf));
        match destination::check(path, &protected, replace) {
            Ok(_) => true,
            Err(DestinationError::Exists) => {
                self.replace_prompt = Some(PendingWrite {
                    path: path.to_path_buf(),
                    what,
                });
                false
            }
            Err(why) => {
                self.notify(
                    NoticeKind::Error,
                    tr!(
                        "notice-destination-refused",
                        name = display_name(path),
                        why = why.to_string()
                    ),
                );
                false
            }
        }
    }

    /// Carries out a write the user agreed should replace the file.
    pub fn write_pending(&mut self, pending: PendingWrite) {
        let PendingWrite { path, what } = pending;
        if !self.cleared(&path, Replace::Allowed, what.clone()) {
            return;
        }
        match what {
            Pending::Draft => {
                self.write_draft(&path);
            }
            Pending::Export(outgoing) => self.write_export(&outgoing, &path),
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
        match self.pick_save(SaveKind::Draft, &suggested, Pending::Draft) {
            Some(path) => {
                self.cleared(&path, Replace::Refused, Pending::Draft) && self.write_draft(&path)
            }
            None => false,
        }
    }

    pub(super) fn write_draft(&mut self, path: &Path) -> bool {
        if self.received {
            self.notify(NoticeKind::Error, t("notice-received-not-a-draft"));
            return false;
        }
        // With a key, the saved draft is encrypted to it like the library's.
        let bytes = match self.session.keys() {
            Some(keys) => match keys.seal(self.state.draft.to_json().as_bytes()) {
                Ok(b) => b,
                Err(e) => {
                    self.notify(
                        NoticeKind::Error,
                        tr!("notice-draft-encrypt-failed", why = e.to_string()),
                    );
                    return false;
                }
            },
            None => self.state.draft.to_json().into_bytes(),
        };
        match self.writer.write(path, &bytes) {
            Ok(()) => {
                self.state.dirty = false;
                self.draft_path = Some(path.to_path_buf());
                self.notify(
                    NoticeKind::Success,
                    tr!(
                        "notice-draft-saved-as",
                        name = display_name(path),
                        folder = path
                            .parent()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default()
                    ),
                );
                true
            }
            Err(e) => {
                self.notify(
                    NoticeKind::Error,
                    tr!(
                        "notice-draft-save-as-failed",
                        name = display_name(path),
                        why = write_error_reason(&e)
                    ),
                );
                false
            }
        }
    }

    /// Exports the referral when every rule holds; otherwise shows what is
    /// missing on "Check your answers".
    pub fn export(&mut self) {
        if !self.state.ready_to_export() {
            return;
        }
        if self.settings.recipients.is_empty() {
            self.export_for(&[], false);
        } else {
            // Ask which teams to encrypt for; all are ticked to start with.
            self.export_choice = Some(ExportChoice::all(self.settings.recipients.len()));
        }
    }

    /// Writes the export, encrypted to `public_keys` when any are given.
    /// When encryption fails nothing is written.
    pub fn export_for(&mut self, public_keys: &[String], armored: bool) {
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
        let Some(path) = self.pick_save(
            SaveKind::Export,
            &outgoing.file_name,
            Pending::Export(outgoing.clone()),
        ) else {
            return;
        };
        if self.cleared(&path, Replace::Refused, Pending::Export(outgoing.clone())) {
            self.write_export(&outgoing, &path);
        }
    }

    pub(super) fn write_export(&mut self, outgoing: &Outgoing, path: &Path) {
        let path = path.to_path_buf();
        if let Err(e) = outbox::write(self.writer.as_ref(), outgoing, &path) {
            return self.export_failed(e, Some(&path));
        }
        if !self.received && !self.read_only {
            let teams: Vec<(String, String)> = self
                .settings
                .recipients
                .iter()
                .map(|r| (r.name.clone(), r.public_key.clone()))
                .collect();
            outbox::record_export(&mut self.state.draft, outgoing, &teams, &self.history_clock);
            self.tracker.changed(std::time::Instant::now());
            self.autosave_now();
            self.flush();
        }
        // The confirmation, on the page, replaces what was said before.
        let teams = self
            .settings
            .recipients
            .iter()
            .filter(|r| outgoing.for_keys.contains(&r.public_key))
            .map(|r| r.name.clone())
            .collect();
        self.state.notice = None;
        self.state.shown.clear();
        self.state.attempted.clear();
        self.state.exported = Some(crate::form::Exported {
            file_name: display_name(&path),
            folder: path.parent().map(Path::to_path_buf).unwrap_or_default(),
            teams,
        });
        // A copy every receiver can read, offered while the export is fresh.
        self.offer_pdf_after_export(&outgoing.for_keys.clone());
        if !self.read_only
            && self
                .library
                .as_ref()
                .is_some_and(|l| l.draft_path(self.state.draft.id).exists())
        {
            self.offer_delete = Some(self.state.draft.id);
        }
    }

    fn export_failed(&mut self, e: OutboxError, path: Option<&Path>) {
        let text = match e {
            OutboxError::BadRecipient { why, .. } => {
                tr!("notice-export-bad-team-key", why = why.to_string())
            }
            OutboxError::Incomplete(_) => {
                // "Check your answers" lists every problem.
                self.state.ready_to_export();
                return;
            }
            OutboxError::Encrypt(e) => tr!("notice-export-encrypt-failed", why = e.to_string()),
            OutboxError::Write(e) => tr!(
                "notice-export-write-failed",
                name = path.map(display_name).unwrap_or_default(),
                why = write_error_reason(&e)
            ),
        };
        self.notify(NoticeKind::Error, text);
    }
}
