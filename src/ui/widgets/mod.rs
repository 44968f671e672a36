//! The form's questions as widgets, GOV.UK style: a bold label, grey hint
//! text, the error message in red above the input, and the input tied to
//! all three for screen readers (labelled by the label, described by the
//! hint and the error, marked invalid while there is an error).
//!
//! Every widget takes the field's path (docs/FORM-REFERENCE.md), so the
//! error summary can send focus to it, and its label, hint and whether it is
//! optional from the form definition ([`Ask::of`]).

mod groups;

pub use groups::{address, list};

use crate::form::{EntryKeys, Question as Definition};
use crate::i18n::t;
use crate::model::{Choice, DateInput};
use crate::rules::Problem;
use crate::tr;
use eframe::egui::{self, Align, Id, Response, RichText, Ui, accesskit};

/// What the questions on a page share: the problems being shown and a
/// pending request to move focus to a field.
#[derive(Debug)]
pub struct Fields<'a> {
    pub problems: &'a [Problem],
    pub focus: &'a mut Option<String>,
    /// Set when any answer changed this frame.
    pub changed: bool,
    /// The list (by path) and the entry removed from it this frame.
    pub removed: Option<(String, usize)>,
    /// The stable key of each entry of each repeatable group.
    pub keys: &'a mut EntryKeys,
    /// The entry being shown: its path (`…parents_carers[1]`) and the id
    /// made from its stable key, so its widgets keep their ids, undo and
    /// cursor when an entry above is removed.
    entry: Option<(String, Id)>,
    /// Every question shown, by path, when asked for (tests).
    pub shown: Option<Vec<String>>,
    /// The path focus was moved to this frame.
    pub focused: Option<String>,
}

impl<'a> Fields<'a> {
    pub fn new(
        problems: &'a [Problem],
        focus: &'a mut Option<String>,
        keys: &'a mut EntryKeys,
    ) -> Self {
        Self {
            problems,
            focus,
            changed: false,
            removed: None,
            keys,
            entry: None,
            shown: None,
            focused: None,
        }
    }

    /// The widget id of the input at `path`: from the entry's stable key
    /// inside a repeatable group, from the path elsewhere.
    pub fn id(&self, path: &str) -> Id {
        if let Some((prefix, base)) = &self.entry
            && let Some(rest) = path.strip_prefix(prefix.as_str())
        {
            return base.with(rest);
        }
        field_id(path)
    }

    /// Notes that the question at `path` was shown.
    pub fn saw(&mut self, path: &str) {
        if let Some(shown) = &mut self.shown {
            shown.push(path.to_owned());
        }
    }

    /// Notes a change from a widget's response.
    pub fn track(&mut self, response: &Response) {
        self.changed |= response.changed();
    }

    pub fn error(&self, path: &str) -> Option<&str> {
        self.problems
            .iter()
            .find(|p| p.path == path)
            .map(|p| p.message.as_str())
    }

    /// Moves focus to `response` when the error summary or a "Change" link
    /// asked for `path`.
    pub fn focus_if_asked(&mut self, path: &str, response: &Response) {
        if self.focus.as_deref() == Some(path) {
            response.request_focus();
            response.scroll_to_me(Some(Align::Center));
            *self.focus = None;
            self.focused = Some(path.to_owned());
        }
    }
}

/// One question: its path (docs/FORM-REFERENCE.md), its label and how it is asked.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    pub path: &'a str,
    pub label: &'a str,
    pub hint: Option<&'a str>,
    pub optional: bool,
    /// A heading the question sits under ("Parent or carer 1"), read out
    /// before the label.
    pub within: Option<Within<'a>>,
}

/// A heading that questions sit under, and its text.
#[derive(Debug, Clone, Copy)]
pub struct Within<'a> {
    pub id: Id,
    pub text: &'a str,
}

impl Ask<'static> {
    /// A top-level question of the form definition: its path, label, hint
    /// and whether it is optional.
    pub fn of(q: &'static Definition) -> Self {
        Self {
            path: q.path,
            label: q.label(),
            hint: q.hint_text(),
            optional: q.is_optional(),
            within: None,
        }
    }
}

impl<'a> Ask<'a> {
    /// A question of the definition inside an entry of a repeatable group,
    /// at `path`, under the entry's heading.
    pub fn entry(q: &'static Definition, path: &'a str, within: Within<'a>) -> Self {
        Self {
            path,
            label: q.label(),
            hint: q.hint_text(),
            optional: q.is_optional(),
            within: Some(within),
        }
    }

    pub fn new(path: &'a str, label: &'a str) -> Self {
        Self {
            path,
            label,
            hint: None,
            optional: false,
            within: None,
        }
    }
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }
    pub fn optional(mut self, optional: bool) -> Self {
        self.optional = optional;
        self
    }
    pub fn within(mut self, heading: Option<Within<'a>>) -> Self {
        self.within = heading;
        self
    }
}

