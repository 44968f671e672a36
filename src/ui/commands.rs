//! Every command the shell carries out, each with its label (a message id)
//! and keyboard shortcut. The File menu ([`super::menu`]) and the shortcut
//! handling are both made from this one list, so they cannot disagree.

use crate::i18n::t;
use eframe::egui::{Key, KeyboardShortcut, Modifiers};

/// What the shell ([`crate::app`]) is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new referral.
    New,
    /// Open a draft or an export.
    Open,
    /// Save the draft where it was last saved, or ask where.
    SaveDraft,
    /// Ask where to save the draft.
    SaveDraftAs,
    /// Export the referral: the shell checks it first
    /// ([`super::FormState::ready_to_export`]).
    Export,
    /// Save a copy as PDF (a draft copy while the referral is incomplete).
    SavePdf,
    /// Show the drafts screen.
    ShowDrafts,
    /// Show the open referral's history.
    ShowHistory,
    /// The home screen: the drafts, to continue one or start a new one.
    Home,
    /// Show the settings (export recipients, locking, passphrase).
    ShowSettings,
    /// Forget the remembered referrer details.
    ClearMyDetails,
    /// Hide now: cover the window with a plain screen, save and lock, until
    /// the passphrase is given (Ctrl+L, the Hide button, Shift three times).
    Lock,
    /// Close the window.
    Quit,
    /// Remember these referrer details for the next referral (not a menu
    /// entry: asked for by "About you").
    RememberMyDetails,
    /// Back to the task list, from any screen (the menu bar's button).
    TaskList,
    /// Open the folder the export was written to (after an export).
    OpenExportFolder,
    /// Show everything in this language from now on, and remember it (not
    /// a menu entry: the "Cymraeg / English" switch at the top).
    SetLanguage(crate::i18n::Language),
}

/// One line of a menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuEntry {
    Command(Command),
    Separator,
}

/// The File menu, top to bottom.
pub const FILE_MENU: &[MenuEntry] = &[
    MenuEntry::Command(Command::New),
    MenuEntry::Command(Command::Open),
    MenuEntry::Command(Command::SaveDraft),
    MenuEntry::Command(Command::SaveDraftAs),
    MenuEntry::Command(Command::Export),
    MenuEntry::Command(Command::SavePdf),
    MenuEntry::Command(Command::ShowDrafts),
    MenuEntry::Command(Command::ShowHistory),
    MenuEntry::Separator,
    MenuEntry::Command(Command::ShowSettings),
    MenuEntry::Command(Command::ClearMyDetails),
    MenuEntry::Command(Command::Lock),
    MenuEntry::Separator,
    MenuEntry::Command(Command::Quit),
];

impl Command {
    /// Every command.
    pub const ALL: [Command; 15] = [
        Command::New,
        Command::Open,
        Command::SaveDraft,
        Command::SaveDraftAs,
        Command::Export,
        Command::SavePdf,
        Command::ShowDrafts,
        Command::ShowHistory,
        Command::Home,
        Command::ShowSettings,
        Command::ClearMyDetails,
        Command::Lock,
        Command::Quit,
        Command::RememberMyDetails,
        Command::TaskList,
    ];

    /// The message id of its label in menus; `None` for a command that is
    /// not a menu entry.
    pub fn label_id(self) -> Option<&'static str> {
        Some(match self {
            Command::New => "menu-new",
            Command::Open => "menu-open",
            Command::SaveDraft => "menu-save-draft",
            Command::SaveDraftAs => "menu-save-draft-as",
            Command::Export => "menu-export",
            Command::SavePdf => "menu-save-pdf",
            Command::ShowDrafts => "menu-drafts",
            Command::ShowHistory => "menu-history",
            Command::ShowSettings => "menu-settings",
            Command::ClearMyDetails => "menu-clear-my-details",
            Command::Lock => "menu-lock",
            Command::Quit => "menu-quit",
            Command::RememberMyDetails
            | Command::TaskList
            | Command::Home
            | Command::OpenExportFolder
            | Command::SetLanguage(_) => {
                return None;
            }
        })
    }

    /// Its label in menus, in the current language.
    pub fn label(self) -> Option<&'static str> {
        self.label_id().map(t)
    }

    /// Its keyboard shortcut, for the whole window.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let command = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        match self {
            Command::New => command(Key::N),
            Command::Open => command(Key::O),
            Command::SaveDraft => command(Key::S),
            Command::SaveDraftAs => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::S,
            )),
            Command::Export => command(Key::E),
            Command::SavePdf => command(Key::P),
            Command::ShowDrafts => command(Key::D),
            Command::Lock => command(Key::L),
            Command::Quit => command(Key::Q),
            Command::ShowSettings
            | Command::ShowHistory
            | Command::Home
            | Command::ClearMyDetails
            | Command::RememberMyDetails
            | Command::TaskList
            | Command::OpenExportFolder
            | Command::SetLanguage(_) => None,
        }
    }
}

/// Every shortcut with its command, in the order they must be tried: those
/// with more modifiers first, or Ctrl+S would take Ctrl+Shift+S.
pub fn shortcuts() -> Vec<(KeyboardShortcut, Command)> {
    let mut all: Vec<(KeyboardShortcut, Command)> = Command::ALL
        .into_iter()
        .filter_map(|c| c.shortcut().map(|s| (s, c)))
        .collect();
    let weight = |s: &KeyboardShortcut| {
        let m = s.modifiers;
        u8::from(m.alt) + u8::from(m.shift) + u8::from(m.ctrl || m.command || m.mac_cmd)
    };
    all.sort_by_key(|(s, _)| std::cmp::Reverse(weight(s)));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_menu_entry_has_a_label_and_every_shortcut_is_unique() {
        for entry in FILE_MENU {
            if let MenuEntry::Command(c) = entry {
                assert!(c.label_id().is_some(), "{c:?}");
            }
        }
        let all = shortcuts();
        for (i, (a, _)) in all.iter().enumerate() {
            assert!(all.iter().skip(i + 1).all(|(b, _)| a != b));
        }
        // Ctrl+Shift+S is tried before Ctrl+S.
        let pos = |c| all.iter().position(|(_, x)| *x == c);
        assert!(pos(Command::SaveDraftAs) < pos(Command::SaveDraft));
    }

    #[test]
    fn every_shortcut_is_in_the_menu() {
        for (_, c) in shortcuts() {
            assert!(FILE_MENU.contains(&MenuEntry::Command(c)), "{c:?}");
        }
    }
}
