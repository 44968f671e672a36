//! Answers chosen from a list: radios, checkboxes, and a single tick.

use super::{Ask, Fields, Question, asked, error_message, finish_group, group};
use crate::i18n::t;
use crate::model::Choice;
use crate::tr;
use eframe::egui::{Response, Ui, accesskit};

/// One answer from a list, as radio buttons.
pub fn radios<T: Choice>(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    value: &mut Option<T>,
    choices: &[T],
) -> Response {
    asked(ui, f, &ask, |ui, f, q| {
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
        let across = choices.len() <= 3 && choices.iter().all(|c| c.label().len() < 12);
        group(ui, q, accesskit::Role::RadioGroup, |ui| {
            if across {
                ui.horizontal(|ui| show(ui));
            } else {
                ui.vertical(|ui| show(ui));
            }
        });
        finish_group(ui, f, ask.path, focus_target, changed)
    })
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
    asked(ui, f, &ask, |ui, f, q| {
        let mut first: Option<Response> = None;
        let mut changed = false;
        group(ui, q, accesskit::Role::Group, |ui| {
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
        });
        finish_group(ui, f, ask.path, first, changed)
    })
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
        description: f
            .error(ask.path)
            .map(|m| tr!("question-error", message = m)),
    }
    .describe(response);
    f.focus_if_asked(ask.path, &response);
    f.track(&response);
    response
}
