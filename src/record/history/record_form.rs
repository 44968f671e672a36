//! What the app's "Mark as sent" and "What happened next" forms hold
//! while they are filled in, and how they become a [`Sending`] or a
//! [`Noted`]: the boxes as typed (so nothing typed is lost to an error),
//! and the problems shown beside them, named by the field's path.

use super::{Field, FollowUp, FollowUpKind, Noted, Outcome, Refusal, Sending, SentHow};
use crate::model::DateInput;
use crate::rules::Problem;
use crate::values::{DateProblem, parse_date};
use chrono::NaiveDate;

/// The boxes of either form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordForm {
    /// Which kind of "what happened next" (unused when marking sent).
    pub kind: Option<FollowUpKind>,
    pub on: DateInput,
    pub how: Option<SentHow>,
    pub to: String,
    pub recorded_by: String,
    pub note: String,
    pub by: String,
    pub police_reference: String,
    pub with: String,
    pub panel_invitation: bool,
    pub outcome: Option<Outcome>,
    pub reason: String,
    pub why: String,
    pub due: DateInput,
    /// Shown beside the boxes, by [`RecordForm::path`].
    pub problems: Vec<Problem>,
    /// A refusal about the whole record (not one box), shown above it.
    pub refusal: Option<String>,
    /// The box to move focus to (the first with a problem).
    pub focus: Option<String>,
}

impl RecordForm {
    /// A new form dated `today`, "recorded by" filled in as last time.
    pub fn new(today: NaiveDate, recorded_by: &str) -> Self {
        Self {
            on: DateInput::from_date(today),
            recorded_by: recorded_by.to_owned(),
            ..Self::default()
        }
    }

    /// The path a box's problems and widget go by.
    pub fn path(field: Field) -> String {
        format!("record.{}", field.path())
    }

    /// The path of the "how" and "kind" choices.
    pub const HOW: &'static str = "record.how";
    pub const KIND: &'static str = "record.kind";
    pub const OUTCOME: &'static str = "record.outcome";

    fn date(&self, input: &DateInput, field: Field, problems: &mut Vec<Problem>) -> NaiveDate {
        let message = match parse_date(input) {
            Ok(Some(d)) => return d,
            Ok(None) => crate::i18n::Message::new("follow-up-date-missing"),
            Err(DateProblem::Incomplete) => crate::i18n::Message::new("record-date-incomplete"),
            Err(DateProblem::NotReal) => crate::i18n::Message::new("record-date-not-real"),
        };
        problems.push(Problem::new(Self::path(field), message));
        NaiveDate::MIN
    }

    /// Every box that must be filled in and is not, at once (the history
    /// checks them again, with the rest, when the entry is added).
    fn require(&self, boxes: &[(Field, &str)], problems: &mut Vec<Problem>) {
        for (field, text) in boxes {
            if super::follow_up::is_blank(text) {
                problems.push(Problem::new(Self::path(*field), field.missing()));
            }
        }
    }

    fn choose<T>(value: Option<T>, path: &str, id: &str, problems: &mut Vec<Problem>) -> Option<T> {
        if value.is_none() {
            problems.push(Problem::new(path, crate::i18n::Message::new(id.to_owned())));
        }
        value
    }

    /// The sending, or the problems with the boxes.
    pub fn sending(&self) -> Result<Sending, Vec<Problem>> {
        let mut problems = Vec::new();
        let on = self.date(&self.on, Field::On, &mut problems);
        let how = Self::choose(self.how, Self::HOW, "mark-sent-how-missing", &mut problems);
        self.require(
            &[
                (Field::To, &self.to),
                (Field::RecordedBy, &self.recorded_by),
            ],
            &mut problems,
        );
        match how {
            Some(how) if problems.is_empty() => Ok(Sending {
                on,
                how,
                to: self.to.clone(),
                recorded_by: self.recorded_by.clone(),
                note: self.note.clone(),
            }),
            _ => Err(problems),
        }
    }

