//! Section 5, other agencies and information: the generic pass, with the
//! two lists (earlier referrals, agencies) drawn here, each entry by the
//! generic widgets.

use super::generic::{Hook, entries, questions};
use crate::form as q;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn other_information(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referral, age: Option<u32>) {
    questions(
        ui,
        f,
        r,
        age,
        SectionId::OtherInformation,
        |ui, f, question, r| {
            let o = &mut r.other_information;
            if question.path == q::EARLIER_REFERRALS.path {
                entries(ui, f, question, &mut o.earlier_referrals);
            } else if question.path == q::AGENCIES.path {
                entries(ui, f, question, &mut o.agencies);
            } else {
                return Hook::Generic;
            }
            Hook::Drawn
        },
    );
}
