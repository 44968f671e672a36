//! Names Windows refuses, or takes for something else: a device (CON, NUL,
//! COM1…, whatever the extension), a name ending in a dot or a space
//! (Windows drops them, so the file is not the one named), characters it
//! does not allow, and a path over 260 characters (MAX_PATH: Explorer,
//! Outlook and most programs cannot open the file). Checked before any
//! write on Windows, so the person is told in words where they are looking
//! rather than get a failed write or a file under another name.

use std::path::Path;

/// MAX_PATH, counting the nul Windows ends a path with.
pub const MAX_PATH: usize = 260;

/// Why Windows would refuse or misread a file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// A device's name: CON, PRN, AUX, NUL, COM1–9, LPT1–9 (with any
    /// extension, in any case).
    Reserved(String),
    /// Ends in a dot or a space.
    BadEnding,
    /// Has a character Windows does not allow in a name.
    Character(char),
    /// The whole path is this many characters, over [`MAX_PATH`].
    TooLong(usize),
}

impl std::fmt::Display for NameProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        f.write_str(&match self {
            Self::Reserved(name) => tr!("destination-name-reserved", name = name.as_str()),
            Self::BadEnding => crate::i18n::t("destination-name-ending").to_owned(),
            Self::Character(c) => tr!("destination-name-character", character = c.to_string()),
            Self::TooLong(length) => tr!(
                "destination-path-too-long",
                length = *length,
                limit = MAX_PATH - 1
            ),
        })
    }
}

/// What is wrong with `path` for Windows, if anything. Pure: the tests run
/// it on every system; [`super::check`] asks it on Windows only.
pub fn windows_problem(path: &Path) -> Option<NameProblem> {
    let name = path.file_name()?.to_string_lossy();
    if let Some(c) = name.chars().find(|c| {
        matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') || c.is_control()
    }) {
        return Some(NameProblem::Character(c));
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Some(NameProblem::BadEnding);
    }
    // "nul.json" and "CON .txt" are the devices too: the part before the
    // first dot, trailing spaces dropped.
    let stem = name
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end_matches(' ');
    let upper = stem.to_uppercase();
    let numbered = |prefix: &str| {
        upper.strip_prefix(prefix).is_some_and(|n| {
            matches!(
                n,
                "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "¹" | "²" | "³"
            )
        })
    };
    if matches!(
        upper.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) || numbered("COM")
        || numbered("LPT")
    {
        return Some(NameProblem::Reserved(stem.to_owned()));
    }
    let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let length = full.as_os_str().to_string_lossy().encode_utf16().count();
    (length >= MAX_PATH).then_some(NameProblem::TooLong(length))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(name: &str) -> Option<NameProblem> {
        windows_problem(Path::new(name))
    }

    #[test]
    fn devices_are_refused_whatever_their_case_or_extension() {
        for name in [
            "CON",
            "con.json",
            "Nul.pdf",
            "prn",
            "AUX.txt",
            "COM1",
            "lpt9.json",
            "COM¹",
        ] {
            assert!(
                matches!(problem(name), Some(NameProblem::Reserved(_))),
                "{name}"
            );
        }
        assert_eq!(
            problem("nul .json"),
            Some(NameProblem::Reserved("nul".to_owned()))
        );
        for name in [
            "console.json",
            "COM10.json",
            "referral-CON.json",
            "null.pdf",
        ] {
            assert_eq!(problem(name), None, "{name}");
        }
    }

    #[test]
    fn trailing_dots_spaces_and_forbidden_characters_are_refused() {
        assert_eq!(problem("referral."), Some(NameProblem::BadEnding));
        assert_eq!(problem("referral.json "), Some(NameProblem::BadEnding));
        assert_eq!(problem("a?b.json"), Some(NameProblem::Character('?')));
        assert_eq!(problem("a|b.json"), Some(NameProblem::Character('|')));
        assert_eq!(problem("a\tb.json"), Some(NameProblem::Character('\t')));
        assert_eq!(problem("Siân's referral.json"), None);
    }

    #[test]
    fn a_path_over_windows_limit_is_refused_with_its_length() {
        let long = format!("{}.json", "a".repeat(300));
        assert!(matches!(problem(&long), Some(NameProblem::TooLong(n)) if n > 300));
        let shown = problem(&long).map(|p| p.to_string()).unwrap_or_default();
        assert!(shown.contains("259"), "{shown}");
    }
}
