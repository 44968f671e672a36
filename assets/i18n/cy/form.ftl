### Y ffurflen: adrannau, cwestiynau, awgrymiadau, atebion a negeseuon y
### rheolau, yn Gymraeg. Yr un ids a'r un newidynnau ag en-GB/form.ftl.
### Geirfa a sut i newid neges: docs/TRANSLATION.md. Rhaid i gyfieithydd
### cymwys adolygu'r testun hwn cyn dibynnu arno.

## Adrannau, fel y mae'r rhestr dasgau yn eu dangos.

section-start = Cyn i chi ddechrau
section-person = Am yr unigolyn
section-household = Teulu, rhieni a gofalwyr
section-concerns = Eich pryderon
section-needs = Anghenion cymhleth a thueddiad i radicaleiddio
section-other_information = Asiantaethau eraill a gwybodaeth arall
section-referrer = Amdanoch chi
section-actions = Beth rydych chi wedi'i wneud hyd yma
section-declaration = Gwirio eich atebion a'r datganiad

## Negeseuon a rennir gan bob cwestiwn o'r un math.

rules-phone-format = Rhowch rif ffôn, fel 029 2018 0000 neu +44 7400 123456
rules-phone-extension-apart = Rhowch yr estyniad, { $extension }, yn y blwch ar gyfer yr estyniad, a'r rhif yn unig yma
rules-phone-drama = Mae rhifau 07700 900 wedi'u cadw ar gyfer dramâu teledu a radio ac ni ellir eu ffonio: rhowch rif ffôn go iawn
rules-phone-extension = Rhowch y rhif ffôn heb yr estyniad ({ $extension })
rules-email-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com
rules-email-too-long = Rhaid i'r cyfeiriad e-bost fod yn 254 nod neu lai

## Cyfeiriadau: yr un rhannau i bob cyfeiriad ar y ffurflen.

address-status = Ydy'r cyfeiriad yn hysbys?
address-line = Llinell cyfeiriad { $number }
address-line-enter = Rhowch linell gyntaf y cyfeiriad
address-line-too-long = Rhaid i linell cyfeiriad { $number } fod yn 200 nod neu lai
address-lines-too-many = Rhowch 4 llinell cyfeiriad ar y mwyaf
address-add-line = Ychwanegu llinell cyfeiriad arall
address-add-line-name = { $name }: ychwanegu llinell cyfeiriad arall
address-town = Tref neu ddinas
address-town-too-long = Rhaid i'r dref neu'r ddinas fod yn 200 nod neu lai
address-postcode = Cod post
address-postcode-enter = Rhowch y cod post
address-postcode-format = Rhowch god post yn y DU, fel CF10 3NQ
address-postcode-too-long = Rhaid i'r cod post fod yn 200 nod neu lai
address-country = Gwlad
address-country-enter = Rhowch y wlad
address-country-too-long = Rhaid i'r wlad fod yn 200 nod neu lai
address-heading = Cyfeiriad
address-heading-within = { $within }: { $label }

## 1. Am yr unigolyn

person-given_names = Enw(au) cyntaf
person-given_names-enter = Rhowch enwau cyntaf yr unigolyn
person-given_names-too-long = Rhaid i'r enwau cyntaf fod yn 200 nod neu lai
person-family_name = Cyfenw
person-family_name-enter = Rhowch gyfenw'r unigolyn
person-family_name-too-long = Rhaid i'r cyfenw fod yn 200 nod neu lai
person-other_names = Enwau eraill neu ffugenwau
person-other_names-too-many = Rhowch 20 enw arall neu ffugenw ar y mwyaf
person-other_names-item = Enw arall
person-other_names-entry = Enw
person-other_names-entry-enter = Rhowch yr enw arall, neu ei dynnu
person-other_names-entry-too-long = Rhaid i enw arall fod yn 200 nod neu lai
person-date_of_birth = Dyddiad geni
person-date_of_birth-hint = Er enghraifft, 27 3 2011. Gadewch hwn yn wag os nad ydych chi'n ei wybod, a rhowch eu hoedran yn lle hynny.
person-date_of_birth-enter = Rhowch y dyddiad geni, neu eu hoedran os nad ydych chi'n gwybod y dyddiad
person-date_of_birth-incomplete = Rhaid i'r dyddiad geni gynnwys diwrnod, mis a blwyddyn
person-date_of_birth-real = Rhowch ddyddiad geni go iawn
person-date_of_birth-past = Rhaid i'r dyddiad geni fod yn y gorffennol
person-date_of_birth-too-old = Ni all y dyddiad geni fod yn fwy na 120 mlynedd yn ôl
person-estimated_age = Oedran, os nad yw'r dyddiad geni'n hysbys
person-estimated_age-hint = Mewn blynyddoedd. Mae eich amcangyfrif gorau yn iawn.
person-estimated_age-format = Rhowch yr oedran fel rhif cyfan o 0 i 120
person-estimated_age-not-both = Rhowch y dyddiad geni neu oedran, nid y ddau: cliriwch yr oedran os ydych chi'n gwybod y dyddiad geni
person-place_of_birth = Man geni
person-place_of_birth-too-long = Rhaid i'r man geni fod yn 200 nod neu lai
person-gender = Rhywedd
person-gender-enter = Dewiswch rywedd yr unigolyn
person-gender_description = Sut maen nhw'n disgrifio eu rhywedd
person-gender_description-too-long = Rhaid i'r disgrifiad o'u rhywedd fod yn 200 nod neu lai
person-address = Cyfeiriad presennol
person-address-status-enter = Dewiswch a yw cyfeiriad yr unigolyn yn hysbys
person-previous_addresses = Cyfeiriadau hysbys eraill
person-previous_addresses-too-many = Rhowch 10 cyfeiriad hysbys arall ar y mwyaf
person-previous_addresses-item = Cyfeiriad arall
person-previous_addresses-entry = Cyfeiriad
person-phone_numbers = Rhifau ffôn
person-phone_numbers-too-many = Rhowch 10 rhif ffôn ar y mwyaf
person-phone_numbers-item = Rhif ffôn
person-phone_numbers-entry = Rhif
person-phone_numbers-entry-hint = Er enghraifft, 07400 123456 neu +44 29 2018 0000
person-phone_numbers-entry-enter = Rhowch y rhif ffôn, neu ei dynnu
person-email_addresses = Cyfeiriadau e-bost
person-email_addresses-too-many = Rhowch 10 cyfeiriad e-bost ar y mwyaf
person-email_addresses-item = Cyfeiriad e-bost
person-email_addresses-entry = E-bost
person-email_addresses-entry-enter = Rhowch y cyfeiriad e-bost, neu ei dynnu
person-nationality = Cenedligrwydd neu ddinasyddiaeth
person-nationality-too-long = Rhaid i'r cenedligrwydd neu'r ddinasyddiaeth fod yn 200 nod neu lai
person-immigration_status = Statws mewnfudo neu loches, os yw'n berthnasol
person-immigration_status-too-long = Rhaid i'r statws mewnfudo neu loches fod yn 200 nod neu lai
person-first_language = Iaith gyntaf
person-first_language-too-long = Rhaid i'r iaith gyntaf fod yn 200 nod neu lai
person-interpreter_needed = Oes angen cyfieithydd ar y pryd arnyn nhw?
person-interpreter_needed-enter = Dewiswch a oes angen cyfieithydd ar y pryd arnyn nhw
person-ethnicity = Eu grŵp ethnig
person-ethnicity-hint = Gofynnir hyn er mwyn i dîm Prevent allu gwirio bod ei waith yn cyrraedd pob cymuned yn deg. Nid oes rhaid ei ateb byth: gadewch ef, neu dewiswch "Gwell peidio â dweud".
person-religion = Eu crefydd
person-religion-hint = Gofynnir hyn am yr un rheswm, ac nid oes rhaid ei ateb byth. Nid yw crefydd yn bryder ynddi'i hun: dywedwch yn eich pryderon beth sy'n eich poeni.
person-occupation-status = Addysg neu waith
person-occupation-status-enter = Dewiswch a ydyn nhw mewn addysg neu waith
person-occupation-provider = Enw'r ysgol, y coleg neu'r cyflogwr
person-occupation-provider-enter = Rhowch enw'r ysgol, y coleg neu'r cyflogwr
person-occupation-provider-too-long = Rhaid i enw'r ysgol, y coleg neu'r cyflogwr fod yn 200 nod neu lai
person-online_identities = Cyfryngau cymdeithasol a chyfrifon ar-lein
person-online_identities-hint = Er enghraifft, safleoedd gemau, negeseua a fideo
person-online_identities-too-many = Rhowch 20 cyfrif ar-lein ar y mwyaf
person-online_identities-item = Cyfrif ar-lein
person-online_identities-platform = Platfform neu safle
person-online_identities-platform-enter = Rhowch y platfform, fel Instagram
person-online_identities-platform-too-long = Rhaid i'r platfform fod yn 200 nod neu lai
person-online_identities-handle = Enw'r cyfrif neu'r enw defnyddiwr
person-online_identities-handle-enter = Rhowch enw'r cyfrif neu'r enw defnyddiwr
person-online_identities-handle-too-long = Rhaid i enw'r cyfrif fod yn 200 nod neu lai

