//! Referrals for the tests: a complete one about a child and one about an
//! adult, written the way staff would type them (loose spacing, lower-case
//! postcodes, phone numbers with a leading 0).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // tests may panic

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use prevent_referral::clock::FixedClock;
use prevent_referral::export::Stamp;
use prevent_referral::model::*;
use prevent_referral::rules::Context;
use std::path::PathBuf;
use uuid::Uuid;

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The complete child's export as a file of format 1.2 (edition 2026.1)
/// would have it: no extension, and the armed forces question, which that
/// edition asked at 15 and 2026.2 does not, answered "yes" with service
/// number SN-42.
pub fn an_edition_2026_1_export_with_armed_forces_at_15() -> Vec<u8> {
    let text = std::fs::read_to_string(fixture("child-complete.json")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    doc["format_version"] = "1.2".into();
    doc["form_edition"] = "2026.1".into();
    let referral = &mut doc["referral"];
    referral["referrer"]
        .as_object_mut()
        .unwrap()
        .remove("phone_extension");
    referral["other_information"]["armed_forces"] = "yes".into();
    referral["other_information"]["service_number"] = "SN-42".into();
    // Editions before 2026.3 asked the family's awareness in section 7.
    referral["actions"]["parents_aware"] = "yes".into();
    serde_json::to_vec_pretty(&doc).unwrap()
}

/// [`an_edition_2026_1_export_with_armed_forces_at_15`] written to
/// `older.json` in `dir`.
pub fn an_edition_2026_1_export_file(dir: &std::path::Path) -> PathBuf {
    let file = dir.join("older.json");
    std::fs::write(&file, an_edition_2026_1_export_with_armed_forces_at_15()).unwrap();
    file
}

/// The moment the fixtures were exported.
pub fn exported_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 15, 30, 0)
        .single()
        .expect("a real time")
}

pub fn clock() -> FixedClock {
    FixedClock(exported_at())
}

/// True when `scripts/regenerate.sh` runs the tests: every checked-in
/// generated file (fixtures, schema, field reference) is written anew.
#[allow(dead_code)]
pub fn regenerating() -> bool {
    std::env::var_os("REGENERATE").is_some()
}

pub fn ctx() -> Context {
    Context::new(NaiveDate::from_ymd_opt(2026, 11, 20).expect("a real date"))
}

pub fn stamp(id: &str) -> Stamp {
    Stamp {
        id: Uuid::parse_str(id).expect("a UUID"),
        created_at: Utc
            .with_ymd_and_hms(2026, 11, 18, 9, 5, 0)
            .single()
            .expect("a real time"),
        updated_at: Utc
            .with_ymd_and_hms(2026, 11, 20, 15, 29, 12)
            .single()
            .expect("a real time"),
    }
}

pub const CHILD_ID: &str = "6f1c2b1e-3f7a-4c2d-9a7e-1d2c3b4a5e6f";
pub const ADULT_ID: &str = "0b6f2a4e-8a0e-4c55-9a57-3c1f1c2d9e10";

pub fn date(d: &str, m: &str, y: &str) -> DateInput {
    DateInput {
        day: d.into(),
        month: m.into(),
        year: y.into(),
    }
}

fn known(lines: &[&str], town: &str, postcode: &str) -> Address {
    Address {
        status: Some(AddressStatus::Known),
        lines: lines.iter().map(|l| l.to_string()).collect(),
        town: town.into(),
        postcode: postcode.into(),
        country: UNITED_KINGDOM.into(),
    }
}

fn referrer() -> Referrer {
    Referrer {
        name: "Sam Okafor".into(),
        role: "Designated safeguarding lead".into(),
        organisation: "Northfield Academy".into(),
        sector: Some(Sector::School),
        relationship_to_person: "Head of year and safeguarding lead at the person's school".into(),
        phone: "0121 496 0000".into(),
        phone_extension: "210".into(),
        email: "s.okafor@northfield.sch.uk".into(),
        address: known(
            &["Northfield Academy", "1 School Lane"],
            "Birmingham",
            "b31 2aa",
        ),
        available_to_discuss: Some(YesNo::Yes),
    }
}

