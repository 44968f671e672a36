//! The passphrase: how strong it must be, and the file a script may name
//! to give it without typing ([`PASSPHRASE_FILE_ENV`]).

use crate::i18n::t;
use crate::tr;
use age::secrecy::SecretString;
use std::path::PathBuf;

use super::errors::PassphraseFileError;

/// Names a file holding the passphrase, for scripts and tests.
pub const PASSPHRASE_FILE_ENV: &str = "PREVENT_REFERRAL_PASSPHRASE_FILE";

/// Passphrases shorter than this are refused whatever their strength.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// Why a passphrase is not accepted, or `None` when it is; `strength` is
/// zxcvbn's 0 (weakest) to 4. Strength 3 or more is required.
pub fn passphrase_problem(passphrase: &str) -> Option<String> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Some(tr!("passphrase-too-short", min = MIN_PASSPHRASE_CHARS));
    }
    let estimate = zxcvbn::zxcvbn(passphrase, &["prevent", "referral", "password"]);
    if (estimate.score() as u8) < 3 {
        // zxcvbn's advice is in English only: other languages get ours.
        let english = crate::i18n::language() == crate::i18n::Language::English;
        let advice = estimate
            .feedback()
            .filter(|_| english)
            .and_then(|f| {
                f.warning()
                    .map(|w| w.to_string())
                    .or_else(|| f.suggestions().first().map(|s| s.to_string()))
            })
            .unwrap_or_else(|| t("passphrase-easy-to-guess").to_owned());
        return Some(tr!("passphrase-too-weak", advice = advice));
    }
    None
}

/// How strong a passphrase is, 0 (weakest) to 4, for the strength meter.
pub fn passphrase_strength(passphrase: &str) -> u8 {
    if passphrase.is_empty() {
        return 0;
    }
    zxcvbn::zxcvbn(passphrase, &["prevent", "referral", "password"]).score() as u8
}

/// The passphrase file named by [`PASSPHRASE_FILE_ENV`] and who else may
/// read it (a message's words), when other users can: it is used all the
/// same, as scripts need, and the person is told.
pub fn passphrase_file_shared() -> Option<(PathBuf, String)> {
    let path = PathBuf::from(std::env::var_os(PASSPHRASE_FILE_ENV).filter(|p| !p.is_empty())?);
    if !std::fs::metadata(&path).ok()?.is_file() {
        return None;
    }
    // Rules that cannot be read are not taken for private.
    match crate::platform::access(&path) {
        Ok(access) => access.others_read.then(|| (path, access.who())),
        Err(e) => {
            let why = crate::tr!("access-unreadable", error = crate::i18n::system_error(&e));
            Some((path, why))
        }
    }
}

/// The passphrase from the file named by [`PASSPHRASE_FILE_ENV`], if set
/// (one trailing newline is not part of it).
pub fn passphrase_from_env() -> Option<Result<SecretString, PassphraseFileError>> {
    let path = std::env::var_os(PASSPHRASE_FILE_ENV).filter(|p| !p.is_empty())?;
    let path = PathBuf::from(path);
    Some(
        // With a limit: the variable may name /dev/zero or a huge file.
        crate::storage::store::read_at_most(&path, crate::storage::store::MAX_KEY_FILE_BYTES)
            .map_err(|e| e.to_string())
            .and_then(|bytes| String::from_utf8(bytes).map_err(|e| e.utf8_error().to_string()))
            .map(|text| {
                let text = zeroize::Zeroizing::new(text);
                let text = text.strip_suffix('\n').unwrap_or(&text);
                let text = text.strip_suffix('\r').unwrap_or(text);
                SecretString::from(text.to_owned())
            })
            .map_err(|why| PassphraseFileError {
                path: path.clone(),
                why,
            }),
    )
}
