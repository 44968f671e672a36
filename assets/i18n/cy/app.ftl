### Cragen y rhaglen: dewislenni, deialogau, sgriniau, hysbysiadau a'r llinell
### orchymyn, yn Gymraeg. Mae geiriau'r ffurflen ei hun yn form.ftl. Yr un
### ids a'r un newidynnau ag en-GB/app.ftl. Rhaid i gyfieithydd cymwys
### adolygu'r testun hwn cyn dibynnu arno (docs/TRANSLATION.md).

app-name = Atgyfeiriad Prevent
marking-official-sensitive = OFFICIAL-SENSITIVE

## Dewislenni a gorchmynion

menu-file = Ffeil
menu-new = Atgyfeiriad newydd
menu-open = Agor drafft neu allforiad…
menu-save-draft = Cadw'r drafft
menu-save-draft-as = Cadw'r drafft fel…
menu-export = Allforio'r atgyfeiriad…
menu-drafts = Eich drafftiau…
menu-settings = Gosodiadau…
menu-clear-my-details = Clirio fy manylion
menu-lock = Cloi
menu-quit = Gadael
menu-task-list = Rhestr dasgau

## Hysbysiadau

notice-dismiss = Cau
notice-dismiss-name = Cau'r neges

## Sgriniau'r cyfrinymadrodd: y tro cyntaf, ac wedi'i gloi

gate-setup-heading = Gosod cyfrinymadrodd
gate-setup-intro = Caiff drafftiau, a'ch manylion chi, eu cadw wedi'u hamgryptio ar y cyfrifiadur hwn. Dewiswch gyfrinymadrodd i'w datgloi: bydd gofyn i chi ei roi bob tro y bydd Atgyfeiriad Prevent yn dechrau, ac ar ôl i'r rhaglen gael ei gadael am gyfnod.
gate-setup-warning = Os byddwch chi'n anghofio'r cyfrinymadrodd, ni all neb adfer eich drafftiau. Nid yw hyn yn effeithio ar atgyfeiriadau rydych chi eisoes wedi'u hallforio.
gate-passphrase = Cyfrinymadrodd
gate-strength = Cryfder: { $strength }
gate-strength-very-weak = gwan iawn
gate-strength-weak = gwan
gate-strength-fair = gweddol
gate-strength-strong = cryf
gate-strength-very-strong = cryf iawn
gate-setup-tip = Mae tri neu bedwar gair digyswllt yn gwneud cyfrinymadrodd cryf sy'n hawdd ei gofio.
gate-passphrase-again = Teipiwch y cyfrinymadrodd eto
gate-setup-button = Gosod y cyfrinymadrodd a dechrau
gate-passphrases-differ = Mae'r ddau gyfrinymadrodd yn wahanol. Teipiwch nhw eto.
gate-locked-heading = Mae Atgyfeiriad Prevent wedi'i gloi
gate-locked-intro = Rhowch eich cyfrinymadrodd i barhau.
gate-unlock-button = Datgloi
gate-checking = Yn gwirio'r cyfrinymadrodd…
gate-why = Pam mae hwn yma?
gate-why-text = Mae atgyfeiriadau'n cynnwys gwybodaeth categori arbennig, yn aml am blentyn. Mae'r cyfrinymadrodd yn eu cadw'n annarllenadwy os bydd y cyfrifiadur hwn yn mynd ar goll, yn cael ei rannu neu'n cael ei adael heb ei gloi.

## A rennir gan y sgriniau a'r deialogau

screen-back-to-referral = Yn ôl i'r atgyfeiriad
button-cancel = Canslo

## Sgrin y drafftiau

drafts-heading = Eich drafftiau
drafts-intro = Caiff drafftiau eu cadw'n awtomatig ar y cyfrifiadur hwn wrth i chi deipio. Dilëwch ddrafft unwaith y bydd ei atgyfeiriad wedi'i allforio.
drafts-search = Chwilio drwy'r drafftiau
drafts-none = Dim drafftiau.
drafts-stale =
    { $days ->
        [zero] Heb ei olygu ers { $days } diwrnod neu fwy
        [one] Heb ei olygu ers { $days } diwrnod neu fwy
        [two] Heb ei olygu ers { $days } ddiwrnod neu fwy
        [few] Heb ei olygu ers { $days } diwrnod neu fwy
        [many] Heb ei olygu ers { $days } diwrnod neu fwy
       *[other] Heb ei olygu ers { $days } diwrnod neu fwy
    }
drafts-ready = yn barod i'w allforio
drafts-sections-complete =
    { $count ->
        [zero] Dim un o'r 8 adran wedi'i chwblhau
        [one] { $count } o'r 8 adran wedi'i chwblhau
        [two] { $count } o'r 8 adran wedi'u cwblhau
        [few] { $count } o'r 8 adran wedi'u cwblhau
        [many] { $count } o'r 8 adran wedi'u cwblhau
       *[other] { $count } o'r 8 adran wedi'u cwblhau
    }
# Fformat chrono: 20 Tachwedd 2026 am 15:30 (daw enw'r mis o month-N)
drafts-date-format = %-d %B %Y am %H:%M
drafts-last-edited = Golygwyd ddiwethaf { $when } · { $status }
drafts-new-label = Label newydd
drafts-save-label = Cadw'r label
drafts-cancel-rename-name = Canslo ailenwi { $name }
drafts-confirm-delete = Dileu “{ $name }” a phob copi ohono? Ni ellir dadwneud hyn.
drafts-delete-yes = Ie, dileu
drafts-delete-no = Na, ei gadw
drafts-confirm-delete-exported = Cafodd ei allforio: ar ôl ei ddileu, ni fydd modd nodi ei fod wedi'i anfon na chofnodi beth ddigwyddodd nesaf yma.
drafts-kept-sent = Anfonwyd: caiff ei gadw fel y cofnod nes i'w gyfnod cadw ddod i ben
drafts-open = Agor
drafts-open-name = Agor { $name }
drafts-rename = Ailenwi
drafts-rename-name = Ailenwi { $name }
drafts-delete = Dileu
drafts-delete-name = Dileu { $name }

## Sgrin y gosodiadau

