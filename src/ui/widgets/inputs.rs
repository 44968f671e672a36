//! Typed answers: one line, several lines, a date in three boxes.

use super::{Ask, Fields, asked, finish_group};
use crate::i18n::t;
use crate::model::DateInput;
use eframe::egui::{self, Response, Ui};

/// A one-line text answer.
pub fn text(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut String) -> Response {
    asked(ui, f, &ask, |ui, f, q| {
        // Enter keeps the focus here (egui's one-line box gives it up, and
        // the next Tab then started again from the menu); wide enough for
        // a job title or an organisation's name to be read while typed.
        let response = ui.add(
            egui::TextEdit::singleline(value)
                .id(f.id(ask.path))
                .return_key(None)
                .desired_width(ui.available_width().min(560.0)),
        );
        let response = q.tie(response);
        f.focus_if_asked(ask.path, &response);
        f.track(&response);
        response
    })
}

/// An answer the organisation set (managed settings): read out and
/// reachable by Tab like any other, its text selectable, but not
/// changeable; its hint says who set it.
pub fn fixed(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &str) -> Response {
    let ask = Ask {
        hint: Some(t("policy-set-by-organisation")),
        ..ask
    };
    asked(ui, f, &ask, |ui, f, q| {
        let mut shown = value;
        let shade = crate::ui::style::fixed_answer_fill(ui.visuals().dark_mode);
        let response = ui.add(
            egui::TextEdit::singleline(&mut shown)
                .background_color(shade)
                .id(f.id(ask.path))
                .return_key(None)
                .desired_width(ui.available_width().min(560.0)),
        );
        let response = q.tie(response);
        f.focus_if_asked(ask.path, &response);
        response
    })
}

/// A long text answer: several lines; Tab still moves to the next field.
pub fn long_text(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut String) -> Response {
    asked(ui, f, &ask, |ui, f, q| {
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
    })
}

/// A date in three boxes (day, month, year). The boxes never move focus on
/// their own, and the month takes a number or a name.
pub fn date(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut DateInput) -> Response {
    let ask = Ask {
        hint: Some(ask.hint.unwrap_or(t("date-hint"))),
        ..ask
    };
    asked(ui, f, &ask, |ui, f, q| {
        let mut first = None;
        let mut changed = false;
        ui.horizontal(|ui| {
            for (part, name, width, text) in [
                ("day", t("date-day"), 52.0, &mut value.day),
                ("month", t("date-month"), 120.0, &mut value.month),
                ("year", t("date-year"), 80.0, &mut value.year),
            ] {
                ui.vertical(|ui| {
                    let part_label = ui.label(name).id;
                    let response = ui.add(
                        egui::TextEdit::singleline(text)
                            .id(f.id(&format!("{}.{part}", ask.path)))
                            .return_key(None)
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
    })
}
