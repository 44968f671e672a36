### The program's shell: menus, dialogs, screens, notices and the command
### line. The form's own words are in form.ftl.

app-name = Prevent Referral
marking-official-sensitive = OFFICIAL-SENSITIVE

## Menus and commands

menu-file = File
menu-new = New referral
menu-open = Open draft or export…
menu-save-draft = Save draft
menu-save-draft-as = Save draft as…
menu-export = Export referral…
menu-drafts = Your drafts…
menu-settings = Settings…
menu-clear-my-details = Clear my details
menu-lock = Lock
menu-quit = Quit
menu-task-list = Task list

## Notices

notice-dismiss = Dismiss
notice-dismiss-name = Dismiss message

## The passphrase screens: first start and locked

gate-setup-heading = Set a passphrase
gate-setup-intro = Drafts, and your details, are kept encrypted on this computer. Choose a passphrase to unlock them: you will be asked for it each time Prevent Referral starts, and after it has been left alone for a while.
gate-setup-warning = If you forget the passphrase, your drafts cannot be recovered by anyone. Referrals you have already exported are not affected.
gate-passphrase = Passphrase
gate-strength = Strength: { $strength }
gate-strength-very-weak = very weak
gate-strength-weak = weak
gate-strength-fair = fair
gate-strength-strong = strong
gate-strength-very-strong = very strong
gate-setup-tip = Three or four unrelated words make a strong passphrase that is easy to remember.
gate-passphrase-again = Type the passphrase again
gate-setup-button = Set passphrase and start
gate-passphrases-differ = The two passphrases are different. Type them again.
gate-locked-heading = Prevent Referral is locked
gate-locked-intro = Enter your passphrase to go on.
gate-unlock-button = Unlock
gate-checking = Checking the passphrase…
gate-why = Why is this here?
gate-why-text = Referrals hold special-category information, often about a child. The passphrase keeps them unreadable if this computer is lost, shared or left unlocked.

## Shared by the screens and dialogs

screen-back-to-referral = Back to the referral
button-cancel = Cancel

## The drafts screen

drafts-heading = Your drafts
drafts-intro = Drafts are saved automatically on this computer as you type. Delete a draft once its referral has been exported.
drafts-search = Search drafts
drafts-none = No drafts.
drafts-stale =
    { $days ->
        [one] Not edited for { $days } day or more
       *[other] Not edited for { $days } days or more
    }
drafts-ready = ready to export
drafts-sections-complete = { $count } of 8 sections complete
# A chrono format: 20 November 2026 at 15:30
drafts-date-format = %-d %B %Y at %H:%M
drafts-last-edited = Last edited { $when } · { $status }
drafts-new-label = New label
drafts-save-label = Save label
drafts-cancel-rename-name = Cancel renaming { $name }
drafts-confirm-delete = Delete “{ $name }” and every copy of it? This cannot be undone.
drafts-delete-yes = Yes, delete it
drafts-delete-no = No, keep it
drafts-confirm-delete-exported = It was exported: once deleted, it can no longer be marked as sent or followed up here.
drafts-kept-sent = Sent: kept as the record until its retention ends
drafts-open = Open
drafts-open-name = Open { $name }
drafts-rename = Rename
drafts-rename-name = Rename { $name }
drafts-delete = Delete
drafts-delete-name = Delete { $name }

## The settings screen

settings-heading = Settings
settings-teams-heading = Teams to encrypt exports for
settings-teams-intro = An export encrypted for a team can be opened only by that team. Ask your local police Prevent team for their encryption key: a line of letters and numbers starting “age1”, which they can send you by email (it is not secret). Copy and paste it here whole.
settings-team-remove = Remove
settings-team-remove-name = Remove { $name }
settings-no-teams = No teams yet: exports are written unencrypted.
settings-team-name = Team name, for example “Thames Valley Prevent team”
settings-team-key = The team's encryption key
settings-team-add = Add team
settings-team-name-missing = Enter the team's name
settings-name-heading = Whose referral
settings-initials-only = Show only the person's initials at the top of each page, not their name (for a screen others can see)
whose-referral = Referral for { $name }
settings-lock-heading = Lock when left alone
settings-lock-intro = Prevent Referral hides everything and asks for the passphrase after this long without use.
settings-lock-after =
    { $minutes ->
        [one] After { $minutes } minute
       *[other] After { $minutes } minutes
    }
settings-passphrase-heading = Change the passphrase
settings-passphrase-intro = Drafts stay as they are: they are unlocked by the new passphrase from now on.
settings-passphrase-current = Current passphrase
settings-passphrase-new = New passphrase
settings-passphrase-new-again = Type the new passphrase again
settings-passphrase-button = Change passphrase
settings-passphrase-changing = Changing the passphrase…
settings-passphrases-differ = The two new passphrases are different. Type them again.

