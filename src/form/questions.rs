//! The questions of each section, in the order the form asks them. Field
//! for field as in docs/FORM-REFERENCE.md (generated from this file).

use super::{Asked, Facts, Kind, Need, Question};
use crate::model::*;

/// A question asked every time.
const fn ask(path: &'static str, id: &'static str, kind: Kind, need: Need) -> Question {
    Question {
        path,
        id,
        hint: None,
        kind,
        need,
        asked: Asked::Always,
    }
}

const fn hinted(q: Question, hint: &'static str) -> Question {
    Question {
        hint: Some(hint),
        ..q
    }
}

const fn when(q: Question, when: &'static str, test: fn(&Facts<'_>) -> bool) -> Question {
    Question {
        asked: Asked::When { when, test },
        ..q
    }
}

use Need::{Optional, Required, RequiredWhen};

const TRI: Kind = Kind::Tri;
const TEXT: Kind = Kind::Text;
const LONG: Kind = Kind::LongText;

// 1. About the person.

pub const GIVEN_NAMES: Question = ask(
    "referral.person.given_names",
    "person-given_names",
    TEXT,
    Required,
);
pub const FAMILY_NAME: Question = ask(
    "referral.person.family_name",
    "person-family_name",
    TEXT,
    Required,
);
pub const OTHER_NAME: Question = ask("", "person-other_names-entry", TEXT, Required);
pub const OTHER_NAMES: Question = ask(
    "referral.person.other_names",
    "person-other_names",
    Kind::List {
        max: 20,
        item: "person-other_names-item",
        entry: &[OTHER_NAME],
    },
    Optional,
);
pub const DATE_OF_BIRTH: Question = hinted(
    ask(
        "referral.person.date_of_birth",
        "person-date_of_birth",
        Kind::Date,
        RequiredWhen("no age is given"),
    ),
    "person-date_of_birth-hint",
);
pub const ESTIMATED_AGE: Question = hinted(
    ask(
        "referral.person.estimated_age",
        "person-estimated_age",
        Kind::Age,
        RequiredWhen("no date of birth is given"),
    ),
    "person-estimated_age-hint",
);
pub const PLACE_OF_BIRTH: Question = ask(
    "referral.person.place_of_birth",
    "person-place_of_birth",
    TEXT,
    Optional,
);
pub const GENDER: Question = ask(
    "referral.person.gender",
    "person-gender",
    Kind::Choice(Gender::LIST),
    Required,
);
pub const GENDER_DESCRIPTION: Question = when(
    ask(
        "referral.person.gender_description",
        "person-gender_description",
        TEXT,
        Optional,
    ),
    "gender is `other`",
    |f| f.referral.person.asks_gender_description(),
);
pub const ADDRESS: Question = ask(
    "referral.person.address",
    "person-address",
    Kind::Address { status: true },
    Required,
);
pub const PREVIOUS_ADDRESS: Question = ask(
    "",
    "person-previous_addresses-entry",
    Kind::Address { status: false },
    Required,
);
pub const PREVIOUS_ADDRESSES: Question = ask(
    "referral.person.previous_addresses",
    "person-previous_addresses",
    Kind::List {
        max: 10,
        item: "person-previous_addresses-item",
        entry: &[PREVIOUS_ADDRESS],
    },
    Optional,
);
pub const PHONE_NUMBER: Question = hinted(
    ask("", "person-phone_numbers-entry", Kind::Phone, Required),
    "person-phone_numbers-entry-hint",
);
pub const PHONE_NUMBERS: Question = ask(
    "referral.person.phone_numbers",
    "person-phone_numbers",
    Kind::List {
        max: 10,
        item: "person-phone_numbers-item",
        entry: &[PHONE_NUMBER],
    },
    Optional,
);
pub const EMAIL_ADDRESS: Question = ask("", "person-email_addresses-entry", Kind::Email, Required);
pub const EMAIL_ADDRESSES: Question = ask(
    "referral.person.email_addresses",
    "person-email_addresses",
    Kind::List {
        max: 10,
        item: "person-email_addresses-item",
        entry: &[EMAIL_ADDRESS],
    },
    Optional,
);
pub const NATIONALITY: Question = ask(
    "referral.person.nationality",
    "person-nationality",
    TEXT,
    Optional,
);
pub const IMMIGRATION_STATUS: Question = ask(
    "referral.person.immigration_status",
    "person-immigration_status",
    TEXT,
    Optional,
);
pub const FIRST_LANGUAGE: Question = ask(
    "referral.person.first_language",
    "person-first_language",
    TEXT,
    Optional,
);
pub const INTERPRETER_NEEDED: Question = ask(
    "referral.person.interpreter_needed",
    "person-interpreter_needed",
    TRI,
    Required,
);
pub const OCCUPATION_STATUS: Question = ask(
    "referral.person.occupation.status",
    "person-occupation-status",
    Kind::Choice(OccupationStatus::LIST),
    Required,
);
pub const OCCUPATION_PROVIDER: Question = ask(
    "referral.person.occupation.provider",
    "person-occupation-provider",
    TEXT,
    RequiredWhen("status is `school`, `college_or_university` or `employed`"),
);
pub const ONLINE_PLATFORM: Question = ask(
    "platform",
    "person-online_identities-platform",
    TEXT,
    Required,
);
pub const ONLINE_HANDLE: Question =
    ask("handle", "person-online_identities-handle", TEXT, Required);
