//! The menu bar and the keyboard shortcuts, both made from
//! [`super::commands`].

use super::commands::{Command, FILE_MENU, MenuEntry, shortcuts};
use crate::i18n::t;
use eframe::egui::{self, RichText, Ui};

/// The keyboard shortcuts, for the whole window.
pub fn handle_shortcuts(ui: &mut Ui, commands: &mut Vec<Command>) {
    let all = shortcuts();
    ui.input_mut(|i| {
        for (shortcut, command) in &all {
            if i.consume_shortcut(shortcut) {
                commands.push(*command);
            }
        }
    });
}

/// The menu bar, on every screen: the File menu, "Task list", "Hide" and
/// the protective marking.
pub fn menu_bar(ui: &mut Ui, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t("menu-file"), |ui| {
            for entry in FILE_MENU {
                let command = match entry {
                    MenuEntry::Separator => {
                        ui.separator();
                        continue;
                    }
                    MenuEntry::Command(c) => *c,
                };
                let Some(label) = command.label() else {
                    continue;
                };
                let mut button = egui::Button::new(label);
                if let Some(shortcut) = command.shortcut() {
                    button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
                }
                if ui.add(button).clicked() {
                    commands.push(command);
                }
            }
        });
        if ui.button(t("menu-home")).clicked() {
            commands.push(Command::Home);
        }
        if ui.button(t("menu-task-list")).clicked() {
            commands.push(Command::TaskList);
        }
        // The language switch, the marking and Hide sit at the right, laid
        // out (and so reached by Tab) left to right, as read: pushed along
        // by the width they took last frame (a right-to-left layout would
        // give Hide the focus before the language switch).
        let width_id = egui::Id::unique("right-of-menu");
        let width: f32 = ui.ctx().data(|d| d.get_temp(width_id)).unwrap_or(0.0);
        ui.add_space((ui.available_width() - width).max(0.0));
        let group = ui.horizontal(|ui| {
            if let Some(l) = super::language::language_switch(ui) {
                commands.push(Command::SetLanguage(l));
            }
            ui.separator();
            ui.label(RichText::new(t("marking-official-sensitive")).strong());
            // Always in the same place, for a passer-by moment.
            let hide = ui
                .add(egui::Button::new(crate::ui::style::bold(t("menu-hide"))).frame(true))
                .on_hover_text(t("menu-hide-hint"));
            if hide.clicked() {
                commands.push(Command::Lock);
            }
        });
        let used = group.response.rect.width();
        if (used - width).abs() > 0.5 {
            ui.ctx().data_mut(|d| d.insert_temp(width_id, used));
            ui.ctx().request_repaint();
        }
    });
}
