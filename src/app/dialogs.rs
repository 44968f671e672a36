//! Acting on what the dialogs ([`crate::ui::dialogs`]) return: only the
//! first in the queue ([`super::dialog_queue`]) is shown.

use super::App;
use super::dialog_queue::Dialog;
use crate::msg;
use crate::ui::dialogs::{
    ExportDecision, PdfDecision, Recovery, ReplaceFile, Unsaved, export_choice, file_chooser_ui,
    offer_pdf, pdf_choice, recovery, replace_file, unsaved_changes,
};
use eframe::egui;

/// What the dialog on show was answered with.
enum Answer {
    Unsaved(Unsaved),
    Export(ExportDecision),
    Pdf(PdfDecision),
    Replace(ReplaceFile),
    Chooser(crate::ui::dialogs::Chosen),
}

impl App {
    /// The dialog on show, or the offer of drafts left behind when none is.
    pub(super) fn dialogs(&mut self, ctx: &egui::Context) {
        if self.dialogs.is_empty() {
            self.recovery_dialog(ctx);
            return;
        }
        let teams = self.teams();
        let plain_allowed = self.policy.allows_unencrypted();
        let answer = match self.dialogs.front_mut() {
            None => None,
            Some(Dialog::Unsaved { fresh, .. }) => unsaved_changes(ctx, fresh).map(Answer::Unsaved),
            Some(Dialog::Export(choice)) => {
                export_choice(ctx, choice, &teams, plain_allowed).map(Answer::Export)
            }
            Some(Dialog::OfferPdf(_)) => offer_pdf(ctx).map(Answer::Pdf),
            Some(Dialog::PdfChoice(choice, _)) => {
                pdf_choice(ctx, choice, &teams, plain_allowed).map(Answer::Pdf)
            }
            Some(Dialog::Replace(pending)) => {
                let name = crate::record::inbox::display_name(&pending.path);
                replace_file(ctx, &name).map(Answer::Replace)
            }
            Some(Dialog::Chooser(chooser, _)) => file_chooser_ui(ctx, chooser).map(Answer::Chooser),
        };
        let Some(answer) = answer else {
            return;
        };
        // Answered: off the queue before what it leads to is done.
        let Some(dialog) = self.dialogs.pop() else {
            return;
        };
        match (dialog, answer) {
            (Dialog::Unsaved { then, .. }, Answer::Unsaved(a)) => {
                self.unsaved_answered(ctx, then, a)
            }
            (Dialog::Export(choice), Answer::Export(ExportDecision::Export)) => {
                let keys = choice.public_keys(&teams);
                self.export_for(&keys, choice.armored);
            }
            (Dialog::OfferPdf(sent_to), Answer::Pdf(PdfDecision::Save)) => self.save_pdf(sent_to),
            (Dialog::PdfChoice(choice, sent_to), Answer::Pdf(PdfDecision::Save)) => {
                let keys = choice.public_keys(&teams);
                self.save_pdf_for(&keys, sent_to);
            }
            (Dialog::Replace(pending), Answer::Replace(ReplaceFile::Replace)) => {
                self.write_pending(pending);
            }
            (Dialog::Chooser(_, after), Answer::Chooser(chosen)) => {
                self.chosen(ctx, chosen, after);
            }
            // Cancelled: nothing follows.
            _ => {}
        }
        ctx.request_repaint();
    }

    fn unsaved_answered(&mut self, ctx: &egui::Context, then: super::Then, answer: Unsaved) {
        match answer {
            Unsaved::Save => {
                if self.autosaver.is_some() && self.draft_path.is_none() {
                    self.autosave_now();
                    if self.flush() && self.tracker.all_saved() {
                        self.proceed(ctx, then);
                    } else {
                        // Said, where the question was: it had closed with
                        // nothing done and nothing said (found in review).
                        self.notify(
                            crate::notice::NoticeKind::Error,
                            msg!("notice-cannot-switch"),
                        );
                    }
                } else if self.save_draft() {
                    // Written off the window's thread: what was asked
                    // follows once the file is there (App::frame).
                    if self.task_running() {
                        self.after_saving = Some(then);
                    } else if !self.state.dirty {
                        self.proceed(ctx, then);
                    }
                }
            }
            // `dirty` stays set: if the dialog that follows is cancelled or
            // the file cannot be opened, the work is still unsaved.
            Unsaved::Discard => self.proceed(ctx, then),
            Unsaved::Cancel => {}
        }
    }

    fn recovery_dialog(&mut self, ctx: &egui::Context) {
        if self.recovered.is_empty() {
            return;
        }
        match recovery(ctx, &self.recovered) {
            Some(Recovery::Restore(id)) => {
                self.clear_recovered();
                self.open_library_draft_as(id, crate::record::history::Event::Restored);
            }
            Some(Recovery::NotNow) => self.clear_recovered(),
            None => {}
        }
    }
}