pub const ONLINE_IDENTITIES: Question = hinted(
    ask(
        "referral.person.online_identities",
        "person-online_identities",
        Kind::List {
            max: 20,
            item: "person-online_identities-item",
            entry: &[ONLINE_PLATFORM, ONLINE_HANDLE],
        },
        Optional,
    ),
    "person-online_identities-hint",
);

pub const PERSON: &[Question] = &[
    GIVEN_NAMES,
    FAMILY_NAME,
    OTHER_NAMES,
    DATE_OF_BIRTH,
    ESTIMATED_AGE,
    PLACE_OF_BIRTH,
    GENDER,
    GENDER_DESCRIPTION,
    ADDRESS,
    PREVIOUS_ADDRESSES,
    PHONE_NUMBERS,
    EMAIL_ADDRESSES,
    NATIONALITY,
    IMMIGRATION_STATUS,
    FIRST_LANGUAGE,
    INTERPRETER_NEEDED,
    OCCUPATION_STATUS,
    OCCUPATION_PROVIDER,
    ONLINE_IDENTITIES,
];

// 2. Family, parents and carers.

pub const PARENT_NAME: Question = ask("name", "household-parents_carers-name", TEXT, Required);
pub const PARENT_RELATIONSHIP: Question = hinted(
    ask(
        "relationship",
        "household-parents_carers-relationship",
        TEXT,
        Required,
    ),
    "household-parents_carers-relationship-hint",
);
pub const PARENT_RESPONSIBILITY: Question = ask(
    "parental_responsibility",
    "household-parents_carers-parental_responsibility",
    TRI,
    Required,
);
pub const PARENT_SAME_ADDRESS: Question = ask(
    "same_address_as_person",
    "household-parents_carers-same_address_as_person",
    Kind::Tick,
    Optional,
);
pub const PARENT_ADDRESS: Question = when(
    ask(
        "address",
        "household-parents_carers-address",
        Kind::Address { status: true },
        Required,
    ),
    "they do not live at the person's address",
    |f| {
        f.entry
            .and_then(|i| f.referral.household.parents_carers.get(i))
            .is_some_and(ParentCarer::asks_address)
    },
);
pub const PARENT_PHONE: Question = ask(
    "phone",
    "household-parents_carers-phone",
    Kind::Phone,
    Optional,
);
pub const PARENT_EMAIL: Question = ask(
    "email",
    "household-parents_carers-email",
    Kind::Email,
    Optional,
);
pub const PARENT_AWARE: Question = ask(
    "aware_of_referral",
    "household-parents_carers-aware_of_referral",
    TRI,
    Required,
);
pub const PARENTS_CARERS: Question = hinted(
    ask(
        "referral.household.parents_carers",
        "household-parents_carers",
        Kind::List {
            max: 6,
            item: "household-parents_carers-item",
            entry: &[
                PARENT_NAME,
                PARENT_RELATIONSHIP,
                PARENT_RESPONSIBILITY,
                PARENT_SAME_ADDRESS,
                PARENT_ADDRESS,
                PARENT_PHONE,
                PARENT_EMAIL,
                PARENT_AWARE,
            ],
        },
        RequiredWhen("the person is under 18: at least one"),
    ),
    "household-parents_carers-hint",
);
pub const LIVES_WITH_CHILDREN: Question = when(
    ask(
        "referral.household.lives_with_or_cares_for_children",
        "household-lives_with_or_cares_for_children",
        TRI,
        Required,
    ),
    "the person is 18 or over",
    |f| Household::asks_lives_with_or_cares_for_children(f.under_18),
);
pub const KNOWN_TO_SOCIAL_CARE: Question = ask(
    "referral.household.known_to_social_care",
    "household-known_to_social_care",
    TRI,
    Required,
);
pub const OTHER_FAMILY_DETAILS: Question = hinted(
    ask(
        "referral.household.other_family_details",
        "household-other_family_details",
        LONG,
        Optional,
    ),
    "household-other_family_details-hint",
);

