//! Encryption with age (<https://age-encryption.org>): the installation's
//! key, kept under the user's passphrase, and every file the program writes
//! about a person encrypted with it.
//!
//! - The installation key is an X25519 identity made at first start. It is
//!   stored in `DATA_DIR/key.age`, itself encrypted with the passphrase
//!   (scrypt). Unlocking costs one scrypt run (about 0.4 s here);
//!   after that, encrypting a draft is one X25519 operation, so saving as
//!   you type stays fast.
//! - Drafts, their listing cache and the settings ("My details") are
//!   encrypted to the installation key.
//! - An export can be encrypted to other people's age public keys (a police
//!   Prevent team's), who open it with their identity file.

use age::secrecy::{ExposeSecret, SecretString};
use age::{Decryptor, Encryptor, Identity, Recipient, armor, scrypt, x25519};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

pub use age::secrecy;
pub use errors::{
    DecryptFailure, EncryptFailure, IdentityFileError, KeyError, PassphraseFileError,
    RecipientError,
};

mod errors;
mod header;
mod passphrase;

pub use header::{MAX_STANZAS, check_header};
pub use passphrase::{
    MIN_PASSPHRASE_CHARS, PASSPHRASE_FILE_ENV, passphrase_file_shared, passphrase_from_env,
    passphrase_problem, passphrase_strength,
};

use crate::i18n::t;

/// The installation key, encrypted with the passphrase.
pub use crate::storage::layout::KEY_FILE;

/// scrypt's work factor for the passphrase: N = 2^17 (128 MiB, about 0.4 s
/// here). Raising it slows every unlock; the aim is under 1 s.
pub const WORK_FACTOR: u8 = 17;

/// The most work a passphrase-encrypted file may ask for: a hostile file
/// cannot make the program spend minutes and gigabytes.
const MAX_WORK_FACTOR: u8 = 20;

/// True when the bytes look like an age file (binary or ASCII-armoured).
pub fn is_encrypted(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let bytes = &bytes[start..];
    bytes.starts_with(b"age-encryption.org/") || bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE")
}

/// Armoured text without the blank lines (or spaces) an email or an editor
/// put around it, which age's reader refuses; binary files as they are.
pub fn armoured_trimmed(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let text = &bytes[start..];
    if !text.starts_with(b"-----BEGIN AGE ENCRYPTED FILE") {
        return bytes;
    }
    let end = text
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    // Keep one line ending after the end marker, as age writes it.
    let with_newline = text[end..]
        .iter()
        .position(|b| *b == b'\n')
        .map_or(end, |i| end + i + 1);
    &text[..with_newline]
}

impl From<age::DecryptError> for DecryptFailure {
    fn from(e: age::DecryptError) -> Self {
        use age::DecryptError as E;
        match e {
            E::NoMatchingKeys => Self::NotForThisKey,
            E::DecryptionFailed | E::InvalidMac | E::KeyDecryptionFailed => Self::Tampered,
            E::InvalidHeader => Self::BadHeader,
            E::UnknownFormat => Self::UnknownFormat,
            E::ExcessiveWork { required, .. } => Self::TooMuchWork(required),
            E::Io(io) => io_failure(&io),
            other => Self::Other(other.to_string()),
        }
    }
}

fn io_failure(io: &std::io::Error) -> DecryptFailure {
    match io.kind() {
        std::io::ErrorKind::UnexpectedEof => DecryptFailure::Truncated,
        std::io::ErrorKind::InvalidData => DecryptFailure::Tampered,
        _ => DecryptFailure::Other(io.to_string()),
    }
}

