//! The data folder and what it holds, in one place: where it is, and the
//! names of the key, the settings and the drafts folder in it. Imports
//! nothing of the crate, so every layer may use it (ARCHITECTURE.md).

use std::path::{Path, PathBuf};

/// The environment variable that moves the data folder.
pub const DATA_DIR_ENV: &str = "PREVENT_REFERRAL_DATA_DIR";

/// The installation key, encrypted under the passphrase.
pub const KEY_FILE: &str = "key.age";

/// The settings, encrypted with the installation key.
pub const SETTINGS_FILE: &str = "settings.age";

/// The folder of drafts (`<id>.draft.age`, with their locks).
pub const DRAFTS_DIR: &str = "drafts";

/// The data folder: `--data-dir`, else `PREVENT_REFERRAL_DATA_DIR`, else the
/// platform's (on Linux `~/.local/share/preventreferral`).
pub fn data_dir(from_args: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = from_args {
        return Some(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    platform_data_dir()
}

/// The platform's data folder, whatever the environment says.
pub fn platform_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "preventreferral", "PreventReferral")
        .map(|p| p.data_dir().to_path_buf())
}

/// The drafts folder of the data folder `data_dir`.
pub fn drafts_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(DRAFTS_DIR)
}
