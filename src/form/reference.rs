//! `docs/FORM-REFERENCE.md`, generated from the form definition: every
//! question with its path, label, type, when it is asked and its rules. A
//! test fails when the checked-in file is not what this makes
//! (`scripts/regenerate.sh` writes it, with every other generated file).

use super::{ADDRESS_PARTS, Asked, Kind, Need, Question, questions};
use crate::i18n::{Language, t_in};
use crate::model::SectionId;
use std::fmt::Write;

/// The field reference, as Markdown.
pub fn markdown() -> String {
    let mut out = String::new();
    out.push_str(
        "# The form's fields\n\n\
         Generated from the form definition (`src/form/questions/`) by\n\
         `prevent_referral::form::reference::markdown`; a test fails when this\n\
         file and the definition differ. Paths are as in the export and in the\n\
         rules' messages; labels are the English catalogue's\n\
         (`assets/i18n/en-GB/form.ftl`, message id in brackets).\n\n\
         Types: text is one line, trimmed, at most 200 characters; long text\n\
         keeps its line breaks, at most 50,000 characters; a date is three\n\
         boxes that accept month names; a question that is not asked is `null`\n\
         in the export (an empty list is `[]`).\n",
    );
    for (n, section) in SectionId::ALL.into_iter().enumerate() {
        let qs = questions(section);
        if qs.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "\n## {n}. {} (`{}`)\n\n| path | label | type | required | asked | rules |\n|---|---|---|---|---|---|\n",
            t_in(Language::English, &format!("section-{}", section.id())),
            section.id()
        );
        for q in qs {
            row(&mut out, q, q.path.trim_start_matches("referral."));
            if let Kind::List { entry, .. } = q.kind {
                for e in entry {
                    let path = if e.path.is_empty() {
                        format!("{}[i]", q.path.trim_start_matches("referral."))
                    } else {
                        format!("{}[i].{}", q.path.trim_start_matches("referral."), e.path)
                    };
                    row(&mut out, e, &path);
                }
            }
        }
    }
    out.push_str("\n## Addresses\n\nEvery address has the same parts:\n\n| part | label | rules |\n|---|---|---|\n");
    for (part, id) in ADDRESS_PARTS {
        let rules = match *part {
            "status" => {
                "choice: `known`, `no_fixed_abode`, `not_known` (asked where the address's question says so)"
            }
            "lines" => "1 to 4 lines of text; line 1 required when known",
            "town" => "text, optional",
            "postcode" => {
                "a UK postcode when the country is the United Kingdom, written like `SW1A 1AA`"
            }
            _ => "text, required when known; `United Kingdom` unless changed",
        };
        let label = t_in(Language::English, id).replace("{ $number }", "N");
        let _ = writeln!(out, "| `{part}` | {label} (`{id}`) | {rules} |");
    }
    out
}

fn row(out: &mut String, q: &Question, path: &str) {
    let label = t_in(Language::English, q.id);
    let need = match q.need {
        Need::Required => "yes".to_owned(),
        Need::Optional => "no".to_owned(),
        Need::RequiredWhen(when) => format!("when {when}"),
    };
    let asked = match q.asked {
        Asked::Always => "always".to_owned(),
        Asked::When { when, .. } => format!("when {when}"),
    };
    let _ = writeln!(
        out,
        "| `{path}` | {label} (`{}`) | {} | {need} | {asked} | {} |",
        q.id,
        q.kind.describe(),
        rules(q)
    );
}

/// The rules a kind of answer follows, in words.
pub(super) fn rules(q: &Question) -> &'static str {
    match q.kind {
        Kind::Text => "at most 200 characters",
        Kind::LongText => "at most 50,000 characters",
        Kind::Date => match q.id {
            "person-date_of_birth" => "a real date, in the past, at most 120 years ago",
            "declaration-referral_date" => {
                "a real date, not in the future, not before the date of birth; today when confirmed"
            }
            "concerns-most_recent_on" => {
                "a real date, not in the future, not before `first_noticed_on`"
            }
            _ => "a real date, not in the future",
        },
        Kind::Age => "a whole number 0 to 120; give the date of birth or the age, not both",
        Kind::Multi(_) => "each answer once, in the listed order; some answers go on their own",
        Kind::Tick => "must be true where required",
        Kind::Phone => "a UK or international number",
        Kind::Extension => "1 to 6 digits",
        Kind::Email => "one address, at most 254 characters",
        Kind::Address { .. } => "see Addresses",
        Kind::List { .. } => "each entry as below",
        Kind::Tri | Kind::YesNo | Kind::Choice(_) => "one of the listed answers",
    }
}
