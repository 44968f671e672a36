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

use eframe::egui::{RichText, Ui};

/// A dialog's title.
fn title(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).strong().size(18.0));
}
