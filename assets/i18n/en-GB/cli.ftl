## The command line's help and usage errors (src/cli/help.rs).
## cli-help-PATH: a command's summary (PATH is the command's words joined
## with "-"); cli-help-PATH-long: the fuller text --help shows.
## cli-arg-PATH-ARG (or cli-arg-COMMAND-ARG, or cli-arg-ARG when shared):
## an option or argument. cli-value-NAME: the placeholder for a value, as
## the help texts name it (FILE, DIR, ...). Option names (--out) and the
## values they take (email, online-form) are the same in every language.

cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options

cli-value-file = FILE
cli-value-dir = DIR
cli-value-renderer = RENDERER
cli-value-language = LANGUAGE
cli-value-keyfile = KEYFILE
cli-value-out-pdf = OUT.pdf
cli-value-age-public-key = AGE_PUBLIC_KEY
cli-value-yyyy-mm-dd = YYYY-MM-DD
cli-value-name = NAME
cli-value-text = TEXT
cli-value-n = N
cli-value-days = DAYS
cli-value-id = ID
cli-value-kind = KIND
cli-value-how = HOW
cli-value-to = TO
cli-value-note = NOTE
cli-value-police-reference = POLICE_REFERENCE
cli-value-outcome = OUTCOME
cli-value-reason = REASON
cli-value-why = WHY
cli-value-command = COMMAND
cli-value-options = OPTIONS

cli-help = Fill in, check, keep and export the Prevent National Referral Form
cli-help-long =
    Fill in, check, keep and export the Prevent National Referral Form (England and Wales). With no command, the window opens.

    The export format is described in docs/EXPORT-FORMAT.md; `prevent-referral schema` prints its JSON Schema.