## 2. Teulu, rhieni a gofalwyr

household-parents_carers = Rhieni neu ofalwyr
household-parents_carers-hint = Os yw'r unigolyn o dan 18 oed, rhowch o leiaf un rhiant neu ofalwr.
household-parents_carers-hint-child = Mae'r unigolyn o dan 18 oed: rhowch o leiaf un rhiant neu ofalwr.
household-parents_carers-hint-adult = Rhowch unrhyw ofalwr neu aelod o'r teulu y dylai'r tîm Prevent wybod amdano.
household-parents_carers-enter = Ychwanegwch o leiaf un rhiant neu ofalwr: mae'r unigolyn o dan 18 oed
household-parents_carers-too-many = Rhowch 6 rhiant neu ofalwr ar y mwyaf
household-parents_carers-item = Rhiant neu ofalwr
household-parents_carers-name = Enw llawn
household-parents_carers-name-enter = Rhowch enw'r rhiant neu'r gofalwr
household-parents_carers-name-too-long = Rhaid i'r enw fod yn 200 nod neu lai
household-parents_carers-relationship = Perthynas â'r unigolyn
household-parents_carers-relationship-hint = Er enghraifft, mam, gofalwr maeth
household-parents_carers-relationship-enter = Rhowch eu perthynas â'r unigolyn
household-parents_carers-relationship-too-long = Rhaid i'r berthynas fod yn 200 nod neu lai
household-parents_carers-parental_responsibility = Oes ganddyn nhw gyfrifoldeb rhiant?
household-parents_carers-parental_responsibility-enter = Dewiswch a oes ganddyn nhw gyfrifoldeb rhiant
household-parents_carers-same_address_as_person = Maen nhw'n byw yn yr un cyfeiriad â'r unigolyn
household-parents_carers-address = Eu cyfeiriad
household-parents_carers-address-status-enter = Dewiswch a yw cyfeiriad y rhiant neu'r gofalwr yn hysbys
household-parents_carers-phone = Ffôn
household-parents_carers-email = E-bost
household-parents_carers-aware_of_referral = Ydyn nhw'n gwybod am yr atgyfeiriad hwn?
household-parents_carers-aware_of_referral-enter = Dewiswch a ydyn nhw'n gwybod am yr atgyfeiriad hwn
household-lives_with_or_cares_for_children = Ydy'r unigolyn yn byw gyda phlant, neu'n gofalu am blant?
household-lives_with_or_cares_for_children-enter = Dewiswch a yw'r unigolyn yn byw gyda phlant, neu'n gofalu am blant
household-lives_with_or_cares_for_children-warning = Efallai y bydd angen atgyfeiriad diogelu plant hefyd. Dilynwch weithdrefn ddiogelu eich sefydliad.
household-known_to_social_care = Ydy'r unigolyn neu'r teulu yn hysbys i'r gwasanaethau gofal cymdeithasol?
household-known_to_social_care-enter = Dewiswch a yw'r unigolyn neu'r teulu yn hysbys i'r gwasanaethau gofal cymdeithasol
household-statutory_status = Pa gymorth gan y gwasanaethau cymdeithasol i blant sydd ar waith nawr?
household-statutory_status-hint = Dewiswch y lefel uchaf sydd ar waith nawr. Ar gyfer oedolyn, dewiswch "Ymadawr gofal" os yw hynny'n berthnasol, neu "Dim".
household-statutory_status-enter = Dewiswch pa gymorth gan y gwasanaethau cymdeithasol i blant sydd ar waith nawr
household-social_worker_name = Enw eu gweithiwr cymdeithasol, os oes un
household-social_worker_name-too-long = Rhaid i enw'r gweithiwr cymdeithasol fod yn 200 nod neu lai
household-social_worker_contact = Rhif ffôn neu e-bost y gweithiwr cymdeithasol
household-social_worker_contact-hint = Er mwyn i dîm Prevent allu siarad â nhw
household-social_worker_contact-too-long = Rhaid i fanylion cyswllt y gweithiwr cymdeithasol fod yn 200 nod neu lai
household-other_family_details = Manylion eraill am y teulu neu'r aelwyd
household-other_family_details-hint = Er enghraifft, brodyr a chwiorydd, a gyda phwy maen nhw'n byw
household-other_family_details-too-long = Rhaid i'r manylion eraill am y teulu neu'r aelwyd fod yn 50,000 nod neu lai

## 3. Eich pryderon