/// Decrypts an age file (binary or armoured) with any of `identities`.
/// A passphrase-protected file is refused: only keys open referrals.
pub fn decrypt_with(identities: &[&dyn Identity], bytes: &[u8]) -> Result<Vec<u8>, DecryptFailure> {
    check_header(bytes)?;
    let reader = armor::ArmoredReader::new(armoured_trimmed(bytes));
    let decryptor = Decryptor::new_buffered(reader)?;
    if decryptor.is_scrypt() {
        return Err(DecryptFailure::Passphrase);
    }
    let mut stream = decryptor.decrypt(identities.iter().copied())?;
    let mut plain = Vec::with_capacity(bytes.len());
    stream.read_to_end(&mut plain).map_err(|e| io_failure(&e))?;
    Ok(plain)
}

/// An identity file's keys, as [`parse_identity_file`] reads them.
pub type FileIdentities = Vec<Box<dyn Identity + Send + Sync>>;

/// Decrypts with the keys of an identity file.
pub fn decrypt_with_file(
    identities: &FileIdentities,
    bytes: &[u8],
) -> Result<Vec<u8>, DecryptFailure> {
    let refs: Vec<&dyn Identity> = identities
        .iter()
        .map(|i| i.as_ref() as &dyn Identity)
        .collect();
    decrypt_with(&refs, bytes)
}

/// Encrypts to every recipient; `armored` gives ASCII text that survives
/// being pasted into an email.
pub fn encrypt_to(
    recipients: &[&dyn Recipient],
    plain: &[u8],
    armored: bool,
) -> Result<Vec<u8>, EncryptFailure> {
    if recipients.is_empty() {
        return Err(EncryptFailure::NoRecipients);
    }
    let failed = |e: &dyn std::fmt::Display| EncryptFailure::Failed(e.to_string());
    let encryptor =
        Encryptor::with_recipients(recipients.iter().copied()).map_err(|e| failed(&e))?;
    let mut out = Vec::with_capacity(plain.len() + 512);
    let format = if armored {
        armor::Format::AsciiArmor
    } else {
        armor::Format::Binary
    };
    let armor = armor::ArmoredWriter::wrap_output(&mut out, format).map_err(|e| failed(&e))?;
    let mut writer = encryptor.wrap_output(armor).map_err(|e| failed(&e))?;
    writer.write_all(plain).map_err(|e| failed(&e))?;
    writer
        .finish()
        .and_then(|armor| armor.finish())
        .map_err(|e| failed(&e))?;
    Ok(out)
}

/// Reads an age public key ("age1..."), with a plain reason when it is not one.
pub fn parse_recipient(key: &str) -> Result<x25519::Recipient, RecipientError> {
    let key = key.trim();
    if key.is_empty() {
        return Err(RecipientError::Empty);
    }
    if !key.starts_with("age1") {
        return Err(RecipientError::NotAge);
    }
    x25519::Recipient::from_str(key).map_err(|_| RecipientError::Invalid)
}

/// Reads an identity file (as made by `age-keygen`): one or more
/// "AGE-SECRET-KEY-1..." lines, with comments.
pub fn parse_identity_file(bytes: &[u8]) -> Result<FileIdentities, IdentityFileError> {
    if bytes.len() > 1024 * 1024 {
        return Err(IdentityFileError::TooLarge);
    }
    if is_encrypted(bytes) {
        return Err(IdentityFileError::Encrypted);
    }
    let file = age::IdentityFile::from_buffer(bytes).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => IdentityFileError::NotIdentity,
        _ => IdentityFileError::Unreadable(e.to_string()),
    })?;
    let identities = file
        .into_identities()
        .map_err(|e| IdentityFileError::Unusable(e.to_string()))?;
    if identities.is_empty() {
        return Err(IdentityFileError::NoKey);
    }
    Ok(identities)
}

/// The unlocked installation key: encrypts and decrypts the program's own
/// files. Cheap to clone.
#[derive(Clone)]
pub struct Keys {
    identity: Arc<x25519::Identity>,
    recipient: x25519::Recipient,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret.
        f.debug_struct("Keys")
            .field("recipient", &self.recipient.to_string())
            .finish_non_exhaustive()
    }
}

