//! The banner over a referral whose history does not hold: said plainly
//! where the person is working, with what they can do. Nothing is blocked:
//! the person decides.

use crate::i18n::t;
use crate::ui::style::bold;
use eframe::egui::{self, Ui};

/// What the banner asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChainAction {
    /// Look at the history, where the entry that breaks is named.
    ShowHistory,
    /// Carry on with the referral (the banner goes for this sitting).
    CarryOn,
}

/// `what`: the history's own words about its check.
pub fn chain_banner(ui: &mut Ui, what: &str) -> Option<ChainAction> {
    let mut action = None;
    egui::Panel::top("chain").show(ui, |ui| {
        ui.add_space(6.0);
        ui.label(bold(t("chain-heading")));
        crate::ui::widgets::error_message(ui, what);
        ui.label(t("chain-what-to-do"));
        ui.horizontal(|ui| {
            if ui.button(t("chain-show-history")).clicked() {
                action = Some(ChainAction::ShowHistory);
            }
            if ui.button(t("chain-carry-on")).clicked() {
                action = Some(ChainAction::CarryOn);
            }
        });
        ui.add_space(6.0);
    });
    action
}
