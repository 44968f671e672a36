### The form: sections, questions, hints, answers and the rules' messages.
### A question's id is its path with dots as dashes and without
### "referral." (referral.person.given_names is person-given_names); its
### hint is ID-hint and its messages ID-enter, ID-too-long and so on.
### docs/FORM-REFERENCE.md lists every question with its id.

## Sections, as the task list shows them.

section-start = Before you start
section-person = About the person
section-household = Family, parents and carers
section-concerns = Your concerns
section-needs = Complex needs and susceptibility
section-other_information = Other agencies and information
section-referrer = About you
section-actions = What you have done so far
section-declaration = Check your answers and declaration

## Messages shared by every question of a kind.

rules-phone-format = Enter a telephone number, like 020 7946 0000 or +44 7400 123456
rules-phone-extension-apart = Put the extension, { $extension }, in the box for the extension, and only the number here
rules-phone-drama = 07700 900 numbers are kept for television and radio drama and cannot be rung: enter a real telephone number
rules-phone-extension = Enter the telephone number without the extension ({ $extension })
rules-email-format = Enter an email address in the correct format, like name@example.com
rules-email-too-long = Email address must be 254 characters or fewer

## Addresses: the same parts for every address on the form.

address-status = Is the address known?
address-line = Address line { $number }
address-line-enter = Enter the first line of the address
address-line-too-long = Address line { $number } must be 200 characters or fewer
address-lines-too-many = Give at most 4 address lines
address-add-line = Add another address line
address-add-line-name = { $name }: add another address line
address-town = Town or city
address-town-too-long = Town or city must be 200 characters or fewer
address-postcode = Postcode
address-postcode-enter = Enter the postcode
address-postcode-format = Enter a UK postcode, like SW1A 1AA
address-postcode-too-long = Postcode must be 200 characters or fewer
address-country = Country
address-country-enter = Enter the country
address-country-too-long = Country must be 200 characters or fewer
address-heading = Address
address-heading-within = { $within }: { $label }

## 1. About the person

person-given_names = Given name(s)
person-given_names-enter = Enter the person's given names
person-given_names-too-long = Given names must be 200 characters or fewer
person-family_name = Family name
person-family_name-enter = Enter the person's family name
person-family_name-too-long = Family name must be 200 characters or fewer
person-other_names = Other names or aliases
person-other_names-too-many = Give at most 20 other names or aliases
person-other_names-item = Other name
person-other_names-entry = Name
person-other_names-entry-enter = Enter the other name, or remove it
person-other_names-entry-too-long = An other name must be 200 characters or fewer
person-date_of_birth = Date of birth
person-date_of_birth-hint = For example, 27 3 2011. Leave blank if you do not know it and give their age instead.
person-date_of_birth-enter = Enter the date of birth, or their age if you do not know it
person-date_of_birth-incomplete = Date of birth must include a day, month and year
person-date_of_birth-real = Enter a real date of birth
person-date_of_birth-past = Date of birth must be in the past
person-date_of_birth-too-old = Date of birth must be no more than 120 years ago
person-estimated_age = Age, if date of birth is not known
person-estimated_age-hint = In years. Your best estimate is fine.
person-estimated_age-format = Enter the age as a whole number from 0 to 120
person-estimated_age-not-both = Give the date of birth or an age, not both: clear the age if you know the date of birth
person-place_of_birth = Place of birth
person-place_of_birth-too-long = Place of birth must be 200 characters or fewer
person-gender = Gender
person-gender-enter = Select the person's gender
person-gender_description = How they describe their gender
person-gender_description-too-long = How they describe their gender must be 200 characters or fewer
person-address = Current address
person-address-status-enter = Select whether the person's address is known
person-previous_addresses = Other known addresses
person-previous_addresses-too-many = Give at most 10 other known addresses
person-previous_addresses-item = Other address
person-previous_addresses-entry = Address
person-phone_numbers = Telephone numbers
person-phone_numbers-too-many = Give at most 10 telephone numbers
person-phone_numbers-item = Telephone number
person-phone_numbers-entry = Number
person-phone_numbers-entry-hint = For example, 07400 123456 or +44 20 7946 0000
person-phone_numbers-entry-enter = Enter the telephone number, or remove it
person-email_addresses = Email addresses
person-email_addresses-too-many = Give at most 10 email addresses
person-email_addresses-item = Email address
person-email_addresses-entry = Email
person-email_addresses-entry-enter = Enter the email address, or remove it
person-nationality = Nationality or citizenship
person-nationality-too-long = Nationality or citizenship must be 200 characters or fewer
person-immigration_status = Immigration or asylum status, if relevant
person-immigration_status-too-long = Immigration or asylum status must be 200 characters or fewer
person-first_language = First language
person-first_language-too-long = First language must be 200 characters or fewer
person-interpreter_needed = Do they need an interpreter?
person-interpreter_needed-enter = Select whether they need an interpreter
person-ethnicity = Their ethnic group
person-ethnicity-hint = Asked so that the Prevent team can check that its work reaches every community fairly. It is never required: leave it, or choose "Prefer not to say".
person-religion = Their religion
person-religion-hint = Asked for the same reason, and never required. Religion is not a concern in itself: say in your concerns what worries you.
person-occupation-status = Education or work
person-occupation-status-enter = Select whether they are in education or work
person-occupation-provider = Name of school, college or employer
person-occupation-provider-enter = Enter the name of the school, college or employer
person-occupation-provider-too-long = Name of the school, college or employer must be 200 characters or fewer
person-online_identities = Social media and online accounts
person-online_identities-hint = For example, gaming, messaging and video sites
person-online_identities-too-many = Give at most 20 online accounts
person-online_identities-item = Online account
person-online_identities-platform = Platform or site
person-online_identities-platform-enter = Enter the platform, like Instagram
person-online_identities-platform-too-long = Platform must be 200 characters or fewer
person-online_identities-handle = Account name or handle
person-online_identities-handle-enter = Enter the account name or handle
person-online_identities-handle-too-long = Account name must be 200 characters or fewer