## Dialogs

dialog-unsaved-title = You have unsaved changes
dialog-unsaved-text = Save the draft before you go on? If you discard them, the changes since you last saved are lost.
dialog-unsaved-save = Save
dialog-unsaved-discard = Discard
dialog-export-title = Export the referral
dialog-export-text = Encrypt the export so that only the teams you tick can open it. Send it by your organisation's secure route either way.
dialog-export-encrypt-for = Encrypt for { $team }
dialog-export-armored = As text (for pasting into a secure email)
dialog-export-encrypted-button = Export encrypted
dialog-export-plain-button = Export without encryption
dialog-recovered-title = Your work was recovered
dialog-recovered-text = Prevent Referral did not close properly last time (the computer may have stopped, or the program was ended). Everything up to a second or two before was saved:
# A chrono format: 20 November 2026 at 15:30:00
dialog-recovered-date-format = %-d %B %Y at %H:%M:%S
dialog-recovered-last-edited = Last edited { $when }
dialog-recovered-restore = Restore it
dialog-recovered-restore-name = Restore { $name }
dialog-recovered-not-now = Not now
dialog-recovered-note = Recovered drafts stay on the drafts screen either way.
dialog-exported-title = The referral was exported

## Encryption: why a file, key or passphrase cannot be used. Messages
## that follow a file's name start in lower case.

passphrase-too-short =
    { $min ->
        [one] Use at least { $min } character. Three or four unrelated words are easy to remember and hard to guess.
       *[other] Use at least { $min } characters. Three or four unrelated words are easy to remember and hard to guess.
    }
passphrase-easy-to-guess = It would be easy to guess.
passphrase-too-weak = This passphrase is too weak. { $advice } Add another word or two.
decrypt-not-for-this-key = is encrypted for a different key: it cannot be opened with this one (check you chose the right identity file)
decrypt-passphrase = is protected by a passphrase, not encrypted to a key
decrypt-tampered = has been changed or damaged since it was encrypted, so it cannot be trusted
decrypt-truncated = ends too early: the encrypted file looks cut off
decrypt-bad-header = is not a readable age-encrypted file (its header is damaged)
decrypt-unknown-format = uses a newer age format than this program reads
decrypt-too-much-work = asks for too much work to decrypt (scrypt work factor { $factor })
decrypt-other = could not be decrypted: { $why }
encrypt-no-recipients = no recipient was given
recipient-empty = Enter the team's encryption key
recipient-not-age = The team's encryption key starts with “age1”: copy it again from the team's email
recipient-invalid = This is not a whole encryption key: copy it again from the team's email, all of it
identity-too-large = is too large to be an identity file
identity-encrypted = is itself encrypted: decrypt it first with `age -d`, then choose the decrypted copy
identity-not-identity = is not an age identity file (it should hold a line starting AGE-SECRET-KEY-1)
identity-unusable = cannot be used: { $why }
identity-no-key = holds no key (a line starting AGE-SECRET-KEY-1)
key-wrong-passphrase = That passphrase is not right. Check Caps Lock and try again.
key-none = There is no key yet: Prevent Referral has not been set up in { $dir }.
key-exists = A key already exists in { $path }: it was not replaced.
key-damaged = The key file { $path } is damaged: { $why }
key-io = The key file { $path } cannot be read or written: { $why }
key-damaged-no-passphrase = it is not protected by a passphrase
key-damaged-no-key = it holds no key
key-damaged-bad-key = its key is not valid

## Files: why one cannot be read (after its name) or written

file-io = cannot be read: { $why }
file-not-found = there is no such file
file-permission-denied = permission denied
file-folder = is a folder, not a file
file-too-large =
    { $size ->
        [one] is { $size } byte, larger than any referral (at most 32 MiB): it is not a referral
       *[other] is { $size } bytes, larger than any referral (at most 32 MiB): it is not a referral
    }
