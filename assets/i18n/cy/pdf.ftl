### Copi PDF o atgyfeiriad (src/pdf/, src/cli_pdf.rs a "Cadw copi fel PDF" yn
### y rhaglen). Mae geiriau'r ffurflen ei hun yn form.ftl.

## Y ddogfen

pdf-title = Ffurflen Atgyfeirio Genedlaethol Prevent
# Teitl y PDF yn ei briodweddau: byth enw person.
pdf-document-title = Ffurflen Atgyfeirio Genedlaethol Prevent – atgyfeiriad { $id }
pdf-reference = Atgyfeiriad { $id }
pdf-page-of = Tudalen { $page } o { $pages }
pdf-draft = DRAFFT – HEB EI GWBLHAU
pdf-draft-note = Copi o atgyfeiriad sydd heb ei orffen yw hwn, wedi'i wneud i'w drafod. Nid yw wedi'i anfon. Mae'r problemau sy'n dal ar agor wedi'u rhestru isod.
pdf-problems-heading = I'w wneud cyn y gellir anfon yr atgyfeiriad hwn
pdf-problem = { $section }: { $message }
pdf-question = Cwestiwn
pdf-answer = Ateb
pdf-summary-heading = Crynodeb
pdf-summary-note = Yr hyn sydd ei angen yn gyntaf: yr unigolyn, y pryder, y risg, atgyfeiriadau cynharach a phwy a atgyfeiriodd. Rhoddir pob ateb yn llawn ar ei ôl.
pdf-summary-continues = Mae'r pryder yn parhau yn llawn o dan “{ $section }”.
pdf-summary-concern = Y pryder, yng ngeiriau'r atgyfeiriwr
pdf-summary-immediate-risk = Perygl uniongyrchol o niwed
pdf-summary-police-called = Wedi ffonio 999
pdf-summary-weapons = Mynediad at arfau
pdf-summary-carries-weapon = Wedi cario cyllell neu arf
pdf-summary-violence = Trais, neu fygythiadau o drais
pdf-summary-travel = Teithio i ardal lle mae gwrthdaro
pdf-summary-earlier = Wedi'i atgyfeirio i Prevent o'r blaen
pdf-summary-referrer = Atgyfeiriwyd gan
pdf-summary-referrer-role = Eu teitl swydd
pdf-summary-referrer-organisation = Eu sefydliad
pdf-summary-referrer-phone = Eu rhif ffôn
pdf-summary-referrer-extension = Estyniad
pdf-summary-referrer-email = Eu cyfeiriad e-bost
pdf-about-heading = Y copi hwn
pdf-referral-date = Dyddiad yr atgyfeiriad
pdf-made = Gwnaed y copi
pdf-made-at = { $date } am { $time }
pdf-program = Gwnaed gyda
pdf-program-version = { $app } { $version }
pdf-form-edition = Argraffiad y ffurflen
pdf-form-edition-value = { $edition }: Ffurflen Atgyfeirio Genedlaethol Prevent (2025) gyda'r cwestiynau a ofynnwyd ers adolygiadau 2025–2026
pdf-referral-id = Dynodydd yr atgyfeiriad
pdf-sent-to = Anfonwyd at
pdf-immediate-risk-called = Roedd rhywun mewn perygl uniongyrchol o niwed pan wnaed yr atgyfeiriad hwn. Mae'r atgyfeiriwr wedi ffonio 999.
pdf-immediate-risk-not-called = Roedd rhywun mewn perygl uniongyrchol o niwed pan wnaed yr atgyfeiriad hwn. Nid yw'r atgyfeiriwr wedi cadarnhau eto ei fod wedi ffonio 999: os oes unrhyw un mewn perygl nawr, ffoniwch 999.

## Ei wneud

pdf-layout-failed = doedd dim modd gwneud y copi PDF ({ $why }): ni ysgrifennwyd dim
pdf-not-built = nid oes modd i'r fersiwn hon o Atgyfeiriad Prevent wneud copi PDF: ni ysgrifennwyd dim
pdf-encrypt-failed = doedd dim modd amgryptio'r copi PDF ({ $why }): ni ysgrifennwyd dim

## Y llinell orchymyn

cli-pdf-encrypted = mae { $file } wedi'i amgryptio: mewnforiwch ef gyda `prevent-referral drafts import FILE`, yna gwnewch y copi gyda `prevent-referral drafts pdf ID`
cli-pdf-incomplete = nid yw'r atgyfeiriad yn gyflawn, felly ni ysgrifennwyd copi: cywirwch y problemau a restrir, neu rhowch --draft am gopi wedi'i farcio DRAFFT – HEB EI GWBLHAU
cli-pdf-placeholders = mae rhai nodau na all unrhyw ffont ar y cyfrifiadur hwn eu tynnu yn cael eu dangos fel □ yn y copi ({ $codes }); mae'r allforiad (JSON) yn eu cadw yn union fel y'u teipiwyd.
cli-pdf-not-encrypted = nid yw { $file } wedi'i amgryptio: gall unrhyw un sy'n gallu ei agor ddarllen yr atgyfeiriad. Cadwch ef dim ond lle gellir cadw gwybodaeth OFFICIAL-SENSITIVE, neu rhowch --recipient i'w amgryptio.

