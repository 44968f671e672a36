//! Which graphics renderer draws the window, so that it opens on every PC:
//! one with a GPU, a remote desktop or VDI session with none, old drivers.
//!
//! The automatic choice: a graphics card before software, and among each
//! DX12, then Vulkan, then OpenGL. On Windows with no card (remote
//! desktop, VDI) that is WARP (DX12 in software, the "Microsoft Basic
//! Render Driver" every Windows has), then OpenGL in software.
//! `--renderer` or `PREVENT_REFERRAL_RENDERER` pins one, for IT on a PC
//! where the automatic choice goes wrong.

use eframe::egui_wgpu::{self, WgpuSetup, WgpuSetupCreateNew};
use eframe::wgpu;
use std::sync::Arc;

pub use crate::cli::Renderer;

/// The adapters a renderer may use, best first, from those the system
/// offers. Pure, for the tests: `kinds` are (backend, is software).
pub fn ranked(renderer: Renderer, kinds: &[(wgpu::Backend, bool)]) -> Vec<usize> {
    use wgpu::Backend::{Dx12, Gl, Vulkan};
    let wanted: &[(wgpu::Backend, Option<bool>)] = match renderer {
        // Hardware first, then software, DX12 before GL (Windows) and
        // Vulkan before GL (elsewhere).
        Renderer::Auto => &[
            (Dx12, Some(false)),
            (Vulkan, Some(false)),
            (Gl, Some(false)),
            (Dx12, Some(true)),
            (Vulkan, Some(true)),
            (Gl, Some(true)),
        ],
        Renderer::Dx12 => &[(Dx12, Some(false))],
        Renderer::Warp => &[(Dx12, Some(true))],
        Renderer::Gl => &[(Gl, None)],
        Renderer::Vulkan => &[(Vulkan, None)],
    };
    let mut order = Vec::new();
    for (backend, software) in wanted {
        for (i, (b, s)) in kinds.iter().enumerate() {
            if b == backend && software.is_none_or(|want| want == *s) && !order.contains(&i) {
                order.push(i);
            }
        }
    }
    order
}

/// The backends wgpu is asked to look at for `renderer`.
fn backends(renderer: Renderer) -> wgpu::Backends {
    match renderer {
        Renderer::Auto => wgpu::Backends::DX12 | wgpu::Backends::VULKAN | wgpu::Backends::GL,
        Renderer::Dx12 | Renderer::Warp => wgpu::Backends::DX12,
        Renderer::Gl => wgpu::Backends::GL,
        Renderer::Vulkan => wgpu::Backends::VULKAN,
    }
}

/// eframe's wgpu settings for `renderer`: the adapter is picked by
/// [`ranked`] among those that can draw into the window.
pub fn configuration(renderer: Renderer) -> egui_wgpu::WgpuConfiguration {
    let mut setup = WgpuSetupCreateNew::without_display_handle();
    setup.instance_descriptor.backends = backends(renderer);
    setup.native_adapter_selector = Some(Arc::new(move |adapters, surface| {
        let kinds: Vec<_> = adapters
            .iter()
            .map(|a| {
                let info = a.get_info();
                (info.backend, info.device_type == wgpu::DeviceType::Cpu)
            })
            .collect();
        ranked(renderer, &kinds)
            .into_iter()
            .filter_map(|i| adapters.get(i))
            .find(|a| surface.is_none_or(|s| a.is_surface_supported(s)))
            .cloned()
            .ok_or_else(|| {
                let offered: Vec<String> = adapters
                    .iter()
                    .map(|a| {
                        let info = a.get_info();
                        format!("{:?} {:?}", info.backend, info.device_type)
                    })
                    .collect();
                format!(
                    "no adapter for the renderer \"{}\" (offered: {})",
                    renderer.name(),
                    if offered.is_empty() {
                        "none".to_owned()
                    } else {
                        offered.join(", ")
                    }
                )
            })
    }));
    egui_wgpu::WgpuConfiguration {
        wgpu_setup: WgpuSetup::CreateNew(setup),
        ..Default::default()
    }
}

/// Tells the person the window could not open, where they will see it: a
/// message box (Windows' own, as nothing of ours can be drawn), and the
/// terminal. What happened and what to do; their drafts are untouched.
pub fn tell_no_window(why: &str) {
    // The advice differs: WARP is Windows's own software renderer.
    let advice = crate::i18n::t(if cfg!(windows) {
        "window-no-renderer-advice-windows"
    } else {
        "window-no-renderer-advice-other"
    });
    tell(&crate::tr!(
        "window-no-renderer",
        why = why,
        advice = advice
    ));
}

/// A renderer setting that names no renderer (PREVENT_REFERRAL_RENDERER=dx11
/// at a Start-menu launch): said in words, with the setting's name and
/// what it may be, rather than the command line's own error.
pub fn tell_bad_setting(value: &str) {
    let choices: Vec<&str> = Renderer::ALL.iter().map(|r| r.name()).collect();
    tell(&crate::tr!(
        "window-bad-renderer-setting",
        value = crate::printable::shown(value),
        choices = choices.join(", ")
    ));
}

/// Shows `text` on the terminal and, on Windows, in a message box.
fn tell(text: &str) {
    eprintln!("{text}");
    #[cfg(windows)]
    {
        let _ = rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title(crate::i18n::t("app-name"))
            .set_description(text.to_owned())
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wgpu::Backend::{Dx12, Gl, Vulkan};

    #[test]
    fn automatic_prefers_hardware_dx12_then_warp_then_gl() {
        // As a PC with a GPU offers them: WARP is listed too.
        let offered = [(Gl, false), (Dx12, true), (Dx12, false)];
        assert_eq!(ranked(Renderer::Auto, &offered), vec![2, 0, 1]);
        // A remote desktop with no GPU: WARP before software GL.
        let remote = [(Gl, true), (Dx12, true)];
        assert_eq!(ranked(Renderer::Auto, &remote), vec![1, 0]);
        // Nothing at all: nothing to pick (the person is told).
        assert!(ranked(Renderer::Auto, &[]).is_empty());
    }

    #[test]
    fn a_pinned_renderer_uses_only_its_own_adapters() {
        let offered = [(Gl, false), (Dx12, true), (Dx12, false), (Vulkan, false)];
        assert_eq!(ranked(Renderer::Warp, &offered), vec![1]);
        assert_eq!(ranked(Renderer::Dx12, &offered), vec![2]);
        assert_eq!(ranked(Renderer::Gl, &offered), vec![0]);
        assert_eq!(ranked(Renderer::Vulkan, &offered), vec![3]);
        assert!(ranked(Renderer::Warp, &[(Gl, true)]).is_empty());
    }
}