file-empty = is empty
file-not-utf8 = is not UTF-8 text (bad byte at offset { $offset }): it is not a referral
file-truncated = ends too early at line { $line }, column { $column }: the file looks cut off
file-too-deep = nests too deeply to be a referral (line { $line }, column { $column })
file-json = is not valid JSON: { $message } at line { $line }, column { $column }
file-json-colon = a colon (:) is missing after a name
file-json-list-comma = a comma (,) or a closing bracket (]) is missing in a list
file-json-object-comma = a comma (,) or a closing brace ({"}"}) is missing
file-json-word = a word without quotes that JSON does not have (only true, false and null go without quotes)
file-json-value = a value was expected here
file-json-name = a name in double quotes was expected here
file-json-escape = a backslash (\) is followed by something that is not an escape
file-json-number = a number is badly written
file-json-number-range = a number is too large
file-json-code-point = a \u escape names no character
file-json-control = a control character (a tab or a line break) is inside quotes: write it as an escape
file-json-key = a name is not in double quotes
file-json-hex-end = a \u escape is cut short, or is half of a character (a lone surrogate) whose other half does not follow
file-json-lone-surrogate = a \u escape is half of a character (a lone surrogate) without its other half
file-json-trailing-comma = a comma (,) comes just before a closing bracket or brace
file-json-trailing = there is more after the end of the referral
os-error = system error { $code }
file-not-object = is a JSON { $kind }, not a referral (a referral is a JSON object)
json-kind-array = array
json-kind-string = string
json-kind-number = number
json-kind-boolean = true/false value
json-kind-null = null
file-foreign = is not a Prevent referral: { $why }
file-is-draft = is a Prevent Referral draft, not an export: open it in the app or use `drafts export` to make the export
file-newer = uses format version { $found }, newer than this program reads ({ $reads }): install the latest Prevent Referral to open it
file-bad-version = has a format_version this program cannot read: { $version }
file-format-other = its format is { $found }, not "{ $expected }"
file-format-not-text = its "format" is not text
file-format-none = it has no "format" key
file-version-not-text = it is not text
file-version-none = there is none
file-version-not-major = { $found } is not { $major }.MINOR
file-unknown-keys =
    { $count ->
        [one] has { $count } unknown key, at { $path }: it was not written to this format
       *[other] has { $count } unknown keys, the first at { $path }: it was not written to this format
    }
file-newer-answers =
    { $count ->
        [one] was made with a newer edition of the form (format { $version }): it holds { $count } answer this version of Prevent Referral does not ask for, at { $path }. Opening it here would lose it: ask your IT team to update Prevent Referral, then open it again
       *[other] was made with a newer edition of the form (format { $version }): it holds { $count } answers this version of Prevent Referral does not ask for, the first at { $path }. Opening it here would lose them: ask your IT team to update Prevent Referral, then open it again
    }
file-damaged-draft = is a damaged draft: { $why }
draft-at = at { $path }: { $why }
draft-unknown-key = { $key } is not a key a draft has
draft-missing-key = the key { $key } is missing
draft-duplicate-key = the key { $key } is given twice
draft-unknown-answer = the answer is not one of those the form gives
draft-wrong-type = the value is of the wrong kind (text, a number, a list or true/false)
draft-wrong-value = the value is not one this key takes
draft-wrong-length = the list has the wrong number of entries
draft-version-not-number = draft_version is not a whole number
draft-version-missing = it has no draft_version
draft-version-zero = draft_version 0 does not exist
draft-version-1-history = a version 1 draft has no history
draft-version-found = draft { $version }
draft-version-reads = drafts up to { $version }
file-encrypted = is encrypted: open it in the app, or decrypt it with `prevent-referral decrypt` and the identity file
file-identity = cannot be read: the identity file { $file } { $why }
write-permission-denied = you do not have permission to write there
write-no-folder = the folder does not exist
write-disk-full = the disk is full
write-read-only = the disk is read-only
write-held-by-another-program = another program has the file open (it may be open in Word or a PDF reader, or OneDrive or antivirus may be checking it): close it, wait a moment and try again
write-cloud-file = the file is in OneDrive (or another cloud folder) and cannot be changed just now: check OneDrive is running and signed in, or choose a folder on this PC
write-path-too-long = the folder and name are too long for Windows: choose a shorter name or a folder nearer the top of the drive
write-name-not-allowed = Windows does not allow that name: choose another

## The window

window-title = { $app } – referral started { $date }
window-title-unsaved = { $app } – referral started { $date } (not saved yet)
window-title-locked = { $app } – locked

## File dialogs

picker-open-title = Open a draft or an exported referral
picker-filter-referral-any = Referral (JSON or encrypted)
picker-filter-any = Any file
picker-filter-referral = Referral
picker-identity-title = Choose your age identity file to decrypt this export
picker-save-draft-title = Save the draft
picker-export-title = Export the referral

## The session: passphrase, keys and locking

gate-key-missing =
    { $count ->
        [one] The key file { $path } is missing, but { $count } encrypted file made with it is in that folder. Ask your IT team to restore key.age from a backup before you go on: a new passphrase makes a new key, and it cannot open it.
       *[other] The key file { $path } is missing, but { $count } encrypted files made with it are in that folder. Ask your IT team to restore key.age from a backup before you go on: a new passphrase makes a new key, and it cannot open them.
    }
