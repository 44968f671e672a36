//! The session: the installation key behind the passphrase, the screens in
//! front of everything (first start, locked), locking on request and after
//! a time without input, and changing the passphrase.

use super::tasks::{Pending, Polled};
use super::{App, Command};
use crate::i18n::t;
use crate::msg;
use crate::notice::{Notice, NoticeKind};
use crate::record::library::Library;
use crate::storage::crypto::secrecy::{ExposeSecret, SecretString};
use crate::storage::crypto::{KeyError, KeyFile, Keys, passphrase_from_env};
use crate::storage::settings::Settings;
use crate::tr;
use crate::ui::gate::{Gate, GateAction, GateForm, gate_ui};
use eframe::egui::{self, Ui, ViewportCommand};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Where the passphrase stands, and the keys once unlocked.
#[derive(Debug)]
pub struct Session {
    /// Locked, first start, or open.
    pub gate: Gate,
    pub gate_form: GateForm,
    /// When the app locks itself: `auto_lock_minutes` after the last key
    /// press, click or pointer move.
    pub lock_at: Option<Instant>,
    /// The data folder and its key file; `None` in a window without one.
    data_dir: Option<PathBuf>,
    key_file: Option<KeyFile>,
    /// The installation key, once unlocked.
    keys: Option<Keys>,
    /// The passphrase being tried (one scrypt run, about half a second,
    /// longer on a slow computer) off the window's thread.
    trying: Option<Pending<Result<Keys, KeyError>>>,
    /// A change of passphrase under way (two scrypt runs), and what it
    /// led to, to show.
    changing: Option<Pending<Notice>>,
}

impl Session {
    /// A window with no data folder: nothing to unlock or lock.
    pub fn open() -> Self {
        Self {
            gate: Gate::Open,
            gate_form: GateForm::default(),
            lock_at: None,
            data_dir: None,
            key_file: None,
            keys: None,
            trying: None,
            changing: None,
        }
    }

    /// Keys in `data_dir`: chosen at first start, asked for after. A
    /// missing key file with encrypted files left is said at once.
    pub fn in_dir(data_dir: &Path) -> Self {
        let key_file = KeyFile::in_dir(data_dir);
        let mut session = Self::open();
        session.gate = if key_file.exists() {
            Gate::Locked
        } else {
            let orphans = key_file.orphans();
            if orphans > 0 {
                session.gate_form.note = Some(tr!(
                    "gate-key-missing",
                    path = key_file.path().display().to_string(),
                    count = orphans
                ));
            }
            Gate::Setup
        };
        session.data_dir = Some(data_dir.to_path_buf());
        session.key_file = Some(key_file);
        session
    }

    pub fn keys(&self) -> Option<&Keys> {
        self.keys.as_ref()
    }

    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    /// There is a passphrase to lock with.
    pub fn can_lock(&self) -> bool {
        self.key_file.is_some()
    }

    pub fn can_change_passphrase(&self) -> bool {
        self.key_file.is_some() && self.keys.is_some()
    }

    /// Keys that came with a library opened by the caller.
    pub fn adopt(&mut self, keys: &Keys) {
        self.keys.get_or_insert_with(|| keys.clone());
    }

    /// Carries out a passphrase screen's request here and now (a
    /// passphrase from a file, before the window shows). Returns the keys
    /// when this is the first unlock (the settings and library are opened
    /// then).
    pub fn submit(&mut self, action: GateAction) -> Option<Keys> {
        let key_file = self.key_file.clone()?;
        let result = try_passphrase(&key_file, action);
        self.tried(result)
    }

    /// Starts trying the passphrase off the window's thread, waiting up to
    /// `wait` for it. `Some` when it is done (as [`Session::submit`]);
    /// `None` while it runs: [`Session::poll`] takes it in.
    pub fn start(&mut self, action: GateAction, wait: Duration) -> Option<Option<Keys>> {
        if self.trying.is_some() {
            return None;
        }
        let key_file = self.key_file.clone()?;
        let receive =
            match super::tasks::off_thread("passphrase", move || try_passphrase(&key_file, action))
            {
                Ok(receive) => receive,
                Err(result) => return Some(self.tried(result)),
            };
        self.trying = Some(receive);
        self.poll(wait)
    }

    /// The passphrase being tried, if it is done (waiting at most `wait`).
    pub fn poll(&mut self, wait: Duration) -> Option<Option<Keys>> {
        let result = match self.trying.as_ref()?.poll(wait) {
            Polled::Done(result) => result,
            Polled::Running => return None,
            Polled::Lost => {
                // The work stopped without an answer: said, and tried again
                // only when asked.
                self.trying = None;
                self.gate_form.error = Some(t("notice-task-lost").to_owned());
                self.gate_form.focused = false;
                return Some(None);
            }
        };
        self.trying = None;
        Some(self.tried(result))
    }

    /// The passphrase is being tried: the gate's button waits, and a line
    /// says so.
    pub fn is_trying(&self) -> bool {
        self.trying.is_some()
    }

