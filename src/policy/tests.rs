use super::read::parse_toml;
use super::*;
use crate::storage::crypto::Keys;

fn text(name: &str, value: &str) -> (String, Value) {
    (name.to_owned(), Value::Text(value.to_owned()))
}

fn good() -> Raw {
    Raw {
        values: vec![
            text("OrganisationName", "St Mary's High School"),
            text("organisationsector", "School"),
            text("OrganisationAddressLine1", "1 Church Lane"),
            text("OrganisationTown", "Reading"),
            text("OrganisationPostcode", "rg1 1aa"),
            text("Language", "cy"),
            ("AllowUnencryptedExport".to_owned(), Value::Number(0)),
            text("Renderer", "warp"),
        ],
        teams: vec![text(
            "Thames Valley Prevent",
            &Keys::generate().public_key(),
        )],
    }
}

#[test]
fn a_good_policy_sets_each_thing() {
    let raw = good();
    let policy = Policy::from_raw(&raw).unwrap();
    assert_eq!(
        policy.organisation_name.as_deref(),
        Some("St Mary's High School")
    );
    assert_eq!(policy.sector, Some(Sector::School));
    let address = policy.address.clone().unwrap();
    assert_eq!(address.lines, ["1 Church Lane"]);
    assert_eq!(address.postcode, "RG1 1AA");
    assert_eq!(address.status, Some(AddressStatus::Known));
    assert_eq!(policy.language, Some(Language::Welsh));
    assert!(!policy.allows_unencrypted());
    assert_eq!(policy.renderer, Some(Renderer::Warp));
    assert_eq!(policy.teams.len(), 1);
    assert_eq!(policy.teams[0].name, "Thames Valley Prevent");

    let mut referrer = crate::model::Referrer {
        organisation: "typed by hand".into(),
        name: "Kept".into(),
        ..Default::default()
    };
    policy.fill_referrer(&mut referrer);
    assert_eq!(referrer.organisation, "St Mary's High School");
    assert_eq!(referrer.name, "Kept");
    assert_eq!(referrer.address.town, "Reading");
}

#[test]
fn nothing_set_allows_what_the_person_chooses() {
    let policy = Policy::from_raw(&Raw::default()).unwrap();
    assert_eq!(policy, Policy::default());
    assert!(policy.allows_unencrypted());
    assert!(!policy.sets_organisation());
}

/// One bad value refuses everything: the good values beside it are not
/// applied, and the message names the bad one.
#[test]
fn any_problem_refuses_the_whole_policy() {
    type Spoil = Box<dyn Fn(&mut Raw)>;
    let cases: Vec<(Spoil, &str)> = vec![
        (
            Box::new(|r| r.teams[0].1 = Value::Text("ssh-ed25519 AAAA".into())),
            "Thames Valley Prevent",
        ),
        (
            Box::new(|r| r.teams.push(text("Other team", "age1notakey"))),
            "Other team",
        ),
        (
            Box::new(|r| r.values.push(("Language".into(), Value::Number(1)))),
            "Language",
        ),
        (
            Box::new(|r| r.values[1] = text("OrganisationSector", "scool")),
            "scool",
        ),
        (
            Box::new(|r| r.values[4] = text("OrganisationPostcode", "not a postcode")),
            "not a postcode",
        ),
        (
            Box::new(|r| r.values[6] = ("AllowUnencryptedExport".into(), Value::Number(2))),
            "AllowUnencryptedExport",
        ),
        (
            Box::new(|r| r.values[6] = text("AllowUnencryptedExport", "no")),
            "AllowUnencryptedExport",
        ),
        (
            Box::new(|r| r.values.push(text("AllowUnencryptedExports", "0"))),
            "AllowUnencryptedExports",
        ),
        (
            Box::new(|r| r.values[0] = text("OrganisationName", &"x".repeat(201))),
            "OrganisationName",
        ),
        (
            Box::new(|r| r.values[0] = text("OrganisationName", "St Mary's\u{1b}[2J")),
            "OrganisationName",
        ),
        (
            Box::new(|r| {
                r.values
                    .push(("Teams".into(), Value::Other("REG_SZ".into())))
            }),
            "Teams",
        ),
        (
            Box::new(|r| {
                let again = r.teams[0].clone();
                r.teams.push(again);
            }),
            "twice",
        ),
        (
            Box::new(|r| r.values[7] = ("Renderer".into(), Value::Other("REG_BINARY".into()))),
            "REG_BINARY",
        ),
        // Accepted as text, but not by the form: the person could never
        // finish "About you" with it fixed (review).
        (
            Box::new(|r| r.values[0] = text("OrganisationName", "Ysgol \u{202e}Gyfun")),
            "OrganisationName",
        ),
        (
            Box::new(|r| r.values.retain(|(n, _)| n != "OrganisationAddressLine1")),
            "OrganisationAddressLine1",
        ),
        // One key under two names: exports for one would go to the other.
        (
            Box::new(|r| {
                let key = r.teams[0].1.clone();
                r.teams.push(("Gwent Prevent".into(), key));
            }),
            "Gwent Prevent",
        ),
        (
            Box::new(|r| {
                let other = Keys::generate().public_key();
                r.teams.push(text("THAMES VALLEY PREVENT", &other));
            }),
            "twice",
        ),
    ];
    for (spoil, named) in cases {
        let mut raw = good();
        spoil(&mut raw);
        let problems = Policy::from_raw(&raw).unwrap_err();
        assert!(
            problems.iter().any(|p| p.contains(named)),
            "{named}: {problems:?}"
        );
        // Nothing from it is kept: a refused policy is the empty one.
        let loaded = Loaded::Refused(Source::File("/etc/x".into()), problems);
        assert_eq!(loaded.policy(), &Policy::default());
        let message = loaded.refusal().unwrap();
        assert!(message.contains("/etc/x"), "{message}");
        assert!(!message.contains('\u{1b}'), "{message}");
    }
}