## Y rhaglen: "Cadw copi fel PDF"

menu-save-pdf = Cadw copi fel PDF…
picker-pdf-title = Cadw copi o'r atgyfeiriad fel PDF
dialog-pdf-title = Cadw copi fel PDF
dialog-pdf-text = Amgryptiwch y copi fel mai dim ond y timau rydych chi'n eu ticio all ei agor. Efallai y bydd angen cadw copi ar gyfer eich system gofnodion eich hun heb ei amgryptio.
dialog-pdf-plain-warning = Heb ei amgryptio: gall unrhyw un sy'n cael y ffeil ddarllen yr atgyfeiriad. Cadwch ef dim ond lle gellir cadw gwybodaeth OFFICIAL-SENSITIVE.
dialog-pdf-encrypted-button = Cadw copi wedi'i amgryptio
dialog-pdf-plain-button = Cadw copi heb ei amgryptio
dialog-offer-pdf-text = Mae mewnflychau Prevent yr heddlu, y MASH a systemau cofnodion eich ysgol neu'ch gwasanaeth yn derbyn yr atgyfeiriad fel dogfen. Cadw copi fel PDF nawr?
dialog-offer-pdf-save = Cadw copi fel PDF nawr
dialog-offer-pdf-not-now = Nid nawr
notice-pdf-saved-encrypted = Cafodd copi o'r atgyfeiriad ei gadw fel { $name } yn y ffolder { $folder }, wedi'i amgryptio ar gyfer y timau a ddewisoch.
notice-pdf-saved-plain = Cafodd copi o'r atgyfeiriad ei gadw fel { $name } yn y ffolder { $folder }. Nid yw wedi'i amgryptio: gall unrhyw un sy'n cael y ffeil ei ddarllen, felly cadwch ef dim ond lle gellir cadw gwybodaeth OFFICIAL-SENSITIVE.
notice-pdf-placeholders = Mae rhai nodau na all unrhyw ffont ar y cyfrifiadur hwn eu tynnu yn cael eu dangos fel □ yn y copi ({ $codes }); mae'r allforiad (JSON) yn eu cadw yn union fel y'u teipiwyd.
notice-pdf-draft = Nid yw'r atgyfeiriad yn gyflawn, felly mae'r copi wedi'i farcio DRAFFT – HEB EI GWBLHAU ac mae'n rhestru'r hyn sydd i'w wneud o hyd.
notice-pdf-failed = Ni chadwyd copi: { $why }
notice-pdf-write-failed = Doedd dim modd cadw'r copi fel { $name }: { $why }. Ni ysgrifennwyd dim; dewiswch ffolder arall.
pdf-history = Hanes
pdf-history-value =
    { $entries ->
        [zero] { $entries } cofnod, y diweddaraf gyda SHA-256 { $hash }
        [one] { $entries } cofnod, y diweddaraf gyda SHA-256 { $hash }
        [two] { $entries } gofnod, y diweddaraf gyda SHA-256 { $hash }
        [few] { $entries } chofnod, y diweddaraf gyda SHA-256 { $hash }
        [many] { $entries } chofnod, y diweddaraf gyda SHA-256 { $hash }
       *[other] { $entries } cofnod, y diweddaraf gyda SHA-256 { $hash }
    }
pdf-placeholder-label = Nodau heb eu dangos
pdf-placeholder = Mae nodau na all unrhyw ffont ar y cyfrifiadur hwn eu tynnu, a llythyren o dan fwy o acenion neu farciau nag y mae unrhyw iaith yn eu hysgrifennu, yn cael eu dangos fel □ yn y copi hwn. Mae'r allforiad (JSON) yn cadw pob ateb yn union fel y'i teipiwyd.
pdf-typesetter-stopped = stopiodd y cysodydd ar y testun hwn (nam ynddo, nid yn yr atgyfeiriad). Anfonwch yr allforiad (JSON) yn lle hynny: mae'n cadw pob ateb yn union fel y'i teipiwyd
pdf-missing-glyphs = nid oedd modd tynnu rhai nodau yn yr atebion yn y copi. Anfonwch yr allforiad (JSON) yn lle hynny: mae'n cadw pob ateb yn union fel y'i teipiwyd
pdf-answer-cut =
    { $count ->
        [zero] … [ni ddangosir { $count } nod arall yma: mae'r ateb yn hirach nag y mae'r ffurflen yn ei ganiatáu]
        [one] … [ni ddangosir 1 nod arall yma: mae'r ateb yn hirach nag y mae'r ffurflen yn ei ganiatáu]
        [two] … [ni ddangosir 2 nod arall yma: mae'r ateb yn hirach nag y mae'r ffurflen yn ei ganiatáu]
        [few] … [ni ddangosir { $count } nod arall yma: mae'r ateb yn hirach nag y mae'r ffurflen yn ei ganiatáu]
        [many] … [ni ddangosir { $count } nod arall yma: mae'r ateb yn hirach nag y mae'r ffurflen yn ei ganiatáu]
       *[other] … [ni ddangosir { $count } nod arall yma: mae'r ateb yn hirach nag y mae'r ffurflen yn ei ganiatáu]
    }