## 2. Family, parents and carers

household-parents_carers = Parents or carers
household-parents_carers-hint = If the person is under 18, give at least one parent or carer.
household-parents_carers-hint-child = The person is under 18: give at least one parent or carer.
household-parents_carers-hint-adult = Give any carer or family member the Prevent team should know about.
household-parents_carers-enter = Add at least one parent or carer: the person is under 18
household-parents_carers-too-many = Give at most 6 parents or carers
household-parents_carers-item = Parent or carer
household-parents_carers-name = Full name
household-parents_carers-name-enter = Enter the parent's or carer's name
household-parents_carers-name-too-long = Name must be 200 characters or fewer
household-parents_carers-relationship = Relationship to the person
household-parents_carers-relationship-hint = For example, mother, foster carer
household-parents_carers-relationship-enter = Enter their relationship to the person
household-parents_carers-relationship-too-long = Relationship must be 200 characters or fewer
household-parents_carers-parental_responsibility = Do they have parental responsibility?
household-parents_carers-parental_responsibility-enter = Select whether they have parental responsibility
household-parents_carers-same_address_as_person = They live at the same address as the person
household-parents_carers-address = Their address
household-parents_carers-address-status-enter = Select whether the parent's or carer's address is known
household-parents_carers-phone = Telephone
household-parents_carers-email = Email
household-parents_carers-aware_of_referral = Do they know about this referral?
household-parents_carers-aware_of_referral-enter = Select whether they know about this referral
household-lives_with_or_cares_for_children = Does the person live with, or care for, children?
household-lives_with_or_cares_for_children-enter = Select whether the person lives with, or cares for, children
household-lives_with_or_cares_for_children-warning = A children's safeguarding referral may also be needed. Follow your organisation's safeguarding procedure.
household-known_to_social_care = Is the person or family known to social care?
household-known_to_social_care-enter = Select whether the person or family is known to social care
household-statutory_status = What support from children's social care is in place now?
household-statutory_status-hint = Choose the highest level in place now. For an adult, choose "Care leaver" if that applies, or "None".
household-statutory_status-enter = Select what support from children's social care is in place now
household-social_worker_name = Their social worker's name, if there is one
household-social_worker_name-too-long = The social worker's name must be 200 characters or fewer
household-social_worker_contact = The social worker's telephone or email
household-social_worker_contact-hint = So that the Prevent team can speak to them
household-social_worker_contact-too-long = The social worker's contact details must be 200 characters or fewer
household-other_family_details = Other family or household details
household-other_family_details-hint = For example, brothers and sisters, and who they live with
household-other_family_details-too-long = Other family or household details must be 50,000 characters or fewer

