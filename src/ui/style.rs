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
        // GOV.UK's colours for focus, hints and errors, with enough contrast
        // on each theme's background (4.5:1 or more).
        let (focus, hint, error) = match theme {
            Theme::Light => (
                INK,
                Color32::from_rgb(0x50, 0x5a, 0x5f),
                Color32::from_rgb(0xc0, 0x2d, 0x14),
            ),
            Theme::Dark => (
                FOCUS_YELLOW,
                Color32::from_rgb(0xb1, 0xb4, 0xb6),
                Color32::from_rgb(0xff, 0x7a, 0x66),
            ),
        };
        ctx.style_mut_of(theme, |style| {
            style.visuals.weak_text_color = Some(hint);
            if theme == Theme::Light {
                // egui's default grey text is too faint for long reading.
                style.visuals.widgets.noninteractive.fg_stroke.color = INK;
                style.visuals.widgets.inactive.fg_stroke.color = INK;
            }
            style.visuals.error_fg_color = error;
            // A focused widget is drawn with the "active" look; a focused
            // text box with the selection stroke.
            style.visuals.widgets.active.bg_stroke = Stroke::new(3.0, focus);
            style.visuals.selection.stroke = Stroke::new(3.0, focus);
            style.visuals.widgets.inactive.bg_stroke =
                Stroke::new(1.0, style.visuals.widgets.noninteractive.fg_stroke.color);
        });
    }
}
