## After sending: marking a referral sent, and what happened next
## (src/history/follow_up.rs, src/ui/mark_sent.rs, src/cli_follow_up.rs).

sent_how-email = Secure email
sent_how-online_form = The police Prevent team's online form
sent_how-by_hand = By hand or by post
sent_how-other = Another way

outcome-no_further_action = No further action
outcome-signposted = Signposted to another service
outcome-channel_offered = Channel support offered
outcome-channel_accepted = Channel support accepted
outcome-channel_declined = Channel support declined
outcome-police_led = Police-led
outcome-other = Something else

# Refusals: the record is as it was.
follow-up-record-not-trusted = This referral's record does not hold together, so nothing can be added to it. Open its history to see why.
follow-up-not-exported = This referral has not been exported since it was last changed. Export it, send that file, then mark it as sent.
follow-up-changed-since-export = The answers have changed since this referral was exported. Export it again, send that file, then mark it as sent.
follow-up-already-sent = This referral is already marked as sent. To change what was sent, make a correction first.
follow-up-not-sent = Mark this referral as sent before you record what happened next.
follow-up-in-future = The date must be today or in the past
follow-up-before-sending = The date must be on or after { $date }, when the referral was exported or sent
follow-up-no-such-entry = There is no entry { $entry } of this kind to put right: give the number of an earlier entry of the same kind (drafts history numbers them)
follow-up-date-missing = Enter the date
follow-up-text-missing = Enter the text
follow-up-characters = Take out the control or direction-changing characters: the record would not show what you typed.
follow-up-text-too-long =
    { $limit ->
        [one] This must be { $limit } character or fewer
       *[other] This must be { $limit } characters or fewer
    }
mark-sent-to-missing = Enter who you sent it to
mark-sent-to-too-long =
    { $limit ->
        [one] Who you sent it to must be { $limit } character or fewer
       *[other] Who you sent it to must be { $limit } characters or fewer
    }
follow-up-recorded-by-missing = Enter your name
follow-up-recorded-by-too-long =
    { $limit ->
        [one] Your name must be { $limit } character or fewer
       *[other] Your name must be { $limit } characters or fewer
    }
follow-up-note-missing = Enter what was discussed, agreed or done
follow-up-note-too-long =
    { $limit ->
        [one] The note must be { $limit } character or fewer
       *[other] The note must be { $limit } characters or fewer
    }
follow-up-acknowledged-by-missing = Enter who acknowledged it
follow-up-acknowledged-by-too-long =
    { $limit ->
        [one] Who acknowledged it must be { $limit } character or fewer
       *[other] Who acknowledged it must be { $limit } characters or fewer
    }
follow-up-police-reference-too-long =
    { $limit ->
        [one] The police reference must be { $limit } character or fewer
       *[other] The police reference must be { $limit } characters or fewer
    }
follow-up-contact-with-missing = Enter who you were in contact with
follow-up-contact-with-too-long =
    { $limit ->
        [one] Who you were in contact with must be { $limit } character or fewer
       *[other] Who you were in contact with must be { $limit } characters or fewer
    }
follow-up-outcome-reason-too-long =
    { $limit ->
        [one] The reason must be { $limit } character or fewer
       *[other] The reason must be { $limit } characters or fewer
    }
follow-up-action-why-missing = Enter why it was done
follow-up-action-why-too-long =
    { $limit ->
        [one] Why it was done must be { $limit } character or fewer
       *[other] Why it was done must be { $limit } characters or fewer
    }
follow-up-amends-reason-missing = Enter why you are putting the earlier entry right
follow-up-amends-reason-too-long =
    { $limit ->
        [one] Why you are putting it right must be { $limit } character or fewer
       *[other] Why you are putting it right must be { $limit } characters or fewer
    }

# The history screen, `drafts history` and the chronology.
history-marked-sent = Marked as sent: sent on { $on } ({ $how }) to { $to }; the export sent has SHA-256 { $hash }
history-acknowledged = Acknowledged on { $on } by { $by }
history-acknowledged-reference = Acknowledged on { $on } by { $by }, police reference { $reference }
history-contact = Contact on { $on } with { $with }
history-contact-panel = Contact on { $on } with { $with }, with an invitation to a Channel panel
history-outcome = Outcome told on { $on }: { $outcome }
history-outcome-reason = Outcome told on { $on }: { $outcome }, because { $reason }
history-own-action = Our own action on { $on }, because { $why }
history-review-due = On { $on }: a review is due on { $due }
history-recorded-by = recorded by { $by }
history-note = note: { $note }
history-amends = puts right entry { $entry }: { $reason }

# The command line.
cli-follow-up-bad-date = "{ $date }" is not a date: give it as YYYY-MM-DD, for example 2026-12-04
cli-follow-up-bad-choice = "{ $value }" is not one of: { $choices }
cli-follow-up-needs = this kind of follow-up needs { $option }
cli-follow-up-refused-option = { $option }: { $why }
cli-mark-sent-not-complete = this referral is not complete, so it cannot be marked as sent: `drafts export` lists what is missing
cli-marked-sent = marked { $id } as sent: it is read-only now. Record what happens next with `drafts follow-up`.
cli-follow-up-recorded = recorded what happened next for { $id }

