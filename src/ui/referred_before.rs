//! "This person may have been referred before": on the person's page and
//! the page with "earlier referrals", when another referral kept in this
//! library is about someone with the same names and age. Never in the way:
//! an inset the person can read past, with an "Add" for each one sent.

use crate::form::ReferredBefore;
use crate::i18n::{long_date, t};
use crate::model::EarlierReferral;
use crate::tr;
use crate::ui::FormState;
use crate::ui::style::bold;
use eframe::egui::{self, Ui, accesskit};

/// Draws the inset when there is anything to say. Returns the entry the
/// person asked to add (a referral sent, not already added).
pub fn referred_before(ui: &mut Ui, state: &FormState) -> Option<EarlierReferral> {
    if state.referred_before.is_empty() {
        return None;
    }
    let mut add = None;
    let colour = ui.visuals().widgets.noninteractive.fg_stroke.color;
    let frame = egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, colour))
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.label(bold(t("referred-before-title")).size(19.0));
            ui.label(t("referred-before-hint"));
            for found in &state.referred_before {
                ui.add_space(6.0);
                ui.label(said(found));
                let Some(entry) = &found.entry else { continue };
                if state.has_earlier_referral(entry) {
                    ui.label(t("referred-before-added"));
                } else if !state.read_only
                    && ui
                        .button(tr!("referred-before-add", sent = entry.when.as_str()))
                        .clicked()
                {
                    add = Some(entry.clone());
                }
            }
        });
    // A screen reader hears what the inset is before reading into it.
    ui.ctx().accesskit_node_builder(frame.response.id, |node| {
        node.set_role(accesskit::Role::Note);
        node.set_label(t("referred-before-title"));
    });
    ui.add_space(12.0);
    add
}

/// "Started 3 March 2026, sent on 5 March 2026. Outcome: …"
fn said(found: &ReferredBefore) -> String {
    let started = long_date(found.started);
    match (&found.sent_on, &found.entry) {
        (Some(sent), Some(entry)) if !entry.outcome.is_empty() => tr!(
            "referred-before-sent-outcome",
            started = started,
            sent = long_date(*sent),
            outcome = entry.outcome.as_str()
        ),
        (Some(sent), _) => tr!(
            "referred-before-sent",
            started = started,
            sent = long_date(*sent)
        ),
        (None, _) => tr!("referred-before-not-sent", started = started),
    }
}
