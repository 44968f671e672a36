//! The key tables of `docs/EXPORT-FORMAT.md` ("The referral, section by
//! section"), generated from the form definition so that the receivers'
//! guide names every key, its type, when it is present and the MINOR that
//! added it, without being typed by hand. The rest of the guide is written
//! by hand; this part sits between [`BEGIN`] and [`END`], and a test keeps
//! it what the definition makes (`scripts/regenerate.sh` writes it).

use super::{Asked, Kind, Need, Question, questions};
use crate::i18n::{Language, t_in};
use crate::model::SectionId;
use std::fmt::Write;

/// The line before the generated part.
pub const BEGIN: &str = "<!-- The key tables below are generated from the form definition: run scripts/regenerate.sh. -->";
/// The line after it.
pub const END: &str = "<!-- End of the generated key tables. -->";

/// The generated part, with its markers.
pub fn key_tables() -> String {
    let mut out = format!("{BEGIN}\n");
    for section in SectionId::ALL {
        let qs = questions(section);
        if qs.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "\n### {}: {}\n\n| Path | Question | Type | Present | Rules |\n|------|----------|------|---------|-------|\n",
            section.id(),
            t_in(Language::English, &format!("section-{}", section.id())),
        );
        for q in qs {
            let path = q.path.trim_start_matches("referral.");
            row(&mut out, q, path, None);
            if let Kind::List { entry, .. } = q.kind {
                for e in entry {
                    let at = if e.path.is_empty() {
                        format!("{path}[i]")
                    } else {
                        format!("{path}[i].{}", e.path)
                    };
                    row(&mut out, e, &at, Some(q));
                }
            }
        }
    }
    let _ = write!(out, "\n{END}\n");
    out
}

/// Puts the generated part in place of the old one in the guide's text.
/// `None` when the guide has lost its markers.
pub fn replace_in(guide: &str) -> Option<String> {
    let start = guide.find(BEGIN)?;
    let end = guide.find(END)? + END.len();
    let end = if guide[end..].starts_with('\n') {
        end + 1
    } else {
        end
    };
    Some(format!(
        "{}{}{}",
        &guide[..start],
        key_tables(),
        &guide[end..]
    ))
}

fn row(out: &mut String, q: &Question, path: &str, list: Option<&Question>) {
    let label = t_in(Language::English, q.id).replace("{ $number }", "N");
    let kind = match q.kind {
        Kind::Address { .. } => "[address](#address)".to_owned(),
        Kind::List { max, .. } => format!("list, at most {max}"),
        _ => q.kind.describe(),
    };
    let rules = match q.kind {
        Kind::Address { .. } => "see [Address](#address)",
        _ => super::reference::rules(q),
    };
    let _ = writeln!(
        out,
        "| `{path}` | {label} | {kind} | {} | {rules} |",
        present(q, list)
    );
}

/// When a key's value is not `null`, in the guide's words.
fn present(q: &Question, list: Option<&Question>) -> String {
    let mut p = match (q.kind, q.asked, q.need) {
        (Kind::List { .. }, Asked::Always, _) => "list".to_owned(),
        (Kind::List { .. }, Asked::When { when, .. }, _) => {
            format!("list; `[]` unless {when}")
        }
        (Kind::Multi(_), _, Need::Required) => "required, at least one".to_owned(),
        (Kind::Tick, Asked::Always, _) => "required".to_owned(),
        (_, Asked::Always, Need::Required) => "required".to_owned(),
        (_, Asked::Always, Need::Optional) => "optional".to_owned(),
        (_, Asked::Always, Need::RequiredWhen(w)) => format!("when {w}; optional otherwise"),
        (_, Asked::When { when, .. }, Need::Required) => {
            format!("when {when}; `null` otherwise")
        }
        (_, Asked::When { when, .. }, Need::Optional) => {
            format!("optional when {when}; `null` otherwise")
        }
        (_, Asked::When { when, .. }, Need::RequiredWhen(w)) => {
            format!("when {when} and {w}; `null` otherwise")
        }
    };
    // An entry's keys come with their list: only the list is absent.
    if q.since > 0 && list.is_none_or(|l| l.since < q.since) {
        let _ = write!(p, " (from 1.{}; absent from older files)", q.since);
    }
    p
}
