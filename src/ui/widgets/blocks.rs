//! What is not a question: headings, warnings, alerts, passphrase boxes.

use eframe::egui::{self, Id, Response, RichText, Ui, accesskit};

/// A page's heading: level 1 for screen readers, and able to take the
/// keyboard focus, so a new page can start there.
pub fn heading(ui: &mut Ui, text: &str) -> Response {
    ui.add_space(12.0);
    let response = ui.add(
        egui::Label::new(RichText::new(text).heading())
            .sense(egui::Sense::focusable_noninteractive()),
    );
    set_heading(&response, text, 1);
    let id = response.id;
    ui.ctx()
        .data_mut(|d| d.insert_temp(crate::ui::style::page_heading_key(), id));
    response
}

/// A heading within a page (a section of "Check your answers", an entry of
/// a repeatable group): level 2.
pub fn subheading(ui: &mut Ui, text: &str, size: f32) -> Response {
    let response = ui.label(crate::ui::style::bold(text).size(size));
    set_heading(&response, text, 2);
    response
}

/// A heading's name is its own label (a plain label's text is its value,
/// which a heading's name does not come from).
fn set_heading(response: &Response, text: &str, level: usize) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(accesskit::Role::Heading);
        node.set_label(text.to_owned());
        node.set_level(level);
    });
}

/// A coloured box that must not be missed (call 999, children's safeguarding).
pub fn warning(ui: &mut Ui, text: &str) -> Response {
    let stroke_color = ui.visuals().warn_fg_color;
    egui::Frame::new()
        .stroke(egui::Stroke::new(3.0, stroke_color))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.label(RichText::new(text).strong().size(16.0));
        })
        .response
}

/// A message in a box that screen readers read out at once (an alert).
pub fn alert(ui: &mut Ui, text: &str, error: bool) {
    let color = if error {
        ui.visuals().error_fg_color
    } else {
        ui.visuals().hyperlink_color
    };
    let frame = egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, color))
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.label(RichText::new(text).color(color).strong());
        });
    ui.ctx().accesskit_node_builder(frame.response.id, |node| {
        node.set_role(egui::accesskit::Role::Alert);
        node.set_label(text.to_owned());
    });
}

/// A labelled one-line box that hides what is typed (a passphrase). Its
/// `id` should change after each use and the old one be passed to
/// [`forget_text`], so egui's undo history cannot give it back.
pub fn password(ui: &mut Ui, label: &str, value: &mut String, id: Id) -> Response {
    let label = ui.label(RichText::new(label).strong());
    ui.add(
        egui::TextEdit::singleline(value)
            .id(id)
            .password(true)
            .desired_width(320.0),
    )
    .labelled_by(label.id)
}

/// Drops what egui keeps for a text box (cursor and undo history, which
/// holds earlier text): for passphrase boxes once used.
pub fn forget_text(ctx: &egui::Context, id: Id) {
    ctx.data_mut(|d| d.remove::<egui::text_edit::TextEditState>(id));
}

/// A line saying what is being done while it runs ("Checking the
/// passphrase…"), with a spinner, read out as a status.
pub fn busy(ui: &mut Ui, text: &str) {
    let line = ui.horizontal(|ui| {
        ui.spinner();
        ui.label(text);
    });
    ui.ctx().accesskit_node_builder(line.response.id, |node| {
        node.set_role(egui::accesskit::Role::Status);
        node.set_label(text);
    });
}