settings-heading = Gosodiadau
settings-teams-heading = Timau i amgryptio allforiadau ar eu cyfer
settings-teams-intro = Dim ond y tîm hwnnw all agor allforiad sydd wedi'i amgryptio ar ei gyfer. Gofynnwch i dîm Prevent eich heddlu lleol am eu hallwedd amgryptio: llinell o lythrennau a rhifau sy'n dechrau “age1”, y gallan nhw ei hanfon atoch drwy e-bost (nid yw'n gyfrinach). Copïwch a gludwch hi yma yn gyfan.
settings-team-remove = Tynnu
settings-team-remove-name = Tynnu { $name }
settings-no-teams = Dim timau eto: caiff allforiadau eu hysgrifennu heb eu hamgryptio.
settings-team-name = Enw'r tîm, er enghraifft “Tîm Prevent Plismona Gwrthderfysgaeth Cymru”
settings-team-key = Allwedd amgryptio'r tîm
settings-team-add = Ychwanegu tîm
settings-team-name-missing = Rhowch enw'r tîm
settings-name-heading = Atgyfeiriad pwy
settings-initials-only = Dangos blaenlythrennau'r unigolyn yn unig ar frig pob tudalen, nid ei enw (ar gyfer sgrin y gall eraill ei gweld)
whose-referral = Atgyfeiriad ar gyfer { $name }
settings-lock-heading = Cloi pan gaiff ei adael
settings-lock-intro = Mae Atgyfeiriad Prevent yn cuddio popeth ac yn gofyn am y cyfrinymadrodd ar ôl y cyfnod hwn heb ei ddefnyddio.
settings-lock-after =
    { $minutes ->
        [zero] Ar unwaith
        [one] Ar ôl { $minutes } munud
        [two] Ar ôl { $minutes } funud
        [few] Ar ôl { $minutes } munud
        [many] Ar ôl { $minutes } munud
       *[other] Ar ôl { $minutes } munud
    }
settings-passphrase-heading = Newid y cyfrinymadrodd
settings-passphrase-intro = Mae drafftiau'n aros fel y maen nhw: o hyn ymlaen, y cyfrinymadrodd newydd fydd yn eu datgloi.
settings-passphrase-current = Y cyfrinymadrodd presennol
settings-passphrase-new = Cyfrinymadrodd newydd
settings-passphrase-new-again = Teipiwch y cyfrinymadrodd newydd eto
settings-passphrase-button = Newid y cyfrinymadrodd
settings-passphrase-changing = Yn newid y cyfrinymadrodd…
settings-passphrases-differ = Mae'r ddau gyfrinymadrodd newydd yn wahanol. Teipiwch nhw eto.

## Deialogau

dialog-unsaved-title = Mae gennych chi newidiadau heb eu cadw
dialog-unsaved-text = Cadw'r drafft cyn i chi barhau? Os byddwch chi'n eu taflu, bydd y newidiadau ers i chi gadw ddiwethaf yn cael eu colli.
dialog-unsaved-save = Cadw
dialog-unsaved-discard = Taflu
dialog-export-title = Allforio'r atgyfeiriad
dialog-export-text = Amgryptiwch yr allforiad fel mai dim ond y timau rydych chi'n eu ticio sy'n gallu ei agor. Anfonwch ef drwy lwybr diogel eich sefydliad y naill ffordd neu'r llall.
dialog-export-encrypt-for = Amgryptio ar gyfer { $team }
dialog-export-armored = Fel testun (i'w ludo mewn e-bost diogel)
dialog-export-encrypted-button = Allforio wedi'i amgryptio
dialog-export-plain-button = Allforio heb amgryptio
dialog-recovered-title = Cafodd eich gwaith ei adfer
dialog-recovered-text = Ni wnaeth Atgyfeiriad Prevent gau'n iawn y tro diwethaf (efallai fod y cyfrifiadur wedi stopio, neu fod y rhaglen wedi'i chau). Cafodd popeth hyd at eiliad neu ddwy cyn hynny ei gadw:
# Fformat chrono: 20 Tachwedd 2026 am 15:30:00 (daw enw'r mis o month-N)
dialog-recovered-date-format = %-d %B %Y am %H:%M:%S
dialog-recovered-last-edited = Golygwyd ddiwethaf { $when }
dialog-recovered-restore = Ei adfer
dialog-recovered-restore-name = Adfer { $name }
dialog-recovered-not-now = Nid nawr
dialog-recovered-note = Mae drafftiau a adferwyd yn aros ar sgrin y drafftiau y naill ffordd neu'r llall.
dialog-exported-title = Cafodd yr atgyfeiriad ei allforio

## Amgryptio: pam na ellir defnyddio ffeil, allwedd neu gyfrinymadrodd. Yn
## Gymraeg, mae pob neges sy'n dilyn enw ffeil yn gymal cyfan (“mae'r ffeil
## yn wag”), fel ei bod yn darllen yn iawn ar ôl “ffeil.json:” ac ar ôl
## “Doedd dim modd agor ffeil.json:”.

passphrase-too-short =
    { $min ->
        [zero] Rhowch gyfrinymadrodd. Mae tri neu bedwar gair digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.
        [one] Defnyddiwch o leiaf { $min } nod. Mae tri neu bedwar gair digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.
        [two] Defnyddiwch o leiaf { $min } nod. Mae tri neu bedwar gair digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.
        [few] Defnyddiwch o leiaf { $min } nod. Mae tri neu bedwar gair digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.
        [many] Defnyddiwch o leiaf { $min } nod. Mae tri neu bedwar gair digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.
       *[other] Defnyddiwch o leiaf { $min } nod. Mae tri neu bedwar gair digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.
    }
passphrase-easy-to-guess = Byddai'n hawdd ei ddyfalu.
passphrase-too-weak = Mae'r cyfrinymadrodd hwn yn rhy wan. { $advice } Ychwanegwch air neu ddau arall.
decrypt-not-for-this-key = mae'r ffeil wedi'i hamgryptio ar gyfer allwedd wahanol: ni ellir ei hagor gyda'r un hon (gwiriwch eich bod wedi dewis y ffeil hunaniaeth gywir)
decrypt-passphrase = mae'r ffeil wedi'i diogelu gan gyfrinymadrodd, nid wedi'i hamgryptio i allwedd
decrypt-tampered = mae'r ffeil wedi'i newid neu ei difrodi ers iddi gael ei hamgryptio, felly ni ellir ymddiried ynddi
decrypt-truncated = mae'r ffeil yn dod i ben yn rhy gynnar: mae'n edrych fel petai'r ffeil wedi'i hamgryptio wedi'i thorri
decrypt-bad-header = nid yw'n ffeil ddarllenadwy wedi'i hamgryptio ag age (mae ei phennyn wedi'i ddifrodi)
decrypt-unknown-format = mae'r ffeil yn defnyddio fformat age mwy newydd nag y mae'r rhaglen hon yn ei ddarllen
decrypt-too-much-work = mae'r ffeil yn gofyn am ormod o waith i'w dadgryptio (ffactor gwaith scrypt { $factor })
decrypt-other = doedd dim modd dadgryptio'r ffeil: { $why }
encrypt-no-recipients = ni roddwyd derbynnydd
recipient-empty = Rhowch allwedd amgryptio'r tîm
recipient-not-age = Mae allwedd amgryptio'r tîm yn dechrau gydag “age1”: copïwch hi eto o e-bost y tîm
recipient-invalid = Nid yw hon yn allwedd amgryptio gyfan: copïwch hi eto o e-bost y tîm, y cyfan ohoni
identity-too-large = mae'r ffeil yn rhy fawr i fod yn ffeil hunaniaeth
identity-encrypted = mae'r ffeil ei hun wedi'i hamgryptio: dadgryptiwch hi yn gyntaf gydag `age -d`, yna dewiswch y copi wedi'i ddadgryptio
identity-not-identity = nid yw'n ffeil hunaniaeth age (dylai gynnwys llinell sy'n dechrau AGE-SECRET-KEY-1)
identity-unusable = ni ellir defnyddio'r ffeil: { $why }
identity-no-key = nid yw'r ffeil yn cynnwys allwedd (llinell sy'n dechrau AGE-SECRET-KEY-1)
key-wrong-passphrase = Nid yw'r cyfrinymadrodd hwnnw'n gywir. Gwiriwch Caps Lock a rhoi cynnig arall arni.
key-none = Does dim allwedd eto: nid yw Atgyfeiriad Prevent wedi'i osod yn { $dir }.
key-exists = Mae allwedd yn bodoli eisoes yn { $path }: ni chafodd ei disodli.
key-damaged = Mae'r ffeil allwedd { $path } wedi'i difrodi: { $why }
key-io = Ni ellir darllen nac ysgrifennu'r ffeil allwedd { $path }: { $why }
key-damaged-no-passphrase = nid yw wedi'i diogelu gan gyfrinymadrodd
key-damaged-no-key = nid yw'n cynnwys allwedd
key-damaged-bad-key = nid yw ei hallwedd yn ddilys

## Ffeiliau: pam na ellir darllen (ar ôl ei henw) neu ysgrifennu un

file-io = ni ellir darllen y ffeil: { $why }
file-not-found = does dim ffeil o'r fath
file-permission-denied = gwrthodwyd caniatâd
file-folder = ffolder yw hwn, nid ffeil
file-too-large =
    { $size ->
        [zero] mae'r ffeil yn { $size } beit, yn fwy nag unrhyw atgyfeiriad (32 MiB ar y mwyaf): nid atgyfeiriad yw hi
        [one] mae'r ffeil yn { $size } beit, yn fwy nag unrhyw atgyfeiriad (32 MiB ar y mwyaf): nid atgyfeiriad yw hi
        [two] mae'r ffeil yn { $size } feit, yn fwy nag unrhyw atgyfeiriad (32 MiB ar y mwyaf): nid atgyfeiriad yw hi
        [few] mae'r ffeil yn { $size } beit, yn fwy nag unrhyw atgyfeiriad (32 MiB ar y mwyaf): nid atgyfeiriad yw hi
        [many] mae'r ffeil yn { $size } beit, yn fwy nag unrhyw atgyfeiriad (32 MiB ar y mwyaf): nid atgyfeiriad yw hi
       *[other] mae'r ffeil yn { $size } beit, yn fwy nag unrhyw atgyfeiriad (32 MiB ar y mwyaf): nid atgyfeiriad yw hi
    }
