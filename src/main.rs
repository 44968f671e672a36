//! `prevent-referral`: the command line (and, later, the desktop app).

use prevent_referral::cli;
use prevent_referral::clock::SystemClock;
use std::process::ExitCode;

fn main() -> ExitCode {
    let code = match cli::parse(std::env::args_os()) {
        Ok(args) => {
            let stdout = std::io::stdout();
            let stderr = std::io::stderr();
            cli::run(args, &mut stdout.lock(), &mut stderr.lock(), &SystemClock)
        }
        Err(code) => code,
    };
    ExitCode::from(u8::try_from(code).unwrap_or(2))
}
