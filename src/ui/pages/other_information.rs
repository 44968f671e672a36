//! Section 5, other agencies and information: the generic pass, with the
//! two lists (earlier referrals, agencies) drawn here, each entry by the
//! generic widgets.

use super::generic::{Hook, entry_questions, questions};
use crate::form::{self as q, Kind};
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn other_information(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    r: &mut Referral,
    under_18: Option<bool>,
) {
    questions(
        ui,
        f,
        r,
        under_18,
        SectionId::OtherInformation,
        |ui, f, question, r| {
            let o = &mut r.other_information;
            let Kind::List { entry, .. } = question.kind else {
                return Hook::Generic;
            };
            if question.path == q::EARLIER_REFERRALS.path {
                list(
                    ui,
                    f,
                    question,
                    Ask::of(question),
                    &mut o.earlier_referrals,
                    |ui, f, item, heading, e| entry_questions(ui, f, entry, item, heading, e),
                );
            } else if question.path == q::AGENCIES.path {
                list(
                    ui,
                    f,
                    question,
                    Ask::of(question),
                    &mut o.agencies,
                    |ui, f, item, heading, a| entry_questions(ui, f, entry, item, heading, a),
                );
            }
            Hook::Drawn
        },
    );
}
