//! The drafts library: attaching it, its screen's requests (open, rename,
//! delete), and drafts left behind by a session that did not close.

use super::{App, Screen};
use crate::msg;
use crate::notice::NoticeKind;
use crate::record::history::Event;
use crate::record::library::{Autosaver, DraftInfo, DraftLock, Library};
use crate::ui::drafts::{DraftsAction, DraftsView};
use std::sync::Arc;

impl App {
    /// Keeps drafts in `library`, saving in the background; `wake` asks the
    /// window for a frame when a save finishes. Finds drafts a previous
    /// session left behind, to offer them back.
    pub fn with_library(mut self, library: Library, wake: Box<dyn Fn() + Send>) -> Self {
        self.attach_library(library, wake);
        self
    }

    pub(super) fn attach_library(&mut self, library: Library, wake: Box<dyn Fn() + Send>) {
        self.session.adopt(library.keys());
        let library = Arc::new(library);
        let ctx = self.state.ctx();
        self.recovered = DraftLock::left_behind(&library)
            .into_iter()
            .filter_map(|id| library.load(id).ok())
            .map(|d| DraftInfo::of(&d, ctx))
            .collect();
        self.autosaver = Some(Autosaver::start(library.clone(), self.clock.clone(), wake));
        self.library = Some(library);
        // Coming back: the drafts, to continue one (unless a session that
        // did not close is offered back first).
        if self.recovered.is_empty() && self.tracker.untouched() {
            self.show_home();
        }
    }

    pub fn library(&self) -> Option<&Library> {
        self.library.as_deref()
    }

    /// Opens the drafts screen.
    pub fn show_drafts(&mut self) {
        let Some(library) = self.library.clone() else {
            self.notify(NoticeKind::Error, msg!("notice-no-library"));
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
        self.screen = Screen::Drafts(DraftsView {
            items,
            initials_only: self.settings.initials_only,
            ..DraftsView::default()
        });
    }

    pub(super) fn drafts_action(&mut self, action: DraftsAction) {
        let Some(library) = self.library.clone() else {
            return;
        };
        match action {
            DraftsAction::Close => self.close_screens(),
            DraftsAction::Open(id) => {
                self.close_screens();
                self.open_library_draft(id);
            }
            DraftsAction::Rename(id, label) => {
                if id == self.state.draft.id && self.read_only {
                    self.notify(NoticeKind::Error, msg!("notice-rename-this-elsewhere"));
                } else if id != self.state.draft.id && DraftLock::is_held(&library, id) {
                    self.notify(NoticeKind::Error, msg!("notice-rename-that-elsewhere"));
                } else if id == self.state.draft.id {
                    self.state.draft.label =
                        Some(label.trim().to_owned()).filter(|l| !l.is_empty());
                    self.state.edited = true;
                    self.record(Event::Renamed);
                    self.flush();
                } else if let Err(e) =
                    library.rename(id, &label, self.state.ctx(), &self.history_clock)
                {
                    self.notify(
                        NoticeKind::Error,
                        msg!("notice-rename-failed", why = e.to_string()).fixed(),
                    );
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
                self.notify(NoticeKind::Error, msg!("notice-delete-elsewhere"));
                return;
            }
            // Deleting the draft on screen: nothing queued may bring it back.
            if let Some(saver) = &self.autosaver {
                saver.forget(id);
            }
            self.tracker.settle();
            self.state.dirty = false;
            self.lock = None;
            self.new_referral();
        }
        match library.delete(id) {
            Ok(()) => self.notify(NoticeKind::Success, msg!("notice-draft-deleted")),
            Err(e) => self.notify(
                NoticeKind::Error,
                msg!("notice-delete-failed", why = e.to_string()).fixed(),
            ),
        }
    }

    /// Opens a draft from the library ("reopened" in its history).
    pub fn open_library_draft(&mut self, id: uuid::Uuid) {
        self.open_library_draft_as(id, Event::Reopened);
    }

    /// Opens a draft from the library, noting `event` in its history.
    pub(super) fn open_library_draft_as(&mut self, id: uuid::Uuid, event: Event) {
        if matches!(self.screen, Screen::Home(_)) {
            self.close_screens();
        }
        let Some(library) = self.library.clone() else {
            return;
        };
        if id == self.state.draft.id && !self.received {
            if self.read_only {
                // Maybe the other window has closed it now: then it is read
                // again, as that window left it, before it can be edited
                // (never the answers this window showed while it waited).
                match library.load(id) {
                    Ok(draft) => {
                        self.replace_draft(draft);
                        if !self.read_only {
                            self.record(event);
                            self.notify(NoticeKind::Success, msg!("notice-can-edit-now"));
                        }
                    }
                    Err(e) => self.notify(
                        NoticeKind::Error,
                        msg!("notice-open-draft-failed", why = e.to_string()).fixed(),
                    ),
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
                    self.record(event);
                    self.notify(
                        NoticeKind::Success,
                        msg!("notice-opened-library-draft", label = label),
                    );
                }
            }
            Err(e) => self.notify(
                NoticeKind::Error,
                msg!("notice-open-draft-failed", why = e.to_string()).fixed(),
            ),
        }
    }

    /// Forgets the left-behind locks: their drafts stay in the library.
    pub(super) fn clear_recovered(&mut self) {
        if let Some(library) = &self.library {
            for info in std::mem::take(&mut self.recovered) {
                // Taking and dropping the lock removes the stale lock file.
                let _ = DraftLock::acquire(library, info.id);
            }
        }
    }
}
