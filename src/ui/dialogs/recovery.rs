//! "Your work was recovered": drafts a session that did not close properly
//! left behind, offered back at start.

use crate::i18n::t;
use crate::record::library::DraftInfo;
use crate::tr;
use chrono::Datelike;
use eframe::egui::{self, RichText};
use uuid::Uuid;

/// What was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recovery {
    Restore(Uuid),
    NotNow,
}

pub fn recovery(ctx: &egui::Context, recovered: &[DraftInfo]) -> Option<Recovery> {
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("recovered")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        super::title(ui, t("dialog-recovered-title"));
        ui.label(t("dialog-recovered-text"));
        for info in recovered {
            ui.add_space(6.0);
            ui.label(RichText::new(&info.label).strong());
            let local = info.updated_at.with_timezone(&chrono::Local);
            let format = crate::i18n::date_format("dialog-recovered-date-format", local.month());
            let when = local.format(&format).to_string();
            ui.label(tr!("dialog-recovered-last-edited", when = when));
            if ui
                .button(t("dialog-recovered-restore"))
                .accessible_name(tr!("dialog-recovered-restore-name", name = &info.label))
                .clicked()
            {
                choice = Some(Recovery::Restore(info.id));
            }
        }
        ui.add_space(8.0);
        if ui.button(t("dialog-recovered-not-now")).clicked() {
            choice = Some(Recovery::NotNow);
        }
        ui.label(RichText::new(t("dialog-recovered-note")).weak());
    });
    choice
}