    /// What the passphrase tried led to.
    fn tried(&mut self, result: Result<Keys, KeyError>) -> Option<Keys> {
        match result {
            Ok(keys) => {
                if let Some(current) = &self.keys
                    && current.public_key() != keys.public_key()
                {
                    self.gate_form.error = Some(t("gate-other-key").to_owned());
                    return None;
                }
                self.gate_form.error = None;
                self.gate_form.note = None;
                self.gate = Gate::Open;
                self.lock_at = None;
                if self.keys.is_some() {
                    return None;
                }
                self.keys = Some(keys.clone());
                Some(keys)
            }
            Err(e) => {
                self.gate_form.error = Some(e.to_string());
                self.gate_form.focused = false;
                None
            }
        }
    }

    /// Hides everything until the passphrase is given; `saved` says whether
    /// the work was written first.
    pub fn lock(&mut self, ctx: &egui::Context, saved: bool) {
        self.gate = Gate::Locked;
        self.lock_at = None;
        self.gate_form.error = None;
        self.gate_form.clear(ctx);
        self.gate_form.note = Some(
            if saved {
                t("gate-locked-saved")
            } else {
                t("gate-locked-unsaved")
            }
            .to_owned(),
        );
    }

    /// How long without input before locking; `None` when there is no
    /// passphrase to lock with.
    pub fn auto_lock_after(&self, minutes: u32) -> Option<Duration> {
        self.key_file.as_ref()?;
        Some(Duration::from_secs(u64::from(minutes.max(1)) * 60))
    }

    /// Notes input this frame; true when the time without input is up.
    fn idle_is_over(&mut self, ctx: &egui::Context, minutes: u32) -> bool {
        let Some(after) = self.auto_lock_after(minutes) else {
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
        true
    }

    /// Starts putting the key under a new passphrase off the window's
    /// thread, waiting up to `wait`: what happened, to show, once it is
    /// done; `None` while it runs ([`Session::changed`] takes it in).
    pub fn change_passphrase(
        &mut self,
        old: String,
        new: String,
        wait: Duration,
    ) -> Option<Notice> {
        if self.changing.is_some() {
            return None;
        }
        let file = self.key_file.clone()?;
        let work = move || {
            let result = file.change_passphrase(&SecretString::from(old), &SecretString::from(new));
            match result {
                Ok(()) => Notice::success(msg!("settings-passphrase-changed")),
                Err(KeyError::WrongPassphrase) => Notice::error(msg!("settings-passphrase-wrong")),
                Err(e) => {
                    Notice::error(msg!("settings-passphrase-failed", why = e.to_string()).fixed())
                }
            }
        };
        match super::tasks::off_thread("passphrase", work) {
            Ok(receive) => {
                self.changing = Some(receive);
                self.changed(wait)
            }
            Err(done) => Some(done),
        }
    }

    /// What the change of passphrase led to, once it is done (waiting at
    /// most `wait`).
    pub fn changed(&mut self, wait: Duration) -> Option<Notice> {
        let notice = match self.changing.as_ref()?.poll(wait) {
            Polled::Done(notice) => notice,
            Polled::Running => return None,
            Polled::Lost => Notice::error(msg!("notice-task-lost")),
        };
        self.changing = None;
        Some(notice)
    }

    /// A change of passphrase is under way.
    pub fn is_changing(&self) -> bool {
        self.changing.is_some()
    }
}

/// One scrypt run: the key file made, or unlocked, with the passphrase.
fn try_passphrase(key_file: &KeyFile, action: GateAction) -> Result<Keys, KeyError> {
    match action {
        GateAction::Create(p) => key_file.create(&SecretString::from(p)),
        GateAction::Unlock(p) => key_file.unlock(&SecretString::from(p)),
    }
}

impl App {
    /// Keeps drafts and settings in `data_dir`, encrypted. The window
    /// starts at the passphrase: chosen at first start, asked for after.
    /// With PREVENT_REFERRAL_PASSPHRASE_FILE set, that passphrase is used.
    pub fn with_data_dir(mut self, data_dir: &Path, wake: Box<dyn Fn() + Send>) -> Self {
        self.session = Session::in_dir(data_dir);
        self.wake = Some(wake);
        match passphrase_from_env() {
            Some(Ok(passphrase)) => {
                let passphrase = passphrase.expose_secret().to_owned();
                self.gate_action(if self.session.gate == Gate::Setup {
                    GateAction::Create(passphrase)
                } else {
                    GateAction::Unlock(passphrase)
                });
            }
            Some(Err(why)) => {
                self.session.gate_form.error = Some(tr!(
                    "gate-passphrase-file-unreadable",
                    why = why.to_string()
                ));
            }
            None => {}
        }
        self
    }

    /// Carries out what was asked on the passphrase screens.
    pub fn gate_action(&mut self, action: GateAction) {
        if let Some(keys) = self.session.submit(action) {
            self.unlocked(keys);
        }
    }

