//! The program's own file chooser, for when the computer's cannot be shown
//! (on Linux with no desktop portal running, the system dialog returns at
//! once as if cancelled). Keyboard and screen-reader usable: a labelled
//! folder list, a labelled file name box, "Up one folder", and the main
//! button last, as a person tabs through it.

use crate::i18n::t;
use crate::tr;
use crate::ui::style::{bold, primary_button};
use eframe::egui::{self, Id, Key, RichText, Ui};
use std::path::{Path, PathBuf};

/// What the chooser is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choose {
    /// An existing file to open.
    Open,
    /// A file name to save to (it may not exist yet).
    Save,
}

/// One thing in the folder shown.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    name: String,
    folder: bool,
}

/// The chooser's state, while it is open.
#[derive(Debug, Clone)]
pub struct FileChooser {
    pub choose: Choose,
    /// Its heading: what the file is for.
    pub title: String,
    pub folder: PathBuf,
    pub name: String,
    entries: Vec<Entry>,
    error: Option<String>,
    /// Focus goes to the file name box when it first shows.
    fresh: bool,
}

/// How the chooser was closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chosen {
    File(PathBuf),
    Cancelled,
}

impl FileChooser {
    /// A chooser starting in `folder`, with `name` suggested.
    pub fn new(choose: Choose, title: &str, folder: PathBuf, name: &str) -> Self {
        let mut chooser = Self {
            choose,
            title: title.to_owned(),
            folder,
            name: name.to_owned(),
            entries: Vec::new(),
            error: None,
            fresh: true,
        };
        chooser.read_folder();
        chooser
    }

    /// Lists the folder: sub-folders first, then files, by name; files and
    /// folders whose names start with a dot are left out.
    fn read_folder(&mut self) {
        self.entries.clear();
        self.error = None;
        match std::fs::read_dir(&self.folder) {
            Ok(items) => {
                for item in items.flatten() {
                    let name = item.file_name().to_string_lossy().into_owned();
                    if name.starts_with('.') {
                        continue;
                    }
                    let folder = item.file_type().is_ok_and(|k| k.is_dir());
                    self.entries.push(Entry { name, folder });
                }
                self.entries
                    .sort_by(|a, b| b.folder.cmp(&a.folder).then(a.name.cmp(&b.name)));
            }
            Err(e) => {
                self.error = Some(tr!(
                    "chooser-folder-unreadable",
                    why = crate::storage::store::write_error_reason(&e)
                ));
            }
        }
    }

    fn go_to(&mut self, folder: PathBuf) {
        self.folder = folder;
        self.read_folder();
    }

    /// The file chosen, when the name is one.
    fn chosen(&mut self) -> Option<PathBuf> {
        let name = self.name.trim();
        if name.is_empty() {
            self.error = Some(t("chooser-name-missing").to_owned());
            return None;
        }
        let path = self.folder.join(name);
        if self.choose == Choose::Open && !path.is_file() {
            self.error = Some(tr!("chooser-not-found", name = name));
            return None;
        }
        Some(path)
    }
}

/// The chooser, as a modal window. Returns how it was closed, once it is.
pub fn file_chooser_ui(ctx: &egui::Context, chooser: &mut FileChooser) -> Option<Chosen> {
    let mut result = None;
    let modal = egui::Modal::new(Id::unique("file chooser")).show(ctx, |ui| {
        ui.set_width(640.0);
        ui.label(bold(&chooser.title).size(26.0));
        ui.label(RichText::new(t("chooser-why")).weak());
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(bold(t("chooser-folder")));
            ui.label(chooser.folder.display().to_string());
        });
        if let Some(parent) = chooser.folder.parent().map(Path::to_path_buf)
            && ui.button(t("chooser-up")).clicked()
        {
            chooser.go_to(parent);
        }
        ui.add_space(6.0);
        list(ui, chooser);
        ui.add_space(8.0);
        let label = ui.label(bold(t("chooser-name"))).id;
        let name = ui
            .add(egui::TextEdit::singleline(&mut chooser.name).desired_width(480.0))
            .labelled_by(label);
        if std::mem::take(&mut chooser.fresh) {
            name.request_focus();
        }
        let enter = name.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if let Some(error) = &chooser.error {
            crate::ui::widgets::alert(ui, error, true);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let main = match chooser.choose {
                Choose::Open => t("chooser-open"),
                Choose::Save => t("chooser-save"),
            };
            if (primary_button(ui, main).clicked() || enter)
                && let Some(path) = chooser.chosen()
            {
                result = Some(Chosen::File(path));
            }
            if ui.button(t("chooser-cancel")).clicked() {
                result = Some(Chosen::Cancelled);
            }
        });
    });
    if modal.should_close() && result.is_none() {
        result = Some(Chosen::Cancelled);
    }
    result
}

/// The folder's contents: a folder opens, a file fills in the name.
fn list(ui: &mut Ui, chooser: &mut FileChooser) {
    let mut open = None;
    let mut pick = None;
    egui::ScrollArea::vertical()
        .max_height(260.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            if chooser.entries.is_empty() && chooser.error.is_none() {
                ui.label(RichText::new(t("chooser-empty")).weak());
            }
            for entry in &chooser.entries {
                let shown = if entry.folder {
                    tr!("chooser-entry-folder", name = &entry.name)
                } else {
                    entry.name.clone()
                };
                let selected = !entry.folder && entry.name == chooser.name;
                if ui.selectable_label(selected, shown).clicked() {
                    if entry.folder {
                        open = Some(chooser.folder.join(&entry.name));
                    } else {
                        pick = Some(entry.name.clone());
                    }
                }
            }
        });
    if let Some(folder) = open {
        chooser.go_to(folder);
    }
    if let Some(name) = pick {
        chooser.name = name;
        chooser.error = None;
    }
}

/// Where a chooser starts when no folder was used yet: the person's
/// Documents folder, or their home folder.
pub fn starting_folder() -> PathBuf {
    let Some(dirs) = directories::UserDirs::new() else {
        return PathBuf::from(".");
    };
    // With no XDG user-dirs file, a "Documents" folder in the home folder.
    dirs.document_dir()
        .map(Path::to_path_buf)
        .or_else(|| Some(dirs.home_dir().join("Documents")).filter(|d| d.is_dir()))
        .unwrap_or_else(|| dirs.home_dir().to_path_buf())
}
