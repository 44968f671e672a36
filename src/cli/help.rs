//! The command line's help and its usage errors in the person's language.
//!
//! clap builds the commands from [`Cli`]; every text it would show (each
//! command's summary, each option's help, the headings, the placeholders
//! for values, the errors) is replaced here by the catalogue's
//! (assets/i18n/*/cli.ftl), so `--help` and a mistyped option read in
//! Welsh as they do in English. The option names and the values they take
//! stay as they are: scripts type them.

use crate::cli::Cli;
use crate::i18n::{self, Arg, t};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Command, CommandFactory};

/// The program's commands, every text in the current language.
pub fn command() -> Command {
    localized_command().command
}

/// The commands, with what was asked of the catalogue to make them.
#[derive(Debug)]
pub struct Localized {
    pub command: Command,
    /// The message ids of any text the catalogue lacks (a command, option
    /// or placeholder added without its message): the tests hold it empty
    /// in every language.
    pub gaps: Vec<String>,
    /// Every message id used, so that the tests find none unused.
    pub used: Vec<String>,
}

/// As [`command`], with its gaps and the message ids it used.
pub fn localized_command() -> Localized {
    let mut ids = Ids::default();
    let root = Cli::command()
        // The name people type, in usage lines and "for more, run ..." on
        // every system (clap would take "prevent-referral.exe" from the
        // path on Windows).
        .bin_name("prevent-referral")
        // Its own `help` command (Command::Help), whose summary can be
        // translated; clap's cannot.
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(ids.needed("cli-arg-version")),
        );
    let mut command = localized(root, &[], &mut ids);
    // Every command's name in its usage line (`prevent-referral drafts
    // export`) is known once the whole tree is built.
    command.build();
    let command = own_usage(command, ids.needed("cli-value-options"));
    Localized {
        command,
        gaps: ids.gaps,
        used: ids.used,
    }
}

/// The message ids asked for: found, and lacking.
#[derive(Default)]
struct Ids {
    gaps: Vec<String>,
    used: Vec<String>,
}

impl Ids {
    /// The message `id`, noted as a gap when the catalogue lacks it.
    fn needed(&mut self, id: &str) -> &'static str {
        if i18n::has(id) {
            self.used.push(id.to_owned());
        } else {
            self.gaps.push(id.to_owned());
        }
        t(id)
    }

    /// The first of `ids` the catalogue has.
    fn first_of(&mut self, ids: &[String]) -> Option<&'static str> {
        let found = ids.iter().find(|id| i18n::has(id))?;
        self.used.push(found.clone());
        Some(t(found))
    }
}

/// Message ids are the command's words joined with "-": `drafts-export`.
fn joined(path: &[String]) -> String {
    path.join("-")
}

fn localized(cmd: Command, path: &[String], ids: &mut Ids) -> Command {
    let key = if path.is_empty() {
        "cli-help".to_owned()
    } else {
        format!("cli-help-{}", joined(path))
    };
    let mut cmd = cmd
        .about(ids.needed(&key))
        .long_about(ids.first_of(&[format!("{key}-long")]))
        .help_template(format!(
            "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            ids.needed("cli-heading-usage")
        ))
        .subcommand_help_heading(ids.needed("cli-heading-commands"))
        .subcommand_value_name(ids.needed("cli-value-command"))
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(ids.needed("cli-arg-help")),
        );
    let command = path.last().cloned().unwrap_or_default();
    let arg_ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    let arguments = ids.needed("cli-heading-arguments");
    let options = ids.needed("cli-heading-options");
    for id in arg_ids {
        let name = id.replace('_', "-");
        // The command's own text, else its last word's (the PDF options
        // shared by `pdf` and `drafts pdf`), else the one for every command.
        let candidates = [
            format!("cli-arg-{}-{name}", joined(path)),
            format!("cli-arg-{command}-{name}"),
            format!("cli-arg-{name}"),
        ];
        let long: Vec<String> = candidates.iter().map(|c| format!("{c}-long")).collect();
        let help = ids.first_of(&candidates);
        if help.is_none() {
            ids.gaps.push(candidates[0].clone());
        }
        let long_help = ids.first_of(&long);
        let mut value_ids = Vec::new();
        cmd = cmd.mut_arg(&id, |arg| {
            let heading = if arg.is_positional() {
                arguments
            } else {
                options
            };
            let mut arg = arg
                .help_heading(heading)
                .help(help)
                .long_help(long_help)
                .hide_env(true);
            // A flag shows no value, though clap gives it a name.
            if matches!(arg.get_action(), ArgAction::Set | ArgAction::Append) {
                let mut named = |name: &str| {
                    let id = format!("cli-value-{}", value_key(name));
                    value_ids.push(id.clone());
                    t(&id)
                };
                let names: Vec<&'static str> = match arg.get_value_names() {
                    Some(names) => names.iter().map(|n| named(n.as_str())).collect(),
                    None => vec![named(&name)],
                };
                // Said in the catalogue's text, in the language chosen.
                arg = arg
                    .hide_default_value(true)
                    .hide_possible_values(true)
                    .value_names(names);
            }
            arg
        });
        for id in value_ids {
            ids.needed(&id);
        }
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let mut inner = path.to_vec();
        inner.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |sub| localized(sub, &inner, ids));
    }
    cmd
}

