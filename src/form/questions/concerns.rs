//! 3. Your concerns, and 4. Complex needs and susceptibility.

use super::*;

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
pub const VIOLENCE: Question = added_in(
    hinted(
        ask(
            "referral.concerns.violence",
            "concerns-violence",
            TRI,
            Required,
        ),
        "concerns-violence-hint",
    ),
    2,
);
pub const VIOLENCE_DETAILS: Question = added_in(
    hinted(
        when(
            ask(
                "referral.concerns.violence_details",
                "concerns-violence_details",
                LONG,
                Required,
            ),
            "`violence` is `yes`",
            |f| f.referral.concerns.asks_violence_details(),
        ),
        "concerns-violence_details-hint",
    ),
    2,
);
pub const CARRIES_WEAPON: Question = added_in(
    hinted(
        ask(
            "referral.concerns.carries_weapon",
            "concerns-carries_weapon",
            TRI,
            Required,
        ),
        "concerns-carries_weapon-hint",
    ),
    2,
);
pub const CARRIES_WEAPON_DETAILS: Question = added_in(
    hinted(
        when(
            ask(
                "referral.concerns.carries_weapon_details",
                "concerns-carries_weapon_details",
                LONG,
                Required,
            ),
            "`carries_weapon` is `yes`",
            |f| f.referral.concerns.asks_carries_weapon_details(),
        ),
        "concerns-carries_weapon_details-hint",
    ),
    2,
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

pub const OWN_WORDS: Question = added_in(
    hinted(
        ask(
            "referral.concerns.own_words",
            "concerns-own_words",
            LONG,
            Optional,
        ),
        "concerns-own_words-hint",
    ),
    2,
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
    VIOLENCE,
    VIOLENCE_DETAILS,
    CARRIES_WEAPON,
    CARRIES_WEAPON_DETAILS,
    ONLINE_ACTIVITY,
    OWN_WORDS,
];

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

pub const EXCLUSIONS: Question = added_in(
    hinted(
        ask(
            "referral.needs.exclusions",
            "needs-exclusions",
            TRI,
            Required,
        ),
        "needs-exclusions-hint",
    ),
    2,
);
pub const EXCLUSION_DETAILS: Question = added_in(
    when(
        ask(
            "referral.needs.exclusion_details",
            "needs-exclusion_details",
            LONG,
            Required,
        ),
        "`exclusions` is `yes`",
        |f| f.referral.needs.asks_exclusion_details(),
    ),
    2,
);

pub const SEND: Question = added_in(
    hinted(
        ask(
            "referral.needs.send",
            "needs-send",
            Kind::Choice(SendStatus::LIST),
            Required,
        ),
        "needs-send-hint",
    ),
    2,
);
pub const EHCP: Question = added_in(
    when(
        ask(
            "referral.needs.ehcp",
            "needs-ehcp",
            Kind::Choice(Ehcp::LIST),
            Required,
        ),
        "`send` is `known` or `suspected`",
        |f| f.referral.needs.asks_send_details(),
    ),
    2,
);
pub const DIAGNOSIS: Question = added_in(
    when(
        ask(
            "referral.needs.diagnosis",
            "needs-diagnosis",
            TEXT,
            Optional,
        ),
        "`send` is `known` or `suspected`",
        |f| f.referral.needs.asks_send_details(),
    ),
    2,
);
pub const ADJUSTMENTS: Question = added_in(
    hinted(
        when(
            ask(
                "referral.needs.adjustments",
                "needs-adjustments",
                LONG,
                Optional,
            ),
            "`send` is `known` or `suspected`",
            |f| f.referral.needs.asks_send_details(),
        ),
        "needs-adjustments-hint",
    ),
    2,
);

pub const NEEDS: &[Question] = &[
    FACTORS,
    NEEDS_DETAILS,
    IF_UNMET,
    EXCLUSIONS,
    EXCLUSION_DETAILS,
    SEND,
    EHCP,
    DIAGNOSIS,
    ADJUSTMENTS,
];