## 3. Your concerns

concerns-description = Describe your concerns
concerns-description-hint =
    Tell us:
    • how the person came to your notice
    • whether it was a specific event or a build-up over time
    • any talk of travel to a conflict zone
    • any contact with worrying groups or people: who, and how often
    • any worrying online or phone use, and how you know
    • any threats or wishes to harm: to whom, when, and the exact words used
    • any interest in hate crime, extremists, terrorists, school shooters, massacres or attacks on public figures
concerns-description-enter = Describe your concerns
concerns-description-too-long = The description of your concerns must be 50,000 characters or fewer
concerns-ideologies = What kind of concern is it?
concerns-ideologies-hint = Select all that apply. “Not known” and “No ideology” go on their own.
concerns-ideologies-enter = Select what kind of concern it is
concerns-ideologies-exclusive = “{ $answer }” cannot be chosen with another kind of concern: untick one of them
concerns-ideology_other = Describe the other concern
concerns-ideology_other-enter = Describe the other concern
concerns-ideology_other-too-long = The other concern must be 200 characters or fewer
concerns-source = How do you know?
concerns-source-enter = Select how you know
concerns-first_noticed_on = When did you first notice this?
concerns-first_noticed_on-incomplete = The date you first noticed this must include a day, month and year
concerns-first_noticed_on-real = Enter a real date for when you first noticed this
concerns-first_noticed_on-not-future = The date you first noticed this must be today or in the past
concerns-most_recent_on = When was the most recent incident?
concerns-most_recent_on-incomplete = The date of the most recent incident must include a day, month and year
concerns-most_recent_on-real = Enter a real date for the most recent incident
concerns-most_recent_on-not-future = The date of the most recent incident must be today or in the past
concerns-most_recent_on-before-first = The most recent incident must be on or after the date you first noticed this
concerns-immediate_risk = Is anyone at immediate risk of harm?
concerns-immediate_risk-enter = Select whether anyone is at immediate risk of harm
concerns-immediate_risk-warning = Call 999 now. Tell the police what you have told us here, then come back and finish this referral.
concerns-police_called = I have called 999
concerns-police_called-enter = Call 999 now, then confirm that you have called 999
concerns-weapons_access = Do they have access to weapons?
concerns-weapons_access-enter = Select whether they have access to weapons
concerns-weapons_details = Tell us about the weapons
concerns-weapons_details-enter = Tell us about the weapons
concerns-weapons_details-too-long = The details of the weapons must be 50,000 characters or fewer
concerns-travel = Have they travelled, or talked of travelling, to a conflict zone?
concerns-travel-enter = Select whether they have travelled, or talked of travelling, to a conflict zone
concerns-travel_details = Tell us about the travel
concerns-travel_details-enter = Tell us about the travel
concerns-travel_details-too-long = The details of the travel must be 50,000 characters or fewer
concerns-violence = Have they been violent, or threatened violence, towards anyone?
concerns-violence-hint = In person, in writing or online, whatever the reason
concerns-violence-enter = Select whether they have been violent, or threatened violence, towards anyone
concerns-violence_details = Tell us about the violence or threats
concerns-violence_details-hint = Who it was towards, when, and what was done or said: their exact words if you know them
concerns-violence_details-enter = Tell us about the violence or threats
concerns-violence_details-too-long = The details of the violence or threats must be 50,000 characters or fewer
concerns-carries_weapon = Have they carried a knife or other weapon?
concerns-carries_weapon-hint = For example to school, or in public. This is separate from having access to weapons.
concerns-carries_weapon-enter = Select whether they have carried a knife or other weapon
concerns-carries_weapon_details = Tell us about the knife or weapon they carried
concerns-carries_weapon_details-hint = What it was, when and where, and what happened
concerns-carries_weapon_details-enter = Tell us about the knife or weapon they carried
concerns-carries_weapon_details-too-long = The details of the knife or weapon must be 50,000 characters or fewer
concerns-online_activity = Worrying online activity
concerns-online_activity-hint = Sites, accounts and what you saw
concerns-online_activity-too-long = The description of online activity must be 50,000 characters or fewer
concerns-own_words = What they have said or written, in their own words
concerns-own_words-hint = Copy it exactly, with when and where it was said or written, if you can. Keep your own account in "Describe your concerns".
concerns-own_words-too-long = Their own words must be 50,000 characters or fewer

