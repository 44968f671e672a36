//! "Hide now": Shift pressed three times, each within a second of the
//! last, with no other key between, hides the window at once (as GOV.UK's
//! "Exit this page" does). No egui here: the shell feeds it the key presses.

use std::time::{Duration, Instant};

/// How long after one Shift press the next one still counts.
pub const WITHIN: Duration = Duration::from_secs(1);

/// Counts Shift presses towards three.
#[derive(Debug, Clone, Default)]
pub struct ShiftPresses {
    count: u8,
    last: Option<Instant>,
}

impl ShiftPresses {
    /// A Shift key went down (not a repeat). True on the third in a row.
    pub fn shift(&mut self, at: Instant) -> bool {
        let in_time = self
            .last
            .is_some_and(|last| at.saturating_duration_since(last) <= WITHIN);
        self.count = if in_time { self.count + 1 } else { 1 };
        self.last = Some(at);
        if self.count >= 3 {
            *self = Self::default();
            true
        } else {
            false
        }
    }

    /// Any other key went down, or text was typed: the count starts again.
    pub fn other(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_shifts_within_a_second_each_hide() {
        let t0 = Instant::now();
        let mut s = ShiftPresses::default();
        assert!(!s.shift(t0));
        assert!(!s.shift(t0 + Duration::from_millis(900)));
        assert!(s.shift(t0 + Duration::from_millis(1800)));
        // And it starts again after.
        assert!(!s.shift(t0 + Duration::from_millis(1900)));
    }

    #[test]
    fn a_slow_press_or_another_key_starts_again() {
        let t0 = Instant::now();
        let mut s = ShiftPresses::default();
        s.shift(t0);
        s.shift(t0 + Duration::from_millis(500));
        assert!(
            !s.shift(t0 + Duration::from_millis(1600)),
            "1.1 s after the last"
        );
        let mut s = ShiftPresses::default();
        s.shift(t0);
        s.shift(t0 + Duration::from_millis(100));
        s.other();
        assert!(!s.shift(t0 + Duration::from_millis(200)));
        assert!(!s.shift(t0 + Duration::from_millis(300)));
        assert!(s.shift(t0 + Duration::from_millis(400)));
    }
}
