//! The text a PDF shows, as something that can be walked: to find the
//! fonts it needs and to show what no font has as a placeholder. No typst
//! here, so the command line's build without the typesetter has it too.

use std::collections::BTreeSet;
use unicode_segmentation::UnicodeSegmentation;

/// The placeholder for a character no font has.
pub const PLACEHOLDER: char = '\u{25a1}';

/// Never drawn and refused inside a PDF/UA-1 file by typst: taken out of
/// the copy's text (the export keeps it).
const BYTE_ORDER_MARK: char = '\u{feff}';

/// Something whose text a PDF shows: each string can be visited.
pub trait Texts {
    fn each_text(&mut self, f: &mut dyn FnMut(&mut String));
}

/// What a copy cannot show: characters no font has, and letters with marks
/// that no one font draws together (typst would drop the letter: shown
/// as one placeholder instead, and said).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unshown {
    pub chars: BTreeSet<char>,
    pub clusters: BTreeSet<String>,
}

impl Unshown {
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty() && self.clusters.is_empty()
    }

    /// What was shown as "□", by code point, to say which: each character,
    /// then each cluster's first (a letter under a flood of marks), at most
    /// ten, then "…".
    pub fn codes(&self) -> String {
        const AT_MOST: usize = 10;
        let all: Vec<String> = self
            .chars
            .iter()
            .copied()
            .chain(self.clusters.iter().filter_map(|c| c.chars().next()))
            .map(|c| format!("U+{:04X}", u32::from(c)))
            .collect();
        let mut codes = all
            .iter()
            .take(AT_MOST)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if all.len() > AT_MOST {
            codes.push_str(", …");
        }
        codes
    }
}

/// Every string of `made`'s text.
pub fn texts(made: &mut impl Texts) -> Vec<String> {
    let mut all = Vec::new();
    made.each_text(&mut |text| all.push(text.clone()));
    all
}

/// What `unshown` names in `made` shown as [`PLACEHOLDER`] (a cluster as
/// one), and byte order marks taken out; true when anything was replaced.
pub fn placeholders(made: &mut impl Texts, unshown: &Unshown) -> bool {
    let mut replaced = false;
    made.each_text(&mut |text| {
        if text.contains(BYTE_ORDER_MARK) {
            text.retain(|c| c != BYTE_ORDER_MARK);
        }
        if unshown.is_empty() {
            return;
        }
        let hit = text.chars().any(|c| unshown.chars.contains(&c))
            || (!unshown.clusters.is_empty()
                && text.graphemes(true).any(|g| unshown.clusters.contains(g)));
        if !hit {
            return;
        }
        replaced = true;
        let mut out = String::with_capacity(text.len());
        for g in text.graphemes(true) {
            if unshown.clusters.contains(g) {
                out.push(PLACEHOLDER);
            } else {
                out.extend(g.chars().map(|c| {
                    if unshown.chars.contains(&c) {
                        PLACEHOLDER
                    } else {
                        c
                    }
                }));
            }
        }
        *text = out;
    });
    replaced
}
