## Cymorth y llinell orchymyn a'i gwallau defnydd (src/cli/help.rs).
## Mae enwau'r opsiynau (--out) a'r gwerthoedd maen nhw'n eu cymryd
## (email, online-form) yr un fath ym mhob iaith: mae sgriptiau'n eu teipio.

cli-heading-usage = Defnydd
cli-heading-commands = Gorchmynion
cli-heading-arguments = Dadleuon
cli-heading-options = Opsiynau

cli-value-file = FFEIL
cli-value-dir = FFOLDER
cli-value-renderer = RENDRWR
cli-value-language = IAITH
cli-value-keyfile = FFEIL_ALLWEDD
cli-value-out-pdf = ALLAN.pdf
cli-value-age-public-key = ALLWEDD_GYHOEDDUS_AGE
cli-value-yyyy-mm-dd = YYYY-MM-DD
cli-value-name = ENW
cli-value-text = TESTUN
cli-value-n = N
cli-value-days = DYDDIAU
cli-value-id = ID
cli-value-kind = MATH
cli-value-how = SUT
cli-value-to = I_BWY
cli-value-note = NODYN
cli-value-police-reference = CYFEIRNOD_HEDDLU
cli-value-outcome = CANLYNIAD
cli-value-reason = RHESWM
cli-value-why = PAM
cli-value-command = GORCHYMYN
cli-value-options = OPSIYNAU

cli-help = Llenwi, gwirio, cadw ac allforio Ffurflen Atgyfeirio Genedlaethol Prevent
cli-help-long =
    Llenwi, gwirio, cadw ac allforio Ffurflen Atgyfeirio Genedlaethol Prevent (Cymru a Lloegr). Heb orchymyn, mae'r ffenestr yn agor.

    Disgrifir fformat yr allforiad yn docs/EXPORT-FORMAT.md; mae `prevent-referral schema` yn argraffu ei Sgema JSON.

cli-arg-help = Argraffu'r cymorth hwn (mae --help yn dweud mwy na -h)
cli-arg-version = Argraffu'r fersiwn a'r ymrwymiad (commit) y'i hadeiladwyd ohono
cli-arg-data-dir = Y ffolder data sy'n dal llyfrgell y drafftiau (yn ddiofyn: ffolder data'r cyfrifiadur ar gyfer y rhaglen hon, e.e. ~/.local/share/preventreferral); hefyd PREVENT_REFERRAL_DATA_DIR
cli-arg-renderer = Beth sy'n llunio'r ffenestr: auto (y diofyn), dx12, warp, gl neu vulkan; hefyd PREVENT_REFERRAL_RENDERER. I staff TG, ar gyfrifiadur lle nad yw auto yn gweithio
cli-arg-renderer-long =
    Beth sy'n llunio'r ffenestr: auto (y diofyn), dx12, warp, gl neu vulkan; hefyd PREVENT_REFERRAL_RENDERER. I staff TG, ar gyfrifiadur lle nad yw auto yn gweithio.

    auto: ar Windows DX12 ar gerdyn graffeg (neu ei Vulkan neu OpenGL), yna WARP (Direct3D 12 mewn meddalwedd), yna OpenGL mewn meddalwedd; mewn mannau eraill Vulkan, yna OpenGL.
cli-arg-language = Iaith y cymorth a'r negeseuon: en (English) neu cy (Cymraeg); hefyd PREVENT_REFERRAL_LANGUAGE. Hebddo, iaith y cyfrifiadur (mae LANG=C yn rhoi Saesneg)

cli-help-help = Argraffu cymorth y rhaglen neu orchymyn
cli-arg-help-command = Y gorchymyn, e.e. "drafts export"

cli-help-validate = Gwirio ffeiliau allforio yn erbyn pob un o reolau'r ffurflen
cli-help-validate-long =
    Gwirio ffeiliau allforio yn erbyn pob un o reolau'r ffurflen.

    Cod gadael 0 pan fo pob ffeil yn atgyfeiriad cyflawn a dilys; 1 pan fo unrhyw un yn annilys (un llinell i bob problem: FFEIL: referral.llwybr: neges); 2 pan na ellir darllen unrhyw un neu pan nad yw'n allforiad atgyfeiriad.
cli-arg-validate-files = Y ffeiliau allforio (.json) i'w gwirio

cli-help-schema = Argraffu Sgema JSON (2020-12) fformat yr allforiad

