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
//! program, not the PDF; the program carries them packed
//! ([`super::bundled`]).

use super::bundled::{DEJAVU, NOTO};
use super::texts::Unshown;
use std::collections::BTreeSet;
use std::sync::{LazyLock, Mutex};
use typst::foundations::Bytes;
use typst::text::{Coverage, Font, FontBook, FontInfo, FontStyle};
use typst::utils::LazyHash;
use unicode_normalization::char::is_combining_mark;
use unicode_segmentation::UnicodeSegmentation;

static BUNDLED: LazyLock<Vec<Font>> = LazyLock::new(|| {
    DEJAVU
        .iter()
        .chain(NOTO.iter().map(|(_, font)| font))
        .flat_map(|font| Font::iter(Bytes::new(font.bytes())))
        .collect()
});

/// What `font` really draws: its description with the characters its map
/// sends to glyph 0 taken out of its coverage (DejaVu Sans maps some 80,
/// ✅ among them, to its "missing" glyph, which PDF/UA-1 forbids drawing).
/// Typst chooses a fallback font by this coverage, so it must not promise
/// what the font cannot draw.
fn drawn(font: &Font) -> FontInfo {
    let mut info = font.info().clone();
    if let Ok(face) = ttf_parser::Face::parse(font.data(), font.index()) {
        let real: Vec<u32> = info
            .coverage
            .iter()
            .filter(|cp| {
                char::from_u32(*cp)
                    .and_then(|c| face.glyph_index(c))
                    .is_some_and(|glyph| glyph.0 != 0)
            })
            .collect();
        info.coverage = Coverage::from_vec(real);
    }
    info
}

/// The bundled fonts' descriptions, as [`drawn`] gives them.
static BUNDLED_DRAWN: LazyLock<Vec<FontInfo>> =
    LazyLock::new(|| BUNDLED.iter().map(drawn).collect());

fn has_glyph(info: &FontInfo, c: char) -> bool {
    info.coverage.contains(u32::from(c))
}

