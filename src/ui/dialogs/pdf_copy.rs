//! "Save a copy as PDF": which teams to encrypt the copy for (the export's
//! team choice, [`ExportChoice`]), and the offer of a copy after an export.

use super::ExportChoice;
use crate::i18n::t;
use crate::storage::settings::ExportRecipient;
use crate::tr;
use eframe::egui;

/// What was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfDecision {
    Save,
    Cancel,
}

/// Which teams to encrypt the copy for; none ticked says plainly that the
/// copy will not be encrypted, or, when the organisation does not allow
/// that (`plain_allowed` false), that it cannot be made so.
pub fn pdf_choice(
    ctx: &egui::Context,
    choice: &mut ExportChoice,
    teams: &[ExportRecipient],
    plain_allowed: bool,
) -> Option<PdfDecision> {
    let mut go = None;
    let modal = egui::Modal::new(egui::Id::unique("pdf_choice")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        super::title(ui, t("dialog-pdf-title"));
        ui.label(t("dialog-pdf-text"));
        for (ticked, team) in choice.teams.iter_mut().zip(teams) {
            ui.checkbox(ticked, tr!("dialog-export-encrypt-for", team = &team.name));
        }
        let encrypted = choice.teams.iter().any(|t| *t);
        if !encrypted {
            let warning = if plain_allowed {
                t("dialog-pdf-plain-warning")
            } else {
                t("policy-no-unencrypted")
            };
            ui.colored_label(ui.visuals().warn_fg_color, warning);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let label = if encrypted {
                t("dialog-pdf-encrypted-button")
            } else {
                t("dialog-pdf-plain-button")
            };
            let button = ui.add_enabled(encrypted || plain_allowed, egui::Button::new(label));
            if button.clicked() {
                go = Some(PdfDecision::Save);
            }
            if ui.button(t("button-cancel")).clicked() {
                go = Some(PdfDecision::Cancel);
            }
        });
    });
    if modal.should_close() {
        go.get_or_insert(PdfDecision::Cancel);
    }
    go
}

/// After an export: a copy for the receivers who take a document.
pub fn offer_pdf(ctx: &egui::Context) -> Option<PdfDecision> {
    let mut go = None;
    let modal = egui::Modal::new(egui::Id::unique("offer_pdf")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        super::title(ui, t("dialog-exported-title"));
        ui.label(t("dialog-offer-pdf-text"));
        ui.horizontal(|ui| {
            if ui.button(t("dialog-offer-pdf-save")).clicked() {
                go = Some(PdfDecision::Save);
            }
            if ui.button(t("dialog-offer-pdf-not-now")).clicked() {
                go = Some(PdfDecision::Cancel);
            }
        });
    });
    if modal.should_close() {
        go.get_or_insert(PdfDecision::Cancel);
    }
    go
}
