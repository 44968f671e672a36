//! 2. Family, parents and carers.

use super::*;

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
pub const LIVES_WITH_CHILDREN: Question = when_age(
    ask(
        "referral.household.lives_with_or_cares_for_children",
        "household-lives_with_or_cares_for_children",
        TRI,
        Required,
    ),
    "the person is 18 or over",
    |f| Household::asks_lives_with_or_cares_for_children(f.under_18()),
);
pub const KNOWN_TO_SOCIAL_CARE: Question = ask(
    "referral.household.known_to_social_care",
    "household-known_to_social_care",
    TRI,
    Required,
);
pub const STATUTORY_STATUS: Question = added_in(
    hinted(
        ask(
            "referral.household.statutory_status",
            "household-statutory_status",
            Kind::Choice(StatutoryStatus::LIST),
            Required,
        ),
        "household-statutory_status-hint",
    ),
    2,
);
pub const SOCIAL_WORKER_NAME: Question = added_in(
    when(
        ask(
            "referral.household.social_worker_name",
            "household-social_worker_name",
            TEXT,
            Optional,
        ),
        "`statutory_status` is `child_in_need`, `child_protection_plan`, `looked_after` or `care_leaver`",
        |f| f.referral.household.asks_social_worker(),
    ),
    2,
);
pub const SOCIAL_WORKER_CONTACT: Question = added_in(
    hinted(
        when(
            ask(
                "referral.household.social_worker_contact",
                "household-social_worker_contact",
                TEXT,
                Optional,
            ),
            "`statutory_status` is `child_in_need`, `child_protection_plan`, `looked_after` or `care_leaver`",
            |f| f.referral.household.asks_social_worker(),
        ),
        "household-social_worker_contact-hint",
    ),
    2,
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
    STATUTORY_STATUS,
    SOCIAL_WORKER_NAME,
    SOCIAL_WORKER_CONTACT,
    OTHER_FAMILY_DETAILS,
];