## 4. Complex needs and susceptibility

needs-factors = Is anything in their life making them vulnerable?
needs-factors-hint = Select all that apply, known or suspected: for example mental health, autism, bullying, being in care. Select “None known” on its own.
needs-factors-enter = Select what is making them vulnerable, or select “None known”
needs-factors-exclusive = “None known” cannot be chosen with another need: untick one of them
needs-details = Tell us about these needs
needs-details-hint = Say whether each is known or suspected, and what support they get now.
needs-details-enter = Tell us about these needs
needs-details-too-long = The details of these needs must be 50,000 characters or fewer
needs-if_unmet = What may happen if these needs are not met?
needs-if_unmet-too-long = What may happen if these needs are not met must be 50,000 characters or fewer
needs-exclusions = Have they been excluded or suspended from school or college?
needs-exclusions-hint = Including exclusions that are over, and from any school or college they attended
needs-exclusions-enter = Select whether they have been excluded or suspended from school or college
needs-exclusion_details = When, and why?
needs-exclusion_details-enter = Tell us when they were excluded or suspended, and why
needs-exclusion_details-too-long = The details of the exclusions must be 50,000 characters or fewer
needs-send = Do they have special educational needs or a disability?
needs-send-hint = Known (diagnosed or recorded) or suspected, including autism and ADHD. In Wales, additional learning needs (ALN).
needs-send-enter = Select whether they have special educational needs or a disability
needs-ehcp = Do they have an education, health and care plan (EHCP), or in Wales an individual development plan (IDP)?
needs-ehcp-enter = Select whether they have an education, health and care plan or an individual development plan
needs-diagnosis = Any diagnosis
needs-diagnosis-too-long = The diagnosis must be 200 characters or fewer
needs-adjustments = What helps them take part in a meeting?
needs-adjustments-hint = For example, a quiet room, a trusted adult present, written questions beforehand or extra time
needs-adjustments-too-long = What helps them take part must be 50,000 characters or fewer

## 5. Other agencies and information

other_information-earlier_prevent = Has this person been referred to Prevent before, or been involved with Prevent?
other_information-earlier_prevent-hint = Include referrals made by your organisation or by anyone else, even if they were closed with no further action. Earlier referrals together may show a pattern that no single one did.
other_information-earlier_prevent-enter = Select whether this person has been referred to Prevent before
other_information-earlier_referrals = Earlier Prevent referrals or involvement
other_information-earlier_referrals-enter = Add each earlier referral you know of, or change the answer above
other_information-earlier_referrals-too-many = Give at most 20 earlier referrals
other_information-earlier_referrals-item = Earlier referral
other_information-earlier_referrals-when = When was it?
other_information-earlier_referrals-when-hint = As exactly as you know it, for example March 2024, or about two years ago
other_information-earlier_referrals-when-enter = Enter when the earlier referral was made, as exactly as you know it
other_information-earlier_referrals-when-too-long = When must be 200 characters or fewer
other_information-earlier_referrals-by = Who made it?
other_information-earlier_referrals-by-enter = Select who made the earlier referral
other_information-earlier_referrals-organisation = Which organisation, if you know
other_information-earlier_referrals-organisation-too-long = Organisation must be 200 characters or fewer
other_information-earlier_referrals-outcome = What happened, if you know
other_information-earlier_referrals-outcome-hint = For example, closed with no further action, signposted to other support, or adopted by Channel
other_information-earlier_referrals-outcome-too-long = What happened must be 50,000 characters or fewer
other_information-earlier_referrals-reference = Its reference, if you know
other_information-earlier_referrals-reference-too-long = Reference must be 200 characters or fewer
other_information-agencies = Other agencies or professionals working with the person
other_information-agencies-too-many = Give at most 20 other agencies or professionals
other_information-agencies-item = Agency
other_information-agencies-kind = Kind of agency
other_information-agencies-kind-enter = Select the kind of agency
other_information-agencies-name = Name of the agency or professional
other_information-agencies-name-enter = Enter the name of the agency or professional
other_information-agencies-name-too-long = Name of the agency must be 200 characters or fewer
other_information-agencies-contact = Contact details
other_information-agencies-contact-too-long = Contact must be 200 characters or fewer
other_information-agencies-details = What they are doing
other_information-agencies-details-too-long = Details must be 50,000 characters or fewer
other_information-safeguarding_referral = Have you also made a safeguarding referral (for example to the MASH)?
other_information-safeguarding_referral-enter = Select whether you have also made a safeguarding referral
other_information-safeguarding_reference = Its reference
other_information-safeguarding_reference-too-long = Reference must be 200 characters or fewer
other_information-armed_forces = Are they serving in, or have they served in, the armed forces?
other_information-armed_forces-enter = Select whether they are serving in, or have served in, the armed forces
other_information-service_number = Service number, if known
other_information-service_number-too-long = Service number must be 200 characters or fewer
other_information-other = Anything else we should know
other_information-other-too-long = Anything else must be 50,000 characters or fewer

