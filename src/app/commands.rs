//! Carrying out a [`Command`] from the menu, a shortcut or a page.

use super::Dialog;
use super::{App, Screen, Then, my_details};
use crate::msg;
use crate::notice::NoticeKind;
use crate::record::draft::Draft;
use crate::ui::Command;
use crate::ui::settings::SettingsView;
use eframe::egui::{self, ViewportCommand};

impl App {
    /// Carries out one command.
    pub fn act(&mut self, ctx: &egui::Context, command: Command) {
        if self.received
            && matches!(
                command,
                Command::SaveDraft | Command::SaveDraftAs | Command::Export
            )
        {
            self.notify(NoticeKind::Error, msg!("notice-received-read-only"));
            return;
        }
        // The drafts and settings screens give way to the form for what
        // is done on the referral.
        if matches!(
            command,
            Command::New | Command::Open | Command::SaveDraftAs | Command::Export
        ) {
            self.close_screens();
        }
        match command {
            Command::New => self.after_unsaved(ctx, Then::New),
            Command::Open => self.after_unsaved(ctx, Then::Open),
            Command::Quit => self.after_unsaved(ctx, Then::Quit),
            Command::SaveDraft => {
                if self.draft_path.is_none() && self.library.is_some() {
                    self.autosave_now();
                    if self.flush() {
                        self.notify(NoticeKind::Success, msg!("notice-draft-saved"));
                    }
                } else {
                    self.save_draft();
                }
            }
            Command::ShowDrafts => self.show_drafts(),
            Command::ShowHistory => self.show_history(),
            Command::Home => {
                if !self.show_home() {
                    self.close_screens();
                    self.notify(NoticeKind::Success, msg!("notice-no-drafts-yet"));
                }
            }
            Command::ShowSettings => self.screen = Screen::Settings(SettingsView::default()),
            Command::Lock => self.hide(ctx),
            Command::OpenExportFolder => self.open_export_folder(),
            Command::TaskList => {
                self.close_screens();
                self.state.go(crate::ui::Page::TaskList);
            }
            Command::SaveDraftAs => {
                self.save_draft_as();
            }
            Command::Export => self.export(),
            Command::SavePdf => self.save_pdf(Vec::new()),
            Command::RememberMyDetails => {
                self.settings.my_details = Some(my_details(&self.state.draft.referral.referrer));
            }
            Command::SetLanguage(language) => {
                // Only the words change: the answers, the page and the
                // focus are the form's state, which is not touched. The
                // problems on show are message ids, put into words as
                // they are drawn, so they follow the language too.
                crate::i18n::set_language(language);
                self.settings.language = Some(language);
                ctx.request_repaint();
            }
            Command::ClearMyDetails => {
                self.settings.my_details = None;
                self.notify(NoticeKind::Success, msg!("notice-my-details-cleared"));
            }
        }
    }

    /// Opens the folder of the last export in the system's file manager;
    /// says where it is when that cannot be done.
    fn open_export_folder(&mut self) {
        let Some(done) = &self.state.exported else {
            return;
        };
        let folder = done.folder.clone();
        if let Err(e) = opener::open(&folder) {
            self.notify(
                NoticeKind::Error,
                msg!(
                    "notice-folder-not-opened",
                    folder = folder.display().to_string(),
                    why = e.to_string()
                )
                .fixed(),
            );
        }
    }

    /// Closes whatever screen is in front of the form: the form shows again.
    pub(super) fn close_screens(&mut self) {
        self.screen = Screen::Form;
    }

    fn after_unsaved(&mut self, ctx: &egui::Context, then: Then) {
        // With the library, the work is saved first; the question is only
        // asked if that fails.
        if self.autosaver.is_some() {
            self.autosave_now();
            self.flush();
        }
        if self.state.dirty {
            self.ask_about_unsaved(then);
        } else {
            self.proceed(ctx, then);
        }
    }

    pub(super) fn ask_about_unsaved(&mut self, then: Then) {
        self.dialogs.push(Dialog::Unsaved { then, fresh: true });
    }

    pub(super) fn proceed(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => self.new_referral(),
            Then::Open => self.open(),
            Then::Quit => {
                self.closing = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    pub(super) fn new_referral(&mut self) {
        if !self.safe_to_switch() {
            return;
        }
        let mut draft = Draft::new(self.clock.as_ref());
        self.fill_referrer(&mut draft.referral.referrer);
        self.replace_draft(draft);
        self.draft_path = None;
    }
}
