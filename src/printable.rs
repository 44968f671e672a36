//! Anything taken from a file, made safe to print on a terminal: one
//! helper, used by every command-line message.
//!
//! A file name, a key, a label or a parser's message may hold escape
//! sequences (clear the screen, set the title, write the clipboard),
//! carriage returns, bidi overrides, or five megabytes of text. [`shown`]
//! writes every control and formatting character as `\u{…}` and cuts the
//! text at [`SHOWN_MAX`] characters. [`without_value`] takes the answer out
//! of a parser's message ("unknown variant `Alex …`").

/// The most characters of one value a message shows.
pub const SHOWN_MAX: usize = 200;

/// `text` escaped and shortened for a terminal.
pub fn shown(text: &str) -> String {
    shown_within(text, SHOWN_MAX)
}

/// The most characters of one whole message (an error, said with the
/// values in it already cut at [`SHOWN_MAX`]): long enough for the advice
/// at its end, short enough to bound what a file can make a terminal show.
pub const MESSAGE_MAX: usize = 1_000;

/// A whole message made safe to print: escaped as [`shown`] escapes, cut
/// only past [`MESSAGE_MAX`] (a message's own words are never cut short
/// of its advice; the values from the file in it are cut already).
pub fn shown_message(text: &str) -> String {
    shown_within(text, MESSAGE_MAX)
}

/// As [`shown`], with another length limit (for a whole line of output).
pub fn shown_within(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max.saturating_mul(2)));
    for (i, c) in text.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        if needs_escape(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// Writes `value` as pretty JSON, one line break after, for a terminal
/// (see [`json_for_terminal`]).
pub fn print_json(out: &mut dyn std::io::Write, value: &impl serde::Serialize) {
    let json = serde_json::to_string_pretty(value).unwrap_or_default();
    let _ = writeln!(out, "{}", json_for_terminal(&json));
}

/// JSON for a terminal: serde_json escapes control characters but leaves
/// bidi controls (U+202E and the like) raw, which reorder what a terminal
/// shows. Those are written as `\uXXXX`, which reads back the same.
pub fn json_for_terminal(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if needs_escape(c) && !c.is_ascii_control() {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Control characters (C0, DEL, C1), bidi embedding, override, isolate and
/// mark characters, zero-width characters and line or paragraph separators.
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || crate::values::is_bidi_control(c)
        || matches!(
            c,
            '\u{200B}'
                ..='\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{2060}' | '\u{FEFF}' | '\u{061C}'
        )
}

/// A serde message with the value it quotes taken out: "unknown variant
/// `Alex …`, expected one of `yes`, `no`" becomes "unknown variant, expected
/// one of `yes`, `no`". The value may be an answer; what is expected comes
/// from the program.
pub fn without_value(message: &str) -> String {
    const QUOTING: [&str; 4] = [
        "unknown variant",
        "invalid type",
        "invalid value",
        "invalid length",
    ];
    if !QUOTING.iter().any(|p| message.starts_with(p)) {
        return message.to_owned();
    }
    let (head, expected) = match message.rfind(", expected ") {
        Some(at) => (&message[..at], &message[at..]),
        None => (message, ""),
    };
    let head = head
        .find(['`', '"', '\''])
        .map_or(head, |at| &head[..at])
        .trim_end()
        .trim_end_matches(':');
    format!("{head}{expected}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_controls_are_written_out_and_long_text_cut() {
        assert_eq!(shown("a\u{1b}]0;x\u{7}b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(shown("one\rtwo\n"), "one\\u{d}two\\u{a}");
        assert_eq!(shown("\u{202e}fdp.exe"), "\\u{202e}fdp.exe");
        let long = "k".repeat(5_000_000);
        assert_eq!(shown(&long).chars().count(), SHOWN_MAX + 1);
        assert_eq!(shown("Café – ok"), "Café – ok");
    }

    #[test]
    fn answers_are_taken_out_of_parser_messages() {
        assert_eq!(
            without_value(
                "unknown variant `Alex Testperson lives at 12 Example Road`, expected one of `yes`, `no`"
            ),
            "unknown variant, expected one of `yes`, `no`"
        );
        assert_eq!(
            without_value("invalid type: string \"12 Example Road\", expected a number"),
            "invalid type: string, expected a number"
        );
        assert_eq!(
            without_value("invalid type: integer `5`, expected a string"),
            "invalid type: integer, expected a string"
        );
        assert_eq!(without_value("missing field `id`"), "missing field `id`");
    }
}
