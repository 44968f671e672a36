//! Managed settings (src/policy): `prevent-referral policy` as IT staff run
//! it, a policy refused as a whole, the command line refusing an
//! unencrypted copy when the organisation says so, and the Group Policy
//! templates naming exactly what the program reads.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

#[cfg(unix)]
mod common;

use prevent_referral::model::Sector;
use prevent_referral::policy;
use prevent_referral::storage::settings::Renderer;
use std::collections::BTreeSet;

#[cfg(unix)]
mod unix {
    use super::common::fixture;
    use assert_cmd::Command;
    use prevent_referral::policy;
    use prevent_referral::storage::crypto::Keys;

    /// The program in English, reading its policy from `file` (Unix; Windows
    /// reads the registry, checked by scripts/windows-check.sh).
    fn cli(file: &std::path::Path) -> Command {
        let mut command = Command::cargo_bin("prevent-referral").expect("binary built");
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES"] {
            command.env_remove(name);
        }
        command.env("LANG", "en_GB.UTF-8");
        command.env(policy::read::POLICY_FILE_ENV, file);
        command
    }

    fn text(out: &[u8]) -> String {
        String::from_utf8_lossy(out).into_owned()
    }

    #[test]
    fn policy_prints_what_is_in_force_and_where_from() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("policy.toml");
        let out = cli(&file).arg("policy").output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(
            text(&out.stdout).contains("No managed settings"),
            "{}",
            text(&out.stdout)
        );
        assert!(text(&out.stdout).contains("policy.toml"));

        let key = Keys::generate().public_key();
        std::fs::write(
            &file,
            format!(
                "OrganisationName = \"Ysgol Gyfun Aberaeron\"\nOrganisationSector = \"school\"\n\
             OrganisationAddressLine1 = \"Heol y Felin\"\nOrganisationTown = \"Aberaeron\"\nOrganisationPostcode = \"sa46 0dt\"\n\
             AllowUnencryptedExport = false\nLanguage = \"cy\"\n\
             [Teams]\n\"Dyfed-Powys Prevent\" = \"{key}\"\n"
            ),
        )
        .unwrap();
        let out = cli(&file).arg("policy").output().unwrap();
        let shown = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{shown}{}", text(&out.stderr));
        for part in [
            "Managed settings in force",
            "Dyfed-Powys Prevent",
            &key,
            "Ysgol Gyfun Aberaeron",
            "Sector: School",
            "Heol y Felin, Aberaeron, SA46 0DT",
            "Cymraeg",
            "not allowed",
        ] {
            assert!(shown.contains(part), "{part}: {shown}");
        }
    }

    #[test]
    fn a_bad_policy_is_refused_whole_and_said_why() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("policy.toml");
        // A good name beside a key that is not an age key: nothing is used.
        std::fs::write(
        &file,
        "OrganisationName = \"St Mary's\"\n[Teams]\n\"Thames Valley\" = \"ssh-ed25519 AAAAC3\"\n",
    )
    .unwrap();
        let out = cli(&file).arg("policy").output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let why = text(&out.stderr);
        assert!(why.contains("not used"), "{why}");
        assert!(why.contains("Thames Valley"), "{why}");
        assert!(!text(&out.stdout).contains("St Mary's"));
        // Refused, it fails closed: no unencrypted copy until corrected.
        let copy = dir.path().join("copy.pdf");
        let out = cli(&file)
            .arg("pdf")
            .arg(fixture("child-complete.json"))
            .arg("--out")
            .arg(&copy)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(
            text(&out.stderr).contains("could not be used"),
            "{}",
            text(&out.stderr)
        );
        assert!(!copy.exists());

        // A file anyone can change is refused before it is read.
        std::fs::write(&file, "OrganisationName = \"St Mary's\"\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).unwrap();
        let out = cli(&file).arg("policy").output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out.stderr).contains("666"), "{}", text(&out.stderr));
    }

    /// With unencrypted copies not allowed, `pdf` without --recipient stops
    /// and writes nothing; with a team's key it makes the copy.
    #[test]
    fn no_unencrypted_copy_when_the_organisation_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("policy.toml");
        std::fs::write(&file, "AllowUnencryptedExport = false\n").unwrap();
        let out_pdf = dir.path().join("copy.pdf");
        let out = cli(&file)
            .arg("pdf")
            .arg(fixture("child-complete.json"))
            .arg("--out")
            .arg(&out_pdf)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(
            text(&out.stderr).contains("does not allow copies that are not encrypted"),
            "{}",
            text(&out.stderr)
        );
        assert!(!out_pdf.exists());

        let key = Keys::generate().public_key();
        let out = cli(&file)
            .arg("pdf")
            .arg(fixture("child-complete.json"))
            .arg("--recipient")
            .arg(&key)
            .arg("--out")
            .arg(&out_pdf)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(out_pdf.exists());
    }
}