impl Keys {
    /// A new random key (first start, and tests).
    pub fn generate() -> Self {
        Self::from_identity(x25519::Identity::generate())
    }

    /// A key from the text of an identity file ("AGE-SECRET-KEY-1..."),
    /// for tests and tools.
    pub fn from_identity_text(text: &str) -> Option<Self> {
        let line = text.lines().find(|l| l.starts_with("AGE-SECRET-KEY-"))?;
        x25519::Identity::from_str(line.trim())
            .ok()
            .map(Self::from_identity)
    }

    fn from_identity(identity: x25519::Identity) -> Self {
        let recipient = identity.to_public();
        Self {
            identity: Arc::new(identity),
            recipient,
        }
    }

    /// The public half, "age1...".
    pub fn public_key(&self) -> String {
        self.recipient.to_string()
    }

    /// Encrypts the program's own file (binary age).
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, EncryptFailure> {
        encrypt_to(&[&self.recipient], plain, false)
    }

    /// Decrypts the program's own file.
    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, DecryptFailure> {
        decrypt_with(&[self.identity.as_ref()], sealed)
    }

    /// The identity, to try alongside others.
    pub fn identity(&self) -> &dyn Identity {
        self.identity.as_ref()
    }
}

/// `DATA_DIR/key.age`: the installation key under the passphrase.
#[derive(Debug, Clone)]
pub struct KeyFile {
    path: PathBuf,
}

