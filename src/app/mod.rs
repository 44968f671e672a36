//! The desktop application's shell: owns the referral being edited and
//! carries out what the pages ask for (open, save, export) through small
//! traits, so tests never open a real dialog or read the real clock.

mod drafts;
mod gate;
mod settings_view;

pub use crate::settings::Settings;
pub use drafts::{DraftsAction, DraftsView, drafts_ui};
pub use gate::{Gate, GateAction, GateForm, gate_ui};
pub use settings_view::{SettingsAction, SettingsView, settings_ui};

use crate::clock::Clock;
use crate::crypto::{
    KeyError, KeyFile, Keys, encrypt_to, is_encrypted, parse_identity_file, parse_recipient,
    passphrase_from_env,
};
use crate::draft::{Draft, Opened, open_bytes};
use crate::export::{build_export, export_file_name, to_json};
use crate::file::OpenError;
use crate::file::read_bytes;
use crate::library::{Autosaver, DraftLock, Library, LockError, Saved};
use crate::model::Referrer;
use crate::store::{write_error_reason, write_private};
use crate::ui::{Action, FormState, Notice, form_ui};
use eframe::egui::{self, RichText, Ui, ViewportCommand};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The app id, matching the desktop entry in `packaging/linux/`.
pub const APP_ID: &str = "org.preventreferral.PreventReferral";
/// The window title, before any draft marker.
pub const TITLE: &str = "Prevent Referral";

/// Native file dialogs, behind a trait for tests.
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
            .set_title("Open a draft or an exported referral")
            .add_filter("Referral (JSON or encrypted)", &["json", "age"])
            .add_filter("Any file", &["*"]);
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
        let ext = if suggested_name.ends_with(".age") {
            "age"
        } else {
            "json"
        };
        dialog = dialog.add_filter("Referral", &[ext]);
        if let Some(dir) = &self.last_dir {
            dialog = dialog.set_directory(dir);
        }
        let path = dialog.save_file()?;
        self.last_dir = path.parent().map(Path::to_path_buf);
        Some(path)
    }

    fn identity_file(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Choose your age identity file to decrypt this export")
            .pick_file()
    }
}

/// Export being chosen: which teams to encrypt for, and how.
#[derive(Debug, Clone, Default)]
pub struct ExportChoice {
    /// One per team in the settings, ticked to encrypt for it.
    pub teams: Vec<bool>,
    /// ASCII-armoured text instead of binary.
    pub armored: bool,
}

