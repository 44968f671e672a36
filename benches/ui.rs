//! CPU time of one frame of the largest page (Your concerns, with a
//! 50,000-character description and every details box open), in a headless
//! harness: `cargo bench --bench ui`. The aim is under 4 ms.

use chrono::{TimeZone, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use prevent_referral::app::{App, FilePicker, Settings};
use prevent_referral::clock::FixedClock;
use prevent_referral::model::{Ideology, SectionId, Tri};
use prevent_referral::ui::Page;
use std::path::PathBuf;

fn main() {
    divan::main();
}

struct NoDialogs;

impl FilePicker for NoDialogs {
    fn open_file(&mut self) -> Option<PathBuf> {
        None
    }
    fn save_file(&mut self, _: &str, _: &str) -> Option<PathBuf> {
        None
    }
}

fn largest_page() -> Harness<'static, App> {
    largest_page_with(false)
}

/// `paragraphs`: the description in paragraphs of about 400 characters, as
/// people write; otherwise one 50,000-character paragraph (the worst case).
fn largest_page_with(paragraphs: bool) -> Harness<'static, App> {
    let clock = FixedClock(
        Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0)
            .single()
            .unwrap_or_default(),
    );
    let mut app = App::new(Box::new(NoDialogs), Box::new(clock), Settings::default());
    let sentence = if paragraphs {
        "He said he wanted to do what they did. He said it twice, to two friends, at lunch on the field.\n\n"
    } else {
        "He said he wanted to do what they did. "
    };
    let long: String = sentence.repeat(1300).chars().take(50_000).collect();
    let c = &mut app.state.draft.referral.concerns;
    c.description = long.clone();
    c.ideologies = vec![Ideology::Other];
    c.ideology_other = "Other".into();
    c.immediate_risk = Some(Tri::Yes);
    c.weapons_access = Some(Tri::Yes);
    c.weapons_details = long[..5_000].to_owned();
    c.travel = Some(Tri::Yes);
    c.travel_details = long[..5_000].to_owned();
    c.online_activity = long[..5_000].to_owned();
    app.state.go(Page::Section(SectionId::Concerns));
    let mut h = Harness::builder()
        .with_size([1000.0, 800.0])
        .build_ui_state(|ui, app: &mut App| app.frame(ui), app);
    h.run();
    h
}

/// A frame with nothing changed (e.g. the pointer moved).
#[divan::bench(sample_count = 50)]
fn frame_of_largest_page(bencher: divan::Bencher) {
    let mut h = largest_page();
    bencher.bench_local(|| h.step());
}

/// A frame in which one character is typed into the 50,000-character
/// description, so the whole text is laid out again.
#[divan::bench(sample_count = 50)]
fn frame_typing_into_50k_description(bencher: divan::Bencher) {
    let mut h = largest_page();
    h.get_by_label("Describe your concerns").focus();
    h.run();
    bencher.bench_local(|| {
        h.get_by_label("Describe your concerns").type_text("a");
        h.step();
    });
}

/// The app as eframe runs it: a plain egui context (AccessKit is only
/// switched on when a screen reader asks for it), the frame's UI code and
/// its tessellation into triangles.
struct Plain {
    ctx: eframe::egui::Context,
    app: App,
}

impl Plain {
    fn new(paragraphs: bool) -> Self {
        let h = largest_page_with(paragraphs);
        let app = h.into_state();
        Self {
            ctx: eframe::egui::Context::default(),
            app,
        }
    }

    fn frame(&mut self, events: Vec<eframe::egui::Event>) -> usize {
        let input = eframe::egui::RawInput {
            screen_rect: Some(eframe::egui::Rect::from_min_size(
                eframe::egui::Pos2::ZERO,
                eframe::egui::vec2(1000.0, 800.0),
            )),
            events,
            ..Default::default()
        };
        let app = &mut self.app;
        let out = self.ctx.run_ui(input, |ui| app.frame(ui));
        self.ctx.tessellate(out.shapes, out.pixels_per_point).len()
    }
}

/// A frame with nothing changed, without AccessKit.
#[divan::bench(sample_count = 50)]
fn plain_frame_of_largest_page(bencher: divan::Bencher) {
    let mut p = Plain::new(false);
    p.frame(Vec::new());
    p.frame(Vec::new());
    bencher.bench_local(|| p.frame(Vec::new()));
}

/// Typing one character into the 50,000-character description, without
/// AccessKit: written as one paragraph, and as paragraphs.
#[divan::bench(sample_count = 50, args = [false, true])]
fn plain_frame_typing_into_50k_description(bencher: divan::Bencher, paragraphs: bool) {
    let mut p = Plain::new(paragraphs);
    p.frame(Vec::new());
    let id = prevent_referral::ui::widgets::field_id("referral.concerns.description");
    p.ctx.memory_mut(|m| m.request_focus(id));
    p.frame(Vec::new());
    p.frame(Vec::new());
    bencher.bench_local(|| p.frame(vec![eframe::egui::Event::Text("a".into())]));
}
