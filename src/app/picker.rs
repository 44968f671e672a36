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
}

/// The operating system's file dialogs (rfd, through the XDG portal on Linux).
#[derive(Debug, Default)]
pub struct NativeFilePicker {
    /// The folder last used, to start the next dialog there.
    last_dir: Option<PathBuf>,
}

impl FilePicker for NativeFilePicker {
    fn open_file(&mut self) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(t("picker-open-title"))
            .add_filter(t("picker-filter-referral-any"), &["json", "age"])
            .add_filter(t("picker-filter-any"), &["*"]);
        if let Some(dir) = &self.last_dir {
            dialog = dialog.set_directory(dir);
        }
        let path = dialog.pick_file()?;
        self.last_dir = path.parent().map(Path::to_path_buf);
        Some(path)
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
        dialog = dialog.add_filter(t("picker-filter-referral"), &[ext]);
        if let Some(dir) = &self.last_dir {
            dialog = dialog.set_directory(dir);
        }
        let path = dialog.save_file()?;
        self.last_dir = path.parent().map(Path::to_path_buf);
        Some(path)
    }

    fn identity_file(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(t("picker-identity-title"))
            .pick_file()
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
