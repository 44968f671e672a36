//! The form's questions as widgets, GOV.UK style: a bold label, grey hint
//! text, the error message in red above the input, and the input tied to
//! all three for screen readers (labelled by the label, described by the
//! hint and the error, marked invalid while there is an error).
//!
//! Every widget takes the field's FORM.md path, so the error summary can send
//! focus to it.

use crate::model::{Address, AddressStatus, Choice, DateInput};
use crate::rules::Problem;
use eframe::egui::{self, Align, Id, Response, RichText, Ui, accesskit};

/// What the questions on a page share: the problems being shown and a
/// pending request to move focus to a field.
#[derive(Debug)]
pub struct Fields<'a> {
    pub problems: &'a [Problem],
    pub focus: &'a mut Option<String>,
    /// Set when any answer changed this frame.
    pub changed: bool,
    /// The path of a list an entry was removed from this frame.
    pub removed: Option<String>,
}

impl<'a> Fields<'a> {
    pub fn new(problems: &'a [Problem], focus: &'a mut Option<String>) -> Self {
        Self {
            problems,
            focus,
            changed: false,
            removed: None,
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
        }
    }
}

/// One question: its FORM.md path, its label and how it is asked.
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

impl<'a> Ask<'a> {
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
        let question = if ask.label.ends_with('?') {
            format!("{} {answer}", ask.label)
        } else {
            format!("{}: {answer}", ask.label)
        };
        match ask.within {
            Some(w) => format!("{}: {question}", w.text),
            None => question,
        }
    }
}

/// Shows a question's label, "(optional)", hint and error message.
pub fn question(ui: &mut Ui, f: &Fields<'_>, ask: &Ask<'_>) -> Question {
    ui.add_space(8.0);
    let text = if ask.optional {
        format!("{} (optional)", ask.label)
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
        RichText::new(format!("Error: {message}"))
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
            .id(field_id(ask.path))
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
            .id(field_id(ask.path))
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
        hint: Some(
            ask.hint
                .unwrap_or("For example, 27 3 2011 or 27 March 2011"),
        ),
        ..ask
    };
    let q = question(ui, f, &ask);
    let mut first = None;
    let mut changed = false;
    ui.horizontal(|ui| {
        for (part, name, width, text) in [
            ("day", "Day", 40.0, &mut value.day),
            ("month", "Month", 90.0, &mut value.month),
            ("year", "Year", 60.0, &mut value.year),
        ] {
            ui.vertical(|ui| {
                let part_label = ui.label(name).id;
                let response = ui.add(
                    egui::TextEdit::singleline(text)
                        .id(field_id(&format!("{}.{part}", ask.path)))
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
        hint: Some(ask.hint.unwrap_or("Select all that apply")),
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
    let error = f.error(ask.path).map(|message| error_message(ui, message));
    let mut response = ui.checkbox(value, ask.label);
    if let Some(w) = ask.within {
        response = response.accessible_name(format!("{}: {}", w.text, ask.label));
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

/// An address. With `ask_status`, first asks whether it is known. Inside a
/// repeatable group, its parts are named after the group's heading.
pub fn address(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    ask_status: bool,
    value: &mut Address,
) {
    let heading_text;
    let within = if ask_status {
        let status_path = format!("{}.status", ask.path);
        radios(
            ui,
            f,
            Ask {
                path: &status_path,
                ..ask
            },
            &mut value.status,
            AddressStatus::ALL,
        );
        if value.status != Some(AddressStatus::Known) {
            return;
        }
        heading_text = match ask.within {
            Some(w) => format!("{}: {}", w.text, ask.label.to_lowercase()),
            None => ask.label.to_owned(),
        };
        Within {
            id: ui.label(RichText::new(&heading_text).strong()).id,
            text: &heading_text,
        }
    } else {
        match ask.within {
            Some(w) => w,
            None => {
                ui.add_space(8.0);
                Within {
                    id: ui.label(RichText::new(ask.label).strong()).id,
                    text: ask.label,
                }
            }
        }
    };
    let within = Some(within);
    ui.indent(("address", ask.path), |ui| {
        if value.lines.is_empty() {
            value.lines.push(String::new());
        }
        let lines_path = format!("{}.lines", ask.path);
        if let Some(message) = f.error(&lines_path) {
            error_message(ui, message);
        }
        for i in 0..value.lines.len() {
            let path = format!("{}.lines[{i}]", ask.path);
            let label = format!("Address line {}", i + 1);
            if let Some(line) = value.lines.get_mut(i) {
                text(
                    ui,
                    f,
                    Ask::new(&path, &label).optional(i > 0).within(within),
                    line,
                );
            }
        }
        if value.lines.len() < 4 {
            let name = within.map_or("Address", |w| w.text);
            let add = ui
                .button("Add another address line")
                .accessible_name(format!("{name}: add another address line"));
            if add.clicked() {
                value.lines.push(String::new());
                f.changed = true;
            }
        }
        let part = |name: &str| format!("{}.{name}", ask.path);
        let (town, postcode, country) = (part("town"), part("postcode"), part("country"));
        text(
            ui,
            f,
            Ask::new(&town, "Town or city")
                .optional(true)
                .within(within),
            &mut value.town,
        );
        let optional = !value.in_uk();
        text(
            ui,
            f,
            Ask::new(&postcode, "Postcode")
                .optional(optional)
                .within(within),
            &mut value.postcode,
        );
        text(
            ui,
            f,
            Ask::new(&country, "Country").within(within),
            &mut value.country,
        );
    });
}

/// A repeatable group ("Add another phone number"): a heading, any error
/// about the list as a whole, each entry under "{item} {n}" with a Remove
/// button, and an Add button while there is room.
pub fn list<T: Default>(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    item: &str,
    max: usize,
    items: &mut Vec<T>,
    mut entry: impl FnMut(&mut Ui, &mut Fields<'_>, &str, Within<'_>, &mut T),
) {
    let q = question(ui, f, &ask);
    let mut remove = None;
    for (i, value) in items.iter_mut().enumerate() {
        let path = format!("{}[{i}]", ask.path);
        let name = format!("{item} {}", i + 1);
        ui.group(|ui| {
            let heading = Within {
                id: ui.label(RichText::new(&name).strong()).id,
                text: &name,
            };
            entry(ui, f, &path, heading, value);
            let r = ui
                .button("Remove")
                .accessible_name(format!("Remove {name}"));
            if r.clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        items.remove(i);
        f.changed = true;
        f.removed = Some(ask.path.to_owned());
    }
    if items.len() < max {
        let lower = item.to_lowercase();
        let text = match lower.strip_prefix("other ") {
            Some(rest) => format!("Add another {rest}"),
            None if items.is_empty() => format!("Add {}", with_article(item)),
            None => format!("Add another {lower}"),
        };
        let add = q.describe(ui.button(&text));
        f.focus_if_asked(ask.path, &add);
        if add.clicked() {
            items.push(T::default());
            f.changed = true;
        }
    } else {
        let full = ui.label(format!("You have added the most allowed ({max})."));
        f.focus_if_asked(ask.path, &full);
    }
}

fn with_article(item: &str) -> String {
    let lower = item.to_lowercase();
    let vowel = lower.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {lower}", if vowel { "an" } else { "a" })
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
