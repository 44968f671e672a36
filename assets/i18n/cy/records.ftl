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
follow-up-characters = Tynnwch y nodau rheoli neu'r nodau sy'n newid cyfeiriad: ni fyddai'r cofnod yn dangos yr hyn a deipiwyd gennych.
follow-up-text-too-long =
    { $limit ->
        [zero] Rhaid i hwn fod yn { $limit } nod neu lai
        [one] Rhaid i hwn fod yn { $limit } nod neu lai
        [two] Rhaid i hwn fod yn { $limit } nod neu lai
        [few] Rhaid i hwn fod yn { $limit } nod neu lai
        [many] Rhaid i hwn fod yn { $limit } nod neu lai
       *[other] Rhaid i hwn fod yn { $limit } nod neu lai
    }
mark-sent-to-missing = Rhowch i bwy y gwnaethoch ei anfon
mark-sent-to-too-long =
    { $limit ->
        [zero] Rhaid i'r manylion am bwy y gwnaethoch ei anfon ato fod yn { $limit } nod neu lai
        [one] Rhaid i'r manylion am bwy y gwnaethoch ei anfon ato fod yn { $limit } nod neu lai
        [two] Rhaid i'r manylion am bwy y gwnaethoch ei anfon ato fod yn { $limit } nod neu lai
        [few] Rhaid i'r manylion am bwy y gwnaethoch ei anfon ato fod yn { $limit } nod neu lai
        [many] Rhaid i'r manylion am bwy y gwnaethoch ei anfon ato fod yn { $limit } nod neu lai
       *[other] Rhaid i'r manylion am bwy y gwnaethoch ei anfon ato fod yn { $limit } nod neu lai
    }
follow-up-recorded-by-missing = Rhowch eich enw
follow-up-recorded-by-too-long =
    { $limit ->
        [zero] Rhaid i'ch enw fod yn { $limit } nod neu lai
        [one] Rhaid i'ch enw fod yn { $limit } nod neu lai
        [two] Rhaid i'ch enw fod yn { $limit } nod neu lai
        [few] Rhaid i'ch enw fod yn { $limit } nod neu lai
        [many] Rhaid i'ch enw fod yn { $limit } nod neu lai
       *[other] Rhaid i'ch enw fod yn { $limit } nod neu lai
    }
follow-up-note-missing = Rhowch beth a drafodwyd, a gytunwyd neu a wnaed
follow-up-note-too-long =
    { $limit ->
        [zero] Rhaid i'r nodyn fod yn { $limit } nod neu lai
        [one] Rhaid i'r nodyn fod yn { $limit } nod neu lai
        [two] Rhaid i'r nodyn fod yn { $limit } nod neu lai
        [few] Rhaid i'r nodyn fod yn { $limit } nod neu lai
        [many] Rhaid i'r nodyn fod yn { $limit } nod neu lai
       *[other] Rhaid i'r nodyn fod yn { $limit } nod neu lai
    }
follow-up-acknowledged-by-missing = Rhowch enw pwy a'i cydnabu
follow-up-acknowledged-by-too-long =
    { $limit ->
        [zero] Rhaid i'r manylion am bwy a'i cydnabu fod yn { $limit } nod neu lai
        [one] Rhaid i'r manylion am bwy a'i cydnabu fod yn { $limit } nod neu lai
        [two] Rhaid i'r manylion am bwy a'i cydnabu fod yn { $limit } nod neu lai
        [few] Rhaid i'r manylion am bwy a'i cydnabu fod yn { $limit } nod neu lai
        [many] Rhaid i'r manylion am bwy a'i cydnabu fod yn { $limit } nod neu lai
       *[other] Rhaid i'r manylion am bwy a'i cydnabu fod yn { $limit } nod neu lai
    }