pub const HOUSEHOLD: &[Question] = &[
    PARENTS_CARERS,
    LIVES_WITH_CHILDREN,
    KNOWN_TO_SOCIAL_CARE,
    OTHER_FAMILY_DETAILS,
];

// 3. Your concerns.

pub const DESCRIPTION: Question = hinted(
    ask(
        "referral.concerns.description",
        "concerns-description",
        LONG,
        Required,
    ),
    "concerns-description-hint",
);
pub const IDEOLOGIES: Question = hinted(
    ask(
        "referral.concerns.ideologies",
        "concerns-ideologies",
        Kind::Multi(Ideology::LIST),
        Required,
    ),
    "concerns-ideologies-hint",
);
pub const IDEOLOGY_OTHER: Question = when(
    ask(
        "referral.concerns.ideology_other",
        "concerns-ideology_other",
        TEXT,
        Required,
    ),
    "`other` is chosen",
    |f| f.referral.concerns.asks_ideology_other(),
);
pub const SOURCE: Question = ask(
    "referral.concerns.source",
    "concerns-source",
    Kind::Choice(Source::LIST),
    Required,
);
pub const FIRST_NOTICED_ON: Question = ask(
    "referral.concerns.first_noticed_on",
    "concerns-first_noticed_on",
    Kind::Date,
    Optional,
);
pub const MOST_RECENT_ON: Question = ask(
    "referral.concerns.most_recent_on",
    "concerns-most_recent_on",
    Kind::Date,
    Optional,
);
pub const IMMEDIATE_RISK: Question = ask(
    "referral.concerns.immediate_risk",
    "concerns-immediate_risk",
    TRI,
    Required,
);
pub const POLICE_CALLED: Question = when(
    ask(
        "referral.concerns.police_called",
        "concerns-police_called",
        Kind::Tick,
        Required,
    ),
    "`immediate_risk` is `yes`; must be true",
    |f| f.referral.concerns.asks_police_called(),
);
pub const WEAPONS_ACCESS: Question = ask(
    "referral.concerns.weapons_access",
    "concerns-weapons_access",
    TRI,
    Required,
);
pub const WEAPONS_DETAILS: Question = when(
    ask(
        "referral.concerns.weapons_details",
        "concerns-weapons_details",
        LONG,
        Required,
    ),
    "`weapons_access` is `yes`",
    |f| f.referral.concerns.asks_weapons_details(),
);
pub const TRAVEL: Question = ask("referral.concerns.travel", "concerns-travel", TRI, Required);
pub const TRAVEL_DETAILS: Question = when(
    ask(
        "referral.concerns.travel_details",
        "concerns-travel_details",
        LONG,
        Required,
    ),
    "`travel` is `yes`",
    |f| f.referral.concerns.asks_travel_details(),
);
pub const ONLINE_ACTIVITY: Question = hinted(
    ask(
        "referral.concerns.online_activity",
        "concerns-online_activity",
        LONG,
        Optional,
    ),
    "concerns-online_activity-hint",
);

pub const CONCERNS: &[Question] = &[
    DESCRIPTION,
    IDEOLOGIES,
    IDEOLOGY_OTHER,
    SOURCE,
    FIRST_NOTICED_ON,
    MOST_RECENT_ON,
    IMMEDIATE_RISK,
    POLICE_CALLED,
    WEAPONS_ACCESS,
    WEAPONS_DETAILS,
    TRAVEL,
    TRAVEL_DETAILS,
    ONLINE_ACTIVITY,
];