cli-help-policy = Argraffu'r gosodiadau a reolir sydd mewn grym ar y cyfrifiadur hwn, ac o ble y daethant
cli-help-policy-long =
    Argraffu'r gosodiadau a reolir sydd mewn grym ar y cyfrifiadur hwn, ac o ble y daethant: wedi'u gosod gan staff TG yn HKLM\SOFTWARE\Policies\PreventReferral ar Windows, yn /etc/prevent-referral/policy.toml mewn mannau eraill.

    Cod gadael 1 pan fyddant yno ond wedi'u gwrthod, gyda'r rhesymau.

cli-help-pdf = Gwneud copi PDF (PDF/UA-1) o ffeil allforio neu ffeil ddrafft
cli-help-pdf-long =
    Gwneud copi PDF (PDF/UA-1) o ffeil allforio neu ffeil ddrafft.

    Cod gadael 1, gan restru'r problemau, pan nad yw'r atgyfeiriad yn gyflawn ac na roddwyd --draft; 2 pan na ellir darllen FFEIL. Ni ysgrifennir dim os bydd unrhyw beth yn methu.
cli-arg-pdf-file = Ffeil allforio (.json) neu ffeil ddrafft, heb ei hamgryptio
cli-arg-pdf-out = Ble i ysgrifennu'r copi PDF (i'r perchennog yn unig). Ni ysgrifennir dim os bydd unrhyw beth yn methu
cli-arg-pdf-draft = Caniatáu copi o atgyfeiriad anghyflawn: mae pob tudalen yn dweud "DRAFFT – HEB EI GWBLHAU" ac mae'r problemau sy'n dal ar agor wedi'u rhestru ynddo
cli-arg-pdf-recipients = Amgryptio'r copi i'r allwedd gyhoeddus age hon ("age1..."); rhowch hi unwaith ar gyfer pob tîm. Os bydd yr amgryptio'n methu, ni ysgrifennir dim
cli-arg-pdf-force = Disodli ALLAN.pdf os yw yno (nid yw byth yn ffolder data, y mewnbwn na dyfais)

cli-help-drafts = Llyfrgell y drafftiau: i staff TG a sgriptiau
cli-help-drafts-long =
    Llyfrgell y drafftiau: i staff TG a sgriptiau.

    Mae'r drafftiau wedi'u hamgryptio: darllenir y cyfrinymadrodd o'r ffeil a enwir gan PREVENT_REFERRAL_PASSPHRASE_FILE, neu gofynnir amdano yn y derfynell.

cli-arg-id = ID y drafft, neu ei nodau cyntaf

cli-help-drafts-import = Gwneud drafft newydd o ffeil ddrafft neu ffeil allforio; yn argraffu ei ID ar y diwedd
cli-arg-drafts-import-file = Y ffeil ddrafft neu'r ffeil allforio (.json, neu .json.age pan fo wedi'i hamgryptio)

