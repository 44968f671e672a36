//! Section 3, your concerns: the generic pass, with the warning shown
//! above "I have called 999" when there is an immediate risk.

use super::generic::{Hook, questions};
use crate::form as q;
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::{Ui, accesskit};

pub fn concerns(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referral, age: Option<u32>) {
    questions(ui, f, r, age, SectionId::Concerns, |ui, _, question, _| {
        if question.path == q::POLICE_CALLED.path {
            let banner = warning(ui, q::IMMEDIATE_RISK.message("warning"));
            banner.ctx.accesskit_node_builder(banner.id, |node| {
                node.set_role(accesskit::Role::Alert);
            });
        }
        Hook::Generic
    });
}