gate-passphrase-file-unreadable = The passphrase file could not be read: { $why }
gate-other-key = That key is not the one this window was unlocked with.
gate-locked-saved = Your work was saved before locking.
gate-locked-unsaved = Your latest changes could not be saved yet: they are still in this window, and saving is tried again after you unlock.
settings-passphrase-changed = Your passphrase has been changed. Use the new one from now on.
settings-passphrase-wrong = The current passphrase is not right, so nothing was changed.
settings-passphrase-failed = { $why } Nothing was changed.

## Notices: what just happened

notice-no-data-folder = Drafts cannot be saved automatically: no data folder was found. Use File, Save draft as, to keep your work.
notice-settings-unreadable = Your settings could not be read ({ $why }). The defaults are used, and changes to settings are not saved in this session.
notice-library-unavailable = Drafts cannot be saved automatically: { $why }. Use File, Save draft as, to keep your work.
notice-cannot-lock = There is no passphrase to lock with: this window has no data folder.
notice-settings-not-saved = Your settings could not be saved: { $why }.
notice-received-read-only = This referral was sent to you: it is shown read-only, and is not saved or exported again from here. The file you opened is the record.
notice-draft-saved = Draft saved. Drafts are also saved automatically as you type.
notice-my-details-cleared = Your details are no longer remembered on this computer. This referral still has them.
notice-cannot-switch = Your latest changes could not be saved yet, so this draft stays open. Try again in a moment, or use “Save draft as” in the File menu.
notice-open-elsewhere = This draft is open in another Prevent Referral window, so it is shown here read-only. Close it there to edit it here.
notice-cannot-lock-draft = This draft cannot be locked for editing ({ $why }); it is still saved as you type.
notice-save-failed = Could not save the draft: { $why }. Your work is still here.
notice-saving-works-again = Saving works again: your draft is saved.
notice-save-failed-retrying = Could not save the draft: { $why }. Your work is still here, and saving will be tried again every few seconds.
notice-forked = The saved copy of this draft was changed outside this window. It has been left as it was, and your work has been saved as a new draft.
notice-no-library = There is no drafts library on this computer: use File, Open.
notice-rename-this-elsewhere = This draft is open in another window: rename it there.
notice-rename-that-elsewhere = That draft is open in another window: rename it there.
notice-rename-failed = Could not rename the draft: { $why }.
notice-delete-elsewhere = This draft is open in another window: it cannot be deleted from here.
notice-draft-deleted = The draft was deleted, with every copy of it.
notice-delete-failed = Could not delete the draft: { $why }.
notice-can-edit-now = You can edit this draft now.
notice-opened-library-draft = Opened “{ $label }”.
notice-open-draft-failed = Could not open the draft: { $why }. Your current referral has not changed.
notice-opened-received = Decrypted { $name }. It is shown read-only: the declaration page lists any problems with it.
notice-received-draft = Could not open { $name }: it is a draft from another computer, not an export. Your current referral has not changed.
notice-opened-draft = Opened the draft { $name }.
notice-opened-export = Opened the export { $name } as a new draft. Save the draft to keep changes.
notice-open-failed = Could not open { $name }: it { $why }. Your current referral has not changed. Choose a draft (.draft.age) or an export (.json or .json.age) made with Prevent Referral.
notice-received-not-a-draft = This referral was sent to you: it is kept as its export file, not as a draft.
notice-draft-encrypt-failed = Could not encrypt the draft ({ $why }); nothing was written.
notice-draft-saved-as = Draft saved as { $name } in the folder { $folder }.
notice-draft-save-as-failed = Could not save the draft as { $name }: { $why }. Your work is still here: try saving somewhere else.
notice-export-bad-team-key = The export was not written: a team's key in Settings is wrong ({ $why }).
notice-export-encrypt-failed = The export could not be encrypted ({ $why }), so nothing was written.
notice-export-write-failed = Could not export to { $name }: { $why }. Nothing was written; try another folder.

## The command line's messages (its help text is in the code)

cli-error = prevent-referral: { $message }
cli-file-error = { $file }: { $why }
cli-problem = { $file }: { $problem }
cli-validate-ok = { $file }: complete and valid
cli-decrypt-not-encrypted = { $file }: is not encrypted: check it with `prevent-referral validate`
cli-decrypt-not-export = { $file }: decrypted, but it { $why }
cli-decrypt-ok = { $file }: decrypted; complete and valid
# Shown in a message box (Windows) and on the terminal when the window cannot open at all.
window-no-renderer = Prevent Referral could not open its window: { $why }

    Your drafts are safe and have not been changed.

    { $advice }
