//! Files never fail silently: when the computer's file dialog cannot be
//! shown, the app's own chooser ([`crate::ui::dialogs::file_chooser`])
//! takes its place, and the person is told why, once.

use super::App;
use super::Dialog;
use super::files::Pending;
use super::picker::SaveKind;
use crate::i18n::t;
use crate::msg;
use crate::notice::NoticeKind;
use crate::storage::destination::Replace;
use crate::ui::dialogs::file_chooser::starting_folder;
use crate::ui::dialogs::{Choose, Chosen, FileChooser};
use eframe::egui;
use std::path::PathBuf;

/// What to do with the file the app's chooser gives.
#[derive(Debug, Clone)]
pub enum After {
    Open,
    /// The identity file for this export, encrypted for another team.
    Identity(PathBuf),
    Save(Pending),
}

impl App {
    /// A file to open: from the system's dialog, or `None` while the app's
    /// own chooser is asked instead (it carries on with [`App::open_path`]).
    pub(super) fn pick_open(&mut self) -> Option<PathBuf> {
        if let Some(path) = self.picker.open_file() {
            return Some(path);
        }
        if self.picker.unavailable() {
            self.start_chooser(Choose::Open, t("picker-open-title"), "", After::Open);
        }
        None
    }

    /// The identity file for `file`, in the app's own chooser (the system's
    /// dialog could not be shown); it carries on by opening `file` with it.
    pub(super) fn pick_identity(&mut self, file: PathBuf) {
        self.start_chooser(
            Choose::Open,
            t("picker-identity-title"),
            "",
            After::Identity(file),
        );
    }

    /// Where to save: as [`App::pick_open`], carrying on with `then`.
    pub(super) fn pick_save(
        &mut self,
        kind: SaveKind,
        name: &str,
        then: Pending,
    ) -> Option<PathBuf> {
        if let Some(path) = self.picker.save_file(kind.title(), name) {
            return Some(path);
        }
        if self.picker.unavailable() {
            self.start_chooser(Choose::Save, kind.title(), name, After::Save(then));
        }
        None
    }

    fn start_chooser(&mut self, choose: Choose, title: &str, name: &str, after: After) {
        if !self.chooser_explained {
            self.chooser_explained = true;
            self.notify(NoticeKind::Success, msg!("notice-own-chooser"));
        }
        let folder = self.last_folder.clone().unwrap_or_else(starting_folder);
        self.dialogs.push(Dialog::Chooser(
            FileChooser::new(choose, title, folder, name),
            after,
        ));
    }

    /// The app's chooser, while it is open; then what it was for.
    pub(super) fn chosen(&mut self, ctx: &egui::Context, chosen: Chosen, after: After) {
        let Chosen::File(path) = chosen else {
            return;
        };
        self.last_folder = path.parent().map(std::path::Path::to_path_buf);
        match after {
            After::Open => self.open_path(path),
            After::Identity(file) => self.open_path_with(file, Some(path)),
            // A draft, an export or a PDF copy: cleared and written alike.
            After::Save(what) => {
                if let Some(to) = self.clear(&path, Replace::Refused, what.clone()) {
                    self.write_to(&to, what);
                }
            }
        }
        ctx.request_repaint();
    }
}