## 6. About you

referrer-intro = These are remembered on this computer as “My details” and filled in for your next referral. You can clear them from the File menu.
referrer-name = Your full name
referrer-name-enter = Enter your full name
referrer-name-too-long = Your full name must be 200 characters or fewer
referrer-role = Your job title
referrer-role-enter = Enter your job title
referrer-role-too-long = Your job title must be 200 characters or fewer
referrer-organisation = Your organisation
referrer-organisation-enter = Enter your organisation
referrer-organisation-too-long = Your organisation must be 200 characters or fewer
referrer-sector = Your sector
referrer-sector-enter = Select your sector
referrer-relationship_to_person = How do you know the person?
referrer-relationship_to_person-hint = For example, I am their head of year
referrer-relationship_to_person-enter = Enter how you know the person
referrer-relationship_to_person-too-long = How you know the person must be 200 characters or fewer
referrer-phone = Your work telephone
referrer-phone-hint = For example, 020 7946 0000 or +44 7400 123456
referrer-phone-enter = Enter your work telephone number
referrer-phone_extension = Extension
referrer-phone_extension-hint = If your work telephone has one, for example 210
referrer-phone_extension-digits = Enter the extension in numbers only, up to 6 of them, like 210
referrer-email = Your work email
referrer-email-enter = Enter your work email address
referrer-address = Your work address
referrer-address-status-enter = Select whether your work address is known
referrer-address-remove = Remove your work address
referrer-available_to_discuss = Can the Prevent team contact you to discuss the referral and agree support?
referrer-available_to_discuss-enter = Select whether the Prevent team can contact you to discuss the referral

## 7. What you have done so far

actions-discussed_with_lead = Have you discussed this with your safeguarding or Prevent lead?
actions-discussed_with_lead-hint = If you are the lead, answer yes.
actions-discussed_with_lead-enter = Select whether you have discussed this with your safeguarding or Prevent lead
actions-lead_name = Their name
actions-lead_name-enter = Enter your lead's name
actions-lead_name-too-long = Your lead's name must be 200 characters or fewer
actions-lead_outcome = What did you agree?
actions-lead_outcome-enter = Tell us what you agreed
actions-lead_outcome-too-long = What you agreed must be 50,000 characters or fewer
actions-person_aware = Does the person know about this referral?
actions-person_aware-enter = Select whether the person knows about this referral
actions-person_response = How did they respond?
actions-person_response-enter = Tell us how they responded
actions-person_response-too-long = How they responded must be 50,000 characters or fewer
actions-person_not_told_reason = Why have they not been told?
actions-person_not_told_reason-enter = Tell us why they have not been told
actions-person_not_told_reason-too-long = Why they have not been told must be 50,000 characters or fewer
actions-parents_aware = Do their parents or carers know?
actions-parents_aware-hint = As a family: “Yes” when those who care for them day to day know. What each one knows is under “Parents or carers” in section 2.
actions-parents_aware-enter = Select whether their parents or carers know about this referral
actions-parents_response = How did their parents or carers respond?
actions-parents_response-hint = For each parent or carer who knows about this referral (you said who under “Parents or carers” in section 2).
actions-parents_response-enter = Tell us how their parents or carers responded
actions-parents_response-too-long = How their parents or carers responded must be 50,000 characters or fewer
actions-parents_not_told_reason = Why have their parents or carers not been told?
actions-parents_not_told_reason-hint = For each parent or carer who does not know about this referral (you said who under “Parents or carers” in section 2).
actions-parents_not_told_reason-enter = Tell us why their parents or carers have not been told
actions-parents_not_told_reason-too-long = Why their parents or carers have not been told must be 50,000 characters or fewer
actions-taken = What has been done so far, and why?
actions-taken-hint = For each thing you did or decided, say why. The reasons for decisions matter as much as the decisions.
actions-taken-enter = Tell us what has been done so far, and why
actions-taken-too-long = What has been done so far must be 50,000 characters or fewer
actions-shared = What information have you shared, and with whom?
actions-shared-hint = Besides this referral: for example, with the safeguarding team, the police or another school
actions-shared-too-long = What you have shared must be 50,000 characters or fewer
actions-lawful_basis = What is your lawful basis for sharing this referral?
actions-lawful_basis-hint = Most referrals are shared as a public task, with the safeguarding condition for special-category data. Your data protection officer can advise.
actions-lawful_basis-enter = Select your lawful basis for sharing this referral
actions-lawful_basis-consent-not-sought = You chose consent as the lawful basis but did not seek consent: choose another basis, or change the answer about consent
actions-consent_sought = Did you seek the person's consent (or, for a child, their parent's or carer's) to share this referral?
actions-consent_sought-enter = Select whether you sought consent to share this referral
actions-consent_not_sought_reason = Why was consent not sought?
actions-consent_not_sought_reason-hint = For example, asking could increase the risk to the person or to others, or would alert someone who may be a risk. Write your reasons: the reviews ask for them.
actions-consent_not_sought_reason-enter = Tell us why consent was not sought
actions-consent_not_sought_reason-too-long = Why consent was not sought must be 50,000 characters or fewer