follow-up-police-reference-too-long =
    { $limit ->
        [zero] Rhaid i gyfeirnod yr heddlu fod yn { $limit } nod neu lai
        [one] Rhaid i gyfeirnod yr heddlu fod yn { $limit } nod neu lai
        [two] Rhaid i gyfeirnod yr heddlu fod yn { $limit } nod neu lai
        [few] Rhaid i gyfeirnod yr heddlu fod yn { $limit } nod neu lai
        [many] Rhaid i gyfeirnod yr heddlu fod yn { $limit } nod neu lai
       *[other] Rhaid i gyfeirnod yr heddlu fod yn { $limit } nod neu lai
    }
follow-up-contact-with-missing = Rhowch gyda phwy y buoch mewn cysylltiad
follow-up-contact-with-too-long =
    { $limit ->
        [zero] Rhaid i'r manylion am bwy y buoch mewn cysylltiad ag ef fod yn { $limit } nod neu lai
        [one] Rhaid i'r manylion am bwy y buoch mewn cysylltiad ag ef fod yn { $limit } nod neu lai
        [two] Rhaid i'r manylion am bwy y buoch mewn cysylltiad ag ef fod yn { $limit } nod neu lai
        [few] Rhaid i'r manylion am bwy y buoch mewn cysylltiad ag ef fod yn { $limit } nod neu lai
        [many] Rhaid i'r manylion am bwy y buoch mewn cysylltiad ag ef fod yn { $limit } nod neu lai
       *[other] Rhaid i'r manylion am bwy y buoch mewn cysylltiad ag ef fod yn { $limit } nod neu lai
    }
follow-up-outcome-reason-too-long =
    { $limit ->
        [zero] Rhaid i'r rheswm fod yn { $limit } nod neu lai
        [one] Rhaid i'r rheswm fod yn { $limit } nod neu lai
        [two] Rhaid i'r rheswm fod yn { $limit } nod neu lai
        [few] Rhaid i'r rheswm fod yn { $limit } nod neu lai
        [many] Rhaid i'r rheswm fod yn { $limit } nod neu lai
       *[other] Rhaid i'r rheswm fod yn { $limit } nod neu lai
    }
follow-up-action-why-missing = Rhowch y rheswm pam y cafodd ei wneud
follow-up-action-why-too-long =
    { $limit ->
        [zero] Rhaid i'r rheswm pam y cafodd ei wneud fod yn { $limit } nod neu lai
        [one] Rhaid i'r rheswm pam y cafodd ei wneud fod yn { $limit } nod neu lai
        [two] Rhaid i'r rheswm pam y cafodd ei wneud fod yn { $limit } nod neu lai
        [few] Rhaid i'r rheswm pam y cafodd ei wneud fod yn { $limit } nod neu lai
        [many] Rhaid i'r rheswm pam y cafodd ei wneud fod yn { $limit } nod neu lai
       *[other] Rhaid i'r rheswm pam y cafodd ei wneud fod yn { $limit } nod neu lai
    }
follow-up-amends-reason-missing = Rhowch y rheswm pam rydych yn cywiro'r cofnod cynharach
follow-up-amends-reason-too-long =
    { $limit ->
        [zero] Rhaid i'r rheswm dros ei gywiro fod yn { $limit } nod neu lai
        [one] Rhaid i'r rheswm dros ei gywiro fod yn { $limit } nod neu lai
        [two] Rhaid i'r rheswm dros ei gywiro fod yn { $limit } nod neu lai
        [few] Rhaid i'r rheswm dros ei gywiro fod yn { $limit } nod neu lai
        [many] Rhaid i'r rheswm dros ei gywiro fod yn { $limit } nod neu lai
       *[other] Rhaid i'r rheswm dros ei gywiro fod yn { $limit } nod neu lai
    }

