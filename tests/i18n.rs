//! The message catalogue: it parses, every id the code asks for exists, and
//! every message of the shell's catalogue (app.ftl, pdf.ftl) is used.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use prevent_referral::i18n::{Language, SOURCES, message_ids, syntax_errors};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path.display().to_string(), text));
        }
    }
}

fn all_sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The literal ids of `t("…")`, `tr!("…", …)` and `msg!("…", …)`, outside
/// comment lines, wherever the id is after the opening bracket (on its
/// line or a later one).
fn ids_asked_for(text: &str) -> Vec<String> {
    let re = regex::Regex::new(r#"(?:\bt|tr!|msg!)\(\s*"([a-z0-9][a-z0-9_-]*)""#).unwrap();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    re.captures_iter(&code).map(|c| c[1].to_owned()).collect()
}

#[test]
fn the_catalogue_parses_with_no_duplicate_ids() {
    assert_eq!(syntax_errors(), Vec::<String>::new());
    let ids = message_ids(Language::English);
    let mut seen = BTreeSet::new();
    for (id, file) in &ids {
        assert!(seen.insert(id.clone()), "{id} is twice (in {file})");
    }
}

#[test]
fn every_id_the_code_asks_for_exists() {
    let known: BTreeSet<String> = message_ids(Language::English)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    for (file, text) in all_sources() {
        for id in ids_asked_for(&text) {
            assert!(
                known.contains(&id),
                "{file} asks for {id}, which is not in the catalogue"
            );
        }
    }
}

#[test]
fn every_message_of_the_shell_is_used() {
    let code: String = all_sources().into_iter().map(|(_, t)| t).collect();
    for (id, file) in message_ids(Language::English) {
        if file != "app.ftl" && file != "pdf.ftl" {
            continue;
        }
        assert!(
            code.contains(&format!("\"{id}\"")),
            "{id} in {file} is not used by the code"
        );
    }
}

#[test]
fn messages_keep_their_spaces_and_variables() {
    assert_eq!(
        prevent_referral::i18n::t("cli-passphrase-prompt"),
        "Passphrase: "
    );
    assert_eq!(
        prevent_referral::tr!("cli-drafts-purged", count = 2usize, days = 30u32),
        "2 drafts not edited for 30 days deleted"
    );
}

/// Every message of a language, by id, with the variables it uses (every
/// variant of a plural included), read with fluent-syntax.
fn variables_by_id(language: Language) -> BTreeMap<String, (String, BTreeSet<String>)> {
    use fluent_syntax::ast;
    fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, out);
            }
        }
    }
    fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    for (_, file, text) in SOURCES.iter().filter(|(l, _, _)| *l == language) {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern(value, &mut vars);
                }
                out.insert(m.id.name.to_owned(), ((*file).to_owned(), vars));
            }
        }
    }
    out
}

/// Strict, so a message added in English and not yet in Welsh (or the
/// other way round) is named: translate it in assets/i18n/cy/ (see
/// docs/TRANSLATION.md).
#[test]
fn every_message_is_in_both_languages_with_the_same_variables() {
    let english = variables_by_id(Language::English);
    let welsh = variables_by_id(Language::Welsh);
    let mut gaps = Vec::new();
    for (id, (file, vars)) in &english {
        match welsh.get(id) {
            None => gaps.push(format!(
                "{id} (en-GB/{file}) has no Welsh: add it to cy/{file}"
            )),
            Some((cy_file, cy_vars)) => {
                if cy_file != file {
                    gaps.push(format!("{id} is in en-GB/{file} but cy/{cy_file}"));
                }
                if cy_vars != vars {
                    gaps.push(format!(
                        "{id}: English uses {vars:?}, Welsh uses {cy_vars:?}"
                    ));
                }
            }
        }
    }
    for (id, (file, _)) in &welsh {
        if !english.contains_key(id) {
            gaps.push(format!("{id} (cy/{file}) is not in English"));
        }
    }
    assert!(
        gaps.is_empty(),
        "the two languages differ:\n{}",
        gaps.join("\n")
    );
    assert!(english.len() > 500, "{} messages", english.len());
}

#[test]
fn the_welsh_catalogue_parses_with_no_duplicate_ids() {
    let ids = message_ids(Language::Welsh);
    let mut seen = BTreeSet::new();
    for (id, file) in &ids {
        assert!(seen.insert(id.clone()), "{id} is twice (in cy/{file})");
    }
}