/// The ids of what was shown above an input, to tie the input to them.
#[derive(Debug, Clone, Copy)]
pub struct Question {
    pub within: Option<Id>,
    pub label: Id,
    pub hint: Option<Id>,
    pub error: Option<Id>,
}

impl Question {
    /// Ties an input to its label (after any heading it sits under), hint
    /// and error.
    pub fn tie(&self, response: Response) -> Response {
        let response = match self.within {
            Some(heading) => response.labelled_by(heading).labelled_by(self.label),
            None => response.labelled_by(self.label),
        };
        self.describe(response)
    }

    /// Adds the hint and error as the input's description, and marks it
    /// invalid while there is an error.
    pub fn describe(&self, response: Response) -> Response {
        let (hint, error) = (self.hint, self.error);
        response.ctx.accesskit_node_builder(response.id, |node| {
            for id in [hint, error].into_iter().flatten() {
                node.push_described_by(id.accesskit_id());
            }
            if error.is_some() {
                node.set_invalid(accesskit::Invalid::True);
            }
        });
        response
    }

    /// The name a radio or checkbox is read out with: the question and the
    /// answer, since egui has no radio groups to carry the question.
    fn answer_name(ask: &Ask<'_>, answer: &str) -> String {
        // Whole messages, not glued pieces, so a translation can order and
        // mutate the words as its language needs.
        let question = if ask.label.ends_with('?') {
            tr!("question-answer", question = ask.label, answer = answer)
        } else {
            tr!(
                "question-answer-after-colon",
                question = ask.label,
                answer = answer
            )
        };
        match ask.within {
            Some(w) => tr!("question-within", within = w.text, question = question),
            None => question,
        }
    }
}

/// Shows a question's label, "(optional)", hint and error message.
pub fn question(ui: &mut Ui, f: &mut Fields<'_>, ask: &Ask<'_>) -> Question {
    ui.add_space(8.0);
    f.saw(ask.path);
    let text = if ask.optional {
        tr!("question-optional", label = ask.label)
    } else {
        ask.label.to_owned()
    };
    let label = ui.label(RichText::new(text).strong()).id;
    let hint = ask.hint.map(|h| ui.label(RichText::new(h).weak()).id);
    let error = f.error(ask.path).map(|message| error_message(ui, message));
    Question {
        within: ask.within.map(|w| w.id),
        label,
        hint,
        error,
    }
}

/// An error message beside a field: "Error: Enter the person's family name".
pub fn error_message(ui: &mut Ui, message: &str) -> Id {
    let color = ui.visuals().error_fg_color;
    ui.label(
        RichText::new(tr!("question-error", message = message))
            .color(color)
            .strong(),
    )
    .id
}

/// The id of the text box (or first box) of a field.
pub fn field_id(path: &str) -> Id {
    Id::unique(("field", path))
}

/// A one-line text answer.
pub fn text(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut String) -> Response {
    let q = question(ui, f, &ask);
    let response = ui.add(
        egui::TextEdit::singleline(value)
            .id(f.id(ask.path))
            .desired_width(ui.available_width().min(420.0)),
    );
    let response = q.tie(response);
    f.focus_if_asked(ask.path, &response);
    f.track(&response);
    response
}

/// A long text answer: several lines; Tab still moves to the next field.
pub fn long_text(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut String) -> Response {
    let q = question(ui, f, &ask);
    let response = ui.add(
        egui::TextEdit::multiline(value)
            .id(f.id(ask.path))
            .lock_focus(false)
            .desired_rows(5)
            .desired_width(ui.available_width().min(640.0)),
    );
    let response = q.tie(response);
    f.focus_if_asked(ask.path, &response);
    f.track(&response);
    response
}

/// A date in three boxes (day, month, year). The boxes never move focus on
/// their own, and the month takes a number or a name.
pub fn date(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut DateInput) -> Response {
    let ask = Ask {
        hint: Some(ask.hint.unwrap_or(t("date-hint"))),
        ..ask
    };
    let q = question(ui, f, &ask);
    let mut first = None;
    let mut changed = false;
    ui.horizontal(|ui| {
        for (part, name, width, text) in [
            ("day", t("date-day"), 40.0, &mut value.day),
            ("month", t("date-month"), 90.0, &mut value.month),
            ("year", t("date-year"), 60.0, &mut value.year),
        ] {
            ui.vertical(|ui| {
                let part_label = ui.label(name).id;
                let response = ui.add(
                    egui::TextEdit::singleline(text)
                        .id(f.id(&format!("{}.{part}", ask.path)))
                        .desired_width(width),
                );
                let response = q.tie(response).labelled_by(part_label);
                changed |= response.changed();
                if first.is_none() {
                    first = Some(response);
                }
            });
        }
    });
    finish_group(ui, f, ask.path, first, changed)
}

