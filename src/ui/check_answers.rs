//! "Check your answers and declaration", as GOV.UK does it: every answer as
//! it will be sent with a "Change" link that comes back here, the
//! declaration, "Export referral", and after an export the confirmation:
//! what was sent, where the file is, and what to do next.

use super::style::{self, BODY, bold, primary_button};
use super::widgets::{self, subheading};
use super::{Command, FormState, answers};
use crate::form;
use crate::i18n::t;
use crate::model::SectionId;
use crate::tr;
use crate::ui::Exported;
use eframe::egui::{self, Align, Color32, RichText, Ui, accesskit};

pub fn check_answers(ui: &mut Ui, state: &mut FormState, actions: &mut Vec<Command>) {
    if let Some(done) = state.exported.clone() {
        confirmation(ui, &done, actions);
    }
    let age = state.age();
    let mut change = None;
    for section in SectionId::ALL {
        let rows = answers::rows(&state.draft.referral, section, age, state.minor);
        if rows.is_empty() {
            continue;
        }
        ui.add_space(16.0);
        subheading(ui, section.title(), 24.0);
        for row in rows {
            ui.separator();
            ui.horizontal_top(|ui| {
                let column = |ui: &mut Ui, width: f32, text: RichText| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(width, 0.0),
                        egui::Layout::top_down(Align::Min),
                        |ui| {
                            ui.set_width(width);
                            ui.add(egui::Label::new(text).wrap());
                        },
                    );
                };
                column(ui, 250.0, bold(&row.label));
                // Answers in full contrast; only "Not provided" is quieter.
                let answer = match &row.answer {
                    Some(a) => RichText::new(a),
                    None => RichText::new(t("answers-not-provided")).weak(),
                };
                column(ui, 320.0, answer);
                let link = ui
                    .link(t("answers-change"))
                    .accessible_name(tr!("answers-change-name", label = &row.label));
                if link.clicked() {
                    change = Some(row.path.clone());
                }
            });
        }
    }
    if let Some(path) = change {
        state.shown.clear();
        state.exported = None;
        state.go_to_field(&path);
        // "Save and continue" brings the person back here.
        state.return_to_check = true;
        ui.ctx().request_repaint();
        return;
    }

    ui.add_space(24.0);
    subheading(ui, t("declaration-heading"), 24.0);
    let today = state.today;
    if state.read_only {
        ui.disable();
    }
    state.with_fields(|f, r| {
        let d = &mut r.declaration;
        let ticked = widgets::tick(ui, f, widgets::Ask::of(&form::CONFIRMED), &mut d.confirmed);
        if ticked.changed() && d.confirmed && d.referral_date.is_blank() {
            d.referral_date = crate::model::DateInput::from_date(today);
        }
        widgets::date(
            ui,
            f,
            widgets::Ask::of(&form::REFERRAL_DATE),
            &mut d.referral_date,
        );
    });
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        if primary_button(ui, t("declaration-export")).clicked() {
            actions.push(Command::Export);
            ui.ctx().request_repaint();
        }
        // A copy to read or keep: a draft copy while the referral is incomplete.
        if ui.button(t("menu-save-pdf")).clicked() {
            actions.push(Command::SavePdf);
        }
    });
}

/// GOV.UK's confirmation panel, then what to do next.
fn confirmation(ui: &mut Ui, done: &Exported, actions: &mut Vec<Command>) {
    let panel = egui::Frame::new()
        .fill(style::GREEN)
        .inner_margin(20.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.vertical_centered(|ui| {
                ui.label(bold(t("exported-title")).size(32.0).color(Color32::WHITE));
                ui.label(
                    RichText::new(tr!("exported-file", name = &done.file_name))
                        .size(BODY + 2.0)
                        .color(Color32::WHITE),
                );
            });
        });
    // Read out at once, like GOV.UK's panel after a form is sent.
    let said = format!(
        "{} {}",
        t("exported-title"),
        tr!("exported-file", name = &done.file_name)
    );
    ui.ctx().accesskit_node_builder(panel.response.id, |node| {
        node.set_role(accesskit::Role::Alert);
        node.set_label(said);
    });
    ui.add_space(12.0);
    ui.label(tr!(
        "exported-folder",
        folder = done.folder.display().to_string()
    ));
    if ui.button(t("exported-open-folder")).clicked() {
        actions.push(Command::OpenExportFolder);
    }
    ui.add_space(8.0);
    if done.teams.is_empty() {
        ui.label(RichText::new(t("exported-plain")).color(ui.visuals().error_fg_color));
    } else {
        ui.label(tr!("exported-encrypted", teams = done.teams.join(", ")));
    }
    ui.add_space(12.0);
    subheading(ui, t("exported-next-heading"), 24.0);
    ui.label(t("exported-next"));
    ui.add_space(12.0);
}
