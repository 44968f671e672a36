//! Answers chosen from a list: radios, checkboxes, and a single tick.

use super::{Ask, Fields, Question, asked, error_message, finish_group, group, radio_group};
use crate::i18n::t;
use crate::model::{Choice, ChoiceSlot, MultiSlot};
use crate::tr;
use eframe::egui::{Response, Ui, accesskit};

/// One answer from a list, as radio buttons.
pub fn radios(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    value: &mut dyn ChoiceSlot,
) -> Response {
    let labels = value.labels();
    asked(ui, f, &ask, |ui, f, q| {
        let chosen = value.chosen();
        let across = labels.len() <= 3 && labels.iter().all(|l| l.len() < 12);
        let id = eframe::egui::Id::unique(("radios", ask.path));
        let outcome = group(ui, q, accesskit::Role::RadioGroup, |ui| {
            radio_group::options(ui, id, &labels, chosen, across)
        });
        if let Some(i) = outcome.picked {
            value.choose(i);
        }
        let mut stop = None;
        for (i, r) in outcome.options.iter().enumerate() {
            let r = q.describe(
                r.clone()
                    .accessible_name(Question::answer_name(&ask, labels[i])),
            );
            // Focus goes to the group's one Tab stop: the chosen answer, or
            // else the first.
            if outcome.stop(value.chosen()).is_some_and(|s| s.id == r.id) {
                stop = Some(r);
            }
        }
        finish_group(ui, f, ask.path, stop, outcome.picked.is_some())
    })
}

/// Several answers from a list, as checkboxes, kept in the listed order.
pub fn checkboxes(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    value: &mut dyn MultiSlot,
) -> Response {
    let ask = Ask {
        hint: Some(ask.hint.unwrap_or(t("multi-hint"))),
        ..ask
    };
    let labels = value.labels();
    asked(ui, f, &ask, |ui, f, q| {
        let mut first: Option<Response> = None;
        let mut changed = false;
        group(ui, q, accesskit::Role::Group, |ui| {
            for (i, label) in labels.iter().enumerate() {
                let mut ticked = value.ticked(i);
                let r = ui.checkbox(&mut ticked, *label);
                if r.changed() {
                    changed = true;
                    value.tick(i, ticked);
                }
                let r = q.describe(r.accessible_name(Question::answer_name(&ask, label)));
                if first.is_none() {
                    first = Some(r);
                }
            }
        });
        finish_group(ui, f, ask.path, first, changed)
    })
}

/// Some of a list's answers, to offer as radio buttons (an address's
/// status where "no fixed address" does not apply).
#[derive(Debug)]
pub struct Among<'a, T> {
    pub value: &'a mut Option<T>,
    pub choices: &'a [T],
}

impl<T: Choice> ChoiceSlot for Among<'_, T> {
    fn labels(&self) -> Vec<&'static str> {
        self.choices.iter().map(|c| c.label()).collect()
    }
    fn chosen(&self) -> Option<usize> {
        let value = (*self.value)?;
        self.choices.iter().position(|c| *c == value)
    }
    fn choose(&mut self, index: usize) {
        if let Some(c) = self.choices.get(index) {
            *self.value = Some(*c);
        }
    }
}

/// A single checkbox that is its own question ("I have called 999").
pub fn tick(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut bool) -> Response {
    ui.add_space(8.0);
    f.saw(ask.path);
    let error = f.error(ask.path).map(|message| error_message(ui, &message));
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