    /// What happened next, or the problems with the boxes.
    pub fn noted(&self) -> Result<Noted, Vec<Problem>> {
        let mut problems = Vec::new();
        let on = self.date(&self.on, Field::On, &mut problems);
        let kind = Self::choose(
            self.kind,
            Self::KIND,
            "follow-up-kind-missing",
            &mut problems,
        );
        let what = match kind {
            None => None,
            Some(FollowUpKind::Acknowledged) => Some(FollowUp::Acknowledged {
                by: self.by.clone(),
                police_reference: self.police_reference.clone(),
            }),
            Some(FollowUpKind::Contact) => Some(FollowUp::Contact {
                with: self.with.clone(),
                panel_invitation: self.panel_invitation,
            }),
            Some(FollowUpKind::Outcome) => Self::choose(
                self.outcome,
                Self::OUTCOME,
                "follow-up-outcome-missing",
                &mut problems,
            )
            .map(|outcome| FollowUp::Outcome {
                outcome,
                reason: self.reason.clone(),
            }),
            Some(FollowUpKind::Action) => Some(FollowUp::OwnAction {
                why: self.why.clone(),
            }),
            Some(FollowUpKind::Review) => {
                let due = self.date(&self.due, Field::Due, &mut problems);
                Some(FollowUp::ReviewDue { due })
            }
        };
        let mut boxes = vec![(Field::RecordedBy, self.recorded_by.as_str())];
        match kind {
            Some(FollowUpKind::Acknowledged) => boxes.insert(0, (Field::AcknowledgedBy, &self.by)),
            Some(FollowUpKind::Contact) => {
                boxes.insert(0, (Field::ContactWith, &self.with));
                boxes.push((Field::Note, &self.note));
            }
            Some(FollowUpKind::Action) => {
                boxes.insert(0, (Field::ActionWhy, &self.why));
                boxes.push((Field::Note, &self.note));
            }
            _ => {}
        }
        self.require(&boxes, &mut problems);
        match what {
            Some(what) if problems.is_empty() => Ok(Noted {
                on,
                recorded_by: self.recorded_by.clone(),
                note: self.note.clone(),
                what,
                amends: None,
            }),
            _ => Err(problems),
        }
    }

    /// Shows `problems` beside their boxes, focus on the first.
    pub fn show_problems(&mut self, problems: Vec<Problem>) {
        self.focus = problems.first().map(|p| p.path.clone());
        self.problems = problems;
        self.refusal = None;
    }

    /// Shows why the history refused the record: beside its box when it is
    /// about one, else above the form.
    pub fn show_refusal(&mut self, refusal: &Refusal) {
        match refusal.field() {
            Some(field) => {
                self.show_problems(vec![Problem::new(Self::path(field), refusal.problem())]);
            }
            None => {
                self.problems.clear();
                self.focus = None;
                self.refusal = Some(refusal.message());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_chosen_names_each_box() {
        let form = RecordForm {
            on: DateInput {
                day: "31".into(),
                month: "2".into(),
                year: "2026".into(),
            },
            ..RecordForm::default()
        };
        let Err(problems) = form.sending() else {
            panic!("a sending with no date or way was accepted");
        };
        let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "record.on",
                RecordForm::HOW,
                "record.to",
                "record.recorded_by"
            ]
        );
        let Err(problems) = form.noted() else {
            panic!("a follow-up with no kind was accepted");
        };
        assert!(problems.iter().any(|p| p.path == RecordForm::KIND));
    }

    #[test]
    fn a_review_needs_its_date() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap_or_default();
        let mut form = RecordForm::new(today, "A Lead");
        form.kind = Some(FollowUpKind::Review);
        let Err(problems) = form.noted() else {
            panic!("a review with no date was accepted");
        };
        assert_eq!(problems[0].path, "record.due");
        form.due = DateInput::from_date(today);
        assert!(form.noted().is_ok());
    }
}
