//! Typed answers: one line, several lines, a date in three boxes.

use super::{Ask, Fields, asked, finish_group};
use crate::i18n::t;
use crate::model::DateInput;
use eframe::egui::{self, Response, Ui};

/// A one-line text answer.
pub fn text(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut String) -> Response {
    sized_text(ui, f, ask, value, 560.0)
}

/// A one-line box for a short answer (an age, an extension): as wide as
/// the answer it takes, as GOV.UK sizes inputs, so its size says what
/// goes in it (a full-width box for "15" was one of the walk's points).
pub fn short_text(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut String) -> Response {
    sized_text(ui, f, ask, value, 120.0)
}

fn sized_text(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    value: &mut String,
    width: f32,
) -> Response {
    asked(ui, f, &ask, |ui, f, q| {
        outline_if_wrong(ui, f, ask.path);
        // Enter keeps the focus here (egui's one-line box gives it up, and
        // the next Tab then started again from the menu); wide enough for
        // a job title or an organisation's name to be read while typed.
        let response = ui.add(
            egui::TextEdit::singleline(value)
                .id(f.id(ask.path))
                .return_key(None)
                .desired_width(ui.available_width().min(width)),
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
        outline_if_wrong(ui, f, ask.path);
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

/// The boxes of an answer in error are outlined in the error colour while
/// they do not have the focus (GOV.UK's red border), so the place to type
/// is marked as well as the question; the focus ring still shows over it.
fn outline_if_wrong(ui: &mut Ui, f: &Fields<'_>, path: &str) {
    if f.error(path).is_none() {
        return;
    }
    let colour = ui.visuals().error_fg_color;
    let widgets = &mut ui.visuals_mut().widgets;
    for look in [&mut widgets.inactive, &mut widgets.hovered] {
        look.bg_stroke = egui::Stroke::new(look.bg_stroke.width.max(2.0), colour);
    }
}

/// A date in three boxes (day, month, year). The boxes never move focus on
/// their own, and the month takes a number or a name.
pub fn date(ui: &mut Ui, f: &mut Fields<'_>, ask: Ask<'_>, value: &mut DateInput) -> Response {
    let ask = Ask {
        hint: Some(ask.hint.unwrap_or(t("date-hint"))),
        ..ask
    };
    asked(ui, f, &ask, |ui, f, q| {
        outline_if_wrong(ui, f, ask.path);
        let mut first = None;
        let mut changed = false;
        ui.horizontal(|ui| {
            for (part, name, width, text) in [
                ("day", t("date-day"), 52.0_f32, &mut value.day),
                ("month", t("date-month"), 120.0, &mut value.month),
                ("year", t("date-year"), 80.0, &mut value.year),
            ] {
                ui.vertical(|ui| {
                    let part_label = ui.label(name);
                    // A box at least as wide as its label, so a longer
                    // label ("Diwrnod") does not leave the boxes unevenly
                    // spaced under their labels.
                    let width = width.max(part_label.rect.width());
                    let part_label = part_label.id;
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
