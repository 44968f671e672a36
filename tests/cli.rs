//! The command line, run as a real process: the three exit codes, one line
//! per problem, and every kind of bad input.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use common::fixture;
use predicates::prelude::*;
use std::path::Path;

/// The program in English, whatever the machine's locale.
fn cli() -> Command {
    in_locale("en_GB.UTF-8")
}

fn in_locale(lang: &str) -> Command {
    let mut command = Command::cargo_bin("prevent-referral").expect("binary built");
    for name in [
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "PREVENT_REFERRAL_LANGUAGE",
    ] {
        command.env_remove(name);
    }
    command.env("LANG", lang);
    command
}

/// Runs `validate` on a file and checks the file is left exactly as it was.
fn validate(path: &Path) -> assert_cmd::assert::Assert {
    let before = std::fs::read(path).ok();
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let assert = cli().arg("validate").arg(path).assert();
    assert_eq!(
        std::fs::read(path).ok(),
        before,
        "{} changed",
        path.display()
    );
    assert_eq!(
        std::fs::metadata(path).and_then(|m| m.modified()).ok(),
        modified,
        "{} touched",
        path.display()
    );
    assert
}

#[test]
fn complete_exports_exit_0() {
    cli()
        .arg("validate")
        .arg(fixture("child-complete.json"))
        .arg(fixture("adult-no-fixed-abode.json"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "child-complete.json: complete and valid",
        ))
        .stdout(predicate::str::contains(
            "adult-no-fixed-abode.json: complete and valid",
        ));
}

/// A file of a newer MINOR with an answer this version does not ask: the
/// rest is checked, and the answer is named on standard error, never
/// passed over in silence. A 1.0 file is still complete.
#[test]
fn newer_answers_are_named_and_old_files_stay_valid() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(fixture("child-complete.json")).expect("fixture");
    let mut doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    doc["format_version"] = "1.5".into();
    doc["referral"]["concerns"]["asked_in_1_5"] = "An answer from a newer form".into();
    let path = dir.path().join("newer.json");
    std::fs::write(&path, doc.to_string()).expect("write");
    cli()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "referral.concerns.asked_in_1_5 is an answer from format 1.5",
        ));
    cli()
        .arg("validate")
        .arg(fixture("legacy/child-complete-1.0.json"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("complete and valid"));
}

#[test]
fn invalid_exports_exit_1_with_one_line_per_problem() {
    let path = fixture("invalid/rules-broken.json");
    let out = validate(&path).code(1).get_output().stdout.clone();
    let out = String::from_utf8(out).expect("UTF-8");
    let name = path.display().to_string();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "{name}: referral.referrer.phone: must be written in E.164 form, like +442079460000"
            ),
            format!(
                "{name}: referral.concerns.police_called: Call 999 now, then confirm that you have called 999"
            ),
            format!(
                "{name}: referral.declaration.confirmed: Confirm that the information is accurate to the best of your knowledge"
            ),
        ]
    );
}

#[test]
fn wrong_types_missing_values_and_unlisted_choices_are_invalid_not_unreadable() {
    let out = validate(&fixture("invalid/wrong-types.json"))
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("UTF-8");
    for expected in [
        "referral.person.estimated_age: must be a whole number from 0 to 120",
        "referral.person.gender: is not one of the answers",
        "referral.concerns.police_called: must be true, false or null",
        "referral.needs.if_unmet: is missing",
    ] {
        assert!(out.contains(expected), "{expected} not in:\n{out}");
    }
    validate(&fixture("invalid/missing-family-name.json"))
        .code(1)
        .stdout(predicate::str::contains(
            "referral.person.family_name: Enter the person's family name",
        ));
    validate(&fixture("invalid/child-without-parent.json"))
        .code(1)
        .stdout(predicate::str::contains(
            "referral.household.parents_carers: Add at least one parent or carer",
        ));
    validate(&fixture("invalid/impossible-date.json"))
        .code(1)
        .stdout(predicate::str::contains(
            "referral.person.date_of_birth: Enter a real date of birth",
        ));
}

