//! Managed settings: what an organisation's IT team presets for every
//! user of a PC, and the person cannot change. The police Prevent teams
//! exports are encrypted for, the organisation's name, sector and address
//! for "About you", the default language, whether an unencrypted copy may
//! be made, and the renderer.
//!
//! Read from `HKLM\SOFTWARE\Policies\PreventReferral` on Windows (set by
//! Group Policy or Intune, with the templates in packaging/windows/policy)
//! and from `/etc/prevent-referral/policy.toml` elsewhere ([`read`]). Both
//! become the same list of names and values, checked here by one
//! validator: a policy with any problem is ignored as a whole and the
//! problems are reported, never half-applied. docs/MANAGED-SETTINGS.md
//! lists the names.

pub mod read;

use crate::i18n::Language;
use crate::model::{Address, AddressStatus, Sector};
use crate::printable::shown;
use crate::storage::settings::{ExportRecipient, Renderer};
use crate::tr;
use std::path::PathBuf;

/// The names, as the registry and the file spell them (any case).
pub const TEAMS: &str = "Teams";
pub const ORGANISATION_NAME: &str = "OrganisationName";
pub const ORGANISATION_SECTOR: &str = "OrganisationSector";
pub const ORGANISATION_ADDRESS_LINE_1: &str = "OrganisationAddressLine1";
pub const ORGANISATION_ADDRESS_LINE_2: &str = "OrganisationAddressLine2";
pub const ORGANISATION_TOWN: &str = "OrganisationTown";
pub const ORGANISATION_POSTCODE: &str = "OrganisationPostcode";
pub const LANGUAGE: &str = "Language";
pub const ALLOW_UNENCRYPTED_EXPORT: &str = "AllowUnencryptedExport";
pub const RENDERER: &str = "Renderer";

/// Every name a policy may hold besides [`TEAMS`].
pub const NAMES: [&str; 9] = [
    ORGANISATION_NAME,
    ORGANISATION_SECTOR,
    ORGANISATION_ADDRESS_LINE_1,
    ORGANISATION_ADDRESS_LINE_2,
    ORGANISATION_TOWN,
    ORGANISATION_POSTCODE,
    LANGUAGE,
    ALLOW_UNENCRYPTED_EXPORT,
    RENDERER,
];

/// At most this many teams, and this many characters in a text value (a
/// one-line answer's limit on the form).
pub const MAX_TEAMS: usize = 50;
pub const MAX_TEXT: usize = 200;

/// A refusal lists at most this many problems, then how many more.
pub const SHOWN_PROBLEMS: usize = 10;

/// One value as the registry or the file holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(u64),
    /// Anything else (binary data, a list, a table), by its kind's name,
    /// for the message.
    Other(String),
}

/// A policy as read, before it is checked: names and values (in the
/// registry's order, or the file's keys sorted), and the teams (name, key)
/// when there is a Teams key or table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Raw {
    pub values: Vec<(String, Value)>,
    pub teams: Vec<(String, Value)>,
}

/// Where a policy came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `HKLM\SOFTWARE\Policies\PreventReferral`.
    Registry(String),
    File(PathBuf),
}

impl Source {
    /// The key or the file, as a message shows it.
    pub fn shown(&self) -> String {
        match self {
            Self::Registry(key) => key.clone(),
            Self::File(path) => shown(&path.display().to_string()),
        }
    }
}

/// The settings an organisation set. Each `None` (or empty list) is left
/// to the person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    pub teams: Vec<ExportRecipient>,
    pub organisation_name: Option<String>,
    pub sector: Option<Sector>,
    pub address: Option<Address>,
    pub language: Option<Language>,
    pub unencrypted_export: Option<bool>,
    pub renderer: Option<Renderer>,
}

/// What was found at start: a policy in force, none, or one refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// No policy: where it was looked for.
    None(Source),
    InForce(Source, Policy),
    /// Ignored as a whole: where, and every problem (already worded).
    Refused(Source, Vec<String>),
}

impl Default for Loaded {
    fn default() -> Self {
        Self::None(Source::File(PathBuf::new()))
    }
}

impl Loaded {
    /// The policy in force: the empty one when there is none or it was
    /// refused.
    pub fn policy(&self) -> &Policy {
        static NONE: Policy = Policy {
            teams: Vec::new(),
            organisation_name: None,
            sector: None,
            address: None,
            language: None,
            unencrypted_export: None,
            renderer: None,
        };
        match self {
            Self::InForce(_, policy) => policy,
            _ => &NONE,
        }
    }

    /// Whether a copy that is not encrypted may be made. Not while a
    /// policy is refused: the value that failed may be the one that says
    /// no, so it fails closed until IT corrects it (docs/DECISIONS.md).
    pub fn allows_unencrypted(&self) -> bool {
        match self {
            Self::None(_) => true,
            Self::InForce(_, policy) => policy.allows_unencrypted(),
            Self::Refused(..) => false,
        }
    }

