//! The app's dialogs, one per file. Each draws its modal and returns what
//! was chosen; the shell ([`crate::app`]) carries it out.

mod export_choice;
pub mod file_chooser;
mod pdf_copy;
mod recovery;
mod replace;
mod unsaved;

pub use export_choice::{ExportChoice, ExportDecision, export_choice};
pub use file_chooser::{Choose, Chosen, FileChooser, file_chooser_ui};
pub use pdf_copy::{PdfDecision, offer_pdf, pdf_choice};
pub use recovery::{Recovery, recovery};
pub use replace::{ReplaceFile, replace_file};
pub use unsaved::{Unsaved, unsaved_changes};

use eframe::egui::Ui;

/// A dialog's title: a heading, larger than the text under it (it was 18 px
/// against 19 px body text, and did not read as a title, in the walk).
fn title(ui: &mut Ui, text: &str) {
    crate::ui::widgets::subheading(ui, text, 24.0);
}