concerns-description = Disgrifiwch eich pryderon
concerns-description-hint =
    Dywedwch wrthym:
    • sut y daeth yr unigolyn i'ch sylw
    • ai digwyddiad penodol oedd hwn neu rywbeth a gynyddodd dros amser
    • unrhyw sôn am deithio i ardal lle mae gwrthdaro
    • unrhyw gysylltiad â grwpiau neu bobl sy'n peri pryder: pwy, a pha mor aml
    • unrhyw ddefnydd o'r we neu'r ffôn sy'n peri pryder, a sut rydych chi'n gwybod
    • unrhyw fygythiadau neu ddymuniad i niweidio: i bwy, pryd, a'r union eiriau a ddefnyddiwyd
    • unrhyw ddiddordeb mewn troseddau casineb, eithafwyr, terfysgwyr, pobl sydd wedi saethu mewn ysgolion, cyflafanau neu ymosodiadau ar ffigurau cyhoeddus
concerns-description-enter = Disgrifiwch eich pryderon
concerns-description-too-long = Rhaid i'r disgrifiad o'ch pryderon fod yn 50,000 nod neu lai
concerns-ideologies = Pa fath o bryder yw hwn?
concerns-ideologies-hint = Dewiswch bob un sy'n berthnasol. Rhaid dewis “Anhysbys” a “Dim ideoleg” ar eu pen eu hunain.
concerns-ideologies-enter = Dewiswch pa fath o bryder yw hwn
concerns-ideologies-exclusive = Ni ellir dewis “{ $answer }” gyda math arall o bryder: dad-diciwch un ohonyn nhw
concerns-ideology_other = Disgrifiwch y pryder arall
concerns-ideology_other-enter = Disgrifiwch y pryder arall
concerns-ideology_other-too-long = Rhaid i'r pryder arall fod yn 200 nod neu lai
concerns-source = Sut rydych chi'n gwybod?
concerns-source-enter = Dewiswch sut rydych chi'n gwybod
concerns-first_noticed_on = Pryd sylwoch chi ar hyn gyntaf?
concerns-first_noticed_on-incomplete = Rhaid i'r dyddiad y sylwoch chi ar hyn gyntaf gynnwys diwrnod, mis a blwyddyn
concerns-first_noticed_on-real = Rhowch ddyddiad go iawn ar gyfer pryd y sylwoch chi ar hyn gyntaf
concerns-first_noticed_on-not-future = Rhaid i'r dyddiad y sylwoch chi ar hyn gyntaf fod heddiw neu yn y gorffennol
concerns-most_recent_on = Pryd oedd y digwyddiad diweddaraf?
concerns-most_recent_on-incomplete = Rhaid i ddyddiad y digwyddiad diweddaraf gynnwys diwrnod, mis a blwyddyn
concerns-most_recent_on-real = Rhowch ddyddiad go iawn ar gyfer y digwyddiad diweddaraf
concerns-most_recent_on-not-future = Rhaid i ddyddiad y digwyddiad diweddaraf fod heddiw neu yn y gorffennol
concerns-most_recent_on-before-first = Rhaid i'r digwyddiad diweddaraf fod ar y dyddiad y sylwoch chi ar hyn gyntaf neu ar ôl hynny
concerns-immediate_risk = Ydy unrhyw un mewn perygl uniongyrchol o niwed?
concerns-immediate_risk-enter = Dewiswch a yw unrhyw un mewn perygl uniongyrchol o niwed
concerns-immediate_risk-warning = Ffoniwch 999 nawr. Dywedwch wrth yr heddlu beth rydych chi wedi'i ddweud wrthym yma, yna dewch yn ôl a gorffen yr atgyfeiriad hwn.
concerns-police_called = Rydw i wedi ffonio 999
concerns-police_called-enter = Ffoniwch 999 nawr, yna cadarnhewch eich bod wedi ffonio 999
concerns-weapons_access = Oes ganddyn nhw fynediad at arfau?
concerns-weapons_access-enter = Dewiswch a oes ganddyn nhw fynediad at arfau
concerns-weapons_details = Dywedwch wrthym am yr arfau
concerns-weapons_details-enter = Dywedwch wrthym am yr arfau
concerns-weapons_details-too-long = Rhaid i'r manylion am yr arfau fod yn 50,000 nod neu lai
concerns-travel = Ydyn nhw wedi teithio, neu wedi sôn am deithio, i ardal lle mae gwrthdaro?
concerns-travel-enter = Dewiswch a ydyn nhw wedi teithio, neu wedi sôn am deithio, i ardal lle mae gwrthdaro
concerns-travel_details = Dywedwch wrthym am y teithio
concerns-travel_details-enter = Dywedwch wrthym am y teithio
concerns-travel_details-too-long = Rhaid i'r manylion am y teithio fod yn 50,000 nod neu lai
concerns-violence = Ydyn nhw wedi bod yn dreisgar, neu wedi bygwth trais, tuag at unrhyw un?
concerns-violence-hint = Wyneb yn wyneb, yn ysgrifenedig neu ar-lein, beth bynnag y rheswm
concerns-violence-enter = Dewiswch a ydyn nhw wedi bod yn dreisgar, neu wedi bygwth trais, tuag at unrhyw un
concerns-violence_details = Dywedwch wrthym am y trais neu'r bygythiadau
concerns-violence_details-hint = Tuag at bwy, pryd, a beth a wnaed neu a ddywedwyd: eu union eiriau os ydych chi'n eu gwybod
concerns-violence_details-enter = Dywedwch wrthym am y trais neu'r bygythiadau
concerns-violence_details-too-long = Rhaid i'r manylion am y trais neu'r bygythiadau fod yn 50,000 nod neu lai
concerns-carries_weapon = Ydyn nhw wedi cario cyllell neu arf arall?
concerns-carries_weapon-hint = Er enghraifft i'r ysgol, neu yn gyhoeddus. Mae hyn ar wahân i gael mynediad at arfau.
concerns-carries_weapon-enter = Dewiswch a ydyn nhw wedi cario cyllell neu arf arall
concerns-carries_weapon_details = Dywedwch wrthym am y gyllell neu'r arf a gariwyd ganddyn nhw
concerns-carries_weapon_details-hint = Beth oedd yr arf, pryd a ble, a beth ddigwyddodd
concerns-carries_weapon_details-enter = Dywedwch wrthym am y gyllell neu'r arf a gariwyd ganddyn nhw
concerns-carries_weapon_details-too-long = Rhaid i'r manylion am y gyllell neu'r arf fod yn 50,000 nod neu lai
concerns-online_activity = Gweithgarwch ar-lein sy'n peri pryder
concerns-online_activity-hint = Safleoedd, cyfrifon a'r hyn a welsoch chi
concerns-online_activity-too-long = Rhaid i'r disgrifiad o'r gweithgarwch ar-lein fod yn 50,000 nod neu lai
concerns-own_words = Beth maen nhw wedi'i ddweud neu ei ysgrifennu, yn eu geiriau eu hunain
concerns-own_words-hint = Copïwch ef yn union, gyda phryd a ble y cafodd ei ddweud neu ei ysgrifennu, os gallwch chi. Cadwch eich disgrifiad chi eich hun yn "Disgrifiwch eich pryderon".
concerns-own_words-too-long = Rhaid i'w geiriau eu hunain fod yn 50,000 nod neu lai

## 4. Anghenion cymhleth a thueddiad i radicaleiddio