    /// The message for a refused policy, as the window's banner and the
    /// command line show it: its first problems, and how many more.
    pub fn refusal(&self) -> Option<String> {
        match self {
            Self::Refused(source, problems) => {
                let mut shown: Vec<String> =
                    problems.iter().take(SHOWN_PROBLEMS).cloned().collect();
                if problems.len() > SHOWN_PROBLEMS {
                    shown.push(tr!(
                        "policy-more-problems",
                        count = problems.len() - SHOWN_PROBLEMS
                    ));
                }
                Some(tr!(
                    "policy-refused",
                    source = source.shown(),
                    problems = shown.join(" ")
                ))
            }
            _ => None,
        }
    }
}

impl Policy {
    /// Checks every value; any problem refuses the whole policy.
    pub fn from_raw(raw: &Raw) -> Result<Self, Vec<String>> {
        let mut policy = Policy::default();
        let mut problems = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut lines = [None, None];
        let mut town = None;
        let mut postcode = None;
        for (name, value) in &raw.values {
            if name.eq_ignore_ascii_case(TEAMS) {
                problems.push(wrong_type(TEAMS, value, "a list of teams"));
                continue;
            }
            let Some(known) = NAMES.iter().find(|n| n.eq_ignore_ascii_case(name)) else {
                problems.push(tr!("policy-unknown-name", name = shown(name)));
                continue;
            };
            if seen.iter().any(|s| s == known) {
                problems.push(tr!("policy-twice", name = *known));
                continue;
            }
            seen.push((*known).to_owned());
            let outcome = match *known {
                ORGANISATION_NAME => text(known, value).map(|t| policy.organisation_name = t),
                ORGANISATION_ADDRESS_LINE_1 => text(known, value).map(|t| lines[0] = t),
                ORGANISATION_ADDRESS_LINE_2 => text(known, value).map(|t| lines[1] = t),
                ORGANISATION_TOWN => text(known, value).map(|t| town = t),
                ORGANISATION_POSTCODE => text(known, value).and_then(|t| {
                    postcode = t
                        .map(|p| {
                            crate::values::normalise_postcode(&p).ok_or_else(|| {
                                tr!("policy-bad-postcode", name = *known, value = shown(&p))
                            })
                        })
                        .transpose()?;
                    Ok(())
                }),
                ORGANISATION_SECTOR => {
                    one_of(known, value, Sector::ALL, |s| s.id()).map(|s| policy.sector = s)
                }
                LANGUAGE => language(known, value).map(|l| policy.language = l),
                ALLOW_UNENCRYPTED_EXPORT => yes_no(known, value).map(|b| {
                    policy.unencrypted_export = Some(b);
                }),
                RENDERER => {
                    one_of(known, value, &Renderer::ALL, |r| r.name()).map(|r| policy.renderer = r)
                }
                _ => Ok(()),
            };
            if let Err(problem) = outcome {
                problems.push(problem);
            }
        }
        if lines.iter().any(Option::is_some) || town.is_some() || postcode.is_some() {
            policy.address = Some(Address {
                status: Some(AddressStatus::Known),
                lines: lines.into_iter().flatten().collect(),
                town: town.unwrap_or_default(),
                postcode: postcode.unwrap_or_default(),
                ..Address::default()
            });
        }
        for (name, value) in &raw.teams {
            match team(name, value) {
                Ok(team)
                    if policy
                        .teams
                        .iter()
                        .any(|t| t.name.to_lowercase() == team.name.to_lowercase()) =>
                {
                    problems.push(tr!("policy-team-twice", team = shown(&team.name)));
                }
                Ok(team) if policy.teams.iter().any(|t| t.public_key == team.public_key) => {
                    problems.push(tr!("policy-key-twice", team = shown(&team.name)));
                }
                Ok(team) => policy.teams.push(team),
                Err(problem) => problems.push(problem),
            }
        }
        problems.extend(policy.breaks_the_form());
        if policy.teams.len() > MAX_TEAMS {
            problems.push(tr!("policy-too-many-teams", max = MAX_TEAMS));
        }
        if problems.is_empty() {
            Ok(policy)
        } else {
            Err(problems)
        }
    }

    /// Puts the organisation's details into "About you".
    pub fn fill_referrer(&self, referrer: &mut crate::model::Referrer) {
        if let Some(name) = &self.organisation_name {
            referrer.organisation.clone_from(name);
        }
        if let Some(sector) = self.sector {
            referrer.sector = Some(sector);
        }
        if let Some(address) = &self.address {
            referrer.address.clone_from(address);
        }
    }