## 8. Check your answers and declaration

declaration-heading = Declaration
declaration-confirmed = The information is accurate to the best of my knowledge
declaration-confirmed-enter = Confirm that the information is accurate to the best of your knowledge
declaration-referral_date = Date of referral
declaration-referral_date-hint = Filled in with today's date when you confirm
declaration-referral_date-enter = Enter the date of referral
declaration-referral_date-incomplete = Date of referral must include a day, month and year
declaration-referral_date-real = Enter a real date of referral
declaration-referral_date-not-future = Date of referral must be today or in the past
declaration-referral_date-before-birth = Date of referral must be after the date of birth
declaration-export = Export referral

## The answers of each choice list: LIST-ID.

tri-yes = Yes
tri-no = No
tri-not_known = Not known
lawful_basis-public_task = Public task: UK GDPR Article 6(1)(e), with the Data Protection Act 2018 Schedule 1 safeguarding condition
lawful_basis-consent = Consent
lawful_basis-not_sure = I am not sure
send-known = Yes, known
send-suspected = Suspected
send-no = No
send-not_known = Not known
ehcp-yes = Yes
ehcp-being_assessed = Being assessed
ehcp-no = No
ehcp-not_known = Not known
statutory_status-early_help = Early help
statutory_status-child_in_need = Child in need
statutory_status-child_protection_plan = Child protection plan
statutory_status-looked_after = Looked after (in care)
statutory_status-care_leaver = Care leaver
statutory_status-none = None
statutory_status-not_known = Not known
referred_by-this_organisation = My organisation
referred_by-another_organisation = Another organisation or person
referred_by-not_known = Not known

yes_no-yes = Yes
yes_no-no = No

gender-male = Male
gender-female = Female
gender-other = They describe their gender another way
gender-not_known = Not known
ethnicity-asian = Asian or Asian British
ethnicity-black = Black, Black British, Caribbean or African
ethnicity-mixed = Mixed or multiple ethnic groups
ethnicity-white = White
ethnicity-other = Another ethnic group
ethnicity-not_known = Not known
ethnicity-prefer_not_to_say = Prefer not to say
religion-no_religion = No religion
religion-christian = Christian
religion-buddhist = Buddhist
religion-hindu = Hindu
religion-jewish = Jewish
religion-muslim = Muslim
religion-sikh = Sikh
religion-other = Another religion
religion-not_known = Not known
religion-prefer_not_to_say = Prefer not to say

occupation_status-school = At school
occupation_status-college_or_university = At college or university
occupation_status-employed = Employed
occupation_status-self_employed = Self-employed
occupation_status-not_in_education_or_work = Not in education or work
occupation_status-other = Other
occupation_status-not_known = Not known

