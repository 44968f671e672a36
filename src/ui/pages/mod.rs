//! One page per section of the form, in form order (docs/FORM-REFERENCE.md). Each shows every
//! question of its section with its conditions; the page frame (heading,
//! error summary, Back and Save and continue) is in [`super::section_page`].

mod actions;
mod concerns;
mod generic;
mod household;
mod needs;
mod other_information;
mod person;
mod referrer;
mod start;

pub use actions::actions;
pub use concerns::concerns;
pub use household::household;
pub use needs::needs;
pub use other_information::other_information;
pub use person::person;
pub use referrer::referrer;
pub use start::start;

use super::widgets::{Ask, Fields, radios};
use crate::model::Tri;
use eframe::egui::{Response, Ui};

/// A yes / no / not known question.
pub(crate) fn tri(
    ui: &mut Ui,
    f: &mut Fields<'_>,
    ask: Ask<'_>,
    value: &mut Option<Tri>,
) -> Response {
    radios(ui, f, ask, value)
}
