//! A radio group as a browser makes one: one stop for Tab, the arrow keys
//! inside it.
//!
//! egui makes every radio button a Tab stop, so a list of 15 sectors took
//! 15 Tabs to pass (the walk of 2026-12, issue 26). Here only one option
//! is a stop: the chosen one, or the first while none is chosen. Up and
//! Left choose the option before, Down and Right the one after (round the
//! end, as a browser does), and the focus goes with the choice. Space
//! chooses the focused option. A click or a screen reader's Click still
//! chooses any option, since every option keeps its click.

use eframe::egui::{
    self, Id, Key, Modifiers, Response, Role, Sense, TextStyle, Ui, WidgetInfo, WidgetText, epaint,
    vec2,
};

/// What a group of radio buttons did this frame.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The option chosen this frame (by a click, Space or an arrow key).
    pub picked: Option<usize>,
    /// Every option's response, in order.
    pub options: Vec<Response>,
}

impl Outcome {
    /// The option Tab stops at: the chosen one, or else the first.
    pub fn stop(&self, chosen: Option<usize>) -> Option<&Response> {
        self.options.get(stop_index(chosen, self.options.len())?)
    }
}

fn stop_index(chosen: Option<usize>, count: usize) -> Option<usize> {
    match chosen {
        Some(i) if i < count => Some(i),
        _ if count > 0 => Some(0),
        _ => None,
    }
}

/// The option an arrow key moves to from `from`, round the ends; `None`
/// when no arrow was pressed. Consumes the key, so egui does not also move
/// the focus by it.
fn arrow(ui: &Ui, from: usize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    ui.input_mut(|i| {
        let back = i.consume_key(Modifiers::NONE, Key::ArrowUp)
            | i.consume_key(Modifiers::NONE, Key::ArrowLeft);
        let on = i.consume_key(Modifiers::NONE, Key::ArrowDown)
            | i.consume_key(Modifiers::NONE, Key::ArrowRight);
        match (back, on) {
            (true, false) => Some((from + count - 1) % count),
            (false, true) => Some((from + 1) % count),
            _ => None,
        }
    })
}

/// Shows the options as one radio group, across the page or down it.
/// `id` names the group; it must be the same from frame to frame.
pub fn options(
    ui: &mut Ui,
    id: Id,
    labels: &[&str],
    chosen: Option<usize>,
    across: bool,
) -> Outcome {
    let count = labels.len();
    let stop = stop_index(chosen, count);
    let option_id = |i: usize| id.with(("option", i));

    // The arrows, before anything is drawn, so the new choice is drawn
    // chosen in this same frame.
    let mut picked = None;
    let had_focus = (0..count).any(|i| ui.memory(|m| m.has_focus(option_id(i))));
    if let Some(stop) = stop
        && ui.memory(|m| m.has_focus(option_id(stop)))
    {
        // Arrows are this group's from now on, not egui's focus moves.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                option_id(stop),
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        if let Some(next) = arrow(ui, stop, count) {
            picked = Some(next);
            ui.memory_mut(|m| m.request_focus(option_id(next)));
        }
    }
    let shown = picked.or(chosen);

    let mut options = Vec::with_capacity(count);
    let mut draw = |ui: &mut Ui| {
        for (i, label) in labels.iter().enumerate() {
            let is_stop = stop == Some(i) || picked == Some(i);
            let r = option(ui, option_id(i), shown == Some(i), label, is_stop);
            if r.clicked() && shown != Some(i) {
                picked = Some(i);
            }
            options.push(r);
        }
    };
    if across {
        ui.horizontal_wrapped(|ui| draw(ui));
    } else {
        ui.vertical(|ui| draw(ui));
    }
    if let Some(i) = picked
        && let Some(r) = options.get_mut(i)
    {
        r.mark_changed();
        // A click on another answer while the group has the focus moves
        // the focus with it: the old answer stops being a Tab stop.
        if had_focus {
            ui.memory_mut(|m| m.request_focus(option_id(i)));
        }
    }
    Outcome { picked, options }
}

/// One radio button. Only the group's stop can take the focus by Tab.
fn option(ui: &mut Ui, id: Id, chosen: bool, label: &str, tab_stop: bool) -> Response {
    let sense = if tab_stop {
        Sense::click()
    } else {
        Sense::CLICK
    };
    let (icon_width, gap, min_height) = {
        let s = ui.spacing();
        (s.icon_width, s.icon_spacing, s.interact_size.y)
    };
    let wrap = (ui.available_width() - icon_width - gap).max(40.0);
    let galley = WidgetText::from(label).into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        wrap,
        TextStyle::Button,
    );
    let size = vec2(
        icon_width + gap + galley.size().x,
        galley.size().y.max(min_height).max(icon_width),
    );
    let (_, rect) = ui.allocate_space(size);
    let response = ui.interact(rect, id, sense);
    response
        .widget_info(|| WidgetInfo::selected(Role::RadioButton, ui.is_enabled(), chosen, label));
    if ui.is_rect_visible(rect) {
        let visuals = *ui.style().interact(&response);
        let icon = egui::Rect::from_min_size(rect.min, vec2(icon_width, rect.height()));
        let (small, big) = ui.spacing().icon_rectangles(icon);
        let painter = ui.painter();
        painter.add(epaint::CircleShape {
            center: big.center(),
            radius: big.width() * 0.5 + visuals.expansion,
            fill: visuals.bg_fill,
            stroke: visuals.bg_stroke,
        });
        if chosen {
            painter.add(epaint::CircleShape {
                center: small.center(),
                radius: small.width() / 3.0,
                fill: visuals.fg_stroke.color,
                stroke: Default::default(),
            });
        }
        let text_pos = egui::pos2(
            rect.min.x + icon_width + gap,
            rect.center().y - galley.size().y / 2.0,
        );
        painter.galley(text_pos, galley, visuals.text_color());
    }
    response
}

/// A radio group outside the form (a setting, a filter): the options
/// under a RadioGroup node named by the label above them.
pub fn labelled(
    ui: &mut Ui,
    id: Id,
    label: Id,
    labels: &[&str],
    chosen: Option<usize>,
    across: bool,
) -> Outcome {
    ui.scope_builder(egui::UiBuilder::new(), |ui| {
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(Role::RadioGroup);
            node.push_labelled_by(label.accesskit_id());
        });
        options(ui, id, labels, chosen, across)
    })
    .inner
}