window-no-renderer-advice-windows = On a PC without a graphics card (remote desktop, a virtual desktop), start it with the option --renderer warp or --renderer gl, or ask your IT team to set PREVENT_REFERRAL_RENDERER to warp or gl for this PC.
window-no-renderer-advice-other = Start it from your desktop, not from a terminal with no display. On a computer without a graphics card, start it with the option --renderer gl. The commands work without a window: prevent-referral --help lists them.
window-bad-renderer-setting = Prevent Referral could not start: the setting PREVENT_REFERRAL_RENDERER on this computer is “{ $value }”, which is not a renderer it knows ({ $choices }). Ask your IT team to correct the setting or remove it. Your drafts are safe.
cli-no-window = prevent-referral: this build has no window; see --help for the commands
cli-no-data-folder = no data folder: give --data-dir DIR
cli-drafts-line = { $id }  { $updated }  { $sections }/8 sections  { $label }
cli-drafts-line-complete = { $id }  { $updated }  { $sections }/8 sections, complete  { $label }
cli-drafts-in-use = draft { $id } is open in Prevent Referral: close it first
cli-drafts-deleted = deleted { $id }
cli-drafts-purged =
    { $count ->
        [one] { $count } draft
       *[other] { $count } drafts
    } not edited for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } deleted
cli-export-bad-recipient = --recipient { $key }: { $why }
cli-export-encrypt-failed = could not encrypt the export ({ $why }): nothing was written
cli-passphrase-file-unreadable = cannot read the passphrase file { $why }
cli-passphrase-prompt = Passphrase:{ " " }
cli-passphrase-choose-prompt = Choose a passphrase for this computer's drafts:{ " " }
cli-passphrase-again-prompt = Type it again:{ " " }
cli-no-passphrase = the drafts are encrypted and no passphrase was given ({ $why }): set { $variable } to a file holding it
cli-key-missing =
    { $count ->
        [one] { $path } is missing, but { $count } encrypted file made with it is there: restore key.age from a backup. A new key would not open it, so none was made
       *[other] { $path } is missing, but { $count } encrypted files made with it are there: restore key.age from a backup. A new key would not open them, so none was made
    }
cli-passphrases-differ = the two passphrases are different: nothing was set up

## The drafts library and settings: why something could not be done

lock-held = it is open in another Prevent Referral window
lock-io = its lock file cannot be used: { $why }
lock-keeps-changing = the lock file keeps changing
save-saver-stopped = the saver has stopped
save-too-slow = saving is taking too long
library-folder = the drafts folder { $dir } cannot be used: { $why }
library-no-such-draft = there is no draft { $id }
library-open = draft { $id } { $why }
library-write = could not write draft { $id }: { $why }
library-delete = could not delete draft { $id }: { $why }
library-in-use = draft { $id } is open in a Prevent Referral window: close it there first
library-kept-sent = referral { $id } was marked as sent: it is kept as the record of what was sent and what happened next, and is deleted only when its retention ends (six years from the last entry after sending, with drafts purge --sent-older-than)
library-unencrypted = draft { $id } is an unencrypted draft from an earlier version, left as it was: { $why }
library-id-mismatch = its id does not match its file name
library-not-encrypted = it could not be encrypted
library-unreadable = it { $why }
settings-file-error = { $file } { $why }
settings-file-damaged = { $file } is damaged: { $why }
draft-label = Draft { $date }
# A chrono format: 20 Nov 2026
draft-label-date-format = %-d %b %Y
draft-is-export = it is an export, not a draft

## Hide now

menu-hide = Hide
menu-hide-hint = Hide this window at once (Ctrl+L, or press Shift three times). Your work is saved; your passphrase brings it back.
hidden-continue = Continue

## Languages: the switch at the top of every screen. Each language's name
## is written in that language, in both catalogues.

language-english = English
language-welsh = Cymraeg
language-switch-to = Switch to { $language }

## Month names, for the chrono formats above (%B, %b).

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
notice-folder-not-opened = The folder could not be opened ({ $why }). The file is in { $folder }.

## Hardening
file-duplicate-key = has the key “{ $key }” twice in one place (line { $line }, column { $column }): readers differ on which one counts, so it is refused
destination-in-data-folder = is inside the program's data folder, where the key and the drafts are kept: choose a file outside it
destination-is-input = is a file this command reads: choose another file to write to
destination-not-a-file = is a folder or a special file, not a file: choose a file name
destination-exists = is already there: add --force to replace it
library-too-large =
    { $size ->
        [one] draft { $id } would be { $size } byte, more than the program can read back (at most 32 MiB): it was not saved. Remove some entries or shorten long answers
       *[other] draft { $id } would be { $size } bytes, more than the program can read back (at most 32 MiB): it was not saved. Remove some entries or shorten long answers
    }
