//! "Save a copy as PDF" (File menu, Ctrl+P, "Check your answers", and
//! offered after an export): the copy is made in memory by [`crate::pdf`],
//! encrypted for the teams chosen when there are teams in Settings, and
//! written only where the person chose, atomically and owner-only.
//!
//! An incomplete referral gives a draft copy, marked "DRAFT – NOT COMPLETE"
//! on every page with its open problems listed, to discuss with a
//! safeguarding lead.

use super::App;
use super::Dialog;
use super::files::Pending;
use super::picker::SaveKind;
use super::tasks::{Doing, Done, Written};
use crate::msg;
use crate::notice::NoticeKind;
use crate::pdf::{self, CopyOptions, PdfError};
use crate::record::history::Event;
use crate::record::inbox::display_name;
use crate::record::outbox;
use crate::record::outbox::Outgoing;
use crate::storage::destination::{Destination, Replace};
use crate::storage::store::write_error_reason;
use crate::ui::dialogs::ExportChoice;
use std::path::Path;

impl App {
    /// Saves a copy as PDF; `sent_to`: the teams it was exported to, when
    /// offered after an export. With teams in Settings, asks which to
    /// encrypt for first.
    pub fn save_pdf(&mut self, sent_to: Vec<String>) {
        let teams = self.teams().len();
        if teams == 0 {
            self.save_pdf_for(&[], sent_to);
        } else {
            let choice = ExportChoice::all(teams);
            self.dialogs.push(Dialog::PdfChoice(choice, sent_to));
        }
    }

    /// After an export to the teams with `public_keys`: offer a copy.
    pub(super) fn offer_pdf_after_export(&mut self, public_keys: &[String]) {
        let names = self
            .teams()
            .iter()
            .filter(|r| public_keys.contains(&r.public_key))
            .map(|r| r.name.clone())
            .collect();
        self.dialogs.push(Dialog::OfferPdf(names));
    }

    /// Makes the copy off the window's thread ([`super::tasks`]), encrypted
    /// to `public_keys` when any are given; [`App::pdf_ready`] then asks
    /// where to save it, through the same picker (with the app's own
    /// chooser when the system's cannot be shown) as Export. When anything
    /// fails nothing is written and the notice says why.
    pub fn save_pdf_for(&mut self, public_keys: &[String], sent_to: Vec<String>) {
        if !self.may_write_plain(public_keys) {
            return;
        }
        self.close_sitting();
        let mut opts = CopyOptions::new(self.clock.now());
        opts.sent_to = sent_to;
        opts.allow_draft = true;
        // The history as it stands: the copy is noted in it only once the
        // file is written.
        if !self.received && !self.read_only {
            opts.history = Some(self.state.draft.history.stamp(self.state.draft.id));
        }
        let ctx = self.state.ctx();
        let incomplete = !crate::rules::validate(&self.state.draft.referral, ctx).is_empty();
        let recipients = match outbox::recipients(public_keys) {
            Ok(recipients) => recipients,
            Err(outbox::OutboxError::BadRecipient { why, .. }) => {
                let text = msg!("notice-export-bad-team-key", why = why.to_string()).fixed();
                return self.notify(NoticeKind::Error, text);
            }
            Err(_) => return,
        };
        let draft = self.state.draft.clone();
        self.start_task(Doing::MakingPdf, move || Done::Pdf {
            result: Box::new(pdf::prepare(&draft, ctx, &opts, &recipients)),
            incomplete,
        });
    }

    /// The copy is made: where to save it.
    pub(super) fn pdf_ready(&mut self, made: Result<Outgoing, PdfError>, incomplete: bool) {
        let outgoing = match made {
            Ok(o) => o,
            Err(e) => return self.pdf_failed(e, None),
        };
        // Another referral (or another version of this one) was opened
        // while the copy was made.
        if !self.made_from_this(&outgoing) {
            return self.notify(NoticeKind::Error, msg!("notice-other-referral"));
        }
        let pending = Pending::Pdf {
            outgoing: outgoing.clone(),
            incomplete,
        };
        let Some(path) = self.pick_save(SaveKind::Pdf, &outgoing.file_name, pending.clone()) else {
            return;
        };
        if let Some(to) = self.clear(&path, Replace::Refused, pending) {
            self.write_pdf(&outgoing, incomplete, &to);
        }
    }

    /// Writes the copy where it was cleared to go, off the window's thread;
    /// [`App::pdf_written`] carries on once it is there.
    pub(super) fn write_pdf(&mut self, outgoing: &Outgoing, incomplete: bool, to: &Destination) {
        self.save_off_thread(outgoing, to, pdf::write, move |written| Done::PdfWritten {
            written: Box::new(written),
            incomplete,
        });
    }

    /// The copy written (or not): noted in the history now that the file is
    /// there (never before), and where it is said.
    pub(super) fn pdf_written(&mut self, written: Written<PdfError>, incomplete: bool) {
        let Some(path) = written.to.path().map(Path::to_path_buf) else {
            return;
        };
        let Written {
            outgoing, result, ..
        } = written;
        let outgoing = &outgoing;
        if let Err(e) = result {
            return self.pdf_failed(e, Some(&path));
        }
        if self.may_record(outgoing) {
            let sha256 = Some(crate::record::history::sha256_hex(&outgoing.bytes));
            self.record(Event::PdfMade { sha256 });
        }
        let name = display_name(&path);
        let folder = super::files::folder_of(&path);
        let mut text = if outgoing.encrypted {
            msg!("notice-pdf-saved-encrypted", name = &name, folder = &folder)
        } else {
            msg!("notice-pdf-saved-plain", name = &name, folder = &folder)
        };
        if incomplete {
            text = text.then(msg!("notice-pdf-draft"));
        }
        if !outgoing.placeholders.is_empty() {
            text = text.then(msg!(
                "notice-pdf-placeholders",
                codes = outgoing.placeholders.as_str()
            ));
        }
        self.notify(NoticeKind::Success, text);
    }

    fn pdf_failed(&mut self, e: PdfError, path: Option<&Path>) {
        let text = match e {
            PdfError::Write(e) => msg!(
                "notice-pdf-write-failed",
                name = path.map(display_name).unwrap_or_default(),
                why = write_error_reason(&e)
            )
            .fixed(),
            other => msg!("notice-pdf-failed", why = other.to_string()).fixed(),
        };
        self.notify(NoticeKind::Error, text);
    }
}
