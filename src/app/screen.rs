//! Where the person is: one screen at a time, as rerun's `Route`. The form
//! is underneath every other screen, and leaving one goes back to it.
//! (Before this, four fields each said whether their screen was open, and
//! two could be set at once with the first in the code winning.)

use crate::ui::drafts::DraftsView;
use crate::ui::home::HomeView;
use crate::ui::settings::SettingsView;

/// The screen on show.
#[derive(Default)]
pub enum Screen {
    /// The referral's pages (or the passphrase screens in front of them).
    #[default]
    Form,
    /// The library's referrals, what is due and what was sent.
    Home(HomeView),
    /// The open referral's record: its history and what happened next.
    History(HistoryView),
    Settings(SettingsView),
    Drafts(DraftsView),
}

/// The history screen's own state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistoryView {
    /// How many entries it shows (newest first).
    pub shown: usize,
    /// Opened and not drawn yet: it opens at its top, not where it was
    /// last scrolled (a walk report point).
    pub arrived: bool,
}

impl HistoryView {
    /// Newly opened: the first page of entries, from the top.
    pub fn arriving() -> Self {
        Self {
            shown: crate::ui::history::HISTORY_PAGE,
            arrived: true,
        }
    }
}

impl Screen {
    /// Its name, for logs and tests (never anything from the referral).
    pub fn name(&self) -> &'static str {
        match self {
            Screen::Form => "form",
            Screen::Home(_) => "home",
            Screen::History(_) => "history",
            Screen::Settings(_) => "settings",
            Screen::Drafts(_) => "drafts",
        }
    }

    pub fn is_form(&self) -> bool {
        matches!(self, Screen::Form)
    }

    pub fn is_history(&self) -> bool {
        matches!(self, Screen::History(_))
    }

    pub fn drafts(&self) -> Option<&DraftsView> {
        match self {
            Screen::Drafts(view) => Some(view),
            _ => None,
        }
    }

    pub fn drafts_mut(&mut self) -> Option<&mut DraftsView> {
        match self {
            Screen::Drafts(view) => Some(view),
            _ => None,
        }
    }

    pub fn settings(&self) -> Option<&SettingsView> {
        match self {
            Screen::Settings(view) => Some(view),
            _ => None,
        }
    }

    pub fn settings_mut(&mut self) -> Option<&mut SettingsView> {
        match self {
            Screen::Settings(view) => Some(view),
            _ => None,
        }
    }

    /// Back to the form from `self` if it is the history (a draft
    /// replaced, the record closed).
    pub fn leave_history(&mut self) {
        if self.is_history() {
            *self = Screen::Form;
        }
    }
}

impl std::fmt::Debug for Screen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Views hold what is typed (passphrases on the settings screen).
        f.write_str(self.name())
    }
}