/// Welsh has six plural forms; a count picks the right one, with the
/// noun's mutation after "2" (dau ddrafft, 2 ddiwrnod).
#[test]
fn counts_take_the_welsh_plural_forms() {
    let cy = |id: &str, args: &[(&str, f64)]| {
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (k, v) in args {
            fluent.set(*k, *v);
        }
        prevent_referral::i18n::t_args_in(Language::Welsh, id, &fluent)
    };
    assert_eq!(
        cy("summary-label", &[("count", 1.0)]),
        "Mae problem: 1 ateb i'w gywiro"
    );
    assert_eq!(
        cy("summary-label", &[("count", 3.0)]),
        "Mae problem: 3 ateb i'w cywiro"
    );
    assert_eq!(
        cy("drafts-stale", &[("days", 2.0)]),
        "Heb ei olygu ers 2 ddiwrnod neu fwy"
    );
    assert_eq!(
        cy("drafts-stale", &[("days", 30.0)]),
        "Heb ei olygu ers 30 diwrnod neu fwy"
    );
    assert_eq!(
        cy("cli-drafts-purged", &[("count", 2.0), ("days", 30.0)]),
        "dilëwyd 2 ddrafft heb eu golygu ers 30 diwrnod"
    );
    assert_eq!(
        cy("cli-drafts-purged", &[("count", 0.0), ("days", 30.0)]),
        "ni ddilëwyd dim drafftiau heb eu golygu ers 30 diwrnod"
    );
    assert_eq!(
        cy("drafts-sections-complete", &[("count", 1.0)]),
        "1 o'r 8 adran wedi'i chwblhau"
    );
    assert_eq!(
        cy("settings-lock-after", &[("minutes", 2.0)]),
        "Ar ôl 2 funud"
    );
}

/// Every message with a count in it has all six Welsh plural forms.
#[test]
fn every_welsh_count_has_the_six_plural_forms() {
    use fluent_syntax::ast;
    for (_, file, text) in SOURCES.iter().filter(|(l, _, _)| *l == Language::Welsh) {
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let Some(value) = &m.value else { continue };
            for element in &value.elements {
                if let ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { variants, .. },
                } = element
                {
                    let keys: BTreeSet<String> = variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => (*name).to_owned(),
                            ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                        })
                        .collect();
                    for form in ["zero", "one", "two", "few", "many", "other"] {
                        assert!(
                            keys.contains(form),
                            "{} in cy/{file} has no [{form}]",
                            m.id.name
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_system_language_is_read_as_gettext_reads_it() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(Language::from_environment(env(&[])), Language::English);
    assert_eq!(
        Language::from_environment(env(&[("LANG", "cy_GB.UTF-8")])),
        Language::Welsh
    );
    assert_eq!(
        Language::from_environment(env(&[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "cy_GB")])),
        Language::Welsh
    );
    assert_eq!(
        Language::from_environment(env(&[("LANG", "cy_GB.UTF-8"), ("LC_ALL", "en_GB.UTF-8")])),
        Language::English
    );
    assert_eq!(
        Language::from_environment(env(&[("LANGUAGE", "cy:en_GB"), ("LC_ALL", "en_GB")])),
        Language::Welsh
    );
    // A script that sets the C locale asks for English (as gettext reads
    // it: LANGUAGE too is passed over then).
    assert_eq!(
        Language::from_environment(env(&[("LC_ALL", "C"), ("LANG", "cy")])),
        Language::English
    );
    assert_eq!(
        Language::from_environment(env(&[("LANG", "POSIX"), ("LANGUAGE", "cy")])),
        Language::English
    );
    assert_eq!(
        Language::from_environment(env(&[("LC_MESSAGES", "C.UTF-8"), ("LANGUAGE", "cy")])),
        Language::English
    );
    // LANGUAGE with no locale set, and its first entry that is not empty.
    assert_eq!(
        Language::from_environment(env(&[("LANGUAGE", ":cy:en")])),
        Language::Welsh
    );
    assert_eq!(
        Language::from_environment(env(&[("LC_ALL", ""), ("LANG", "cy_GB")])),
        Language::Welsh
    );
    // Its first entry there is a catalogue for: French is passed over.
    assert_eq!(
        Language::from_environment(env(&[("LANGUAGE", "fr:cy"), ("LANG", "fr_FR.UTF-8")])),
        Language::Welsh
    );
    assert_eq!(
        Language::from_environment(env(&[("LANGUAGE", "fr:en:cy"), ("LANG", "cy_GB")])),
        Language::English
    );
    // None of its entries: untranslated, as gettext leaves it.
    assert_eq!(
        Language::from_environment(env(&[("LANGUAGE", "fr"), ("LANG", "cy_GB")])),
        Language::English
    );
    // "cym" is not "cy" (nor is Cyrillic Serbian, "sr_RS@cyrillic").
    assert_eq!(Language::of_locale("cym"), Language::English);
    assert_eq!(Language::of_locale("sr_RS@cyrillic"), Language::English);
    assert_eq!(Language::of_locale("cy-GB"), Language::Welsh);
}

/// No Unicode isolation marks in either language (they would end up in
/// copies and on the terminal).
#[test]
fn no_isolation_marks_in_either_language() {
    for language in Language::ALL {
        let text = prevent_referral::i18n::t_args_in(
            language,
            "notice-open-failed",
            &fluent_bundle::FluentArgs::from_iter([("name", "a.json"), ("why", "x")]),
        );
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        assert!(text.contains("a.json") && text.contains(" x"), "{text:?}");
    }
}