// 4. Complex needs and susceptibility.

pub const FACTORS: Question = hinted(
    ask(
        "referral.needs.factors",
        "needs-factors",
        Kind::Multi(NeedFactor::LIST),
        Required,
    ),
    "needs-factors-hint",
);
pub const NEEDS_DETAILS: Question = hinted(
    when(
        ask("referral.needs.details", "needs-details", LONG, Required),
        "any factor other than `none_known` is chosen",
        |f| f.referral.needs.asks_details(),
    ),
    "needs-details-hint",
);
pub const IF_UNMET: Question = ask("referral.needs.if_unmet", "needs-if_unmet", LONG, Optional);

pub const NEEDS: &[Question] = &[FACTORS, NEEDS_DETAILS, IF_UNMET];

// 5. Other agencies and information.

pub const AGENCY_KIND: Question = ask(
    "kind",
    "other_information-agencies-kind",
    Kind::Choice(AgencyKind::LIST),
    Required,
);
pub const AGENCY_NAME: Question = ask("name", "other_information-agencies-name", TEXT, Required);
pub const AGENCY_CONTACT: Question = ask(
    "contact",
    "other_information-agencies-contact",
    TEXT,
    Optional,
);
pub const AGENCY_DETAILS: Question = ask(
    "details",
    "other_information-agencies-details",
    LONG,
    Optional,
);
pub const AGENCIES: Question = ask(
    "referral.other_information.agencies",
    "other_information-agencies",
    Kind::List {
        max: 20,
        item: "other_information-agencies-item",
        entry: &[AGENCY_KIND, AGENCY_NAME, AGENCY_CONTACT, AGENCY_DETAILS],
    },
    Optional,
);
pub const SAFEGUARDING_REFERRAL: Question = ask(
    "referral.other_information.safeguarding_referral",
    "other_information-safeguarding_referral",
    Kind::Choice(SafeguardingReferral::LIST),
    Required,
);
pub const SAFEGUARDING_REFERENCE: Question = when(
    ask(
        "referral.other_information.safeguarding_reference",
        "other_information-safeguarding_reference",
        TEXT,
        Optional,
    ),
    "`safeguarding_referral` is `yes`",
    |f| f.referral.other_information.asks_safeguarding_reference(),
);
pub const ARMED_FORCES: Question = ask(
    "referral.other_information.armed_forces",
    "other_information-armed_forces",
    TRI,
    Required,
);
pub const SERVICE_NUMBER: Question = when(
    ask(
        "referral.other_information.service_number",
        "other_information-service_number",
        TEXT,
        Optional,
    ),
    "`armed_forces` is `yes`",
    |f| f.referral.other_information.asks_service_number(),
);
pub const OTHER: Question = ask(
    "referral.other_information.other",
    "other_information-other",
    LONG,
    Optional,
);

pub const OTHER_INFORMATION: &[Question] = &[
    AGENCIES,
    SAFEGUARDING_REFERRAL,
    SAFEGUARDING_REFERENCE,
    ARMED_FORCES,
    SERVICE_NUMBER,
    OTHER,
];

// 6. About you.

pub const REFERRER_NAME: Question = ask("referral.referrer.name", "referrer-name", TEXT, Required);
pub const REFERRER_ROLE: Question = ask("referral.referrer.role", "referrer-role", TEXT, Required);
pub const REFERRER_ORGANISATION: Question = ask(
    "referral.referrer.organisation",
    "referrer-organisation",
    TEXT,
    Required,
);
pub const REFERRER_SECTOR: Question = ask(
    "referral.referrer.sector",
    "referrer-sector",
    Kind::Choice(Sector::LIST),
    Required,
);
pub const REFERRER_RELATIONSHIP: Question = hinted(
    ask(
        "referral.referrer.relationship_to_person",
        "referrer-relationship_to_person",
        TEXT,
        Required,
    ),
    "referrer-relationship_to_person-hint",
);
pub const REFERRER_PHONE: Question = hinted(
    ask(
        "referral.referrer.phone",
        "referrer-phone",
        Kind::Phone,
        Required,
    ),
    "referrer-phone-hint",
);
pub const REFERRER_EMAIL: Question = ask(
    "referral.referrer.email",
    "referrer-email",
    Kind::Email,
    Required,
);
pub const REFERRER_ADDRESS: Question = ask(
    "referral.referrer.address",
    "referrer-address",
    Kind::Address { status: true },
    Optional,
);
pub const AVAILABLE_TO_DISCUSS: Question = ask(
    "referral.referrer.available_to_discuss",
    "referrer-available_to_discuss",
    Kind::YesNo,
    Required,
);

