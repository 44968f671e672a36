//! Record keeping in the shell: each event in the open draft's history
//! ([`crate::record::history`]), sent referrals (read-only until "Make a
//! correction" gives a reason), and the history and home screens.

use super::{App, HistoryView, Screen};
use crate::msg;
use crate::notice::NoticeKind;
use crate::record::history::RecordForm;
use crate::record::history::{Event, changed_questions};
use crate::ui::home::{HomeAction, HomeView};
use crate::ui::record::RecordAction;
use crate::ui::sent::SentAction;
use std::time::Instant;

impl App {
    /// Notes `event` in the open draft's history and hands the draft to
    /// the saver at once (a received referral is not ours: nothing noted).
    pub(super) fn record(&mut self, event: Event) {
        if self.received {
            return;
        }
        let id = self.state.draft.id;
        self.state
            .draft
            .history
            .record(id, &self.history_clock, event);
        self.entry_added();
    }

    /// After an entry is added to the history: it is saved at once.
    fn entry_added(&mut self) {
        // Whatever is typed next is a new sitting's entry, after this one.
        self.sitting = None;
        // Unsaved until the saver says it is written: the "Saving…" line
        // and a close in the next instant must both know about the entry.
        self.state.dirty = true;
        self.tracker.changed(Instant::now());
        self.autosave_now();
    }

    /// Before the draft goes to the saver: the questions whose answers
    /// changed since the last save, in this sitting's one "saved" entry
    /// ([`crate::record::history::History::saved_in_sitting`]), not one per pause
    /// in typing.
    pub(super) fn record_changes(&mut self) {
        let changed = changed_questions(&self.saved_referral, &self.state.draft.referral);
        if changed.is_empty() {
            return;
        }
        self.saved_referral = self.state.draft.referral.clone();
        let id = self.state.draft.id;
        self.sitting = self.state.draft.history.saved_in_sitting(
            id,
            &self.history_clock,
            changed,
            self.sitting,
        );
    }

    /// Before an export or a copy is stamped with the history: the edits
    /// so far are noted, and that entry is brought up to date no more, so
    /// the hash printed on the file stays in the history (and nothing typed
    /// before the export is noted as if typed after it).
    pub(super) fn close_sitting(&mut self) {
        if !self.received && !self.read_only {
            self.record_changes();
        }
        self.sitting = None;
    }

    /// Sent, and not corrected since: the answers can be read, not changed.
    pub fn is_sent(&self) -> bool {
        self.state.draft.history.is_sent()
    }

    /// What the "Sent on …" banner asked for.
    pub(super) fn sent_action(&mut self, action: SentAction) {
        match action {
            SentAction::Record => {
                self.show_history();
                self.record_action(RecordAction::Open);
            }
            SentAction::AskReason => self.correction = Some(String::new()),
            SentAction::Cancel => self.correction = None,
            SentAction::Correct(reason) => {
                let reason = reason.trim().to_owned();
                if reason.is_empty() {
                    // Kept open, with the error beside the box.
                    self.correction = Some(String::new());
                    self.correction_error = true;
                    return;
                }
                self.correction = None;
                self.correction_error = false;
                self.record(Event::Corrected { reason });
                // "Referral exported" belongs to the export before: the
                // correction is exported afresh, under a new name.
                self.state.exported = None;
                self.notify(NoticeKind::Success, msg!("notice-correction-started"));
            }
        }
    }

    /// What "Mark as sent" or "What happened next" asked for.
    pub(super) fn record_action(&mut self, action: RecordAction) {
        match action {
            RecordAction::Open => {
                let by = self.state.draft.referral.referrer.name.trim().to_owned();
                self.record_form = Some(RecordForm::new(self.clock.today(), &by));
            }
            RecordAction::Cancel => self.record_form = None,
            RecordAction::Submit => self.submit_record(),
        }
    }

    /// Adds what the open form says to the history, or shows why not
    /// beside the boxes (the history as it was, the boxes as typed).
    fn submit_record(&mut self) {
        // Not ours to record in: the form stays as typed.
        if self.received || self.read_only {
            return;
        }
        let Some(mut form) = self.record_form.take() else {
            return;
        };
        // Anything typed before is noted first, as before an export.
        self.close_sitting();
        let today = self.clock.today();
        let id = self.state.draft.id;
        let sent = self.is_sent();
        let draft = &mut self.state.draft;
        let result = if sent {
            form.noted().map(|noted| {
                draft
                    .history
                    .follow_up(id, &self.history_clock, &draft.referral, noted, today)
            })
        } else {
            form.sending().map(|sending| {
                draft
                    .history
                    .mark_sent(id, &self.history_clock, &draft.referral, sending, today)
            })
        };
        match result {
            Err(problems) => {
                form.show_problems(problems);
                self.record_form = Some(form);
            }
            Ok(Err(refusal)) => {
                form.show_refusal(&refusal);
                self.record_form = Some(form);
            }
            Ok(Ok(())) => {
                self.entry_added();
                let message = if sent {
                    msg!("notice-follow-up-recorded")
                } else {
                    msg!("notice-marked-sent")
                };
                self.notify(NoticeKind::Success, message);
            }
        }
    }

    /// Opens the history of the open draft.
    pub fn show_history(&mut self) {
        self.screen = Screen::History(HistoryView::arriving());
    }

    /// Opens the home screen: the drafts, newest first, to continue one
    /// or start a new referral. False when there are none to show.
    pub fn show_home(&mut self) -> bool {
        let Some(library) = self.library.clone() else {
            return false;
        };
        self.autosave_now();
        self.flush();
        let items: Vec<_> = match library.list(self.state.ctx()) {
            Ok(items) => items.into_iter().filter_map(Result::ok).collect(),
            Err(_) => Vec::new(),
        };
        if items.is_empty() {
            return false;
        }
        self.screen = Screen::Home(HomeView::new(items, self.clock.today()));
        true
    }

    pub(super) fn home_action(&mut self, action: HomeAction) {
        self.close_screens();
        match action {
            HomeAction::Continue(id) => self.open_library_draft(id),
            HomeAction::Record(id) => {
                self.open_library_draft(id);
                if self.state.draft.id == id {
                    self.show_history();
                }
            }
            HomeAction::StartNew => {
                if self.safe_to_switch() {
                    self.new_referral();
                }
            }
        }
    }

    /// Whether `outgoing` was made from the referral on screen as its
    /// history still stands (another may have been opened, or this one
    /// opened read-only as an earlier export, while a chooser was up).
    pub(super) fn made_from_this(&self, outgoing: &crate::record::outbox::Outgoing) -> bool {
        let draft = &self.state.draft;
        outgoing.draft_id == draft.id
            && outgoing
                .stamp
                .as_ref()
                .is_none_or(|stamp| draft.history.has_stamp(draft.id, stamp))
    }

    /// Whether what `outgoing` records may go in this referral's history:
    /// ours (not received, not another window's), and made from it as its
    /// history still stands.
    pub(super) fn may_record(&self, outgoing: &crate::record::outbox::Outgoing) -> bool {
        !self.received
            && !self.read_only
            && outgoing.stamp.is_some()
            && self.made_from_this(outgoing)
    }
}