address_status-known = Known address
address_status-no_fixed_abode = No fixed abode
address_status-not_known = Not known

ideology-islamist = Islamist
ideology-extreme_right_wing = Extreme right-wing
ideology-left_wing_anarchist_single_issue = Left-wing, anarchist or single-issue
ideology-school_massacre = Interest in school massacres
ideology-extreme_violence = Fascination with extreme violence or mass-casualty attacks (no ideology)
ideology-incel = Incel (involuntary celibate)
ideology-mixed_unclear_unstable = Mixed, unclear or unstable
ideology-conflicted = Conflicted
ideology-no_ideology = No ideology
ideology-other = Other
ideology-not_known = Not known

source-first_hand = I saw or heard it myself
source-reported_to_me = Someone reported it to me
source-both = Both

need_factor-mental_health = Mental health
need_factor-neurodiversity = Neurodiversity, such as autism or ADHD
need_factor-special_educational_needs = Special educational needs
need_factor-learning_disability = Learning disability
need_factor-physical_health = Physical health
need_factor-substance_misuse = Drug or alcohol misuse
need_factor-isolation = Isolation or loneliness
need_factor-bullying = Bullying
need_factor-family_conflict = Family conflict or breakdown
need_factor-domestic_abuse = Domestic abuse
need_factor-bereavement = Bereavement
need_factor-exploitation = Exploitation or grooming
need_factor-identity = Questions of identity or belonging
need_factor-grievance = A sense of grievance or injustice
need_factor-online_harms = Online harms
need_factor-criminality = Involvement in crime
need_factor-looked_after = Looked-after child or care leaver
need_factor-not_in_education_or_work = Not in education, employment or training
need_factor-other = Other
need_factor-none_known = None known

safeguarding_referral-yes = Yes
safeguarding_referral-no = No
safeguarding_referral-not_needed = Not needed

agency_kind-childrens_social_care = Children's social care
agency_kind-adult_social_care = Adult social care
agency_kind-health = Health
agency_kind-mental_health = Mental health services
agency_kind-youth_justice = Youth justice
agency_kind-probation = Probation
agency_kind-police = Police
agency_kind-education = Education
agency_kind-housing = Housing
agency_kind-voluntary_sector = Voluntary sector
agency_kind-other = Other

sector-school = School
sector-further_education = Further education
sector-higher_education = Higher education
sector-early_years = Early years
sector-health = Health
sector-local_authority = Local authority
sector-childrens_social_care = Children's social care
sector-adult_social_care = Adult social care
sector-police = Police
sector-probation = Probation
sector-prison = Prison
sector-youth_justice = Youth justice
sector-housing = Housing
sector-voluntary_community = Voluntary or community organisation
sector-other = Other


## How questions are shown.

question-optional = { $label } (optional)
question-error = Error: { $message }
date-hint = For example, 27 3 2011 or 27 March 2011
date-day = Day
date-month = Month
date-year = Year
multi-hint = Select all that apply
list-item-heading = { $item } { $number }
list-remove = Remove
list-remove-name = Remove { $name }
list-full = You have added the most allowed ({ $max }).

## The Add button of each repeatable group: ID-add while it is empty,
## ID-add-another after.

person-other_names-add = Add another name
person-other_names-add-another = Add another name
person-previous_addresses-add = Add another address
person-previous_addresses-add-another = Add another address
person-phone_numbers-add = Add a telephone number
person-phone_numbers-add-another = Add another telephone number
person-email_addresses-add = Add an email address
person-email_addresses-add-another = Add another email address
person-online_identities-add = Add an online account
person-online_identities-add-another = Add another online account
household-parents_carers-add = Add a parent or carer
household-parents_carers-add-another = Add another parent or carer
other_information-earlier_referrals-add = Add an earlier referral
other_information-earlier_referrals-add-another = Add another earlier referral
other_information-agencies-add = Add an agency
other_information-agencies-add-another = Add another agency

## The task list, the pages and "Check your answers".

