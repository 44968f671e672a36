//! The message catalogue: it parses, every id the code asks for exists, and
//! every message of the shell's catalogue (app.ftl, pdf.ftl) is used.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use prevent_referral::i18n::{Language, message_ids, syntax_errors};
use std::collections::BTreeSet;
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

/// Ids asked for with `t("id")` or `tr!("id", ..)`, outside comments.
fn ids_asked_for(text: &str) -> Vec<String> {
    let re = regex::Regex::new(r#"(?:\bt|tr!)\(\s*"([a-z0-9][a-z0-9_-]*)""#).unwrap();
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .flat_map(|l| {
            re.captures_iter(l)
                .map(|c| c[1].to_owned())
                .collect::<Vec<_>>()
        })
        .collect()
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
        "2 draft(s) not edited for 30 days deleted"
    );
}
