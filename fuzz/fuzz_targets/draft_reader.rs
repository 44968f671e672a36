//! Any bytes given to the draft reader: an error or a draft, never a panic.
//! A draft that reads must write out and read back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prevent_referral::record::draft::{Draft, Opened, open_bytes};

fuzz_target!(|data: &[u8]| {
    if let Ok(Opened::Draft(draft)) = open_bytes(data) {
        let again = Draft::from_bytes(draft.to_json().as_bytes());
        assert_eq!(again.ok(), Some(draft));
    }
});
