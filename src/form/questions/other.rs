//! 5. Other agencies and information, and 6. About you.

use super::*;

pub const EARLIER_PREVENT: Question = added_in(
    hinted(
        ask(
            "referral.other_information.earlier_prevent",
            "other_information-earlier_prevent",
            TRI,
            Required,
        ),
        "other_information-earlier_prevent-hint",
    ),
    2,
);
pub const EARLIER_WHEN: Question = hinted(
    ask(
        "when",
        "other_information-earlier_referrals-when",
        TEXT,
        Required,
    ),
    "other_information-earlier_referrals-when-hint",
);
pub const EARLIER_BY: Question = ask(
    "by",
    "other_information-earlier_referrals-by",
    Kind::Choice(ReferredBy::LIST),
    Required,
);
pub const EARLIER_ORGANISATION: Question = ask(
    "organisation",
    "other_information-earlier_referrals-organisation",
    TEXT,
    Optional,
);
pub const EARLIER_OUTCOME: Question = hinted(
    ask(
        "outcome",
        "other_information-earlier_referrals-outcome",
        LONG,
        Optional,
    ),
    "other_information-earlier_referrals-outcome-hint",
);
pub const EARLIER_REFERENCE: Question = ask(
    "reference",
    "other_information-earlier_referrals-reference",
    TEXT,
    Optional,
);
pub const EARLIER_REFERRALS: Question = added_in(
    when(
        ask(
            "referral.other_information.earlier_referrals",
            "other_information-earlier_referrals",
            Kind::List {
                max: 20,
                item: "other_information-earlier_referrals-item",
                entry: &[
                    EARLIER_WHEN,
                    EARLIER_BY,
                    EARLIER_ORGANISATION,
                    EARLIER_OUTCOME,
                    EARLIER_REFERENCE,
                ],
            },
            Required,
        ),
        "`earlier_prevent` is `yes`; at least one",
        |f| f.referral.other_information.asks_earlier_referrals(),
    ),
    2,
);

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
/// Asked of everyone until 1.3; from 1.3 (edition 2026.2) not of a person
/// known to be under 16, who cannot have served (the walk of 2026-12 found
/// it asked of a 14-year-old).
pub const ARMED_FORCES: Question = when_age(
    ask(
        "referral.other_information.armed_forces",
        "other_information-armed_forces",
        TRI,
        Required,
    ),
    "the person is 16 or over, or their age is not known (from 1.3; asked of everyone before)",
    |f| f.may_be_16_or_over(),
);
pub const SERVICE_NUMBER: Question = when(
    ask(
        "referral.other_information.service_number",
        "other_information-service_number",
        TEXT,
        Optional,
    ),
    "`armed_forces` is asked and is `yes`",
    |f| f.may_be_16_or_over() && f.referral.other_information.asks_service_number(),
);
pub const OTHER: Question = ask(
    "referral.other_information.other",
    "other_information-other",
    LONG,
    Optional,
);

pub const OTHER_INFORMATION: &[Question] = &[
    EARLIER_PREVENT,
    EARLIER_REFERRALS,
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
/// A switchboard's extension, apart from the number so the export keeps
/// the number in E.164 (from 1.3, edition 2026.2).
pub const REFERRER_PHONE_EXTENSION: Question = added_in(
    hinted(
        ask(
            "referral.referrer.phone_extension",
            "referrer-phone_extension",
            Kind::Extension,
            Optional,
        ),
        "referrer-phone_extension-hint",
    ),
    3,
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
    REFERRER_PHONE_EXTENSION,
    REFERRER_EMAIL,
    REFERRER_ADDRESS,
    AVAILABLE_TO_DISCUSS,
];
