//! Opening a file, once for the app and the command line: a draft or an
//! export, plain or encrypted with this installation's key, or an export
//! received, encrypted for someone else and decrypted with an identity file
//! (the receiving team's side). Reading is size-limited
//! ([`crate::storage::file::read_bytes`]) and nothing is ever written back.

use crate::export::{ReadExport, read_export};
use crate::record::draft::{Opened, open_bytes};
use crate::storage::crypto::{
    DecryptFailure, FileIdentities, Keys, decrypt_with_file, is_encrypted, parse_identity_file,
};
use crate::storage::file::{OpenError, read_bytes};
use std::path::{Path, PathBuf};

/// Why an identity file cannot be used (defined with the other reasons a
/// file cannot be opened).
pub use crate::storage::file::IdentityError;

/// Reads an age identity file (as `age-keygen` makes), with a key file's
/// size limit (64 KiB; a real one is a few hundred bytes).
pub fn read_identities(path: &Path) -> Result<FileIdentities, IdentityError> {
    let bytes = crate::storage::file::read_at_most(path, crate::storage::file::MAX_KEY_FILE_BYTES)
        .map_err(IdentityError::Read)?;
    parse_identity_file(&bytes).map_err(IdentityError::Parse)
}

/// A file opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub opened: Opened,
    /// Encrypted for someone else and decrypted with their identity file:
    /// shown read-only, never saved or exported again.
    pub received: bool,
    /// SHA-256 (hex) of the file as read: tells which export of a referral
    /// it is.
    pub sha256: String,
}

/// Opens a draft or an export. An encrypted file is decrypted with `own`
/// (this installation's key); one encrypted for someone else asks
/// `identity` for an identity file to decrypt it with (`None`: it stays
/// closed, "encrypted for a different key").
pub fn open_file(
    path: &Path,
    own: Option<&Keys>,
    identity: impl FnOnce() -> Option<PathBuf>,
) -> Result<Incoming, OpenError> {
    let bytes = read_bytes(path)?;
    let sha256 = crate::record::history::sha256_hex(&bytes);
    let mut received = false;
    let plain = if !is_encrypted(&bytes) {
        bytes
    } else {
        match own.map(|k| k.open(&bytes)) {
            Some(Ok(plain)) => plain,
            Some(Err(e)) if e != DecryptFailure::NotForThisKey => {
                return Err(OpenError::Decrypt(e));
            }
            // Encrypted for someone else: the receiving team's side.
            _ => {
                received = true;
                let Some(identity_path) = identity() else {
                    return Err(OpenError::Decrypt(DecryptFailure::NotForThisKey));
                };
                let identities =
                    read_identities(&identity_path).map_err(|why| OpenError::Identity {
                        file: display_name(&identity_path),
                        why: Box::new(why),
                    })?;
                decrypt_with_file(&identities, &bytes).map_err(OpenError::Decrypt)?
            }
        }
    };
    Ok(Incoming {
        opened: open_bytes(&plain)?,
        received,
        sha256,
    })
}

/// Why `prevent-referral decrypt` could not decrypt an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceivedError {
    /// The identity file (named by the caller).
    Identity(IdentityError),
    /// The encrypted file cannot be read.
    File(OpenError),
    /// The file is not encrypted at all.
    NotEncrypted,
    Decrypt(DecryptFailure),
    /// Decrypted, but not a referral export.
    NotExport(OpenError),
}

/// Decrypts an export received with the identity file at `identity`:
/// the plain bytes and the export read from them.
pub fn open_received(file: &Path, identity: &Path) -> Result<(Vec<u8>, ReadExport), ReceivedError> {
    let identities = read_identities(identity).map_err(ReceivedError::Identity)?;
    let bytes = read_bytes(file).map_err(ReceivedError::File)?;
    if !is_encrypted(&bytes) {
        return Err(ReceivedError::NotEncrypted);
    }
    let plain = decrypt_with_file(&identities, &bytes).map_err(ReceivedError::Decrypt)?;
    // Only a referral export is handed on.
    let read = read_export(&plain).map_err(ReceivedError::NotExport)?;
    Ok((plain, read))
}

/// A file's name without its folder, for messages.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
