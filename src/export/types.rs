//! The export document, type for type. These types are the contract with the
//! receiving teams: serialising one gives the exact JSON of "The export
//! document" in docs/FORM.md (key order is field order), and the JSON Schema in
//! `assets/schema/` is generated from them.

use crate::model::*;
use chrono::{DateTime, NaiveDate, Utc};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Serialize;
use std::borrow::Cow;
use uuid::Uuid;

/// The value of `format`.
pub const FORMAT: &str = "prevent-national-referral";
/// The MAJOR of `format_version` this program reads and writes.
pub const FORMAT_MAJOR: u64 = 1;
/// The `format_version` this program writes: 1.1 added `history`; 1.2 added
/// `form_edition` and the answers to the questions of the 2026.1 edition
/// (see docs/EXPORT-FORMAT.md, "Versions").
pub const FORMAT_VERSION: &str = "1.2";
/// The MINOR of [`FORMAT_VERSION`]: a file of a newer MINOR may hold
/// optional keys this reader does not know, which it reports and leaves.
pub const FORMAT_MINOR: u64 = 2;
/// The edition of the form's questions this program asks (docs/DECISIONS.md,
/// "Form editions"): the national referral form of 2025 with the questions
/// the 2025–2026 reviews ask for.
pub const FORM_EDITION: &str = "2026.1";

/// For `skip_serializing_if`: never skips, but marks a key that a MINOR
/// added, so the schema lists it as one a file may leave out (a file of an
/// older MINOR has no such key).
pub fn added_key<T>(_: &T) -> bool {
    false
}
/// The value of `protective_marking`.
pub const PROTECTIVE_MARKING: &str = "OFFICIAL-SENSITIVE";

/// Declares a string newtype with its own schema definition.
macro_rules! string_type {
    ($(#[$meta:meta])* $name:ident, $schema:tt) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!($schema)
            }
        }
    };
}

string_type!(
    /// A short answer, trimmed: 1 to 200 characters.
    Text,
    {"type": "string", "minLength": 1, "maxLength": 200, "description": "A short answer, trimmed, 1 to 200 characters."}
);
string_type!(
    /// A long answer as typed, line breaks kept: up to 50,000 characters.
    LongText,
    {"type": "string", "minLength": 1, "maxLength": 50000, "description": "A long answer as typed, line breaks kept, up to 50,000 characters."}
);
string_type!(
    /// A telephone number in E.164 form, like "+447400123456".
    Phone,
    {"type": "string", "pattern": "^\\+[1-9][0-9]{6,14}$", "description": "A telephone number in E.164 form, like +447400123456."}
);
string_type!(
    /// One email address.
    Email,
    {"type": "string", "format": "email", "maxLength": 254, "description": "One email address, at most 254 characters."}
);
string_type!(
    /// `format_version`: MAJOR.MINOR.
    FormatVersion,
    {"type": "string", "pattern": "^1\\.(0|[1-9][0-9]*)$", "description": "MAJOR.MINOR. A reader accepts any MINOR of its MAJOR and refuses a newer MAJOR."}
);

/// The whole export document.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(
    title = "Prevent National Referral export",
    description = "One referral made with the Prevent National Referral Form (England and Wales). OFFICIAL-SENSITIVE once filled in.",
    deny_unknown_fields
)]
pub struct ExportDocument {
    pub format: FormatName,
    pub format_version: FormatVersion,
    /// The edition of the form's questions (from 1.2), like "2026.1".
    #[serde(skip_serializing_if = "added_key")]
    pub form_edition: Text,
    /// UUID v4, fixed for the life of the referral.
    pub id: Uuid,
    pub protective_marking: ProtectiveMarking,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub exported_at: DateTime<Utc>,
    pub generator: Generator,
    /// Where the referral's own record stood when it was exported (from
    /// 1.1; absent from 1.0 files): a history rewritten later no longer
    /// ends in this hash.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<ExportHistory>,
    #[schemars(with = "ReferralShape")]
    pub referral: ExportReferral,
}

/// The `referral` part: every question of the form definition at its key,
/// written from the definition (`build.rs`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct ExportReferral(pub serde_json::Map<String, serde_json::Value>);

impl ExportReferral {
    /// The referral date, as written ("2026-03-14").
    pub fn referral_date(&self) -> Option<&str> {
        self.0.get("declaration")?.get("referral_date")?.as_str()
    }
}

/// The referral's history when it was exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportHistory {
    /// How many entries the history had.
    pub entries: u64,
    /// SHA-256 (hex) of the latest entry, or of the referral id when there
    /// was none.
    pub latest_sha256: Sha256Hex,
}

string_type!(
    /// A SHA-256 hash, 64 lowercase hexadecimal digits.
    Sha256Hex,
    {"type": "string", "pattern": "^[0-9a-f]{64}$", "description": "A SHA-256 hash, 64 lowercase hexadecimal digits."}
);

