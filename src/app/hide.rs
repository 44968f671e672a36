//! "Hide now": Shift three times, Ctrl+L or the Hide button cover the
//! window with a plain screen that says nothing about a referral, save the
//! work and lock. The passphrase brings everything back where it was.

use super::App;
use crate::i18n::t;
use crate::ui::Command;
use eframe::egui::{self, Event, Key, Ui, ViewportCommand};
use std::time::Instant;

impl App {
    /// True when this frame's keys ask to hide: Shift pressed three times
    /// in a row, or the Hide shortcut (Ctrl+L), on any screen.
    pub(super) fn hide_asked(&mut self, ctx: &egui::Context) -> bool {
        if self.hidden {
            return false;
        }
        let events = ctx.input(|i| i.events.clone());
        let now = Instant::now();
        let mut asked = false;
        for event in &events {
            match event {
                Event::Key {
                    key: Key::ShiftLeft | Key::ShiftRight,
                    pressed: true,
                    repeat: false,
                    ..
                } => asked |= self.shift.shift(now),
                Event::Key { pressed: true, .. } | Event::Text(_) | Event::Paste(_) => {
                    self.shift.other();
                }
                _ => {}
            }
        }
        let shortcut = Command::Lock
            .shortcut()
            .is_some_and(|s| ctx.input_mut(|i| i.consume_shortcut(&s)));
        asked || shortcut
    }

    /// Hides now: saves what there is, locks when a passphrase is in use,
    /// and covers the window.
    pub fn hide(&mut self, ctx: &egui::Context) {
        self.hidden = true;
        self.shift.other();
        if self.session.can_lock() {
            self.lock(ctx);
        } else {
            // No passphrase in this window (no data folder): the work is
            // still saved where it can be.
            self.autosave_now();
            self.flush();
        }
        self.set_neutral_title(ctx);
    }

    /// The plain screen: nothing but a way back.
    pub(super) fn hidden_frame(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.set_neutral_title(&ctx);
        let name = t("app-name");
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(name.to_owned());
            node.set_language(crate::i18n::language().tag().to_owned());
        });
        let mut back = false;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space(ui.available_height() / 2.0 - 20.0);
                let button = ui.button(t("hidden-continue"));
                if !button.has_focus() && ctx.memory(|m| m.focused().is_none()) {
                    button.request_focus();
                }
                back = button.clicked();
            });
        });
        if back {
            self.hidden = false;
            ctx.request_repaint();
        }
    }

    /// A title that says nothing about a referral: the program's name.
    fn set_neutral_title(&mut self, ctx: &egui::Context) {
        let title = t("app-name").to_owned();
        if self.title != title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}