library-shared-folder = the data folder { $dir } can be changed by other users ({ $who }): make it yours only ({ $fix }) or, to keep drafts there anyway, set { $variable }=1
cli-shared-folder-warning = warning: the data folder { $dir } can be changed by other users ({ $who }): make it yours only ({ $fix })
# Who else may read or change a file: its permission bits (Unix), or the accounts' security identifiers (Windows).
access-mode = mode { $mode }
access-accounts = accounts { $accounts }
access-owner-other = it belongs to another account, which can change who may use it
access-unreadable = its access rules could not be read: { $error }
dialog-replace-title = Replace the file?
dialog-replace-text = { $name } is already there. Replacing it loses what it holds.
dialog-replace-replace = Replace it
dialog-replace-cancel = Cancel
notice-destination-refused = Nothing was written: { $name } { $why }.

## The app's own file chooser, when the computer's cannot be shown.

notice-own-chooser = Your computer's file chooser could not be shown, so Prevent Referral's own is used instead.
chooser-why = Your computer's file chooser could not be shown (on Linux, the desktop portal may not be running), so this is Prevent Referral's own.
chooser-folder = Folder:
chooser-up = Up one folder
chooser-name = File name
chooser-open = Open
chooser-save = Save
chooser-cancel = Cancel
chooser-empty = This folder is empty.
chooser-entry-folder = Folder: { $name }
chooser-name-missing = Enter a file name, or choose a file from the list.
chooser-not-found = There is no file called { $name } in this folder: choose one from the list.
chooser-folder-unreadable = This folder cannot be read: { $why }. Go up one folder, or choose another.

## Record keeping: the history, sent referrals, the home screen

menu-history = History of this referral
menu-home = Home
notice-correction-started = You can now change the answers. Export the referral again when the correction is done.
notice-no-drafts-yet = There are no referrals kept on this computer yet.
notice-opened-existing = { $name } is a referral already kept here, so its draft has been opened instead of making a second copy.
sent-read-only = This referral is marked as sent, so its answers are kept as they were sent. To change them, make a correction: the file already sent is never changed.
sent-make-correction = Make a correction
sent-reason-label = Why does the referral need correcting?
sent-reason-hint = This is kept in the referral's history. Do not include the person's details.
sent-reason-missing = Enter why the referral needs correcting
sent-start-correction = Start the correction
history-heading = History of this referral
history-intro = Everything that has happened to this referral on this computer, newest first. Answers are never copied here: only which questions changed. What happened after sending is kept as you recorded it.
history-none = Nothing has been recorded yet.
history-showing =
    { $total ->
        [one] Showing the newest { $shown } of { $total } entry.
       *[other] Showing the newest { $shown } of { $total } entries.
    }
history-show-older =
    { $count ->
        [one] Show { $count } older entry
       *[other] Show { $count } older entries
    }
history-created = The referral was started.
history-imported-export = The referral was made from an export file.
history-imported-encrypted = The referral was made from an encrypted export file.
history-imported-draft = The referral was made from a saved draft file.
history-upgraded = The history started here, when this draft from version { $version } was opened by a version that keeps histories.
history-reopened = The referral was opened again.
history-restored = The referral was restored after the program did not close properly.
history-saved =
    { $count ->
        [one] Saved with 1 changed question: { $questions }
       *[other] Saved with { $count } changed questions: { $questions }
    }
history-pdf-made = A PDF copy was made.
history-exported-encrypted = Exported, encrypted for { $teams }. File fingerprint (SHA-256) starts { $hash }.
history-exported-plain = Exported, not encrypted. File fingerprint (SHA-256) starts { $hash }.
history-corrected = A correction was started after it was exported. Reason: { $reason }
history-renamed = The referral was renamed.
history-check-holds =
    { $count ->
        [one] The history has 1 entry and has been checked: nothing in it has been changed. Latest fingerprint: { $hash }
       *[other] The history has { $count } entries and has been checked: nothing in them has been changed. Latest fingerprint: { $hash }
    }
history-check-broken = The history could not be checked: entry { $entry } does not follow the one before, so it may have been changed. Your answers are not affected.
history-check-unreadable = The history could not be checked because it could not be read. It has been kept as it was, and your answers are not affected.
home-heading = Your referrals
home-intro = Continue a referral kept on this computer, or start a new one.
home-start-new = Start a new referral
home-search = Search by name, school or label
home-search-hint = For example, a family name, or the school, college or employer
home-none-found = No referrals match your search.
status-ready = Ready to send
status-sent = Sent
home-sent-line = Sent on { $date }
home-edited-line = Last edited { $when }
home-continue = Continue
home-continue-name = Continue the referral for { $name }
drafts-filter = Show
drafts-filter-all = All
drafts-sent-on = Sent on { $date }
cli-export-not-recorded = the export was written, but it could not be recorded in the draft's history: { $why }
cli-pdf-not-recorded = the PDF copy was written, but it could not be recorded in the draft's history: { $why }
cli-drafts-purged-sent =
    { $count ->
        [one] deleted { $count } sent referral
       *[other] deleted { $count } sent referrals
    } with nothing recorded for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } or more (counted from the last follow-up entry, or the sending)
