//! The dialogs waiting for the person, as ruffle's `Dialogs`: one queue,
//! and only the first is shown, so one never covers another. A dialog is
//! taken off the queue when the person answers it, before what it leads to
//! is done (which may queue the next one).
//!
//! The offer of drafts left by a session that did not close is not queued:
//! it is shown whenever nothing else is waiting, while there are any
//! ([`super::App::recovered`]).

use super::Then;
use super::chooser::After;
use super::files::PendingWrite;
use crate::ui::dialogs::{ExportChoice, FileChooser};
use std::collections::VecDeque;

/// A dialog and what it holds while open.
pub enum Dialog {
    /// Save / Discard / Cancel before doing `then`; `fresh` until the focus
    /// has gone to "Save".
    Unsaved { then: Then, fresh: bool },
    /// Which teams to encrypt an export for.
    Export(ExportChoice),
    /// Just exported: offer a PDF copy (the teams it was sent to).
    OfferPdf(Vec<String>),
    /// Which teams to encrypt a PDF copy for, and who it was sent to.
    PdfChoice(ExportChoice, Vec<String>),
    /// A file is there where a write would go: replace it?
    Replace(PendingWrite),
    /// The app's own file chooser, and what the file is for.
    Chooser(FileChooser, After),
}

impl Dialog {
    /// Its name, for tests and logs (never what it holds).
    pub fn name(&self) -> &'static str {
        match self {
            Dialog::Unsaved { .. } => "unsaved",
            Dialog::Export(_) => "export",
            Dialog::OfferPdf(_) => "offer-pdf",
            Dialog::PdfChoice(..) => "pdf-choice",
            Dialog::Replace(_) => "replace",
            Dialog::Chooser(..) => "chooser",
        }
    }
}

impl std::fmt::Debug for Dialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never what it holds (file names, what was typed).
        f.write_str(self.name())
    }
}

/// The queue.
#[derive(Default)]
pub struct Dialogs {
    queue: VecDeque<Dialog>,
}

impl std::fmt::Debug for Dialogs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.queue.iter().map(Dialog::name))
            .finish()
    }
}

impl Dialogs {
    /// Queues `dialog` behind any waiting, except the question about
    /// unsaved changes: it answers what the person has just done (New,
    /// Open, closing the window), so it goes first, and the dialog it
    /// covered comes back after it. Asked again while it waits, it changes
    /// what follows it instead of asking twice.
    pub fn push(&mut self, dialog: Dialog) {
        let Dialog::Unsaved { then, .. } = dialog else {
            self.queue.push_back(dialog);
            return;
        };
        if let Some(Dialog::Unsaved { then: waiting, .. }) = self
            .queue
            .iter_mut()
            .find(|d| matches!(d, Dialog::Unsaved { .. }))
        {
            *waiting = then;
            return;
        }
        self.queue.push_front(dialog);
    }

    /// The dialog on show.
    pub fn front(&self) -> Option<&Dialog> {
        self.queue.front()
    }

    pub fn front_mut(&mut self) -> Option<&mut Dialog> {
        self.queue.front_mut()
    }

    /// Takes the dialog on show off the queue (it was answered).
    pub fn pop(&mut self) -> Option<Dialog> {
        self.queue.pop_front()
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    pub fn len(&self) -> usize {
        self.queue.len()
    }

    /// The names of the dialogs waiting, the one on show first.
    pub fn names(&self) -> Vec<&'static str> {
        self.queue.iter().map(Dialog::name).collect()
    }

    /// What follows the unsaved-changes question, while it waits.
    pub fn unsaved(&self) -> Option<Then> {
        self.queue.iter().find_map(|d| match d {
            Dialog::Unsaved { then, .. } => Some(*then),
            _ => None,
        })
    }

    /// A PDF copy's offer or choice is waiting.
    pub fn pdf_is_open(&self) -> bool {
        self.queue
            .iter()
            .any(|d| matches!(d, Dialog::OfferPdf(_) | Dialog::PdfChoice(..)))
    }

    /// The app's own file chooser, while it waits.
    pub fn chooser(&self) -> Option<&FileChooser> {
        self.queue.iter().find_map(|d| match d {
            Dialog::Chooser(chooser, _) => Some(chooser),
            _ => None,
        })
    }

    pub fn chooser_mut(&mut self) -> Option<&mut FileChooser> {
        self.queue.iter_mut().find_map(|d| match d {
            Dialog::Chooser(chooser, _) => Some(chooser),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_unsaved_question_first_then_first_come_first_shown() {
        let mut dialogs = Dialogs::default();
        dialogs.push(Dialog::OfferPdf(Vec::new()));
        dialogs.push(Dialog::Unsaved {
            then: Then::New,
            fresh: true,
        });
        dialogs.push(Dialog::Unsaved {
            then: Then::Quit,
            fresh: true,
        });
        dialogs.push(Dialog::Export(ExportChoice::all(1)));
        assert_eq!(dialogs.names(), ["unsaved", "offer-pdf", "export"]);
        assert_eq!(dialogs.unsaved(), Some(Then::Quit));
        assert!(matches!(dialogs.pop(), Some(Dialog::Unsaved { .. })));
        assert!(dialogs.pdf_is_open());
        assert!(matches!(dialogs.pop(), Some(Dialog::OfferPdf(_))));
        assert!(!dialogs.pdf_is_open());
        assert_eq!(dialogs.front().map(Dialog::name), Some("export"));
    }
}
