//! 5. Other agencies and information, and 6. About you.

use super::*;

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
