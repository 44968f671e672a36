//! Text a person cannot read as it is: characters that draw nothing (a
//! zero-width space pasted into a name) and letters buried under marks (a
//! "Zalgo" flood of hundreds of accents on one letter).
//!
//! Neither is changed: the draft keeps what was typed, and the rules refuse
//! to send it with a message saying what and where ([`crate::rules`]).
//! An invisible character in a name would stop it matching the same name
//! typed again ("referred before", a receiver's search), and shows nothing
//! anyone could check; a mark flood draws over the lines around it.

use unicode_normalization::char::is_combining_mark;

/// The most marks one letter may carry in a one-line answer (a name, an
/// address line): Vietnamese writes two, Hebrew with its points four or
/// five, Indic and Thai three.
pub const MARKS_ONE_LINE: usize = 8;

/// The most marks one letter may carry in long text: Unicode's limit for
/// stream-safe text (UAX #15), above which no real writing goes.
pub const MARKS_LONG: usize = 30;

/// What is wrong, and the visible text just before it, to find it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unseen {
    /// A character that draws nothing, named by its code point (`U+200B`).
    Invisible { code: String, before: String },
    /// More marks on one letter than any language writes.
    Marks { count: usize, before: String },
}

/// Characters that draw nothing and take no room, other than the controls
/// and bidi controls refused already ([`crate::values::has_forbidden_character`]):
/// the soft hyphen, the zero-width space, joiners and non-joiners, the
/// left-to-right and right-to-left marks, the word joiner and invisible
/// operators, the byte order mark, Hangul and Khitan fillers, Mongolian
/// free variation selectors, the tag characters, the braille blank,
/// interlinear annotation and Egyptian format controls, and the line and
/// paragraph separators (a line break in a one-line answer). Emoji variation selectors
/// (U+FE0F) are not among them: they choose how a visible character looks.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2060}'..='\u{2064}'
            | '\u{206A}'..='\u{206F}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{2800}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{16FE4}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E007F}'
    ) || is_noncharacter(c)
}

/// Unicode's 66 noncharacters (U+FDD0–U+FDEF, and the last two code points
/// of every plane, U+FFFE and U+FFFF among them): kept for a program's own
/// use, never part of text anyone writes, and drawn as nothing or a box.
fn is_noncharacter(c: char) -> bool {
    let c = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&c) || c & 0xFFFE == 0xFFFE
}

/// Whether an invisible character is doing a job here: a joiner or
/// non-joiner after a letter (or its mark) of a script that uses them
/// (Arabic, Syriac, N'Ko, the Indic scripts and Sinhala, Myanmar, Khmer,
/// Mongolian) and before another or at a word's end (a Malayalam chillu,
/// a Bengali khanda-ta), or inside an emoji sequence; or a tag character
/// in a flag (🏴 then tags, as England's and Wales's flags are written).
fn does_a_job(previous: Option<char>, c: char, next: Option<char>) -> bool {
    match c {
        '\u{200C}' | '\u{200D}' => {
            let Some(previous) = previous else {
                return false;
            };
            (joins(previous) && next.is_none_or(|n| joins(n) || !n.is_alphanumeric()))
                || (is_emoji_part(previous) && next.is_some_and(is_emoji_part))
        }
        '\u{E0020}'..='\u{E007F}' => {
            matches!(previous, Some('\u{1F3F4}' | '\u{E0020}'..='\u{E007E}'))
        }
        _ => false,
    }
}

/// A letter or mark of a script written with joiners and non-joiners.
fn joins(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{08FF}'
            | '\u{0900}'..='\u{0DFF}'
            | '\u{1000}'..='\u{109F}'
            | '\u{1780}'..='\u{18AF}'
            | '\u{A8E0}'..='\u{A8FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFC}'
    ) && (c.is_alphabetic() || is_combining_mark(c))
}

/// A part of an emoji sequence: a pictograph, a skin tone, the emoji
/// variation selector, or the combining keycap.
fn is_emoji_part(c: char) -> bool {
    matches!(
        c,
        '\u{2190}'..='\u{2BFF}' | '\u{FE0F}' | '\u{20E3}' | '\u{1F000}'..='\u{1FAFF}'
    )
}

/// The first thing in `text` a person could not read as it is: an
/// invisible character (in a one-line answer only: a quote in long text is
/// kept as it was copied), or a letter with more marks than `MARKS_*`.
/// Text of plain ASCII, almost every answer, is passed at once; other text
/// is walked once, with nothing allocated unless something is found (the
/// rules run as a page is drawn).
pub fn unseen(text: &str, long: bool) -> Option<Unseen> {
    if text.is_ascii() {
        return None;
    }
    let limit = if long { MARKS_LONG } else { MARKS_ONE_LINE };
    let mut marks = 0;
    // Where the run of marks began (the byte after its letter).
    let mut run_start = 0;
    let mut previous = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if is_invisible(c) {
            if !long {
                let next = chars.peek().map(|(_, c)| *c);
                if !does_a_job(previous, c, next) {
                    return Some(Unseen::Invisible {
                        code: format!("U+{:04X}", u32::from(c)),
                        before: visible_before(&text[..at]),
                    });
                }
            }
            // A joiner between marks does not start a new letter: the
            // marks around it are counted together, as they are drawn.
        } else if is_combining_mark(c) {
            if marks == 0 {
                run_start = at;
            }
            marks += 1;
            if marks > limit {
                let rest = text[at..]
                    .chars()
                    .take_while(|c| is_combining_mark(*c) || is_invisible(*c))
                    .filter(|c| is_combining_mark(*c))
                    .count();
                return Some(Unseen::Marks {
                    count: marks - 1 + rest,
                    before: visible_before(&text[..run_start]),
                });
            }
        } else {
            marks = 0;
        }
        previous = Some(c);
    }
    None
}