/// Changes are saved this long after the last keystroke (and at once on a
/// page change, when the window loses focus, and on close).
pub const AUTOSAVE_AFTER: Duration = Duration::from_millis(1000);

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
    pub settings: Settings,
    /// Where the draft was last saved or opened from.
    pub draft_path: Option<PathBuf>,
    /// Waiting for Save / Discard / Cancel before doing this.
    pub unsaved_prompt: Option<Then>,
    /// The prompt has just opened: focus goes to "Save".
    prompt_fresh: bool,
    picker: Box<dyn FilePicker>,
    clock: Arc<dyn Clock>,
    /// Set once the user agreed to close, so the close is not stopped again.
    closing: bool,
    title: String,
    styled: bool,
    /// The drafts library and its background saver; `None` when the data
    /// folder cannot be used (then only "Save draft as" keeps work).
    library: Option<Arc<Library>>,
    autosaver: Option<Autosaver>,
    /// Held while this window edits the draft.
    lock: Option<DraftLock>,
    /// Another window edits this draft: this one only shows it.
    pub read_only: bool,
    /// Edits counted, handed to the saver, and known written.
    edits: u64,
    queued: u64,
    pub saved: u64,
    last_edit: Option<Instant>,
    /// The first edit not yet handed to the saver (typing without pauses
    /// is still saved within 2 seconds).
    first_unsaved: Option<Instant>,
    last_page: crate::ui::Page,
    was_focused: bool,
    /// Drafts left by a session that did not close, offered at start.
    pub recovered: Vec<crate::library::DraftInfo>,
    /// The drafts screen, while it is open.
    pub drafts_view: Option<DraftsView>,
    /// Just exported this draft: offer to delete it.
    pub offer_delete: Option<uuid::Uuid>,
    /// Locked, first start, or open.
    pub gate: Gate,
    pub gate_form: GateForm,
    /// The data folder and its key file; `None` in a window without one.
    data_dir: Option<PathBuf>,
    key_file: Option<KeyFile>,
    /// The installation key, once unlocked.
    keys: Option<Keys>,
    /// Asks the window for a frame (kept until the library starts).
    wake: Option<Box<dyn Fn() + Send>>,
    /// When the app locks itself: `auto_lock_minutes` after the last key
    /// press, click or pointer move.
    pub lock_at: Option<Instant>,
    /// The settings as last written, to write only what changed.
    settings_saved: Option<Settings>,
    /// The settings file could not be read: it is not written over.
    settings_unreadable: bool,
    /// The settings screen, while it is open.
    pub settings_view: Option<SettingsView>,
    /// The export dialog, while it is open.
    pub export_choice: Option<ExportChoice>,
    /// Opened with someone else's identity: shown read-only, never saved.
    pub received: bool,
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
    pub fn new(picker: Box<dyn FilePicker>, clock: Box<dyn Clock>, settings: Settings) -> Self {
        let clock: Arc<dyn Clock> = Arc::from(clock);
        let mut draft = Draft::new(clock.as_ref());
        if let Some(me) = &settings.my_details {
            draft.referral.referrer = my_details(me);
        }
        let state = FormState::new(draft, clock.today());
        let last_page = state.page;
        Self {
            state,
            settings,
            draft_path: None,
            unsaved_prompt: None,
            prompt_fresh: false,
            picker,
            clock,
            closing: false,
            title: String::new(),
            styled: false,
            library: None,
            autosaver: None,
            lock: None,
            read_only: false,
            edits: 0,
            queued: 0,
            saved: 0,
            last_edit: None,
            first_unsaved: None,
            last_page,
            was_focused: true,
            recovered: Vec::new(),
            drafts_view: None,
            offer_delete: None,
            gate: Gate::Open,
            gate_form: GateForm::default(),
            data_dir: None,
            key_file: None,
            keys: None,
            wake: None,
            lock_at: None,
            settings_saved: None,
            settings_unreadable: false,
            settings_view: None,
            export_choice: None,
            received: false,
        }
    }

    /// Keeps drafts and settings in `data_dir`, encrypted. The window
    /// starts at the passphrase: chosen at first start, asked for after.
    /// With PREVENT_REFERRAL_PASSPHRASE_FILE set, that passphrase is used.
    pub fn with_data_dir(mut self, data_dir: &Path, wake: Box<dyn Fn() + Send>) -> Self {
        let key_file = KeyFile::in_dir(data_dir);
        self.gate = if key_file.exists() {
            Gate::Locked
        } else {
            let orphans = key_file.orphans();
            if orphans > 0 {
                self.gate_form.note = Some(format!(
                    "The key file {} is missing, but {orphans} encrypted file(s) made with it are in that folder. Ask your IT team to restore key.age from a backup before you go on: a new passphrase makes a new key, and it cannot open them.",
                    key_file.path().display()
                ));
            }
            Gate::Setup
        };
        self.data_dir = Some(data_dir.to_path_buf());
        self.key_file = Some(key_file);
        self.wake = Some(wake);
        match passphrase_from_env() {
            Some(Ok(passphrase)) => {
                use crate::crypto::secrecy::ExposeSecret;
                let passphrase = passphrase.expose_secret().to_owned();
                self.gate_action(if self.gate == Gate::Setup {
                    GateAction::Create(passphrase)
                } else {
                    GateAction::Unlock(passphrase)
                });
            }
            Some(Err(why)) => {
                self.gate_form.error =
                    Some(format!("The passphrase file could not be read: {why}"));
            }
            None => {}
        }
        self
    }

    /// Carries out what was asked on the passphrase screens.
    pub fn gate_action(&mut self, action: GateAction) {
        let Some(key_file) = self.key_file.clone() else {
            return;
        };
        use crate::crypto::secrecy::SecretString;
        let result = match action {
            GateAction::Create(p) => key_file.create(&SecretString::from(p)),
            GateAction::Unlock(p) => key_file.unlock(&SecretString::from(p)),
        };
        match result {
            Ok(keys) => {
                if let Some(current) = &self.keys
                    && current.public_key() != keys.public_key()
                {
                    self.gate_form.error =
                        Some("That key is not the one this window was unlocked with.".to_owned());
                    return;
                }
                self.gate_form.error = None;
                self.gate_form.note = None;
                self.gate = Gate::Open;
                self.lock_at = None;
                if self.keys.is_none() {
                    self.unlocked(keys);
                }
            }
            Err(e) => {
                self.gate_form.error = Some(e.to_string());
                self.gate_form.focused = false;
            }
        }
    }

    /// The first unlock: the settings are read and the drafts library opened.
    fn unlocked(&mut self, keys: Keys) {
        self.keys = Some(keys.clone());
        let Some(dir) = self.data_dir.clone() else {
            return;
        };
        match Settings::load(&dir, &keys) {
            Ok(settings) => {
                self.settings_saved = Some(settings.clone());
                self.settings = settings;
                self.styled = false;
                // A fresh, untouched referral takes "My details".
                if self.edits == 0
                    && let Some(me) = &self.settings.my_details
                {
                    self.state.draft.referral.referrer = my_details(me);
                }
            }
            Err(why) => {
                // Left as it is: it may be readable again with the right key.
                self.settings_unreadable = true;
                self.notify(
                    true,
                    format!("Your settings could not be read ({why}). The defaults are used, and changes to settings are not saved in this session."),
                );
            }
        }
        match Library::open(&dir, keys) {
            Ok(library) => {
                let wake = self.wake.take().unwrap_or_else(|| Box::new(|| {}));
                self.attach_library(library, wake);
            }
            Err(e) => self.notify(
                true,
                format!("Drafts cannot be saved automatically: {e}. Use File → Save draft as to keep your work."),
            ),
        }
    }

    /// Locks: saves what is queued, then hides everything until the
    /// passphrase is given again.
    pub fn lock(&mut self, ctx: &egui::Context) {
        if self.key_file.is_none() {
            self.notify(
                true,
                "There is no passphrase to lock with: this window has no data folder.",
            );
            return;
        }
        self.autosave_now();
        self.flush();
        self.gate = Gate::Locked;
        self.lock_at = None;
        self.gate_form.error = None;
        self.gate_form.clear(ctx);
        self.gate_form.note = Some(if !self.state.dirty {
            "Your work was saved before locking.".to_owned()
        } else {
            "Your latest changes could not be saved yet: they are still in this window, and saving is tried again after you unlock.".to_owned()
        });
        if let Some(view) = &mut self.settings_view {
            view.forget_passphrases(ctx);
        }
    }

    /// Keeps drafts in `library`, saving in the background; `wake` asks the
    /// window for a frame when a save finishes. Finds drafts a previous
    /// session left behind, to offer them back.
    pub fn with_library(mut self, library: Library, wake: Box<dyn Fn() + Send>) -> Self {
        self.attach_library(library, wake);
        self
    }

    fn attach_library(&mut self, library: Library, wake: Box<dyn Fn() + Send>) {
        self.keys.get_or_insert_with(|| library.keys().clone());
        let library = Arc::new(library);
        let ctx = self.state.ctx();
        self.recovered = DraftLock::left_behind(&library)
            .into_iter()
            .filter_map(|id| library.load(id).ok())
            .map(|d| crate::library::DraftInfo::of(&d, ctx))
            .collect();
        self.autosaver = Some(Autosaver::start(library.clone(), self.clock.clone(), wake));
        self.library = Some(library);
    }

    pub fn library(&self) -> Option<&Library> {
        self.library.as_deref()
    }

    /// Creates the app inside eframe, with preferences from its storage.
    pub fn from_eframe(cc: &eframe::CreationContext<'_>) -> Self {
        Self::from_eframe_in(cc, None)
    }

    /// As [`App::from_eframe`], with the data folder from `--data-dir`.
    pub fn from_eframe_in(cc: &eframe::CreationContext<'_>, data_dir: Option<&Path>) -> Self {
        remove_plain_preferences();
        let app = Self::new(
            Box::new(NativeFilePicker::default()),
            Box::new(crate::clock::SystemClock),
            Settings::default(),
        );
        match crate::library::data_dir(data_dir) {
            Some(dir) => {
                let ctx = cc.egui_ctx.clone();
                app.with_data_dir(&dir, Box::new(move || ctx.request_repaint()))
            }
            None => {
                let mut app = app;
                app.notify(
                    true,
                    "Drafts cannot be saved automatically: no data folder was found. Use File → Save draft as to keep your work.",
                );
                app
            }
        }
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
            ctx.set_zoom_factor(self.settings.zoom);
            self.styled = true;
        }
        self.collect_saves();
        if ctx.input(|i| i.viewport().close_requested()) && !self.closing {
            // Write what is queued before the window goes; ask only if that fails.
            self.autosave_now();
            self.flush();
            if self.state.dirty {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.ask_about_unsaved(Then::Quit);
            }
        }
        if self.gate_frame(ui) {
            return;
        }
        // The date moves on if the app is left open past midnight.
        self.state.today = self.clock.today();
        let actions = if let Some(view) = &mut self.settings_view {
            let mut chosen = None;
            let can_change = self.key_file.is_some() && self.keys.is_some();
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.set_max_width(760.0);
                    chosen = settings_ui(ui, view, &mut self.settings, can_change);
                });
            });
            match chosen {
                Some(SettingsAction::Close) => self.settings_view = None,
                Some(SettingsAction::ChangePassphrase { old, new }) => {
                    self.change_passphrase(old, new);
                }
                None => {}
            }
            Vec::new()
        } else if let Some(view) = &mut self.drafts_view {
            let now = self.clock.now();
            let days = self.settings.stale_after_days;
            let mut chosen = None;
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.set_max_width(760.0);
                    chosen = drafts_ui(ui, view, now, days);
                });
            });
            if let Some(a) = chosen {
                self.drafts_action(a);
            }
            Vec::new()
        } else {
            self.state.read_only = self.read_only;
            form_ui(ui, &mut self.state)
        };
        if std::mem::take(&mut self.state.edited) && !self.read_only {
            // `updated_at` is when an answer last changed.
            self.state.draft.updated_at = self.clock.now();
            self.edits += 1;
            let now = Instant::now();
            self.last_edit = Some(now);
            self.first_unsaved.get_or_insert(now);
        }
        for action in actions {
            self.act(&ctx, action);
        }
        self.schedule_autosave(&ctx);
        self.unsaved_changes_modal(&ctx);
        self.recovery_modal(&ctx);
        self.offer_delete_modal(&ctx);
        self.export_modal(&ctx);
        self.settings.zoom = ctx.zoom_factor();
        self.save_settings();
        self.set_title(&ctx);
    }

    fn set_title(&mut self, ctx: &egui::Context) {
        let title = if self.gate == Gate::Open {
            self.window_title()
        } else {
            format!("{TITLE} – locked")
        };
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The passphrase screens, and locking after a time without input.
    /// True when a passphrase screen was shown instead of the form.
    fn gate_frame(&mut self, ui: &mut Ui) -> bool {
        let ctx = ui.ctx().clone();
        if self.gate == Gate::Open {
            let Some(after) = self.auto_lock_after() else {
                return false;
            };
            let active = ctx.input(|i| {
                i.events.iter().any(|e| {
                    matches!(
                        e,
                        egui::Event::Key { .. }
                            | egui::Event::Text(_)
                            | egui::Event::PointerButton { .. }
                            | egui::Event::PointerMoved(_)
                            | egui::Event::MouseWheel { .. }
                            | egui::Event::Paste(_)
                    )
                })
            });
            let now = Instant::now();
            if active || self.lock_at.is_none() {
                self.lock_at = Some(now + after);
            }
            let lock_at = self.lock_at.unwrap_or(now);
            if now < lock_at {
                // Wake up when the time is up, even with no input at all.
                ctx.request_repaint_after(lock_at - now);
                return false;
            }
            self.lock(&ctx);
        }
        // Ctrl+Q works here too; the work was saved when the app locked.
        let quit = ctx.input_mut(|i| {
            i.consume_shortcut(&egui::KeyboardShortcut::new(
                egui::Modifiers::COMMAND,
                egui::Key::Q,
            ))
        });
        if quit && !self.state.dirty {
            self.closing = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        let mut chosen = None;
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.set_max_width(560.0);
                chosen = gate_ui(ui, self.gate, &mut self.gate_form);
            });
        });
        if let Some(action) = chosen {
            self.gate_action(action);
            ctx.request_repaint();
        }
        self.set_title(&ctx);
        true
    }

    /// How long without input before locking; `None` when there is no
    /// passphrase to lock with.
    fn auto_lock_after(&self) -> Option<Duration> {
        self.key_file.as_ref()?;
        let minutes = self.settings.auto_lock_minutes.max(1);
        Some(Duration::from_secs(u64::from(minutes) * 60))
    }

    /// Writes the settings, encrypted, when they have changed.
    fn save_settings(&mut self) {
        let (Some(dir), Some(keys)) = (&self.data_dir, &self.keys) else {
            return;
        };
        if self.settings_unreadable || self.settings_saved.as_ref() == Some(&self.settings) {
            return;
        }
        match self.settings.save(dir, keys) {
            Ok(()) => self.settings_saved = Some(self.settings.clone()),
            Err(why) => {
                // Not again every frame: once per change.
                self.settings_saved = Some(self.settings.clone());
                self.notify(true, format!("Your settings could not be saved: {why}."));
            }
        }
    }

    fn change_passphrase(&mut self, old: String, new: String) {
        let (Some(file), Some(view)) = (&self.key_file, &mut self.settings_view) else {
            return;
        };
        use crate::crypto::secrecy::SecretString;
        let result = file.change_passphrase(&SecretString::from(old), &SecretString::from(new));
        view.passphrase_message = Some(match result {
            Ok(()) => (
                false,
                "Your passphrase has been changed. Use the new one from now on.".to_owned(),
            ),
            Err(KeyError::WrongPassphrase) => (
                true,
                "The current passphrase is not right, so nothing was changed.".to_owned(),
            ),
            Err(e) => (true, format!("{e} Nothing was changed.")),
        });
    }

    /// Carries out one action.
    pub fn act(&mut self, ctx: &egui::Context, action: Action) {
        if self.received
            && matches!(
                action,
                Action::SaveDraft | Action::SaveDraftAs | Action::Export
            )
        {
            self.notify(
                true,
                "This referral was sent to you: it is shown read-only, and is not saved or exported again from here. The file you opened is the record.",
            );
            return;
        }
        match action {
            Action::New => self.after_unsaved(ctx, Then::New),
            Action::Open => self.after_unsaved(ctx, Then::Open),
            Action::Quit => self.after_unsaved(ctx, Then::Quit),
            Action::SaveDraft => {
                if self.draft_path.is_none() && self.library.is_some() {
                    self.autosave_now();
                    if self.flush() {
                        self.notify(
                            false,
                            "Draft saved. Drafts are also saved automatically as you type.",
                        );
                    }
                } else {
                    self.save_draft();
                }
            }
            Action::ShowDrafts => self.show_drafts(),
            Action::ShowSettings => {
                self.drafts_view = None;
                self.settings_view = Some(SettingsView::default());
            }
            Action::Lock => self.lock(ctx),
            Action::SaveDraftAs => {
                self.save_draft_as();
            }
            Action::Export => self.export(),
            Action::RememberMyDetails => {
                self.settings.my_details = Some(my_details(&self.state.draft.referral.referrer));
            }
            Action::ClearMyDetails => {
                self.settings.my_details = None;
                self.notify(false, "Your details are no longer remembered on this computer. This referral still has them.");
            }
        }
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
        self.state.notice = Some(if error {
            Notice::error(text)
        } else {
            Notice::success(text)
        });
    }

    fn new_referral(&mut self) {
        if !self.safe_to_switch() {
            return;
        }
        let mut draft = Draft::new(self.clock.as_ref());
        if let Some(me) = &self.settings.my_details {
            draft.referral.referrer = my_details(me);
        }
        self.replace_draft(draft);
        self.draft_path = None;
    }

    /// Makes `draft` the one on screen: the previous draft's lock goes,
    /// and this one's is taken (or it is shown read-only when another window
    /// has it).
    fn replace_draft(&mut self, draft: Draft) {
        self.lock = None;
        self.read_only = false;
        self.received = false;
        let id = draft.id;
        self.state = FormState::new(draft, self.clock.today());
        self.last_page = self.state.page;
        // Edits are counted for the whole session, so a late report about
        // an earlier draft can never pass for this one.
        self.queued = self.edits;
        self.saved = self.edits;
        self.last_edit = None;
        self.first_unsaved = None;
        let in_library = self
            .library
            .as_ref()
            .is_some_and(|l| l.draft_path(id).exists());
        if in_library {
            self.take_lock();
        }
        if let Some(saver) = &self.autosaver {
            saver.track(id);
        }
    }

    /// Before another draft replaces the one on screen: its last edits must
    /// be written. False (with a message) when they could not be.
    fn safe_to_switch(&mut self) -> bool {
        if self.autosaver.is_none() || self.read_only {
            return true;
        }
        self.autosave_now();
        if self.flush() && self.saved == self.edits {
            return true;
        }
        self.notify(
            true,
            "Your latest changes could not be saved yet, so this draft stays open. Try again in a moment, or use File → Save draft as.",
        );
        false
    }

    /// Takes the lock on the current draft. Returns false (and shows the
    /// draft read-only) when another window holds it.
    fn take_lock(&mut self) -> bool {
        let Some(library) = &self.library else {
            return true;
        };
        match DraftLock::acquire(library, self.state.draft.id) {
            Ok((lock, _left_behind)) => {
                self.lock = Some(lock);
                true
            }
            Err(LockError::Held) => {
                self.read_only = true;
                self.notify(
                    true,
                    "This draft is open in another Prevent Referral window, so it is shown here read-only. Close it there to edit it here.",
                );
                false
            }
            Err(LockError::Io(reason)) => {
                self.notify(true, format!("This draft cannot be locked for editing ({reason}); it is still saved as you type."));
                true
            }
        }
    }

    /// Hands the draft to the background saver if there are edits it has
    /// not seen.
    fn autosave_now(&mut self) {
        if self.read_only || self.edits == self.queued || self.autosaver.is_none() {
            return;
        }
        if self.lock.is_none() && !self.take_lock() {
            return;
        }
        if let Some(saver) = &self.autosaver {
            saver.save(self.state.draft.clone(), self.edits);
            self.queued = self.edits;
            self.first_unsaved = None;
        }
    }

    /// Waits briefly for queued saves to be written. True when all are.
    fn flush(&mut self) -> bool {
        let Some(saver) = &self.autosaver else {
            return !self.state.dirty;
        };
        let result = saver.flush(Duration::from_secs(2));
        self.collect_saves();
        match result {
            Ok(()) => true,
            Err(reason) => {
                self.notify(
                    true,
                    format!("Could not save the draft: {reason}. Your work is still here."),
                );
                false
            }
        }
    }

    /// Saves a second after the last keystroke, and at once on a page change
    /// or when the window loses focus.
    fn schedule_autosave(&mut self, ctx: &egui::Context) {
        if self.autosaver.is_none() || self.edits == self.queued {
            return;
        }
        let focused = ctx.input(|i| i.viewport().focused).unwrap_or(true);
        let lost_focus = self.was_focused && !focused;
        self.was_focused = focused;
        let page_changed = self.state.page != self.last_page;
        self.last_page = self.state.page;
        let waited = self.last_edit.map_or(AUTOSAVE_AFTER, |t| t.elapsed());
        let oldest = self.first_unsaved.map_or(Duration::ZERO, |t| t.elapsed());
        if page_changed
            || lost_focus
            || waited >= AUTOSAVE_AFTER
            || oldest >= AUTOSAVE_AFTER * 3 / 2
        {
            self.autosave_now();
        } else {
            // One frame when the pause is over; none while idle.
            ctx.request_repaint_after(AUTOSAVE_AFTER - waited);
        }
    }

    /// Takes in what the background saver has done.
    fn collect_saves(&mut self) {
        let Some(saver) = &self.autosaver else {
            return;
        };
        for saved in saver.results() {
            match saved {
                Saved::Ok { id, generation } if id == self.state.draft.id => {
                    self.saved = self.saved.max(generation);
                    if self.saved == self.edits {
                        self.state.dirty = false;
                    }
                    if self
                        .state
                        .notice
                        .as_ref()
                        .is_some_and(|n| n.text.starts_with("Could not save"))
                    {
                        self.notify(false, "Saving works again: your draft is saved.");
                    }
                }
                Saved::Ok { .. } => {}
                Saved::Failed { reason, .. } => {
                    self.notify(
                        true,
                        format!("Could not save the draft: {reason}. Your work is still here, and saving will be tried again every few seconds."),
                    );
                }
                Saved::Forked {
                    old,
                    new,
                    generation,
                } if old == self.state.draft.id => {
                    self.state.draft.id = new;
                    self.saved = self.saved.max(generation);
                    if self.saved == self.edits {
                        self.state.dirty = false;
                    }
                    self.lock = None;
                    self.take_lock();
                    self.notify(
                        true,
                        "The saved copy of this draft was changed outside this window. It has been left as it was, and your work has been saved as a new draft.",
                    );
                }
                Saved::Forked { .. } => {}
            }
        }
    }

    /// Opens the drafts screen.
    pub fn show_drafts(&mut self) {
        let Some(library) = self.library.clone() else {
            self.notify(
                true,
                "There is no drafts library on this computer: use File → Open.",
            );
            return;
        };
        // The draft on screen is listed as it is now.
        self.autosave_now();
        self.flush();
        let items = match library.list(self.state.ctx()) {
            Ok(items) => items
                .into_iter()
                .map(|i| i.map_err(|e| e.to_string()))
                .collect(),
            Err(e) => vec![Err(e.to_string())],
        };
        self.drafts_view = Some(DraftsView {
            items,
            ..DraftsView::default()
        });
    }

    fn drafts_action(&mut self, action: DraftsAction) {
        let Some(library) = self.library.clone() else {
            return;
        };
        match action {
            DraftsAction::Close => self.drafts_view = None,
            DraftsAction::Open(id) => {
                self.drafts_view = None;
                self.open_library_draft(id);
            }
            DraftsAction::Rename(id, label) => {
                if id == self.state.draft.id && self.read_only {
                    self.notify(
                        true,
                        "This draft is open in another window: rename it there.",
                    );
                } else if id != self.state.draft.id && DraftLock::is_held(&library, id) {
                    self.notify(
                        true,
                        "That draft is open in another window: rename it there.",
                    );
                } else if id == self.state.draft.id {
                    self.state.draft.label =
                        Some(label.trim().to_owned()).filter(|l| !l.is_empty());
                    self.state.edited = true;
                    self.edits += 1;
                    self.autosave_now();
                    self.flush();
                } else if let Err(e) = library.rename(id, &label, self.state.ctx()) {
                    self.notify(true, format!("Could not rename the draft: {e}."));
                } else if let Some(saver) = &self.autosaver {
                    saver.track(id);
                }
                self.show_drafts();
            }
            DraftsAction::Delete(id) => {
                self.delete_draft(id);
                self.show_drafts();
            }
        }
    }

    /// Deletes a draft from the library, every copy of it.
    pub fn delete_draft(&mut self, id: uuid::Uuid) {
        let Some(library) = self.library.clone() else {
            return;
        };
        if id == self.state.draft.id {
            if self.read_only {
                self.notify(
                    true,
                    "This draft is open in another window: it cannot be deleted from here.",
                );
                return;
            }
            // Deleting the draft on screen: nothing queued may bring it back.
            if let Some(saver) = &self.autosaver {
                saver.forget(id);
            }
            self.queued = self.edits;
            self.saved = self.edits;
            self.state.dirty = false;
            self.lock = None;
            self.new_referral();
        }
        match library.delete(id) {
            Ok(()) => self.notify(false, "The draft was deleted, with every copy of it."),
            Err(e) => self.notify(true, format!("Could not delete the draft: {e}.")),
        }
    }

    /// Opens a draft from the library.
    pub fn open_library_draft(&mut self, id: uuid::Uuid) {
        let Some(library) = self.library.clone() else {
            return;
        };
        if id == self.state.draft.id {
            if self.read_only {
                // Maybe the other window has closed it now.
                self.lock = None;
                self.read_only = false;
                if self.take_lock() {
                    self.notify(false, "You can edit this draft now.");
                }
            }
            return;
        }
        if !self.safe_to_switch() {
            return;
        }
        match library.load(id) {
            Ok(draft) => {
                let label = draft.label();
                self.replace_draft(draft);
                self.draft_path = None;
                if !self.read_only {
                    self.notify(false, format!("Opened “{label}”."));
                }
            }
            Err(e) => self.notify(
                true,
                format!("Could not open the draft: {e}. Your current referral has not changed."),
            ),
        }
    }

    fn recovery_modal(&mut self, ctx: &egui::Context) {
        if self.recovered.is_empty() || self.unsaved_prompt.is_some() {
            return;
        }
        let mut restore = None;
        let mut dismiss = false;
        egui::Modal::new(egui::Id::unique("recovered")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.label(RichText::new("Your work was recovered").strong().size(18.0));
            ui.label("Prevent Referral did not close properly last time (the computer may have stopped, or the program was ended). Everything up to a second or two before was saved:");
            for info in &self.recovered {
                ui.add_space(6.0);
                ui.label(RichText::new(&info.label).strong());
                ui.label(format!(
                    "Last edited {}",
                    info.updated_at.with_timezone(&chrono::Local).format("%-d %B %Y at %H:%M:%S")
                ));
                let name = info.label.clone();
                if ui.button("Restore it").accessible_name(format!("Restore {name}")).clicked() {
                    restore = Some(info.id);
                }
            }
            ui.add_space(8.0);
            if ui.button("Not now").clicked() {
                dismiss = true;
            }
            ui.label(RichText::new("Recovered drafts stay on the drafts screen either way.").weak());
        });
        if let Some(id) = restore {
            self.clear_recovered();
            self.open_library_draft(id);
        } else if dismiss {
            self.clear_recovered();
        }
    }

    /// Forgets the left-behind locks: their drafts stay in the library.
    fn clear_recovered(&mut self) {
        if let Some(library) = &self.library {
            for info in std::mem::take(&mut self.recovered) {
                // Taking and dropping the lock removes the stale lock file.
                let _ = DraftLock::acquire(library, info.id);
            }
        }
    }

    fn offer_delete_modal(&mut self, ctx: &egui::Context) {
        let Some(id) = self.offer_delete else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("offer_delete")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            ui.label(
                RichText::new("The referral was exported")
                    .strong()
                    .size(18.0),
            );
            ui.label("The export file is now the record. Delete the draft from this computer?");
            ui.horizontal(|ui| {
                if ui.button("Delete the draft").clicked() {
                    choice = Some(true);
                }
                if ui.button("Keep the draft").clicked() {
                    choice = Some(false);
                }
            });
        });
        match choice {
            Some(true) => {
                self.offer_delete = None;
                self.delete_draft(id);
            }
            Some(false) => self.offer_delete = None,
            None => {}
        }
    }

    /// Opens a draft or an export. On any problem the current work is left
    /// exactly as it was and the message names the file.
    pub fn open(&mut self) {
        let Some(path) = self.picker.open_file() else {
            return;
        };
        if !self.safe_to_switch() {
            return;
        }
        let name = display_name(&path);
        let mut received = false;
        let opened = read_bytes(&path)
            .and_then(|bytes| {
                if !is_encrypted(&bytes) {
                    return Ok(bytes);
                }
                let own = self.keys.as_ref().map(|k| k.open(&bytes));
                match own {
                    Some(Ok(plain)) => Ok(plain),
                    Some(Err(e)) if e != crate::crypto::DecryptFailure::NotForThisKey => {
                        Err(OpenError::Decrypt(e))
                    }
                    // Encrypted for someone else: the receiving team's side.
                    _ => {
                        received = true;
                        self.decrypt_received(&bytes)
                    }
                }
            })
            .and_then(|bytes| open_bytes(&bytes));
        match opened {
            Ok(Opened::Export(read)) if received => {
                let draft = Draft::from_export(read, self.clock.as_ref());
                self.replace_draft(draft);
                self.lock = None;
                self.read_only = true;
                self.received = true;
                self.draft_path = None;
                self.state.go(crate::ui::Page::Section(crate::model::SectionId::Declaration));
                self.state.ready_to_export();
                self.notify(
                    false,
                    format!("Decrypted {name}. It is shown read-only: the declaration page lists any problems with it."),
                );
            }
            Ok(Opened::Draft(_)) if received => self.notify(
                true,
                format!("Could not open {name}: it is a draft from another computer, not an export. Your current referral has not changed."),
            ),
            Ok(Opened::Draft(draft)) => {
                self.replace_draft(draft);
                self.draft_path = Some(path);
                self.notify(false, format!("Opened the draft {name}."));
            }
            Ok(Opened::Export(read)) => {
                let mut draft = Draft::from_export(read, self.clock.as_ref());
                if self
                    .library
                    .as_ref()
                    .is_some_and(|l| l.draft_path(draft.id).exists())
                {
                    // The library already has this referral: this is a new copy.
                    draft.id = uuid::Uuid::new_v4();
                }
                self.replace_draft(draft);
                // Saving asks where: the export file itself is left alone.
                self.draft_path = None;
                self.state.dirty = true;
                // Into the library at once, as a new draft.
                self.edits += 1;
                self.first_unsaved = Some(Instant::now());
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

    /// Decrypts an export encrypted for someone else, with an identity
    /// file the user chooses.
    fn decrypt_received(&mut self, bytes: &[u8]) -> Result<Vec<u8>, OpenError> {
        let Some(identity_path) = self.picker.identity_file() else {
            return Err(OpenError::Decrypt(
                crate::crypto::DecryptFailure::NotForThisKey,
            ));
        };
        let id_name = display_name(&identity_path);
        let identities = crate::file::read_bytes(&identity_path)
            .map_err(|e| OpenError::Io(format!("the identity file {id_name} {e}")))
            .and_then(|b| {
                parse_identity_file(&b)
                    .map_err(|why| OpenError::Io(format!("the identity file {id_name} {why}")))
            })?;
        crate::crypto::decrypt_with_file(&identities, bytes).map_err(OpenError::Decrypt)
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
            "prevent-referral-draft-{}-{}.{}",
            self.clock.today().format("%Y-%m-%d"),
            id.get(..8).unwrap_or(&id),
            if self.keys.is_some() { "age" } else { "json" }
        );
        match self.picker.save_file("Save the draft", &suggested) {
            Some(path) => self.write_draft(&path),
            None => false,
        }
    }

    fn write_draft(&mut self, path: &Path) -> bool {
        if self.received {
            self.notify(
                true,
                "This referral was sent to you: it is kept as its export file, not as a draft.",
            );
            return false;
        }
        // With a key, the saved draft is encrypted to it like the library's.
        let bytes = match &self.keys {
            Some(keys) => match keys.seal(self.state.draft.to_json().as_bytes()) {
                Ok(b) => b,
                Err(e) => {
                    self.notify(
                        true,
                        format!("Could not encrypt the draft ({e}); nothing was written."),
                    );
                    return false;
                }
            },
            None => self.state.draft.to_json().into_bytes(),
        };
        match write_private(path, &bytes) {
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
        if self.settings.recipients.is_empty() {
            self.export_for(&[], false);
        } else {
            // Ask which teams to encrypt for; all are ticked to start with.
            self.export_choice = Some(ExportChoice {
                teams: vec![true; self.settings.recipients.len()],
                armored: false,
            });
        }
    }

    fn export_modal(&mut self, ctx: &egui::Context) {
        let Some(choice) = &mut self.export_choice else {
            return;
        };
        let mut go = None;
        let modal = egui::Modal::new(egui::Id::unique("export_choice")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.label(RichText::new("Export the referral").strong().size(18.0));
            ui.label("Encrypt the export so that only the teams you tick can open it. Send it by your organisation's secure route either way.");
            for (ticked, team) in choice.teams.iter_mut().zip(&self.settings.recipients) {
                ui.checkbox(ticked, format!("Encrypt for {}", team.name));
            }
            ui.checkbox(
                &mut choice.armored,
                "As text (for pasting into a secure email)",
            );
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let any = choice.teams.iter().any(|t| *t);
                let label = if any {
                    "Export encrypted"
                } else {
                    "Export without encryption"
                };
                if ui.button(label).clicked() {
                    go = Some(true);
                }
                if ui.button("Cancel").clicked() {
                    go = Some(false);
                }
            });
        });
        if modal.should_close() {
            go.get_or_insert(false);
        }
        match go {
            Some(true) => {
                let choice = self.export_choice.take().unwrap_or_default();
                let keys: Vec<String> = choice
                    .teams
                    .iter()
                    .zip(&self.settings.recipients)
                    .filter(|(t, _)| **t)
                    .map(|(_, r)| r.public_key.clone())
                    .collect();
                self.export_for(&keys, choice.armored);
            }
            Some(false) => self.export_choice = None,
            None => {}
        }
    }

    /// Writes the export, encrypted to `public_keys` when any are given.
    /// When encryption fails nothing is written.
    pub fn export_for(&mut self, public_keys: &[String], armored: bool) {
        let mut recipients = Vec::new();
        for key in public_keys {
            match parse_recipient(key) {
                Ok(r) => recipients.push(r),
                Err(why) => {
                    self.notify(
                        true,
                        format!(
                            "The export was not written: a team's key in Settings is wrong ({why})."
                        ),
                    );
                    return;
                }
            }
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
        let json = to_json(&doc);
        let (bytes, name) = if recipients.is_empty() {
            (json.into_bytes(), export_file_name(&doc))
        } else {
            let refs: Vec<&dyn age::Recipient> = recipients.iter().map(|r| r as _).collect();
            match encrypt_to(&refs, json.as_bytes(), armored) {
                Ok(sealed) => (sealed, format!("{}.age", export_file_name(&doc))),
                Err(e) => {
                    self.notify(
                        true,
                        format!("The export could not be encrypted ({e}), so nothing was written."),
                    );
                    return;
                }
            }
        };
        let Some(path) = self.picker.save_file("Export the referral", &name) else {
            return;
        };
        match write_private(&path, &bytes) {
            Ok(()) => {
                self.notify(
                    false,
                    format!(
                        "Referral exported as {}. Send it to your local police Prevent team by a secure route.",
                        display_name(&path)
                    ),
                );
                if !self.read_only
                    && self
                        .library
                        .as_ref()
                        .is_some_and(|l| l.draft_path(self.state.draft.id).exists())
                {
                    self.offer_delete = Some(self.state.draft.id);
                }
            }
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
                let saved = if self.autosaver.is_some() && self.draft_path.is_none() {
                    self.autosave_now();
                    self.flush() && self.saved == self.edits
                } else {
                    self.save_draft()
                };
                if saved {
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

    /// Nothing is kept by eframe: settings are encrypted in the data
    /// folder, and egui's memory could hold typed text.
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

/// Version 0.1.0 kept "My details" in eframe's preferences file, in plain
/// text. It is deleted when the app starts; the details are entered again.
fn remove_plain_preferences() {
    for name in [APP_ID, TITLE] {
        if let Some(dirs) = directories::ProjectDirs::from("", "", name) {
            let path = dirs.data_dir().join("app.ron");
            if path.is_file() {
                let _ = std::fs::remove_file(&path);
            }
        }
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
    let png = include_bytes!("../../assets/icons/prevent-referral-256.png");
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
pub fn run(data_dir: Option<&Path>) -> eframe::Result {
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
        Box::new(move |cc| Ok(Box::new(App::from_eframe_in(cc, data_dir)))),
    )
}
