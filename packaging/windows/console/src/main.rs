//! `prevent-referral.com`: the console companion of `prevent-referral.exe`.
//!
//! The .exe is a GUI program (no console window beside the app from the
//! Start menu), so cmd and PowerShell do not wait for it: run bare, its
//! passphrase prompt and the shell both read the keyboard, and what is
//! typed may go to the shell and its history. This small console program,
//! installed beside it, is what cmd finds first for `prevent-referral`
//! (.COM before .EXE in PATHEXT): it starts the .exe with the same
//! arguments, on the same console, waits for it, and ends with its exit
//! code. Ctrl+C is left to the program (it removes what it was writing,
//! then ends with 130), and this waits for that ending.

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let program = match std::env::current_exe() {
        Ok(me) => me.with_extension("exe"),
        Err(e) => {
            eprintln!("prevent-referral: cannot tell where this program is: {e}");
            return ExitCode::from(2);
        }
    };
    leave_ctrl_c_to_the_program();
    match Command::new(&program)
        .args(std::env::args_os().skip(1))
        .status()
    {
        Ok(status) => match status.code() {
            Some(code) => std::process::exit(code),
            None => ExitCode::FAILURE,
        },
        Err(e) => {
            eprintln!(
                "prevent-referral: cannot start {}: {e}. Reinstall Prevent Referral, or ask your IT team.",
                program.display()
            );
            ExitCode::from(2)
        }
    }
}

/// Ctrl+C reaches every program on the console: this one takes it as
/// handled and goes on waiting, so the exit code is the program's own.
#[cfg(windows)]
#[allow(unsafe_code)]
fn leave_ctrl_c_to_the_program() {
    type Handler = unsafe extern "system" fn(u32) -> i32;
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn SetConsoleCtrlHandler(handler: Option<Handler>, add: i32) -> i32;
    }
    unsafe extern "system" fn handled(_event: u32) -> i32 {
        1
    }
    // SAFETY: `handled` is a plain function that lives as long as the
    // program and touches nothing; failing leaves Ctrl+C as it was.
    unsafe { SetConsoleCtrlHandler(Some(handled), 1) };
}

#[cfg(not(windows))]
fn leave_ctrl_c_to_the_program() {}