cli-help-drafts-list = Rhestru'r drafftiau, y rhai a olygwyd ddiwethaf yn gyntaf
cli-arg-drafts-list-json = Fel JSON, ar gyfer sgriptiau
cli-arg-drafts-list-json-long =
    Fel JSON, ar gyfer sgriptiau: arae o wrthrychau gydag id, label, created_at, updated_at, sections_complete, complete, status (in_progress, ready, exported neu sent), exported_at, sent_on, sent_how, outcome, retained_from, due (beth sy'n ddyledus heddiw: since, what) a same_person (IDs yr atgyfeiriadau eraill am yr un unigolyn).

cli-help-drafts-export = Ysgrifennu ffeil allforio drafft (cod gadael 1, gan restru'r problemau, pan nad yw'r atgyfeiriad yn gyflawn)
cli-arg-drafts-export-out = Ble i'w hysgrifennu; `-` ar gyfer yr allbwn safonol. Byth y tu mewn i'r ffolder data
cli-arg-drafts-export-force = Disodli'r ffeil --out os yw yno
cli-arg-drafts-export-recipients = Amgryptio'r allforiad i'r allwedd gyhoeddus age hon ("age1..."); rhowch hi unwaith ar gyfer pob tîm. Os bydd yr amgryptio'n methu, ni ysgrifennir dim
cli-arg-drafts-export-armor = Gyda --recipient: testun ASCII wedi'i arfogi yn hytrach na deuaidd

cli-help-drafts-pdf = Ysgrifennu copi PDF drafft (cod gadael 1, gan restru'r problemau, pan nad yw'r atgyfeiriad yn gyflawn ac na roddwyd --draft)

cli-help-drafts-delete = Dileu drafft a phob copi ohono

cli-help-drafts-history = Beth ddigwyddodd i ddrafft, yr hynaf yn gyntaf, ac a yw ei gadwyn o stwnshiau'n dal
cli-help-drafts-history-long =
    Beth ddigwyddodd i ddrafft, yr hynaf yn gyntaf, ac a yw ei gadwyn o stwnshiau'n dal.

    Cod gadael 0 pan fo'n dal, 1 pan fo wedi torri, 2 pan na ellir ei darllen.
cli-arg-drafts-history-json = Fel JSON, ar gyfer sgriptiau

cli-help-drafts-mark-sent = Nodi bod atgyfeiriad wedi'i anfon: y diwrnod, sut ac at bwy
cli-help-drafts-mark-sent-long =
    Nodi bod atgyfeiriad wedi'i anfon: y diwrnod, sut ac at bwy. Mae'n enwi'r allforiad a anfonwyd gan ei SHA-256.

    Cod gadael 1, gan ddweud pam, pan nad yw'n gyflawn, pan na chafodd ei allforio erioed, pan newidiodd ers hynny neu pan nodwyd eisoes ei fod wedi'i anfon.
cli-arg-drafts-mark-sent-on = Y diwrnod yr anfonwyd ef (YYYY-MM-DD): heddiw neu cyn hynny, nid cyn ei allforio
cli-arg-drafts-mark-sent-how = Sut: email, online-form, by-hand neu other
cli-arg-drafts-mark-sent-to = At bwy (tîm Prevent yr heddlu, cyfeiriad)
cli-arg-recorded-by = Pwy sy'n ei gofnodi (enw'r atgyfeiriwr os na roddir un)
cli-arg-drafts-mark-sent-note = Nodyn a gedwir gydag ef (dewisol)

cli-help-drafts-follow-up = Cofnodi beth ddigwyddodd nesaf ar atgyfeiriad y nodwyd ei fod wedi'i anfon
cli-help-drafts-follow-up-long =
    Cofnodi beth ddigwyddodd nesaf ar atgyfeiriad y nodwyd ei fod wedi'i anfon. Ni newidir dim byth: mae --amends yn cywiro cofnod cynharach gyda chofnod newydd.

    Cod gadael 1, gan ddweud pam, ar gyfer dyddiad cyn ei anfon neu ar ôl heddiw, neu faes sydd ei angen ac sy'n wag.
cli-arg-drafts-follow-up-kind = Beth ddigwyddodd: acknowledged (gyda --by, --police-reference), contact (--with, --panel-invitation), outcome (--outcome, --reason), action (mae --note yn dweud beth, --why) neu review (--due)
cli-arg-drafts-follow-up-on = Y diwrnod y digwyddodd (YYYY-MM-DD): nid cyn anfon yr atgyfeiriad, nid ar ôl heddiw
cli-arg-drafts-follow-up-note = Beth a ddywedwyd, a drafodwyd, a gytunwyd neu a wnaed
cli-arg-drafts-follow-up-by = acknowledged: pwy a'i cydnabu
cli-arg-drafts-follow-up-police-reference = acknowledged: cyfeirnod yr heddlu a roddwyd
cli-arg-drafts-follow-up-with = contact: gyda phwy
cli-arg-drafts-follow-up-panel-invitation = contact: gwahoddir y sefydliad i banel Channel
cli-arg-drafts-follow-up-outcome = outcome: no-further-action, signposted, channel-offered, channel-accepted, channel-declined, police-led neu other
cli-arg-drafts-follow-up-reason = outcome: y rheswm a roddwyd
cli-arg-drafts-follow-up-why = action: pam y'i gwnaed
cli-arg-drafts-follow-up-due = review: y diwrnod y mae'n ddyledus (YYYY-MM-DD)
cli-arg-drafts-follow-up-amends = Cywiro cofnod N yn yr hanes (cofnod "nodwyd ei fod wedi'i anfon" neu gofnod dilynol), gyda --amend-reason
cli-arg-drafts-follow-up-amend-reason = Pam mae cofnod N yn cael ei gywiro (gyda --amends)

cli-help-drafts-chronology = Cofnod cyfan un atgyfeiriad ar gyfer y ffeil diogelu
cli-help-drafts-chronology-long =
    Cofnod cyfan un atgyfeiriad ar gyfer y ffeil diogelu: beth a anfonwyd (ei SHA-256), y canlyniad, yr adolygiad nesaf, yna pob cofnod yn ei hanes. Gyda --pdf, yr un peth fel PDF wedi'i dagio, yn yr iaith a ddewiswyd.

    Codau gadael fel `history`.