# Sgrin yr hanes, `drafts history` a'r gronoleg.
history-marked-sent = Nodwyd ei fod wedi'i anfon: anfonwyd ar { $on } ({ $how }) at { $to }; SHA-256 yr allforiad a anfonwyd yw { $hash }
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
chronology-outcome-value = { $outcome } (a roddwyd ar { $on })
chronology-placeholder-label = Nodau heb eu dangos
chronology-placeholder = Mae nodau na all ffont y PDF hwn eu tynnu (emoji, rhai sgriptiau), a llythyren o dan fwy o acenion neu farciau nag y mae unrhyw iaith yn eu hysgrifennu, yn cael eu dangos fel □. Mae'r cofnod yn eu cadw fel y'u teipiwyd: mae `drafts chronology ID` yn eu hargraffu.
chronology-document-title = Atgyfeiriad Prevent { $id }: cronoleg
chronology-sent-label = Anfonwyd
chronology-outcome-label = Canlyniad
chronology-review-label = Adolygiad nesaf yn ddyledus
chronology-record-label = Y cofnod
chronology-made-label = Gwnaed y gronoleg hon
chronology-item-column = Eitem
chronology-detail-column = Manylion
chronology-entries-heading = Pob cofnod, yr hynaf yn gyntaf
chronology-entry-column = Cofnod
chronology-what-column = Beth ddigwyddodd
chronology-entry = { $number }. { $when }
follow-up-too-far-ahead = Rhaid i ddyddiad yr adolygiad fod o fewn dwy flynedd i'r diwrnod y byddwch yn ei gofnodi

# Exported, then marked as sent (src/ui/sent.rs, src/ui/record.rs).
status-exported = Wedi'i allforio, heb ei nodi fel un a anfonwyd
home-exported-line = Allforiwyd ar { $when }, heb ei nodi fel un a anfonwyd
exported-not-sent = Allforiwyd ar { $when }. Heb ei nodi fel un a anfonwyd eto.
exported-banner-hint = Nid yw allforio ffeil na chadw PDF yn ei anfon. Ar ôl i chi anfon yr atgyfeiriad at y tîm Prevent, nodwch ei fod wedi'i anfon: o hynny ymlaen cedwir ei atebion fel y cawsant eu hanfon.
sent-line = Anfonwyd ar { $date } ({ $how }) at { $to }.
mark-sent-heading = Nodi bod yr atgyfeiriad hwn wedi'i anfon
mark-sent-intro = Dywedwch pryd, sut ac at bwy yr anfonoch chi'r allforiad. Yna cedwir yr atgyfeiriad fel un a anfonwyd, ac ni ellir ei newid heb gywiriad.
mark-sent-open = Nodi ei fod wedi'i anfon
mark-sent-on = Y dyddiad y gwnaethoch ei anfon
mark-sent-how = Sut gwnaethoch chi ei anfon?
mark-sent-how-missing = Dewiswch sut gwnaethoch chi ei anfon
mark-sent-to = At bwy gwnaethoch chi ei anfon?
mark-sent-to-hint = Y tîm Prevent, neu'r cyfeiriad y gwnaethoch ei anfon ato
mark-sent-submit = Nodi ei fod wedi'i anfon
record-recorded-by = Cofnodwyd gan
record-recorded-by-hint = Eich enw
record-note = Nodyn
record-note-hint = Beth a drafodwyd, a gytunwyd neu a wnaed. Cadwch ef yn fyr: mae'r hanes llawn yn perthyn i'ch ffeil diogelu.
record-date-incomplete = Rhaid i'r dyddiad gynnwys diwrnod, mis a blwyddyn
record-date-not-real = Rhaid i'r dyddiad fod yn ddyddiad go iawn
notice-marked-sent = Nodwyd ei fod wedi'i anfon. Cofnodwch beth sy'n digwydd nesaf o dan "Beth ddigwyddodd nesaf".
notice-follow-up-recorded = Cofnodwyd yn hanes yr atgyfeiriad.
history-entries-heading = Popeth a ddigwyddodd, y diweddaraf yn gyntaf

