//! Native file dialogs, behind a trait so tests never open a real one.

use crate::i18n::t;
use std::path::{Path, PathBuf};

/// What a save dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveKind {
    /// A draft ("Save draft as").
    Draft,
    /// An export.
    Export,
    /// A PDF copy.
    Pdf,
}

/// The file dialogs the shell needs.
pub trait FilePicker {
    /// Asks for a draft or export file to open.
    fn open_file(&mut self) -> Option<PathBuf>;
    /// Asks where to save, suggesting a file name.
    fn save_file(&mut self, title: &str, suggested_name: &str) -> Option<PathBuf>;
    /// Asks for an age identity file, to open an export encrypted for
    /// someone else (the receiving team's side).
    fn identity_file(&mut self) -> Option<PathBuf> {
        self.open_file()
    }
    /// True when the last dialog could not be shown at all (rather than
    /// cancelled): the shell then shows its own chooser.
    fn unavailable(&self) -> bool {
        false
    }
}

/// A dialog that comes back sooner than this with nothing chosen was never
/// shown: no person opens and cancels a file dialog in a quarter second.
/// (With no desktop portal running, rfd returns at once, as a cancel does.)
const NOT_SHOWN: std::time::Duration = std::time::Duration::from_millis(250);

/// The operating system's file dialogs (rfd, through the XDG portal on Linux).
#[derive(Debug, Default)]
pub struct NativeFilePicker {
    /// The folder last used, to start the next dialog there (Documents
    /// until then).
    last_dir: Option<PathBuf>,
    /// The system's dialogs cannot be shown here: not tried again.
    broken: bool,
}

impl NativeFilePicker {
    fn start_dir(&self) -> PathBuf {
        self.last_dir
            .clone()
            .unwrap_or_else(crate::ui::dialogs::file_chooser::starting_folder)
    }

    /// Runs a dialog, noting when it was never shown.
    fn run(&mut self, dialog: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        if self.broken {
            return None;
        }
        let started = std::time::Instant::now();
        let path = dialog();
        if path.is_none() && started.elapsed() < NOT_SHOWN {
            self.broken = true;
        }
        if let Some(p) = &path {
            self.last_dir = p.parent().map(Path::to_path_buf);
        }
        path
    }
}

impl FilePicker for NativeFilePicker {
    fn open_file(&mut self) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new()
            .set_title(t("picker-open-title"))
            .add_filter(t("picker-filter-referral-any"), &["json", "age"])
            .add_filter(t("picker-filter-any"), &["*"])
            .set_directory(self.start_dir());
        self.run(|| dialog.pick_file())
    }

    fn save_file(&mut self, title: &str, suggested_name: &str) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(title)
            .set_file_name(suggested_name);
        // The filter follows the suggested file's extension.
        let ext = Path::new(suggested_name)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("json");
        dialog = dialog
            .add_filter(t("picker-filter-referral"), &[ext])
            .set_directory(self.start_dir());
        self.run(|| dialog.save_file())
    }

    fn identity_file(&mut self) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new()
            .set_title(t("picker-identity-title"))
            .set_directory(self.start_dir());
        self.run(|| dialog.pick_file())
    }

    fn unavailable(&self) -> bool {
        self.broken
    }
}

impl SaveKind {
    /// The save dialog's title.
    pub fn title(self) -> &'static str {
        match self {
            SaveKind::Draft => t("picker-save-draft-title"),
            SaveKind::Export => t("picker-export-title"),
            SaveKind::Pdf => t("picker-pdf-title"),
        }
    }
}