# `drafts chronology`.
chronology-title = Chronology of referral { $id }
chronology-not-marked-sent = Not marked as sent.
chronology-outcome = Outcome: { $outcome } (told on { $on })
chronology-review-due = Next review due: { $due }
chronology-outcome-value = { $outcome } (told on { $on })
chronology-placeholder-label = Characters not shown
chronology-placeholder = Characters this PDF's font cannot draw (an emoji, some scripts), and a letter under more accents or marks than any language writes, are shown as □. The record holds them as typed: `drafts chronology ID` prints them.
chronology-document-title = Prevent referral { $id }: chronology
chronology-sent-label = Sent
chronology-outcome-label = Outcome
chronology-review-label = Next review due
chronology-record-label = The record
chronology-made-label = This chronology was made
chronology-item-column = Item
chronology-detail-column = Detail
chronology-entries-heading = Every entry, oldest first
chronology-entry-column = Entry
chronology-what-column = What happened
chronology-entry = { $number }. { $when }
follow-up-too-far-ahead = The review date must be within two years of the day you record it

# Exported, then marked as sent (src/ui/sent.rs, src/ui/record.rs).
status-exported = Exported, not yet marked as sent
home-exported-line = Exported on { $when }, not yet marked as sent
exported-not-sent = Exported on { $when }. Not yet marked as sent.
exported-banner-hint = Exporting a file or saving a PDF is not sending it. Once you have sent the referral to the Prevent team, mark it as sent: from then its answers are kept as they were sent.
sent-line = Sent on { $date } ({ $how }) to { $to }.
mark-sent-heading = Mark this referral as sent
mark-sent-intro = Say when, how and to whom you sent the export. The referral is then kept as sent and cannot be changed without a correction.
mark-sent-open = Mark as sent
mark-sent-on = Date you sent it
mark-sent-how = How did you send it?
mark-sent-how-missing = Select how you sent it
mark-sent-to = Who did you send it to?
mark-sent-to-hint = The Prevent team, or the address you sent it to
mark-sent-submit = Mark as sent
record-recorded-by = Recorded by
record-recorded-by-hint = Your name
record-note = Note
record-note-hint = What was discussed, agreed or done. Keep it short: the full account belongs in your safeguarding file.
record-date-incomplete = The date must include a day, month and year
record-date-not-real = The date must be a real date
notice-marked-sent = Marked as sent. Record what happens next under "What happened next".
notice-follow-up-recorded = Recorded in the referral's history.
history-entries-heading = Everything that happened, newest first

# What happened next (src/ui/record.rs).
what-next-heading = What happened next
what-next-outcome = Outcome: { $outcome } (told on { $date })
what-next-no-outcome = No outcome recorded yet.
what-next-review = Next review due on { $date }
what-next-open = Record what happened next
what-next-form-heading = Record what happened next
what-next-kind = What happened?
what-next-on = Date it happened
what-next-by = Who acknowledged it?
what-next-by-hint = A name, or the team
what-next-police-reference = Police reference
what-next-with = Who were you in contact with?
what-next-with-hint = For example, the Prevent officer, or children's social care
what-next-panel = We were invited to a Channel panel
what-next-outcome-choice = What did the Prevent team say?
what-next-reason = The reason they gave
what-next-why = Why was it done?
what-next-due = Date the review is due
what-next-due-hint = Channel cases are reviewed 6 and 12 months after they close. For example, 4 6 2027
what-next-submit = Save this entry
follow-up-kind-missing = Select what happened
follow-up-outcome-missing = Select what the Prevent team said
follow_up_kind-acknowledged = The Prevent team acknowledged it
follow_up_kind-contact = Contact with the Prevent officer or another agency
follow_up_kind-outcome = The outcome we were told
follow_up_kind-action = Our own action
follow_up_kind-review = A review date

# Due (src/history/due.rs): on the home screen and in `drafts list`.
home-due-heading = What is due
home-due-open = Open what happened next
home-due-open-name = Open what happened next for { $name }
due-acknowledgement = No acknowledgement recorded since { $date }: ask the Prevent team whether they have the referral, then record what they say.
due-outcome = No outcome recorded since { $date }: ask the Prevent team what came of the referral, then record it.
due-review = A review was due on { $date }: review the case, record what you did, and set the next review date if there is one.

# Referred before: another referral kept here about the same person.
referred-before-title = This person may have been referred before
referred-before-hint = Another referral kept in this app is about someone with the same name and age. Check it is the same person before you add it to this referral.
referred-before-sent = Started { $started }, sent on { $sent }.
referred-before-sent-outcome = Started { $started }, sent on { $sent }. Outcome: { $outcome }
referred-before-not-sent = Started { $started }, not marked as sent.
referred-before-add = Add the referral sent on { $sent } to the earlier referrals
referred-before-added = It is in the earlier referrals of this referral.
notice-earlier-referral-added = The referral sent on { $sent } was added to “{ $question }” in “{ $section }”. Check the entry there and add anything you know.