cli-history-holds =
    { $count ->
        [one] 1 entry; the chain of hashes holds; latest hash { $hash }
       *[other] { $count } entries; the chain of hashes holds; latest hash { $hash }
    }
cli-history-broken = the history could not be checked: entry { $entry } does not carry the hash of the one before
cli-history-unreadable = the history could not be checked: it could not be read (it is kept as it was)
cli-history-created = created
cli-history-imported-export = imported from an export
cli-history-imported-encrypted = imported from an encrypted export
cli-history-imported-draft = imported from a draft file
cli-history-upgraded = history started (draft from version { $version })
cli-history-reopened = reopened
cli-history-restored = restored after the program did not close properly
cli-history-saved = saved; changed: { $paths }
cli-history-pdf-made = PDF copy made
cli-history-exported-encrypted = exported, encrypted for { $teams }; SHA-256 { $hash }
cli-history-exported-plain = exported, not encrypted; SHA-256 { $hash }
cli-history-corrected = correction started; reason: { $reason }
cli-history-renamed = renamed

## A record that can be trusted: copies, slow work, and a history that does not hold

history-pdf-made-hash = A PDF copy was saved. File fingerprint (SHA-256) starts { $hash }.
history-copied-from =
    { $count ->
        [one] This referral was copied from referral { $id }, whose history then had 1 entry, ending in { $hash }. The entries before this are that referral's; this copy's own follow.
       *[other] This referral was copied from referral { $id }, whose history then had { $count } entries, ending in { $hash }. The entries before this are that referral's; this copy's own follow.
    }
cli-history-pdf-made-hash = PDF copy made; SHA-256 { $hash }
cli-history-copied-from =
    { $count ->
        [one] copied from referral { $id } (1 entry; latest hash { $hash }); the entries before are that referral's
       *[other] copied from referral { $id } ({ $count } entries; latest hash { $hash }); the entries before are that referral's
    }
cli-import-failed = could not import { $file }: { $why }
cli-drafts-lock-failed = draft { $id } could not be locked for this: { $why }. Check that the drafts folder can be written to
cli-export-would-replace-sent = { $file }: is a file this referral was exported as (what was sent), which is never replaced: export the correction under a new name
cli-passphrase-file-shared = the passphrase file { $file } can be read by other users ({ $who }): make it readable by you only ({ $fix })
notice-would-replace-sent = Nothing was written: { $name } is this referral as it was exported before, and what was sent is never replaced. Choose a new name: the one suggested says it is a correction.
notice-opened-earlier-export = { $name } is shown read-only, exactly as it was exported. The referral has been corrected since: open it from Your referrals to see it as it is now.
notice-task-busy = Wait for what is under way to finish, or cancel it, before starting something else.
notice-task-lost = Something went wrong while that was being done, so nothing was changed or written. Try again; if it happens again, tell your IT support.
notice-open-cancelled = Opening { $name } was cancelled. Nothing was changed.
notice-pdf-cancelled = Making the PDF copy was cancelled. Nothing was written.
task-opening = Opening { $name }
task-making-pdf = Making the PDF copy
task-saving = Saving { $name }
notice-still-saving = A file is still being written (see the line under the menu). Close the window again once it is done, so that it is recorded.
notice-still-saving-switch = A file of this referral is still being written (see the line under the menu). Open another once it is done, so that it is recorded in this one.
task-line =
    { $seconds ->
        [one] { $what }… (1 second)
       *[other] { $what }… ({ $seconds } seconds)
    }
task-cancel = Cancel
decrypt-too-many-recipients =
    { $max ->
        [one] names more than { $max } recipient, more than any referral is sent to, so it is not opened (it may have been made to slow this program down)
       *[other] names more than { $max } recipients, more than any referral is sent to, so it is not opened (it may have been made to slow this program down)
    }
decrypt-header-too-large = has a header longer than any referral's, so it is not opened (it may have been made to slow this program down)
file-key-too-large =
    { $size ->
        [one] is { $size } byte, larger than any key, identity or passphrase file (at most 64 KiB)
       *[other] is { $size } bytes, larger than any key, identity or passphrase file (at most 64 KiB)
    }
