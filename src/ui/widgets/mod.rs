//! The form's questions as widgets, GOV.UK style: a bold label, grey hint
//! text, the error message in red above the input, and the input tied to
//! all three for screen readers (labelled by the label, described by the
//! hint and the error, marked invalid while there is an error).
//!
//! Every widget takes the field's path (docs/FORM-REFERENCE.md), so the
//! error summary can send focus to it, and its label, hint and whether it is
//! optional from the form definition ([`Ask::of`]).

mod blocks;
mod choices;
mod groups;
mod inputs;
pub mod radio_group;

pub use blocks::{alert, busy, forget_text, heading, password, subheading, warning};
pub use choices::{Among, checkboxes, radios, tick};
pub use groups::{address, address_among, list};
pub use inputs::{date, fixed, long_text, short_text, text};

use crate::form::Question as Definition;
use crate::rules::Problem;
use crate::tr;
use crate::ui::EntryKeys;
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
    /// The format MINOR whose questions are shown: this program's, or a
    /// received file's own (see [`crate::ui::FormState::minor`]).
    pub minor: u64,
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
            minor: crate::export::FORMAT_MINOR,
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

    /// The problem at `path`, in the words of the language shown now.
    pub fn error(&self, path: &str) -> Option<String> {
        self.problems
            .iter()
            .find(|p| p.path == path)
            .map(|p| p.message.to_string())
    }

    /// Moves focus to `response` when the error summary or a "Change" link
    /// asked for `path`.
    pub fn focus_if_asked(&mut self, path: &str, response: &Response) {
        if self.focus.as_deref() == Some(path) {
            // Asked by a mouse click (on the summary's link): egui takes
            // the focus back from a widget the click was not on as this
            // frame ends, so it is given in the next one.
            if response.ctx.input(|i| i.pointer.any_click()) {
                response.ctx.request_repaint();
                return;
            }
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

/// The ids of what was shown above an input, to tie the input to them, and
/// the description a screen reader reads with it: the error first, then
/// the hint ("Error: Enter the person's family name. For example…").
#[derive(Debug, Clone)]
pub struct Question {
    pub within: Option<Id>,
    pub label: Id,
    pub hint: Option<Id>,
    pub error: Option<Id>,
    pub description: Option<String>,
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

    /// Adds the hint and error as the input's description (the text, which
    /// Linux screen readers get, and `described_by`, which Windows and macOS
    /// use), and marks it invalid while there is an error.
    pub fn describe(&self, response: Response) -> Response {
        let (hint, error) = (self.hint, self.error);
        response.ctx.accesskit_node_builder(response.id, |node| {
            for id in [error, hint].into_iter().flatten() {
                node.push_described_by(id.accesskit_id());
            }
            if let Some(text) = &self.description {
                node.set_description(text.clone());
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
    let label = ui.label(crate::ui::style::bold(text)).id;
    let hint = ask.hint.map(|h| ui.label(RichText::new(h).weak()).id);
    let message = f.error(ask.path);
    let message = message.as_deref();
    let error = message.map(|message| error_message(ui, message));
    let description = match (message, ask.hint) {
        (Some(m), Some(h)) => Some(tr!(
            "question-description",
            error = tr!("question-error", message = m),
            hint = h
        )),
        (Some(m), None) => Some(tr!("question-error", message = m)),
        (None, Some(h)) => Some(h.to_owned()),
        (None, None) => None,
    };
    Question {
        within: ask.within.map(|w| w.id),
        label,
        hint,
        error,
        description,
    }
}

/// Shows a question and its input. A question in error stands out as
/// GOV.UK's do: a red bar down its left side.
pub fn asked<R>(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: &Ask<'_>,
    input: impl FnOnce(&mut Ui, &mut Fields<'_>, &Question) -> R,
) -> R {
    if f.error(ask.path).is_none() {
        let q = question(ui, f, ask);
        return input(ui, f, &q);
    }
    let color = ui.visuals().error_fg_color;
    let inner = egui::Frame::new()
        .inner_margin(egui::Margin {
            left: 16,
            ..egui::Margin::ZERO
        })
        .show(ui, |ui| {
            let q = question(ui, f, ask);
            input(ui, f, &q)
        });
    let rect = inner.response.rect;
    ui.painter().rect_filled(
        egui::Rect::from_min_size(rect.left_top(), egui::vec2(5.0, rect.height())),
        0.0,
        color,
    );
    inner.inner
}

/// A set of radios or checkboxes as one group in the accessibility tree,
/// named by its question and described as it is.
pub fn group<R>(
    ui: &mut Ui,
    q: &Question,
    role: accesskit::Role,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    ui.scope_builder(egui::UiBuilder::new(), |ui| {
        let id = ui.unique_id();
        let label = q.label;
        let description = q.description.clone();
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_role(role);
            node.push_labelled_by(label.accesskit_id());
            if let Some(d) = description {
                node.set_description(d);
            }
        });
        add(ui)
    })
    .inner
}

/// The response that stands for a group of inputs (date boxes, radios,
/// checkboxes): the one focus goes to, marked changed if any input changed.
pub(crate) fn finish_group(
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

/// How much of the page above a focused box is brought into sight with
/// it: a question's label and two lines of hint.
const QUESTION_ABOVE: f32 = 96.0;

/// Keeps the focused control in sight: when focus moves (Tab, a link, an
/// Add button) to something outside the visible part of the page, the page
/// scrolls to it. Called at the end of a scrolling area's contents.
pub fn keep_focus_in_view(ui: &mut Ui) {
    let ctx = ui.ctx().clone();
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    let last = Id::unique("focus last seen");
    let moved = ctx.data(|d| d.get_temp::<Id>(last)) != Some(id);
    if !moved {
        return;
    }
    ctx.data_mut(|d| d.insert_temp(last, id));
    if let Some(response) = ctx.read_response(id)
        && !ui.clip_rect().contains_rect(response.rect)
    {
        // Room above it for its question and hint: a "Change" link lands
        // on the box, and scrolling up to the box alone would leave the
        // question it answers out of sight.
        let mut room = response.rect.expand(24.0);
        room.min.y -= QUESTION_ABOVE;
        ui.scroll_to_rect(room, None);
        // The scroll is done on the next frame: ask for it now.
        ctx.request_repaint();
    }
}

/// The id of the text box (or first box) of a field.
pub fn field_id(path: &str) -> Id {
    Id::unique(("field", path))
}