task-list-title = Prevent referral
task-list-intro = Complete each section. You can do them in any order and save a draft at any time.
task-list-section = { $number }. { $title }
task-list-section-status = { $section }: { $status }
status-not-started = Not started
status-in-progress = In progress
status-completed = Completed
status-problem = There is a problem
summary-title = There is a problem
# A problem inside one entry of a list, in the error summary: "Parent or carer 2: Enter a telephone number…".
summary-in-entry = { $entry }: { $message }
summary-label =
    { $count ->
        [one] There is a problem: { $count } answer to fix
       *[other] There is a problem: { $count } answers to fix
    }
page-back-to-task-list = Back to the task list
page-continue = Continue
page-save-and-continue = Save and continue
page-back = Back
answers-not-provided = Not provided
answers-change = Change
answers-change-name = Change { $label }
answers-not-real-date = { $day } / { $month } / { $year } (not a real date)
answers-yes = Yes
answers-united-kingdom = United Kingdom
answers-no = No
answers-entry-line = { $label }: { $answer }

## Before you start

start-warning = If you think someone is in immediate danger, or a crime is being committed, call 999 now.
start-purpose-heading = What this form is for
start-purpose = Use this form to refer someone you are worried may be being drawn into terrorism or extremism to the police Prevent team. It does not mean they have done anything wrong: the Prevent team will look at what you send and decide, usually within days, whether to offer support through Channel.
start-own-words-heading = Use your own words
start-own-words = Say what you saw and heard, and how you know. Write down the exact words where you can. If you are not sure about something, say so.
start-detail-heading = Give as much detail as you can
start-detail = Tell us about everything that may make the person vulnerable, not only the concern itself, and why you decided what you did. The review behind this form found that missing needs and unrecorded reasons led to poor decisions.
start-where-heading = Where the form goes
start-where = When you export the referral, send the file to your local police Prevent team as your organisation's procedure says. The file is OFFICIAL-SENSITIVE: send it only by a secure route.
start-saving-heading = Saving your work
start-saving = You can save a draft at any time (Ctrl+S) and come back to it. Drafts hold personal information: keep them on your work computer only.
answers-entry-question = { $label } { $answer }
question-description = { $error }. { $hint }
referrer-address-no-fixed-abode = A work address cannot be “No fixed abode”: select whether your work address is known


## How a radio or checkbox is read out: the question, then the answer
## (egui has no radio groups to carry the question), after any heading the
## question sits under ("Parent or carer 1").

question-answer = { $question } { $answer }
question-answer-after-colon = { $question }: { $answer }
question-within = { $within }: { $question }
# A chrono format for a date among the answers: 14 March 2011
answers-date-format = %-d %B %Y

## After an export: the confirmation on "Check your answers".

exported-title = Referral exported
exported-file = The file is { $name }
exported-folder = It is in the folder { $folder }.
exported-open-folder = Open the folder
exported-plain = This copy is not encrypted: send it only by a secure route, such as your organisation's secure email.
exported-encrypted = It is encrypted for { $teams }: only they can open it.
exported-next-heading = What happens next
exported-next = Send the file to your local police Prevent team as your organisation's procedure says. The team will look at it, usually within days, and will contact you if they need to know more. Keep a record that you made the referral, and when.


## Characters that cannot be sent
rules-characters-cannot-be-sent = The answer to “{ $label }” has a character that cannot be sent ({ $code }) after “{ $before }”: a control character, or a hidden mark that changes the direction of the text. Delete it, or type the answer again.
rules-characters-cannot-be-sent-start = The answer to “{ $label }” starts with a character that cannot be sent ({ $code }): a control character, or a hidden mark that changes the direction of the text. Delete it, or type the answer again.
rules-invisible-character = The answer to “{ $label }” has a character that cannot be seen ({ $code }) after “{ $before }”. It would stop the answer matching the same words typed again. Delete it, or clear the box and type the answer again.
rules-invisible-character-start = The answer to “{ $label }” starts with a character that cannot be seen ({ $code }). It would stop the answer matching the same words typed again. Delete it, or clear the box and type the answer again.
rules-too-many-marks = The answer to “{ $label }” has { $count ->
        [one] one accent or mark
       *[other] { $count } accents or marks
    } on one letter, the last of “{ $before }”: no language writes more than a few. Delete them, or type the answer again.
rules-too-many-marks-start = The answer to “{ $label }” starts with { $count ->
        [one] one accent or mark
       *[other] { $count } accents or marks
    } on no letter: no language writes them so. Delete them, or type the answer again.