#[test]
fn bad_files_exit_2_with_one_clear_line() {
    let cases = [
        (
            "unreadable/not-json.json",
            "is not valid JSON: a value was expected here at line 1, column 1",
        ),
        ("unreadable/truncated.json", "ends too early at line"),
        ("unreadable/empty.json", "is empty"),
        ("unreadable/array.json", "is a JSON array, not a referral"),
        (
            "unreadable/other-format.json",
            "its format is \"odk-submission\"",
        ),
        (
            "unreadable/newer-major.json",
            "uses format version 2.0, newer than this program reads",
        ),
        (
            "unreadable/unknown-key.json",
            "has 1 unknown key, at referral.person.shoe_size",
        ),
        ("unreadable/invalid-utf8.json", "is not UTF-8 text"),
    ];
    for (name, message) in cases {
        let path = fixture(name);
        let assert = validate(&path).code(2).stdout("");
        let err = String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8");
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(
            err.starts_with(&format!("{}: ", path.display())) && err.contains(message),
            "{name}: {err}"
        );
    }
}

#[test]
fn generated_hostile_files_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let deep = dir.path().join("deep.json");
    std::fs::write(&deep, "[".repeat(100_000)).expect("write");
    validate(&deep).code(2).stderr(predicate::str::contains(
        "nests too deeply to be a referral",
    ));

    let deep_object = dir.path().join("deep-object.json");
    std::fs::write(&deep_object, "{\"a\":".repeat(100_000)).expect("write");
    validate(&deep_object)
        .code(2)
        .stderr(predicate::str::contains("nests too deeply"));

    // 100 MB: refused from its size, before it is read.
    let huge = dir.path().join("huge.json");
    let file = std::fs::File::create(&huge).expect("create");
    file.set_len(100 * 1024 * 1024).expect("grow");
    drop(file);
    validate(&huge)
        .code(2)
        .stderr(predicate::str::contains("larger than any referral"));

    let draft = dir.path().join("draft.json");
    let d = prevent_referral::record::draft::Draft::new(&common::clock());
    std::fs::write(&draft, d.to_json()).expect("write");
    validate(&draft).code(2).stderr(predicate::str::contains(
        "is a Prevent Referral draft, not an export",
    ));

    cli()
        .arg("validate")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a folder, not a file"));
    cli()
        .arg("validate")
        .arg(dir.path().join("missing.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "missing.json: cannot be read: there is no such file",
        ));
}

#[test]
fn the_worst_outcome_decides_the_exit_code() {
    cli()
        .arg("validate")
        .arg(fixture("child-complete.json"))
        .arg(fixture("invalid/missing-family-name.json"))
        .assert()
        .code(1);
    cli()
        .arg("validate")
        .arg(fixture("invalid/missing-family-name.json"))
        .arg(fixture("unreadable/empty.json"))
        .arg(fixture("child-complete.json"))
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "child-complete.json: complete and valid",
        ))
        .stdout(predicate::str::contains("Enter the person's family name"));
}

#[test]
fn schema_prints_the_checked_in_schema() {
    let expected = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/schema/prevent-national-referral-1.4.schema.json"
    ))
    .expect("schema file");
    cli().arg("schema").assert().code(0).stdout(expected);
}

#[test]
fn help_version_and_no_arguments() {
    cli()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("validate"))
        .stdout(predicate::str::contains("schema"));
    cli().arg("--version").assert().code(0).stdout(
        predicate::str::is_match(format!(
            r"^prevent-referral {} \(commit ([0-9a-f]{{12}}(-modified)?|unknown)\)\n$",
            regex_escape(env!("CARGO_PKG_VERSION"))
        ))
        .unwrap(),
    );
    // With no arguments it is the desktop app; with no display to open a
    // window on, it says so and stops, rather than panicking. (On Windows
    // it also says so in a message box, which waits for OK: that is
    // checked under Wine with real key presses, scripts/windows-check.sh.)
    #[cfg(unix)]
    cli()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "Prevent Referral could not open its window:",
        ))
        .stderr(predicate::str::contains(
            "Your drafts are safe and have not been changed.",
        ))
        .stderr(predicate::str::contains("--renderer gl"));
    cli().arg("validate").assert().code(2);
    cli().arg("frobnicate").assert().code(2);
}

