//! Every closed list of answers in the form, with the id used in files and
//! the words shown to the user.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A closed list of answers, so that readers and widgets can be written once
/// for all of them.
pub trait Choice: Copy + Ord + 'static {
    /// Every answer, in the order the form lists them.
    const ALL: &'static [Self];
    const LIST: ChoiceList;
    fn id(self) -> &'static str;
    fn label(self) -> &'static str;
    fn from_id(id: &str) -> Option<Self>;
}

/// The name and answer ids of a choice list, for the form definition and
/// the field reference. An answer's words are the message `LIST-ID`
/// (`gender-male`) in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoiceList {
    pub name: &'static str,
    pub ids: &'static [&'static str],
}

impl ChoiceList {
    /// The message id of one answer's words.
    pub fn message_id(&self, id: &str) -> String {
        format!("{}-{id}", self.name)
    }
}

/// Declares a choice list: an enum whose serde form is the form's id (docs/FORM-REFERENCE.md), with
/// `ALL` in the listed order, `id()`, and `label()` from the catalogue.
macro_rules! choices {
    ($(#[$meta:meta])* $name:ident $list:literal { $($variant:ident = $id:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        #[cfg_attr(test, derive(proptest_derive::Arbitrary))]
        pub enum $name {
            $(#[serde(rename = $id)] #[schemars(rename = $id)] $variant,)+
        }

        impl $name {
            /// Every answer, in the order the form lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The list's name and ids.
            pub const LIST: ChoiceList = ChoiceList { name: $list, ids: &[$($id),+] };

            /// The id written in drafts and exports.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// The words shown to the user, in the current language.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => crate::i18n::t(concat!($list, "-", $id)),)+ }
            }

            /// The answer with this id, if there is one.
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl Choice for $name {
            const ALL: &'static [Self] = $name::ALL;
            const LIST: ChoiceList = $name::LIST;
            fn id(self) -> &'static str { $name::id(self) }
            fn label(self) -> &'static str { $name::label(self) }
            fn from_id(id: &str) -> Option<Self> { $name::from_id(id) }
        }
    };
}

choices! {
    /// Yes, no or not known.
    Tri "tri" {
        Yes = "yes";
        No = "no";
        NotKnown = "not_known";
    }
}

choices! {
    /// A plain yes or no.
    YesNo "yes_no" {
        Yes = "yes";
        No = "no";
    }
}

choices! {
    Gender "gender" {
        Male = "male";
        Female = "female";
        Other = "other";
        NotKnown = "not_known";
    }
}

choices! {
    OccupationStatus "occupation_status" {
        School = "school";
        CollegeOrUniversity = "college_or_university";
        Employed = "employed";
        SelfEmployed = "self_employed";
        NotInEducationOrWork = "not_in_education_or_work";
        Other = "other";
        NotKnown = "not_known";
    }
}

impl OccupationStatus {
    /// The statuses for which the school, college or employer must be named.
    pub fn needs_provider(self) -> bool {
        matches!(
            self,
            Self::School | Self::CollegeOrUniversity | Self::Employed
        )
    }
}

choices! {
    AddressStatus "address_status" {
        Known = "known";
        NoFixedAbode = "no_fixed_abode";
        NotKnown = "not_known";
    }
}

choices! {
    Ideology "ideology" {
        Islamist = "islamist";
        ExtremeRightWing = "extreme_right_wing";
        LeftWingAnarchistSingleIssue = "left_wing_anarchist_single_issue";
        SchoolMassacre = "school_massacre";
        ExtremeViolence = "extreme_violence";
        Incel = "incel";
        MixedUnclearUnstable = "mixed_unclear_unstable";
        Conflicted = "conflicted";
        NoIdeology = "no_ideology";
        Other = "other";
        NotKnown = "not_known";
    }
}

impl Ideology {
    /// Answers that cannot be given together with any other.
    pub fn is_exclusive(self) -> bool {
        matches!(self, Self::NotKnown | Self::NoIdeology)
    }
}

choices! {
    /// The person's ethnic group, in the five groups of the 2021 Census
    /// (optional, special-category data).
    Ethnicity "ethnicity" {
        Asian = "asian";
        Black = "black";
        Mixed = "mixed";
        White = "white";
        Other = "other";
        NotKnown = "not_known";
        PreferNotToSay = "prefer_not_to_say";
    }
}

choices! {
    /// The person's religion, as the 2021 Census asks it (optional,
    /// special-category data).
    Religion "religion" {
        NoReligion = "no_religion";
        Christian = "christian";
        Buddhist = "buddhist";
        Hindu = "hindu";
        Jewish = "jewish";
        Muslim = "muslim";
        Sikh = "sikh";
        Other = "other";
        NotKnown = "not_known";
        PreferNotToSay = "prefer_not_to_say";
    }
}

choices! {
    /// The lawful basis for sharing the referral (UK GDPR Article 6).
    LawfulBasis "lawful_basis" {
        PublicTask = "public_task";
        Consent = "consent";
        NotSure = "not_sure";
    }
}

choices! {
    /// Special educational needs or a disability.
    SendStatus "send" {
        Known = "known";
        Suspected = "suspected";
        No = "no";
        NotKnown = "not_known";
    }
}

choices! {
    /// An education, health and care plan.
    Ehcp "ehcp" {
        Yes = "yes";
        BeingAssessed = "being_assessed";
        No = "no";
        NotKnown = "not_known";
    }
}

choices! {
    /// Statutory support from children's social care, the highest level in
    /// place now.
    StatutoryStatus "statutory_status" {
        EarlyHelp = "early_help";
        ChildInNeed = "child_in_need";
        ChildProtectionPlan = "child_protection_plan";
        LookedAfter = "looked_after";
        CareLeaver = "care_leaver";
        None = "none";
        NotKnown = "not_known";
    }
}

impl StatutoryStatus {
    /// The statuses that come with a social worker.
    pub fn has_social_worker(self) -> bool {
        matches!(
            self,
            Self::ChildInNeed | Self::ChildProtectionPlan | Self::LookedAfter | Self::CareLeaver
        )
    }
}

choices! {
    /// Who made an earlier Prevent referral.
    ReferredBy "referred_by" {
        ThisOrganisation = "this_organisation";
        AnotherOrganisation = "another_organisation";
        NotKnown = "not_known";
    }
}

choices! {
    Source "source" {
        FirstHand = "first_hand";
        ReportedToMe = "reported_to_me";
        Both = "both";
    }
}

choices! {
    /// What in their life may make them vulnerable (`needs.factors`).
    NeedFactor "need_factor" {
        MentalHealth = "mental_health";
        Neurodiversity = "neurodiversity";
        SpecialEducationalNeeds = "special_educational_needs";
        LearningDisability = "learning_disability";
        PhysicalHealth = "physical_health";
        SubstanceMisuse = "substance_misuse";
        Isolation = "isolation";
        Bullying = "bullying";
        FamilyConflict = "family_conflict";
        DomesticAbuse = "domestic_abuse";
        Bereavement = "bereavement";
        Exploitation = "exploitation";
        Identity = "identity";
        Grievance = "grievance";
        OnlineHarms = "online_harms";
        Criminality = "criminality";
        LookedAfter = "looked_after";
        NotInEducationOrWork = "not_in_education_or_work";
        Other = "other";
        NoneKnown = "none_known";
    }
}

choices! {
    SafeguardingReferral "safeguarding_referral" {
        Yes = "yes";
        No = "no";
        NotNeeded = "not_needed";
    }
}

choices! {
    AgencyKind "agency_kind" {
        ChildrensSocialCare = "childrens_social_care";
        AdultSocialCare = "adult_social_care";
        Health = "health";
        MentalHealth = "mental_health";
        YouthJustice = "youth_justice";
        Probation = "probation";
        Police = "police";
        Education = "education";
        Housing = "housing";
        VoluntarySector = "voluntary_sector";
        Other = "other";
    }
}

choices! {
    Sector "sector" {
        School = "school";
        FurtherEducation = "further_education";
        HigherEducation = "higher_education";
        EarlyYears = "early_years";
        Health = "health";
        LocalAuthority = "local_authority";
        ChildrensSocialCare = "childrens_social_care";
        AdultSocialCare = "adult_social_care";
        Police = "police";
        Probation = "probation";
        Prison = "prison";
        YouthJustice = "youth_justice";
        Housing = "housing";
        VoluntaryCommunity = "voluntary_community";
        Other = "other";
    }
}

/// Sorts a multi-choice answer into the listed order and drops repeats,
/// as the export requires.
pub fn in_listed_order<T: Ord + Copy>(items: &[T]) -> Vec<T> {
    let mut out = items.to_vec();
    out.sort_unstable();
    out.dedup();
    out
}
