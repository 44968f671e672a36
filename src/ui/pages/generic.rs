//! The generic pass every page makes over its section's questions, in the
//! definition's order: each question asked is drawn by the widget of its
//! kind, set in beneath the answer that reveals it. A page draws by hand
//! only what really differs (lists, addresses, what the organisation
//! fixed, a warning), in its own hook; a new question of an existing kind
//! needs no page code at all.

use crate::form::{self, Facts, Kind, Question as Definition};
use crate::model::{AnswerMut, AnswersMut, Referral, SectionId};
use crate::ui::widgets::*;
use eframe::egui::Ui;

/// What a page's own hook did with one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hook {
    /// The page drew it.
    Drawn,
    /// The generic widget draws it.
    Generic,
}

/// Draws every question of `section` that is asked: `own` first, for the
/// questions the page draws itself. Questions revealed one after another
/// (an education, health and care plan, a diagnosis, adjustments) are set
/// in together.
pub fn questions(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    r: &mut Referral,
    age: Option<u32>,
    section: SectionId,
    mut own: impl FnMut(&mut Ui, &mut Fields<'_>, &'static Definition, &mut Referral) -> Hook,
) {
    let all = form::questions(section);
    let minor = f.minor;
    let asked = |q: &Definition, r: &Referral| {
        q.is_asked(&Facts {
            minor,
            referral: r,
            age,
            entry: None,
        })
    };
    let mut i = 0;
    while let Some(q) = all.get(i) {
        if !q.is_revealed() {
            if asked(q, r) {
                one(ui, f, r, q, &mut own);
            }
            i += 1;
            continue;
        }
        let end = all[i..]
            .iter()
            .position(|q| !q.is_revealed())
            .map_or(all.len(), |n| i + n);
        let run = &all[i..end];
        if run.iter().any(|q| asked(q, r)) {
            ui.indent(q.path, |ui| {
                for q in run {
                    if asked(q, r) {
                        one(ui, f, r, q, &mut own);
                    }
                }
            });
        }
        i = end;
    }
}

/// One question: by the page's hook, or else by the widget of its kind.
fn one(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    r: &mut Referral,
    q: &'static Definition,
    own: &mut impl FnMut(&mut Ui, &mut Fields<'_>, &'static Definition, &mut Referral) -> Hook,
) {
    if own(ui, f, q, r) == Hook::Generic
        && let Some(answer) = r.answer_mut(q.path)
    {
        generic(ui, f, q, Ask::of(q), answer);
    }
}

/// A repeatable group whose entries' questions are all always asked
/// (agencies, earlier referrals): each entry by the generic widgets. An
/// entry question with a condition needs its page's own code (a parent's
/// address); a test keeps these lists free of them.
pub fn entries<T: Default + AnswersMut>(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    question: &'static Definition,
    items: &mut Vec<T>,
) {
    let Kind::List { entry, .. } = question.kind else {
        return;
    };
    list(
        ui,
        f,
        question,
        Ask::of(question),
        items,
        |ui, f, item, heading, e| entry_questions(ui, f, entry, item, heading, e),
    );
}

/// Every question of one entry, under the entry's heading.
fn entry_questions(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    questions: &'static [Definition],
    item: &str,
    heading: Within<'_>,
    entry: &mut dyn AnswersMut,
) {
    for q in questions {
        let path = q.in_entry(item);
        if let Some(answer) = entry.key_mut(q.path) {
            generic(ui, f, q, Ask::entry(q, &path, heading), answer);
        }
    }
}

/// One question, by the widget of its kind. Lists, addresses and groups
/// have none: their page draws them.
pub fn generic(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    q: &'static Definition,
    ask: Ask<'_>,
    answer: AnswerMut<'_>,
) {
    match answer {
        AnswerMut::Text(value) if matches!(q.kind, Kind::LongText) => {
            long_text(ui, f, ask, value);
        }
        AnswerMut::Text(value) if matches!(q.kind, Kind::Age | Kind::Extension) => {
            short_text(ui, f, ask, value);
        }
        AnswerMut::Text(value) => {
            text(ui, f, ask, value);
        }
        AnswerMut::Choice(value) => {
            radios(ui, f, ask, value);
        }
        AnswerMut::Multi(value) => {
            checkboxes(ui, f, ask, value);
        }
        AnswerMut::Date(value) => {
            date(ui, f, ask, value);
        }
        AnswerMut::Tick(value) => {
            tick(ui, f, ask, value);
        }
        AnswerMut::Other => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::form::{self, Asked, Kind};

    /// The lists drawn by [`super::entries`] ask every entry question
    /// always: it draws each one without a condition.
    #[test]
    fn generic_lists_have_no_conditional_entry_questions() {
        for list in [&form::AGENCIES, &form::EARLIER_REFERRALS] {
            let Kind::List { entry, .. } = list.kind else {
                panic!("{} is a list", list.path);
            };
            for q in entry {
                assert!(
                    matches!(q.asked, Asked::Always),
                    "{}.{} has a condition: draw it in the page's hook",
                    list.path,
                    q.path
                );
            }
        }
    }
}
