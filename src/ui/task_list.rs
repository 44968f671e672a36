//! The task list: each section of the form with its status as a coloured
//! tag. "Before you start" is guidance, so it has no number.

use super::style::{TagKind, tag};
use super::widgets::heading;
use super::{FormState, Page, Status, arrive};
use crate::i18n::t;
use crate::model::SectionId;
use crate::tr;
use eframe::egui::{self, Ui};

pub fn task_list(ui: &mut Ui, state: &mut FormState) {
    let title = heading(ui, t("task-list-title"));
    arrive(state, &title);
    super::whose(ui, state);
    ui.label(t("task-list-intro"));
    ui.add_space(8.0);
    let statuses = state.statuses();
    egui::Grid::new("task_list")
        .num_columns(2)
        .spacing([40.0, 14.0])
        .show(ui, |ui| {
            for (i, (section, status)) in statuses.iter().enumerate() {
                let title = if *section == SectionId::Start {
                    section.title().to_owned()
                } else {
                    tr!("task-list-section", number = i, title = section.title())
                };
                let link = ui.link(&title).accessible_name(tr!(
                    "task-list-section-status",
                    section = &title,
                    status = status.label()
                ));
                if link.clicked() {
                    state.go(Page::Section(*section));
                }
                let kind = match status {
                    Status::Completed => TagKind::Done,
                    Status::InProgress => TagKind::Going,
                    Status::NotStarted => TagKind::Waiting,
                    Status::Problem => TagKind::Problem,
                };
                tag(ui, status.label(), kind);
                ui.end_row();
            }
        });
}