# What happened next (src/ui/record.rs).
what-next-heading = Beth ddigwyddodd nesaf
what-next-outcome = Canlyniad: { $outcome } (dywedwyd ar { $date })
what-next-no-outcome = Dim canlyniad wedi'i gofnodi eto.
what-next-review = Adolygiad nesaf yn ddyledus ar { $date }
what-next-open = Cofnodi beth ddigwyddodd nesaf
what-next-form-heading = Cofnodi beth ddigwyddodd nesaf
what-next-kind = Beth ddigwyddodd?
what-next-on = Y dyddiad y digwyddodd
what-next-by = Pwy wnaeth ei gydnabod?
what-next-by-hint = Enw, neu'r tîm
what-next-police-reference = Cyfeirnod yr heddlu
what-next-with = Gyda phwy oeddech chi mewn cysylltiad?
what-next-with-hint = Er enghraifft, swyddog Prevent, neu ofal cymdeithasol plant
what-next-panel = Cawsom wahoddiad i banel Channel
what-next-outcome-choice = Beth ddywedodd y tîm Prevent?
what-next-reason = Y rheswm a roddwyd ganddynt
what-next-why = Pam y'i gwnaed?
what-next-due = Y dyddiad y mae'r adolygiad yn ddyledus
what-next-due-hint = Caiff achosion Channel eu hadolygu 6 a 12 mis ar ôl iddynt gau. Er enghraifft, 4 6 2027
what-next-submit = Cadw'r cofnod hwn
follow-up-kind-missing = Dewiswch beth ddigwyddodd
follow-up-outcome-missing = Dewiswch beth ddywedodd y tîm Prevent
follow_up_kind-acknowledged = Cydnabu'r tîm Prevent ei fod wedi'i gael
follow_up_kind-contact = Cysylltiad â swyddog Prevent neu asiantaeth arall
follow_up_kind-outcome = Y canlyniad a ddywedwyd wrthym
follow_up_kind-action = Ein camau ein hunain
follow_up_kind-review = Dyddiad adolygu

# Due (src/history/due.rs): on the home screen and in `drafts list`.
home-due-heading = Beth sy'n ddyledus
home-due-open = Agor beth ddigwyddodd nesaf
home-due-open-name = Agor beth ddigwyddodd nesaf ar gyfer { $name }
due-acknowledgement = Dim cydnabyddiaeth wedi'i chofnodi ers { $date }: gofynnwch i'r tîm Prevent a yw'r atgyfeiriad ganddynt, yna cofnodwch beth maen nhw'n ei ddweud.
due-outcome = Dim canlyniad wedi'i gofnodi ers { $date }: gofynnwch i'r tîm Prevent beth ddaeth o'r atgyfeiriad, yna cofnodwch ef.
due-review = Roedd adolygiad yn ddyledus ar { $date }: adolygwch yr achos, cofnodwch beth wnaethoch chi, a gosodwch y dyddiad adolygu nesaf os oes un.

# Atgyfeiriwyd o'r blaen: atgyfeiriad arall a gedwir yma am yr un person.
referred-before-title = Efallai bod yr unigolyn hwn wedi'i atgyfeirio o'r blaen
referred-before-hint = Mae atgyfeiriad arall a gedwir yn yr ap hwn yn ymwneud â rhywun â'r un enw ac oedran. Gwiriwch mai'r un unigolyn ydyw cyn i chi ei ychwanegu at yr atgyfeiriad hwn.
referred-before-sent = Dechreuwyd { $started }, anfonwyd ar { $sent }.
referred-before-sent-outcome = Dechreuwyd { $started }, anfonwyd ar { $sent }. Canlyniad: { $outcome }
referred-before-not-sent = Dechreuwyd { $started }, heb nodi ei fod wedi'i anfon.
referred-before-add = Ychwanegu'r atgyfeiriad a anfonwyd ar { $sent } at yr atgyfeiriadau cynharach
referred-before-added = Mae wedi'i ychwanegu at atgyfeiriadau cynharach yr atgyfeiriad hwn.
notice-earlier-referral-added = Ychwanegwyd yr atgyfeiriad a anfonwyd ar { $sent } at “{ $question }” yn “{ $section }”. Gwiriwch y cofnod yno ac ychwanegwch unrhyw beth rydych chi'n ei wybod.
