//! Any bytes given to the decrypt path (age header, armour, payload) with
//! the receiving team's identity, then to the export reader: an error or a
//! referral, never a panic or a runaway.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prevent_referral::storage::crypto::Keys;
use prevent_referral::export::read_export;
use std::sync::OnceLock;

fn keys() -> &'static Option<Keys> {
    static KEYS: OnceLock<Option<Keys>> = OnceLock::new();
    KEYS.get_or_init(|| {
        Keys::from_identity_text(include_str!("../../tests/fixtures/keys/prevent-team.txt"))
    })
}

fuzz_target!(|data: &[u8]| {
    if let Some(keys) = keys()
        && let Ok(plain) = keys.open(data)
    {
        let _ = read_export(&plain);
    }
});