impl KeyFile {
    pub fn in_dir(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join(KEY_FILE),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn exists(&self) -> bool {
        self.path.exists()
    }

    /// First start: makes the key and stores it under `passphrase`, which
    /// must pass [`passphrase_problem`]. Never replaces an existing key.
    pub fn create(&self, passphrase: &SecretString) -> Result<Keys, KeyError> {
        if let Some(problem) = passphrase_problem(passphrase.expose_secret()) {
            return Err(KeyError::Weak(problem));
        }
        if self.exists() {
            return Err(KeyError::Exists(self.path.clone()));
        }
        if let Some(dir) = self.path.parent() {
            crate::storage::store::create_private_dir(dir, false).map_err(|e| {
                KeyError::Io(
                    self.path.clone(),
                    crate::storage::store::write_error_reason(&e),
                )
            })?;
        }
        let identity = x25519::Identity::generate();
        // Never over a key made meanwhile (another window, the command line).
        self.write(&identity, passphrase, false)?;
        Ok(Keys::from_identity(identity))
    }

    /// Unlocks the key with the passphrase (one scrypt run).
    pub fn unlock(&self, passphrase: &SecretString) -> Result<Keys, KeyError> {
        if !self.path.exists() && std::fs::symlink_metadata(&self.path).is_err() {
            let dir = self.path.parent().unwrap_or(Path::new("."));
            return Err(KeyError::NoKey(dir.to_path_buf()));
        }
        let damaged = |why: &str| KeyError::Damaged(self.path.clone(), why.to_owned());
        // The key is a file the program wrote: a pipe, a device or a folder
        // put in its place is not read (a pipe with no writer would wait
        // for ever).
        if std::fs::metadata(&self.path).is_ok_and(|m| !m.is_file()) {
            return Err(damaged(t("key-not-a-file")));
        }
        // With a limit: a key file is a few hundred bytes, never /dev/zero.
        let bytes = match crate::storage::store::read_at_most(
            &self.path,
            crate::storage::store::MAX_KEY_FILE_BYTES,
        ) {
            Ok(b) => b,
            Err(e @ crate::storage::store::ReadError::TooLarge { .. }) => {
                return Err(damaged(&e.to_string()));
            }
            Err(e) => return Err(KeyError::Io(self.path.clone(), e.to_string())),
        };
        check_header(&bytes).map_err(|e| damaged(&e.to_string()))?;
        let decryptor =
            Decryptor::new_buffered(armor::ArmoredReader::new(armoured_trimmed(&bytes)))
                .map_err(|e| damaged(&DecryptFailure::from(e).to_string()))?;
        if !decryptor.is_scrypt() {
            return Err(damaged(t("key-damaged-no-passphrase")));
        }
        let mut identity = scrypt::Identity::new(passphrase.clone());
        identity.set_max_work_factor(MAX_WORK_FACTOR);
        let mut stream = match decryptor.decrypt(std::iter::once(&identity as &dyn Identity)) {
            Ok(s) => s,
            // A wrong passphrase fails to decrypt the file key.
            Err(age::DecryptError::DecryptionFailed) => return Err(KeyError::WrongPassphrase),
            Err(e) => return Err(damaged(&DecryptFailure::from(e).to_string())),
        };
        let mut text = String::new();
        stream
            .read_to_string(&mut text)
            .map_err(|e| damaged(&io_failure(&e).to_string()))?;
        let secret = SecretString::from(text);
        let line = secret
            .expose_secret()
            .lines()
            .find(|l| l.starts_with("AGE-SECRET-KEY-"))
            .ok_or_else(|| damaged(t("key-damaged-no-key")))?;
        let identity =
            x25519::Identity::from_str(line).map_err(|_| damaged(t("key-damaged-bad-key")))?;
        Ok(Keys::from_identity(identity))
    }

    /// Puts the same key under a new passphrase. Drafts stay as they are:
    /// they are encrypted to the key, not to the passphrase.
    pub fn change_passphrase(
        &self,
        old: &SecretString,
        new: &SecretString,
    ) -> Result<(), KeyError> {
        if let Some(problem) = passphrase_problem(new.expose_secret()) {
            return Err(KeyError::Weak(problem));
        }
        let keys = self.unlock(old)?;
        self.write(&keys.identity, new, true)
    }

    /// Files a key made by an installation whose key file is gone: drafts
    /// and settings that a new key could not open.
    pub fn orphans(&self) -> usize {
        let Some(dir) = self.path.parent() else {
            return 0;
        };
        let drafts = std::fs::read_dir(crate::storage::layout::drafts_dir(dir))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.file_name().to_string_lossy().ends_with(".draft.age"))
                    .count()
            })
            .unwrap_or(0);
        drafts + usize::from(dir.join(crate::storage::layout::SETTINGS_FILE).exists())
    }

    fn write(
        &self,
        identity: &x25519::Identity,
        passphrase: &SecretString,
        replace: bool,
    ) -> Result<(), KeyError> {
        let mut recipient = scrypt::Recipient::new(passphrase.clone());
        recipient.set_work_factor(WORK_FACTOR);
        let plain = SecretString::from(format!(
            "# Prevent Referral installation key. Public key: {}\n{}\n",
            identity.to_public(),
            identity.to_string().expose_secret()
        ));
        let sealed = encrypt_to(&[&recipient], plain.expose_secret().as_bytes(), true)
            .map_err(|e| KeyError::Io(self.path.clone(), e.to_string()))?;
        let written = if replace {
            crate::storage::store::write_private(&self.path, &sealed)
        } else {
            crate::storage::store::write_private_new(&self.path, &sealed)
        };
        written.map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => KeyError::Exists(self.path.clone()),
            _ => KeyError::Io(
                self.path.clone(),
                crate::storage::store::write_error_reason(&e),
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "correct horse battery staple";

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    #[test]
    fn a_key_is_made_once_and_unlocked_with_its_passphrase_only() {
        let dir = tempfile::tempdir().unwrap();
        let file = KeyFile::in_dir(dir.path());
        let made = file.create(&secret(GOOD)).unwrap();
        assert!(matches!(
            file.create(&secret(GOOD)),
            Err(KeyError::Exists(_))
        ));
        let again = file.unlock(&secret(GOOD)).unwrap();
        assert_eq!(made.public_key(), again.public_key());
        assert_eq!(
            file.unlock(&secret("correct horse battery stapler"))
                .unwrap_err(),
            KeyError::WrongPassphrase
        );
        let text = std::fs::read_to_string(file.path()).unwrap();
        assert!(
            !text.contains("AGE-SECRET-KEY"),
            "the key is stored encrypted"
        );
    }

    #[test]
    fn a_changed_passphrase_opens_the_same_key_and_the_old_one_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let file = KeyFile::in_dir(dir.path());
        let keys = file.create(&secret(GOOD)).unwrap();
        let sealed = keys.seal(b"a draft").unwrap();
        let new = secret("purple elephant umbrella seventy");
        assert_eq!(
            file.change_passphrase(&secret("wrong wrong wrong"), &new),
            Err(KeyError::WrongPassphrase)
        );
        file.change_passphrase(&secret(GOOD), &new).unwrap();
        assert_eq!(
            file.unlock(&secret(GOOD)).unwrap_err(),
            KeyError::WrongPassphrase
        );
        let unlocked = file.unlock(&new).unwrap();
        assert_eq!(unlocked.open(&sealed).unwrap(), b"a draft");
    }

    #[test]
    fn weak_passphrases_are_refused_with_advice() {
        assert!(passphrase_problem("short").unwrap().contains("at least 10"));
        assert!(
            passphrase_problem("password12")
                .unwrap()
                .contains("too weak")
        );
        assert_eq!(passphrase_problem(GOOD), None);
        let dir = tempfile::tempdir().unwrap();
        let file = KeyFile::in_dir(dir.path());
        assert!(matches!(
            file.create(&secret("password12")),
            Err(KeyError::Weak(_))
        ));
        assert!(!file.exists());
    }

    #[test]
    fn sealed_files_open_with_the_key_and_not_with_another() {
        let keys = Keys::generate();
        let sealed = keys.seal(b"{\"x\":1}").unwrap();
        assert!(is_encrypted(&sealed));
        assert_eq!(keys.open(&sealed).unwrap(), b"{\"x\":1}");
        assert_eq!(
            Keys::generate().open(&sealed),
            Err(DecryptFailure::NotForThisKey)
        );
        let mut tampered = sealed.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert_eq!(keys.open(&tampered), Err(DecryptFailure::Tampered));
        assert_eq!(
            keys.open(&sealed[..sealed.len() - 5]),
            Err(DecryptFailure::Tampered)
        );
    }

    #[test]
    fn exports_encrypt_to_several_recipients_and_armour_is_text() {
        let team = Keys::generate();
        let other = Keys::generate();
        let r1 = parse_recipient(&team.public_key()).unwrap();
        let r2 = parse_recipient(&other.public_key()).unwrap();
        let sealed = encrypt_to(&[&r1, &r2], b"export", true).unwrap();
        let text = String::from_utf8(sealed.clone()).unwrap();
        assert!(text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
        assert!(is_encrypted(&sealed));
        assert_eq!(team.open(&sealed).unwrap(), b"export");
        assert_eq!(other.open(&sealed).unwrap(), b"export");
        assert_eq!(
            encrypt_to(&[], b"x", false),
            Err(EncryptFailure::NoRecipients)
        );
    }

    #[test]
    fn public_keys_and_identity_files_are_checked() {
        assert_eq!(parse_recipient("").unwrap_err(), RecipientError::Empty);
        let not_age = parse_recipient("ssh-ed25519 AAAA").unwrap_err();
        assert_eq!(not_age, RecipientError::NotAge);
        assert!(not_age.to_string().contains("age1"));
        let invalid = parse_recipient("age1notakey").unwrap_err();
        assert_eq!(invalid, RecipientError::Invalid);
        assert!(invalid.to_string().contains("not a whole encryption key"));
        let keys = Keys::generate();
        assert!(parse_recipient(&format!("  {}\n", keys.public_key())).is_ok());
        assert!(parse_identity_file(b"hello").is_err());
        assert!(parse_identity_file(b"# only a comment\n").is_err());
    }
}