needs-factors = Oes unrhyw beth yn eu bywyd sy'n eu gwneud yn agored i niwed?
needs-factors-hint = Dewiswch bob un sy'n berthnasol, yn hysbys neu dan amheuaeth: er enghraifft iechyd meddwl, awtistiaeth, bwlio, bod mewn gofal. Rhaid dewis “Dim un yn hysbys” ar ei ben ei hun.
needs-factors-enter = Dewiswch beth sy'n eu gwneud yn agored i niwed, neu dewiswch “Dim un yn hysbys”
needs-factors-exclusive = Ni ellir dewis “Dim un yn hysbys” gydag angen arall: dad-diciwch un ohonyn nhw
needs-details = Dywedwch wrthym am yr anghenion hyn
needs-details-hint = Dywedwch a yw pob un yn hysbys neu dan amheuaeth, a pha gymorth maen nhw'n ei gael nawr.
needs-details-enter = Dywedwch wrthym am yr anghenion hyn
needs-details-too-long = Rhaid i'r manylion am yr anghenion hyn fod yn 50,000 nod neu lai
needs-if_unmet = Beth allai ddigwydd os na chaiff yr anghenion hyn eu diwallu?
needs-if_unmet-too-long = Rhaid i'r hyn a allai ddigwydd os na chaiff yr anghenion hyn eu diwallu fod yn 50,000 nod neu lai
needs-exclusions = Ydyn nhw wedi cael eu gwahardd neu eu hatal o'r ysgol neu'r coleg?
needs-exclusions-hint = Gan gynnwys gwaharddiadau sydd wedi dod i ben, ac o unrhyw ysgol neu goleg y buon nhw ynddo
needs-exclusions-enter = Dewiswch a ydyn nhw wedi cael eu gwahardd neu eu hatal o'r ysgol neu'r coleg
needs-exclusion_details = Pryd, a pham?
needs-exclusion_details-enter = Dywedwch wrthym pryd y cawson nhw eu gwahardd neu eu hatal, a pham
needs-exclusion_details-too-long = Rhaid i'r manylion am y gwaharddiadau fod yn 50,000 nod neu lai
needs-send = Oes ganddyn nhw anghenion addysgol arbennig neu anabledd?
needs-send-hint = Yn hysbys (wedi'i ddiagnosio neu ei gofnodi) neu dan amheuaeth, gan gynnwys awtistiaeth ac ADHD. Yng Nghymru, anghenion dysgu ychwanegol (ADY).
needs-send-enter = Dewiswch a oes ganddyn nhw anghenion addysgol arbennig neu anabledd
needs-ehcp = Oes ganddyn nhw gynllun addysg, iechyd a gofal (EHCP) neu gynllun datblygu unigol?
needs-ehcp-enter = Dewiswch a oes ganddyn nhw gynllun addysg, iechyd a gofal neu gynllun datblygu unigol
needs-diagnosis = Unrhyw ddiagnosis
needs-diagnosis-too-long = Rhaid i'r diagnosis fod yn 200 nod neu lai
needs-adjustments = Beth sy'n eu helpu i gymryd rhan mewn cyfarfod?
needs-adjustments-hint = Er enghraifft, ystafell dawel, oedolyn y maen nhw'n ymddiried ynddo yn bresennol, cwestiynau ysgrifenedig ymlaen llaw neu amser ychwanegol
needs-adjustments-too-long = Rhaid i'r hyn sy'n eu helpu i gymryd rhan fod yn 50,000 nod neu lai

## 5. Asiantaethau eraill a gwybodaeth arall

other_information-earlier_prevent = Ydy'r unigolyn hwn wedi cael ei atgyfeirio at Prevent o'r blaen, neu wedi bod yn rhan o waith Prevent?
other_information-earlier_prevent-hint = Cynhwyswch atgyfeiriadau gan eich sefydliad chi neu gan unrhyw un arall, hyd yn oed os cawsant eu cau heb gamau pellach. Gyda'i gilydd, gall atgyfeiriadau cynharach ddangos patrwm na ddangosodd yr un ohonynt ar ei ben ei hun.
other_information-earlier_prevent-enter = Dewiswch a yw'r unigolyn hwn wedi cael ei atgyfeirio at Prevent o'r blaen
other_information-earlier_referrals = Atgyfeiriadau Prevent cynharach neu ymwneud â Prevent
other_information-earlier_referrals-enter = Ychwanegwch bob atgyfeiriad cynharach y gwyddoch amdano, neu newidiwch yr ateb uchod
other_information-earlier_referrals-too-many = Rhowch 20 atgyfeiriad cynharach ar y mwyaf
other_information-earlier_referrals-item = Atgyfeiriad cynharach
other_information-earlier_referrals-when = Pryd oedd hynny?
other_information-earlier_referrals-when-hint = Mor fanwl ag y gwyddoch, er enghraifft Mawrth 2024, neu tua dwy flynedd yn ôl
other_information-earlier_referrals-when-enter = Rhowch pryd y gwnaed yr atgyfeiriad cynharach, mor fanwl ag y gwyddoch
other_information-earlier_referrals-when-too-long = Rhaid i'r ateb am pryd fod yn 200 nod neu lai
other_information-earlier_referrals-by = Pwy a'i gwnaeth?
other_information-earlier_referrals-by-enter = Dewiswch pwy wnaeth yr atgyfeiriad cynharach
other_information-earlier_referrals-organisation = Pa sefydliad, os gwyddoch
other_information-earlier_referrals-organisation-too-long = Rhaid i'r sefydliad fod yn 200 nod neu lai
other_information-earlier_referrals-outcome = Beth ddigwyddodd, os gwyddoch
other_information-earlier_referrals-outcome-hint = Er enghraifft, wedi'i gau heb gamau pellach, wedi'i gyfeirio at gymorth arall, neu wedi'i fabwysiadu gan Channel
other_information-earlier_referrals-outcome-too-long = Rhaid i'r ateb am beth ddigwyddodd fod yn 50,000 nod neu lai
other_information-earlier_referrals-reference = Ei gyfeirnod, os gwyddoch
other_information-earlier_referrals-reference-too-long = Rhaid i'r cyfeirnod fod yn 200 nod neu lai
other_information-agencies = Asiantaethau neu weithwyr proffesiynol eraill sy'n gweithio gyda'r unigolyn
other_information-agencies-too-many = Rhowch 20 asiantaeth neu weithiwr proffesiynol arall ar y mwyaf
other_information-agencies-item = Asiantaeth
other_information-agencies-kind = Math o asiantaeth
other_information-agencies-kind-enter = Dewiswch y math o asiantaeth
other_information-agencies-name = Enw'r asiantaeth neu'r gweithiwr proffesiynol
other_information-agencies-name-enter = Rhowch enw'r asiantaeth neu'r gweithiwr proffesiynol
other_information-agencies-name-too-long = Rhaid i enw'r asiantaeth fod yn 200 nod neu lai
other_information-agencies-contact = Manylion cyswllt
other_information-agencies-contact-too-long = Rhaid i'r manylion cyswllt fod yn 200 nod neu lai
other_information-agencies-details = Beth maen nhw'n ei wneud
other_information-agencies-details-too-long = Rhaid i'r manylion fod yn 50,000 nod neu lai
other_information-safeguarding_referral = Ydych chi hefyd wedi gwneud atgyfeiriad diogelu (er enghraifft i'r MASH)?
other_information-safeguarding_referral-enter = Dewiswch a ydych chi hefyd wedi gwneud atgyfeiriad diogelu
other_information-safeguarding_reference = Ei gyfeirnod
other_information-safeguarding_reference-too-long = Rhaid i'r cyfeirnod fod yn 200 nod neu lai
other_information-armed_forces = Ydyn nhw'n gwasanaethu yn y lluoedd arfog, neu ydyn nhw wedi gwasanaethu ynddyn nhw?
other_information-armed_forces-enter = Dewiswch a ydyn nhw'n gwasanaethu yn y lluoedd arfog, neu wedi gwasanaethu ynddyn nhw
other_information-service_number = Rhif gwasanaeth, os yw'n hysbys
other_information-service_number-too-long = Rhaid i'r rhif gwasanaeth fod yn 200 nod neu lai
other_information-other = Unrhyw beth arall y dylem ei wybod
other_information-other-too-long = Rhaid i unrhyw beth arall fod yn 50,000 nod neu lai

## 6. Amdanoch chi

referrer-intro = Caiff y rhain eu cofio ar y cyfrifiadur hwn fel “Fy manylion” a'u llenwi ar gyfer eich atgyfeiriad nesaf. Gallwch eu clirio o'r ddewislen Ffeil.
referrer-name = Eich enw llawn
referrer-name-enter = Rhowch eich enw llawn
referrer-name-too-long = Rhaid i'ch enw llawn fod yn 200 nod neu lai
referrer-role = Teitl eich swydd
referrer-role-enter = Rhowch deitl eich swydd
referrer-role-too-long = Rhaid i deitl eich swydd fod yn 200 nod neu lai
referrer-organisation = Eich sefydliad
referrer-organisation-enter = Rhowch eich sefydliad
referrer-organisation-too-long = Rhaid i'ch sefydliad fod yn 200 nod neu lai
referrer-sector = Eich sector
referrer-sector-enter = Dewiswch eich sector
referrer-relationship_to_person = Sut rydych chi'n adnabod yr unigolyn?
referrer-relationship_to_person-hint = Er enghraifft, fi yw eu pennaeth blwyddyn
referrer-relationship_to_person-enter = Rhowch sut rydych chi'n adnabod yr unigolyn
referrer-relationship_to_person-too-long = Rhaid i'r disgrifiad o sut rydych chi'n adnabod yr unigolyn fod yn 200 nod neu lai
referrer-phone = Eich ffôn gwaith
referrer-phone-hint = Er enghraifft, 029 2018 0000 neu +44 7400 123456
referrer-phone-enter = Rhowch rif eich ffôn gwaith
referrer-phone_extension = Estyniad
referrer-phone_extension-hint = Os oes un gan eich ffôn gwaith, er enghraifft 210
referrer-phone_extension-digits = Rhowch yr estyniad mewn rhifau yn unig, hyd at 6 ohonynt, fel 210
referrer-email = Eich e-bost gwaith
referrer-email-enter = Rhowch eich cyfeiriad e-bost gwaith
referrer-address = Eich cyfeiriad gwaith
referrer-address-status-enter = Dewiswch a yw eich cyfeiriad gwaith yn hysbys
referrer-address-remove = Tynnu eich cyfeiriad gwaith
referrer-available_to_discuss = All y tîm Prevent gysylltu â chi i drafod yr atgyfeiriad a chytuno ar gymorth?
referrer-available_to_discuss-enter = Dewiswch a all y tîm Prevent gysylltu â chi i drafod yr atgyfeiriad

## 7. Beth rydych chi wedi'i wneud hyd yma

actions-discussed_with_lead = Ydych chi wedi trafod hyn gyda'ch arweinydd diogelu neu'ch arweinydd Prevent?
actions-discussed_with_lead-hint = Os chi yw'r arweinydd, atebwch ie.
actions-discussed_with_lead-enter = Dewiswch a ydych chi wedi trafod hyn gyda'ch arweinydd diogelu neu'ch arweinydd Prevent
actions-lead_name = Eu henw
actions-lead_name-enter = Rhowch enw eich arweinydd
actions-lead_name-too-long = Rhaid i enw eich arweinydd fod yn 200 nod neu lai
actions-lead_outcome = Beth wnaethoch chi gytuno arno?
actions-lead_outcome-enter = Dywedwch wrthym beth wnaethoch chi gytuno arno
actions-lead_outcome-too-long = Rhaid i'r hyn y gwnaethoch chi gytuno arno fod yn 50,000 nod neu lai
actions-person_aware = Ydy'r unigolyn yn gwybod am yr atgyfeiriad hwn?
actions-person_aware-enter = Dewiswch a yw'r unigolyn yn gwybod am yr atgyfeiriad hwn
actions-person_response = Sut wnaethon nhw ymateb?
actions-person_response-enter = Dywedwch wrthym sut wnaethon nhw ymateb
actions-person_response-too-long = Rhaid i'r disgrifiad o sut wnaethon nhw ymateb fod yn 50,000 nod neu lai
actions-person_not_told_reason = Pam nad ydyn nhw wedi cael gwybod?
actions-person_not_told_reason-enter = Dywedwch wrthym pam nad ydyn nhw wedi cael gwybod
actions-person_not_told_reason-too-long = Rhaid i'r rheswm pam nad ydyn nhw wedi cael gwybod fod yn 50,000 nod neu lai
actions-parents_aware = Ydy eu rhieni neu eu gofalwyr yn gwybod?
actions-parents_aware-hint = Fel teulu: “Ie” pan fydd y rhai sy'n gofalu amdanynt o ddydd i ddydd yn gwybod. Mae'r hyn y mae pob un yn ei wybod o dan “Rhieni neu ofalwyr” yn adran 2.
actions-parents_aware-enter = Dewiswch a yw eu rhieni neu eu gofalwyr yn gwybod am yr atgyfeiriad hwn
actions-parents_response = Sut wnaeth eu rhieni neu eu gofalwyr ymateb?
actions-parents_response-hint = Ar gyfer pob rhiant neu ofalwr sy'n gwybod am yr atgyfeiriad hwn (dywedoch chi pwy o dan “Rhieni neu ofalwyr” yn adran 2).
actions-parents_response-enter = Dywedwch wrthym sut wnaeth eu rhieni neu eu gofalwyr ymateb
actions-parents_response-too-long = Rhaid i'r disgrifiad o sut wnaeth eu rhieni neu eu gofalwyr ymateb fod yn 50,000 nod neu lai
actions-parents_not_told_reason = Pam nad yw eu rhieni neu eu gofalwyr wedi cael gwybod?
actions-parents_not_told_reason-hint = Ar gyfer pob rhiant neu ofalwr nad yw'n gwybod am yr atgyfeiriad hwn (dywedoch chi pwy o dan “Rhieni neu ofalwyr” yn adran 2).
actions-parents_not_told_reason-enter = Dywedwch wrthym pam nad yw eu rhieni neu eu gofalwyr wedi cael gwybod
actions-parents_not_told_reason-too-long = Rhaid i'r rheswm pam nad yw eu rhieni neu eu gofalwyr wedi cael gwybod fod yn 50,000 nod neu lai
actions-taken = Beth sydd wedi'i wneud hyd yma, a pham?
actions-taken-hint = Ar gyfer pob peth a wnaethoch chi neu a benderfynoch chi, dywedwch pam. Mae'r rhesymau dros benderfyniadau yr un mor bwysig â'r penderfyniadau.
actions-taken-enter = Dywedwch wrthym beth sydd wedi'i wneud hyd yma, a pham
actions-taken-too-long = Rhaid i'r hyn sydd wedi'i wneud hyd yma fod yn 50,000 nod neu lai
actions-shared = Pa wybodaeth rydych chi wedi'i rhannu, a gyda phwy?
actions-shared-hint = Ar wahân i'r atgyfeiriad hwn: er enghraifft, gyda'r tîm diogelu, yr heddlu neu ysgol arall
actions-shared-too-long = Rhaid i'r hyn rydych chi wedi'i rannu fod yn 50,000 nod neu lai
actions-lawful_basis = Beth yw eich sail gyfreithlon dros rannu'r atgyfeiriad hwn?
actions-lawful_basis-hint = Caiff y rhan fwyaf o atgyfeiriadau eu rhannu fel tasg gyhoeddus, gyda'r amod diogelu ar gyfer data categori arbennig. Gall eich swyddog diogelu data roi cyngor.
actions-lawful_basis-enter = Dewiswch eich sail gyfreithlon dros rannu'r atgyfeiriad hwn
actions-lawful_basis-consent-not-sought = Dewisoch gydsyniad fel y sail gyfreithlon ond ni wnaethoch ofyn am gydsyniad: dewiswch sail arall, neu newidiwch yr ateb am gydsyniad
actions-consent_sought = Wnaethoch chi ofyn am gydsyniad yr unigolyn (neu, ar gyfer plentyn, cydsyniad ei riant neu ofalwr) i rannu'r atgyfeiriad hwn?
actions-consent_sought-enter = Dewiswch a wnaethoch chi ofyn am gydsyniad i rannu'r atgyfeiriad hwn
actions-consent_not_sought_reason = Pam na ofynnwyd am gydsyniad?
actions-consent_not_sought_reason-hint = Er enghraifft, gallai gofyn gynyddu'r risg i'r unigolyn neu i eraill, neu rybuddio rhywun a allai fod yn risg. Ysgrifennwch eich rhesymau: mae'r adolygiadau'n gofyn amdanynt.
actions-consent_not_sought_reason-enter = Dywedwch wrthym pam na ofynnwyd am gydsyniad
actions-consent_not_sought_reason-too-long = Rhaid i'r rheswm pam na ofynnwyd am gydsyniad fod yn 50,000 nod neu lai

## 8. Gwirio eich atebion a'r datganiad

declaration-heading = Datganiad
declaration-confirmed = Mae'r wybodaeth yn gywir hyd eithaf fy ngwybodaeth
declaration-confirmed-enter = Cadarnhewch fod y wybodaeth yn gywir hyd eithaf eich gwybodaeth
declaration-referral_date = Dyddiad yr atgyfeiriad
declaration-referral_date-hint = Caiff dyddiad heddiw ei roi yma pan fyddwch chi'n cadarnhau
declaration-referral_date-enter = Rhowch ddyddiad yr atgyfeiriad
declaration-referral_date-incomplete = Rhaid i ddyddiad yr atgyfeiriad gynnwys diwrnod, mis a blwyddyn
declaration-referral_date-real = Rhowch ddyddiad atgyfeirio go iawn
declaration-referral_date-not-future = Rhaid i ddyddiad yr atgyfeiriad fod heddiw neu yn y gorffennol
declaration-referral_date-before-birth = Rhaid i ddyddiad yr atgyfeiriad fod ar ôl y dyddiad geni
declaration-export = Allforio'r atgyfeiriad

## Atebion pob rhestr ddewis: RHESTR-ID.

tri-yes = Ie
tri-no = Na
tri-not_known = Anhysbys
lawful_basis-public_task = Tasg gyhoeddus: Erthygl 6(1)(e) GDPR y DU, gydag amod diogelu Atodlen 1 Deddf Diogelu Data 2018
lawful_basis-consent = Cydsyniad
lawful_basis-not_sure = Dydw i ddim yn siŵr
send-known = Oes, yn hysbys
send-suspected = Dan amheuaeth
send-no = Nac oes
send-not_known = Anhysbys
ehcp-yes = Oes
ehcp-being_assessed = Yn cael ei asesu
ehcp-no = Nac oes
ehcp-not_known = Anhysbys
statutory_status-early_help = Cymorth cynnar
statutory_status-child_in_need = Plentyn mewn angen
statutory_status-child_protection_plan = Cynllun amddiffyn plant
statutory_status-looked_after = Yn derbyn gofal
statutory_status-care_leaver = Ymadawr gofal
statutory_status-none = Dim
statutory_status-not_known = Anhysbys
referred_by-this_organisation = Fy sefydliad i
referred_by-another_organisation = Sefydliad neu unigolyn arall
referred_by-not_known = Anhysbys

yes_no-yes = Ie
yes_no-no = Na

gender-male = Gwryw
gender-female = Benyw
gender-other = Maen nhw'n disgrifio eu rhywedd mewn ffordd arall
gender-not_known = Anhysbys
ethnicity-asian = Asiaidd neu Asiaidd Prydeinig
ethnicity-black = Du, Du Prydeinig, Caribïaidd neu Affricanaidd
ethnicity-mixed = Grwpiau ethnig cymysg neu luosog
ethnicity-white = Gwyn
ethnicity-other = Grŵp ethnig arall
ethnicity-not_known = Anhysbys
ethnicity-prefer_not_to_say = Gwell peidio â dweud
religion-no_religion = Dim crefydd
religion-christian = Cristion
religion-buddhist = Bwdhydd
religion-hindu = Hindŵ
religion-jewish = Iddew
religion-muslim = Mwslim
religion-sikh = Sikh
religion-other = Crefydd arall
religion-not_known = Anhysbys
religion-prefer_not_to_say = Gwell peidio â dweud

occupation_status-school = Yn yr ysgol
occupation_status-college_or_university = Yn y coleg neu'r brifysgol
occupation_status-employed = Cyflogedig
occupation_status-self_employed = Hunangyflogedig
occupation_status-not_in_education_or_work = Ddim mewn addysg na gwaith
occupation_status-other = Arall
occupation_status-not_known = Anhysbys

address_status-known = Cyfeiriad hysbys
address_status-no_fixed_abode = Dim cyfeiriad sefydlog
address_status-not_known = Anhysbys

ideology-islamist = Islamyddol
ideology-extreme_right_wing = Asgell dde eithafol
ideology-left_wing_anarchist_single_issue = Asgell chwith, anarchaidd neu un mater
ideology-school_massacre = Diddordeb mewn cyflafanau mewn ysgolion
ideology-extreme_violence = Diddordeb obsesiynol mewn trais eithafol neu ymosodiadau ag anafusion torfol (dim ideoleg)
ideology-incel = Incel (diwair yn anwirfoddol)
ideology-mixed_unclear_unstable = Cymysg, aneglur neu ansefydlog
ideology-conflicted = Gwrthdaro mewnol
ideology-no_ideology = Dim ideoleg
ideology-other = Arall
ideology-not_known = Anhysbys

source-first_hand = Fe welais i neu fe glywais i hyn fy hun
source-reported_to_me = Rhoddodd rhywun wybod i mi
source-both = Y ddau

need_factor-mental_health = Iechyd meddwl
need_factor-neurodiversity = Niwroamrywiaeth, fel awtistiaeth neu ADHD
need_factor-special_educational_needs = Anghenion addysgol arbennig neu anghenion dysgu ychwanegol
need_factor-learning_disability = Anabledd dysgu
need_factor-physical_health = Iechyd corfforol
need_factor-substance_misuse = Camddefnyddio cyffuriau neu alcohol
need_factor-isolation = Unigedd neu unigrwydd
need_factor-bullying = Bwlio
need_factor-family_conflict = Gwrthdaro yn y teulu neu chwalu teulu
need_factor-domestic_abuse = Cam-drin domestig
need_factor-bereavement = Profedigaeth
need_factor-exploitation = Camfanteisio neu feithrin perthynas amhriodol
need_factor-identity = Cwestiynau am hunaniaeth neu berthyn
need_factor-grievance = Ymdeimlad o achwyn neu anghyfiawnder
need_factor-online_harms = Niwed ar-lein
need_factor-criminality = Ymwneud â throseddu
need_factor-looked_after = Plentyn sy'n derbyn gofal neu ymadawr gofal
need_factor-not_in_education_or_work = Ddim mewn addysg, cyflogaeth na hyfforddiant
need_factor-other = Arall
need_factor-none_known = Dim un yn hysbys

safeguarding_referral-yes = Ie
safeguarding_referral-no = Na
safeguarding_referral-not_needed = Dim angen

agency_kind-childrens_social_care = Gofal cymdeithasol i blant
agency_kind-adult_social_care = Gofal cymdeithasol i oedolion
agency_kind-health = Iechyd
agency_kind-mental_health = Gwasanaethau iechyd meddwl
agency_kind-youth_justice = Cyfiawnder ieuenctid
agency_kind-probation = Y gwasanaeth prawf
agency_kind-police = Yr heddlu
agency_kind-education = Addysg
agency_kind-housing = Tai
agency_kind-voluntary_sector = Y sector gwirfoddol
agency_kind-other = Arall

sector-school = Ysgol
sector-further_education = Addysg bellach
sector-higher_education = Addysg uwch
sector-early_years = Blynyddoedd cynnar
sector-health = Iechyd
sector-local_authority = Awdurdod lleol
sector-childrens_social_care = Gofal cymdeithasol i blant
sector-adult_social_care = Gofal cymdeithasol i oedolion
sector-police = Yr heddlu
sector-probation = Y gwasanaeth prawf
sector-prison = Carchar
sector-youth_justice = Cyfiawnder ieuenctid
sector-housing = Tai
sector-voluntary_community = Sefydliad gwirfoddol neu gymunedol
sector-other = Arall


## Sut mae cwestiynau'n cael eu dangos.

question-optional = { $label } (dewisol)
question-error = Gwall: { $message }
date-hint = Er enghraifft, 27 3 2011 neu 27 Mawrth 2011
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
multi-hint = Dewiswch bob un sy'n berthnasol
list-item-heading = { $item } { $number }
list-remove = Tynnu
list-remove-name = Tynnu { $name }
list-full =
    { $max ->
        [zero] Does dim lle i ychwanegu rhagor.
        [one] Rydych chi wedi ychwanegu'r uchafswm a ganiateir ({ $max }).
        [two] Rydych chi wedi ychwanegu'r uchafswm a ganiateir ({ $max }).
        [few] Rydych chi wedi ychwanegu'r uchafswm a ganiateir ({ $max }).
        [many] Rydych chi wedi ychwanegu'r uchafswm a ganiateir ({ $max }).
       *[other] Rydych chi wedi ychwanegu'r uchafswm a ganiateir ({ $max }).
    }

## Botwm Ychwanegu pob grŵp y gellir ei ailadrodd: ID-add tra bo'n wag,
## ID-add-another wedyn.

person-other_names-add = Ychwanegu enw arall
person-other_names-add-another = Ychwanegu enw arall
person-previous_addresses-add = Ychwanegu cyfeiriad arall
person-previous_addresses-add-another = Ychwanegu cyfeiriad arall
person-phone_numbers-add = Ychwanegu rhif ffôn
person-phone_numbers-add-another = Ychwanegu rhif ffôn arall
person-email_addresses-add = Ychwanegu cyfeiriad e-bost
person-email_addresses-add-another = Ychwanegu cyfeiriad e-bost arall
person-online_identities-add = Ychwanegu cyfrif ar-lein
person-online_identities-add-another = Ychwanegu cyfrif ar-lein arall
household-parents_carers-add = Ychwanegu rhiant neu ofalwr
household-parents_carers-add-another = Ychwanegu rhiant neu ofalwr arall
other_information-earlier_referrals-add = Ychwanegu atgyfeiriad cynharach
other_information-earlier_referrals-add-another = Ychwanegu atgyfeiriad cynharach arall
other_information-agencies-add = Ychwanegu asiantaeth
other_information-agencies-add-another = Ychwanegu asiantaeth arall

## Y rhestr dasgau, y tudalennau a “Gwirio eich atebion”.

task-list-title = Atgyfeiriad Prevent
task-list-intro = Llenwch bob adran. Gallwch eu gwneud mewn unrhyw drefn a chadw drafft ar unrhyw adeg.
task-list-section = { $number }. { $title }
task-list-section-status = { $section }: { $status }
status-not-started = Heb ddechrau
status-in-progress = Ar y gweill
status-completed = Wedi'i chwblhau
status-problem = Mae problem
summary-title = Mae problem
summary-in-entry = { $entry }: { $message }
summary-label =
    { $count ->
        [zero] Mae problem: does dim atebion i'w cywiro
        [one] Mae problem: { $count } ateb i'w gywiro
        [two] Mae problem: { $count } ateb i'w cywiro
        [few] Mae problem: { $count } ateb i'w cywiro
        [many] Mae problem: { $count } ateb i'w cywiro
       *[other] Mae problem: { $count } ateb i'w cywiro
    }
page-back-to-task-list = Yn ôl i'r rhestr dasgau
page-continue = Parhau
page-save-and-continue = Cadw a pharhau
page-back = Yn ôl
answers-not-provided = Heb ei roi
answers-change = Newid
answers-change-name = Newid { $label }
answers-not-real-date = { $day } / { $month } / { $year } (nid yw'n ddyddiad go iawn)
answers-yes = Ie
answers-united-kingdom = Y Deyrnas Unedig
answers-no = Na
answers-entry-line = { $label }: { $answer }

## Cyn i chi ddechrau

start-warning = Os ydych chi'n meddwl bod rhywun mewn perygl uniongyrchol, neu fod trosedd yn cael ei chyflawni, ffoniwch 999 nawr.
start-purpose-heading = Beth yw diben y ffurflen hon
start-purpose = Defnyddiwch y ffurflen hon i atgyfeirio rhywun at dîm Prevent yr heddlu (yng Nghymru, Plismona Gwrthderfysgaeth Cymru) os ydych chi'n poeni y gallen nhw fod yn cael eu denu i derfysgaeth neu eithafiaeth. Nid yw'n golygu eu bod wedi gwneud dim o'i le: bydd y tîm Prevent yn edrych ar yr hyn rydych chi'n ei anfon ac yn penderfynu, fel arfer o fewn dyddiau, a ddylid cynnig cymorth drwy Channel.
start-own-words-heading = Defnyddiwch eich geiriau eich hun
start-own-words = Dywedwch beth welsoch chi a beth glywsoch chi, a sut rydych chi'n gwybod. Ysgrifennwch yr union eiriau lle gallwch chi. Os nad ydych chi'n siŵr am rywbeth, dywedwch hynny.
start-detail-heading = Rhowch gymaint o fanylion ag y gallwch chi
start-detail = Dywedwch wrthym am bopeth a allai wneud yr unigolyn yn agored i niwed, nid y pryder ei hun yn unig, a pham y gwnaethoch chi'r penderfyniadau hynny. Canfu'r adolygiad y tu ôl i'r ffurflen hon fod anghenion a gollwyd a rhesymau heb eu cofnodi wedi arwain at benderfyniadau gwael.
start-where-heading = I ble mae'r ffurflen yn mynd
start-where = Pan fyddwch chi'n allforio'r atgyfeiriad, anfonwch y ffeil at dîm Prevent eich heddlu lleol fel mae gweithdrefn eich sefydliad yn ei ddweud. Mae'r ffeil yn OFFICIAL-SENSITIVE: anfonwch hi drwy lwybr diogel yn unig.
start-saving-heading = Cadw eich gwaith
start-saving = Gallwch gadw drafft ar unrhyw adeg (Ctrl+S) a dod yn ôl ato. Mae drafftiau'n cynnwys gwybodaeth bersonol: cadwch nhw ar eich cyfrifiadur gwaith yn unig.
answers-entry-question = { $label } { $answer }

## Sut mae botwm radio neu flwch ticio yn cael ei ddarllen: y cwestiwn, yna'r
## ateb, ar ôl unrhyw bennawd y mae'r cwestiwn oddi tano (“Rhiant neu ofalwr 1”).

question-answer = { $question } { $answer }
question-answer-after-colon = { $question }: { $answer }
question-within = { $within }: { $question }
# Fformat chrono ar gyfer dyddiad ymhlith yr atebion: 14 Mawrth 2011
answers-date-format = %-d %B %Y
question-description = { $error }. { $hint }
referrer-address-no-fixed-abode = Ni all cyfeiriad gwaith fod yn “Dim cyfeiriad sefydlog”: dewiswch a yw eich cyfeiriad gwaith yn hysbys

## Ar ôl allforio: y cadarnhad ar "Gwirio eich atebion".

exported-title = Atgyfeiriad wedi'i allforio
exported-file = Y ffeil yw { $name }
exported-folder = Mae hi yn y ffolder { $folder }.
exported-open-folder = Agor y ffolder
exported-plain = Nid yw'r copi hwn wedi'i amgryptio: anfonwch ef drwy lwybr diogel yn unig, fel e-bost diogel eich sefydliad.
exported-encrypted = Mae hi wedi'i hamgryptio ar gyfer { $teams }: dim ond nhw all ei hagor.
exported-next-heading = Beth sy'n digwydd nesaf
exported-next = Anfonwch y ffeil at dîm Prevent eich heddlu lleol fel y mae gweithdrefn eich sefydliad yn ei ddweud. Bydd y tîm yn edrych arni, fel arfer o fewn dyddiau, a bydd yn cysylltu â chi os oes angen gwybod mwy. Cadwch gofnod eich bod wedi gwneud yr atgyfeiriad, a phryd.

## Nodau na ellir eu hanfon

rules-characters-cannot-be-sent = Mae gan yr ateb i “{ $label }” nod na ellir ei anfon ({ $code }) ar ôl “{ $before }”: nod rheoli, neu farc cudd sy'n newid cyfeiriad y testun. Dilëwch ef, neu teipiwch yr ateb eto.
rules-characters-cannot-be-sent-start = Mae'r ateb i “{ $label }” yn dechrau gyda nod na ellir ei anfon ({ $code }): nod rheoli, neu farc cudd sy'n newid cyfeiriad y testun. Dilëwch ef, neu teipiwch yr ateb eto.
rules-invisible-character = Mae gan yr ateb i “{ $label }” nod na ellir ei weld ({ $code }) ar ôl “{ $before }”. Byddai'n atal yr ateb rhag cyfateb i'r un geiriau wedi'u teipio eto. Dilëwch ef, neu cliriwch y blwch a theipio'r ateb eto.
rules-invisible-character-start = Mae'r ateb i “{ $label }” yn dechrau gyda nod na ellir ei weld ({ $code }). Byddai'n atal yr ateb rhag cyfateb i'r un geiriau wedi'u teipio eto. Dilëwch ef, neu cliriwch y blwch a theipio'r ateb eto.
rules-too-many-marks = Mae gan yr ateb i “{ $label }” { $count ->
        [zero] { $count } o acenion neu farciau
        [one] { $count } acen neu farc
        [two] { $count } o acenion neu farciau
        [few] { $count } o acenion neu farciau
        [many] { $count } o acenion neu farciau
       *[other] { $count } o acenion neu farciau
    } ar un llythyren, yr olaf yn “{ $before }”: nid oes unrhyw iaith yn ysgrifennu mwy nag ychydig. Dilëwch nhw, neu teipiwch yr ateb eto.
rules-too-many-marks-start = Mae'r ateb i “{ $label }” yn dechrau gyda { $count ->
        [zero] { $count } o acenion neu farciau
        [one] { $count } acen neu farc
        [two] { $count } o acenion neu farciau
        [few] { $count } o acenion neu farciau
        [many] { $count } o acenion neu farciau
       *[other] { $count } o acenion neu farciau
    } heb lythyren odanynt: nid oes unrhyw iaith yn eu hysgrifennu felly. Dilëwch nhw, neu teipiwch yr ateb eto.
