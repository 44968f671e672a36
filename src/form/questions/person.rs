//! 1. About the person.

use super::*;

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
// Gone once a date of birth is typed; an age typed already stays in
// sight (with the message that only one is needed), never hidden.
pub const ESTIMATED_AGE: Question = when(
    hinted(
        ask(
            "referral.person.estimated_age",
            "person-estimated_age",
            Kind::Age,
            RequiredWhen("no date of birth is given"),
        ),
        "person-estimated_age-hint",
    ),
    "no date of birth is given, or an age is",
    |f| {
        f.referral.person.date_of_birth.is_blank()
            || !f.referral.person.estimated_age.trim().is_empty()
    },
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
pub const ETHNICITY: Question = added_in(
    hinted(
        ask(
            "referral.person.ethnicity",
            "person-ethnicity",
            Kind::Choice(Ethnicity::LIST),
            Optional,
        ),
        "person-ethnicity-hint",
    ),
    2,
);
pub const RELIGION: Question = added_in(
    hinted(
        ask(
            "referral.person.religion",
            "person-religion",
            Kind::Choice(Religion::LIST),
            Optional,
        ),
        "person-religion-hint",
    ),
    2,
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
    ETHNICITY,
    RELIGION,
    OCCUPATION_STATUS,
    OCCUPATION_PROVIDER,
    ONLINE_IDENTITIES,
];
