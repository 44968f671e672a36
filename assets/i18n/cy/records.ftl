## Ar ôl anfon: nodi bod atgyfeiriad wedi'i anfon, a beth ddigwyddodd nesaf
## (src/history/follow_up.rs, src/ui/mark_sent.rs, src/cli_follow_up.rs).

sent_how-email = E-bost diogel
sent_how-online_form = Ffurflen ar-lein tîm Prevent yr heddlu
sent_how-by_hand = Â llaw neu drwy'r post
sent_how-other = Ffordd arall

outcome-no_further_action = Dim camau pellach
outcome-signposted = Cyfeiriwyd at wasanaeth arall
outcome-channel_offered = Cynigiwyd cymorth Channel
outcome-channel_accepted = Derbyniwyd cymorth Channel
outcome-channel_declined = Gwrthodwyd cymorth Channel
outcome-police_led = Dan arweiniad yr heddlu
outcome-other = Rhywbeth arall

# Gwrthod: mae'r cofnod fel yr oedd.
follow-up-record-not-trusted = Nid yw cofnod yr atgyfeiriad hwn yn dal at ei gilydd, felly ni ellir ychwanegu dim ato. Agorwch ei hanes i weld pam.
follow-up-not-exported = Nid yw'r atgyfeiriad hwn wedi'i allforio ers iddo gael ei newid ddiwethaf. Allforiwch ef, anfonwch y ffeil honno, yna nodwch ei fod wedi'i anfon.
follow-up-changed-since-export = Mae'r atebion wedi newid ers i'r atgyfeiriad hwn gael ei allforio. Allforiwch ef eto, anfonwch y ffeil honno, yna nodwch ei fod wedi'i anfon.
follow-up-already-sent = Mae'r atgyfeiriad hwn eisoes wedi'i nodi fel un a anfonwyd. I newid yr hyn a anfonwyd, gwnewch gywiriad yn gyntaf.
follow-up-not-sent = Nodwch fod yr atgyfeiriad hwn wedi'i anfon cyn cofnodi beth ddigwyddodd nesaf.
follow-up-in-future = Rhaid i'r dyddiad fod heddiw neu yn y gorffennol
follow-up-before-sending = Rhaid i'r dyddiad fod ar { $date } neu wedi hynny, pan gafodd yr atgyfeiriad ei allforio neu ei anfon
follow-up-no-such-entry = Nid oes cofnod { $entry } o'r math hwn i'w gywiro: rhowch rif cofnod cynharach o'r un math (mae drafts history yn eu rhifo)
follow-up-date-missing = Rhowch y dyddiad
follow-up-text-missing = Rhowch y testun
follow-up-text-too-long = Rhaid i hwn fod yn { $limit } nod neu lai
mark-sent-to-missing = Rhowch i bwy y gwnaethoch ei anfon
mark-sent-to-too-long = Rhaid i'r manylion am bwy y gwnaethoch ei anfon ato fod yn { $limit } nod neu lai
follow-up-recorded-by-missing = Rhowch eich enw
follow-up-recorded-by-too-long = Rhaid i'ch enw fod yn { $limit } nod neu lai
follow-up-note-missing = Rhowch beth a drafodwyd, a gytunwyd neu a wnaed
follow-up-note-too-long = Rhaid i'r nodyn fod yn { $limit } nod neu lai
follow-up-acknowledged-by-missing = Rhowch enw pwy a'i cydnabu
follow-up-acknowledged-by-too-long = Rhaid i'r manylion am bwy a'i cydnabu fod yn { $limit } nod neu lai
follow-up-police-reference-too-long = Rhaid i gyfeirnod yr heddlu fod yn { $limit } nod neu lai
follow-up-contact-with-missing = Rhowch gyda phwy y buoch mewn cysylltiad
follow-up-contact-with-too-long = Rhaid i'r manylion am bwy y buoch mewn cysylltiad ag ef fod yn { $limit } nod neu lai
follow-up-outcome-reason-too-long = Rhaid i'r rheswm fod yn { $limit } nod neu lai
follow-up-action-why-missing = Rhowch pam y cafodd ei wneud
follow-up-action-why-too-long = Rhaid i'r rheswm pam y cafodd ei wneud fod yn { $limit } nod neu lai
follow-up-amends-reason-missing = Rhowch pam rydych yn cywiro'r cofnod cynharach
follow-up-amends-reason-too-long = Rhaid i'r rheswm dros ei gywiro fod yn { $limit } nod neu lai

# Sgrin yr hanes, `drafts history` a'r gronoleg.
history-marked-sent = Nodwyd ei fod wedi'i anfon: anfonwyd ar { $on } ({ $how }) at { $to }; SHA-256 yr allforyn a anfonwyd yw { $hash }
history-acknowledged = Cydnabuwyd ar { $on } gan { $by }
history-acknowledged-reference = Cydnabuwyd ar { $on } gan { $by }, cyfeirnod yr heddlu { $reference }
history-contact = Cysylltiad ar { $on } gyda { $with }
history-contact-panel = Cysylltiad ar { $on } gyda { $with }, gyda gwahoddiad i banel Channel
history-outcome = Canlyniad a roddwyd ar { $on }: { $outcome }
history-outcome-reason = Canlyniad a roddwyd ar { $on }: { $outcome }, oherwydd { $reason }
history-own-action = Ein camau ein hunain ar { $on }, oherwydd { $why }
history-review-due = Ar { $on }: mae adolygiad yn ddyledus ar { $due }
history-recorded-by = cofnodwyd gan { $by }
history-note = nodyn: { $note }
history-amends = yn cywiro cofnod { $entry }: { $reason }

# Y llinell orchymyn.
cli-follow-up-bad-date = Nid yw "{ $date }" yn ddyddiad: rhowch ef fel YYYY-MM-DD (blwyddyn-mis-diwrnod), er enghraifft 2026-12-04
cli-follow-up-bad-choice = Nid yw "{ $value }" yn un o: { $choices }
cli-follow-up-needs = mae angen { $option } ar y math hwn o gofnod dilynol
cli-follow-up-refused-option = { $option }: { $why }
cli-mark-sent-not-complete = nid yw'r atgyfeiriad hwn yn gyflawn, felly ni ellir nodi ei fod wedi'i anfon: mae `drafts export` yn rhestru'r hyn sydd ar goll
cli-marked-sent = nodwyd bod { $id } wedi'i anfon: dim ond i'w ddarllen y mae nawr. Cofnodwch beth sy'n digwydd nesaf gyda `drafts follow-up`.
cli-follow-up-recorded = cofnodwyd beth ddigwyddodd nesaf i { $id }

# `drafts chronology`.
chronology-title = Cronoleg atgyfeiriad { $id }
chronology-not-marked-sent = Heb nodi ei fod wedi'i anfon.
chronology-outcome = Canlyniad: { $outcome } (a roddwyd ar { $on })
chronology-review-due = Adolygiad nesaf yn ddyledus: { $due }
follow-up-too-far-ahead = Rhaid i ddyddiad yr adolygiad fod o fewn dwy flynedd i'r diwrnod y byddwch yn ei gofnodi
