//! `prevent-referral policy`: the managed settings in force on this
//! computer and where they came from, for IT staff checking a rollout.

use crate::cli::{EXIT_INVALID, EXIT_OK};
use crate::policy::{Loaded, Policy};
use crate::printable::shown;
use crate::tr;
use std::io::Write;

/// Prints what `loaded` sets. Exit 0 with a policy in force or none; 1 when
/// one is there but refused (its problems on `err`).
pub fn run(loaded: &Loaded, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match loaded {
        Loaded::None(source) => {
            let _ = writeln!(out, "{}", tr!("cli-policy-none", source = source.shown()));
            EXIT_OK
        }
        Loaded::InForce(source, policy) => {
            let _ = writeln!(
                out,
                "{}",
                tr!("cli-policy-in-force", source = source.shown())
            );
            let lines = lines(policy);
            if lines.is_empty() {
                let _ = writeln!(out, "  {}", tr!("cli-policy-nothing-set"));
            }
            for line in lines {
                let _ = writeln!(out, "  {line}");
            }
            EXIT_OK
        }
        Loaded::Refused(source, problems) => {
            // Every problem, one a line: IT corrects them from this list.
            let _ = writeln!(
                err,
                "{}",
                tr!("cli-policy-refused", source = source.shown())
            );
            for problem in problems {
                let _ = writeln!(err, "  - {problem}");
            }
            let _ = writeln!(err, "{}", tr!("cli-policy-refused-exit"));
            EXIT_INVALID
        }
    }
}

/// One line per thing set, in the order the settings screen shows them.
fn lines(policy: &Policy) -> Vec<String> {
    let mut lines: Vec<String> = policy
        .teams
        .iter()
        .map(|t| {
            tr!(
                "cli-policy-team",
                team = shown(&t.name),
                key = t.public_key.as_str()
            )
        })
        .collect();
    if let Some(name) = &policy.organisation_name {
        lines.push(tr!("cli-policy-organisation", value = shown(name)));
    }
    if let Some(sector) = policy.sector {
        lines.push(tr!("cli-policy-sector", value = sector.label()));
    }
    if let Some(address) = policy.address_line() {
        lines.push(tr!("cli-policy-address", value = shown(&address)));
    }
    if let Some(language) = policy.language {
        lines.push(tr!("cli-policy-language", value = language.own_name()));
    }
    match policy.unencrypted_export {
        Some(true) => lines.push(tr!("cli-policy-unencrypted-allowed")),
        Some(false) => lines.push(tr!("cli-policy-unencrypted-refused")),
        None => {}
    }
    if let Some(renderer) = policy.renderer {
        lines.push(tr!("cli-policy-renderer", value = renderer.name()));
    }
    lines
}

/// When the organisation does not allow a copy that is not encrypted, or
/// its settings are refused, and no `--recipient` was given: the message
/// to stop with.
pub fn refuses_plain(recipients: &[String]) -> Option<String> {
    if !recipients.is_empty() {
        return None;
    }
    let loaded = crate::policy::read::load();
    match &loaded {
        Loaded::InForce(source, policy) if !policy.allows_unencrypted() => {
            Some(tr!("cli-policy-no-unencrypted", source = source.shown()))
        }
        // Fails closed: the value that failed may be the one that says no.
        Loaded::Refused(source, _) => {
            Some(tr!("cli-policy-refused-no-plain", source = source.shown()))
        }
        _ => None,
    }
}
