//! The shell's side of saving as you type: hands the draft to the
//! background saver when [`SaveTracker`](crate::record::library::SaveTracker) says
//! it is due, takes in what the saver did, and holds the draft's lock.

use super::App;
use crate::msg;
use crate::notice::NoticeKind;
use crate::record::draft::Draft;
use crate::record::library::{DraftLock, LockError, SaveDue, Saved};
use crate::ui::FormState;
use eframe::egui;
use std::time::{Duration, Instant};

impl App {
    /// Makes `draft` the one on screen: the previous draft's lock goes,
    /// and this one's is taken (or it is shown read-only when another window
    /// has it).
    pub(super) fn replace_draft(&mut self, draft: Draft) {
        let id = draft.id;
        self.load_state(draft);
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

    /// Puts `draft` on screen with nothing of the one before: its lock,
    /// its sitting and its dialogs go.
    pub(super) fn load_state(&mut self, draft: Draft) {
        self.lock = None;
        self.read_only = false;
        self.received = false;
        self.saved_referral = draft.referral.clone();
        self.correction = None;
        self.correction_error = false;
        self.screen.leave_history();
        self.record_form = None;
        self.sitting = None;
        self.state = FormState::new(draft, self.clock.today());
        self.state.managed = self.policy.policy().clone();
        self.last_page = self.state.page;
        // Edits are counted for the whole session, so a late report about
        // an earlier draft can never pass for this one.
        self.tracker.settle();
    }

    /// Before another draft replaces the one on screen: its last edits must
    /// be written. False (with a message) when they could not be.
    pub(super) fn safe_to_switch(&mut self) -> bool {
        // An export or copy still being written is recorded in this
        // referral once it is there: not switched away from meanwhile.
        if !self.finish_saving(std::time::Duration::ZERO) {
            self.notify(NoticeKind::Error, msg!("notice-still-saving-switch"));
            return false;
        }
        if self.autosaver.is_none() || self.read_only {
            return true;
        }
        self.autosave_now();
        if self.flush() && self.tracker.all_saved() {
            return true;
        }
        self.notify(NoticeKind::Error, msg!("notice-cannot-switch"));
        false
    }

    /// Takes the lock on the current draft. Returns false (and shows the
    /// draft read-only) when another window holds it.
    pub(super) fn take_lock(&mut self) -> bool {
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
                self.notify(NoticeKind::Error, msg!("notice-open-elsewhere"));
                false
            }
            Err(LockError::Io(reason)) => {
                self.notify(
                    NoticeKind::Error,
                    msg!("notice-cannot-lock-draft", why = reason.to_string()).fixed(),
                );
                true
            }
        }
    }

    /// Hands the draft to the background saver if there are edits it has
    /// not seen.
    pub(super) fn autosave_now(&mut self) {
        if self.read_only || !self.tracker.pending() || self.autosaver.is_none() {
            return;
        }
        if self.lock.is_none() && !self.take_lock() {
            return;
        }
        self.record_changes();
        if let Some(saver) = &self.autosaver {
            saver.save(self.state.draft.clone(), self.tracker.queued());
        }
    }

    /// Waits briefly for queued saves to be written. True when all are.
    pub(super) fn flush(&mut self) -> bool {
        let Some(saver) = &self.autosaver else {
            return !self.state.dirty;
        };
        let result = saver.flush(Duration::from_secs(2));
        self.collect_saves();
        match result {
            Ok(()) => true,
            Err(reason) => {
                self.tracker.failed();
                self.notify(
                    NoticeKind::Error,
                    msg!("notice-save-failed", why = reason.to_string()).fixed(),
                );
                false
            }
        }
    }

    /// Saves a second after the last keystroke, and at once on a page change
    /// or when the window loses focus.
    pub(super) fn schedule_autosave(&mut self, ctx: &egui::Context) {
        if self.autosaver.is_none() || !self.tracker.pending() {
            return;
        }
        let focused = ctx.input(|i| i.viewport().focused).unwrap_or(true);
        let page_changed = self.state.page != self.last_page;
        self.last_page = self.state.page;
        match self.tracker.due(Instant::now(), focused, page_changed) {
            SaveDue::Now => self.autosave_now(),
            // One frame when the pause is over; none while idle.
            SaveDue::After(wait) => ctx.request_repaint_after(wait),
            SaveDue::Nothing => {}
        }
    }

    /// Takes in what the background saver has done.
    pub(super) fn collect_saves(&mut self) {
        let Some(saver) = &self.autosaver else {
            return;
        };
        for saved in saver.results() {
            match saved {
                Saved::Ok { id, generation } if id == self.state.draft.id => {
                    if self.tracker.written(generation) {
                        self.state.dirty = false;
                    }
                    if self.tracker.recovered() {
                        self.notify(NoticeKind::Success, msg!("notice-saving-works-again"));
                    }
                }
                Saved::Ok { .. } => {}
                Saved::Failed { reason, .. } => {
                    // Said when saving first fails, and again once the
                    // person has dismissed it; a retry's failure (every
                    // 2 s) does not cover what was said since, such as why
                    // a new referral was refused or a copy saved elsewhere
                    // (found in review: "New" seemed to do nothing).
                    let first = self.tracker.failed();
                    if first || self.state.notice.is_none() {
                        self.notify(
                            NoticeKind::Error,
                            msg!("notice-save-failed-retrying", why = reason).fixed(),
                        );
                    }
                }
                Saved::Forked {
                    old,
                    new,
                    generation,
                } if old == self.state.draft.id => {
                    // A copy now, with a chain of its own, as the saver
                    // wrote it.
                    self.state
                        .draft
                        .history
                        .start_copy(old, &self.history_clock);
                    self.state.draft.id = new;
                    self.sitting = None;
                    if self.tracker.written(generation) {
                        self.state.dirty = false;
                    }
                    self.lock = None;
                    self.take_lock();
                    self.notify(NoticeKind::Error, msg!("notice-forked"));
                }
                Saved::Forked { .. } => {}
            }
        }
    }
}
