//! Why encryption, decryption or the key failed: typed, so callers decide
//! by kind, and worded through the message catalogue.

use crate::i18n::t;
use crate::tr;
use std::fmt;
use std::path::PathBuf;

/// Why an age file could not be decrypted. Displayed after the file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecryptFailure {
    NotForThisKey,
    Passphrase,
    Tampered,
    Truncated,
    BadHeader,
    UnknownFormat,
    TooMuchWork(u8),
    /// Its header names more recipients than any referral is sent to.
    TooManyRecipients,
    /// Its header is longer than any referral's (or never ends).
    HeaderTooLarge,
    Other(String),
}

impl fmt::Display for DecryptFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::NotForThisKey => t("decrypt-not-for-this-key").to_owned(),
            Self::Passphrase => t("decrypt-passphrase").to_owned(),
            Self::Tampered => t("decrypt-tampered").to_owned(),
            Self::Truncated => t("decrypt-truncated").to_owned(),
            Self::BadHeader => t("decrypt-bad-header").to_owned(),
            Self::UnknownFormat => t("decrypt-unknown-format").to_owned(),
            Self::TooMuchWork(n) => tr!("decrypt-too-much-work", factor = u32::from(*n)),
            Self::TooManyRecipients => {
                tr!("decrypt-too-many-recipients", max = super::MAX_STANZAS)
            }
            Self::HeaderTooLarge => t("decrypt-header-too-large").to_owned(),
            Self::Other(why) => tr!("decrypt-other", why = why),
        })
    }
}

impl std::error::Error for DecryptFailure {}

/// Why encryption failed. Nothing is written when it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EncryptFailure {
    NoRecipients,
    Failed(String),
}

impl fmt::Display for EncryptFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoRecipients => f.write_str(t("encrypt-no-recipients")),
            Self::Failed(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for EncryptFailure {}

/// Why a team's age public key is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientError {
    Empty,
    NotAge,
    Invalid,
}

impl fmt::Display for RecipientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(t(match self {
            Self::Empty => "recipient-empty",
            Self::NotAge => "recipient-not-age",
            Self::Invalid => "recipient-invalid",
        }))
    }
}

impl std::error::Error for RecipientError {}

/// Why an identity file cannot be used. Displayed after its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentityFileError {
    TooLarge,
    Encrypted,
    NotIdentity,
    Unreadable(String),
    Unusable(String),
    NoKey,
}

impl fmt::Display for IdentityFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::TooLarge => t("identity-too-large").to_owned(),
            Self::Encrypted => t("identity-encrypted").to_owned(),
            Self::NotIdentity => t("identity-not-identity").to_owned(),
            Self::Unreadable(why) => why.clone(),
            Self::Unusable(why) => tr!("identity-unusable", why = why),
            Self::NoKey => t("identity-no-key").to_owned(),
        })
    }
}

impl std::error::Error for IdentityFileError {}

/// Why the key file could not be made, unlocked or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    WrongPassphrase,
    NoKey(PathBuf),
    Exists(PathBuf),
    Damaged(PathBuf, String),
    Io(PathBuf, String),
    /// The passphrase is refused: why.
    Weak(String),
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = |p: &PathBuf| p.display().to_string();
        f.write_str(&match self {
            Self::WrongPassphrase => t("key-wrong-passphrase").to_owned(),
            Self::NoKey(dir) => tr!("key-none", dir = path(dir)),
            Self::Exists(p) => tr!("key-exists", path = path(p)),
            Self::Damaged(p, why) => tr!("key-damaged", path = path(p), why = why),
            Self::Io(p, why) => tr!("key-io", path = path(p), why = why),
            Self::Weak(why) => why.clone(),
        })
    }
}

impl std::error::Error for KeyError {}

/// The passphrase file named by the environment cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassphraseFileError {
    pub path: PathBuf,
    pub why: String,
}

impl fmt::Display for PassphraseFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.why)
    }
}

impl std::error::Error for PassphraseFileError {}
