//! Acting on what the dialogs ([`crate::ui::dialogs`]) return.

use super::App;
use crate::ui::dialogs::{
    ExportDecision, Recovery, ReplaceFile, Unsaved, export_choice, recovery, replace_file,
    unsaved_changes,
};
use eframe::egui;

impl App {
    /// Whichever dialogs are open, in this order.
    pub(super) fn dialogs(&mut self, ctx: &egui::Context) {
        self.unsaved_dialog(ctx);
        self.recovery_dialog(ctx);
        self.pdf_dialogs(ctx);
        self.export_dialog(ctx);
        self.replace_dialog(ctx);
    }

    fn replace_dialog(&mut self, ctx: &egui::Context) {
        let Some(pending) = &self.replace_prompt else {
            return;
        };
        let name = crate::inbox::display_name(&pending.path);
        match replace_file(ctx, &name) {
            Some(ReplaceFile::Replace) => {
                if let Some(pending) = self.replace_prompt.take() {
                    self.write_pending(pending);
                }
            }
            Some(ReplaceFile::Cancel) => self.replace_prompt = None,
            None => {}
        }
    }

    fn unsaved_dialog(&mut self, ctx: &egui::Context) {
        let Some(then) = self.unsaved_prompt else {
            return;
        };
        match unsaved_changes(ctx, &mut self.prompt_fresh) {
            Some(Unsaved::Save) => {
                self.unsaved_prompt = None;
                let saved = if self.autosaver.is_some() && self.draft_path.is_none() {
                    self.autosave_now();
                    self.flush() && self.tracker.all_saved()
                } else {
                    self.save_draft()
                };
                if saved {
                    self.proceed(ctx, then);
                }
            }
            Some(Unsaved::Discard) => {
                // `dirty` stays set: if the dialog that follows is cancelled
                // or the file cannot be opened, the work is still unsaved.
                self.unsaved_prompt = None;
                self.proceed(ctx, then);
            }
            Some(Unsaved::Cancel) => self.unsaved_prompt = None,
            None => {}
        }
    }

    fn recovery_dialog(&mut self, ctx: &egui::Context) {
        if self.recovered.is_empty() || self.unsaved_prompt.is_some() {
            return;
        }
        match recovery(ctx, &self.recovered) {
            Some(Recovery::Restore(id)) => {
                self.clear_recovered();
                self.open_library_draft_as(id, crate::history::Event::Restored);
            }
            Some(Recovery::NotNow) => self.clear_recovered(),
            None => {}
        }
    }

    fn export_dialog(&mut self, ctx: &egui::Context) {
        let teams = self.teams();
        let plain_allowed = self.policy.allows_unencrypted();
        let Some(choice) = &mut self.export_choice else {
            return;
        };
        match export_choice(ctx, choice, &teams, plain_allowed) {
            Some(ExportDecision::Export) => {
                let choice = self.export_choice.take().unwrap_or_default();
                let keys = choice.public_keys(&teams);
                self.export_for(&keys, choice.armored);
            }
            Some(ExportDecision::Cancel) => self.export_choice = None,
            None => {}
        }
    }
}
