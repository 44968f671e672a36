//! Why encryption, decryption or the key failed: typed, so callers decide
//! by kind, and worded through the message catalogue (each variant's words
//! are a message id, rendered when the error is shown, in the language of
//! that moment; `thiserror` writes the `Display` and `Error` impls).

use crate::i18n::t;
use crate::tr;
use std::path::{Path, PathBuf};

/// A path as it is said in a message.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// Why an age file could not be decrypted. Displayed after the file name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecryptFailure {
    #[error("{}", t("decrypt-not-for-this-key"))]
    NotForThisKey,
    #[error("{}", t("decrypt-passphrase"))]
    Passphrase,
    #[error("{}", t("decrypt-tampered"))]
    Tampered,
    #[error("{}", t("decrypt-truncated"))]
    Truncated,
    #[error("{}", t("decrypt-bad-header"))]
    BadHeader,
    #[error("{}", t("decrypt-unknown-format"))]
    UnknownFormat,
    #[error("{}", tr!("decrypt-too-much-work", factor = u32::from(*.0)))]
    TooMuchWork(u8),
    /// Its header names more recipients than any referral is sent to.
    #[error("{}", tr!("decrypt-too-many-recipients", max = super::MAX_STANZAS))]
    TooManyRecipients,
    /// Its header is longer than any referral's (or never ends).
    #[error("{}", t("decrypt-header-too-large"))]
    HeaderTooLarge,
    #[error("{}", tr!("decrypt-other", why = .0))]
    Other(String),
}

/// Why encryption failed. Nothing is written when it does.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncryptFailure {
    #[error("{}", t("encrypt-no-recipients"))]
    NoRecipients,
    #[error("{0}")]
    Failed(String),
}

/// Why a team's age public key is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RecipientError {
    #[error("{}", t("recipient-empty"))]
    Empty,
    #[error("{}", t("recipient-not-age"))]
    NotAge,
    #[error("{}", t("recipient-invalid"))]
    Invalid,
}

/// Why an identity file cannot be used. Displayed after its name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentityFileError {
    #[error("{}", t("identity-too-large"))]
    TooLarge,
    #[error("{}", t("identity-encrypted"))]
    Encrypted,
    #[error("{}", t("identity-not-identity"))]
    NotIdentity,
    #[error("{0}")]
    Unreadable(String),
    #[error("{}", tr!("identity-unusable", why = .0))]
    Unusable(String),
    #[error("{}", t("identity-no-key"))]
    NoKey,
}

/// Why the key file could not be made, unlocked or changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("{}", t("key-wrong-passphrase"))]
    WrongPassphrase,
    #[error("{}", tr!("key-none", dir = shown(.0)))]
    NoKey(PathBuf),
    #[error("{}", tr!("key-exists", path = shown(.0)))]
    Exists(PathBuf),
    #[error("{}", tr!("key-damaged", path = shown(.0), why = .1))]
    Damaged(PathBuf, String),
    #[error("{}", tr!("key-io", path = shown(.0), why = .1))]
    Io(PathBuf, String),
    /// The passphrase is refused: why.
    #[error("{0}")]
    Weak(String),
}

/// The passphrase file named by the environment cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {why}", shown(.path))]
pub struct PassphraseFileError {
    pub path: PathBuf,
    pub why: String,
}
