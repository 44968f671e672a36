//! The settings screen: the teams exports are encrypted for, when the app
//! locks itself, and changing the passphrase.

use crate::i18n::t;
use crate::msg;
use crate::notice::{Notice, NoticeKind};
use crate::policy::{Loaded, Policy};
use crate::storage::crypto::parse_recipient;
use crate::storage::settings::{AUTO_LOCK_CHOICES, ExportRecipient, Settings};
use crate::tr;
use crate::ui::widgets::{alert, busy, forget_text, password, radio_group};
use eframe::egui::{self, Id, RichText, Ui};
use std::sync::atomic::{AtomicU64, Ordering};
use zeroize::Zeroize;

/// Each settings screen's passphrase boxes are new ones, with no history.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// What is being typed on the settings screen.
pub struct SettingsView {
    pub new_name: String,
    pub new_key: String,
    pub add_error: Option<String>,
    pub old_passphrase: String,
    pub new_passphrase: String,
    pub confirm_passphrase: String,
    /// The outcome of the last passphrase change.
    pub passphrase_message: Option<Notice>,
    generation: u64,
}

impl Default for SettingsView {
    fn default() -> Self {
        Self {
            new_name: String::new(),
            new_key: String::new(),
            add_error: None,
            old_passphrase: String::new(),
            new_passphrase: String::new(),
            confirm_passphrase: String::new(),
            passphrase_message: None,
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
        }
    }
}

impl std::fmt::Debug for SettingsView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the passphrases.
        f.debug_struct("SettingsView")
            .field("add_error", &self.add_error)
            .finish_non_exhaustive()
    }
}

impl SettingsView {
    fn ids(&self) -> [Id; 3] {
        let g = self.generation;
        [
            Id::unique(("settings current passphrase", g)),
            Id::unique(("settings new passphrase", g)),
            Id::unique(("settings confirm passphrase", g)),
        ]
    }

    /// Wipes the passphrase boxes, here and in egui's memory of them.
    pub fn forget_passphrases(&mut self, ctx: &egui::Context) {
        self.old_passphrase.zeroize();
        self.new_passphrase.zeroize();
        self.confirm_passphrase.zeroize();
        for id in self.ids() {
            forget_text(ctx, id);
        }
        self.generation = GENERATION.fetch_add(1, Ordering::Relaxed);
    }
}

/// What the settings screen asks the shell for.
#[derive(PartialEq, Eq)]
pub enum SettingsAction {
    Close,
    ChangePassphrase { old: String, new: String },
}

impl std::fmt::Debug for SettingsAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Close => "Close",
            Self::ChangePassphrase { .. } => "ChangePassphrase { .. }",
        })
    }
}

