//! The bound on an age header, checked before age parses it (red team F4).

use super::{DecryptFailure, armor, armoured_trimmed};
use std::io::Read;

/// The most recipient stanzas a file may name before age reads its header.
/// A referral is encrypted to a few teams (or this installation's key);
/// age 0.12 parses the header again after every line it reads, so a
/// crafted file naming thousands takes minutes and would freeze whoever
/// opens it (anyone can encrypt a file to a team's public key).
pub const MAX_STANZAS: usize = 64;
/// The most lines a header may have: two for each stanza age writes, and
/// room for plugins' longer ones.
const MAX_HEADER_LINES: usize = 4 * MAX_STANZAS;
/// The most bytes a header may have (64 stanzas are about 7 KiB).
const MAX_HEADER_BYTES: u64 = 16 * 1024;

/// Refuses, before age parses it, a header with more stanzas, lines or
/// bytes than any referral has: so a crafted file is refused in
/// microseconds. A header these bounds let through is left for age to judge.
pub fn check_header(bytes: &[u8]) -> Result<(), DecryptFailure> {
    // The header as age reads it: the armour taken off its first part.
    let mut head = Vec::new();
    let reader = armor::ArmoredReader::new(armoured_trimmed(bytes));
    if reader
        .take(MAX_HEADER_BYTES + 1)
        .read_to_end(&mut head)
        .is_err()
    {
        // Damaged armour: age says so in its own words.
        return Ok(());
    }
    // The header ends with the line that starts "---" (its MAC).
    let mut stanzas = 0;
    for (n, line) in head.split(|b| *b == b'\n').enumerate() {
        if line.starts_with(b"---") {
            return Ok(());
        }
        if line.starts_with(b"-> ") {
            stanzas += 1;
            if stanzas > MAX_STANZAS {
                return Err(DecryptFailure::TooManyRecipients);
            }
        }
        if n >= MAX_HEADER_LINES {
            return Err(DecryptFailure::HeaderTooLarge);
        }
    }
    if head.len() as u64 > MAX_HEADER_BYTES {
        return Err(DecryptFailure::HeaderTooLarge);
    }
    // A short file with no end to its header: age says what is wrong.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::crypto::{Keys, encrypt_to, parse_recipient};

    /// An age header naming `stanzas` recipients, then a MAC that is not one.
    fn crafted(stanzas: usize) -> Vec<u8> {
        let mut file = b"age-encryption.org/v1\n".to_vec();
        for n in 0..stanzas {
            file.extend_from_slice(format!("-> X25519 {n:043}\n{n:043}\n").as_bytes());
        }
        file.extend_from_slice(b"--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n");
        file.extend_from_slice(&[0; 64]);
        file
    }

    #[test]
    fn a_header_naming_thousands_of_recipients_is_refused_at_once() {
        let keys = Keys::generate();
        let started = std::time::Instant::now();
        assert_eq!(
            keys.open(&crafted(10_000)),
            Err(DecryptFailure::TooManyRecipients)
        );
        // age alone took 28 s for this file; the bound answers in well
        // under a second even in a debug build on a loaded machine.
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert_eq!(
            check_header(&crafted(MAX_STANZAS + 1)),
            Err(DecryptFailure::TooManyRecipients)
        );
        // As many as a referral could be sent to are left to age.
        assert_eq!(check_header(&crafted(MAX_STANZAS)), Ok(()));
        // A header that never ends is refused too.
        let endless = [b"age-encryption.org/v1\n".as_slice(), &[b'A'; 40_000]].concat();
        assert_eq!(check_header(&endless), Err(DecryptFailure::HeaderTooLarge));
        let many_lines = [b"age-encryption.org/v1\n".as_slice(), &b"x\n".repeat(1000)].concat();
        assert_eq!(
            check_header(&many_lines),
            Err(DecryptFailure::HeaderTooLarge)
        );
        // Real files pass, armoured or not.
        let team = Keys::generate();
        let r = parse_recipient(&team.public_key()).unwrap();
        for armored in [false, true] {
            let sealed = encrypt_to(&[&r], b"export", armored).unwrap();
            assert_eq!(check_header(&sealed), Ok(()));
            assert_eq!(team.open(&sealed).unwrap(), b"export");
        }
    }
}
