# Managed settings: what an organisation's IT team sets for every user of
# a PC (src/policy). Names such as OrganisationName are the registry's and
# the file's, and stay in English in every language.

## Why a policy was not used (each is one sentence; they are joined)
policy-refused = The settings your organisation made for this computer ({ $source }) were not used: { $problems } Until they are corrected, a copy is made only encrypted for a team; everything else works as usual. Tell your IT team, so that they can correct them.
policy-unknown-name = { $name } is not a setting this program knows.
policy-twice = { $name } is set twice.
policy-bad-postcode = { $name } “{ $value }” is not a UK postcode.
policy-not-one-of = { $name } is “{ $value }”, which is not one of: { $choices }.
policy-wrong-type = { $name } is { $found }, but must be { $wanted }.
policy-control-characters = { $name } holds control characters.
policy-too-long =
    { $max ->
        [one] { $name } is longer than { $max } character.
       *[other] { $name } is longer than { $max } characters.
    }
policy-team-name = The team “{ $team }”
policy-team-no-name = A team has no name.
policy-team-bad-key = The key of the team “{ $team }” is not an age public key ({ $why }).
policy-team-twice = The team “{ $team }” is listed twice.
policy-key-twice = The team “{ $team }” has the same key as a team listed before it: exports for one would go to the other.
policy-breaks-the-form = { $name } is not an answer the form accepts: { $why }.
policy-more-problems = …and { $count } more (prevent-referral policy lists them).
policy-too-many-teams =
    { $max ->
        [one] More than { $max } team is listed.
       *[other] More than { $max } teams are listed.
    }
policy-file-unreadable = The file could not be read ({ $why }). Everyone must be able to read it (chmod 644), and the folders above it (chmod 755).
policy-file-not-file = It is not a file.
policy-file-owner = { $place } belongs to another account (user id { $uid }); it must belong to root.
policy-file-writable = Other accounts can change { $place } (mode { $mode }); only root may (chmod go-w).
policy-file-too-large = The file is larger than { $max } KB.
policy-file-not-text = The file is not UTF-8 text.
policy-file-syntax = Line { $line } of the file is not valid TOML: { $why }.
policy-registry-unreadable = The registry key could not be read ({ $why }).

## Where the person sees a setting they cannot change
policy-set-by-organisation = Set by your organisation. Ask your IT team if it is wrong.
policy-team-locked = set by your organisation
policy-settings-intro = Some settings are made by your organisation for everyone on this computer, and cannot be changed here: they are marked “set by your organisation”.
policy-language = Your organisation chose { $language } as the language to start in. You can still switch with “Cymraeg / English” at the top.
policy-no-unencrypted = Your organisation's settings on this computer do not allow a copy that is not encrypted. Tick a team, or ask your IT team.
policy-no-unencrypted-no-teams = Your organisation's settings on this computer do not allow a copy that is not encrypted, and no team is set up to encrypt for. Add your police Prevent team's key in Settings, or ask your IT team.

## prevent-referral policy
cli-policy-none = No managed settings: there is nothing at { $source }.
cli-policy-in-force = Managed settings in force, from { $source }:
cli-policy-refused = The managed settings at { $source } are not used, because:
cli-policy-refused-exit = (exit 1: the settings are ignored as a whole, and no copy that is not encrypted is made, until they are corrected)
cli-policy-team = Police Prevent team: { $team } ({ $key })
cli-policy-organisation = Organisation: { $value }
cli-policy-sector = Sector: { $value }
cli-policy-address = Address: { $value }
cli-policy-language = Language to start in: { $value }
cli-policy-unencrypted-allowed = Unencrypted exports and PDF copies: allowed
cli-policy-unencrypted-refused = Unencrypted exports and PDF copies: not allowed
cli-policy-renderer = Renderer: { $value }
cli-policy-nothing-set = (the key or file is there, but sets nothing)
cli-policy-refused-no-plain = Your organisation's managed settings ({ $source }) could not be used (prevent-referral policy says why), so no copy that is not encrypted is made until they are corrected: give --recipient with the police Prevent team's age public key, or tell your IT team.
cli-policy-no-unencrypted = Your organisation does not allow copies that are not encrypted ({ $source }): give --recipient with the police Prevent team's age public key.