/// Always "prevent-national-referral".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub enum FormatName {
    #[serde(rename = "prevent-national-referral")]
    PreventNationalReferral,
}

/// Always "OFFICIAL-SENSITIVE".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub enum ProtectiveMarking {
    #[serde(rename = "OFFICIAL-SENSITIVE")]
    OfficialSensitive,
}

/// The program that wrote the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Generator {
    pub name: Text,
    pub version: Text,
}

// The shape of the `referral` part, for the schema (no doc comment: it
// would become the schema's description).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(rename = "ExportReferral", deny_unknown_fields)]
pub struct ReferralShape {
    pub person: ExportPerson,
    pub household: ExportHousehold,
    pub concerns: ExportConcerns,
    pub needs: ExportNeeds,
    pub other_information: ExportOtherInformation,
    pub referrer: ExportReferrer,
    pub actions: ExportActions,
    pub declaration: ExportDeclaration,
}

/// An address. When `status` is not "known", `lines` is empty and the rest
/// are null.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportAddress {
    pub status: AddressStatus,
    #[schemars(length(max = 4))]
    pub lines: Vec<Text>,
    pub town: Option<Text>,
    /// "SW1A 1AA" form when the country is the United Kingdom.
    pub postcode: Option<Text>,
    pub country: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportOccupation {
    pub status: OccupationStatus,
    pub provider: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportOnlineIdentity {
    pub platform: Text,
    pub handle: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportPerson {
    pub given_names: Text,
    pub family_name: Text,
    #[schemars(length(max = 20))]
    pub other_names: Vec<Text>,
    /// Given when `estimated_age` is null.
    pub date_of_birth: Option<NaiveDate>,
    /// Given when `date_of_birth` is null.
    #[schemars(range(min = 0, max = 120))]
    pub estimated_age: Option<u32>,
    pub place_of_birth: Option<Text>,
    pub gender: Gender,
    pub gender_description: Option<Text>,
    pub address: ExportAddress,
    #[schemars(length(max = 10))]
    pub previous_addresses: Vec<ExportAddress>,
    #[schemars(length(max = 10))]
    pub phone_numbers: Vec<Phone>,
    #[schemars(length(max = 10))]
    pub email_addresses: Vec<Email>,
    pub nationality: Option<Text>,
    pub immigration_status: Option<Text>,
    pub first_language: Option<Text>,
    pub interpreter_needed: Tri,
    /// From 1.2; optional, `null` when not given.
    #[serde(skip_serializing_if = "added_key")]
    pub ethnicity: Option<Ethnicity>,
    /// From 1.2; optional, `null` when not given.
    #[serde(skip_serializing_if = "added_key")]
    pub religion: Option<Religion>,
    pub occupation: ExportOccupation,
    #[schemars(length(max = 20))]
    pub online_identities: Vec<ExportOnlineIdentity>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportParentCarer {
    pub name: Text,
    pub relationship: Text,
    pub parental_responsibility: Tri,
    pub same_address_as_person: bool,
    /// Null when `same_address_as_person` is true.
    pub address: Option<ExportAddress>,
    pub phone: Option<Phone>,
    pub email: Option<Email>,
    pub aware_of_referral: Tri,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportHousehold {
    /// At least one when the person is under 18 on the referral date.
    #[schemars(length(max = 6))]
    pub parents_carers: Vec<ExportParentCarer>,
    /// Given when the person is 18 or over; null otherwise.
    pub lives_with_or_cares_for_children: Option<Tri>,
    pub known_to_social_care: Tri,
    /// From 1.2 (absent from older files).
    #[serde(skip_serializing_if = "added_key")]
    #[schemars(with = "StatutoryStatus")]
    pub statutory_status: Option<StatutoryStatus>,
    /// From 1.2: given (optionally) for a status with a social worker;
    /// null otherwise.
    #[serde(skip_serializing_if = "added_key")]
    pub social_worker_name: Option<Text>,
    #[serde(skip_serializing_if = "added_key")]
    pub social_worker_contact: Option<Text>,
    pub other_family_details: Option<LongText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportConcerns {
    pub description: LongText,
    /// In the listed order, no repeats; "not_known" and "no_ideology" stand alone.
    #[schemars(length(min = 1), extend("uniqueItems" = true))]
    pub ideologies: Vec<Ideology>,
    pub ideology_other: Option<Text>,
    pub source: Source,
    pub first_noticed_on: Option<NaiveDate>,
    pub most_recent_on: Option<NaiveDate>,
    pub immediate_risk: Tri,
    /// Asked only when `immediate_risk` is "yes", and then always true;
    /// null when not asked. (Files written before 0.2 hold `false` there;
    /// readers accept it as not asked.)
    pub police_called: Option<bool>,
    pub weapons_access: Tri,
    pub weapons_details: Option<LongText>,
    pub travel: Tri,
    pub travel_details: Option<LongText>,
    /// From 1.2 (absent from older files).
    #[serde(skip_serializing_if = "added_key")]
    #[schemars(with = "Tri")]
    pub violence: Option<Tri>,
    /// From 1.2: given when `violence` is "yes"; null otherwise.
    #[serde(skip_serializing_if = "added_key")]
    pub violence_details: Option<LongText>,
    /// From 1.2: a knife or other weapon carried, apart from access to
    /// weapons.
    #[serde(skip_serializing_if = "added_key")]
    #[schemars(with = "Tri")]
    pub carries_weapon: Option<Tri>,
    /// From 1.2: given when `carries_weapon` is "yes"; null otherwise.
    #[serde(skip_serializing_if = "added_key")]
    pub carries_weapon_details: Option<LongText>,
    pub online_activity: Option<LongText>,
    /// From 1.2: the person's own words, as said or written.
    #[serde(skip_serializing_if = "added_key")]
    pub own_words: Option<LongText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportNeeds {
    /// In the listed order, no repeats; "none_known" stands alone.
    #[schemars(length(min = 1), extend("uniqueItems" = true))]
    pub factors: Vec<NeedFactor>,
    pub details: Option<LongText>,
    pub if_unmet: Option<LongText>,
    /// From 1.2: excluded or suspended from school or college.
    #[serde(skip_serializing_if = "added_key")]
    #[schemars(with = "Tri")]
    pub exclusions: Option<Tri>,
    /// From 1.2: given when `exclusions` is "yes"; null otherwise.
    #[serde(skip_serializing_if = "added_key")]
    pub exclusion_details: Option<LongText>,
    /// From 1.2: special educational needs and disabilities.
    #[serde(skip_serializing_if = "added_key")]
    #[schemars(with = "SendStatus")]
    pub send: Option<SendStatus>,
    /// From 1.2: given when `send` is "known" or "suspected"; null otherwise.
    #[serde(skip_serializing_if = "added_key")]
    pub ehcp: Option<Ehcp>,
    #[serde(skip_serializing_if = "added_key")]
    pub diagnosis: Option<Text>,
    #[serde(skip_serializing_if = "added_key")]
    pub adjustments: Option<LongText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportAgency {
    pub kind: AgencyKind,
    pub name: Text,
    pub contact: Option<Text>,
    pub details: Option<LongText>,
}

/// An earlier Prevent referral or involvement (from 1.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportEarlierReferral {
    /// As the referrer knows it ("March 2024").
    pub when: Text,
    pub by: ReferredBy,
    pub organisation: Option<Text>,
    pub outcome: Option<LongText>,
    pub reference: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportOtherInformation {
    /// Referred to Prevent before, or involved with it (from 1.2; a file
    /// of 1.1 or before has no such key).
    #[serde(skip_serializing_if = "added_key")]
    #[schemars(with = "Tri")]
    pub earlier_prevent: Option<Tri>,
    /// At least one when `earlier_prevent` is "yes"; empty otherwise
    /// (from 1.2).
    #[serde(skip_serializing_if = "added_key")]
    #[schemars(length(max = 20))]
    pub earlier_referrals: Vec<ExportEarlierReferral>,
    #[schemars(length(max = 20))]
    pub agencies: Vec<ExportAgency>,
    pub safeguarding_referral: SafeguardingReferral,
    pub safeguarding_reference: Option<Text>,
    pub armed_forces: Tri,
    pub service_number: Option<Text>,
    pub other: Option<LongText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportReferrer {
    pub name: Text,
    pub role: Text,
    pub organisation: Text,
    pub sector: Sector,
    pub relationship_to_person: Text,
    pub phone: Phone,
    pub email: Email,
    pub address: Option<ExportAddress>,
    pub available_to_discuss: YesNo,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportActions {
    pub discussed_with_lead: YesNo,
    pub lead_name: Option<Text>,
    pub lead_outcome: Option<LongText>,
    pub person_aware: Tri,
    pub person_response: Option<LongText>,
    pub person_not_told_reason: Option<LongText>,
    /// Given when the person is under 18; null otherwise.
    pub parents_aware: Option<Tri>,
    pub parents_response: Option<LongText>,
    pub parents_not_told_reason: Option<LongText>,
    pub taken: LongText,
    /// From 1.2: what was shared, with whom.
    #[serde(skip_serializing_if = "added_key")]
    pub shared: Option<LongText>,
    /// From 1.2 (absent from older files).
    #[serde(skip_serializing_if = "added_key")]
    #[schemars(with = "LawfulBasis")]
    pub lawful_basis: Option<LawfulBasis>,
    #[serde(skip_serializing_if = "added_key")]
    #[schemars(with = "YesNo")]
    pub consent_sought: Option<YesNo>,
    /// From 1.2: given when `consent_sought` is "no"; null otherwise.
    #[serde(skip_serializing_if = "added_key")]
    pub consent_not_sought_reason: Option<LongText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ExportDeclaration {
    /// Always true.
    #[schemars(extend("const" = true))]
    pub confirmed: bool,
    pub referral_date: NaiveDate,
}
