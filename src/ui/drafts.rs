//! The drafts screen: every draft in the library with its label, when it
//! was last edited and how many sections are complete; search, open, rename
//! and delete (after a confirmation).

use crate::i18n::t;
use crate::record::library::{DraftInfo, Status};
use crate::tr;
use crate::ui::widgets::{error_message, radio_group};
use chrono::Datelike;
use chrono::{DateTime, Utc};
use eframe::egui::{self, RichText, Ui};
use uuid::Uuid;

/// What the drafts screen shows and is doing.
#[derive(Debug, Clone, Default)]
pub struct DraftsView {
    /// Each draft, or why it could not be read.
    pub items: Vec<Result<DraftInfo, String>>,
    pub search: String,
    /// A draft being renamed, with the label typed so far.
    pub renaming: Option<(Uuid, String)>,
    /// A draft the user asked to delete: waiting for "Yes, delete it".
    pub confirm_delete: Option<Uuid>,
    /// The confirmation has just opened: focus goes to the safe choice.
    pub focus_keep: bool,
    /// Say whose each draft is by initials only (Settings).
    pub initials_only: bool,
    /// Only drafts in this state; `None` for all.
    pub filter: Option<Status>,
}

/// What the user asked for on the drafts screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftsAction {
    Open(Uuid),
    Rename(Uuid, String),
    Delete(Uuid),
    Close,
}

fn matches(info: &DraftInfo, search: &str) -> bool {
    let search = search.trim().to_lowercase();
    search.is_empty()
        || info.label.to_lowercase().contains(&search)
        || info.person.to_lowercase().contains(&search)
        || info.id.to_string().starts_with(&search)
}

pub fn drafts_ui(
    ui: &mut Ui,
    view: &mut DraftsView,
    now: DateTime<Utc>,
    stale_days: u32,
) -> Option<DraftsAction> {
    let mut action = None;
    if ui.link(t("screen-back-to-referral")).clicked() {
        action = Some(DraftsAction::Close);
    }
    ui.add_space(8.0);
    ui.heading(t("drafts-heading"));
    ui.label(t("drafts-intro"));
    ui.add_space(8.0);
    let label = ui.label(RichText::new(t("drafts-search")).strong());
    ui.add(egui::TextEdit::singleline(&mut view.search).desired_width(320.0))
        .labelled_by(label.id);
    ui.add_space(8.0);
    let filter = ui.label(RichText::new(t("drafts-filter")).strong());
    let filters = [
        (None, t("drafts-filter-all")),
        (Some(Status::InProgress), t("status-in-progress")),
        (Some(Status::Ready), t("status-ready")),
        (Some(Status::Exported), t("status-exported")),
        (Some(Status::Sent), t("status-sent")),
    ];
    let labels: Vec<&str> = filters.iter().map(|(_, label)| *label).collect();
    let chosen = filters.iter().position(|(value, _)| *value == view.filter);
    let picked = radio_group::labelled(
        ui,
        egui::Id::unique("drafts: filter"),
        filter.id,
        &labels,
        chosen,
        true,
    )
    .picked;
    if let Some((value, _)) = picked.and_then(|i| filters.get(i)) {
        view.filter = *value;
    }
    ui.add_space(8.0);
    let shown: Vec<&Result<DraftInfo, String>> = view
        .items
        .iter()
        .filter(|i| match i {
            Ok(info) => matches(info, &view.search) && view.filter.is_none_or(|f| f == info.status),
            Err(_) => view.search.trim().is_empty() && view.filter.is_none(),
        })
        .collect();
    if shown.is_empty() {
        ui.label(t("drafts-none"));
    }
    for item in shown {
        ui.separator();
        let info = match item {
            Ok(info) => info,
            Err(problem) => {
                error_message(ui, problem);
                continue;
            }
        };
        let id8 = info.id.to_string();
        let id8 = id8.get(..8).unwrap_or("");
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&info.label).strong().size(17.0));
            ui.label(RichText::new(id8).weak());
            crate::ui::home::status_tag(ui, info.status);
            if info.is_stale(now, stale_days) {
                ui.label(
                    RichText::new(tr!("drafts-stale", days = stale_days))
                        .color(ui.visuals().warn_fg_color)
                        .strong(),
                );
            }
        });
        // Whose it is, so a draft is not taken for another (the listing
        // holds the name encrypted; never a file name or a log).
        if let Some(whose) = crate::form::whose(&info.person, view.initials_only) {
            ui.label(whose);
        }
        // "Ready to export" only while it is: an exported or sent referral
        // says so in its badge, and is not to be exported again.
        let status = if info.complete && info.status == crate::record::library::Status::Ready {
            t("drafts-ready").to_owned()
        } else {
            tr!("drafts-sections-complete", count = info.sections_complete)
        };
        let local = info.updated_at.with_timezone(&chrono::Local);
        let format = crate::i18n::date_format("drafts-date-format", local.month());
        let when = local.format(&format).to_string();
        ui.label(tr!("drafts-last-edited", when = when, status = status));
        if let (Status::Sent, Some(on)) = (info.status, info.sent_on) {
            ui.label(tr!("drafts-sent-on", date = crate::i18n::long_date(on)));
        }
        let name = info.label.clone();
        if let Some((id, text)) = &mut view.renaming
            && *id == info.id
        {
            let l = ui.label(t("drafts-new-label"));
            ui.text_edit_singleline(text).labelled_by(l.id);
            let mut cancel = false;
            ui.horizontal(|ui| {
                if ui.button(t("drafts-save-label")).clicked() {
                    action = Some(DraftsAction::Rename(info.id, text.clone()));
                }
                if ui
                    .button(t("button-cancel"))
                    .accessible_name(tr!("drafts-cancel-rename-name", name = &name))
                    .clicked()
                {
                    cancel = true;
                }
            });
            if cancel {
                view.renaming = None;
            }
            continue;
        }
        if view.confirm_delete == Some(info.id) {
            ui.label(RichText::new(tr!("drafts-confirm-delete", name = &name)).strong());
            if info.status == Status::Exported {
                ui.label(t("drafts-confirm-delete-exported"));
            }
            ui.horizontal(|ui| {
                if ui.button(t("drafts-delete-yes")).clicked() {
                    action = Some(DraftsAction::Delete(info.id));
                }
                let keep = ui.button(t("drafts-delete-no"));
                // Deleting takes a deliberate move: the safe choice has
                // the focus, so Enter or Space keeps the draft.
                if std::mem::take(&mut view.focus_keep) {
                    keep.request_focus();
                }
                if keep.clicked() {
                    view.confirm_delete = None;
                }
            });
            continue;
        }
        ui.horizontal(|ui| {
            if ui
                .button(t("drafts-open"))
                .accessible_name(tr!("drafts-open-name", name = &name))
                .clicked()
            {
                action = Some(DraftsAction::Open(info.id));
            }
            if ui
                .button(t("drafts-rename"))
                .accessible_name(tr!("drafts-rename-name", name = &name))
                .clicked()
            {
                view.renaming = Some((info.id, info.label.clone()));
            }
            // A referral marked sent is the record of what was sent: kept
            // until its retention ends, so never offered for deletion.
            if info.status == Status::Sent {
                ui.label(RichText::new(t("drafts-kept-sent")).weak());
            } else if ui
                .button(t("drafts-delete"))
                .accessible_name(tr!("drafts-delete-name", name = &name))
                .clicked()
            {
                view.confirm_delete = Some(info.id);
                view.focus_keep = true;
            }
        });
    }
    action
}
