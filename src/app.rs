//! The desktop application's shell: owns the referral being edited and
//! carries out what the pages ask for (open, save, export) through small
//! traits, so tests never open a real dialog or read the real clock.

use crate::clock::Clock;
use crate::draft::{Draft, Opened, open_bytes};
use crate::export::{build_export, export_file_name, to_json};
use crate::file::read_bytes;
use crate::model::Referrer;
use crate::store::{write_error_reason, write_private};
use crate::ui::{Action, FormState, Notice, form_ui};
use eframe::egui::{self, RichText, Ui, ViewportCommand};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The app id, matching the desktop entry in `packaging/`.
pub const APP_ID: &str = "org.preventreferral.PreventReferral";
/// The window title, before any draft marker.
pub const TITLE: &str = "Prevent Referral";

/// Native file dialogs, behind a trait for tests.
pub trait FilePicker {
    /// Asks for a draft or export file to open.
    fn open_file(&mut self) -> Option<PathBuf>;
    /// Asks where to save, suggesting a file name.
    fn save_file(&mut self, title: &str, suggested_name: &str) -> Option<PathBuf>;
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
            .set_title("Open a draft or an exported referral")
            .add_filter("Referral (JSON)", &["json"]);
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
            .set_file_name(suggested_name)
            .add_filter("Referral (JSON)", &["json"]);
        if let Some(dir) = &self.last_dir {
            dialog = dialog.set_directory(dir);
        }
        let path = dialog.save_file()?;
        self.last_dir = path.parent().map(Path::to_path_buf);
        Some(path)
    }
}

/// What is kept between runs in eframe's preferences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// "My details": the referrer section, filled in for each new referral.
    pub my_details: Option<Referrer>,
    pub zoom: f32,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            my_details: None,
            zoom: 1.0,
        }
    }
}

const PREFS_KEY: &str = "prefs";

/// What to do once unsaved changes are dealt with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    New,
    Open,
    Quit,
}

/// The application.
pub struct App {
    pub state: FormState,
    pub prefs: Prefs,
    /// Where the draft was last saved or opened from.
    pub draft_path: Option<PathBuf>,
    /// Waiting for Save / Discard / Cancel before doing this.
    pub unsaved_prompt: Option<Then>,
    /// The prompt has just opened: focus goes to "Save".
    prompt_fresh: bool,
    picker: Box<dyn FilePicker>,
    clock: Box<dyn Clock>,
    /// Set once the user agreed to close, so the close is not stopped again.
    closing: bool,
    title: String,
    styled: bool,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("page", &self.state.page)
            .field("dirty", &self.state.dirty)
            .finish_non_exhaustive()
    }
}

impl App {
    pub fn new(picker: Box<dyn FilePicker>, clock: Box<dyn Clock>, prefs: Prefs) -> Self {
        let mut draft = Draft::new(clock.as_ref());
        if let Some(me) = &prefs.my_details {
            draft.referral.referrer = my_details(me);
        }
        let state = FormState::new(draft, clock.today());
        Self {
            state,
            prefs,
            draft_path: None,
            unsaved_prompt: None,
            prompt_fresh: false,
            picker,
            clock,
            closing: false,
            title: String::new(),
            styled: false,
        }
    }

    /// Creates the app inside eframe, with preferences from its storage.
    pub fn from_eframe(cc: &eframe::CreationContext<'_>) -> Self {
        let prefs = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
            .unwrap_or_default();
        Self::new(
            Box::new(NativeFilePicker::default()),
            Box::new(crate::clock::SystemClock),
            prefs,
        )
    }

    /// The window title: never a person's name.
    pub fn window_title(&self) -> String {
        let id = self.state.draft.id.hyphenated().to_string();
        let short = id.get(..8).unwrap_or(&id);
        let unsaved = if self.state.dirty {
            " (unsaved changes)"
        } else {
            ""
        };
        format!("{TITLE} – draft {short}{unsaved}")
    }

