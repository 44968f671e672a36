//! The fonts a PDF is set in, so that a name or a quote in any script a
//! person in England or Wales may write is drawn, not refused:
//!
//! 1. bundled, always: DejaVu Sans (Latin with its diacritics, Greek,
//!    Cyrillic) and Noto Sans, regular weight, for Arabic (and Urdu),
//!    Hebrew, Bengali, Gurmukhi, Gujarati, Devanagari, Tamil and Thai
//!    (assets/fonts/README.md: about 1.1 MB in all);
//! 2. for what none of those has (Chinese, Japanese, Korean, emoji, rarer
//!    scripts): the fonts installed on the computer, searched once, the
//!    first time such a character is met (Windows ships Microsoft YaHei,
//!    Yu Gothic, Malgun Gothic, Nirmala UI, Segoe UI Emoji);
//! 3. what no font has is drawn as "□" and said on the copy
//!    ([`super::texts::placeholders`]): PDF/UA-1 forbids a missing glyph, and a copy with
//!    a placeholder is better than no copy at all. The JSON export always
//!    holds the text exactly.
//!
//! Typst embeds only the glyphs a document uses, so a font's size costs the
//! program, not the PDF.

use std::collections::BTreeSet;
use std::sync::{LazyLock, Mutex};
use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo, FontStyle};
use typst::utils::LazyHash;

/// DejaVu Sans (assets/fonts/LICENSE-DejaVu.txt): embedding allowed.
const DEJAVU: [&[u8]; 2] = [
    include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
    include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf"),
];

/// Noto Sans, regular weight, for the scripts DejaVu Sans and Open Sans
/// lack (assets/fonts/noto/LICENSE-OFL.txt: embedding allowed). The window
/// draws with them too (src/ui/style.rs), so they are in the program once.
pub(crate) const NOTO: [(&str, &[u8]); 8] = [
    (
        "noto-arabic",
        include_bytes!("../../assets/fonts/noto/NotoSansArabic-Regular.ttf"),
    ),
    (
        "noto-hebrew",
        include_bytes!("../../assets/fonts/noto/NotoSansHebrew-Regular.ttf"),
    ),
    (
        "noto-bengali",
        include_bytes!("../../assets/fonts/noto/NotoSansBengali-Regular.ttf"),
    ),
    (
        "noto-gurmukhi",
        include_bytes!("../../assets/fonts/noto/NotoSansGurmukhi-Regular.ttf"),
    ),
    (
        "noto-gujarati",
        include_bytes!("../../assets/fonts/noto/NotoSansGujarati-Regular.ttf"),
    ),
    (
        "noto-devanagari",
        include_bytes!("../../assets/fonts/noto/NotoSansDevanagari-Regular.ttf"),
    ),
    (
        "noto-tamil",
        include_bytes!("../../assets/fonts/noto/NotoSansTamil-Regular.ttf"),
    ),
    (
        "noto-thai",
        include_bytes!("../../assets/fonts/noto/NotoSansThai-Regular.ttf"),
    ),
];

static BUNDLED: LazyLock<Vec<Font>> = LazyLock::new(|| {
    DEJAVU
        .iter()
        .chain(NOTO.iter().map(|(_, bytes)| bytes))
        .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
        .collect()
});

/// Whether a bundled font has `c`.
pub fn bundled_has(c: char) -> bool {
    BUNDLED
        .iter()
        .any(|font| font.info().coverage.contains(u32::from(c)))
}

/// A font installed on the computer: where it is and what it covers (read
/// once, without keeping the file in memory).
struct Installed {
    path: std::path::PathBuf,
    index: u32,
    info: FontInfo,
}

/// The computer's fonts, read the first time a character no bundled font
/// has is met (a few hundred milliseconds on a Windows with every language
/// pack; never on the window's thread: copies are made in the background).
static INSTALLED: LazyLock<Vec<Installed>> = LazyLock::new(|| {
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    db.faces()
        .filter_map(|face| {
            let fontdb::Source::File(path) = &face.source else {
                return None;
            };
            let info = db.with_face_data(face.id, FontInfo::new)??;
            Some(Installed {
                path: path.clone(),
                index: face.index,
                info,
            })
        })
        .collect()
});

/// Installed fonts already loaded for a copy, kept for the next one.
static LOADED: Mutex<Vec<(std::path::PathBuf, u32, Font)>> = Mutex::new(Vec::new());

/// The fonts for one document: the bundled ones and whichever installed
/// ones it needs.
pub struct Fonts {
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
    /// What no font has, in order: shown as [`super::texts::PLACEHOLDER`].
    pub missing: BTreeSet<char>,
}

/// The fonts needed for `text` (every character a document will show).
pub fn for_text(text: impl Iterator<Item = char>) -> Fonts {
    choose(text, true)
}

/// The bundled fonts only, for `text`: what they lack is missing.
pub fn bundled_only(text: impl Iterator<Item = char>) -> Fonts {
    choose(text, false)
}