fn xml(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The ADMX writes exactly the names the program reads, offers exactly the
/// form's sectors and the program's renderers, and every string and
/// presentation it refers to is in both ADML files (English and Welsh).
#[test]
fn the_group_policy_templates_match_what_is_read() {
    let admx_text = xml("packaging/windows/policy/PreventReferral.admx");
    let admx = roxmltree::Document::parse(&admx_text).unwrap();
    let written: BTreeSet<&str> = admx
        .descendants()
        .filter_map(|n| n.attribute("valueName"))
        .collect();
    let read: BTreeSet<&str> = policy::NAMES.into_iter().collect();
    assert_eq!(written, read);
    let teams_key = format!("{}\\{}", policy::read::REGISTRY_KEY, policy::TEAMS);
    assert!(admx.descendants().any(|n| n.has_tag_name("list")
        && n.attribute("key") == Some(teams_key.as_str())
        && n.attribute("explicitValue") == Some("true")));
    for n in admx.descendants().filter(|n| n.attribute("key").is_some()) {
        let key = n.attribute("key").unwrap();
        assert!(key.starts_with(policy::read::REGISTRY_KEY), "{key}");
    }
    let items = |id: &str| -> Vec<String> {
        admx.descendants()
            .find(|n| n.has_tag_name("enum") && n.attribute("id") == Some(id))
            .unwrap()
            .descendants()
            .filter(|n| n.has_tag_name("string"))
            .filter_map(|n| n.text().map(str::to_owned))
            .collect()
    };
    let sectors: Vec<String> = Sector::ALL.iter().map(|s| s.id().to_owned()).collect();
    assert_eq!(items("OrganisationSector"), sectors);
    let renderers: Vec<String> = Renderer::ALL.iter().map(|r| r.name().to_owned()).collect();
    assert_eq!(items("Renderer"), renderers);

    let refs = |prefix: &str| -> BTreeSet<String> {
        admx.descendants()
            .flat_map(|n| {
                n.attributes()
                    .map(|a| a.value().to_owned())
                    .collect::<Vec<_>>()
            })
            .filter_map(|v| {
                v.strip_prefix(prefix)
                    .and_then(|r| r.strip_suffix(')'))
                    .map(str::to_owned)
            })
            .collect()
    };
    let strings = refs("$(string.");
    let presentations = refs("$(presentation.");
    let mut ids_by_language = Vec::new();
    for language in ["en-GB", "cy-GB"] {
        let text = xml(&format!(
            "packaging/windows/policy/{language}/PreventReferral.adml"
        ));
        let adml = roxmltree::Document::parse(&text).unwrap();
        let ids = |tag: &str| -> BTreeSet<String> {
            adml.descendants()
                .filter(|n| n.has_tag_name(tag))
                .filter_map(|n| n.attribute("id").map(str::to_owned))
                .collect()
        };
        let defined = ids("string");
        assert!(
            strings.is_subset(&defined),
            "{language}: {:?}",
            strings.difference(&defined)
        );
        assert_eq!(ids("presentation"), presentations, "{language}");
        // Each box in a presentation is one of the ADMX's elements.
        for r in adml.descendants().filter_map(|n| n.attribute("refId")) {
            assert!(
                admx.descendants().any(|n| n.attribute("id") == Some(r)),
                "{language}: {r}"
            );
        }
        ids_by_language.push(defined);
    }
    assert_eq!(ids_by_language[0], ids_by_language[1]);
}