    /// One frame: the form, then what it asked for.
    pub fn frame(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            crate::ui::style::apply(&ctx);
            ctx.set_zoom_factor(self.prefs.zoom);
            self.styled = true;
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing && self.state.dirty {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.ask_about_unsaved(Then::Quit);
        }
        // The date moves on if the app is left open past midnight.
        self.state.today = self.clock.today();
        let actions = form_ui(ui, &mut self.state);
        if std::mem::take(&mut self.state.edited) {
            // `updated_at` is when an answer last changed.
            self.state.draft.updated_at = self.clock.now();
        }
        for action in actions {
            self.act(&ctx, action);
        }
        self.unsaved_changes_modal(&ctx);
        self.prefs.zoom = ctx.zoom_factor();
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Carries out one action.
    pub fn act(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::New => self.after_unsaved(ctx, Then::New),
            Action::Open => self.after_unsaved(ctx, Then::Open),
            Action::Quit => self.after_unsaved(ctx, Then::Quit),
            Action::SaveDraft => {
                self.save_draft();
            }
            Action::SaveDraftAs => {
                self.save_draft_as();
            }
            Action::Export => self.export(),
            Action::RememberMyDetails => {
                self.prefs.my_details = Some(my_details(&self.state.draft.referral.referrer));
            }
            Action::ClearMyDetails => {
                self.prefs.my_details = None;
                self.notify(false, "Your details are no longer remembered on this computer. This referral still has them.");
            }
        }
    }

    fn after_unsaved(&mut self, ctx: &egui::Context, then: Then) {
        if self.state.dirty {
            self.ask_about_unsaved(then);
        } else {
            self.proceed(ctx, then);
        }
    }

    fn ask_about_unsaved(&mut self, then: Then) {
        if self.unsaved_prompt.is_none() {
            self.prompt_fresh = true;
        }
        self.unsaved_prompt = Some(then);
    }

