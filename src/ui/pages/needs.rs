//! Section 4, complex needs and susceptibility: every question by the
//! generic pass.

use super::generic::{Hook, questions};
use crate::model::*;
use crate::ui::widgets::*;
use eframe::egui::Ui;

pub fn needs(ui: &mut Ui, f: &mut Fields<'_>, r: &mut Referral, age: Option<u32>) {
    questions(ui, f, r, age, SectionId::Needs, |_, _, _, _| Hook::Generic);
}
