//! The copy's first page: what a Prevent officer triaging the referral
//! needs before anything else (issue 26, item 5): who the person is and
//! where they live, the concern in the referrer's words (its first lines),
//! the risk answers, whether they were referred before, and who referred,
//! with how to reach them. Every answer is also given in full below, in
//! the form's order; the summary is first in the page and in the tag tree.
//!
//! The questions are named by their paths in the form definition and
//! worded as everywhere else ([`crate::answers`]); one the form did not
//! ask this person (an age when the date of birth is known, whether the
//! police were called when no one was at risk) is left out.

use super::content::Row;
use crate::answers::{answer, country, pointer, postcode, section_value, text};
use crate::form::{self, Facts, Kind};
use crate::model::{Address, AddressStatus, Referral};
use serde_json::Value;

/// The summary's questions, in its order, with the message id of the
/// label it gives where the form's own would read wrongly out of the form
/// ("Your full name" is the referrer's: "Referred by") or take three
/// lines of a table that must fit on one page.
const QUESTIONS: [(&str, Option<&str>); 19] = [
    ("referral.person.given_names", None),
    ("referral.person.family_name", None),
    ("referral.person.date_of_birth", None),
    ("referral.person.estimated_age", None),
    ("referral.person.address", None),
    ("referral.concerns.description", Some("pdf-summary-concern")),
    (
        "referral.concerns.immediate_risk",
        Some("pdf-summary-immediate-risk"),
    ),
    (
        "referral.concerns.police_called",
        Some("pdf-summary-police-called"),
    ),
    (
        "referral.concerns.weapons_access",
        Some("pdf-summary-weapons"),
    ),
    (
        "referral.concerns.carries_weapon",
        Some("pdf-summary-carries-weapon"),
    ),
    ("referral.concerns.violence", Some("pdf-summary-violence")),
    ("referral.concerns.travel", Some("pdf-summary-travel")),
    (
        "referral.other_information.earlier_prevent",
        Some("pdf-summary-earlier"),
    ),
    ("referral.referrer.name", Some("pdf-summary-referrer")),
    ("referral.referrer.role", Some("pdf-summary-referrer-role")),
    (
        "referral.referrer.organisation",
        Some("pdf-summary-referrer-organisation"),
    ),
    (
        "referral.referrer.phone",
        Some("pdf-summary-referrer-phone"),
    ),
    (
        "referral.referrer.phone_extension",
        Some("pdf-summary-referrer-extension"),
    ),
    (
        "referral.referrer.email",
        Some("pdf-summary-referrer-email"),
    ),
];

/// The most of the concern the summary quotes: its first lines, and no
/// more than about eight lines of its column hold, so that the whole
/// summary fits on page 1 with the referrer's telephone and email.
const CONCERN_LINES: usize = 4;
const CONCERN_CHARS: usize = 350;

/// The summary's rows for `r`, as asked by format MINOR `minor`.
pub fn rows(r: &Referral, age: Option<u32>, minor: u64) -> Vec<Row> {
    let facts = Facts {
        minor,
        referral: r,
        age,
        entry: None,
    };
    let mut rows = Vec::new();
    for (path, label) in QUESTIONS {
        let Some((q, _)) = form::question_of(path) else {
            continue;
        };
        let Some(section) = q.section() else { continue };
        if !q.is_asked(&facts) {
            continue;
        }
        let whole = section_value(r, section);
        let prefix = format!("referral.{}.", section.id());
        let at = pointer(q.path.strip_prefix(&prefix).unwrap_or(q.path));
        let value = whole.pointer(&at).unwrap_or(&Value::Null);
        let shown = match q.kind {
            Kind::Address { .. } => one_line_address(value),
            Kind::LongText => answer(q, value).map(|a| first_lines(&a)),
            _ => answer(q, value),
        };
        // Most work telephones have no extension: no row saying so.
        if shown.is_none() && q.path == form::REFERRER_PHONE_EXTENSION.path {
            continue;
        }
        let label = label.map_or(q.label(), crate::i18n::t);
        rows.push(Row::new(label, shown));
    }
    rows
}

/// An address on one line: "12 Example Road, Birmingham, B31 2XX, United
/// Kingdom"; or what is known of it ("No fixed abode").
fn one_line_address(value: &Value) -> Option<String> {
    let a: Address = serde_json::from_value(value.clone()).unwrap_or_default();
    if let Some(status) = a.status
        && status != AddressStatus::Known
    {
        return Some(status.label().to_owned());
    }
    let parts: Vec<String> = a
        .lines
        .iter()
        .filter_map(|l| text(l))
        .chain(text(&a.town))
        .chain(postcode(&a))
        .chain(country(&a))
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The first lines of a long answer, cut at a word (or, in a script
/// written without spaces, between letters, never inside one with its
/// marks), with a note that the rest follows in full.
fn first_lines(answer: &str) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let lines: Vec<&str> = answer.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut kept: Vec<String> = Vec::new();
    let mut used = 0;
    let mut cut = lines.len() > CONCERN_LINES;
    for line in lines.iter().take(CONCERN_LINES) {
        let room = CONCERN_CHARS.saturating_sub(used);
        let letters: Vec<&str> = line.graphemes(true).collect();
        if letters.len() > room {
            let head = letters[..room].concat();
            // At the last space, so no word is cut in two.
            let head = match head.rfind(char::is_whitespace) {
                Some(at) if at > 0 => &head[..at],
                _ => head.as_str(),
            };
            if !head.trim().is_empty() {
                kept.push(head.trim_end().to_owned());
            }
            cut = true;
            break;
        }
        used += letters.len();
        kept.push((*line).to_owned());
    }
    let mut shown = kept.join("\n");
    if cut {
        // On the last line kept, never on a line of its own.
        shown.push_str(" …\n");
        shown.push_str(&crate::tr!(
            "pdf-summary-continues",
            section = crate::model::SectionId::Concerns.title()
        ));
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_concern_is_cut_at_a_word_and_says_so() {
        let long = "word ".repeat(300);
        let shown = first_lines(&long);
        assert!(shown.chars().count() < CONCERN_CHARS + 100, "{shown}");
        assert!(shown.contains("word …\n"), "{shown}");
        assert!(shown.ends_with("under “Your concerns”."), "{shown}");
        let lines = (1..=10).map(|n| format!("line {n}")).collect::<Vec<_>>();
        let shown = first_lines(&lines.join("\n"));
        assert!(shown.starts_with("line 1\nline 2"), "{shown}");
        assert!(shown.contains("line 4 …"), "{shown}");
        assert!(!shown.contains("line 5"), "{shown}");
        assert_eq!(first_lines("Short."), "Short.");
        // Thai, written without spaces: cut between letters, each with its
        // tone mark.
        let thai = "\u{E17}\u{E35}\u{E48}\u{E19}\u{E35}\u{E48}".repeat(300);
        let shown = first_lines(&thai);
        let head = shown.split(" …").next().unwrap_or_default();
        assert!(head.ends_with("\u{E35}\u{E48}"), "{head:?}");
        // Lines that fill the room exactly: the mark is on the last one.
        let full = format!("{}\n{}", "a".repeat(CONCERN_CHARS), "next line");
        let shown = first_lines(&full);
        assert!(
            shown.starts_with(&format!("{} …\n", "a".repeat(CONCERN_CHARS))),
            "{shown}"
        );
    }
}
