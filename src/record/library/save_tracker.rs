//! Autosave bookkeeping, with no user interface in it: which edits there
//! are, which were handed to the background saver, which are known to be
//! written, and when the next save is due.
//!
//! Edits are counted for the whole session (a generation number), so a
//! late report about an earlier draft can never pass for the current one.
//! Times are passed in, so the tests decide what "now" is.

use std::time::{Duration, Instant};

/// Changes are saved this long after the last keystroke (and at once on a
/// page change, when the window loses focus, and on close).
pub const AUTOSAVE_AFTER: Duration = Duration::from_millis(1000);

/// Typing without pauses is still saved this long after its first edit.
pub const AUTOSAVE_AT_LATEST: Duration = Duration::from_millis(1500);

/// When the next save is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveDue {
    /// Nothing to save.
    Nothing,
    /// Save now.
    Now,
    /// Look again after this long (one wake-up, not one per frame).
    After(Duration),
}

/// The autosave state of the draft on screen.
#[derive(Debug, Clone)]
pub struct SaveTracker {
    /// Edits made, handed to the saver, and known written (generations).
    edits: u64,
    queued: u64,
    saved: u64,
    last_edit: Option<Instant>,
    /// The first edit not yet handed to the saver.
    first_unsaved: Option<Instant>,
    was_focused: bool,
    /// A save failed and has not worked since.
    failing: bool,
}

impl Default for SaveTracker {
    fn default() -> Self {
        Self {
            edits: 0,
            queued: 0,
            saved: 0,
            last_edit: None,
            first_unsaved: None,
            was_focused: true,
            failing: false,
        }
    }
}

impl SaveTracker {
    pub fn new() -> Self {
        Self::default()
    }

    /// An answer was typed or changed at `now`: saved after a pause.
    pub fn edited(&mut self, now: Instant) {
        self.edits += 1;
        self.last_edit = Some(now);
        self.first_unsaved.get_or_insert(now);
    }

    /// A change that is not typing (a rename, an imported file): saved at
    /// the next chance, with no pause.
    pub fn changed(&mut self, now: Instant) {
        self.edits += 1;
        self.first_unsaved.get_or_insert(now);
    }

    /// True when nothing was edited in this session yet.
    pub fn untouched(&self) -> bool {
        self.edits == 0
    }

    /// Edits the saver has not been given.
    pub fn pending(&self) -> bool {
        self.edits != self.queued
    }

    /// Every edit is known to be written.
    pub fn all_saved(&self) -> bool {
        self.saved == self.edits
    }

    /// The newest edit's generation.
    pub fn generation(&self) -> u64 {
        self.edits
    }

    /// The newest generation known to be written.
    pub fn saved_generation(&self) -> u64 {
        self.saved
    }

    /// When the next save is due, given whether the window has focus now
    /// and whether the page changed since last asked.
    pub fn due(&mut self, now: Instant, focused: bool, page_changed: bool) -> SaveDue {
        if !self.pending() {
            return SaveDue::Nothing;
        }
        let lost_focus = self.was_focused && !focused;
        self.was_focused = focused;
        let waited = self
            .last_edit
            .map_or(AUTOSAVE_AFTER, |t| now.saturating_duration_since(t));
        let oldest = self
            .first_unsaved
            .map_or(Duration::ZERO, |t| now.saturating_duration_since(t));
        if page_changed || lost_focus || waited >= AUTOSAVE_AFTER || oldest >= AUTOSAVE_AT_LATEST {
            SaveDue::Now
        } else {
            SaveDue::After(AUTOSAVE_AFTER - waited)
        }
    }

    /// The draft was handed to the saver: returns the generation it carries.
    pub fn queued(&mut self) -> u64 {
        self.queued = self.edits;
        self.first_unsaved = None;
        self.edits
    }

    /// The saver wrote `generation`. True when every edit is now written.
    pub fn written(&mut self, generation: u64) -> bool {
        self.saved = self.saved.max(generation);
        self.all_saved()
    }

    /// A save failed (it is tried again).
    /// A save failed: true when it is the first since saving last worked.
    pub fn failed(&mut self) -> bool {
        !std::mem::replace(&mut self.failing, true)
    }

    /// A save worked: true once after failures, to say saving works again.
    pub fn recovered(&mut self) -> bool {
        std::mem::take(&mut self.failing)
    }

    /// Another draft is on screen, or this one is gone: nothing of it is
    /// left to save.
    pub fn settle(&mut self) {
        self.queued = self.edits;
        self.saved = self.edits;
        self.last_edit = None;
        self.first_unsaved = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn nothing_is_due_without_edits() {
        let mut t = SaveTracker::new();
        assert!(t.untouched());
        assert_eq!(t.due(Instant::now(), true, true), SaveDue::Nothing);
        assert!(t.all_saved());
    }

    #[test]
    fn typing_is_saved_a_second_after_the_last_keystroke() {
        let start = Instant::now();
        let mut t = SaveTracker::new();
        t.edited(start);
        assert_eq!(t.due(start + ms(400), true, false), SaveDue::After(ms(600)));
        t.edited(start + ms(400));
        assert_eq!(t.due(start + ms(900), true, false), SaveDue::After(ms(500)));
        assert_eq!(t.due(start + ms(1400), true, false), SaveDue::Now);
    }

    #[test]
    fn typing_without_pauses_is_saved_within_a_second_and_a_half() {
        let start = Instant::now();
        let mut t = SaveTracker::new();
        for i in 0..15 {
            t.edited(start + ms(i * 100));
        }
        assert_eq!(t.due(start + ms(1500), true, false), SaveDue::Now);
    }

    #[test]
    fn a_page_change_or_losing_focus_saves_at_once() {
        let start = Instant::now();
        let mut t = SaveTracker::new();
        t.edited(start);
        assert_eq!(t.due(start, true, true), SaveDue::Now);
        assert!(matches!(t.due(start, true, false), SaveDue::After(_)));
        assert_eq!(t.due(start, false, false), SaveDue::Now);
        // Still unfocused: that is no new reason.
        assert!(matches!(t.due(start, false, false), SaveDue::After(_)));
    }

    #[test]
    fn a_change_that_is_not_typing_is_due_at_once() {
        let start = Instant::now();
        let mut t = SaveTracker::new();
        t.changed(start);
        assert_eq!(t.due(start, true, false), SaveDue::Now);
    }

    #[test]
    fn only_the_newest_generation_written_means_all_saved() {
        let now = Instant::now();
        let mut t = SaveTracker::new();
        t.edited(now);
        let first = t.queued();
        assert!(!t.pending());
        t.edited(now);
        assert!(t.pending());
        assert!(!t.written(first), "a later edit is not written yet");
        let second = t.queued();
        // Reports may come out of order.
        assert!(t.written(second));
        assert!(t.written(first));
        assert_eq!(t.saved_generation(), second);
    }

    #[test]
    fn settling_leaves_nothing_to_save() {
        let now = Instant::now();
        let mut t = SaveTracker::new();
        t.edited(now);
        t.settle();
        assert!(!t.pending());
        assert!(t.all_saved());
        assert!(!t.untouched(), "edits stay counted for the session");
        assert_eq!(t.due(now, true, true), SaveDue::Nothing);
    }

    #[test]
    fn recovering_is_said_once_after_a_failure() {
        let mut t = SaveTracker::new();
        assert!(!t.recovered());
        t.failed();
        t.failed();
        assert!(t.recovered());
        assert!(!t.recovered());
    }
}
