//! 7. What you have done so far, and 8. Check your answers and declaration.

use super::*;

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
/// Until 1.3 only: from 1.4 (edition 2026.3) the parents' awareness is
/// asked once, of each parent or carer in section 2 (the walk of 2026-12
/// found it asked twice). Not asked, it is sent as `null`.
pub const PARENTS_AWARE: Question = when_age(
    hinted(
        ask(
            "referral.actions.parents_aware",
            "actions-parents_aware",
            TRI,
            Required,
        ),
        "actions-parents_aware-hint",
    ),
    "the person is under 18 (until 1.3; from 1.4 not asked: each parent or carer's `aware_of_referral` in section 2 says it)",
    |f| f.minor < 4 && Actions::asks_parents_aware(f.under_18()),
);
pub const PARENTS_RESPONSE: Question = when_age(
    hinted(
        ask(
            "referral.actions.parents_response",
            "actions-parents_response",
            LONG,
            Required,
        ),
        "actions-parents_response-hint",
    ),
    "under 18 and a parent or carer knows: from 1.4 one of `household.parents_carers` has `aware_of_referral` `yes` (until 1.3, `parents_aware` is `yes`)",
    |f| f.parents_aware_is(Tri::Yes),
);
pub const PARENTS_NOT_TOLD_REASON: Question = when_age(
    hinted(
        ask(
            "referral.actions.parents_not_told_reason",
            "actions-parents_not_told_reason",
            LONG,
            Required,
        ),
        "actions-parents_not_told_reason-hint",
    ),
    "under 18 and a parent or carer does not know: from 1.4 one of `household.parents_carers` has `aware_of_referral` `no` (until 1.3, `parents_aware` is `no`)",
    |f| f.parents_aware_is(Tri::No),
);
pub const TAKEN: Question = hinted(
    ask("referral.actions.taken", "actions-taken", LONG, Required),
    "actions-taken-hint",
);
pub const SHARED: Question = added_in(
    hinted(
        ask("referral.actions.shared", "actions-shared", LONG, Optional),
        "actions-shared-hint",
    ),
    2,
);
pub const LAWFUL_BASIS: Question = added_in(
    hinted(
        ask(
            "referral.actions.lawful_basis",
            "actions-lawful_basis",
            Kind::Choice(LawfulBasis::LIST),
            Required,
        ),
        "actions-lawful_basis-hint",
    ),
    2,
);
pub const CONSENT_SOUGHT: Question = added_in(
    ask(
        "referral.actions.consent_sought",
        "actions-consent_sought",
        Kind::YesNo,
        Required,
    ),
    2,
);
pub const CONSENT_NOT_SOUGHT_REASON: Question = added_in(
    hinted(
        when(
            ask(
                "referral.actions.consent_not_sought_reason",
                "actions-consent_not_sought_reason",
                LONG,
                Required,
            ),
            "`consent_sought` is `no`",
            |f| f.referral.actions.asks_consent_not_sought_reason(),
        ),
        "actions-consent_not_sought_reason-hint",
    ),
    2,
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
    SHARED,
    LAWFUL_BASIS,
    CONSENT_SOUGHT,
    CONSENT_NOT_SOUGHT_REASON,
];

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
