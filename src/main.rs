//! `prevent-referral`: with no arguments, the desktop app; otherwise the
//! command line (`validate`, `schema`, `--help`).

// On Windows a GUI program: no console window opens beside the app from
// the Start menu. The command line's output still reaches the cmd or
// PowerShell it was run from (`platform::attach_parent_console`).
#![windows_subsystem = "windows"]

use prevent_referral::cli;
use prevent_referral::clock::SystemClock;
use std::process::ExitCode;

fn main() -> ExitCode {
    // First: a message about the language or the arguments must be seen.
    if std::env::args_os().len() > 1 {
        prevent_referral::platform::attach_parent_console();
    }
    // Before anything is printed: the command line's messages, clap's help
    // and the window all follow the system language (the window may switch
    // later, from the settings or the switch at its top).
    let language = prevent_referral::i18n::Language::of_system();
    prevent_referral::i18n::set_language(language);
    // Before anything is read: no core dumps, and an interrupted write
    // leaves nothing behind.
    prevent_referral::process::harden();
    let args = match cli::parse(std::env::args_os()) {
        Ok(args) => args,
        Err((code, _why)) => {
            // Started from the Start menu with a setting IT got wrong
            // (PREVENT_REFERRAL_RENDERER=dx11): no console to print to, so
            // a message box, never a silent exit.
            #[cfg(feature = "gui")]
            if cfg!(windows) && std::env::args_os().len() <= 1 {
                // With no arguments, only the variable can be wrong.
                match std::env::var_os("PREVENT_REFERRAL_RENDERER") {
                    Some(value) => {
                        prevent_referral::app::renderer::tell_bad_setting(&value.to_string_lossy())
                    }
                    None => prevent_referral::app::renderer::tell_no_window(_why.trim()),
                }
            }
            return exit(code);
        }
    };
    if args.command.is_none() {
        return start_window(&args);
    }
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    exit(cli::run(
        args,
        &mut stdout.lock(),
        &mut stderr.lock(),
        &SystemClock,
    ))
}

fn exit(code: i32) -> ExitCode {
    ExitCode::from(u8::try_from(code).unwrap_or(2))
}

#[cfg(feature = "gui")]
fn start_window(args: &cli::Cli) -> ExitCode {
    // The organisation's managed settings, read once: a renderer pinned
    // there is used unless --renderer or PREVENT_REFERRAL_RENDERER names
    // one (other than auto).
    let policy = prevent_referral::policy::read::load();
    let renderer = match (args.renderer, policy.policy().renderer) {
        (cli::Renderer::Auto, Some(pinned)) => pinned,
        (chosen, _) => chosen,
    };
    match prevent_referral::app::run(args.data_dir.as_deref(), renderer, policy) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Never a silent exit: a message box on Windows, where a GUI
            // program has no terminal to print to.
            prevent_referral::app::renderer::tell_no_window(&e.to_string());
            ExitCode::from(1)
        }
    }
}

/// Built without the `gui` feature: the command line only.
#[cfg(not(feature = "gui"))]
fn start_window(_args: &cli::Cli) -> ExitCode {
    eprintln!("{}", prevent_referral::i18n::t("cli-no-window"));
    ExitCode::from(2)
}
