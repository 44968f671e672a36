//! Saves drafts into a library as fast as it can, for
//! scripts/crash-bench.sh (tests/processes/draft_writer.rs holds the
//! writer; tests/crash.rs runs the same one).
//!
//!     draft_writer write DATA_DIR DRAFTS   (never stops: it is killed;
//!                                          prints one line once every draft is saved)
//!     draft_writer check DATA_DIR          (exit 0 when every draft is whole)

#[path = "../tests/processes/draft_writer.rs"]
mod writer;

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["write", dir, count] => {
            let why = writer::write(Path::new(dir), count.parse().unwrap_or(3));
            eprintln!("draft_writer: {why}");
            std::process::exit(1);
        }
        ["check", dir] => match writer::check(Path::new(dir)) {
            Ok(n) => println!("{n} drafts, all whole"),
            Err(why) => {
                eprintln!("draft_writer check: {why}");
                std::process::exit(1);
            }
        },
        _ => {
            eprintln!("usage: draft_writer write DATA_DIR DRAFTS | draft_writer check DATA_DIR");
            std::process::exit(2);
        }
    }
}
