//! Section 7, what you have done so far: every question by the generic
//! pass.

use super::generic::{Hook, questions};
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn actions(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referral, age: Option<u32>) {
    questions(ui, f, r, age, SectionId::Actions, |_, _, _, _| {
        Hook::Generic
    });
}