/// Up to 12 visible characters before a place, to find it by: marks,
/// invisible, control and bidi control characters left out (long text may
/// hold a bidi control, which would reverse the message around it).
pub fn visible_before(text: &str) -> String {
    let mut visible: Vec<char> = Vec::new();
    for c in text.chars().rev() {
        // A line break or a tab parts words as a space does: never glued
        // ("then\nthe" is "then the"), and one space for a run.
        let c = if c.is_whitespace() { ' ' } else { c };
        let hidden = is_combining_mark(c)
            || is_invisible(c)
            || c.is_control()
            || crate::values::is_bidi_control(c);
        if hidden || (c == ' ' && visible.last() == Some(&' ')) {
            continue;
        }
        visible.push(c);
        if visible.len() == 12 {
            break;
        }
    }
    visible
        .into_iter()
        .rev()
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_names_in_any_script_pass() {
        for name in [
            "Siân Llŷr",
            "Nguyễn Thị Minh Khai",
            "Żółć Łucja",
            "عائشہ خان",
            // Persian, with a zero-width non-joiner doing its job.
            "مهر\u{200C}آرا",
            // Devanagari with a joiner between two of its letters.
            "क्\u{200D}ष",
            "שְׁלֹמֹה",
            "Ελένη",
            // A family emoji, and the flag of Wales (🏴 and tags).
            "👨\u{200D}👩\u{200D}👧",
            "\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}",
            // A variation selector is not invisible: it picks a look.
            "\u{2764}\u{FE0F}",
            "\u{2764}\u{FE0F}\u{200D}\u{1F525}",
            // A Malayalam chillu and a Bengali khanda-ta in the older
            // encoding: a joiner at the end of the word.
            "\u{D17}\u{D4B}\u{D2A}\u{D3E}\u{D32}\u{D28}\u{D4D}\u{200D}",
            "\u{9B6}\u{9B0}\u{9CE} \u{9A4}\u{9CD}\u{200D} x",
        ] {
            assert_eq!(unseen(name, false), None, "{name:?}");
        }
    }

    #[test]
    fn invisible_characters_in_one_line_answers_are_found_and_placed() {
        assert_eq!(
            unseen("Ali\u{200B} Khan", false),
            Some(Unseen::Invisible {
                code: "U+200B".into(),
                before: "Ali".into()
            })
        );
        assert_eq!(
            unseen("\u{FEFF}Ali", false),
            Some(Unseen::Invisible {
                code: "U+FEFF".into(),
                before: String::new()
            })
        );
        // A joiner between Latin letters does nothing but hide.
        assert!(matches!(
            unseen("A\u{200D}li", false),
            Some(Unseen::Invisible { .. })
        ));
        assert!(matches!(
            unseen("Jos\u{00AD}é", false),
            Some(Unseen::Invisible { .. })
        ));
        // Not a script that joins: Vietnamese, full-width Latin, spaces.
        for hidden in [
            "Nguy\u{1EC5}\u{200D}\u{1EC5}n",
            "\u{FF21}\u{200D}\u{FF22}",
            "a\u{2002}\u{200D}\u{2002}b",
            // On the list though it is also a mark, and a line break.
            "A\u{34F}li",
            "Test\u{2028}person",
            // Noncharacters: never text anyone writes.
            "Ali\u{FFFF}",
            "Ali\u{FDD0}",
            "Ali\u{10FFFE}",
        ] {
            assert!(
                matches!(unseen(hidden, false), Some(Unseen::Invisible { .. })),
                "{hidden:?}"
            );
        }
        // Long text keeps a quote as it was copied.
        assert_eq!(unseen("copied\u{200B}text é", true), None);
        // Words before it are never glued across a line break or a tab.
        assert_eq!(visible_before("so\nthe\n\tend \u{200B} "), "so the end");
    }

    #[test]
    fn a_flood_of_marks_is_found_and_counted() {
        let flood = format!("Ali Z{}a", "\u{0301}".repeat(300));
        assert_eq!(
            unseen(&flood, false),
            Some(Unseen::Marks {
                count: 300,
                before: "Ali Z".into()
            })
        );
        assert_eq!(unseen(&flood, true), unseen(&flood, false));
        let eight = format!("e{}", "\u{0301}".repeat(8));
        assert_eq!(unseen(&eight, false), None);
        assert!(unseen(&format!("e{}", "\u{0301}".repeat(9)), false).is_some());
        let thirty = format!("e{}", "\u{0301}".repeat(30));
        assert_eq!(unseen(&thirty, true), None);
        // Non-joiners between the marks do not split the count.
        let split = format!("\u{628}{}\u{64e}\u{6cc}", "\u{64e}\u{200c}".repeat(20));
        assert!(matches!(
            unseen(&split, false),
            Some(Unseen::Marks { count: 21, .. })
        ));
        // A bidi control in long text is not echoed in the message.
        let reversed = format!("said \u{202e}ok e{}", "\u{301}".repeat(31));
        assert_eq!(
            unseen(&reversed, true),
            Some(Unseen::Marks {
                count: 31,
                before: "said ok e".into()
            })
        );
        // Marks with nothing under them at the start.
        assert!(matches!(
            unseen(&"\u{0301}".repeat(40), true),
            Some(Unseen::Marks { count: 40, .. })
        ));
    }
}