/// How many fonts are bundled (more in [`Fonts::fonts`] are installed ones).
pub fn bundled_count() -> usize {
    BUNDLED.len()
}

/// Characters that are never drawn, so need no glyph (Unicode's default
/// ignorable code points: joiners, direction marks, variation selectors,
/// the soft hyphen, tags). A zero-width non-joiner in Urdu or Persian, or
/// the joiner inside an emoji sequence, must not become a visible "□".
fn needs_no_glyph(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || matches!(
            u32::from(c),
            0xAD | 0x34F
                | 0x61C
                | 0x115F..=0x1160
                | 0x17B4..=0x17B5
                | 0x180B..=0x180F
                | 0x200B..=0x200F
                | 0x202A..=0x202E
                | 0x2060..=0x206F
                | 0x3164
                | 0xFE00..=0xFE0F
                | 0xFEFF
                | 0xFFA0
                | 0xFFF0..=0xFFF8
                | 0x1BCA0..=0x1BCA3
                | 0x1D173..=0x1D17A
                | 0xE0000..=0xE0FFF
        )
}

fn choose(text: impl Iterator<Item = char>, installed: bool) -> Fonts {
    let mut fonts = BUNDLED.clone();
    // Each character once (an answer of 50,000 characters has perhaps a
    // hundred different ones), then only those no bundled font has.
    let mut wanted: BTreeSet<char> = text.filter(|c| !needs_no_glyph(*c)).collect();
    wanted.retain(|c| !bundled_has(*c));
    let mut missing = BTreeSet::new();
    for c in wanted {
        let covered = |f: &Font| f.info().coverage.contains(u32::from(c));
        if fonts.iter().any(covered) {
            continue;
        }
        match installed.then(|| installed_for(c)).flatten() {
            Some(font) => fonts.push(font),
            None => {
                missing.insert(c);
            }
        }
    }
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        missing,
    }
}

/// An installed font that has `c`: upright and nearest to regular weight
/// first, loaded (and kept) on first use. None when none has it or its
/// file cannot be read now.
fn installed_for(c: char) -> Option<Font> {
    let best = INSTALLED
        .iter()
        .filter(|f| f.info.coverage.contains(u32::from(c)))
        .min_by_key(|f| {
            (
                f.info.variant.style != FontStyle::Normal,
                (i32::from(f.info.variant.weight.to_number()) - 400).abs(),
            )
        })?;
    let mut loaded = LOADED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, _, font)) = loaded
        .iter()
        .find(|(path, index, _)| *path == best.path && *index == best.index)
    {
        return Some(font.clone());
    }
    let data = std::fs::read(&best.path).ok()?;
    let font = Font::new(Bytes::new(data), best.index)?;
    loaded.push((best.path.clone(), best.index, font.clone()));
    Some(font)
}

#[cfg(test)]
mod tests {
    use super::super::texts::{Texts, placeholders};
    use super::*;

    #[test]
    fn the_bundled_fonts_cover_the_scripts_they_are_bundled_for() {
        // Welsh, Polish, Greek, Cyrillic, Arabic, Urdu, Hebrew, Bengali,
        // Gurmukhi, Gujarati, Devanagari, Tamil, Thai.
        for text in [
            "ŵŷâ",
            "Łódź",
            "Αθήνα",
            "Київ",
            "مرحبا",
            "ٹھیک ہے",
            "שלום",
            "বাংলা",
            "ਪੰਜਾਬੀ",
            "ગુજરાતી",
            "हिन्दी",
            "தமிழ்",
            "ภาษาไทย",
        ] {
            for c in text.chars() {
                assert!(bundled_has(c), "{text}: {c:?} (U+{:04X})", u32::from(c));
            }
        }
    }

    #[test]
    fn joiners_marks_and_selectors_are_never_missing() {
        // Persian with a zero-width non-joiner, a family emoji's joiners,
        // a right-to-left mark, a variation selector, a soft hyphen.
        let text =
            "می\u{200c}خواهم \u{1f468}\u{200d}\u{1f469} \u{200f}x \u{2764}\u{fe0f} co\u{ad}op";
        let fonts = bundled_only(text.chars());
        for c in ['\u{200c}', '\u{200d}', '\u{200f}', '\u{fe0f}', '\u{ad}'] {
            assert!(!fonts.missing.contains(&c), "{c:?}");
        }
    }

    #[test]
    fn a_character_no_font_has_is_missing_and_replaced() {
        // A private-use character: no font on any computer is expected to
        // have it.
        let fonts = for_text("Ali \u{f8ff}\u{10fffd}".chars());
        assert!(fonts.missing.contains(&'\u{10fffd}'));
        assert!(!fonts.missing.contains(&'A'));
        struct One(String);
        impl Texts for One {
            fn each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
                f(&mut self.0);
            }
        }
        let mut one = One("Ali \u{10fffd}".into());
        assert!(placeholders(&mut one, &fonts.missing));
        assert_eq!(one.0, "Ali \u{25a1}");
    }
}
