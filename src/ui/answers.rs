//! "Check your answers": every answer by section, as the person typed it,
//! with "Not provided" for questions skipped, and the path each "Change"
//! link goes back to.

use crate::model::*;

/// One row of the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The field the "Change" link moves focus to.
    pub path: String,
    pub label: String,
    /// `None` shows as "Not provided".
    pub answer: Option<String>,
}

struct Rows(Vec<Row>);

/// The non-blank parts of a known address, one per line.
fn address_parts(a: &Address, with_country: bool) -> Vec<String> {
    let country = if with_country { Some(&a.country) } else { None };
    a.lines
        .iter()
        .chain([&a.town, &a.postcode])
        .chain(country)
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

impl Rows {
    fn add(&mut self, path: String, label: impl Into<String>, answer: Option<String>) {
        self.0.push(Row {
            path,
            label: label.into(),
            answer,
        });
    }
    fn text(&mut self, path: String, label: &str, value: &str) {
        let v = value.trim();
        self.add(path, label, (!v.is_empty()).then(|| v.to_owned()));
    }
    fn choice<T: Choice>(&mut self, path: String, label: &str, value: Option<T>) {
        self.add(path, label, value.map(|c| c.label().to_owned()));
    }
    fn multi<T: Choice>(&mut self, path: String, label: &str, value: &[T]) {
        let labels: Vec<&str> = in_listed_order(value).iter().map(|c| c.label()).collect();
        self.add(path, label, (!labels.is_empty()).then(|| labels.join("\n")));
    }
    fn date(&mut self, path: String, label: &str, d: &DateInput) {
        let answer = match crate::values::parse_date(d) {
            Ok(Some(date)) => Some(date.format("%-d %B %Y").to_string()),
            Ok(None) => None,
            Err(_) => Some(format!(
                "{} / {} / {} (not a real date)",
                d.day, d.month, d.year
            )),
        };
        self.add(path, label, answer);
    }
    fn list(&mut self, path: String, label: &str, items: &[String]) {
        let items: Vec<&str> = items
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        self.add(path, label, (!items.is_empty()).then(|| items.join("\n")));
    }
    fn address(&mut self, path: String, label: &str, a: &Address) {
        let answer = match a.status {
            None => None,
            Some(AddressStatus::Known) => Some(address_parts(a, true).join("\n")),
            Some(status) => Some(status.label().to_owned()),
        };
        self.add(format!("{path}.status"), label, answer);
    }
}

/// The rows for one section.
pub fn rows(r: &Referral, section: SectionId, under_18: Option<bool>) -> Vec<Row> {
    let mut rows = Rows(Vec::new());
    let at = |field: &str| format!("referral.{}.{field}", section.id());
    match section {
        SectionId::Start | SectionId::Declaration => {}
        SectionId::Person => {
            let p = &r.person;
            rows.text(at("given_names"), "Given name(s)", &p.given_names);
            rows.text(at("family_name"), "Family name", &p.family_name);
            rows.list(at("other_names"), "Other names or aliases", &p.other_names);
            rows.date(at("date_of_birth"), "Date of birth", &p.date_of_birth);
            rows.text(
                at("estimated_age"),
                "Age, if date of birth is not known",
                &p.estimated_age,
            );
            rows.text(at("place_of_birth"), "Place of birth", &p.place_of_birth);
            rows.choice(at("gender"), "Gender", p.gender);
            if p.gender == Some(Gender::Other) {
                rows.text(
                    at("gender_description"),
                    "How they describe their gender",
                    &p.gender_description,
                );
            }
            rows.address(at("address"), "Current address", &p.address);
            for (i, a) in p.previous_addresses.iter().enumerate() {
                let label = format!("Other known address {}", i + 1);
                // Previous addresses have no status question: "Change" goes to line 1.
                rows.add(
                    at(&format!("previous_addresses[{i}].lines[0]")),
                    label,
                    Some(address_parts(a, true).join("\n")),
                );
            }
            if p.previous_addresses.is_empty() {
                rows.add(at("previous_addresses"), "Other known addresses", None);
            }
            rows.list(at("phone_numbers"), "Telephone numbers", &p.phone_numbers);
            rows.list(at("email_addresses"), "Email addresses", &p.email_addresses);
            rows.text(
                at("nationality"),
                "Nationality or citizenship",
                &p.nationality,
            );
            rows.text(
                at("immigration_status"),
                "Immigration or asylum status",
                &p.immigration_status,
            );
            rows.text(at("first_language"), "First language", &p.first_language);
            rows.choice(
                at("interpreter_needed"),
                "Do they need an interpreter?",
                p.interpreter_needed,
            );
            rows.choice(
                at("occupation.status"),
                "Education or work",
                p.occupation.status,
            );
            rows.text(
                at("occupation.provider"),
                "Name of school, college or employer",
                &p.occupation.provider,
            );
            let accounts: Vec<String> = p
                .online_identities
                .iter()
                .map(|o| format!("{}: {}", o.platform.trim(), o.handle.trim()))
                .collect();
            rows.list(
                at("online_identities"),
                "Social media and online accounts",
                &accounts,
            );
        }
        SectionId::Household => {
            let h = &r.household;
            for (i, pc) in h.parents_carers.iter().enumerate() {
                let mut lines = vec![format!("{} ({})", pc.name.trim(), pc.relationship.trim())];
                if let Some(pr) = pc.parental_responsibility {
                    lines.push(format!("Parental responsibility: {}", pr.label()));
                }
                if pc.same_address_as_person {
                    lines.push("Same address as the person".to_owned());
                } else {
                    match pc.address.status {
                        Some(AddressStatus::Known) => {
                            lines.extend(address_parts(&pc.address, false))
                        }
                        Some(status) => lines.push(format!("Address: {}", status.label())),
                        None => {}
                    }
                }
                for contact in [&pc.phone, &pc.email] {
                    if !contact.trim().is_empty() {
                        lines.push(contact.trim().to_owned());
                    }
                }
                if let Some(aware) = pc.aware_of_referral {
                    lines.push(format!("Knows about the referral: {}", aware.label()));
                }
                rows.add(
                    at(&format!("parents_carers[{i}].name")),
                    format!("Parent or carer {}", i + 1),
                    Some(lines.join("\n")),
                );
            }
            if h.parents_carers.is_empty() {
                rows.add(at("parents_carers"), "Parents or carers", None);
            }
            if under_18 == Some(false) {
                rows.choice(
                    at("lives_with_or_cares_for_children"),
                    "Does the person live with, or care for, children?",
                    h.lives_with_or_cares_for_children,
                );
            }
            rows.choice(
                at("known_to_social_care"),
                "Is the person or family known to social care?",
                h.known_to_social_care,
            );
            rows.text(
                at("other_family_details"),
                "Other family or household details",
                &h.other_family_details,
            );
        }
        SectionId::Concerns => {
            let c = &r.concerns;
            rows.text(at("description"), "Describe your concerns", &c.description);
            rows.multi(
                at("ideologies"),
                "What kind of concern is it?",
                &c.ideologies,
            );
            if c.ideologies.contains(&Ideology::Other) {
                rows.text(
                    at("ideology_other"),
                    "Describe the other concern",
                    &c.ideology_other,
                );
            }
            rows.choice(at("source"), "How do you know?", c.source);
            rows.date(
                at("first_noticed_on"),
                "When did you first notice this?",
                &c.first_noticed_on,
            );
            rows.date(
                at("most_recent_on"),
                "When was the most recent incident?",
                &c.most_recent_on,
            );
            rows.choice(
                at("immediate_risk"),
                "Is anyone at immediate risk of harm?",
                c.immediate_risk,
            );
            if c.immediate_risk == Some(Tri::Yes) {
                rows.add(
                    at("police_called"),
                    "I have called 999",
                    Some(if c.police_called { "Yes" } else { "No" }.to_owned()),
                );
            }
            rows.choice(
                at("weapons_access"),
                "Do they have access to weapons?",
                c.weapons_access,
            );
            if c.weapons_access == Some(Tri::Yes) {
                rows.text(
                    at("weapons_details"),
                    "Tell us about the weapons",
                    &c.weapons_details,
                );
            }
            rows.choice(
                at("travel"),
                "Have they travelled, or talked of travelling, to a conflict zone?",
                c.travel,
            );
            if c.travel == Some(Tri::Yes) {
                rows.text(
                    at("travel_details"),
                    "Tell us about the travel",
                    &c.travel_details,
                );
            }
            rows.text(
                at("online_activity"),
                "Worrying online activity",
                &c.online_activity,
            );
        }
        SectionId::Needs => {
            let n = &r.needs;
            rows.multi(
                at("factors"),
                "Is anything in their life making them vulnerable?",
                &n.factors,
            );
            if n.factors.iter().any(|f| *f != NeedFactor::NoneKnown) {
                rows.text(at("details"), "Tell us about these needs", &n.details);
            }
            rows.text(
                at("if_unmet"),
                "What may happen if these needs are not met?",
                &n.if_unmet,
            );
        }
        SectionId::OtherInformation => {
            let o = &r.other_information;
            for (i, a) in o.agencies.iter().enumerate() {
                let kind = a.kind.map(|k| k.label()).unwrap_or("Kind not given");
                let mut lines = vec![format!("{} ({kind})", a.name.trim())];
                for extra in [&a.contact, &a.details] {
                    if !extra.trim().is_empty() {
                        lines.push(extra.trim().to_owned());
                    }
                }
                rows.add(
                    at(&format!("agencies[{i}].name")),
                    format!("Agency {}", i + 1),
                    Some(lines.join("\n")),
                );
            }
            if o.agencies.is_empty() {
                rows.add(at("agencies"), "Other agencies or professionals", None);
            }
            rows.choice(
                at("safeguarding_referral"),
                "Have you also made a safeguarding referral?",
                o.safeguarding_referral,
            );
            if o.safeguarding_referral == Some(SafeguardingReferral::Yes) {
                rows.text(
                    at("safeguarding_reference"),
                    "Its reference",
                    &o.safeguarding_reference,
                );
            }
            rows.choice(
                at("armed_forces"),
                "Are they serving in, or have they served in, the armed forces?",
                o.armed_forces,
            );
            if o.armed_forces == Some(Tri::Yes) {
                rows.text(at("service_number"), "Service number", &o.service_number);
            }
            rows.text(at("other"), "Anything else we should know", &o.other);
        }
        SectionId::Referrer => {
            let f = &r.referrer;
            rows.text(at("name"), "Your full name", &f.name);
            rows.text(at("role"), "Your job title", &f.role);
            rows.text(at("organisation"), "Your organisation", &f.organisation);
            rows.choice(at("sector"), "Your sector", f.sector);
            rows.text(
                at("relationship_to_person"),
                "How do you know the person?",
                &f.relationship_to_person,
            );
            rows.text(at("phone"), "Your work telephone", &f.phone);
            rows.text(at("email"), "Your work email", &f.email);
            rows.address(at("address"), "Your work address", &f.address);
            rows.choice(
                at("available_to_discuss"),
                "Can the Prevent team contact you?",
                f.available_to_discuss,
            );
        }
        SectionId::Actions => {
            let a = &r.actions;
            rows.choice(
                at("discussed_with_lead"),
                "Have you discussed this with your safeguarding or Prevent lead?",
                a.discussed_with_lead,
            );
            if a.discussed_with_lead == Some(YesNo::Yes) {
                rows.text(at("lead_name"), "Their name", &a.lead_name);
                rows.text(at("lead_outcome"), "What did you agree?", &a.lead_outcome);
            }
            rows.choice(
                at("person_aware"),
                "Does the person know about this referral?",
                a.person_aware,
            );
            match a.person_aware {
                Some(Tri::Yes) => rows.text(
                    at("person_response"),
                    "How did they respond?",
                    &a.person_response,
                ),
                Some(Tri::No) => rows.text(
                    at("person_not_told_reason"),
                    "Why have they not been told?",
                    &a.person_not_told_reason,
                ),
                _ => {}
            }
            if under_18 == Some(true) {
                rows.choice(
                    at("parents_aware"),
                    "Do their parents or carers know?",
                    a.parents_aware,
                );
                match a.parents_aware {
                    Some(Tri::Yes) => rows.text(
                        at("parents_response"),
                        "How did their parents or carers respond?",
                        &a.parents_response,
                    ),
                    Some(Tri::No) => rows.text(
                        at("parents_not_told_reason"),
                        "Why have their parents or carers not been told?",
                        &a.parents_not_told_reason,
                    ),
                    _ => {}
                }
            }
            rows.text(at("taken"), "What has been done so far, and why?", &a.taken);
        }
    }
    rows.0
}