/// The response that stands for a group of inputs (date boxes, radios,
/// checkboxes): the one focus goes to, marked changed if any input changed.
fn finish_group(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    path: &str,
    target: Option<Response>,
    changed: bool,
) -> Response {
    let mut response = target.unwrap_or_else(|| ui.label(""));
    if changed {
        response.mark_changed();
    }
    f.focus_if_asked(path, &response);
    f.track(&response);
    response
}

/// One answer from a list, as radio buttons.
pub fn radios<T: Choice>(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    value: &mut Option<T>,
    choices: &[T],
) -> Response {
    let q = question(ui, f, &ask);
    let mut focus_target: Option<Response> = None;
    let mut changed = false;
    let mut show = |ui: &mut Ui| {
        for choice in choices {
            let mut r = ui.radio(*value == Some(*choice), choice.label());
            if r.clicked() && *value != Some(*choice) {
                *value = Some(*choice);
                r.mark_changed();
            }
            changed |= r.changed();
            let r = q.describe(r.accessible_name(Question::answer_name(&ask, choice.label())));
            // Focus goes to the chosen answer, or else the first.
            if focus_target.is_none() || *value == Some(*choice) {
                focus_target = Some(r);
            }
        }
    };
    if choices.len() <= 3 && choices.iter().all(|c| c.label().len() < 12) {
        ui.horizontal(|ui| show(ui));
    } else {
        ui.vertical(|ui| show(ui));
    }
    finish_group(ui, f, ask.path, focus_target, changed)
}

/// Several answers from a list, as checkboxes, kept in the listed order.
pub fn checkboxes<T: Choice>(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    value: &mut Vec<T>,
    choices: &[T],
) -> Response {
    let ask = Ask {
        hint: Some(ask.hint.unwrap_or(t("multi-hint"))),
        ..ask
    };
    let q = question(ui, f, &ask);
    let mut first: Option<Response> = None;
    let mut changed = false;
    for choice in choices {
        let mut ticked = value.contains(choice);
        let r = ui.checkbox(&mut ticked, choice.label());
        if r.changed() {
            changed = true;
            if ticked {
                value.push(*choice);
                value.sort_unstable();
                value.dedup();
            } else {
                value.retain(|c| c != choice);
            }
        }
        let r = q.describe(r.accessible_name(Question::answer_name(&ask, choice.label())));
        if first.is_none() {
            first = Some(r);
        }
    }
    finish_group(ui, f, ask.path, first, changed)
}

/// A single checkbox that is its own question ("I have called 999").
pub fn tick(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut bool) -> Response {
    ui.add_space(8.0);
    f.saw(ask.path);
    let error = f.error(ask.path).map(|message| error_message(ui, message));
    let mut response = ui.checkbox(value, ask.label);
    if let Some(w) = ask.within {
        response = response.accessible_name(tr!(
            "question-within",
            within = w.text,
            question = ask.label
        ));
    }
    let response = Question {
        within: None,
        label: response.id,
        hint: None,
        error,
    }
    .describe(response);
    f.focus_if_asked(ask.path, &response);
    f.track(&response);
    response
}

/// A heading for a page or part of a page.
pub fn heading(ui: &mut Ui, text: &str) -> Response {
    ui.add_space(12.0);
    ui.heading(text)
}

/// A coloured box that must not be missed (call 999, children's safeguarding).
pub fn warning(ui: &mut Ui, text: &str) -> Response {
    let stroke_color = ui.visuals().warn_fg_color;
    egui::Frame::new()
        .stroke(egui::Stroke::new(3.0, stroke_color))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.label(RichText::new(text).strong().size(16.0));
        })
        .response
}

/// A message in a box that screen readers read out at once (an alert).
pub fn alert(ui: &mut Ui, text: &str, error: bool) {
    let color = if error {
        ui.visuals().error_fg_color
    } else {
        ui.visuals().hyperlink_color
    };
    let frame = egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, color))
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.label(RichText::new(text).color(color).strong());
        });
    ui.ctx().accesskit_node_builder(frame.response.id, |node| {
        node.set_role(egui::accesskit::Role::Alert);
        node.set_label(text.to_owned());
    });
}

/// A labelled one-line box that hides what is typed (a passphrase). Its
/// `id` should change after each use and the old one be passed to
/// [`forget_text`], so egui's undo history cannot give it back.
pub fn password(ui: &mut Ui, label: &str, value: &mut String, id: Id) -> Response {
    let label = ui.label(RichText::new(label).strong());
    ui.add(
        egui::TextEdit::singleline(value)
            .id(id)
            .password(true)
            .desired_width(320.0),
    )
    .labelled_by(label.id)
}

/// Drops what egui keeps for a text box (cursor and undo history, which
/// holds earlier text): for passphrase boxes once used.
pub fn forget_text(ctx: &egui::Context, id: Id) {
    ctx.data_mut(|d| d.remove::<egui::text_edit::TextEditState>(id));
}
