//! "Export the referral": which teams to encrypt for, and how.

use crate::i18n::t;
use crate::storage::settings::ExportRecipient;
use crate::tr;
use eframe::egui;

/// Export being chosen.
#[derive(Debug, Clone, Default)]
pub struct ExportChoice {
    /// One per team in the settings, ticked to encrypt for it.
    pub teams: Vec<bool>,
    /// ASCII-armoured text instead of binary.
    pub armored: bool,
}

impl ExportChoice {
    /// Every team ticked, to start with.
    pub fn all(teams: usize) -> Self {
        Self {
            teams: vec![true; teams],
            armored: false,
        }
    }

    /// The public keys of the teams ticked.
    pub fn public_keys(&self, teams: &[ExportRecipient]) -> Vec<String> {
        self.teams
            .iter()
            .zip(teams)
            .filter(|(ticked, _)| **ticked)
            .map(|(_, r)| r.public_key.clone())
            .collect()
    }
}

/// What was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportDecision {
    Export,
    Cancel,
}

/// `plain_allowed`: false when the organisation does not allow an export
/// that is not encrypted (managed settings): with no team ticked, the
/// button is off and the dialog says why.
pub fn export_choice(
    ctx: &egui::Context,
    choice: &mut ExportChoice,
    teams: &[ExportRecipient],
    plain_allowed: bool,
) -> Option<ExportDecision> {
    let mut go = None;
    let modal = egui::Modal::new(egui::Id::unique("export_choice")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        super::title(ui, t("dialog-export-title"));
        ui.label(t("dialog-export-text"));
        for (ticked, team) in choice.teams.iter_mut().zip(teams) {
            ui.checkbox(ticked, tr!("dialog-export-encrypt-for", team = &team.name));
        }
        ui.checkbox(&mut choice.armored, t("dialog-export-armored"));
        let encrypted = choice.teams.iter().any(|t| *t);
        if !encrypted && !plain_allowed {
            ui.colored_label(ui.visuals().warn_fg_color, t("policy-no-unencrypted"));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let label = if encrypted {
                t("dialog-export-encrypted-button")
            } else {
                t("dialog-export-plain-button")
            };
            let button = ui.add_enabled(encrypted || plain_allowed, egui::Button::new(label));
            if button.clicked() {
                go = Some(ExportDecision::Export);
            }
            if ui.button(t("button-cancel")).clicked() {
                go = Some(ExportDecision::Cancel);
            }
        });
    });
    if modal.should_close() {
        go.get_or_insert(ExportDecision::Cancel);
    }
    go
}