file-empty = mae'r ffeil yn wag
file-not-utf8 = nid testun UTF-8 yw'r ffeil (beit gwael yn safle { $offset }): nid atgyfeiriad yw hi
file-truncated = mae'r ffeil yn dod i ben yn rhy gynnar ar linell { $line }, colofn { $column }: mae'n edrych fel petai wedi'i thorri
file-too-deep = mae'r ffeil wedi'i nythu'n rhy ddwfn i fod yn atgyfeiriad (llinell { $line }, colofn { $column })
file-json = nid yw'r ffeil yn JSON dilys: { $message } ar linell { $line }, colofn { $column }
file-json-colon = mae colon (:) ar goll ar ôl enw
file-json-list-comma = mae coma (,) neu fachyn cau (]) ar goll mewn rhestr
file-json-object-comma = mae coma (,) neu gromfach cyrliog cau ({"}"}) ar goll
file-json-word = mae gair heb ddyfynodau nad yw JSON yn ei gynnwys (dim ond true, false a null sy'n mynd heb ddyfynodau)
file-json-value = roedd disgwyl gwerth yma
file-json-name = roedd disgwyl enw mewn dyfynodau dwbl yma
file-json-escape = mae slaes ôl (\) yn cael ei dilyn gan rywbeth nad yw'n ddihangiad
file-json-number = mae rhif wedi'i ysgrifennu'n anghywir
file-json-number-range = mae rhif yn rhy fawr
file-json-code-point = nid yw dihangiad \u yn enwi unrhyw nod
file-json-control = mae nod rheoli (tab neu doriad llinell) y tu mewn i ddyfynodau: ysgrifennwch ef fel dihangiad
file-json-key = nid yw enw mewn dyfynodau dwbl
file-json-hex-end = mae dihangiad \u wedi'i dorri'n fyr, neu'n hanner nod (dirprwy unigol) heb ei hanner arall yn ei ddilyn
file-json-lone-surrogate = mae dihangiad \u yn hanner nod (dirprwy unigol) heb ei hanner arall
file-json-trailing-comma = mae coma (,) yn dod yn union cyn braced neu gromfach cyrliog cau
file-json-trailing = mae rhagor ar ôl diwedd yr atgyfeiriad
os-error = gwall system { $code }
file-not-object = mae'r ffeil yn JSON o'r math “{ $kind }”, nid atgyfeiriad (gwrthrych JSON yw atgyfeiriad)
json-kind-array = arae
json-kind-string = llinyn
json-kind-number = rhif
json-kind-boolean = gwerth gwir/gau
json-kind-null = null
file-foreign = nid atgyfeiriad Prevent yw'r ffeil: { $why }
file-is-draft = drafft Atgyfeiriad Prevent yw'r ffeil, nid allforiad: agorwch hi yn yr ap neu defnyddiwch `drafts export` i wneud yr allforiad
file-newer = mae'r ffeil yn defnyddio fersiwn fformat { $found }, sy'n fwy newydd nag y mae'r rhaglen hon yn ei ddarllen ({ $reads }): gosodwch y fersiwn ddiweddaraf o Atgyfeiriad Prevent i'w hagor
file-bad-version = mae gan y ffeil format_version na all y rhaglen hon ei ddarllen: { $version }
file-format-other = ei fformat yw { $found }, nid "{ $expected }"
file-format-not-text = nid testun yw ei "format"
file-format-none = does dim allwedd JSON "format" ynddi
file-version-not-text = nid testun mohono
file-version-none = nid oes un
file-version-not-major = nid yw { $found } yn { $major }.MINOR
file-unknown-keys =
    { $count ->
        [zero] does gan y ffeil ddim allweddi JSON anhysbys
        [one] mae gan y ffeil { $count } allwedd JSON anhysbys, yn { $path }: ni chafodd ei hysgrifennu ar gyfer y fformat hwn
        [two] mae gan y ffeil { $count } allwedd JSON anhysbys, y gyntaf yn { $path }: ni chafodd ei hysgrifennu ar gyfer y fformat hwn
        [few] mae gan y ffeil { $count } allwedd JSON anhysbys, y gyntaf yn { $path }: ni chafodd ei hysgrifennu ar gyfer y fformat hwn
        [many] mae gan y ffeil { $count } allwedd JSON anhysbys, y gyntaf yn { $path }: ni chafodd ei hysgrifennu ar gyfer y fformat hwn
       *[other] mae gan y ffeil { $count } allwedd JSON anhysbys, y gyntaf yn { $path }: ni chafodd ei hysgrifennu ar gyfer y fformat hwn
    }
file-newer-answers =
    { $count ->
        [zero] gwnaed y ffeil gydag argraffiad mwy newydd o'r ffurflen (fformat { $version }): mae ganddi { $count } ateb nad yw'r fersiwn hon o Atgyfeiriad Prevent yn gofyn amdanynt, yn { $path }. Byddai ei hagor yma yn eu colli: gofynnwch i'ch tîm TG ddiweddaru Atgyfeiriad Prevent, yna agorwch y ffeil eto
        [one] gwnaed y ffeil gydag argraffiad mwy newydd o'r ffurflen (fformat { $version }): mae ganddi { $count } ateb nad yw'r fersiwn hon o Atgyfeiriad Prevent yn gofyn amdano, yn { $path }. Byddai ei hagor yma yn ei golli: gofynnwch i'ch tîm TG ddiweddaru Atgyfeiriad Prevent, yna agorwch y ffeil eto
        [two] gwnaed y ffeil gydag argraffiad mwy newydd o'r ffurflen (fformat { $version }): mae ganddi { $count } ateb nad yw'r fersiwn hon o Atgyfeiriad Prevent yn gofyn amdanynt, y cyntaf yn { $path }. Byddai ei hagor yma yn eu colli: gofynnwch i'ch tîm TG ddiweddaru Atgyfeiriad Prevent, yna agorwch y ffeil eto
        [few] gwnaed y ffeil gydag argraffiad mwy newydd o'r ffurflen (fformat { $version }): mae ganddi { $count } ateb nad yw'r fersiwn hon o Atgyfeiriad Prevent yn gofyn amdanynt, y cyntaf yn { $path }. Byddai ei hagor yma yn eu colli: gofynnwch i'ch tîm TG ddiweddaru Atgyfeiriad Prevent, yna agorwch y ffeil eto
        [many] gwnaed y ffeil gydag argraffiad mwy newydd o'r ffurflen (fformat { $version }): mae ganddi { $count } ateb nad yw'r fersiwn hon o Atgyfeiriad Prevent yn gofyn amdanynt, y cyntaf yn { $path }. Byddai ei hagor yma yn eu colli: gofynnwch i'ch tîm TG ddiweddaru Atgyfeiriad Prevent, yna agorwch y ffeil eto
       *[other] gwnaed y ffeil gydag argraffiad mwy newydd o'r ffurflen (fformat { $version }): mae ganddi { $count } ateb nad yw'r fersiwn hon o Atgyfeiriad Prevent yn gofyn amdanynt, y cyntaf yn { $path }. Byddai ei hagor yma yn eu colli: gofynnwch i'ch tîm TG ddiweddaru Atgyfeiriad Prevent, yna agorwch y ffeil eto
    }
file-damaged-draft = mae'r drafft wedi'i ddifrodi: { $why }
draft-at = yn { $path }: { $why }
draft-unknown-key = nid yw { $key } yn allwedd sydd gan ddrafft
draft-missing-key = mae'r allwedd { $key } ar goll
draft-duplicate-key = rhoddir yr allwedd { $key } ddwywaith
draft-unknown-answer = nid yw'r ateb yn un o'r rhai y mae'r ffurflen yn eu rhoi
draft-wrong-type = mae'r gwerth o'r math anghywir (testun, rhif, rhestr neu gwir/gau)
draft-wrong-value = nid yw'r gwerth yn un y mae'r allwedd hon yn ei gymryd
draft-wrong-length = mae gan y rhestr y nifer anghywir o gofnodion
draft-version-not-number = nid yw draft_version yn rhif cyfan
draft-version-missing = nid oes ganddo draft_version
draft-version-zero = nid yw draft_version 0 yn bodoli
draft-version-1-history = nid oes gan ddrafft fersiwn 1 hanes
draft-version-found = drafft { $version }
draft-version-reads = drafftiau hyd at { $version }
file-encrypted = mae'r ffeil wedi'i hamgryptio: agorwch hi yn yr ap, neu dadgryptiwch hi gyda `prevent-referral decrypt` a'r ffeil hunaniaeth
file-identity = ni ellir ei darllen: ffeil hunaniaeth { $file }: { $why }
write-permission-denied = does gennych chi ddim caniatâd i ysgrifennu yno
write-no-folder = nid yw'r ffolder yn bodoli
write-disk-full = mae'r ddisg yn llawn
write-read-only = mae'r ddisg yn un darllen yn unig
write-held-by-another-program = mae rhaglen arall wedi agor y ffeil (efallai ei bod ar agor yn Word neu ddarllenydd PDF, neu fod OneDrive neu feddalwedd gwrthfeirws yn ei gwirio): caewch hi, arhoswch eiliad a rhowch gynnig arall arni
write-cloud-file = mae'r ffeil yn OneDrive (neu ffolder cwmwl arall) ac ni ellir ei newid ar hyn o bryd: gwiriwch fod OneDrive yn rhedeg a'ch bod wedi mewngofnodi, neu dewiswch ffolder ar y cyfrifiadur hwn
write-path-too-long = mae'r ffolder a'r enw yn rhy hir i Windows: dewiswch enw byrrach neu ffolder yn nes at frig y gyriant
write-name-not-allowed = nid yw Windows yn caniatáu'r enw hwnnw: dewiswch un arall

## Y ffenestr

window-title = { $app } – atgyfeiriad a ddechreuwyd { $date }
window-title-unsaved = { $app } – atgyfeiriad a ddechreuwyd { $date } (heb ei gadw eto)
window-title-locked = { $app } – wedi'i gloi

## Deialogau ffeiliau

picker-open-title = Agor drafft neu atgyfeiriad a allforiwyd
picker-filter-referral-any = Atgyfeiriad (JSON neu wedi'i amgryptio)
picker-filter-any = Unrhyw ffeil
picker-filter-referral = Atgyfeiriad
picker-identity-title = Dewiswch eich ffeil hunaniaeth age i ddadgryptio'r allforiad hwn
picker-save-draft-title = Cadw'r drafft
picker-export-title = Allforio'r atgyfeiriad

## Y sesiwn: cyfrinymadrodd, allweddi a chloi

gate-key-missing =
    { $count ->
        [zero] Mae'r ffeil allwedd { $path } ar goll.
        [one] Mae'r ffeil allwedd { $path } ar goll, ond mae { $count } ffeil wedi'i hamgryptio a wnaed gyda hi yn y ffolder honno. Gofynnwch i'ch tîm TG adfer key.age o gopi wrth gefn cyn i chi barhau: mae cyfrinymadrodd newydd yn gwneud allwedd newydd, ac ni all honno ei hagor.
        [two] Mae'r ffeil allwedd { $path } ar goll, ond mae { $count } ffeil wedi'u hamgryptio a wnaed gyda hi yn y ffolder honno. Gofynnwch i'ch tîm TG adfer key.age o gopi wrth gefn cyn i chi barhau: mae cyfrinymadrodd newydd yn gwneud allwedd newydd, ac ni all honno eu hagor.
        [few] Mae'r ffeil allwedd { $path } ar goll, ond mae { $count } ffeil wedi'u hamgryptio a wnaed gyda hi yn y ffolder honno. Gofynnwch i'ch tîm TG adfer key.age o gopi wrth gefn cyn i chi barhau: mae cyfrinymadrodd newydd yn gwneud allwedd newydd, ac ni all honno eu hagor.
        [many] Mae'r ffeil allwedd { $path } ar goll, ond mae { $count } ffeil wedi'u hamgryptio a wnaed gyda hi yn y ffolder honno. Gofynnwch i'ch tîm TG adfer key.age o gopi wrth gefn cyn i chi barhau: mae cyfrinymadrodd newydd yn gwneud allwedd newydd, ac ni all honno eu hagor.
       *[other] Mae'r ffeil allwedd { $path } ar goll, ond mae { $count } ffeil wedi'u hamgryptio a wnaed gyda hi yn y ffolder honno. Gofynnwch i'ch tîm TG adfer key.age o gopi wrth gefn cyn i chi barhau: mae cyfrinymadrodd newydd yn gwneud allwedd newydd, ac ni all honno eu hagor.
    }
gate-passphrase-file-unreadable = Doedd dim modd darllen y ffeil cyfrinymadrodd: { $why }
gate-other-key = Nid hon yw'r allwedd y cafodd y ffenestr hon ei datgloi gyda hi.
gate-locked-saved = Cafodd eich gwaith ei gadw cyn cloi.
gate-locked-unsaved = Doedd dim modd cadw eich newidiadau diweddaraf eto: maen nhw'n dal yn y ffenestr hon, a bydd y rhaglen yn ceisio eu cadw eto ar ôl i chi ddatgloi.
settings-passphrase-changed = Mae eich cyfrinymadrodd wedi'i newid. Defnyddiwch yr un newydd o hyn ymlaen.
settings-passphrase-wrong = Nid yw'r cyfrinymadrodd presennol yn gywir, felly ni newidiwyd dim.
settings-passphrase-failed = { $why } Ni newidiwyd dim.

## Hysbysiadau: beth sydd newydd ddigwydd

notice-no-data-folder = Ni ellir cadw drafftiau'n awtomatig: ni chafwyd hyd i ffolder data. Defnyddiwch Ffeil, Cadw'r drafft fel, i gadw eich gwaith.
notice-settings-unreadable = Doedd dim modd darllen eich gosodiadau ({ $why }). Mae'r gosodiadau diofyn yn cael eu defnyddio, ac ni chaiff newidiadau i'r gosodiadau eu cadw yn y sesiwn hon.
notice-library-unavailable = Ni ellir cadw drafftiau'n awtomatig: { $why }. Defnyddiwch Ffeil, Cadw'r drafft fel, i gadw eich gwaith.
notice-cannot-lock = Does dim cyfrinymadrodd i gloi ag ef: does gan y ffenestr hon ddim ffolder data.
notice-settings-not-saved = Doedd dim modd cadw eich gosodiadau: { $why }.
notice-received-read-only = Cafodd yr atgyfeiriad hwn ei anfon atoch chi: caiff ei ddangos fel un darllen yn unig, ac ni chaiff ei gadw na'i allforio eto o'r fan hon. Y ffeil a agoroch chi yw'r cofnod.
notice-draft-saved = Cafodd y drafft ei gadw. Caiff drafftiau eu cadw'n awtomatig hefyd wrth i chi deipio.
notice-my-details-cleared = Nid yw eich manylion yn cael eu cofio ar y cyfrifiadur hwn mwyach. Mae'r atgyfeiriad hwn yn dal i'w cynnwys.
notice-cannot-switch = Doedd dim modd cadw eich newidiadau diweddaraf eto, felly mae'r drafft hwn yn aros ar agor. Rhowch gynnig arall arni mewn eiliad, neu defnyddiwch “Cadw'r drafft fel” yn y ddewislen Ffeil.
notice-open-elsewhere = Mae'r drafft hwn ar agor mewn ffenestr Atgyfeiriad Prevent arall, felly caiff ei ddangos yma fel un darllen yn unig. Caewch ef yno i'w olygu yma.
notice-cannot-lock-draft = Ni ellir cloi'r drafft hwn i'w olygu ({ $why }); mae'n dal i gael ei gadw wrth i chi deipio.
notice-save-failed = Doedd dim modd cadw'r drafft: { $why }. Mae eich gwaith yma o hyd.
notice-saving-works-again = Mae cadw'n gweithio eto: mae eich drafft wedi'i gadw.
notice-save-failed-retrying = Doedd dim modd cadw'r drafft: { $why }. Mae eich gwaith yma o hyd, a bydd y rhaglen yn ceisio ei gadw eto bob ychydig eiliadau.
notice-forked = Cafodd y copi o'r drafft hwn sydd wedi'i gadw ei newid y tu allan i'r ffenestr hon. Mae wedi'i adael fel yr oedd, ac mae eich gwaith wedi'i gadw fel drafft newydd.
notice-no-library = Does dim llyfrgell drafftiau ar y cyfrifiadur hwn: defnyddiwch Ffeil, Agor.
notice-rename-this-elsewhere = Mae'r drafft hwn ar agor mewn ffenestr arall: ailenwch ef yno.
notice-rename-that-elsewhere = Mae'r drafft hwnnw ar agor mewn ffenestr arall: ailenwch ef yno.
notice-rename-failed = Doedd dim modd ailenwi'r drafft: { $why }.
notice-delete-elsewhere = Mae'r drafft hwn ar agor mewn ffenestr arall: ni ellir ei ddileu o'r fan hon.
notice-draft-deleted = Cafodd y drafft ei ddileu, gyda phob copi ohono.
notice-delete-failed = Doedd dim modd dileu'r drafft: { $why }.
notice-can-edit-now = Gallwch olygu'r drafft hwn nawr.
notice-opened-library-draft = Agorwyd “{ $label }”.
notice-open-draft-failed = Doedd dim modd agor y drafft: { $why }. Nid yw eich atgyfeiriad presennol wedi newid.
notice-opened-received = Dadgryptiwyd { $name }. Caiff ei ddangos fel un darllen yn unig: mae tudalen y datganiad yn rhestru unrhyw broblemau ag ef.
notice-received-draft = Doedd dim modd agor { $name }: drafft o gyfrifiadur arall yw hwn, nid allforiad. Nid yw eich atgyfeiriad presennol wedi newid.
notice-opened-draft = Agorwyd y drafft { $name }.
notice-opened-export = Agorwyd yr allforiad { $name } fel drafft newydd. Cadwch y drafft i gadw newidiadau.
notice-open-failed = Doedd dim modd agor { $name }: { $why }. Nid yw eich atgyfeiriad presennol wedi newid. Dewiswch ddrafft (.draft.age) neu allforiad (.json neu .json.age) a wnaed gydag Atgyfeiriad Prevent.
notice-received-not-a-draft = Cafodd yr atgyfeiriad hwn ei anfon atoch chi: caiff ei gadw fel ei ffeil allforio, nid fel drafft.
notice-draft-encrypt-failed = Doedd dim modd amgryptio'r drafft ({ $why }); ni ysgrifennwyd dim.
notice-draft-saved-as = Cafodd y drafft ei gadw fel { $name } yn y ffolder { $folder }.
notice-draft-save-as-failed = Doedd dim modd cadw'r drafft fel { $name }: { $why }. Mae eich gwaith yma o hyd: ceisiwch ei gadw yn rhywle arall.
notice-export-bad-team-key = Ni chafodd yr allforiad ei ysgrifennu: mae allwedd un o'r timau yn y Gosodiadau yn anghywir ({ $why }).
notice-export-encrypt-failed = Doedd dim modd amgryptio'r allforiad ({ $why }), felly ni ysgrifennwyd dim.
notice-export-write-failed = Doedd dim modd allforio i { $name }: { $why }. Ni ysgrifennwyd dim; rhowch gynnig ar ffolder arall.

## Negeseuon y llinell orchymyn (mae ei thestun cymorth yn y cod)

cli-error = prevent-referral: { $message }
cli-file-error = { $file }: { $why }
cli-problem = { $file }: { $problem }
cli-validate-ok = { $file }: yn gyflawn ac yn ddilys
cli-decrypt-not-encrypted = { $file }: nid yw wedi'i hamgryptio: gwiriwch hi gyda `prevent-referral validate`
cli-decrypt-not-export = { $file }: wedi'i dadgryptio, ond { $why }
cli-decrypt-ok = { $file }: wedi'i dadgryptio; yn gyflawn ac yn ddilys
window-no-renderer = Doedd dim modd i Atgyfeiriad Prevent agor ei ffenestr: { $why }

    Mae eich drafftiau'n ddiogel ac nid ydynt wedi newid.

    { $advice }
window-no-renderer-advice-windows = Ar gyfrifiadur heb gerdyn graffeg (bwrdd gwaith o bell, bwrdd gwaith rhithwir), dechreuwch ef gyda'r opsiwn --renderer warp neu --renderer gl, neu gofynnwch i'ch tîm TG osod PREVENT_REFERRAL_RENDERER i warp neu gl ar gyfer y cyfrifiadur hwn.
window-no-renderer-advice-other = Dechreuwch ef o'ch bwrdd gwaith, nid o derfynell heb sgrin. Ar gyfrifiadur heb gerdyn graffeg, dechreuwch ef gyda'r opsiwn --renderer gl. Mae'r gorchmynion yn gweithio heb ffenestr: mae prevent-referral --help yn eu rhestru.
window-bad-renderer-setting = Doedd dim modd i Atgyfeiriad Prevent ddechrau: mae'r gosodiad PREVENT_REFERRAL_RENDERER ar y cyfrifiadur hwn yn “{ $value }”, nad yw'n rendrwr y mae'n ei adnabod ({ $choices }). Gofynnwch i'ch tîm TG gywiro'r gosodiad neu ei dynnu. Mae eich drafftiau'n ddiogel.
cli-no-window = prevent-referral: does dim ffenestr yn y fersiwn hon; gweler --help am y gorchmynion
cli-no-data-folder = dim ffolder data: rhowch --data-dir FFOLDER
cli-drafts-line = { $id }  { $updated }  { $sections }/8 adran  { $label }
cli-drafts-line-complete = { $id }  { $updated }  { $sections }/8 adran, yn gyflawn  { $label }
cli-drafts-in-use = mae drafft { $id } ar agor yn Atgyfeiriad Prevent: caewch ef yn gyntaf
cli-drafts-deleted = dilëwyd { $id }
cli-drafts-purged =
    { $count ->
        [zero] ni ddilëwyd dim drafftiau heb eu golygu
        [one] dilëwyd { $count } drafft heb ei olygu
        [two] dilëwyd { $count } ddrafft heb eu golygu
        [few] dilëwyd { $count } drafft heb eu golygu
        [many] dilëwyd { $count } drafft heb eu golygu
       *[other] dilëwyd { $count } drafft heb eu golygu
    } ers { $days ->
        [zero] { $days } diwrnod
        [one] { $days } diwrnod
        [two] { $days } ddiwrnod
        [few] { $days } diwrnod
        [many] { $days } diwrnod
       *[other] { $days } diwrnod
    }
cli-export-bad-recipient = --recipient { $key }: { $why }
cli-export-encrypt-failed = doedd dim modd amgryptio'r allforiad ({ $why }): ni ysgrifennwyd dim
cli-passphrase-file-unreadable = ni ellir darllen y ffeil cyfrinymadrodd { $why }
cli-passphrase-prompt = Cyfrinymadrodd:{ " " }
cli-passphrase-choose-prompt = Dewiswch gyfrinymadrodd ar gyfer drafftiau'r cyfrifiadur hwn:{ " " }
cli-passphrase-again-prompt = Teipiwch ef eto:{ " " }
cli-no-passphrase = mae'r drafftiau wedi'u hamgryptio ac ni roddwyd cyfrinymadrodd ({ $why }): gosodwch { $variable } i ffeil sy'n ei gynnwys
cli-key-missing =
    { $count ->
        [zero] mae { $path } ar goll
        [one] mae { $path } ar goll, ond mae { $count } ffeil wedi'i hamgryptio a wnaed gyda hi yno: adferwch key.age o gopi wrth gefn. Ni fyddai allwedd newydd yn ei hagor, felly ni wnaed un
        [two] mae { $path } ar goll, ond mae { $count } ffeil wedi'u hamgryptio a wnaed gyda hi yno: adferwch key.age o gopi wrth gefn. Ni fyddai allwedd newydd yn eu hagor, felly ni wnaed un
        [few] mae { $path } ar goll, ond mae { $count } ffeil wedi'u hamgryptio a wnaed gyda hi yno: adferwch key.age o gopi wrth gefn. Ni fyddai allwedd newydd yn eu hagor, felly ni wnaed un
        [many] mae { $path } ar goll, ond mae { $count } ffeil wedi'u hamgryptio a wnaed gyda hi yno: adferwch key.age o gopi wrth gefn. Ni fyddai allwedd newydd yn eu hagor, felly ni wnaed un
       *[other] mae { $path } ar goll, ond mae { $count } ffeil wedi'u hamgryptio a wnaed gyda hi yno: adferwch key.age o gopi wrth gefn. Ni fyddai allwedd newydd yn eu hagor, felly ni wnaed un
    }
cli-passphrases-differ = mae'r ddau gyfrinymadrodd yn wahanol: ni osodwyd dim

## Llyfrgell y drafftiau a'r gosodiadau: pam nad oedd modd gwneud rhywbeth

lock-held = mae ar agor mewn ffenestr Atgyfeiriad Prevent arall
lock-io = ni ellir defnyddio ei ffeil glo: { $why }
lock-keeps-changing = mae'r ffeil glo yn dal i newid
save-saver-stopped = mae'r broses gadw wedi stopio
save-too-slow = mae cadw'n cymryd gormod o amser
library-folder = ni ellir defnyddio ffolder y drafftiau { $dir }: { $why }
library-no-such-draft = does dim drafft { $id }
library-open = drafft { $id }: { $why }
library-write = doedd dim modd ysgrifennu drafft { $id }: { $why }
library-delete = doedd dim modd dileu drafft { $id }: { $why }
library-in-use = mae drafft { $id } ar agor mewn ffenestr Atgyfeiriad Prevent: caewch ef yno yn gyntaf
library-kept-sent = nodwyd bod atgyfeiriad { $id } wedi'i anfon: caiff ei gadw fel cofnod o'r hyn a anfonwyd a'r hyn a ddigwyddodd nesaf, a'i ddileu dim ond pan ddaw ei gyfnod cadw i ben (chwe blynedd o'r cofnod olaf ar ôl ei anfon, gyda drafts purge --sent-older-than)
library-unencrypted = mae drafft { $id } yn ddrafft heb ei amgryptio o fersiwn gynharach, ac fe'i gadawyd fel yr oedd: { $why }
library-id-mismatch = nid yw ei id yn cyfateb i enw ei ffeil
library-not-encrypted = doedd dim modd ei amgryptio
library-unreadable = { $why }
settings-file-error = { $file }: { $why }
settings-file-damaged = mae { $file } wedi'i difrodi: { $why }
draft-label = Drafft { $date }
# Fformat chrono: 20 Tach 2026 (daw enw byr y mis o month-short-N)
draft-label-date-format = %-d %b %Y
draft-is-export = allforiad yw hwn, nid drafft

## Ieithoedd: y switsh ar frig pob sgrin. Mae enw pob iaith wedi'i ysgrifennu
## yn yr iaith honno, yn y ddau gatalog.

language-english = English
language-welsh = Cymraeg
language-switch-to = Newid i { $language }

## Enwau'r misoedd, ar gyfer y fformatau chrono uchod (%B, %b).

month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
month-short-1 = Ion
month-short-2 = Chwef
month-short-3 = Maw
month-short-4 = Ebr
month-short-5 = Mai
month-short-6 = Meh
month-short-7 = Gorff
month-short-8 = Awst
month-short-9 = Medi
month-short-10 = Hyd
month-short-11 = Tach
month-short-12 = Rhag

## Cuddio nawr

menu-hide = Cuddio
menu-hide-hint = Cuddio'r ffenestr hon ar unwaith (Ctrl+L, neu pwyswch Shift dair gwaith). Mae eich gwaith yn cael ei gadw; mae eich cyfrinymadrodd yn dod ag ef yn ôl.
hidden-continue = Parhau
notice-folder-not-opened = Doedd dim modd agor y ffolder ({ $why }). Mae'r ffeil yn { $folder }.

## Caledu

file-duplicate-key = mae'r allwedd JSON “{ $key }” ynddi ddwywaith yn yr un lle (llinell { $line }, colofn { $column }): mae darllenwyr yn anghytuno pa un sy'n cyfrif, felly caiff ei gwrthod
destination-in-data-folder = mae'r ffeil yn ffolder data'r rhaglen, lle cedwir yr allwedd a'r drafftiau: dewiswch ffeil y tu allan iddo
destination-is-input = mae'n ffeil y mae'r gorchymyn hwn yn ei darllen: dewiswch ffeil arall i ysgrifennu iddi
destination-not-a-file = ffolder neu ffeil arbennig yw hwn, nid ffeil: dewiswch enw ffeil
destination-exists = mae'r ffeil yno'n barod: ychwanegwch --force i'w disodli
library-too-large =
    { $size ->
        [zero] byddai drafft { $id } yn { $size } beit, yn fwy nag y gall y rhaglen ei ddarllen yn ôl (32 MiB ar y mwyaf): ni chafodd ei gadw. Tynnwch rai eitemau neu cwtogwch atebion hir
        [one] byddai drafft { $id } yn { $size } beit, yn fwy nag y gall y rhaglen ei ddarllen yn ôl (32 MiB ar y mwyaf): ni chafodd ei gadw. Tynnwch rai eitemau neu cwtogwch atebion hir
        [two] byddai drafft { $id } yn { $size } feit, yn fwy nag y gall y rhaglen ei ddarllen yn ôl (32 MiB ar y mwyaf): ni chafodd ei gadw. Tynnwch rai eitemau neu cwtogwch atebion hir
        [few] byddai drafft { $id } yn { $size } beit, yn fwy nag y gall y rhaglen ei ddarllen yn ôl (32 MiB ar y mwyaf): ni chafodd ei gadw. Tynnwch rai eitemau neu cwtogwch atebion hir
        [many] byddai drafft { $id } yn { $size } beit, yn fwy nag y gall y rhaglen ei ddarllen yn ôl (32 MiB ar y mwyaf): ni chafodd ei gadw. Tynnwch rai eitemau neu cwtogwch atebion hir
       *[other] byddai drafft { $id } yn { $size } beit, yn fwy nag y gall y rhaglen ei ddarllen yn ôl (32 MiB ar y mwyaf): ni chafodd ei gadw. Tynnwch rai eitemau neu cwtogwch atebion hir
    }
library-shared-folder = gall defnyddwyr eraill newid y ffolder data { $dir } ({ $who }): gwnewch ef yn eiddo i chi yn unig ({ $fix }) neu, i gadw drafftiau yno beth bynnag, gosodwch { $variable }=1
cli-shared-folder-warning = rhybudd: gall defnyddwyr eraill newid y ffolder data { $dir } ({ $who }): gwnewch ef yn eiddo i chi yn unig ({ $fix })
access-mode = modd { $mode }
access-accounts = cyfrifon { $accounts }
access-owner-other = mae'n perthyn i gyfrif arall, a all newid pwy all ei ddefnyddio
access-unreadable = doedd dim modd darllen ei reolau mynediad: { $error }
dialog-replace-title = Disodli'r ffeil?
dialog-replace-text = Mae { $name } yno'n barod. Bydd ei disodli'n colli'r hyn sydd ynddi.
dialog-replace-replace = Ei disodli
dialog-replace-cancel = Canslo
notice-destination-refused = Ni ysgrifennwyd dim i { $name }: { $why }.

## Dewisydd ffeiliau'r rhaglen ei hun, pan na ellir dangos un y cyfrifiadur.

notice-own-chooser = Doedd dim modd dangos dewisydd ffeiliau eich cyfrifiadur, felly mae Atgyfeiriad Prevent yn defnyddio ei un ei hun yn lle hynny.
chooser-why = Doedd dim modd dangos dewisydd ffeiliau eich cyfrifiadur (ar Linux, efallai nad yw porth y bwrdd gwaith yn rhedeg), felly dyma un Atgyfeiriad Prevent ei hun.
chooser-folder = Ffolder:
chooser-up = I fyny un ffolder
chooser-name = Enw'r ffeil
chooser-open = Agor
chooser-save = Cadw
chooser-cancel = Canslo
chooser-empty = Mae'r ffolder hwn yn wag.
chooser-entry-folder = Ffolder: { $name }
chooser-name-missing = Rhowch enw ffeil, neu dewiswch ffeil o'r rhestr.
chooser-not-found = Does dim ffeil o'r enw { $name } yn y ffolder hwn: dewiswch un o'r rhestr.
chooser-folder-unreadable = Ni ellir darllen y ffolder hwn: { $why }. Ewch i fyny un ffolder, neu dewiswch un arall.

## Cadw cofnodion: yr hanes, atgyfeiriadau a anfonwyd, y sgrin gartref

menu-history = Hanes yr atgyfeiriad hwn
menu-home = Hafan
notice-correction-started = Gallwch newid yr atebion nawr. Allforiwch yr atgyfeiriad eto pan fydd y cywiriad wedi'i wneud.
notice-no-drafts-yet = Does dim atgyfeiriadau wedi'u cadw ar y cyfrifiadur hwn eto.
notice-opened-existing = Mae { $name } yn atgyfeiriad sydd eisoes wedi'i gadw yma, felly agorwyd ei ddrafft yn lle gwneud ail gopi.
sent-read-only = Mae'r atgyfeiriad hwn wedi'i nodi fel un a anfonwyd, felly cedwir ei atebion fel y cawsant eu hanfon. I'w newid, gwnewch gywiriad: nid yw'r ffeil a anfonwyd eisoes byth yn cael ei newid.
sent-make-correction = Gwneud cywiriad
sent-reason-label = Pam mae angen cywiro'r atgyfeiriad?
sent-reason-hint = Caiff hyn ei gadw yn hanes yr atgyfeiriad. Peidiwch â chynnwys manylion yr unigolyn.
sent-reason-missing = Rhowch y rheswm pam mae angen cywiro'r atgyfeiriad
sent-start-correction = Dechrau'r cywiriad
history-heading = Hanes yr atgyfeiriad hwn
history-intro = Popeth sydd wedi digwydd i'r atgyfeiriad hwn ar y cyfrifiadur hwn, y diweddaraf yn gyntaf. Ni chaiff atebion byth eu copïo yma: dim ond pa gwestiynau a newidiodd. Caiff yr hyn a ddigwyddodd ar ôl anfon ei gadw fel y gwnaethoch ei gofnodi.
history-none = Does dim wedi'i gofnodi eto.
history-showing =
    { $shown ->
        [zero] Yn dangos y { $shown } cofnod diweddaraf o { $total }.
        [one] Yn dangos y { $shown } cofnod diweddaraf o { $total }.
        [two] Yn dangos y { $shown } gofnod diweddaraf o { $total }.
        [few] Yn dangos y { $shown } chofnod diweddaraf o { $total }.
        [many] Yn dangos y { $shown } chofnod diweddaraf o { $total }.
       *[other] Yn dangos y { $shown } cofnod diweddaraf o { $total }.
    }
history-show-older =
    { $count ->
        [zero] Dangos { $count } cofnod hŷn
        [one] Dangos { $count } cofnod hŷn
        [two] Dangos { $count } gofnod hŷn
        [few] Dangos { $count } chofnod hŷn
        [many] Dangos { $count } chofnod hŷn
       *[other] Dangos { $count } cofnod hŷn
    }
history-created = Dechreuwyd yr atgyfeiriad.
history-imported-export = Gwnaed yr atgyfeiriad o ffeil allforio.
history-imported-encrypted = Gwnaed yr atgyfeiriad o ffeil allforio wedi'i hamgryptio.
history-imported-draft = Gwnaed yr atgyfeiriad o ffeil drafft a gadwyd.
history-upgraded = Dechreuodd yr hanes yma, pan agorwyd y drafft hwn o fersiwn { $version } gan fersiwn sy'n cadw hanes.
history-reopened = Agorwyd yr atgyfeiriad eto.
history-restored = Adferwyd yr atgyfeiriad ar ôl i'r rhaglen beidio â chau'n iawn.
history-saved =
    { $count ->
        [zero] Cadwyd heb newid yr un cwestiwn: { $questions }
        [one] Cadwyd gydag 1 cwestiwn wedi newid: { $questions }
        [two] Cadwyd gyda 2 gwestiwn wedi newid: { $questions }
        [few] Cadwyd gyda { $count } chwestiwn wedi newid: { $questions }
        [many] Cadwyd gyda { $count } chwestiwn wedi newid: { $questions }
       *[other] Cadwyd gyda { $count } cwestiwn wedi newid: { $questions }
    }
history-pdf-made = Gwnaed copi PDF.
history-exported-encrypted = Allforiwyd, wedi'i amgryptio ar gyfer { $teams }. Mae bysbrint y ffeil (SHA-256) yn dechrau { $hash }.
history-exported-plain = Allforiwyd, heb ei amgryptio. Mae bysbrint y ffeil (SHA-256) yn dechrau { $hash }.
history-corrected = Dechreuwyd cywiriad ar ôl ei allforio. Y rheswm: { $reason }
history-renamed = Ailenwyd yr atgyfeiriad.
history-check-holds =
    { $count ->
        [zero] Does dim cofnodion yn yr hanes. Bysbrint diweddaraf: { $hash }
        [one] Mae gan yr hanes 1 cofnod ac fe'i gwiriwyd: does dim wedi'i newid ynddo. Bysbrint diweddaraf: { $hash }
        [two] Mae gan yr hanes 2 gofnod ac fe'u gwiriwyd: does dim wedi'i newid ynddynt. Bysbrint diweddaraf: { $hash }
        [few] Mae gan yr hanes { $count } chofnod ac fe'u gwiriwyd: does dim wedi'i newid ynddynt. Bysbrint diweddaraf: { $hash }
        [many] Mae gan yr hanes { $count } chofnod ac fe'u gwiriwyd: does dim wedi'i newid ynddynt. Bysbrint diweddaraf: { $hash }
       *[other] Mae gan yr hanes { $count } cofnod ac fe'u gwiriwyd: does dim wedi'i newid ynddynt. Bysbrint diweddaraf: { $hash }
    }
history-check-broken = Doedd dim modd gwirio'r hanes: nid yw cofnod { $entry } yn dilyn yr un o'i flaen, felly efallai ei fod wedi'i newid. Nid yw hyn yn effeithio ar eich atebion.
history-check-unreadable = Doedd dim modd gwirio'r hanes oherwydd doedd dim modd ei ddarllen. Mae wedi'i gadw fel yr oedd, ac nid yw hyn yn effeithio ar eich atebion.
home-heading = Eich atgyfeiriadau
home-intro = Parhewch ag atgyfeiriad sydd wedi'i gadw ar y cyfrifiadur hwn, neu dechreuwch un newydd.
home-start-new = Dechrau atgyfeiriad newydd
home-search = Chwilio yn ôl enw, ysgol neu label
home-search-hint = Er enghraifft, cyfenw, neu'r ysgol, y coleg neu'r cyflogwr
home-none-found = Does dim atgyfeiriadau'n cyfateb i'ch chwiliad.
status-ready = Yn barod i'w anfon
status-sent = Wedi'i anfon
home-sent-line = Anfonwyd ar { $date }
home-edited-line = Golygwyd ddiwethaf { $when }
home-continue = Parhau
home-continue-name = Parhau â'r atgyfeiriad ar gyfer { $name }
drafts-filter = Dangos
drafts-filter-all = Y cyfan
drafts-sent-on = Anfonwyd ar { $date }
cli-export-not-recorded = ysgrifennwyd yr allforiad, ond doedd dim modd ei gofnodi yn hanes y drafft: { $why }
cli-pdf-not-recorded = ysgrifennwyd y copi PDF, ond doedd dim modd ei gofnodi yn hanes y drafft: { $why }
cli-drafts-purged-sent =
    { $count ->
        [zero] ni ddilëwyd dim atgyfeiriadau a anfonwyd
        [one] dilëwyd { $count } atgyfeiriad a anfonwyd
        [two] dilëwyd { $count } atgyfeiriad a anfonwyd
        [few] dilëwyd { $count } atgyfeiriad a anfonwyd
        [many] dilëwyd { $count } atgyfeiriad a anfonwyd
       *[other] dilëwyd { $count } atgyfeiriad a anfonwyd
    } heb ddim wedi'i gofnodi ers { $days ->
        [zero] { $days } diwrnod
        [one] { $days } diwrnod
        [two] { $days } ddiwrnod
        [few] { $days } diwrnod
        [many] { $days } diwrnod
       *[other] { $days } diwrnod
    } neu fwy (o'r cofnod dilynol olaf, neu'r anfon)
cli-history-holds =
    { $count ->
        [zero] dim cofnodion; mae'r gadwyn o stwnshiau'n dal; y stwnsh diweddaraf { $hash }
        [one] 1 cofnod; mae'r gadwyn o stwnshiau'n dal; y stwnsh diweddaraf { $hash }
        [two] 2 gofnod; mae'r gadwyn o stwnshiau'n dal; y stwnsh diweddaraf { $hash }
        [few] { $count } chofnod; mae'r gadwyn o stwnshiau'n dal; y stwnsh diweddaraf { $hash }
        [many] { $count } chofnod; mae'r gadwyn o stwnshiau'n dal; y stwnsh diweddaraf { $hash }
       *[other] { $count } cofnod; mae'r gadwyn o stwnshiau'n dal; y stwnsh diweddaraf { $hash }
    }
cli-history-broken = doedd dim modd gwirio'r hanes: nid yw cofnod { $entry } yn cario stwnsh yr un o'i flaen
cli-history-unreadable = doedd dim modd gwirio'r hanes: doedd dim modd ei ddarllen (mae wedi'i gadw fel yr oedd)
cli-history-created = crëwyd
cli-history-imported-export = mewnforiwyd o allforiad
cli-history-imported-encrypted = mewnforiwyd o allforiad wedi'i amgryptio
cli-history-imported-draft = mewnforiwyd o ffeil drafft
cli-history-upgraded = dechreuodd yr hanes (drafft o fersiwn { $version })
cli-history-reopened = agorwyd eto
cli-history-restored = adferwyd ar ôl i'r rhaglen beidio â chau'n iawn
cli-history-saved = cadwyd; newidiwyd: { $paths }
cli-history-pdf-made = gwnaed copi PDF
cli-history-exported-encrypted = allforiwyd, wedi'i amgryptio ar gyfer { $teams }; SHA-256 { $hash }
cli-history-exported-plain = allforiwyd, heb ei amgryptio; SHA-256 { $hash }
cli-history-corrected = dechreuwyd cywiriad; y rheswm: { $reason }
cli-history-renamed = ailenwyd

## Cofnod y gellir ymddiried ynddo: copïau, gwaith araf, a hanes nad yw'n dal

history-pdf-made-hash = Cadwyd copi PDF. Mae bysbrint y ffeil (SHA-256) yn dechrau { $hash }.
history-copied-from =
    { $count ->
        [zero] Copïwyd yr atgyfeiriad hwn o atgyfeiriad { $id }, heb gofnodion yn ei hanes bryd hynny ({ $hash }). Cofnodion yr atgyfeiriad hwnnw yw'r rhai o flaen hwn; mae cofnodion y copi hwn yn dilyn.
        [one] Copïwyd yr atgyfeiriad hwn o atgyfeiriad { $id }, ac roedd gan ei hanes bryd hynny 1 cofnod, yn gorffen â { $hash }. Cofnodion yr atgyfeiriad hwnnw yw'r rhai o flaen hwn; mae cofnodion y copi hwn yn dilyn.
        [two] Copïwyd yr atgyfeiriad hwn o atgyfeiriad { $id }, ac roedd gan ei hanes bryd hynny 2 gofnod, yn gorffen â { $hash }. Cofnodion yr atgyfeiriad hwnnw yw'r rhai o flaen hwn; mae cofnodion y copi hwn yn dilyn.
        [few] Copïwyd yr atgyfeiriad hwn o atgyfeiriad { $id }, ac roedd gan ei hanes bryd hynny { $count } chofnod, yn gorffen â { $hash }. Cofnodion yr atgyfeiriad hwnnw yw'r rhai o flaen hwn; mae cofnodion y copi hwn yn dilyn.
        [many] Copïwyd yr atgyfeiriad hwn o atgyfeiriad { $id }, ac roedd gan ei hanes bryd hynny { $count } chofnod, yn gorffen â { $hash }. Cofnodion yr atgyfeiriad hwnnw yw'r rhai o flaen hwn; mae cofnodion y copi hwn yn dilyn.
       *[other] Copïwyd yr atgyfeiriad hwn o atgyfeiriad { $id }, ac roedd gan ei hanes bryd hynny { $count } cofnod, yn gorffen â { $hash }. Cofnodion yr atgyfeiriad hwnnw yw'r rhai o flaen hwn; mae cofnodion y copi hwn yn dilyn.
    }
cli-history-pdf-made-hash = gwnaed copi PDF; SHA-256 { $hash }
cli-history-copied-from =
    { $count ->
        [zero] copïwyd o atgyfeiriad { $id } ({ $count } cofnod; stwnsh diweddaraf { $hash }); cofnodion yr atgyfeiriad hwnnw yw'r rhai o'r blaen
        [one] copïwyd o atgyfeiriad { $id } (1 cofnod; stwnsh diweddaraf { $hash }); cofnodion yr atgyfeiriad hwnnw yw'r rhai o'r blaen
        [two] copïwyd o atgyfeiriad { $id } (2 gofnod; stwnsh diweddaraf { $hash }); cofnodion yr atgyfeiriad hwnnw yw'r rhai o'r blaen
        [few] copïwyd o atgyfeiriad { $id } ({ $count } chofnod; stwnsh diweddaraf { $hash }); cofnodion yr atgyfeiriad hwnnw yw'r rhai o'r blaen
        [many] copïwyd o atgyfeiriad { $id } ({ $count } chofnod; stwnsh diweddaraf { $hash }); cofnodion yr atgyfeiriad hwnnw yw'r rhai o'r blaen
       *[other] copïwyd o atgyfeiriad { $id } ({ $count } cofnod; stwnsh diweddaraf { $hash }); cofnodion yr atgyfeiriad hwnnw yw'r rhai o'r blaen
    }
cli-import-failed = doedd dim modd mewnforio { $file }: { $why }
cli-drafts-lock-failed = doedd dim modd cloi drafft { $id } ar gyfer hyn: { $why }. Gwiriwch y gellir ysgrifennu i'r ffolder drafftiau
cli-export-would-replace-sent = { $file }: mae'n ffeil y cafodd yr atgyfeiriad hwn ei allforio fel hi (yr hyn a anfonwyd), ac nid yw byth yn cael ei disodli: allforiwch y cywiriad dan enw newydd
cli-passphrase-file-shared = gall defnyddwyr eraill ddarllen y ffeil cyfrinymadrodd { $file } ({ $who }): gwnewch hi'n ddarllenadwy i chi yn unig ({ $fix })
notice-would-replace-sent = Ni ysgrifennwyd dim: { $name } yw'r atgyfeiriad hwn fel y cafodd ei allforio o'r blaen, ac nid yw'r hyn a anfonwyd byth yn cael ei ddisodli. Dewiswch enw newydd: mae'r enw a awgrymir yn dweud mai cywiriad ydyw.
notice-opened-earlier-export = Dangosir { $name } i'w ddarllen yn unig, yn union fel y cafodd ei allforio. Mae'r atgyfeiriad wedi'i gywiro ers hynny: agorwch ef o Eich atgyfeiriadau i'w weld fel y mae nawr.
notice-task-busy = Arhoswch i'r hyn sydd ar y gweill orffen, neu canslwch ef, cyn dechrau rhywbeth arall.
notice-task-lost = Aeth rhywbeth o'i le wrth wneud hynny, felly ni newidiwyd nac ysgrifennwyd dim. Rhowch gynnig arall arni; os bydd yn digwydd eto, dywedwch wrth eich cymorth TG.
notice-open-cancelled = Canslwyd agor { $name }. Ni newidiwyd dim.
notice-pdf-cancelled = Canslwyd gwneud y copi PDF. Ni ysgrifennwyd dim.
task-opening = Yn agor { $name }
task-making-pdf = Yn gwneud y copi PDF
task-saving = Yn cadw { $name }
notice-still-saving = Mae ffeil yn dal i gael ei hysgrifennu (gweler y llinell o dan y ddewislen). Caewch y ffenestr eto unwaith y bydd wedi gorffen, fel bod cofnod ohoni.
notice-still-saving-switch = Mae ffeil o'r atgyfeiriad hwn yn dal i gael ei hysgrifennu (gweler y llinell o dan y ddewislen). Agorwch un arall unwaith y bydd wedi gorffen, fel bod cofnod ohoni yn hwn.
task-line =
    { $seconds ->
        [zero] { $what }… ({ $seconds } eiliad)
        [one] { $what }… (1 eiliad)
        [two] { $what }… (2 eiliad)
        [few] { $what }… ({ $seconds } eiliad)
        [many] { $what }… ({ $seconds } eiliad)
       *[other] { $what }… ({ $seconds } eiliad)
    }
task-cancel = Canslo
decrypt-too-many-recipients =
    { $max ->
        [zero] mae'n enwi mwy na { $max } derbynnydd, mwy nag y caiff unrhyw atgyfeiriad ei anfon atynt, felly nid yw'n cael ei agor (efallai iddo gael ei wneud i arafu'r rhaglen hon)
        [one] mae'n enwi mwy na { $max } derbynnydd, mwy nag y caiff unrhyw atgyfeiriad ei anfon atynt, felly nid yw'n cael ei agor (efallai iddo gael ei wneud i arafu'r rhaglen hon)
        [two] mae'n enwi mwy na { $max } dderbynnydd, mwy nag y caiff unrhyw atgyfeiriad ei anfon atynt, felly nid yw'n cael ei agor (efallai iddo gael ei wneud i arafu'r rhaglen hon)
        [few] mae'n enwi mwy na { $max } derbynnydd, mwy nag y caiff unrhyw atgyfeiriad ei anfon atynt, felly nid yw'n cael ei agor (efallai iddo gael ei wneud i arafu'r rhaglen hon)
        [many] mae'n enwi mwy na { $max } derbynnydd, mwy nag y caiff unrhyw atgyfeiriad ei anfon atynt, felly nid yw'n cael ei agor (efallai iddo gael ei wneud i arafu'r rhaglen hon)
       *[other] mae'n enwi mwy na { $max } derbynnydd, mwy nag y caiff unrhyw atgyfeiriad ei anfon atynt, felly nid yw'n cael ei agor (efallai iddo gael ei wneud i arafu'r rhaglen hon)
    }
decrypt-header-too-large = mae ganddo bennyn hirach nag un unrhyw atgyfeiriad, felly nid yw'n cael ei agor (efallai iddo gael ei wneud i arafu'r rhaglen hon)
file-key-too-large =
    { $size ->
        [zero] mae'r ffeil yn { $size } beit, yn fwy nag unrhyw ffeil allwedd, hunaniaeth neu gyfrinymadrodd (64 KiB ar y mwyaf)
        [one] mae'r ffeil yn { $size } beit, yn fwy nag unrhyw ffeil allwedd, hunaniaeth neu gyfrinymadrodd (64 KiB ar y mwyaf)
        [two] mae'r ffeil yn { $size } feit, yn fwy nag unrhyw ffeil allwedd, hunaniaeth neu gyfrinymadrodd (64 KiB ar y mwyaf)
        [few] mae'r ffeil yn { $size } beit, yn fwy nag unrhyw ffeil allwedd, hunaniaeth neu gyfrinymadrodd (64 KiB ar y mwyaf)
        [many] mae'r ffeil yn { $size } beit, yn fwy nag unrhyw ffeil allwedd, hunaniaeth neu gyfrinymadrodd (64 KiB ar y mwyaf)
       *[other] mae'r ffeil yn { $size } beit, yn fwy nag unrhyw ffeil allwedd, hunaniaeth neu gyfrinymadrodd (64 KiB ar y mwyaf)
    }
key-not-a-file = nid yw'n ffeil a ysgrifennodd y rhaglen (mae'n ffolder, yn ddyfais neu'n bibell)
chain-heading = Efallai fod hanes yr atgyfeiriad hwn wedi'i newid
chain-what-to-do = Dangosir eich atebion fel y maent. Edrychwch ar yr hanes i weld pa gofnod nad yw'n dilyn yr un o'i flaen, a dywedwch wrth eich arweinydd diogelu neu'ch cymorth TG os nad oeddech yn disgwyl hyn. Gallwch barhau i weithio: caiff cofnodion newydd eu hychwanegu ar ei ôl, ac mae'r toriad yn aros ar gofnod.
chain-show-history = Edrych ar yr hanes
chain-carry-on = Parhau â'r atgyfeiriad hwn
cli-validate-newer-answer = { $file }: nodyn: mae { $key } yn ateb o fformat { $version }, sy'n fwy newydd nag y mae'r rhaglen hon yn ei ddarllen: ni chafodd ei wirio ac ni ddylid ei ollwng
cli-validate-unread = { $file }: nodyn: mae { $key } o fformat { $version }, sy'n fwy newydd nag y mae'r rhaglen hon yn ei ddarllen, ac ni chafodd ei ddarllen
history-check-answers-changed = Nid yr atebion yw'r rhai a allforiwyd yng nghofnod { $entry }, ac ni ddechreuwyd cywiriad ers hynny: efallai eu bod wedi'u newid y tu allan i Atgyfeiriad Prevent.
cli-history-answers-changed = nid yr atebion yw'r rhai a allforiwyd yng nghofnod { $entry }, ac ni ddechreuwyd cywiriad ers hynny
notice-other-referral = Ni ysgrifennwyd dim: cafodd y ffeil honno ei gwneud o atgyfeiriad arall, nad yw ar y sgrin bellach. Agorwch yr atgyfeiriad hwnnw a'i wneud eto.
destination-unchecked = mae mewn ffolder nad oedd modd canfod ble mae, felly nid ysgrifennir dim yno: dewiswch ffolder arall
destination-io = nid oes modd ei hysgrifennu yno: { $why }
destination-name-reserved = mae'n enw y mae Windows yn ei gadw ar gyfer dyfais (“{ $name }”): dewiswch enw arall
destination-name-ending = mae'n gorffen gyda dot neu fwlch, y mae Windows yn eu gollwng: tynnwch ef a rhowch gynnig arall arni
destination-name-character = mae “{ $character }” yn ei enw, nad yw Windows yn ei ganiatáu: tynnwch ef a rhowch gynnig arall arni
destination-path-too-long =
    { $length ->
        [zero] mae'n { $length } nod o hyd gyda'i ffolder, dros derfyn Windows o { $limit }: dewiswch enw byrrach neu ffolder yn nes at frig y gyriant
        [one] mae'n { $length } nod o hyd gyda'i ffolder, dros derfyn Windows o { $limit }: dewiswch enw byrrach neu ffolder yn nes at frig y gyriant
        [two] mae'n { $length } nod o hyd gyda'i ffolder, dros derfyn Windows o { $limit }: dewiswch enw byrrach neu ffolder yn nes at frig y gyriant
        [few] mae'n { $length } nod o hyd gyda'i ffolder, dros derfyn Windows o { $limit }: dewiswch enw byrrach neu ffolder yn nes at frig y gyriant
        [many] mae'n { $length } nod o hyd gyda'i ffolder, dros derfyn Windows o { $limit }: dewiswch enw byrrach neu ffolder yn nes at frig y gyriant
       *[other] mae'n { $length } nod o hyd gyda'i ffolder, dros derfyn Windows o { $limit }: dewiswch enw byrrach neu ffolder yn nes at frig y gyriant
    }
notice-opened-unread = Mae rhywfaint ohono o fersiwn mwy newydd o'r fformat allforio a doedd dim modd ei ddarllen yma ({ $keys }): gofynnwch i bwy bynnag a'i hanfonodd, neu defnyddiwch Atgyfeiriad Prevent mwy newydd.
notice-opened-export-not-sent =
    { $count ->
        [zero] Fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } cwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr atebion yn y drafft, ond ni chânt eu hanfon.
        [one] Fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } cwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr ateb yn y drafft, ond ni chaiff ei anfon.
        [two] Fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } gwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr atebion yn y drafft, ond ni chânt eu hanfon.
        [few] Fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } chwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr atebion yn y drafft, ond ni chânt eu hanfon.
        [many] Fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } chwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr atebion yn y drafft, ond ni chânt eu hanfon.
       *[other] Fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } cwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr atebion yn y drafft, ond ni chânt eu hanfon.
    }