    /// The first unlock: the settings are read and the drafts library opened.
    fn unlocked(&mut self, keys: Keys) {
        let Some(dir) = self.session.data_dir().map(Path::to_path_buf) else {
            return;
        };
        // A refused policy is told again once the form is in sight.
        if let Some(why) = self.policy.refusal() {
            // Its problems are in words already: kept in them whole.
            self.notify(NoticeKind::Error, crate::i18n::Message::said(why));
        }
        match Settings::load(&dir, &keys) {
            Ok(mut settings) => {
                self.settings_saved = Some(settings.clone());
                // A language chosen on the passphrase screen wins over the
                // one remembered; either is used from now on.
                if let Some(chosen) = self.settings.language {
                    settings.language = Some(chosen);
                }
                if let Some(language) = settings.language {
                    crate::i18n::set_language(language);
                }
                self.settings = settings;
                self.styled = false;
                // A fresh, untouched referral takes "My details" and what
                // the organisation set.
                if self.tracker.untouched() {
                    let mut referrer = self.state.draft.referral.referrer.clone();
                    self.fill_referrer(&mut referrer);
                    self.state.draft.referral.referrer = referrer;
                }
            }
            Err(why) => {
                // Left as it is: it may be readable again with the right key.
                self.settings_unreadable = true;
                self.notify(
                    NoticeKind::Error,
                    msg!("notice-settings-unreadable", why = why.to_string()).fixed(),
                );
            }
        }
        match Library::open(&dir, keys) {
            Ok(library) => {
                let wake = self.wake.take().unwrap_or_else(|| Box::new(|| {}));
                self.attach_library(library, wake);
            }
            Err(e) => self.notify(
                NoticeKind::Error,
                msg!("notice-library-unavailable", why = e.to_string()).fixed(),
            ),
        }
    }

    /// Locks: saves what is queued, then hides everything until the
    /// passphrase is given again.
    pub fn lock(&mut self, ctx: &egui::Context) {
        if !self.session.can_lock() {
            self.notify(NoticeKind::Error, msg!("notice-cannot-lock"));
            return;
        }
        self.autosave_now();
        self.flush();
        // Coming back after the passphrase is a new sitting.
        self.sitting = None;
        self.session.lock(ctx, !self.state.dirty);
        if let Some(view) = self.screen.settings_mut() {
            view.forget_passphrases(ctx);
        }
    }

    /// The passphrase screens, and locking after a time without input.
    /// True when a passphrase screen was shown instead of the form.
    pub(super) fn gate_frame(&mut self, ui: &mut Ui) -> bool {
        let ctx = ui.ctx().clone();
        if self.session.gate == Gate::Open {
            if !self
                .session
                .idle_is_over(&ctx, self.settings.auto_lock_minutes)
            {
                return false;
            }
            self.lock(&ctx);
        }
        // Quit works here too; the work was saved when the app locked.
        let quit = Command::Quit
            .shortcut()
            .is_some_and(|s| ctx.input_mut(|i| i.consume_shortcut(&s)));
        if quit && !self.state.dirty {
            self.closing = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        self.language_bar(ui);
        if let Some(unlocked) = self.session.poll(Duration::ZERO) {
            if let Some(keys) = unlocked {
                self.unlocked(keys);
            }
            ctx.request_repaint();
        } else if self.session.is_trying() {
            // Looked at again soon: the result wakes nothing by itself.
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        let mut chosen = None;
        let gate = self.session.gate;
        let trying = self.session.is_trying();
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.set_max_width(560.0);
                chosen = gate_ui(ui, gate, &mut self.session.gate_form, trying);
            });
        });
        if let Some(action) = chosen {
            if let Some(Some(keys)) = self.session.start(action, self.task_wait) {
                self.unlocked(keys);
            }
            ctx.request_repaint();
        }
        self.set_title(&ctx);
        true
    }

    /// Writes the settings, encrypted, when they have changed.
    pub(super) fn save_settings(&mut self) {
        let (Some(dir), Some(keys)) = (self.session.data_dir(), self.session.keys()) else {
            return;
        };
        if self.settings_unreadable || self.settings_saved.as_ref() == Some(&self.settings) {
            return;
        }
        let result = self.settings.save(dir, keys);
        // Not again every frame: once per change.
        self.settings_saved = Some(self.settings.clone());
        if let Err(why) = result {
            self.notify(
                NoticeKind::Error,
                msg!("notice-settings-not-saved", why = why.to_string()).fixed(),
            );
        }
    }

    pub(super) fn change_passphrase(&mut self, old: String, new: String) {
        let wait = self.task_wait;
        let done = self.session.change_passphrase(old, new, wait);
        self.passphrase_changed(done);
    }

    /// Each frame: takes in what a change of passphrase led to, on the
    /// settings screen if it is still open, or as a notice if not.
    pub(super) fn poll_passphrase_change(&mut self, ctx: &egui::Context) {
        if !self.session.is_changing() {
            return;
        }
        let done = self.session.changed(Duration::ZERO);
        if done.is_none() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        self.passphrase_changed(done);
    }

    fn passphrase_changed(&mut self, done: Option<Notice>) {
        let Some(notice) = done else {
            return;
        };
        match self.screen.settings_mut() {
            Some(view) => view.passphrase_message = Some(notice),
            None => self.notify(notice.kind, notice.text),
        }
    }
}