#[test]
fn a_refused_policy_allows_no_unencrypted_copy_and_lists_ten_problems() {
    let source = Source::File("/etc/x".into());
    assert!(Loaded::None(source.clone()).allows_unencrypted());
    let problems: Vec<String> = (0..25).map(|i| format!("problem {i}.")).collect();
    let loaded = Loaded::Refused(source, problems);
    assert!(!loaded.allows_unencrypted());
    let message = loaded.refusal().unwrap();
    assert!(message.contains("problem 9."), "{message}");
    assert!(!message.contains("problem 10."), "{message}");
    assert!(message.contains("15 more"), "{message}");
}

#[test]
fn the_file_uses_the_registry_names() {
    let key = Keys::generate().public_key();
    let text = format!(
        "OrganisationName = \"Ysgol Gyfun\"\nAllowUnencryptedExport = false\n\
         Language = \"cy\"\n\n[Teams]\n\"Dyfed-Powys Prevent\" = \"{key}\"\n"
    );
    let raw = parse_toml(&text).unwrap();
    let policy = Policy::from_raw(&raw).unwrap();
    assert_eq!(policy.organisation_name.as_deref(), Some("Ysgol Gyfun"));
    assert_eq!(policy.unencrypted_export, Some(false));
    assert_eq!(policy.teams[0].public_key, key);

    let err = parse_toml("OrganisationName = \"a\"\nLanguage = cy\n").unwrap_err();
    assert!(err.contains("Line 2"), "{err}");
    let raw = parse_toml("Teams = \"age1\"\nRenderer = 1.5\n").unwrap();
    let problems = Policy::from_raw(&raw).unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[cfg(unix)]
mod file {
    use super::super::read::{MAX_FILE, load_file};
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn write(dir: &std::path::Path, text: &str, mode: u32) -> std::path::PathBuf {
        let path = dir.join("policy.toml");
        std::fs::write(&path, text).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path
    }

    #[test]
    fn a_file_no_one_else_can_change_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("policy.toml");
        assert!(matches!(load_file(&path), Loaded::None(_)));
        let path = write(dir.path(), "OrganisationName = \"Ysgol\"\n", 0o644);
        let loaded = load_file(&path);
        assert_eq!(
            loaded.policy().organisation_name.as_deref(),
            Some("Ysgol"),
            "{loaded:?}"
        );
    }

    #[test]
    fn a_file_others_can_change_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "OrganisationName = \"Ysgol\"\n", 0o666);
        let loaded = load_file(&path);
        assert_eq!(loaded.policy(), &Policy::default());
        let message = loaded.refusal().unwrap();
        assert!(message.contains("666"), "{message}");

        // Safe itself, in a folder anyone can write to (no sticky bit):
        // someone could put another file in its place.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let message = load_file(&path).refusal().unwrap();
        assert!(message.contains("777"), "{message}");
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    }

    #[test]
    fn a_huge_or_binary_or_folder_policy_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = "# padding\n".repeat(usize::try_from(MAX_FILE).unwrap() / 10 + 1);
        let path = write(dir.path(), &big, 0o600);
        assert!(load_file(&path).refusal().unwrap().contains("KB"));
        std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
        assert!(load_file(&path).refusal().unwrap().contains("UTF-8"));
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        assert!(matches!(load_file(&path), Loaded::Refused(..)));
    }
}