/// Whether a bundled font has `c`.
pub fn bundled_has(c: char) -> bool {
    BUNDLED_DRAWN.iter().any(|info| has_glyph(info, c))
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
static LOADED: Mutex<Vec<(std::path::PathBuf, u32, Font, FontInfo)>> = Mutex::new(Vec::new());

/// The fonts for one document: the bundled ones and whichever installed
/// ones it needs.
pub struct Fonts {
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
    /// What no font has, or no one font draws together: shown as
    /// [`super::texts::PLACEHOLDER`].
    pub unshown: Unshown,
}

/// The fonts needed for `texts` (every string a document will show).
pub fn for_texts(texts: &[String]) -> Fonts {
    choose(texts, true)
}

/// The bundled fonts only, for `texts`: what they lack is unshown.
pub fn bundled_only(texts: &[String]) -> Fonts {
    choose(texts, false)
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

fn choose(texts: &[String], installed: bool) -> Fonts {
    let mut fonts = BUNDLED.clone();
    let mut infos = BUNDLED_DRAWN.clone();
    // Each character once (an answer of 50,000 characters has perhaps a
    // hundred different ones), then only those no bundled font has.
    let mut wanted: BTreeSet<char> = texts
        .iter()
        .flat_map(|t| t.chars())
        .filter(|c| !needs_no_glyph(*c))
        .collect();
    wanted.retain(|c| !bundled_has(*c));
    let mut unshown = Unshown::default();
    for c in wanted {
        if infos.iter().any(|info| has_glyph(info, c)) {
            continue;
        }
        match installed.then(|| installed_for(c)).flatten() {
            Some((font, info)) => {
                fonts.push(font);
                infos.push(info);
            }
            None => {
                unshown.chars.insert(c);
            }
        }
    }
    unshown.clusters = split_clusters(texts, &infos, &unshown.chars);
    Fonts {
        book: LazyHash::new(FontBook::from_infos(infos)),
        fonts,
        unshown,
    }
}

/// Letters with marks that typst would not draw whole: the body font
/// (DejaVu Sans, first in `fonts`) has some of a cluster's characters but
/// not all, or has none and no one font has them all. Typst then draws
/// the cluster in pieces and can drop the letter without a word (seen:
/// an Urdu ہ with a fatha, whose fatha DejaVu has and whose ہ it lacks),
/// so such a cluster is shown as one placeholder and said.
fn split_clusters(
    texts: &[String],
    infos: &[FontInfo],
    missing: &BTreeSet<char>,
) -> BTreeSet<String> {
    let mut split = BTreeSet::new();
    if infos.is_empty() {
        return split;
    }
    let has = |i: usize, c: char| has_glyph(&infos[i], c);
    for text in texts {
        // Most text is one character a cluster: look closer only where a
        // mark or joiner makes clusters longer.
        if text.is_ascii() {
            continue;
        }
        for cluster in text.graphemes(true) {
            // A letter under a flood of marks (the rules refuse it; a draft
            // copy may hold it) would draw over the lines around it.
            let marks = cluster.chars().filter(|c| is_combining_mark(*c)).count();
            if marks > crate::unseen::MARKS_ONE_LINE {
                split.insert(cluster.to_owned());
                continue;
            }
            let chars: Vec<char> = cluster.chars().filter(|c| !needs_no_glyph(*c)).collect();
            if chars.len() < 2 || chars.iter().any(|c| missing.contains(c)) {
                continue;
            }
            // Arabic script is set in Noto Sans Arabic alone (the
            // templates' font list): whole when it has every character.
            if chars.iter().all(|c| is_arabic_script(*c))
                && let Some(arabic) = infos.iter().position(|i| i.family == "Noto Sans Arabic")
                && chars.iter().all(|c| has(arabic, *c))
            {
                continue;
            }
            let in_body = chars.iter().filter(|c| has(0, **c)).count();
            let whole = match in_body {
                0 => (0..infos.len()).any(|i| chars.iter().all(|c| has(i, *c))),
                n => n == chars.len(),
            };
            if !whole {
                split.insert(cluster.to_owned());
            }
        }
    }
    split
}

/// The blocks the templates set in Noto Sans Arabic (`arabic-script` in
/// assets/pdf/*.typ): Arabic, its supplement and extended blocks, and its
/// presentation forms.
fn is_arabic_script(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{0870}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
    )
}

/// An installed font that really draws `c`: upright and nearest to
/// regular weight first, loaded (and kept) on first use; the next is tried
/// when one maps `c` to its missing glyph (three at most). None when none
/// has it or their files cannot be read now.
fn installed_for(c: char) -> Option<(Font, FontInfo)> {
    let mut candidates: Vec<&Installed> = INSTALLED
        .iter()
        .filter(|f| f.info.coverage.contains(u32::from(c)))
        .collect();
    candidates.sort_by_key(|f| {
        (
            f.info.variant.style != FontStyle::Normal,
            (i32::from(f.info.variant.weight.to_number()) - 400).abs(),
        )
    });
    let mut loaded = LOADED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for candidate in candidates.into_iter().take(3) {
        let known = loaded
            .iter()
            .find(|(path, index, _, _)| *path == candidate.path && *index == candidate.index)
            .map(|(_, _, font, info)| (font.clone(), info.clone()));
        let (font, info) = match known {
            Some(known) => known,
            None => {
                let Ok(data) = std::fs::read(&candidate.path) else {
                    continue;
                };
                let Some(font) = Font::new(Bytes::new(data), candidate.index) else {
                    continue;
                };
                let info = drawn(&font);
                loaded.push((
                    candidate.path.clone(),
                    candidate.index,
                    font.clone(),
                    info.clone(),
                ));
                (font, info)
            }
        };
        if has_glyph(&info, c) {
            return Some((font, info));
        }
    }
    None
}

#[cfg(test)]
mod tests {

    use super::super::texts::{Texts, placeholders};
    use super::*;

    /// One string of text, as a document with a single line.
    struct One(String);

    impl Texts for One {
        fn each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
            f(&mut self.0);
        }
    }

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
        let fonts = bundled_only(&[text.to_owned()]);
        for c in ['\u{200c}', '\u{200d}', '\u{200f}', '\u{fe0f}', '\u{ad}'] {
            assert!(!fonts.unshown.chars.contains(&c), "{c:?}");
        }
    }

    #[test]
    fn a_character_no_font_has_is_missing_and_replaced() {
        // A private-use character: no font on any computer is expected to
        // have it.
        let fonts = for_texts(&["Ali \u{f8ff}\u{10fffd}".to_owned()]);
        assert!(fonts.unshown.chars.contains(&'\u{10fffd}'));
        assert!(!fonts.unshown.chars.contains(&'A'));
        let mut one = One("Ali \u{10fffd}\u{feff}".into());
        assert!(placeholders(&mut one, &fonts.unshown));
        assert_eq!(one.0, "Ali \u{25a1}");
    }

    #[test]
    fn a_glyph_mapped_to_the_missing_glyph_is_not_had() {
        // DejaVu Sans's character map names ✅ but draws it as glyph 0.
        assert!(!bundled_has('\u{2705}'));
        let fonts = bundled_only(&["Done \u{2705}".to_owned()]);
        assert!(fonts.unshown.chars.contains(&'\u{2705}'));
    }

    #[test]
    fn a_letter_and_a_mark_no_one_font_draws_together_are_one_placeholder() {
        // A Devanagari letter (Noto only) with a Hebrew point (DejaVu
        // too): typst would draw it in pieces and could drop the letter.
        // A letter under 300 marks would draw up the page. Latin,
        // Devanagari and Arabic clusters one font draws whole are kept,
        // Urdu ہ with a fatha among them (Arabic script goes to Noto Sans
        // Arabic alone).
        let flood = format!("Z{}", "\u{301}".repeat(300));
        let texts = [format!(
            "\u{915}\u{5b8} e\u{301} \u{915}\u{93f} \u{628}\u{64e} \u{6c1}\u{64e} {flood}"
        )];
        let fonts = bundled_only(&texts);
        assert_eq!(
            fonts.unshown.clusters.iter().collect::<Vec<_>>(),
            vec![&flood, &"\u{915}\u{5b8}".to_owned()]
        );
        let mut one = One(texts[0].clone());
        assert!(placeholders(&mut one, &fonts.unshown));
        assert_eq!(
            one.0,
            "\u{25a1} e\u{301} \u{915}\u{93f} \u{628}\u{64e} \u{6c1}\u{64e} \u{25a1}"
        );
    }

    /// Every character of the copy's own words (the form's questions, the
    /// copy's headings, the record's entries and the history's lines the
    /// chronology quotes from cli.ftl, English and Welsh) is
    /// drawn by a bundled font: none becomes a placeholder box, whatever
    /// fonts the computer has.
    #[test]
    fn every_character_of_the_copys_words_has_a_bundled_glyph() {
        let shown =
            crate::i18n::shown_characters(&["form.ftl", "pdf.ftl", "records.ftl", "cli.ftl"]);
        assert!(shown.contains(&'ŵ'), "the catalogue was not read");
        let missing: String = shown.iter().filter(|c| !bundled_has(**c)).collect();
        assert!(missing.is_empty(), "no bundled font draws {missing:?}");
    }
}
