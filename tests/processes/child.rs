//! A child process made from the test program itself: the test runs its own
//! executable again with a filter that picks one entry point (a `#[test]`
//! function that does its work only when an environment variable is set),
//! so a test that kills a process needs nothing else built first
//! (`cargo test --test crash` does not build examples).

use std::ffi::OsStr;
use std::process::{Child, Command, Stdio};

/// Starts this test program again, running only `entry`, with `var` set to
/// `value`; its standard output is piped.
pub fn start(entry: &str, var: &str, value: &OsStr) -> Child {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => panic!("the test program cannot find itself: {e}"),
    };
    match Command::new(exe)
        .args([entry, "--exact", "--nocapture", "--test-threads", "1"])
        .env(var, value)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => panic!("the test program cannot start itself: {e}"),
    }
}

/// Reads the child's output until `line`, so the test knows it is ready;
/// panics if the child ends first.
pub fn wait_for_line(child: &mut Child, line: &str) {
    use std::io::BufRead;
    let Some(out) = child.stdout.take() else {
        panic!("the child's output is not piped");
    };
    let mut reader = std::io::BufReader::new(out);
    let mut got = String::new();
    loop {
        got.clear();
        match reader.read_line(&mut got) {
            Ok(0) | Err(_) => panic!("the child ended before printing {line:?}"),
            // libtest prints "test NAME ... " before the child's first line.
            Ok(_) if got.trim_end().ends_with(line) => break,
            Ok(_) => {}
        }
    }
    // Keep reading in the background so the child never blocks on a full pipe.
    std::thread::spawn(move || std::io::copy(&mut reader, &mut std::io::sink()));
}