cli-arg-help = Print this help (--help says more than -h)
cli-arg-version = Print the version and the commit it was built from
cli-arg-data-dir = The data folder holding the drafts library (default: the computer's data folder for this program, e.g. ~/.local/share/preventreferral); also PREVENT_REFERRAL_DATA_DIR
cli-arg-renderer = What draws the window: auto (the default), dx12, warp, gl or vulkan; also PREVENT_REFERRAL_RENDERER. For IT, on a PC where auto fails
cli-arg-renderer-long =
    What draws the window: auto (the default), dx12, warp, gl or vulkan; also PREVENT_REFERRAL_RENDERER. For IT, on a PC where auto fails.

    auto: on Windows DX12 on a graphics card (or its Vulkan or OpenGL), then WARP (Direct3D 12 in software), then OpenGL in software; elsewhere Vulkan, then OpenGL.
cli-arg-language = The language of the help and messages: en (English) or cy (Cymraeg); also PREVENT_REFERRAL_LANGUAGE. Without it, the computer's language (LANG=C gives English)

cli-help-help = Print the help of the program or of a command
cli-arg-help-command = The command, e.g. "drafts export"

cli-help-validate = Check export files against every rule of the form
cli-help-validate-long =
    Check export files against every rule of the form.

    Exit 0 when every file is a complete, valid referral; 1 when any is invalid (one line per problem: FILE: referral.path: message); 2 when any cannot be read or is not a referral export.
cli-arg-validate-files = Export files (.json) to check

cli-help-schema = Print the JSON Schema (2020-12) of the export format

cli-help-policy = Print the managed settings in force on this computer and where they came from
cli-help-policy-long =
    Print the managed settings in force on this computer and where they came from: set by IT in HKLM\SOFTWARE\Policies\PreventReferral on Windows, in /etc/prevent-referral/policy.toml elsewhere.

    Exit 1 when they are there but refused, with the reasons.

cli-help-pdf = Make the PDF copy (PDF/UA-1) of an export or a draft file
cli-help-pdf-long =
    Make the PDF copy (PDF/UA-1) of an export or a draft file.

    Exit 1, listing the problems, when the referral is not complete and --draft is not given; 2 when FILE cannot be read. Nothing is written on any failure.
cli-arg-pdf-file = An export (.json) or a draft file, not encrypted
cli-arg-pdf-out = Where to write the PDF copy (owner-only). Nothing is written if anything fails
cli-arg-pdf-draft = Allow a copy of an incomplete referral: every page says "DRAFT – NOT COMPLETE" and the problems still open are listed in it
cli-arg-pdf-recipients = Encrypt the copy to this age public key ("age1..."); give it once for each team. If encryption fails, nothing is written
cli-arg-pdf-force = Replace OUT.pdf if it is there (it is never the data folder, the input, or a device)

cli-help-drafts = The drafts library: for IT staff and scripts
cli-help-drafts-long =
    The drafts library: for IT staff and scripts.

    Drafts are encrypted: the passphrase is read from the file named by PREVENT_REFERRAL_PASSPHRASE_FILE, or asked for on the terminal.

cli-arg-id = The draft's id, or its first characters

cli-help-drafts-import = Make a new draft from a draft or an export file; prints its id last
cli-arg-drafts-import-file = The draft or export file (.json, or .json.age when encrypted)

cli-help-drafts-list = List the drafts, most recently edited first
cli-arg-drafts-list-json = As JSON, for scripts
cli-arg-drafts-list-json-long =
    As JSON, for scripts: an array of objects with id, label, created_at, updated_at, sections_complete, complete, status (in_progress, ready, exported or sent), exported_at, sent_on, sent_how, outcome, retained_from, due (what is due today: since, what) and same_person (the ids of the other referrals about the same person).

cli-help-drafts-export = Write a draft's export file (exit 1, listing the problems, when the referral is not complete)
cli-arg-drafts-export-out = Where to write it; `-` for standard output. Never inside the data folder
cli-arg-drafts-export-force = Replace the --out file if it is there
cli-arg-drafts-export-recipients = Encrypt the export to this age public key ("age1..."); give it once for each team. If encryption fails, nothing is written
cli-arg-drafts-export-armor = With --recipient: ASCII-armoured text rather than binary

cli-help-drafts-pdf = Write a draft's PDF copy (exit 1, listing the problems, when the referral is not complete and --draft is not given)

cli-help-drafts-delete = Delete a draft and every copy of it

cli-help-drafts-history = What happened to a draft, oldest first, and whether its chain of hashes holds
cli-help-drafts-history-long =
    What happened to a draft, oldest first, and whether its chain of hashes holds.

    Exit 0 when it holds, 1 when it is broken, 2 when it cannot be read.
cli-arg-drafts-history-json = As JSON, for scripts

cli-help-drafts-mark-sent = Mark a referral sent: the day, how and to whom
cli-help-drafts-mark-sent-long =
    Mark a referral sent: the day, how and to whom. It names the export sent by its SHA-256.

    Exit 1, saying why, when it is not complete, was never exported, changed since or is marked sent already.
cli-arg-drafts-mark-sent-on = The day it was sent (YYYY-MM-DD): today or before, not before its export
cli-arg-drafts-mark-sent-how = How: email, online-form, by-hand or other
cli-arg-drafts-mark-sent-to = To whom (the police Prevent team, an address)
cli-arg-recorded-by = Who is recording it (the referrer's name when not given)
cli-arg-drafts-mark-sent-note = A note kept with it (optional)

cli-help-drafts-follow-up = Record what happened next on a referral marked sent
cli-help-drafts-follow-up-long =
    Record what happened next on a referral marked sent. Nothing is ever changed: --amends puts an earlier entry right with a new one.

    Exit 1, saying why, for a date before it was sent or after today, or a field that is needed and empty.
cli-arg-drafts-follow-up-kind = What happened: acknowledged (with --by, --police-reference), contact (--with, --panel-invitation), outcome (--outcome, --reason), action (--note says what, --why) or review (--due)
cli-arg-drafts-follow-up-on = The day it happened (YYYY-MM-DD): not before the referral was sent, not after today
cli-arg-drafts-follow-up-note = What was said, discussed, agreed or done
cli-arg-drafts-follow-up-by = acknowledged: who acknowledged it
cli-arg-drafts-follow-up-police-reference = acknowledged: the police reference given
cli-arg-drafts-follow-up-with = contact: who with
cli-arg-drafts-follow-up-panel-invitation = contact: the organisation is invited to a Channel panel
cli-arg-drafts-follow-up-outcome = outcome: no-further-action, signposted, channel-offered, channel-accepted, channel-declined, police-led or other
cli-arg-drafts-follow-up-reason = outcome: the reason given
cli-arg-drafts-follow-up-why = action: why it was done
cli-arg-drafts-follow-up-due = review: the day it is due (YYYY-MM-DD)
cli-arg-drafts-follow-up-amends = Puts right entry N of the history (a "marked sent" or follow-up entry), with --amend-reason
cli-arg-drafts-follow-up-amend-reason = Why entry N is put right (with --amends)

cli-help-drafts-chronology = The whole record of one referral for the safeguarding file
cli-help-drafts-chronology-long =
    The whole record of one referral for the safeguarding file: what was sent (its SHA-256), the outcome, the next review, then every entry of its history. With --pdf, the same as a tagged PDF, in the language chosen.

    Exits as `history` does.
cli-arg-drafts-chronology-json = As JSON, for scripts
cli-arg-drafts-chronology-pdf = Write the chronology as a PDF here (owner-only) instead of printing it. Nothing is written if anything fails
cli-arg-drafts-chronology-recipients = Encrypt the PDF to this age public key ("age1..."); give it once for each team
cli-arg-drafts-chronology-force = Replace OUT.pdf if it is there

cli-help-drafts-purge = Delete old drafts, or old referrals marked sent
cli-help-drafts-purge-long =
    Delete every draft not edited for DAYS days (--older-than), or every referral marked sent whose last entry after sending (the sending or the last follow-up) is DAYS days old or more (--sent-older-than). Give one or both.
cli-arg-drafts-purge-older-than = Drafts not edited for DAYS days or more
cli-arg-drafts-purge-sent-older-than = Referrals marked sent whose last entry is DAYS days old or more

cli-help-decrypt = For the receiving team: decrypt an encrypted export (.json.age) with your age identity file, write it out, and check it
cli-help-decrypt-long =
    For the receiving team: decrypt an encrypted export (.json.age) with your age identity file, write it out, and check it.

    Exit 0 when the referral is complete and valid; 1 when it was decrypted and written but breaks rules (listed); 2 when it cannot be decrypted (wrong identity, changed or damaged file) or is not a referral export: then nothing is written.
cli-arg-decrypt-file = The encrypted export
cli-arg-decrypt-identity = Your age identity file (from `age-keygen`)
cli-arg-decrypt-out = Where to write the decrypted export (owner-only); `-` for standard output. Never inside the data folder, nor over the input or the identity file
cli-arg-decrypt-force = Replace the --out file if it is there

## Usage errors: what was typed that the command line did not take.
## $arg: an option as typed (--out); $value: a value as typed (shown
## safely); $valid: the values it takes.
cli-usage-unknown-argument = { $arg } is not something this command takes.
cli-usage-unknown-command = There is no command { $command }.
cli-usage-invalid-value = { $value } is not a value { $arg } takes. It takes: { $valid }.
cli-usage-bad-value = { $value } is not a value { $arg } takes.
cli-usage-bad-value-why = { $arg }: { $why }
cli-usage-not-number = { $value } is not a whole number, which { $arg } takes.
cli-usage-no-value = { $arg } needs a value.
cli-usage-missing = This command needs { $args }.
cli-usage-missing-command = This command needs one of its commands: { $commands }.
cli-usage-conflict = { $arg } cannot be given with { $prior }.
cli-usage-once = { $arg } can be given only once.
cli-usage-other = The command was not understood.
cli-usage-did-you-mean = Did you mean { $suggestion }?
cli-usage-more = For more, run: { $command } --help
