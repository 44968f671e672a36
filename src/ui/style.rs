//! The look, after the GOV.UK Design System's type scale, spacing and
//! components (not its crest or fonts): Open Sans, body text at 19 px, bold
//! large headings, a green primary button, coloured status tags, large
//! radios and checkboxes (WCAG 2.2 target size), a focus ring that cannot
//! be missed, in light and dark themes alike. Light when the system says
//! nothing.

use eframe::egui::{
    self, Color32, CornerRadius, FontData, FontDefinitions, FontFamily, FontId, RichText, Stroke,
    TextStyle, Theme, Ui,
};
use std::sync::Arc;

/// GOV.UK's focus yellow.
const FOCUS_YELLOW: Color32 = Color32::from_rgb(0xff, 0xdd, 0x00);
const INK: Color32 = Color32::from_rgb(0x0b, 0x0c, 0x0c);
/// GOV.UK's button green, with white text (contrast 5.2:1).
pub const GREEN: Color32 = Color32::from_rgb(0x00, 0x70, 0x3c);
const GREEN_DARK: Color32 = Color32::from_rgb(0x00, 0x5a, 0x30);

/// The name of the bold font family.
const BOLD: &str = "bold";

/// The body text size at 100% zoom.
pub const BODY: f32 = 19.0;

/// Open Sans, Regular and Bold, bundled under the Apache License 2.0
/// (`assets/fonts/`), with egui's own fonts behind for symbols and emoji,
/// then the Noto Sans fonts the PDF uses for Arabic, Hebrew and the Indic
/// and Thai scripts, so a name in those scripts is drawn, not boxes (egui
/// shapes them: joined, right to left), then the PDF's DejaVu Sans
/// (Armenian, Georgian, symbols such as "□"). What none of these has (Chinese,
/// Japanese, Korean) comes from the computer's fonts, through eframe's
/// `system_fonts` (docs/DECISIONS.md).
fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    // A font that did not unpack is left out, and egui's own take its place.
    let mut add = |name: &str, font: &'static crate::pdf::bundled::Packed| {
        let bytes = font.bytes();
        if bytes.is_empty() {
            return None;
        }
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
        Some(name.to_owned())
    };
    let [regular, bold] = &crate::pdf::bundled::OPEN_SANS;
    let regular = add("open-sans", regular);
    let bold = add("open-sans-bold", bold);
    let noto: Vec<String> = crate::pdf::bundled::NOTO
        .iter()
        .filter_map(|(name, font)| add(name, font))
        .collect();
    // Last, the PDF's DejaVu Sans, for the symbols the others lack (the
    // "□" a message says a PDF shows for what no font draws).
    let [dejavu, dejavu_bold] = &crate::pdf::bundled::DEJAVU;
    let dejavu = add("dejavu-sans", dejavu);
    let dejavu_bold = add("dejavu-sans-bold", dejavu_bold);
    let mut fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    fallbacks.extend(noto);
    let mut proportional: Vec<String> = regular.into_iter().collect();
    proportional.extend(fallbacks.iter().cloned());
    proportional.extend(dejavu);
    let mut bold: Vec<String> = bold.into_iter().collect();
    bold.extend(fallbacks);
    bold.extend(dejavu_bold);
    fonts
        .families
        .insert(FontFamily::Proportional, proportional);
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    fonts
}

/// Text in the bold face.
pub fn bold(text: impl Into<String>) -> RichText {
    RichText::new(text).family(FontFamily::Name(BOLD.into()))
}