/// A complete referral about a 15-year-old.
pub fn child() -> Referral {
    Referral {
        person: Person {
            given_names: "  Alex Jordan ".into(),
            family_name: "Testperson".into(),
            other_names: vec!["AJ".into()],
            date_of_birth: date("14", "mar", "2011"),
            place_of_birth: "Birmingham".into(),
            gender: Some(Gender::Male),
            address: known(&["12 Example Road", ""], "Birmingham", "b31 2xx"),
            previous_addresses: vec![known(&["4 Old Street"], "Coventry", "CV1-1AA")],
            phone_numbers: vec!["07400 123456".into()],
            email_addresses: vec!["alex@example.com".into()],
            nationality: "British".into(),
            first_language: "English".into(),
            interpreter_needed: Some(Tri::No),
            ethnicity: Some(Ethnicity::White),
            occupation: Occupation {
                status: Some(OccupationStatus::School),
                provider: "Northfield Academy".into(),
            },
            online_identities: vec![OnlineIdentity {
                platform: "Discord".into(),
                handle: "aj_2011".into(),
            }],
            ..Default::default()
        },
        household: Household {
            parents_carers: vec![ParentCarer {
                name: "Morgan Testperson".into(),
                relationship: "Mother".into(),
                parental_responsibility: Some(Tri::Yes),
                same_address_as_person: true,
                address: Address::default(),
                phone: "+44 (0)7400 900123".into(),
                email: String::new(),
                aware_of_referral: Some(Tri::Yes),
            }],
            known_to_social_care: Some(Tri::Yes),
            statutory_status: Some(StatutoryStatus::ChildInNeed),
            social_worker_name: "Priya Shah".into(),
            social_worker_contact: " 0121 496 0321 ".into(),
            other_family_details: "Lives with his mother and a younger sister (9).".into(),
            ..Default::default()
        },
        concerns: Concerns {
            description: "Over the last term Alex has shared videos glorifying a school attack.\n\nHe told a classmate on 2 November that \"someone should do that here\".".into(),
            ideologies: vec![
                Ideology::SchoolMassacre,
                Ideology::ExtremeViolence,
                Ideology::MixedUnclearUnstable,
            ],
            source: Some(Source::Both),
            first_noticed_on: date("1", "September", "2026"),
            most_recent_on: date("2", "11", "2026"),
            immediate_risk: Some(Tri::No),
            weapons_access: Some(Tri::NotKnown),
            travel: Some(Tri::No),
            violence: Some(Tri::Yes),
            violence_details: "Pushed a Year 7 pupil against a wall in October and said \"next time it won't be my hands\".".into(),
            carries_weapon: Some(Tri::No),
            online_activity: "Spends nights on Discord servers that share attack footage.".into(),
            own_words: "\"They'll all know my name.\" (said to a classmate, 2 November, at lunch)".into(),
            ..Default::default()
        },
        needs: Needs {
            factors: vec![NeedFactor::Bullying, NeedFactor::Isolation],
            details: "Bullied since Year 8; few friends in school.".into(),
            if_unmet: "Further withdrawal and deeper involvement online.".into(),
            exclusions: Some(Tri::Yes),
            exclusion_details: "Suspended for two days in October 2026 for the incident above.".into(),
            send: Some(SendStatus::Suspected),
            ehcp: Some(Ehcp::BeingAssessed),
            adjustments: "A quiet room and his head of year present.".into(),
            ..Default::default()
        },
        other_information: OtherInformation {
            earlier_prevent: Some(Tri::Yes),
            earlier_referrals: vec![EarlierReferral {
                when: " Spring 2025 ".into(),
                by: Some(ReferredBy::ThisOrganisation),
                organisation: String::new(),
                outcome: "Closed by the Prevent team: no further action.".into(),
                reference: "PR-2025-0098".into(),
            }],
            agencies: vec![Agency {
                kind: Some(AgencyKind::MentalHealth),
                name: "CAMHS".into(),
                contact: "Dr R. Patel".into(),
                details: "Referred in October; awaiting first appointment.".into(),
            }],
            safeguarding_referral: Some(SafeguardingReferral::Yes),
            safeguarding_reference: "MASH-2026-0412".into(),
            armed_forces: Some(Tri::No),
            ..Default::default()
        },
        referrer: referrer(),
        actions: Actions {
            discussed_with_lead: Some(YesNo::Yes),
            lead_name: "Sam Okafor".into(),
            lead_outcome: "Agreed to refer to Prevent and to MASH the same day.".into(),
            person_aware: Some(Tri::No),
            person_not_told_reason: "Advised by the lead not to tell him before police advice.".into(),
            parents_aware: Some(Tri::Yes),
            parents_response: "His mother is worried and supportive.".into(),
            taken: "Spoke to Alex's mother on 3 November; removed his access to the school network; made a MASH referral so that support starts at once.".into(),
            shared: "The MASH referral (3 November), with the same concerns.".into(),
            lawful_basis: Some(LawfulBasis::PublicTask),
            consent_sought: Some(YesNo::No),
            consent_not_sought_reason: "Asking Alex could alert the people he talks to online; his mother knows and supports the referral.".into(),
            ..Default::default()
        },
        declaration: Declaration {
            confirmed: true,
            referral_date: date("20", "11", "2026"),
        },
    }
}

