//! Every closed list of answers in the form, with the id used in files and
//! the words shown to the user.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A closed list of answers, so that readers and widgets can be written once
/// for all of them.
pub trait Choice: Copy + Ord + 'static {
    /// Every answer, in the order the form lists them.
    const ALL: &'static [Self];
    fn id(self) -> &'static str;
    fn label(self) -> &'static str;
    fn from_id(id: &str) -> Option<Self>;
}

/// Declares a choice list: an enum whose serde form is the FORM.md id, with
/// `ALL` in the listed order, `id()` and `label()`.
macro_rules! choices {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        #[cfg_attr(test, derive(proptest_derive::Arbitrary))]
        pub enum $name {
            $(#[serde(rename = $id)] #[schemars(rename = $id)] $variant,)+
        }

        impl $name {
            /// Every answer, in the order the form lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id written in drafts and exports.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// The words shown to the user.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// The answer with this id, if there is one.
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl Choice for $name {
            const ALL: &'static [Self] = $name::ALL;
            fn id(self) -> &'static str { $name::id(self) }
            fn label(self) -> &'static str { $name::label(self) }
            fn from_id(id: &str) -> Option<Self> { $name::from_id(id) }
        }
    };
}

choices! {
    /// Yes, no or not known.
    Tri {
        Yes = "yes", "Yes";
        No = "no", "No";
        NotKnown = "not_known", "Not known";
    }
}

choices! {
    /// A plain yes or no.
    YesNo {
        Yes = "yes", "Yes";
        No = "no", "No";
    }
}

choices! {
    Gender {
        Male = "male", "Male";
        Female = "female", "Female";
        Other = "other", "They describe their gender another way";
        NotKnown = "not_known", "Not known";
    }
}

choices! {
    OccupationStatus {
        School = "school", "At school";
        CollegeOrUniversity = "college_or_university", "At college or university";
        Employed = "employed", "Employed";
        SelfEmployed = "self_employed", "Self-employed";
        NotInEducationOrWork = "not_in_education_or_work", "Not in education or work";
        Other = "other", "Other";
        NotKnown = "not_known", "Not known";
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
    AddressStatus {
        Known = "known", "Known address";
        NoFixedAbode = "no_fixed_abode", "No fixed abode";
        NotKnown = "not_known", "Not known";
    }
}

choices! {
    Ideology {
        Islamist = "islamist", "Islamist";
        ExtremeRightWing = "extreme_right_wing", "Extreme right-wing";
        LeftWingAnarchistSingleIssue = "left_wing_anarchist_single_issue", "Left-wing, anarchist or single-issue";
        SchoolMassacre = "school_massacre", "Interest in school massacres";
        Incel = "incel", "Incel (involuntary celibate)";
        MixedUnclearUnstable = "mixed_unclear_unstable", "Mixed, unclear or unstable";
        Conflicted = "conflicted", "Conflicted";
        NoIdeology = "no_ideology", "No ideology";
        Other = "other", "Other";
        NotKnown = "not_known", "Not known";
    }
}

impl Ideology {
    /// Answers that cannot be given together with any other.
    pub fn is_exclusive(self) -> bool {
        matches!(self, Self::NotKnown | Self::NoIdeology)
    }
}

choices! {
    Source {
        FirstHand = "first_hand", "I saw or heard it myself";
        ReportedToMe = "reported_to_me", "Someone reported it to me";
        Both = "both", "Both";
    }
}

choices! {
    /// What in their life may make them vulnerable (`needs.factors`).
    NeedFactor {
        MentalHealth = "mental_health", "Mental health";
        Neurodiversity = "neurodiversity", "Neurodiversity, such as autism or ADHD";
        SpecialEducationalNeeds = "special_educational_needs", "Special educational needs";
        LearningDisability = "learning_disability", "Learning disability";
        PhysicalHealth = "physical_health", "Physical health";
        SubstanceMisuse = "substance_misuse", "Drug or alcohol misuse";
        Isolation = "isolation", "Isolation or loneliness";
        Bullying = "bullying", "Bullying";
        FamilyConflict = "family_conflict", "Family conflict or breakdown";
        DomesticAbuse = "domestic_abuse", "Domestic abuse";
        Bereavement = "bereavement", "Bereavement";
        Exploitation = "exploitation", "Exploitation or grooming";
        Identity = "identity", "Questions of identity or belonging";
        Grievance = "grievance", "A sense of grievance or injustice";
        OnlineHarms = "online_harms", "Online harms";
        Criminality = "criminality", "Involvement in crime";
        LookedAfter = "looked_after", "Looked-after child or care leaver";
        NotInEducationOrWork = "not_in_education_or_work", "Not in education, employment or training";
        Other = "other", "Other";
        NoneKnown = "none_known", "None known";
    }
}

choices! {
    SafeguardingReferral {
        Yes = "yes", "Yes";
        No = "no", "No";
        NotNeeded = "not_needed", "Not needed";
    }
}

choices! {
    AgencyKind {
        ChildrensSocialCare = "childrens_social_care", "Children's social care";
        AdultSocialCare = "adult_social_care", "Adult social care";
        Health = "health", "Health";
        MentalHealth = "mental_health", "Mental health services";
        YouthJustice = "youth_justice", "Youth justice";
        Probation = "probation", "Probation";
        Police = "police", "Police";
        Education = "education", "Education";
        Housing = "housing", "Housing";
        VoluntarySector = "voluntary_sector", "Voluntary sector";
        Other = "other", "Other";
    }
}

choices! {
    Sector {
        School = "school", "School";
        FurtherEducation = "further_education", "Further education";
        HigherEducation = "higher_education", "Higher education";
        EarlyYears = "early_years", "Early years";
        Health = "health", "Health";
        LocalAuthority = "local_authority", "Local authority";
        ChildrensSocialCare = "childrens_social_care", "Children's social care";
        AdultSocialCare = "adult_social_care", "Adult social care";
        Police = "police", "Police";
        Probation = "probation", "Probation";
        Prison = "prison", "Prison";
        YouthJustice = "youth_justice", "Youth justice";
        Housing = "housing", "Housing";
        VoluntaryCommunity = "voluntary_community", "Voluntary or community organisation";
        Other = "other", "Other";
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
