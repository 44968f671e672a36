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