pub fn apply(ctx: &egui::Context) {
    ctx.set_fonts(fonts());
    // A system that says nothing about its theme gets the light one.
    ctx.options_mut(|o| o.fallback_theme = Theme::Light);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(16.0)),
            (TextStyle::Body, FontId::proportional(BODY)),
            (TextStyle::Monospace, FontId::monospace(17.0)),
            (TextStyle::Button, FontId::proportional(BODY)),
            (
                TextStyle::Heading,
                FontId::new(36.0, FontFamily::Name(BOLD.into())),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(12.0, 7.0);
        style.spacing.interact_size.y = 32.0;
        // Radios and checkboxes of at least 24 px, as WCAG 2.2 asks.
        style.spacing.icon_width = 26.0;
        style.spacing.icon_width_inner = 14.0;
        style.spacing.icon_spacing = 10.0;
    });
    for theme in [Theme::Light, Theme::Dark] {
        // GOV.UK's colours for focus, hints and errors, with enough contrast
        // on each theme's background (4.5:1 or more).
        // Links and warnings too: egui's own (#009BFF, #FF6400) are 2.8:1 on
        // the light page. tests/accessibility.rs measures every pair.
        let (focus, hint, error, link, warn) = match theme {
            Theme::Light => (
                INK,
                Color32::from_rgb(0x50, 0x5a, 0x5f),
                Color32::from_rgb(0xc0, 0x2d, 0x14),
                Color32::from_rgb(0x1d, 0x70, 0xb8),
                Color32::from_rgb(0x8a, 0x4b, 0x00),
            ),
            Theme::Dark => (
                FOCUS_YELLOW,
                Color32::from_rgb(0xb1, 0xb4, 0xb6),
                Color32::from_rgb(0xff, 0x7a, 0x66),
                Color32::from_rgb(0x8c, 0xc8, 0xff),
                Color32::from_rgb(0xff, 0xb3, 0x66),
            ),
        };
        ctx.style_mut_of(theme, |style| {
            style.visuals.weak_text_color = Some(hint);
            style.visuals.hyperlink_color = link;
            style.visuals.warn_fg_color = warn;
            if theme == Theme::Light {
                // egui's default grey text is too faint for long reading.
                style.visuals.widgets.noninteractive.fg_stroke.color = INK;
                style.visuals.widgets.inactive.fg_stroke.color = INK;
                style.visuals.override_text_color = Some(INK);
            } else {
                style.visuals.override_text_color = Some(Color32::from_gray(0xf3));
            }
            style.visuals.error_fg_color = error;
            // A focused widget is drawn with the "active" look; a focused
            // text box with the selection stroke.
            style.visuals.widgets.active.bg_stroke = Stroke::new(3.0, focus);
            style.visuals.selection.stroke = Stroke::new(3.0, focus);
            style.visuals.widgets.inactive.bg_stroke =
                Stroke::new(2.0, style.visuals.widgets.noninteractive.fg_stroke.color);
        });
    }
}

/// The page's main action ("Save and continue", "Export referral"): GOV.UK's
/// green button, white bold text.
pub fn primary_button(ui: &mut Ui, text: &str) -> egui::Response {
    let fill = if ui.is_enabled() {
        GREEN
    } else {
        Color32::from_gray(0x80)
    };
    ui.scope(|ui| {
        let widgets = &mut ui.style_mut().visuals.widgets;
        widgets.hovered.weak_bg_fill = GREEN_DARK;
        widgets.active.weak_bg_fill = GREEN_DARK;
        ui.add(
            egui::Button::new(bold(text).color(Color32::WHITE).size(BODY))
                .fill(fill)
                .corner_radius(CornerRadius::same(2))
                .min_size(egui::vec2(0.0, 40.0)),
        )
    })
    .inner
}

/// Where the page's heading leaves its id each frame, so the ring passes
/// it over.
pub fn page_heading_key() -> egui::Id {
    egui::Id::unique("page-heading")
}

/// The focus ring's two colours: the inner ring, then the outer one.
pub const FOCUS_RING: (Color32, Color32) = (INK, FOCUS_YELLOW);

/// The focus ring, drawn over every screen once its widgets are laid out:
/// a dark ring hugging whatever has the keyboard focus (a link, a button,
/// a box, a menu) and GOV.UK's yellow around it, so it is seen on the
/// light page (the dark ring) and the dark one (the yellow) alike. egui
/// shows a focused link only by its underline, which no one can find.
/// Only the part of the widget in view is ringed.
/// tests/accessibility.rs measures both rings against both pages.
pub fn focus_ring(ctx: &egui::Context) {
    let (dark, yellow) = FOCUS_RING;
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    // A page's heading takes the focus when the page opens (so a screen
    // reader starts there): it is not a control, and is not ringed.
    if ctx.data(|d| d.get_temp::<egui::Id>(page_heading_key())) == Some(id) {
        return;
    }
    let rect = response.interact_rect;
    if !rect.is_positive() || !rect.is_finite() {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        egui::Id::unique("focus-ring"),
    ));
    let inner = rect.expand(2.0);
    painter.rect_stroke(
        inner,
        CornerRadius::same(2),
        Stroke::new(3.0, dark),
        egui::StrokeKind::Outside,
    );
    painter.rect_stroke(
        inner.expand(3.0),
        CornerRadius::same(4),
        Stroke::new(3.0, yellow),
        egui::StrokeKind::Outside,
    );
}