    /// What the form's own rules say of the organisation's details, as
    /// "About you" would hold them: a value the person cannot change must
    /// be one the form accepts (no character that cannot be sent, an
    /// address with its first line and postcode), or no referral could be
    /// finished.
    fn breaks_the_form(&self) -> Vec<String> {
        if !self.sets_organisation() {
            return Vec::new();
        }
        let mut referral = crate::model::Referral::default();
        self.fill_referrer(&mut referral.referrer);
        let ctx = crate::rules::Context::new(chrono::NaiveDate::MIN);
        let checked = [
            (
                "referral.referrer.organisation",
                ORGANISATION_NAME,
                self.organisation_name.is_some(),
            ),
            (
                "referral.referrer.sector",
                ORGANISATION_SECTOR,
                self.sector.is_some(),
            ),
            (
                "referral.referrer.address.postcode",
                ORGANISATION_POSTCODE,
                self.address.is_some(),
            ),
            (
                "referral.referrer.address.town",
                ORGANISATION_TOWN,
                self.address.is_some(),
            ),
            (
                "referral.referrer.address",
                ORGANISATION_ADDRESS_LINE_1,
                self.address.is_some(),
            ),
        ];
        crate::rules::validate_section(&referral, ctx, crate::model::SectionId::Referrer)
            .into_iter()
            .filter_map(|p| {
                let (_, name, _) = checked
                    .iter()
                    .find(|(path, _, set)| *set && p.path.starts_with(path))?;
                Some(tr!("policy-breaks-the-form", name = *name, why = p.message))
            })
            .collect()
    }

    /// Whether the organisation set any of "About you".
    pub fn sets_organisation(&self) -> bool {
        self.organisation_name.is_some() || self.sector.is_some() || self.address.is_some()
    }

    /// The organisation's address on one line, as "About you" and
    /// `prevent-referral policy` show it.
    pub fn address_line(&self) -> Option<String> {
        let a = self.address.as_ref()?;
        let parts: Vec<&str> = a
            .lines
            .iter()
            .chain([&a.town, &a.postcode])
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
        Some(parts.join(", "))
    }

    /// Whether a copy that is not encrypted may be made.
    pub fn allows_unencrypted(&self) -> bool {
        self.unencrypted_export != Some(false)
    }
}

/// A line of text: not blank, no control characters, within the limit. A
/// blank value counts as not set.
fn text(name: &str, value: &Value) -> Result<Option<String>, String> {
    let Value::Text(t) = value else {
        return Err(wrong_type(name, value, "text"));
    };
    let t = t.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.chars().any(char::is_control) {
        return Err(tr!("policy-control-characters", name = name));
    }
    if t.chars().count() > MAX_TEXT {
        return Err(tr!("policy-too-long", name = name, max = MAX_TEXT));
    }
    Ok(Some(t.to_owned()))
}

/// One of a list of ids (any case).
fn one_of<T: Copy>(
    name: &str,
    value: &Value,
    all: &[T],
    id: impl Fn(T) -> &'static str,
) -> Result<Option<T>, String> {
    let Some(t) = text(name, value)? else {
        return Ok(None);
    };
    all.iter()
        .copied()
        .find(|c| id(*c).eq_ignore_ascii_case(&t))
        .map(Some)
        .ok_or_else(|| {
            let ids: Vec<&str> = all.iter().map(|c| id(*c)).collect();
            tr!(
                "policy-not-one-of",
                name = name,
                value = shown(&t),
                choices = ids.join(", ")
            )
        })
}

fn language(name: &str, value: &Value) -> Result<Option<Language>, String> {
    let Some(t) = text(name, value)? else {
        return Ok(None);
    };
    match t.to_ascii_lowercase().as_str() {
        "en" | "en-gb" => Ok(Some(Language::English)),
        "cy" | "cy-gb" => Ok(Some(Language::Welsh)),
        _ => Err(tr!(
            "policy-not-one-of",
            name = name,
            value = shown(&t),
            choices = "en-GB, cy"
        )),
    }
}

/// 1 or 0 (a DWORD in the registry; true or false in the file).
fn yes_no(name: &str, value: &Value) -> Result<bool, String> {
    match value {
        Value::Number(1) => Ok(true),
        Value::Number(0) => Ok(false),
        Value::Number(n) => Err(tr!(
            "policy-not-one-of",
            name = name,
            value = n.to_string(),
            choices = "0, 1"
        )),
        other => Err(wrong_type(name, other, "0 or 1 (false or true in a file)")),
    }
}

fn team(name: &str, value: &Value) -> Result<ExportRecipient, String> {
    let label = tr!("policy-team-name", team = shown(name));
    let name =
        text(&label, &Value::Text(name.to_owned()))?.ok_or_else(|| tr!("policy-team-no-name"))?;
    let Value::Text(key) = value else {
        return Err(wrong_type(&label, value, "age1…"));
    };
    let key = crate::storage::crypto::parse_recipient(key).map_err(|why| {
        tr!(
            "policy-team-bad-key",
            team = shown(&name),
            why = why.to_string()
        )
    })?;
    Ok(ExportRecipient {
        name,
        public_key: key.to_string(),
    })
}

fn wrong_type(name: &str, value: &Value, wanted: &str) -> String {
    let found = match value {
        Value::Text(_) => "text".to_owned(),
        Value::Number(_) => "number".to_owned(),
        Value::Other(kind) => shown(kind),
    };
    tr!(
        "policy-wrong-type",
        name = name,
        found = found,
        wanted = wanted
    )
}

#[cfg(test)]
mod tests;