/// clap writes "[OPTIONS]" in a usage line itself, in English whatever
/// the language: each command's usage is written again with the
/// catalogue's word ("[OPSIYNAU]").
fn own_usage(mut cmd: Command, options: &str) -> Command {
    let usage = cmd.render_usage().to_string();
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
    cmd = cmd.override_usage(usage.replace("[OPTIONS]", &format!("[{options}]")));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| own_usage(sub, options));
    }
    cmd
}

/// A placeholder's message id: `OUT.pdf` is `out-pdf`.
pub fn value_key(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// What clap stopped on, in the current language: the help or version
/// asked for as clap wrote it (from the translated commands), an error as
/// the catalogue says it, with the usage and where to look next.
pub fn error_text(e: &clap::Error) -> String {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return e.render().to_string(),
        _ => {}
    }
    let text = |kind: ContextKind| -> Option<String> {
        match e.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(list) => Some(list.join(", ")),
            ContextValue::StyledStr(s) => Some(s.to_string()),
            ContextValue::StyledStrs(list) => Some(
                list.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ContextValue::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    // What the person typed is shown safely: a crafted argument cannot
    // move the cursor or write over the terminal.
    let safe = |kind: ContextKind| text(kind).map(|s| crate::printable::shown(&s));
    let arg = safe(ContextKind::InvalidArg).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            i18n::t_args("cli-usage-unknown-argument", &[("arg", Arg::from(arg))])
        }
        ErrorKind::InvalidSubcommand => i18n::t_args(
            "cli-usage-unknown-command",
            &[(
                "command",
                Arg::from(safe(ContextKind::InvalidSubcommand).unwrap_or_default()),
            )],
        ),
        ErrorKind::ValueValidation => {
            let value = safe(ContextKind::InvalidValue).unwrap_or_default();
            let why = std::error::Error::source(e);
            match why {
                // std's own words, in English: said as a whole number.
                Some(why) if why.downcast_ref::<std::num::ParseIntError>().is_some() => {
                    i18n::t_args(
                        "cli-usage-not-number",
                        &[("value", Arg::from(value)), ("arg", Arg::from(arg))],
                    )
                }
                // This program's own reason (a date, a closed list), in the
                // language chosen.
                Some(why) => i18n::t_args(
                    "cli-usage-bad-value-why",
                    &[
                        ("arg", Arg::from(arg)),
                        ("why", Arg::from(crate::printable::shown(&why.to_string()))),
                    ],
                ),
                None => i18n::t_args(
                    "cli-usage-bad-value",
                    &[("value", Arg::from(value)), ("arg", Arg::from(arg))],
                ),
            }
        }
        ErrorKind::InvalidValue => {
            let value = safe(ContextKind::InvalidValue).unwrap_or_default();
            match (value.is_empty(), safe(ContextKind::ValidValue)) {
                (true, _) => i18n::t_args("cli-usage-no-value", &[("arg", Arg::from(arg))]),
                (false, Some(valid)) => i18n::t_args(
                    "cli-usage-invalid-value",
                    &[
                        ("value", Arg::from(value)),
                        ("arg", Arg::from(arg)),
                        ("valid", Arg::from(valid)),
                    ],
                ),
                (false, None) => i18n::t_args(
                    "cli-usage-bad-value",
                    &[("value", Arg::from(value)), ("arg", Arg::from(arg))],
                ),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            i18n::t_args("cli-usage-missing", &[("args", Arg::from(arg))])
        }
        ErrorKind::MissingSubcommand => i18n::t_args(
            "cli-usage-missing-command",
            &[(
                "commands",
                Arg::from(safe(ContextKind::ValidSubcommand).unwrap_or_default()),
            )],
        ),
        ErrorKind::ArgumentConflict => {
            let prior = safe(ContextKind::PriorArg).unwrap_or_default();
            // An option given twice is a conflict with itself.
            if prior.is_empty() || prior == arg {
                i18n::t_args("cli-usage-once", &[("arg", Arg::from(arg))])
            } else {
                i18n::t_args(
                    "cli-usage-conflict",
                    &[("arg", Arg::from(arg)), ("prior", Arg::from(prior))],
                )
            }
        }
        _ => t("cli-usage-other").to_owned(),
    };
    let mut out = crate::cli::error_line(&message);
    let suggestion = safe(ContextKind::SuggestedArg)
        .or_else(|| safe(ContextKind::SuggestedSubcommand))
        .or_else(|| safe(ContextKind::SuggestedValue));
    if let Some(suggestion) = suggestion {
        out.push_str("\n\n");
        out.push_str(&i18n::t_args(
            "cli-usage-did-you-mean",
            &[("suggestion", Arg::from(suggestion))],
        ));
    }
    // The command's words, from its usage: `prevent-referral drafts export`.
    let mut command = "prevent-referral".to_owned();
    if let Some(usage) = text(ContextKind::Usage) {
        // clap's own heading, in English, is replaced.
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        let words: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| {
                !w.starts_with('-') && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            })
            .collect();
        if !words.is_empty() {
            command = words.join(" ");
        }
        out.push_str(&format!("\n\n{}: {usage}", t("cli-heading-usage")));
    }
    out.push_str("\n\n");
    out.push_str(&i18n::t_args(
        "cli-usage-more",
        &[("command", Arg::from(command))],
    ));
    out.push('\n');
    out
}