    fn proceed(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => self.new_referral(),
            Then::Open => self.open(),
            Then::Quit => {
                self.closing = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    fn notify(&mut self, error: bool, text: impl Into<String>) {
        self.state.notice = Some(Notice {
            error,
            text: text.into(),
        });
    }

    fn new_referral(&mut self) {
        let mut draft = Draft::new(self.clock.as_ref());
        if let Some(me) = &self.prefs.my_details {
            draft.referral.referrer = my_details(me);
        }
        self.state = FormState::new(draft, self.clock.today());
        self.draft_path = None;
    }

    /// Opens a draft or an export. On any problem the current work is left
    /// exactly as it was and the message names the file.
    pub fn open(&mut self) {
        let Some(path) = self.picker.open_file() else {
            return;
        };
        let name = display_name(&path);
        let opened = read_bytes(&path).and_then(|bytes| open_bytes(&bytes));
        match opened {
            Ok(Opened::Draft(draft)) => {
                self.state = FormState::new(draft, self.clock.today());
                self.draft_path = Some(path);
                self.notify(false, format!("Opened the draft {name}."));
            }
            Ok(Opened::Export(read)) => {
                let draft = Draft::from_export(read, self.clock.as_ref());
                self.state = FormState::new(draft, self.clock.today());
                // Saving asks where: the export file itself is left alone.
                self.draft_path = None;
                self.state.dirty = true;
                self.notify(
                    false,
                    format!(
                        "Opened the export {name} as a new draft. Save the draft to keep changes."
                    ),
                );
            }
            Err(e) => self.notify(
                true,
                format!("Could not open {name}: it {e}. Your current referral has not changed."),
            ),
        }
    }

    /// Saves the draft where it was last saved, or asks where. True when saved.
    pub fn save_draft(&mut self) -> bool {
        match self.draft_path.clone() {
            Some(path) => self.write_draft(&path),
            None => self.save_draft_as(),
        }
    }

    pub fn save_draft_as(&mut self) -> bool {
        let id = self.state.draft.id.hyphenated().to_string();
        let suggested = format!(
            "prevent-referral-draft-{}-{}.json",
            self.clock.today().format("%Y-%m-%d"),
            id.get(..8).unwrap_or(&id)
        );
        match self.picker.save_file("Save the draft", &suggested) {
            Some(path) => self.write_draft(&path),
            None => false,
        }
    }

    fn write_draft(&mut self, path: &Path) -> bool {
        match write_private(path, self.state.draft.to_json().as_bytes()) {
            Ok(()) => {
                self.state.dirty = false;
                self.draft_path = Some(path.to_path_buf());
                self.notify(false, format!("Draft saved as {}.", display_name(path)));
                true
            }
            Err(e) => {
                self.notify(
                    true,
                    format!(
                        "Could not save the draft as {}: {}. Your work is still here: try saving somewhere else.",
                        display_name(path),
                        write_error_reason(&e)
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
        let now = self.clock.now();
        let doc = match build_export(
            &self.state.draft.referral,
            self.state.draft.stamp(),
            self.state.ctx(),
            now,
        ) {
            Ok(doc) => doc,
            Err(_) => {
                self.state.ready_to_export();
                return;
            }
        };
        let Some(path) = self
            .picker
            .save_file("Export the referral", &export_file_name(&doc))
        else {
            return;
        };
        match write_private(&path, to_json(&doc).as_bytes()) {
            Ok(()) => self.notify(
                false,
                format!(
                    "Referral exported as {}. Send it to your local police Prevent team by a secure route.",
                    display_name(&path)
                ),
            ),
            Err(e) => self.notify(
                true,
                format!(
                    "Could not export to {}: {}. Nothing was written; try another folder.",
                    display_name(&path),
                    write_error_reason(&e)
                ),
            ),
        }
    }

    fn unsaved_changes_modal(&mut self, ctx: &egui::Context) {
        let Some(then) = self.unsaved_prompt else {
            return;
        };
        let mut choice = None;
        let modal = egui::Modal::new(egui::Id::unique("unsaved_changes")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.label(RichText::new("You have unsaved changes").strong().size(18.0));
            ui.label("Save the draft before you go on? If you discard them, the changes since you last saved are lost.");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let save = ui.button("Save");
                if std::mem::take(&mut self.prompt_fresh) {
                    save.request_focus();
                }
                if save.clicked() {
                    choice = Some(true);
                }
                if ui.button("Discard").clicked() {
                    choice = Some(false);
                }
                if ui.button("Cancel").clicked() {
                    self.unsaved_prompt = None;
                }
            });
        });
        if modal.should_close() {
            self.unsaved_prompt = None;
        }
        match choice {
            Some(true) => {
                self.unsaved_prompt = None;
                if self.save_draft() {
                    self.proceed(ctx, then);
                }
            }
            Some(false) => {
                // `dirty` stays set: if the dialog that follows is cancelled
                // or the file cannot be opened, the work is still unsaved.
                self.unsaved_prompt = None;
                self.proceed(ctx, then);
            }
            None => {}
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }

    /// Only preferences are kept by eframe; drafts are saved by the user.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}

/// What is remembered of the referrer: everything but how they know this
/// person, which is about the person and differs for each referral.
pub fn my_details(referrer: &Referrer) -> Referrer {
    Referrer {
        relationship_to_person: String::new(),
        ..referrer.clone()
    }
}

/// A file's name without its folder, for messages.
fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The window icon, from `assets/icons/`.
pub fn icon() -> Option<egui::IconData> {
    let png = include_bytes!("../assets/icons/prevent-referral-256.png");
    let image = image::load_from_memory_with_format(png, image::ImageFormat::Png).ok()?;
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    Some(egui::IconData {
        rgba: rgba.into_raw(),
        width,
        height,
    })
}

/// Starts the desktop app (blocks until the window closes).
pub fn run() -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(TITLE)
        .with_app_id(APP_ID)
        .with_inner_size([1000.0, 780.0])
        .with_min_inner_size([560.0, 420.0]);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        TITLE,
        options,
        Box::new(|cc| Ok(Box::new(App::from_eframe(cc)))),
    )
}
