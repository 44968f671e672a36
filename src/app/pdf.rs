//! "Save a copy as PDF" (File menu, Ctrl+P, "Check your answers", and
//! offered after an export): the copy is made in memory by [`crate::pdf`],
//! encrypted for the teams chosen when there are teams in Settings, and
//! written only where the person chose, atomically and owner-only.
//!
//! An incomplete referral gives a draft copy, marked "DRAFT – NOT COMPLETE"
//! on every page with its open problems listed, to discuss with a
//! safeguarding lead.

use super::App;
use super::picker::SaveKind;
use crate::i18n::t;
use crate::inbox::display_name;
use crate::notice::NoticeKind;
use crate::outbox;
use crate::pdf::{self, CopyOptions, PdfError};
use crate::store::write_error_reason;
use crate::tr;
use crate::ui::dialogs::{ExportChoice, PdfDecision, offer_pdf, pdf_choice};
use eframe::egui;
use std::path::Path;

/// The dialogs of "Save a copy as PDF", while they are open.
#[derive(Debug, Default)]
pub struct PdfCopy {
    /// Just exported: offer a copy; the teams the export was sent to.
    pub offer: Option<Vec<String>>,
    /// Which teams to encrypt for, and who the referral was sent to.
    pub choice: Option<(ExportChoice, Vec<String>)>,
}

impl PdfCopy {
    pub fn is_open(&self) -> bool {
        self.offer.is_some() || self.choice.is_some()
    }
}

impl App {
    /// Saves a copy as PDF; `sent_to`: the teams it was exported to, when
    /// offered after an export. With teams in Settings, asks which to
    /// encrypt for first.
    pub fn save_pdf(&mut self, sent_to: Vec<String>) {
        if self.settings.recipients.is_empty() {
            self.save_pdf_for(&[], sent_to);
        } else {
            let choice = ExportChoice::all(self.settings.recipients.len());
            self.pdf.choice = Some((choice, sent_to));
        }
    }

    /// After an export to the teams with `public_keys`: offer a copy.
    pub(super) fn offer_pdf_after_export(&mut self, public_keys: &[String]) {
        let names = self
            .settings
            .recipients
            .iter()
            .filter(|r| public_keys.contains(&r.public_key))
            .map(|r| r.name.clone())
            .collect();
        self.pdf.offer = Some(names);
    }

    pub(super) fn pdf_dialogs(&mut self, ctx: &egui::Context) {
        if self.pdf.offer.is_some() {
            match offer_pdf(ctx) {
                Some(PdfDecision::Save) => {
                    let sent_to = self.pdf.offer.take().unwrap_or_default();
                    self.save_pdf(sent_to);
                }
                Some(PdfDecision::Cancel) => self.pdf.offer = None,
                None => {}
            }
            return;
        }
        let Some((choice, _)) = &mut self.pdf.choice else {
            return;
        };
        match pdf_choice(ctx, choice, &self.settings.recipients) {
            Some(PdfDecision::Save) => {
                let (choice, sent_to) = self.pdf.choice.take().unwrap_or_default();
                let keys = choice.public_keys(&self.settings.recipients);
                self.save_pdf_for(&keys, sent_to);
            }
            Some(PdfDecision::Cancel) => self.pdf.choice = None,
            None => {}
        }
    }

    /// Makes the copy, encrypted to `public_keys` when any are given, asks
    /// where to save it and writes it. When anything fails nothing is
    /// written and the notice says why.
    pub fn save_pdf_for(&mut self, public_keys: &[String], sent_to: Vec<String>) {
        let mut opts = CopyOptions::new(self.clock.now());
        opts.sent_to = sent_to;
        opts.allow_draft = true;
        // The copy is recorded in the history first, so the copy shows the
        // history including its own making.
        if !self.received && !self.read_only {
            let id = self.state.draft.id;
            opts.history = Some(self.state.draft.history.pdf_made(id, &self.history_clock));
            self.state.dirty = true;
            self.tracker.changed(std::time::Instant::now());
        }
        let ctx = self.state.ctx();
        let incomplete = !crate::rules::validate(&self.state.draft.referral, ctx).is_empty();
        let outgoing = match outbox::recipients(public_keys) {
            Ok(recipients) => pdf::prepare(&self.state.draft, ctx, &opts, &recipients),
            Err(outbox::OutboxError::BadRecipient { why, .. }) => {
                let text = tr!("notice-export-bad-team-key", why = why.to_string());
                return self.notify(NoticeKind::Error, text);
            }
            Err(_) => return,
        };
        let outgoing = match outgoing {
            Ok(o) => o,
            Err(e) => return self.pdf_failed(e, None),
        };
        let Some(path) = self
            .picker
            .save_file(SaveKind::Pdf.title(), &outgoing.file_name)
        else {
            return;
        };
        if let Err(e) = pdf::write(self.writer.as_ref(), &outgoing, &path) {
            return self.pdf_failed(e, Some(&path));
        }
        let name = display_name(&path);
        let mut text = if outgoing.encrypted {
            tr!("notice-pdf-saved-encrypted", name = &name)
        } else {
            tr!("notice-pdf-saved-plain", name = &name)
        };
        if incomplete {
            text.push(' ');
            text.push_str(t("notice-pdf-draft"));
        }
        self.notify(NoticeKind::Success, text);
    }

    fn pdf_failed(&mut self, e: PdfError, path: Option<&Path>) {
        let text = match e {
            PdfError::Write(e) => tr!(
                "notice-pdf-write-failed",
                name = path.map(display_name).unwrap_or_default(),
                why = write_error_reason(&e)
            ),
            other => tr!("notice-pdf-failed", why = other.to_string()),
        };
        self.notify(NoticeKind::Error, text);
    }
}