/// A complete referral about an adult with no fixed abode and an estimated age.
pub fn adult() -> Referral {
    let mut r = Referral {
        person: Person {
            given_names: "Chris".into(),
            family_name: "Example".into(),
            estimated_age: "24".into(),
            gender: Some(Gender::NotKnown),
            address: Address {
                status: Some(AddressStatus::NoFixedAbode),
                lines: vec![],
                town: String::new(),
                postcode: String::new(),
                country: UNITED_KINGDOM.into(),
            },
            interpreter_needed: Some(Tri::NotKnown),
            religion: Some(Religion::PreferNotToSay),
            occupation: Occupation {
                status: Some(OccupationStatus::NotInEducationOrWork),
                provider: String::new(),
            },
            ..Person::default()
        },
        household: Household {
            lives_with_or_cares_for_children: Some(Tri::No),
            known_to_social_care: Some(Tri::NotKnown),
            statutory_status: Some(StatutoryStatus::None),
            ..Household::default()
        },
        concerns: Concerns {
            description: "Seen at the shelter handing out leaflets from a banned group and talking about 'what needs to happen' to a named councillor.".into(),
            ideologies: vec![Ideology::ExtremeRightWing],
            source: Some(Source::FirstHand),
            immediate_risk: Some(Tri::Yes),
            police_called: true,
            weapons_access: Some(Tri::Yes),
            weapons_details: "Said he keeps a knife for protection.".into(),
            travel: Some(Tri::NotKnown),
            violence: Some(Tri::No),
            carries_weapon: Some(Tri::NotKnown),
            ..Concerns::default()
        },
        needs: Needs {
            factors: vec![NeedFactor::NoneKnown],
            exclusions: Some(Tri::NotKnown),
            send: Some(SendStatus::NotKnown),
            ..Needs::default()
        },
        other_information: OtherInformation {
            earlier_prevent: Some(Tri::NotKnown),
            safeguarding_referral: Some(SafeguardingReferral::NotNeeded),
            armed_forces: Some(Tri::Yes),
            service_number: String::new(),
            ..OtherInformation::default()
        },
        referrer: Referrer {
            name: "Jo Kowalski".into(),
            role: "Housing support officer".into(),
            organisation: "Riverside Housing".into(),
            sector: Some(Sector::Housing),
            relationship_to_person: "Caseworker at the night shelter".into(),
            phone: "+44 20 7946 0000".into(),
            phone_extension: String::new(),
            email: "jo.kowalski@riverside.example".into(),
            address: Address::default(),
            available_to_discuss: Some(YesNo::No),
        },
        actions: Actions {
            discussed_with_lead: Some(YesNo::No),
            person_aware: Some(Tri::NotKnown),
            taken: "Called 999 when he spoke of the councillor; the police attended. Referring so that Prevent can assess.".into(),
            lawful_basis: Some(LawfulBasis::PublicTask),
            consent_sought: Some(YesNo::Yes),
            ..Actions::default()
        },
        declaration: Declaration {
            confirmed: true,
            referral_date: date("20", "November", "2026"),
        },
    };
    r.person.phone_numbers = vec![];
    r
}

/// The installation key the tests' libraries use (a test key only).
pub fn keys() -> prevent_referral::storage::crypto::Keys {
    prevent_referral::storage::crypto::Keys::from_identity_text(include_str!(
        "../fixtures/keys/installation.txt"
    ))
    .expect("the test key reads")
}

/// A receiving team's key (a test key only).
pub fn team_keys() -> prevent_referral::storage::crypto::Keys {
    prevent_referral::storage::crypto::Keys::from_identity_text(include_str!(
        "../fixtures/keys/prevent-team.txt"
    ))
    .expect("the test key reads")
}

/// The passphrase the command-line tests' data folders are set up with.
#[allow(dead_code)]
pub const PASSPHRASE: &str = "tangerine lighthouse forgets seven";

/// The program, with `data` as its data folder and [`PASSPHRASE`] in a
/// file beside the folder's contents, as a script would keep it.
#[allow(dead_code)]
pub fn cli(data: &std::path::Path) -> assert_cmd::Command {
    let passphrase_file = data.join("passphrase-for-tests");
    if !passphrase_file.exists() {
        std::fs::write(&passphrase_file, format!("{PASSPHRASE}\n")).expect("written");
    }
    let mut c = assert_cmd::Command::cargo_bin("prevent-referral").expect("built");
    c.arg("--data-dir")
        .arg(data)
        .env("PREVENT_REFERRAL_PASSPHRASE_FILE", &passphrase_file);
    c
}
