//! The desktop application's shell: owns the referral being edited and
//! carries out what the screens ask for (open, save, export) through small
//! traits, so tests never open a real dialog or read the real clock.
//!
//! - [`session`]: the passphrase gate, the keys, locking and auto-lock;
//! - `autosave`: handing edits to the background saver, draft locks;
//! - `files`: open, save as and export, through [`crate::record::inbox`] and
//!   [`crate::record::outbox`];
//! - `pdf`: "Save a copy as PDF", through [`crate::pdf`];
//! - `drafts`: the drafts library and its screen;
//! - `commands`: carrying out a [`Command`];
//! - `dialogs`: acting on what the dialogs in [`crate::ui::dialogs`] return;
//! - [`picker`]: the native file dialogs, behind [`FilePicker`].

mod autosave;
mod chooser;
mod commands;
mod dialog_queue;
mod dialogs;
mod drafts;
mod files;
mod hide;
mod launch;
mod managed;
mod pdf;
pub mod picker;
mod records;
mod referred_before;
pub mod renderer;
pub mod screen;
pub mod session;
mod tasks;

pub use crate::record::library::AUTOSAVE_AFTER;
pub use crate::storage::settings::Settings;
pub use crate::ui::Command;
pub use crate::ui::dialogs::ExportChoice;
pub use crate::ui::drafts::{DraftsAction, DraftsView};
pub use crate::ui::gate::{Gate, GateAction, GateForm};
pub use crate::ui::settings::{SettingsAction, SettingsView};
pub use dialog_queue::{Dialog, Dialogs};
pub use launch::{icon, run};
pub use picker::{FilePicker, NativeFilePicker};
pub use screen::{HistoryView, Screen};
pub use session::Session;

