//! The screens in front of everything: choosing a passphrase at first
//! start, and unlocking (at start and after the app locked itself).
//! Nothing about any referral is shown while one of these is up.

use crate::i18n::t;
use crate::storage::crypto::{passphrase_problem, passphrase_strength};
use crate::ui::widgets::{alert, busy, forget_text, password};
use eframe::egui::{self, Id, Key, RichText, Ui};
use zeroize::Zeroize;

/// Where the passphrase stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// Unlocked, or no key is in use (a window with no data folder).
    Open,
    /// First start: a passphrase is chosen.
    Setup,
    /// Locked: the passphrase is asked for.
    Locked,
}

/// What is typed on the gate screens. Wiped as soon as it is used.
#[derive(Default)]
pub struct GateForm {
    pub passphrase: String,
    pub confirm: String,
    pub error: Option<String>,
    /// Said above the passphrase box (for example, that the work was saved).
    pub note: Option<String>,
    /// Focus goes to the passphrase box when the screen first shows.
    pub focused: bool,
    /// Changes after each use, so the boxes are new ones with no history.
    generation: u64,
}

impl std::fmt::Debug for GateForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never what was typed.
        f.debug_struct("GateForm")
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

impl GateForm {
    fn ids(&self) -> [Id; 2] {
        [
            Id::unique(("gate passphrase", self.generation)),
            Id::unique(("gate confirm", self.generation)),
        ]
    }

    /// Wipes what was typed, here and in egui's memory of the boxes.
    pub fn clear(&mut self, ctx: &egui::Context) {
        self.passphrase.zeroize();
        self.confirm.zeroize();
        for id in self.ids() {
            forget_text(ctx, id);
        }
        self.generation += 1;
        self.focused = false;
    }
}

/// What the user asked for on a gate screen.
#[derive(PartialEq, Eq)]
pub enum GateAction {
    /// First start: set this passphrase (already checked and confirmed).
    Create(String),
    Unlock(String),
}

impl std::fmt::Debug for GateAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Create(_) => "Create(..)",
            Self::Unlock(_) => "Unlock(..)",
        })
    }
}

/// The message ids of zxcvbn's five scores.
const STRENGTH: [&str; 5] = [
    "gate-strength-very-weak",
    "gate-strength-weak",
    "gate-strength-fair",
    "gate-strength-strong",
    "gate-strength-very-strong",
];

/// `trying`: the passphrase given is being tried (off the window's
/// thread): the button waits, and a line says so.
pub fn gate_ui(ui: &mut Ui, gate: Gate, form: &mut GateForm, trying: bool) -> Option<GateAction> {
    let mut action = None;
    let [first_id, second_id] = form.ids();
    ui.add_space(24.0);
    ui.label(RichText::new(t("marking-official-sensitive")).strong());
    ui.add_space(8.0);
    match gate {
        Gate::Open => {}
        Gate::Setup => {
            ui.heading(t("gate-setup-heading"));
            ui.label(t("gate-setup-intro"));
            ui.label(RichText::new(t("gate-setup-warning")).strong());
            ui.add_space(8.0);
            if let Some(note) = &form.note {
                alert(ui, note, true);
            }
            if let Some(error) = &form.error {
                alert(ui, error, true);
            }
            let first = password(ui, t("gate-passphrase"), &mut form.passphrase, first_id);
            if !std::mem::replace(&mut form.focused, true) {
                first.request_focus();
            }
            let strength = passphrase_strength(&form.passphrase);
            if !form.passphrase.is_empty() {
                let score = STRENGTH.get(usize::from(strength)).map_or("", |id| t(id));
                ui.label(crate::tr!("gate-strength", strength = score));
            }
            ui.label(RichText::new(t("gate-setup-tip")).weak());
            ui.add_space(4.0);
            let second = password(ui, t("gate-passphrase-again"), &mut form.confirm, second_id);
            let enter = second.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.add_space(8.0);
            if trying {
                busy(ui, t("gate-checking"));
            }
            let button = ui.add_enabled(!trying, egui::Button::new(t("gate-setup-button")));
            if !trying && (button.clicked() || enter) {
                form.error = if let Some(problem) = passphrase_problem(&form.passphrase) {
                    Some(problem)
                } else if form.passphrase != form.confirm {
                    Some(t("gate-passphrases-differ").to_owned())
                } else {
                    None
                };
                if form.error.is_none() {
                    action = Some(GateAction::Create(std::mem::take(&mut form.passphrase)));
                }
                form.clear(ui.ctx());
            }
        }
        Gate::Locked => {
            ui.heading(t("gate-locked-heading"));
            ui.label(t("gate-locked-intro"));
            if let Some(note) = &form.note {
                ui.label(note.as_str());
            }
            ui.add_space(8.0);
            if let Some(error) = &form.error {
                alert(ui, error, true);
            }
            let field = password(ui, t("gate-passphrase"), &mut form.passphrase, first_id);
            if !std::mem::replace(&mut form.focused, true) {
                field.request_focus();
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.add_space(8.0);
            if trying {
                busy(ui, t("gate-checking"));
            }
            let button = ui.add_enabled(!trying, egui::Button::new(t("gate-unlock-button")));
            if !trying && (button.clicked() || enter) && !form.passphrase.is_empty() {
                action = Some(GateAction::Unlock(std::mem::take(&mut form.passphrase)));
                form.clear(ui.ctx());
            }
        }
    }
    ui.add_space(16.0);
    egui::CollapsingHeader::new(t("gate-why")).show(ui, |ui| {
        ui.label(t("gate-why-text"));
    });
    action
}
