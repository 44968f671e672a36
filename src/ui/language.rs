//! The "Cymraeg / English" switch, at the top of every screen as on the
//! Wales form. Each language is named in itself and read out in its own
//! voice; the one in use is shown selected.
//!
//! Switching is carried out by the shell ([`super::Command::SetLanguage`]):
//! it keeps every answer, the page and the focus. Clicking the switch with
//! the mouse would take focus off the field being typed in (egui drops focus
//! on a press elsewhere), so the field focused last is remembered here and
//! given its focus back.

use crate::i18n::{Language, language};
use eframe::egui::{self, Id, RichText, Ui};

/// Where the switch's own widget ids are kept from one frame to the next.
fn switch_ids_id() -> Id {
    Id::unique("language switch: its buttons")
}

/// The field that had focus before the switch was pressed.
fn last_focus_id() -> Id {
    Id::unique("language switch: last focus")
}

/// Shows "Cymraeg / English"; the language asked for, when it is not the
/// one in use.
pub fn language_switch(ui: &mut Ui) -> Option<Language> {
    remember_focus(ui);
    let current = language();
    let mut chosen = None;
    let mut ids = Vec::new();
    // Read "Cymraeg / English" in a bar laid out right to left too.
    let mut order = [Language::Welsh, Language::English];
    if ui.layout().prefer_right_to_left() {
        order.reverse();
    }
    ui.horizontal(|ui| {
        for (i, lang) in order.into_iter().enumerate() {
            if i > 0 {
                ui.label("/");
            }
            let selected = lang == current;
            let mut text = RichText::new(lang.own_name());
            if selected {
                text = text.strong();
            }
            let response = ui
                .push_id(lang.tag(), |ui| ui.selectable_label(selected, text))
                .inner
                .on_hover_text(crate::tr!("language-switch-to", language = lang.own_name()));
            // A screen reader reads each name in its own language.
            ui.ctx().accesskit_node_builder(response.id, |node| {
                node.set_language(lang.tag());
            });
            ids.push(response.id);
            if response.clicked() && !selected {
                chosen = Some(lang);
                if !response.has_focus() {
                    give_focus_back(ui);
                }
            }
        }
    });
    ui.data_mut(|d| d.insert_temp(switch_ids_id(), ids));
    chosen
}

/// The switch on its own bar at the top of a screen with no menu bar (the
/// passphrase screens).
pub fn language_bar(ui: &mut Ui) -> Option<Language> {
    let mut chosen = None;
    egui::Panel::top("language bar").show(ui, |ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            chosen = language_switch(ui);
        });
    });
    chosen
}

/// Notes the focused field, keeping it while a mouse button is down or
/// coming up (the press that took focus away).
fn remember_focus(ui: &Ui) {
    let back = ui.data_mut(|d| {
        let id = d.get_temp::<Id>(focus_back_id());
        d.remove::<Id>(focus_back_id());
        id
    });
    if let Some(id) = back {
        ui.memory_mut(|m| m.request_focus(id));
        return;
    }
    let focused = ui.memory(|m| m.focused());
    let switch: Vec<Id> = ui.data(|d| d.get_temp(switch_ids_id())).unwrap_or_default();
    let pressing = ui.input(|i| i.pointer.any_down() || i.pointer.any_released());
    ui.data_mut(|d| match focused {
        Some(id) if !switch.contains(&id) => {
            d.insert_temp(last_focus_id(), id);
        }
        None if pressing => {}
        _ => d.remove::<Id>(last_focus_id()),
    });
}

/// Asks for the remembered field's focus back, on the next frame: on this
/// one the field has still to see the press and let go of its focus.
fn give_focus_back(ui: &Ui) {
    if let Some(id) = ui.data(|d| d.get_temp::<Id>(last_focus_id())) {
        ui.data_mut(|d| d.insert_temp(focus_back_id(), id));
        ui.ctx().request_repaint();
    }
}

fn focus_back_id() -> Id {
    Id::unique("language switch: focus back")
}