cli-arg-drafts-chronology-json = Fel JSON, ar gyfer sgriptiau
cli-arg-drafts-chronology-pdf = Ysgrifennu'r gronoleg fel PDF yma (i'r perchennog yn unig) yn lle ei hargraffu. Ni ysgrifennir dim os bydd unrhyw beth yn methu
cli-arg-drafts-chronology-recipients = Amgryptio'r PDF i'r allwedd gyhoeddus age hon ("age1..."); rhowch hi unwaith ar gyfer pob tîm
cli-arg-drafts-chronology-force = Disodli ALLAN.pdf os yw yno

cli-help-drafts-purge = Dileu hen ddrafftiau, neu hen atgyfeiriadau y nodwyd eu bod wedi'u hanfon
cli-help-drafts-purge-long =
    Dileu pob drafft na chafodd ei olygu ers DYDDIAU diwrnod (--older-than), neu bob atgyfeiriad y nodwyd ei fod wedi'i anfon y mae ei gofnod olaf ar ôl ei anfon (yr anfon neu'r cofnod dilynol olaf) yn DYDDIAU diwrnod oed neu fwy (--sent-older-than). Rhowch un neu'r ddau.
cli-arg-drafts-purge-older-than = Drafftiau na chawsant eu golygu ers DYDDIAU diwrnod neu fwy
cli-arg-drafts-purge-sent-older-than = Atgyfeiriadau y nodwyd eu bod wedi'u hanfon y mae eu cofnod olaf yn DYDDIAU diwrnod oed neu fwy

cli-help-decrypt = I'r tîm sy'n derbyn: dadgryptio allforiad wedi'i amgryptio (.json.age) gyda'ch ffeil hunaniaeth age, ei ysgrifennu, a'i wirio
cli-help-decrypt-long =
    I'r tîm sy'n derbyn: dadgryptio allforiad wedi'i amgryptio (.json.age) gyda'ch ffeil hunaniaeth age, ei ysgrifennu, a'i wirio.

    Cod gadael 0 pan fo'r atgyfeiriad yn gyflawn ac yn ddilys; 1 pan gafodd ei ddadgryptio a'i ysgrifennu ond ei fod yn torri rheolau (wedi'u rhestru); 2 pan na ellir ei ddadgryptio (hunaniaeth anghywir, ffeil wedi'i newid neu ei difrodi) neu pan nad yw'n allforiad atgyfeiriad: yna ni ysgrifennir dim.
cli-arg-decrypt-file = Yr allforiad wedi'i amgryptio
cli-arg-decrypt-identity = Eich ffeil hunaniaeth age (o `age-keygen`)
cli-arg-decrypt-out = Ble i ysgrifennu'r allforiad wedi'i ddadgryptio (i'r perchennog yn unig); `-` ar gyfer yr allbwn safonol. Byth y tu mewn i'r ffolder data, nac ar ben y mewnbwn na'r ffeil hunaniaeth
cli-arg-decrypt-force = Disodli'r ffeil --out os yw yno

## Gwallau defnydd.
cli-usage-unknown-argument = Nid yw'r gorchymyn hwn yn cymryd { $arg }.
cli-usage-unknown-command = Nid oes gorchymyn { $command }.
cli-usage-invalid-value = Nid yw { $value } yn werth y mae { $arg } yn ei gymryd. Mae'n cymryd: { $valid }.
cli-usage-bad-value = Nid yw { $value } yn werth y mae { $arg } yn ei gymryd.
cli-usage-bad-value-why = { $arg }: { $why }
cli-usage-not-number = Nid yw { $value } yn rhif cyfan, sef yr hyn y mae { $arg } yn ei gymryd.
cli-usage-no-value = Mae angen gwerth ar { $arg }.
cli-usage-missing = Mae angen { $args } ar y gorchymyn hwn.
cli-usage-missing-command = Mae angen un o'i orchmynion ar y gorchymyn hwn: { $commands }.
cli-usage-conflict = Ni ellir rhoi { $arg } gyda { $prior }.
cli-usage-once = Dim ond unwaith y gellir rhoi { $arg }.
cli-usage-other = Doedd dim modd deall y gorchymyn.
cli-usage-did-you-mean = Ai { $suggestion } oeddech chi'n ei olygu?
cli-usage-more = Am fwy, rhedwch: { $command } --help
