//! What the user sets once and keeps: "My details", the teams exports are
//! encrypted for, when to lock, and the zoom. Kept in `DATA_DIR/settings.age`,
//! encrypted to the installation key like the drafts: "My details" name the
//! referrer, so they are never written in plain text.

use crate::model::Referrer;
use crate::storage::crypto::Keys;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The settings file in the data folder.
pub use crate::storage::layout::SETTINGS_FILE;

/// The choices offered for locking after a time without input, in minutes.
pub const AUTO_LOCK_CHOICES: [u32; 5] = [5, 10, 15, 30, 60];

/// A team exports can be encrypted for: "Thames Valley Prevent team" and
/// its age public key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportRecipient {
    pub name: String,
    pub public_key: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// "My details": the referrer section, filled in for each new referral.
    pub my_details: Option<Referrer>,
    pub zoom: f32,
    /// Drafts not edited for this many days are flagged on the drafts screen.
    pub stale_after_days: u32,
    /// Lock after this many minutes without input.
    pub auto_lock_minutes: u32,
    /// Teams an export can be encrypted for.
    pub recipients: Vec<ExportRecipient>,
    /// The language chosen with the "Cymraeg / English" switch; `None`
    /// (and settings written before there was a choice) follows the
    /// system language.
    pub language: Option<crate::i18n::Language>,
    /// Show only the person's initials at the top of each page (for a
    /// screen others may see), not their name.
    pub initials_only: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            my_details: None,
            zoom: 1.0,
            stale_after_days: 30,
            auto_lock_minutes: 15,
            recipients: Vec::new(),
            language: None,
            initials_only: false,
        }
    }
}

impl Settings {
    /// Reads the settings; none saved yet gives the defaults. A damaged
    /// file is reported (and left as it is).
    pub fn load(data_dir: &Path, keys: &Keys) -> Result<Self, String> {
        let path = data_dir.join(SETTINGS_FILE);
        let bytes = match crate::storage::file::read_bytes(&path) {
            Ok(b) => b,
            Err(_) if !path.exists() => return Ok(Self::default()),
            Err(e) => {
                return Err(crate::tr!(
                    "settings-file-error",
                    file = SETTINGS_FILE,
                    why = e.to_string()
                ));
            }
        };
        let plain = keys.open(&bytes).map_err(|e| {
            crate::tr!(
                "settings-file-error",
                file = SETTINGS_FILE,
                why = e.to_string()
            )
        })?;
        serde_json::from_slice(&plain).map_err(|e| {
            crate::tr!(
                "settings-file-damaged",
                file = SETTINGS_FILE,
                why = e.to_string()
            )
        })
    }

    /// Writes the settings, encrypted, atomically.
    pub fn save(&self, data_dir: &Path, keys: &Keys) -> Result<(), String> {
        let plain = serde_json::to_vec(self).map_err(|e| e.to_string())?;
        let sealed = keys.seal(&plain).map_err(|e| e.to_string())?;
        crate::storage::store::write_private(&data_dir.join(SETTINGS_FILE), &sealed)
            .map_err(|e| crate::storage::store::write_error_reason(&e))
    }
}

/// What draws the window (see `app::renderer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Renderer {
    /// The best that works on this PC.
    Auto,
    /// Direct3D 12 on a graphics card (Windows).
    Dx12,
    /// Direct3D 12 in software: WARP (Windows; no graphics card needed).
    Warp,
    /// OpenGL.
    Gl,
    /// Vulkan.
    Vulkan,
}

impl Renderer {
    pub const ALL: [Renderer; 5] = [Self::Auto, Self::Dx12, Self::Warp, Self::Gl, Self::Vulkan];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Dx12 => "dx12",
            Self::Warp => "warp",
            Self::Gl => "gl",
            Self::Vulkan => "vulkan",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_encrypted() {
        let dir = tempfile::tempdir().unwrap();
        let keys = Keys::generate();
        assert_eq!(
            Settings::load(dir.path(), &keys).unwrap(),
            Settings::default()
        );
        let settings = Settings {
            my_details: Some(Referrer {
                name: "Zebedee Quartermaine".into(),
                ..Referrer::default()
            }),
            recipients: vec![ExportRecipient {
                name: "Thames Valley Prevent team".into(),
                public_key: Keys::generate().public_key(),
            }],
            ..Settings::default()
        };
        settings.save(dir.path(), &keys).unwrap();
        let raw = std::fs::read(dir.path().join(SETTINGS_FILE)).unwrap();
        assert!(!String::from_utf8_lossy(&raw).contains("Zebedee"));
        assert_eq!(Settings::load(dir.path(), &keys).unwrap(), settings);
        let err = Settings::load(dir.path(), &Keys::generate()).unwrap_err();
        assert!(err.contains("different key"), "{err}");
    }
}
