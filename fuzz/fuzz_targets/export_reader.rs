//! Any bytes given to the export reader and the rules: an error or a list
//! of problems, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prevent_referral::export::{check_export, read_export};
use prevent_referral::rules::Context;

fuzz_target!(|data: &[u8]| {
    if let Ok(read) = read_export(data) {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default();
        let _ = check_export(&read, Context::new(today));
    }
});