pub const REFERRER: &[Question] = &[
    REFERRER_NAME,
    REFERRER_ROLE,
    REFERRER_ORGANISATION,
    REFERRER_SECTOR,
    REFERRER_RELATIONSHIP,
    REFERRER_PHONE,
    REFERRER_EMAIL,
    REFERRER_ADDRESS,
    AVAILABLE_TO_DISCUSS,
];

// 7. What you have done so far.

pub const DISCUSSED_WITH_LEAD: Question = hinted(
    ask(
        "referral.actions.discussed_with_lead",
        "actions-discussed_with_lead",
        Kind::YesNo,
        Required,
    ),
    "actions-discussed_with_lead-hint",
);
pub const LEAD_NAME: Question = when(
    ask(
        "referral.actions.lead_name",
        "actions-lead_name",
        TEXT,
        Required,
    ),
    "`discussed_with_lead` is `yes`",
    |f| f.referral.actions.asks_lead_details(),
);
pub const LEAD_OUTCOME: Question = when(
    ask(
        "referral.actions.lead_outcome",
        "actions-lead_outcome",
        LONG,
        Required,
    ),
    "`discussed_with_lead` is `yes`",
    |f| f.referral.actions.asks_lead_details(),
);
pub const PERSON_AWARE: Question = ask(
    "referral.actions.person_aware",
    "actions-person_aware",
    TRI,
    Required,
);
pub const PERSON_RESPONSE: Question = when(
    ask(
        "referral.actions.person_response",
        "actions-person_response",
        LONG,
        Required,
    ),
    "`person_aware` is `yes`",
    |f| f.referral.actions.asks_person_response(),
);
pub const PERSON_NOT_TOLD_REASON: Question = when(
    ask(
        "referral.actions.person_not_told_reason",
        "actions-person_not_told_reason",
        LONG,
        Required,
    ),
    "`person_aware` is `no`",
    |f| f.referral.actions.asks_person_not_told_reason(),
);
pub const PARENTS_AWARE: Question = when(
    ask(
        "referral.actions.parents_aware",
        "actions-parents_aware",
        TRI,
        Required,
    ),
    "the person is under 18",
    |f| Actions::asks_parents_aware(f.under_18),
);
pub const PARENTS_RESPONSE: Question = when(
    ask(
        "referral.actions.parents_response",
        "actions-parents_response",
        LONG,
        Required,
    ),
    "under 18 and `parents_aware` is `yes`",
    |f| f.referral.actions.asks_parents_response(f.under_18),
);
pub const PARENTS_NOT_TOLD_REASON: Question = when(
    ask(
        "referral.actions.parents_not_told_reason",
        "actions-parents_not_told_reason",
        LONG,
        Required,
    ),
    "under 18 and `parents_aware` is `no`",
    |f| f.referral.actions.asks_parents_not_told_reason(f.under_18),
);
pub const TAKEN: Question = hinted(
    ask("referral.actions.taken", "actions-taken", LONG, Required),
    "actions-taken-hint",
);

pub const ACTIONS: &[Question] = &[
    DISCUSSED_WITH_LEAD,
    LEAD_NAME,
    LEAD_OUTCOME,
    PERSON_AWARE,
    PERSON_RESPONSE,
    PERSON_NOT_TOLD_REASON,
    PARENTS_AWARE,
    PARENTS_RESPONSE,
    PARENTS_NOT_TOLD_REASON,
    TAKEN,
];

// 8. Check your answers and declaration.

pub const CONFIRMED: Question = ask(
    "referral.declaration.confirmed",
    "declaration-confirmed",
    Kind::Tick,
    Required,
);
pub const REFERRAL_DATE: Question = hinted(
    ask(
        "referral.declaration.referral_date",
        "declaration-referral_date",
        Kind::Date,
        Required,
    ),
    "declaration-referral_date-hint",
);

pub const DECLARATION: &[Question] = &[CONFIRMED, REFERRAL_DATE];