/// `managed`: the organisation's managed settings, shown as set by it and
/// not changeable here (or, when refused, why). `changing`: a change of
/// passphrase is under way (off the window's thread): its button waits.
pub fn settings_ui(
    ui: &mut Ui,
    view: &mut SettingsView,
    settings: &mut Settings,
    managed: &Loaded,
    can_change_passphrase: bool,
    changing: bool,
) -> Option<SettingsAction> {
    let mut action = None;
    if ui.link(t("screen-back-to-referral")).clicked() {
        view.forget_passphrases(ui.ctx());
        action = Some(SettingsAction::Close);
    }
    ui.add_space(8.0);
    ui.heading(t("settings-heading"));
    let policy = managed.policy();
    if let Some(why) = managed.refusal() {
        alert(ui, &why, true);
    } else if *policy != Policy::default() {
        ui.label(t("policy-settings-intro"));
    }
    if let Some(language) = policy.language {
        ui.label(tr!("policy-language", language = language.own_name()));
    }

    ui.add_space(12.0);
    ui.label(
        RichText::new(t("settings-teams-heading"))
            .strong()
            .size(18.0),
    );
    ui.label(t("settings-teams-intro"));
    for team in &policy.teams {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&team.name).strong());
            let short: String = team.public_key.chars().take(16).collect();
            ui.label(format!("{short}…"));
            ui.label(RichText::new(t("policy-team-locked")).italics());
        });
    }
    let mut remove = None;
    for (i, r) in settings.recipients.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&r.name).strong());
            let short: String = r.public_key.chars().take(16).collect();
            ui.label(format!("{short}…"));
            if ui
                .button(t("settings-team-remove"))
                .accessible_name(tr!("settings-team-remove-name", name = &r.name))
                .clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        settings.recipients.remove(i);
    }
    if settings.recipients.is_empty() && policy.teams.is_empty() {
        ui.label(RichText::new(t("settings-no-teams")).weak());
    }
    ui.add_space(6.0);
    if let Some(error) = &view.add_error {
        alert(ui, error, true);
    }
    let name_label = ui.label(t("settings-team-name"));
    ui.add(egui::TextEdit::singleline(&mut view.new_name).desired_width(420.0))
        .labelled_by(name_label.id);
    let key_label = ui.label(t("settings-team-key"));
    ui.add(egui::TextEdit::singleline(&mut view.new_key).desired_width(420.0))
        .labelled_by(key_label.id);
    if ui.button(t("settings-team-add")).clicked() {
        let name = view.new_name.trim().to_owned();
        view.add_error = if name.is_empty() {
            Some(t("settings-team-name-missing").to_owned())
        } else {
            match parse_recipient(&view.new_key) {
                Err(why) => Some(why.to_string()),
                Ok(key) => {
                    settings.recipients.push(ExportRecipient {
                        name,
                        public_key: key.to_string(),
                    });
                    view.new_name.clear();
                    view.new_key.clear();
                    None
                }
            }
        };
    }

    ui.add_space(16.0);
    let heading = ui.label(
        RichText::new(t("settings-lock-heading"))
            .strong()
            .size(18.0),
    );
    ui.label(t("settings-lock-intro"));
    let labels: Vec<String> = AUTO_LOCK_CHOICES
        .iter()
        .map(|minutes| tr!("settings-lock-after", minutes = *minutes))
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let chosen = AUTO_LOCK_CHOICES
        .iter()
        .position(|m| *m == settings.auto_lock_minutes);
    let lock = radio_group::labelled(
        ui,
        Id::unique("settings: lock after"),
        heading.id,
        &labels,
        chosen,
        false,
    );
    if let Some(minutes) = lock.picked.and_then(|i| AUTO_LOCK_CHOICES.get(i)) {
        settings.auto_lock_minutes = *minutes;
    }

    ui.add_space(16.0);
    ui.label(
        RichText::new(t("settings-name-heading"))
            .strong()
            .size(18.0),
    );
    ui.checkbox(&mut settings.initials_only, t("settings-initials-only"));

    if can_change_passphrase {
        ui.add_space(16.0);
        ui.label(
            RichText::new(t("settings-passphrase-heading"))
                .strong()
                .size(18.0),
        );
        ui.label(t("settings-passphrase-intro"));
        if let Some(message) = &view.passphrase_message {
            alert(
                ui,
                &message.text.to_string(),
                message.kind == NoticeKind::Error,
            );
        }
        let [old_id, new_id, confirm_id] = view.ids();
        password(
            ui,
            t("settings-passphrase-current"),
            &mut view.old_passphrase,
            old_id,
        );
        password(
            ui,
            t("settings-passphrase-new"),
            &mut view.new_passphrase,
            new_id,
        );
        password(
            ui,
            t("settings-passphrase-new-again"),
            &mut view.confirm_passphrase,
            confirm_id,
        );
        if changing {
            busy(ui, t("settings-passphrase-changing"));
        }
        let button = ui.add_enabled(
            !changing,
            egui::Button::new(t("settings-passphrase-button")),
        );
        if button.clicked() && !changing {
            if view.new_passphrase != view.confirm_passphrase {
                view.passphrase_message = Some(Notice::error(msg!("settings-passphrases-differ")));
            } else {
                // The last change's outcome is not left beside this one.
                view.passphrase_message = None;
                action = Some(SettingsAction::ChangePassphrase {
                    old: std::mem::take(&mut view.old_passphrase),
                    new: std::mem::take(&mut view.new_passphrase),
                });
            }
            view.forget_passphrases(ui.ctx());
        }
    }
    action
}