use crate::clock::Clock;
use crate::i18n::{Message, t};
use crate::model::Referrer;
use crate::msg;
use crate::notice::{Notice, NoticeKind};
use crate::record::draft::Draft;
use crate::record::library::{
    Autosaver, DiskWriter, DraftInfo, DraftLock, Library, SaveTracker, Writer,
};
use crate::tr;
use crate::ui::drafts::drafts_ui;
use crate::ui::settings::settings_ui;
use crate::ui::{FormState, Page, form_ui};
use eframe::egui::{self, Ui, ViewportCommand};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// The app id, matching the desktop entry in `packaging/linux/`.
pub const APP_ID: &str = "org.preventreferral.PreventReferral";
/// The window title, before any draft marker.
pub const TITLE: &str = "Prevent Referral";

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
    /// The dialogs waiting for the person; the first is on show.
    pub dialogs: Dialogs,
    picker: Box<dyn FilePicker>,
    clock: Arc<dyn Clock>,
    /// Writes "Save draft as" and export files.
    writer: Arc<dyn Writer>,
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
    /// Which edits there are, were handed to the saver, and are written.
    tracker: SaveTracker,
    last_page: Page,
    /// Drafts left by a session that did not close, offered at start.
    pub recovered: Vec<DraftInfo>,
    /// The passphrase, the keys and locking.
    pub session: Session,
    /// Asks the window for a frame (kept until the library starts).
    wake: Option<Box<dyn Fn() + Send>>,
    /// The settings as last written, to write only what changed.
    settings_saved: Option<Settings>,
    /// The settings file could not be read: it is not written over.
    settings_unreadable: bool,
    /// The screen on show: the form, or one in front of it.
    pub screen: Screen,
    referred_before: referred_before::Lookup,
    /// Opened with someone else's identity: shown read-only, never saved.
    pub received: bool,
    /// "Hide now": a plain screen covers everything.
    pub hidden: bool,
    /// Asked to save first ("Save" in the unsaved-changes question) while
    /// the draft is written off the window's thread: what follows once it
    /// is written, and only if it was.
    after_saving: Option<Then>,
    /// The person was told why the app's own chooser is shown.
    chooser_explained: bool,
    /// The folder last chosen in the app's own chooser.
    last_folder: Option<PathBuf>,
    /// Shift presses towards three.
    shift: crate::hide::ShiftPresses,
    /// The history's clock: the wall clock read once, then monotonic.
    history_clock: crate::record::history::HistoryClock,
    /// The answers as last handed to the saver: a save notes the
    /// questions that differ from these.
    saved_referral: crate::model::Referral,
    /// "Make a correction": the reason typed so far, while asked for.
    pub correction: Option<String>,
    /// "Make a correction" was asked for with no reason.
    pub correction_error: bool,
    /// "Mark as sent" or "What happened next", while open on the history
    /// screen: the boxes as typed.
    pub record_form: Option<crate::record::history::RecordForm>,
    /// This sitting's "saved" entry in the history, while it is the latest:
    /// a sitting's edits are one entry, brought up to date.
    sitting: Option<usize>,
    /// Slow work under way off the window's thread, with its progress line.
    task: Option<tasks::Task>,
    /// How long a task is waited for before it shows as running.
    task_wait: std::time::Duration,
    /// The referral whose broken history the person has seen and chosen to
    /// carry on with, this session.
    chain_seen: Option<uuid::Uuid>,
    /// Something was typed while a task ran (a file being opened).
    typed_during_task: bool,
    /// The managed settings found at start (src/policy): in force, none,
    /// or refused with the reasons.
    pub policy: crate::policy::Loaded,
    /// The last check of the record on screen: its id, its history's
    /// length and the outcome. An exported referral cannot change without
    /// a new entry, so it is worked out again only when one is added.
    record_checked: Option<(uuid::Uuid, usize, crate::record::history::Check)>,
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
        let saved_referral = draft.referral.clone();
        let history_clock = crate::record::history::HistoryClock::start(clock.as_ref());
        let state = FormState::new(draft, clock.today());
        let last_page = state.page;
        Self {
            state,
            settings,
            draft_path: None,
            dialogs: Dialogs::default(),
            picker,
            clock,
            writer: Arc::new(DiskWriter),
            closing: false,
            title: String::new(),
            styled: false,
            library: None,
            autosaver: None,
            lock: None,
            read_only: false,
            tracker: SaveTracker::new(),
            last_page,
            recovered: Vec::new(),
            session: Session::open(),
            wake: None,
            settings_saved: None,
            settings_unreadable: false,
            screen: Screen::Form,
            referred_before: referred_before::Lookup::default(),
            received: false,
            hidden: false,
            after_saving: None,
            chooser_explained: false,
            last_folder: None,
            shift: crate::hide::ShiftPresses::default(),
            history_clock,
            saved_referral,
            correction: None,
            correction_error: false,
            record_form: None,
            sitting: None,
            task: None,
            task_wait: tasks::QUICK,
            chain_seen: None,
            typed_during_task: false,
            record_checked: None,
            policy: crate::policy::Loaded::default(),
        }
    }

    /// Waits up to `wait` for each slow task (opening, a PDF copy) before
    /// showing it as running. For tests that take each step at once: the
    /// work still runs on its own thread and comes back the same way.
    pub fn waiting_for_tasks(mut self, wait: std::time::Duration) -> Self {
        self.set_task_wait(wait);
        self
    }

    /// As [`App::waiting_for_tasks`], on the app as it runs.
    pub fn set_task_wait(&mut self, wait: std::time::Duration) {
        self.task_wait = wait;
    }

    /// Writes "Save draft as" and export files through `writer` (tests put
    /// a failing disk here).
    pub fn with_writer(mut self, writer: Arc<dyn Writer>) -> Self {
        self.writer = writer;
        self
    }

    /// The title last given to the window.
    pub fn window_title_shown(&self) -> &str {
        &self.title
    }

    /// The window title: never a person's name.
    /// The window title: never a person's name, nor an id; the day the
    /// referral was started tells one from another.
    pub fn window_title(&self) -> String {
        use chrono::Datelike;
        let started = self
            .state
            .draft
            .created_at
            .with_timezone(&chrono::Local)
            .date_naive();
        let format = crate::i18n::date_format("answers-date-format", started.month());
        let date = started.format(&format).to_string();
        if self.state.dirty {
            tr!("window-title-unsaved", app = t("app-name"), date = date)
        } else {
            tr!("window-title", app = t("app-name"), date = date)
        }
    }

    /// One frame: the screen, what it asked for, then the focus ring over
    /// whatever has the focus (on every screen, the passphrase's included).
    pub fn frame(&mut self, ui: &mut Ui) {
        self.screens(ui);
        crate::ui::style::focus_ring(ui.ctx());
    }

    /// The form (or the screen over it), then what it asked for.
    fn screens(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            crate::ui::style::apply(&ctx);
            ctx.set_zoom_factor(self.settings.zoom);
            self.styled = true;
        }
        self.collect_saves();
        // A write's result is taken in at once, hidden or locked too: what
        // it records belongs in the history as soon as the file is there.
        self.poll_saving(&ctx);
        if ctx.input(|i| i.viewport().close_requested()) {
            // An export or copy being written is finished and recorded
            // first, however the window is closed (Quit included); if it
            // is still going, the window stays and says so.
            let writing = self.task.as_ref().is_some_and(|t| !t.doing.can_cancel());
            if !self.finish_saving(std::time::Duration::from_secs(10)) {
                // The frame goes on as usual: Hide still answers.
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.closing = false;
                self.notify(NoticeKind::Error, msg!("notice-still-saving"));
            } else if !self.closing || writing {
                // Write what is queued (the write's record too) before the
                // window goes; ask only if that fails.
                self.autosave_now();
                self.flush();
                if self.state.dirty {
                    ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                    self.closing = false;
                    self.ask_about_unsaved(Then::Quit);
                }
            }
        }
        // Hide now, before anything of the referral is drawn this frame.
        if self.hide_asked(&ctx) {
            self.hide(&ctx);
        }
        if self.hidden {
            self.hidden_frame(ui);
            return;
        }
        self.name_window(&ctx);
        if self.gate_frame(ui) {
            return;
        }
        // The date moves on if the app is left open past midnight.
        self.state.today = self.clock.today();
        self.state.initials_only = self.settings.initials_only;
        // A task's result is taken in only while the referral can be seen.
        self.poll_task(&ctx);
        if self.after_saving.is_some() && !self.task_running() {
            // Written, or refused (then the draft is still unsaved and the
            // notice says why): only a written draft lets it go on.
            if let Some(then) = self.after_saving.take()
                && !self.state.dirty
            {
                self.proceed(&ctx, then);
            }
        }
        self.poll_passphrase_change(&ctx);
        self.referred_before_frame(&ctx);
        // The menu bar and the shortcuts work on every screen.
        let mut commands = Vec::new();
        crate::ui::menu::handle_shortcuts(ui, &mut commands);
        egui::Panel::top("menu").show(ui, |ui| crate::ui::menu::menu_bar(ui, &mut commands));
        self.task_line(ui);
        if commands.contains(&Command::Lock) {
            // The Hide button was drawn this pass: this pass is thrown away
            // and the next one, in the same frame, shows the plain screen.
            self.hide(&ctx);
            ctx.request_discard("hide now");
            return;
        }
        commands.extend(self.screen(ui));
        if std::mem::take(&mut self.state.edited) && !self.read_only {
            // `updated_at` is when an answer last changed.
            self.state.draft.updated_at = self.clock.now();
            self.tracker.edited(Instant::now());
            self.typed_during_task |= self.task.is_some();
        }
        for command in commands {
            self.act(&ctx, command);
        }
        self.schedule_autosave(&ctx);
        self.dialogs(&ctx);
        self.settings.zoom = ctx.zoom_factor();
        self.save_settings();
        self.set_title(&ctx);
    }

    /// The screen on show: home, the history, settings, the drafts, or the form.
    fn screen(&mut self, ui: &mut Ui) -> Vec<Command> {
        match &mut self.screen {
            Screen::Home(view) => {
                let mut chosen = None;
                egui::CentralPanel::default().show(ui, |ui| {
                    egui::ScrollArea::vertical().id_salt("home").show(ui, |ui| {
                        ui.set_max_width(760.0);
                        chosen = crate::ui::home::home_ui(ui, view);
                    });
                });
                if let Some(a) = chosen {
                    self.home_action(a);
                }
                Vec::new()
            }
            Screen::History(view) => {
                let mut chosen = None;
                // Each screen scrolls on its own: sharing the form's scroll
                // state, "Back to the referral" put the page where the history
                // had been scrolled to.
                let mut area = egui::ScrollArea::vertical().id_salt("history");
                if std::mem::take(&mut view.arrived) {
                    area = area.vertical_scroll_offset(0.0);
                }
                egui::CentralPanel::default().show(ui, |ui| {
                    area.show(ui, |ui| {
                        ui.set_max_width(760.0);
                        let today = self.clock.today();
                        let record = (!self.received && !self.read_only)
                            .then_some((today, &mut self.record_form));
                        chosen = crate::ui::history::history_ui(
                            ui,
                            &self.state.draft,
                            &mut view.shown,
                            record,
                        );
                    });
                });
                match chosen {
                    Some(crate::ui::history::HistoryAction::Back) => {
                        self.screen = Screen::Form;
                        Vec::new()
                    }
                    Some(crate::ui::history::HistoryAction::SavePdf) => vec![Command::SavePdf],
                    Some(crate::ui::history::HistoryAction::Record(a)) => {
                        self.record_action(a);
                        Vec::new()
                    }
                    None => Vec::new(),
                }
            }
            Screen::Settings(view) => {
                let mut chosen = None;
                let can_change = self.session.can_change_passphrase();
                let changing = self.session.is_changing();
                egui::CentralPanel::default().show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("settings")
                        .show(ui, |ui| {
                            ui.set_max_width(760.0);
                            chosen = settings_ui(
                                ui,
                                view,
                                &mut self.settings,
                                &self.policy,
                                can_change,
                                changing,
                            );
                        });
                });
                match chosen {
                    Some(SettingsAction::Close) => self.screen = Screen::Form,
                    Some(SettingsAction::ChangePassphrase { old, new }) => {
                        self.change_passphrase(old, new);
                    }
                    None => {}
                }
                Vec::new()
            }
            Screen::Drafts(view) => {
                let now = self.clock.now();
                let days = self.settings.stale_after_days;
                let mut chosen = None;
                egui::CentralPanel::default().show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("drafts")
                        .show(ui, |ui| {
                            ui.set_max_width(760.0);
                            chosen = drafts_ui(ui, view, now, days);
                        });
                });
                if let Some(a) = chosen {
                    self.drafts_action(a);
                }
                Vec::new()
            }
            Screen::Form => self.form_screen(ui),
        }
    }

    /// The referral's pages, with the banner of a record that does not hold.
    fn form_screen(&mut self, ui: &mut Ui) -> Vec<Command> {
        let sent = self.is_sent() && !self.received;
        self.state.read_only = self.read_only || sent;
        if !self.received
            && self.chain_seen != Some(self.state.draft.id)
            && self.record_check() != crate::record::history::Check::Holds
        {
            let what = crate::ui::history::check_line(&self.state.draft);
            match crate::ui::chain::chain_banner(ui, &what) {
                Some(crate::ui::chain::ChainAction::ShowHistory) => self.show_history(),
                Some(crate::ui::chain::ChainAction::CarryOn) => {
                    self.chain_seen = Some(self.state.draft.id);
                }
                None => {}
            }
        }
        let chosen = if sent {
            crate::ui::sent::sent_banner(
                ui,
                &self.state.draft.history,
                &mut self.correction,
                self.correction_error,
            )
        } else if !self.received && self.state.draft.history.exported_unchanged().is_some() {
            crate::ui::sent::exported_banner(ui, &self.state.draft.history)
        } else {
            None
        };
        if let Some(a) = chosen {
            self.sent_action(a);
        }
        form_ui(ui, &mut self.state)
    }

    /// Whether the record on screen can be trusted ([`Draft::record_check`]),
    /// worked out once per change of its history, not in every frame.
    fn record_check(&mut self) -> crate::record::history::Check {
        let draft = &self.state.draft;
        let key = (draft.id, draft.history.len());
        match self.record_checked {
            Some((id, len, check)) if (id, len) == key => check,
            _ => {
                let check = draft.record_check();
                self.record_checked = Some((key.0, key.1, check));
                check
            }
        }
    }

    /// The "Cymraeg / English" switch, for the screens without a menu bar
    /// (the passphrase screens: every other screen has the menu bar's).
    fn language_bar(&mut self, ui: &mut Ui) {
        if let Some(language) = crate::ui::language::language_bar(ui) {
            let ctx = ui.ctx().clone();
            self.act(&ctx, Command::SetLanguage(language));
        }
    }

    /// The window's accessible name is its title, and the whole tree
    /// carries the language, so a screen reader names the window and
    /// speaks with the right voice.
    fn name_window(&mut self, ctx: &egui::Context) {
        self.set_title(ctx);
        let title = self.title.clone();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(title);
            node.set_language(crate::i18n::language().tag().to_owned());
        });
    }

    fn set_title(&mut self, ctx: &egui::Context) {
        let title = if self.session.gate == Gate::Open {
            self.window_title()
        } else {
            tr!("window-title-locked", app = t("app-name"))
        };
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Shows a notice at the top of the window.
    fn notify(&mut self, kind: NoticeKind, text: Message) {
        self.state.notice = Some(Notice { kind, text });
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