cli-import-unread = { $file }: nodyn: mae { $keys } o fformat { $version }, sy'n fwy newydd nag y mae'r rhaglen hon yn ei ddarllen, ac ni chafodd ei fewnforio
cli-import-not-sent =
    { $count ->
        [zero] { $file }: nodyn: fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } cwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr atebion yn y drafft, ond ni chânt eu hanfon.
        [one] { $file }: nodyn: fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } cwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr ateb yn y drafft, ond ni chaiff ei anfon.
        [two] { $file }: nodyn: fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } gwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr atebion yn y drafft, ond ni chânt eu hanfon.
        [few] { $file }: nodyn: fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } chwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr atebion yn y drafft, ond ni chânt eu hanfon.
        [many] { $file }: nodyn: fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } chwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr atebion yn y drafft, ond ni chânt eu hanfon.
       *[other] { $file }: nodyn: fe'i gwnaed gydag argraffiad cynharach o'r ffurflen, a ofynnodd { $count } cwestiwn i'r person hwn nad yw'r argraffiad hwn yn ei ofyn: { $questions }. Cedwir yr atebion yn y drafft, ond ni chânt eu hanfon.
    }
notice-typed-while-opening = Ni agorwyd { $name }: fe wnaethoch deipio tra oedd yn cael ei darllen, ac nid oes unman i gadw hynny yma eto. Cadwch eich gwaith (Ffeil, Cadw'r drafft fel), yna agorwch hi eto.

## Darllenydd yr allforiad: beth sydd o'i le ar werth mewn ffeil allforio,
## ar ôl ei lwybr ("referral.person.age: rhaid iddo fod ...").
reader-missing = ar goll: rhaid i bob maes fod yno, fel null pan nad oes ateb
reader-marking = rhaid iddo fod yn "OFFICIAL-SENSITIVE"
reader-generator = rhaid iddo enwi'r rhaglen a ysgrifennodd y ffeil
reader-object = rhaid iddo fod yn wrthrych
reader-object-not-null = rhaid iddo fod yn wrthrych, nid null
reader-whole-number = rhaid iddo fod yn rhif cyfan
reader-sha256 = rhaid iddo fod yn stwnsh SHA-256, 64 digid hecsadegol mewn llythrennau bach
reader-edition = rhaid iddo enwi argraffiad y ffurflen, fel "2026.1"
reader-edition-not-of-version = rhaid iddo fod yn “{ $edition }”: mae fformat { $version } yn gofyn cwestiynau argraffiad { $edition } o'r ffurflen
reader-text = rhaid iddo fod yn destun
reader-e164 = rhaid ei ysgrifennu ar ffurf E.164, fel { $e164 }
reader-bool = rhaid iddo fod yn true neu false
reader-bool-or-null = rhaid iddo fod yn true, false neu null
reader-answers-order = rhaid iddo restru pob ateb unwaith, yn nhrefn y ffurflen
reader-list = rhaid iddo fod yn rhestr
reader-date = rhaid iddo fod yn ddyddiad wedi'i ysgrifennu YYYY-MM-DD (blwyddyn-mis-diwrnod)
reader-age = rhaid iddo fod yn rhif cyfan o 0 i 120
reader-uuid-id = rhaid iddo fod yn UUID yr atgyfeiriad
reader-uuid = rhaid iddo fod yn UUID
reader-uuid-form = rhaid iddo fod yn UUID fersiwn 4 mewn llythrennau bach, fel 0b6f2a4e-8a0e-4c55-9a57-3c1f1c2d9e10
reader-datetime = rhaid iddo fod yn ddyddiad ac amser
reader-datetime-form = rhaid iddo fod yn ddyddiad ac amser yn UTC, i'r eiliad, fel 2026-01-31T09:30:00Z
reader-address-lines = rhaid iddo gael 4 llinell ar y mwyaf
reader-postcode = rhaid ei ysgrifennu fel { $postcode }
reader-not-in-list = nid yw'n un o'r atebion: defnyddiwch un o { $ids }
reader-newer-key = daeth gyda fformat { $since }, ond mae'r ffeil yn dweud mai fformat { $version } yw hi: ysgrifennwch y ffeil fel { $since }, neu gadewch hwn allan
export-must-be-null = rhaid iddo fod yn null: nid yw'r ffurflen yn gofyn hyn gyda'r atebion a roddwyd
export-must-be-written-as = rhaid ei ysgrifennu fel { $value }
export-internal = Gwall mewnol: mae ateb gofynnol ar goll er i'r gwiriadau basio
