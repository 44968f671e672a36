//! The text a PDF shows, as something that can be walked: to find the
//! fonts it needs and to show what no font has as a placeholder. No typst
//! here, so the command line's build without the typesetter has it too.

use std::collections::BTreeSet;

/// The placeholder for a character no font has.
pub const PLACEHOLDER: char = '\u{25a1}';

/// Something whose text a PDF shows: each string can be visited.
pub trait Texts {
    fn each_text(&mut self, f: &mut dyn FnMut(&mut String));
}

/// Every character of `made`'s text.
pub fn characters(made: &mut impl Texts) -> Vec<char> {
    let mut all = Vec::new();
    made.each_text(&mut |text| all.extend(text.chars()));
    all
}

/// Each character of `missing` in `made` shown as [`PLACEHOLDER`]; true
/// when anything was replaced.
pub fn placeholders(made: &mut impl Texts, missing: &BTreeSet<char>) -> bool {
    let mut replaced = false;
    if missing.is_empty() {
        return false;
    }
    made.each_text(&mut |text| {
        if text.chars().any(|c| missing.contains(&c)) {
            replaced = true;
            *text = text
                .chars()
                .map(|c| if missing.contains(&c) { PLACEHOLDER } else { c })
                .collect();
        }
    });
    replaced
}
