//! Starting the desktop app: the window, its icon, and the app made inside
//! eframe with the data folder and the organisation's managed settings.

use super::{APP_ID, App, TITLE, renderer};
use crate::app::picker::NativeFilePicker;
use crate::i18n::t;
use crate::msg;
use crate::notice::NoticeKind;
use crate::storage::settings::Settings;
use eframe::egui;
use std::path::Path;

impl App {
    /// Creates the app inside eframe.
    pub fn from_eframe(cc: &eframe::CreationContext<'_>) -> Self {
        Self::from_eframe_in(cc, None, crate::policy::read::load())
    }

    /// As [`App::from_eframe`], with the data folder from `--data-dir`.
    pub fn from_eframe_in(
        cc: &eframe::CreationContext<'_>,
        data_dir: Option<&Path>,
        policy: crate::policy::Loaded,
    ) -> Self {
        remove_plain_preferences();
        // The fonts before the first frame draws with them.
        crate::ui::style::apply(&cc.egui_ctx);
        let app = Self::new(
            Box::new(NativeFilePicker::default()),
            Box::new(crate::clock::SystemClock),
            Settings::default(),
        )
        .with_policy(policy);
        match crate::storage::layout::data_dir(data_dir) {
            Some(dir) => {
                let ctx = cc.egui_ctx.clone();
                app.with_data_dir(&dir, Box::new(move || ctx.request_repaint()))
            }
            None => {
                let mut app = app;
                app.notify(NoticeKind::Error, msg!("notice-no-data-folder"));
                app
            }
        }
    }
}

/// Version 0.1.0 kept "My details" in eframe's preferences file, in plain
/// text. It is deleted when the app starts; the details are entered again.
fn remove_plain_preferences() {
    for name in [APP_ID, TITLE] {
        if let Some(dirs) = directories::ProjectDirs::from("", "", name) {
            let path = dirs.data_dir().join("app.ron");
            if path.is_file() {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
}

/// The window icon, from `assets/icons/`.
pub fn icon() -> Option<egui::IconData> {
    let png = include_bytes!("../../assets/icons/prevent-referral-256.png");
    let image = image::load_from_memory_with_format(png, image::ImageFormat::Png).ok()?;
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    Some(egui::IconData {
        rgba: rgba.into_raw(),
        width,
        height,
    })
}

/// Starts the desktop app (blocks until the window closes), drawn by
/// `renderer` ([`renderer::configuration`]), with the organisation's
/// managed settings `policy`.
pub fn run(
    data_dir: Option<&Path>,
    renderer: renderer::Renderer,
    policy: crate::policy::Loaded,
) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(t("app-name"))
        .with_app_id(APP_ID)
        .with_inner_size([1000.0, 780.0])
        .with_min_inner_size([560.0, 420.0]);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        wgpu_options: renderer::configuration(renderer),
        ..Default::default()
    };
    eframe::run_native(
        TITLE,
        options,
        Box::new(move |cc| Ok(Box::new(App::from_eframe_in(cc, data_dir, policy)))),
    )
}