fn regex_escape(s: &str) -> String {
    s.replace('.', "\\.")
}

/// Under a Welsh locale, the messages are Welsh; the paths, the field paths
/// and the exit codes are the same.
#[test]
fn validate_speaks_welsh_under_a_welsh_locale() {
    let complete = fixture("child-complete.json");
    in_locale("cy_GB.UTF-8")
        .arg("validate")
        .arg(&complete)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(format!(
            "{}: yn gyflawn ac yn ddilys",
            complete.display()
        )));
    let missing = fixture("invalid/missing-family-name.json");
    in_locale("cy_GB.UTF-8")
        .arg("validate")
        .arg(&missing)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "{}: referral.person.family_name: Rhowch gyfenw'r unigolyn",
            missing.display()
        )));
    // A file that is not JSON, and one the system cannot read, are said in
    // Welsh too: serde_json's and the system's own words are English.
    in_locale("cy_GB.UTF-8")
        .arg("validate")
        .arg(fixture("hostile/huge-number.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("mae rhif yn rhy fawr"))
        .stderr(predicate::str::contains("out of range").not());
    #[cfg(unix)]
    in_locale("cy_GB.UTF-8")
        .arg("validate")
        .arg(fixture("hostile/loop-a.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "ni ellir darllen y ffeil: gwall system",
        ))
        .stderr(predicate::str::contains("os error").not());
    // LANGUAGE comes first, as gettext reads it.
    let mut welsh_first = in_locale("en_GB.UTF-8");
    welsh_first.env("LANGUAGE", "cy:en_GB");
    welsh_first
        .arg("validate")
        .arg(fixture("no-such-file.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does dim ffeil o'r fath"));
    // And English under an English one.
    cli()
        .arg("validate")
        .arg(&missing)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Enter the person's family name"));
}

/// The help, the usage errors and `help COMMAND` follow the language: the
/// system's, `--language`, or LANG=C for English; the option names, the
/// values and the exit codes are the same in both.
#[test]
fn help_and_usage_errors_follow_the_language() {
    let welsh = || in_locale("cy_GB.UTF-8");
    welsh()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Gorchmynion:"))
        .stdout(predicate::str::contains("Llyfrgell y drafftiau"))
        .stdout(predicate::str::contains("--data-dir <FFOLDER>"))
        .stdout(predicate::str::contains("Commands:").not())
        .stdout(predicate::str::contains("Print help").not());
    // A script that asks for English gets it, by option or by locale.
    for mut english in [
        {
            let mut c = welsh();
            c.args(["--language", "en", "--help"]);
            c
        },
        {
            let mut c = welsh();
            c.args(["--help", "--language=en"]);
            c
        },
        {
            let mut c = welsh();
            c.env("LC_ALL", "C").arg("--help");
            c
        },
        {
            let mut c = welsh();
            c.env("PREVENT_REFERRAL_LANGUAGE", "en").arg("--help");
            c
        },
    ] {
        english
            .assert()
            .code(0)
            .stdout(predicate::str::contains("Commands:"))
            .stdout(predicate::str::contains("The drafts library"))
            .stdout(predicate::str::contains("Gorchmynion").not());
    }
    cli()
        .args(["--language", "cy", "drafts", "export", "--help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Ysgrifennu ffeil allforio drafft"))
        .stdout(predicate::str::contains("--out <FFEIL>"));
    // A mistyped command: the error, a suggestion and the usage in Welsh,
    // on standard error, exit 2.
    welsh()
        .args(["drafts", "exprot", "abc"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("Nid oes gorchymyn exprot."))
        .stderr(predicate::str::contains(
            "Ai export oeddech chi'n ei olygu?",
        ))
        .stderr(predicate::str::contains(
            "Am fwy, rhedwch: prevent-referral drafts --help",
        ))
        // The name people type, not the file's (prevent-referral.exe on
        // Windows, where this test runs under Wine too).
        .stderr(predicate::str::contains(
            "Defnydd: prevent-referral drafts [OPSIYNAU] <GORCHYMYN>",
        ));
    welsh()
        .args(["--renderer", "dx11"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Nid yw dx11 yn werth y mae --renderer <RENDRWR> yn ei gymryd. \
             Mae'n cymryd: auto, dx12, warp, gl, vulkan.",
        ));
    cli()
        .args(["drafts", "export", "abc"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "prevent-referral: This command needs --out <FILE>.",
        ))
        .stderr(predicate::str::contains(
            "Usage: prevent-referral drafts export [OPTIONS] --out <FILE> <ID>",
        ));
    // What the person typed is shown safely, never as terminal codes.
    cli()
        .arg("--\u{1b}[2Jbogus")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\u{1b}").not());
    // `help drafts export` is `drafts export --help`, in either language.
    for language in ["en", "cy"] {
        let by_command = cli()
            .args(["--language", language, "help", "drafts", "export"])
            .output()
            .unwrap();
        let by_option = cli()
            .args(["--language", language, "drafts", "export", "--help"])
            .output()
            .unwrap();
        assert_eq!(by_command.status.code(), Some(0));
        assert_eq!(by_command.stdout, by_option.stdout);
    }
    welsh()
        .args(["help", "nothing"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Nid oes gorchymyn nothing."));
    // The help's own example, as one word; a language variable the program
    // does not take is passed over, never a reason to stop.
    cli()
        .args(["help", "drafts export"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Write a draft's export file"));
    for value in ["", "fr", "cy_GB"] {
        welsh()
            .env("PREVENT_REFERRAL_LANGUAGE", value)
            .arg("--help")
            .assert()
            .code(0)
            .stdout(predicate::str::contains("Gorchmynion:"));
    }
    welsh()
        .args(["--language", "EN", "--help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Commands:"));
    // A value --language does not take is refused in the language the
    // variable asks for, not the system's.
    cli()
        .env("PREVENT_REFERRAL_LANGUAGE", "cy")
        .args(["--language", "xx", "validate", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Mae'n cymryd: en, cy"));
}

/// Every command, option, argument and placeholder of the command line has
/// its text in both languages, and an option's help names every value it
/// takes (clap's own list is hidden: it is English). In this file, whose
/// other tests run the program as a process, as it sets the language of
/// this one.
#[test]
fn the_command_line_help_is_whole_in_both_languages() {
    use prevent_referral::cli::help;
    use prevent_referral::i18n::{Language, set_language};
    fn walk(command: &clap::Command, found: &mut Vec<String>) {
        for arg in command.get_arguments() {
            // A flag's "values" are true and false.
            if !matches!(
                arg.get_action(),
                clap::ArgAction::Set | clap::ArgAction::Append
            ) {
                continue;
            }
            let values = arg.get_possible_values();
            let help = arg
                .get_long_help()
                .or(arg.get_help())
                .map(|h| h.to_string());
            for value in values {
                let help = help.clone().unwrap_or_default();
                if !help.contains(value.get_name()) {
                    found.push(format!(
                        "{}: --{} {}",
                        command.get_name(),
                        arg.get_id(),
                        value.get_name()
                    ));
                }
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, found);
        }
    }
    for language in Language::ALL {
        set_language(language);
        let help::Localized { command, gaps, .. } = help::localized_command();
        assert!(gaps.is_empty(), "{language:?} lacks {gaps:?}");
        let mut unnamed = Vec::new();
        walk(&command, &mut unnamed);
        assert!(
            unnamed.is_empty(),
            "{language:?}: values not in the help: {unnamed:?}"
        );
    }
    set_language(Language::English);
}
