### The PDF copy of a referral (src/pdf/, src/cli_pdf.rs and the app's
### "Save a copy as PDF"). The form's own words are in form.ftl.

## The document

pdf-title = Prevent National Referral Form
# The PDF's title in its properties: never a person's name.
pdf-document-title = Prevent National Referral Form – referral { $id }
pdf-reference = Referral { $id }
# { $page } and { $pages } are filled in on each page.
pdf-page-of = Page { $page } of { $pages }
pdf-draft = DRAFT – NOT COMPLETE
pdf-draft-note = This is a copy of a referral that is not finished, made to discuss it. It has not been sent. The problems still open are listed below.
pdf-problems-heading = Still to do before this referral can be sent
pdf-problem = { $section }: { $message }
pdf-question = Question
pdf-answer = Answer
pdf-summary-heading = Summary
pdf-summary-note = What is needed first: the person, the concern, the risk, earlier referrals and who referred. Every answer is given in full after it.
pdf-summary-continues = The concern continues in full under “{ $section }”.
pdf-summary-concern = The concern, in the referrer's words
pdf-summary-immediate-risk = Immediate risk of harm
pdf-summary-police-called = 999 called
pdf-summary-weapons = Access to weapons
pdf-summary-carries-weapon = Has carried a knife or weapon
pdf-summary-violence = Violence, or threats of it
pdf-summary-travel = Travel to a conflict zone
pdf-summary-earlier = Referred to Prevent before
pdf-summary-referrer = Referred by
pdf-summary-referrer-role = Their job title
pdf-summary-referrer-organisation = Their organisation
pdf-summary-referrer-phone = Their telephone
pdf-summary-referrer-extension = Extension
pdf-summary-referrer-email = Their email
pdf-about-heading = This copy
pdf-referral-date = Date of referral
pdf-made = Copy made
pdf-made-at = { $date } at { $time }
pdf-program = Made with
pdf-program-version = { $app } { $version }
pdf-form-edition = Form edition
pdf-form-edition-value = { $edition }: the Prevent National Referral Form (2025) with the questions asked since the 2025–2026 reviews
pdf-referral-id = Referral id
pdf-sent-to = Sent to
pdf-immediate-risk-called = Someone was at immediate risk of harm when this referral was made. The referrer has called 999.
pdf-immediate-risk-not-called = Someone was at immediate risk of harm when this referral was made. The referrer has not yet confirmed calling 999: if anyone is in danger now, call 999.

## Making it

pdf-layout-failed = the PDF copy could not be made ({ $why }): nothing was written
pdf-not-built = this build of Prevent Referral has no PDF maker: nothing was written
pdf-encrypt-failed = could not encrypt the PDF copy ({ $why }): nothing was written

## The command line

cli-pdf-encrypted = { $file } is encrypted: import it with `prevent-referral drafts import FILE`, then make the copy with `prevent-referral drafts pdf ID`
cli-pdf-incomplete = the referral is not complete, so no copy was written: fix the problems listed, or give --draft for a copy marked DRAFT – NOT COMPLETE
cli-pdf-placeholders = some characters no font on this computer can draw are shown as □ in the copy ({ $codes }); the export (JSON) holds them exactly as typed.
cli-pdf-not-encrypted = { $file } is not encrypted: anyone who can open it can read the referral. Keep it only where OFFICIAL-SENSITIVE information may be kept, or give --recipient to encrypt it.

## The app: "Save a copy as PDF"

menu-save-pdf = Save a copy as PDF…
picker-pdf-title = Save a copy of the referral as PDF
dialog-pdf-title = Save a copy as PDF
dialog-pdf-text = Encrypt the copy so that only the teams you tick can open it. A copy for your own records system may need to be saved without encryption.
dialog-pdf-plain-warning = Not encrypted: anyone who gets the file can read the referral. Keep it only where OFFICIAL-SENSITIVE information may be kept.
dialog-pdf-encrypted-button = Save encrypted copy
dialog-pdf-plain-button = Save copy without encryption
dialog-offer-pdf-text = Police Prevent inboxes, the MASH and your school's or service's records take the referral as a document. Save a copy as PDF now?
dialog-offer-pdf-save = Save a copy as PDF now
dialog-offer-pdf-not-now = Not now
notice-pdf-saved-encrypted = A copy of the referral was saved as { $name } in { $folder }, encrypted for the teams you chose.
notice-pdf-saved-plain = A copy of the referral was saved as { $name } in { $folder }. It is not encrypted: anyone who gets the file can read it, so keep it only where OFFICIAL-SENSITIVE information may be kept.
notice-pdf-placeholders = Some characters no font on this computer can draw are shown as □ in the copy ({ $codes }); the export (JSON) holds them exactly as typed.
notice-pdf-draft = The referral is not complete, so the copy is marked DRAFT – NOT COMPLETE and lists what is still to do.
notice-pdf-failed = No copy was saved: { $why }
notice-pdf-write-failed = The copy could not be saved as { $name }: { $why }. Nothing was written; choose another folder.
pdf-history = History
pdf-history-value =
    { $entries ->
        [one] { $entries } entry, the latest with SHA-256 { $hash }
       *[other] { $entries } entries, the latest with SHA-256 { $hash }
    }

pdf-placeholder-label = Characters not shown
pdf-placeholder = Characters that no font on this computer can draw, and a letter under more accents or marks than any language writes, are shown as □ in this copy. The export (JSON) holds every answer exactly as typed.
pdf-typesetter-stopped = the typesetter stopped on this text (a fault in it, not in the referral). Send the export (JSON) instead: it holds every answer exactly as typed
pdf-missing-glyphs = some characters in the answers could not be drawn in the copy. Send the export (JSON) instead: it holds every answer exactly as typed

pdf-answer-cut =
    { $count ->
        [one] … [1 more character is not shown here: the answer is longer than the form allows]
       *[other] … [{ $count } more characters are not shown here: the answer is longer than the form allows]
    }
