//! The look: larger text than egui's default (these are long forms read
//! carefully), and a focus ring that cannot be missed, in light and dark
//! themes alike (the theme follows the system).

use eframe::egui::{self, Color32, FontId, Stroke, TextStyle, Theme};

/// GOV.UK's focus yellow.
const FOCUS_YELLOW: Color32 = Color32::from_rgb(0xff, 0xdd, 0x00);
const INK: Color32 = Color32::from_rgb(0x0b, 0x0c, 0x0c);

pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(13.0)),
            (TextStyle::Body, FontId::proportional(16.0)),
            (TextStyle::Monospace, FontId::monospace(15.0)),
            (TextStyle::Button, FontId::proportional(16.0)),
            (TextStyle::Heading, FontId::proportional(26.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 26.0;
    });
    for theme in [Theme::Light, Theme::Dark] {
        let focus = match theme {
            Theme::Light => INK,
            Theme::Dark => FOCUS_YELLOW,
        };
        ctx.style_mut_of(theme, |style| {
            // A focused widget is drawn with the "active" look; a focused
            // text box with the selection stroke.
            style.visuals.widgets.active.bg_stroke = Stroke::new(3.0, focus);
            style.visuals.selection.stroke = Stroke::new(3.0, focus);
            style.visuals.widgets.inactive.bg_stroke =
                Stroke::new(1.0, style.visuals.widgets.noninteractive.fg_stroke.color);
        });
    }
}