key-not-a-file = it is not a file the program wrote (it is a folder, a device or a pipe)
chain-heading = This referral's history may have been changed
chain-what-to-do = Your answers are shown as they are. Look at the history to see which entry does not follow the one before, and tell your safeguarding lead or IT support if you did not expect this. You can carry on working: new entries are added after it, and the break stays on record.
chain-show-history = Look at the history
chain-carry-on = Carry on with this referral
cli-validate-newer-answer = { $file }: note: { $key } is an answer from format { $version }, newer than this program reads: it was not checked and must not be dropped
cli-validate-unread = { $file }: note: { $key } is from format { $version }, newer than this program reads, and was not read
history-check-answers-changed = The answers are not the ones exported at entry { $entry }, and no correction was started since: they may have been changed outside Prevent Referral.
cli-history-answers-changed = the answers are not those exported at entry { $entry }, and no correction was started since
notice-other-referral = Nothing was written: that file was made from another referral, which is no longer the one on screen. Open that referral and do it again.
destination-unchecked = is in a folder whose place could not be worked out, so nothing is written there: choose another folder
destination-io = cannot be written there: { $why }
destination-name-reserved = is a name Windows keeps for a device (“{ $name }”): choose another name
destination-name-ending = ends with a dot or a space, which Windows drops: remove it and try again
destination-name-character = has “{ $character }” in its name, which Windows does not allow: remove it and try again
destination-path-too-long =
    { $length ->
        [one] is { $length } character long with its folder, over Windows’ limit of { $limit }: choose a shorter name or a folder nearer the top of the drive
       *[other] is { $length } characters long with its folder, over Windows’ limit of { $limit }: choose a shorter name or a folder nearer the top of the drive
    }
notice-opened-unread = Some of it is from a newer version of the export format and could not be read here ({ $keys }): ask whoever sent it, or use a newer Prevent Referral.
notice-opened-export-not-sent =
    { $count ->
        [one] It was made with an earlier edition of the form, which asked this person { $count } question this edition does not: { $questions }. Its answer is kept in the draft but will not be sent.
       *[other] It was made with an earlier edition of the form, which asked this person { $count } questions this edition does not: { $questions }. Their answers are kept in the draft but will not be sent.
    }
cli-import-unread = { $file }: note: { $keys } is from format { $version }, newer than this program reads, and was not imported
cli-import-not-sent =
    { $count ->
        [one] { $file }: note: made with an earlier edition of the form, which asked this person { $count } question this edition does not: { $questions }. Its answer is kept in the draft but will not be sent.
       *[other] { $file }: note: made with an earlier edition of the form, which asked this person { $count } questions this edition does not: { $questions }. Their answers are kept in the draft but will not be sent.
    }
notice-typed-while-opening = { $name } was not opened: you typed while it was being read, and there is nowhere to save that here yet. Save your work (File, Save draft as), then open it again.

## The export reader: what is wrong with a value in an export file, after
## its path ("referral.person.age: must be ..."). For the IT staff who
## write export files, and the receiving team.
reader-missing = is missing: every field must be present, as null when there is no answer
reader-marking = must be "OFFICIAL-SENSITIVE"
reader-generator = must name the program that wrote the file
reader-object = must be an object
reader-object-not-null = must be an object, not null
reader-whole-number = must be a whole number
reader-sha256 = must be a SHA-256 hash, 64 lowercase hexadecimal digits
reader-edition = must name the edition of the form, like "2026.1"
reader-edition-not-of-version = must be “{ $edition }”: format { $version } asks the questions of form edition { $edition }
reader-text = must be text
reader-e164 = must be written in E.164 form, like { $e164 }
reader-bool = must be true or false
reader-bool-or-null = must be true, false or null
reader-answers-order = must list each answer once, in the order of the form
reader-list = must be a list
reader-date = must be a date written YYYY-MM-DD
reader-age = must be a whole number from 0 to 120
reader-uuid-id = must be the referral's UUID
reader-uuid = must be a UUID
reader-uuid-form = must be a version 4 UUID in lower case, like 0b6f2a4e-8a0e-4c55-9a57-3c1f1c2d9e10
reader-datetime = must be a date and time
reader-datetime-form = must be a date and time in UTC, to the second, like 2026-01-31T09:30:00Z
reader-address-lines = must have at most 4 lines
reader-postcode = must be written like { $postcode }
reader-not-in-list = is not one of the answers: use one of { $ids }
reader-newer-key = came with format { $since }, but the file says it is format { $version }: write the file as { $since }, or leave this out
export-must-be-null = must be null: the form does not ask this with the answers given
export-must-be-written-as = must be written as { $value }
export-internal = Internal error: a required answer is missing although the checks passed