/// The background of an answer the organisation set (managed settings):
/// shaded, so it does not look like a box waiting for an answer, with the
/// text at full contrast on it.
pub fn fixed_answer_fill(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_gray(0x2d)
    } else {
        Color32::from_gray(0xe8)
    }
}

/// A status tag on the task list and the drafts screen: a word on a
/// coloured background, each colour with 4.5:1 contrast or more.
pub fn tag(ui: &mut Ui, text: &str, kind: TagKind) -> egui::Response {
    let (fg, bg) = tag_colours(kind);
    egui::Frame::new()
        .fill(bg)
        .inner_margin(egui::Margin::symmetric(8, 3))
        .show(ui, |ui| ui.label(bold(text).color(fg).size(16.0)))
        .inner
}

/// A tag's text and background colours.
pub fn tag_colours(kind: TagKind) -> (Color32, Color32) {
    match kind {
        TagKind::Done => (Color32::WHITE, Color32::from_rgb(0x1d, 0x70, 0xb8)),
        TagKind::Going => (
            Color32::from_rgb(0x0c, 0x2d, 0x4a),
            Color32::from_rgb(0xbb, 0xd4, 0xea),
        ),
        TagKind::Waiting => (
            Color32::from_rgb(0x38, 0x3f, 0x43),
            Color32::from_rgb(0xe5, 0xe6, 0xe7),
        ),
        TagKind::Problem => (
            Color32::from_rgb(0x2a, 0x0b, 0x06),
            Color32::from_rgb(0xf4, 0xcd, 0xc6),
        ),
        TagKind::Sent => (
            Color32::from_rgb(0x00, 0x5a, 0x30),
            Color32::from_rgb(0xcc, 0xe2, 0xd8),
        ),
    }
}

/// The contrast ratio of two colours, as WCAG 2.2 defines it (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The kinds of status tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagKind {
    Done,
    Going,
    Waiting,
    Problem,
    Sent,
}

impl TagKind {
    pub const ALL: [TagKind; 5] = [
        Self::Done,
        Self::Going,
        Self::Waiting,
        Self::Problem,
        Self::Sent,
    ];
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic
    use super::*;

    /// Every character of the window's messages, English and Welsh, has a
    /// glyph in a bundled font of both faces (not the missing glyph), so
    /// none is drawn as a box whatever the computer has installed. The
    /// command line's messages go to a terminal and are not in this list.
    #[test]
    fn every_character_the_window_shows_has_a_bundled_glyph() {
        let shown = crate::i18n::shown_characters(&[
            "form.ftl",
            "app.ftl",
            "pdf.ftl",
            "records.ftl",
            "policy.ftl",
        ]);
        assert!(
            shown.contains(&'ŵ') && shown.contains(&'“'),
            "the catalogue was not read"
        );
        let fonts = fonts();
        for family in [FontFamily::Proportional, FontFamily::Name(BOLD.into())] {
            let faces: Vec<ttf_parser::Face<'_>> = fonts.families[&family]
                .iter()
                .map(|name| {
                    let data = &fonts.font_data[name];
                    ttf_parser::Face::parse(data.as_ref().as_ref(), data.index).unwrap()
                })
                .collect();
            let missing: String = shown
                .iter()
                .filter(|c| {
                    !faces
                        .iter()
                        .any(|face| face.glyph_index(**c).is_some_and(|g| g.0 != 0))
                })
                .collect();
            assert!(
                missing.is_empty(),
                "no bundled {family:?} font draws {missing:?}"
            );
        }
    }
}
