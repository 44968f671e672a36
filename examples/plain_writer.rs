//! For tests/hardening.rs: writes a large plain file again and again into
//! the folder given, through the same destination writer as `decrypt
//! --out`, with the same start-up as the program (interrupts remove the
//! temporary file in flight). The test sends Ctrl+C (SIGINT) at a random
//! moment and expects nothing left but the finished file.

use prevent_referral::destination::{Protected, Replace, check};
use std::path::PathBuf;

fn main() {
    prevent_referral::process::harden();
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: plain_writer DIR");
        std::process::exit(2);
    };
    let path = dir.join("referral.json");
    let bytes = vec![b'x'; 24 * 1024 * 1024];
    println!("ready");
    loop {
        let to = match check(&path, &Protected::default(), Replace::Allowed) {
            Ok(to) => to,
            Err(e) => {
                eprintln!("plain_writer: {e}");
                std::process::exit(2);
            }
        };
        if let Err(e) = to.write(&bytes, &mut std::io::sink()) {
            eprintln!("plain_writer: {e}");
            std::process::exit(2);
        }
    }
}
