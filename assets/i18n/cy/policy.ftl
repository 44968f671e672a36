# Gosodiadau a reolir: yr hyn y mae tîm TG sefydliad yn ei osod ar gyfer
# pawb sy'n defnyddio cyfrifiadur (src/policy). Mae enwau fel
# OrganisationName yn enwau'r gofrestrfa a'r ffeil, ac yn aros yn Saesneg.

## Pam na ddefnyddiwyd polisi (brawddeg yr un; cânt eu cysylltu)
policy-refused = Ni ddefnyddiwyd y gosodiadau a wnaeth eich sefydliad ar gyfer y cyfrifiadur hwn ({ $source }): { $problems } Nes iddyn nhw gael eu cywiro, dim ond copi wedi'i amgryptio ar gyfer tîm a wneir; mae popeth arall yn gweithio fel arfer. Dywedwch wrth eich tîm TG, er mwyn iddyn nhw eu cywiro.
policy-unknown-name = Nid yw { $name } yn osodiad y mae'r rhaglen hon yn ei adnabod.
policy-twice = Mae { $name } wedi'i osod ddwywaith.
policy-bad-postcode = Nid yw { $name } “{ $value }” yn god post yn y DU.
policy-not-one-of = Mae { $name } yn “{ $value }”, nad yw'n un o: { $choices }.
policy-wrong-type = Mae { $name } yn { $found }, ond rhaid iddo fod yn { $wanted }.
policy-control-characters = Mae nodau rheoli yn { $name }.
policy-too-long =
    { $max ->
        [zero] Mae { $name } yn hwy na { $max } nod.
        [one] Mae { $name } yn hwy na { $max } nod.
        [two] Mae { $name } yn hwy na { $max } nod.
        [few] Mae { $name } yn hwy na { $max } nod.
        [many] Mae { $name } yn hwy na { $max } nod.
       *[other] Mae { $name } yn hwy na { $max } nod.
    }
policy-team-name = Y tîm “{ $team }”
policy-team-no-name = Does dim enw gan un o'r timau.
policy-team-bad-key = Nid yw allwedd y tîm “{ $team }” yn allwedd gyhoeddus age ({ $why }).
policy-team-twice = Mae'r tîm “{ $team }” wedi'i restru ddwywaith.
policy-key-twice = Mae gan y tîm “{ $team }” yr un allwedd â thîm a restrwyd o'i flaen: byddai allforiadau ar gyfer un yn mynd i'r llall.
policy-breaks-the-form = Nid yw { $name } yn ateb y mae'r ffurflen yn ei dderbyn: { $why }.
policy-more-problems = …a { $count } arall (mae prevent-referral policy yn eu rhestru).
policy-too-many-teams =
    { $max ->
        [zero] Mae mwy na { $max } o dimau wedi'u rhestru.
        [one] Mae mwy na { $max } tîm wedi'u rhestru.
        [two] Mae mwy na { $max } dîm wedi'u rhestru.
        [few] Mae mwy na { $max } thîm wedi'u rhestru.
        [many] Mae mwy na { $max } thîm wedi'u rhestru.
       *[other] Mae mwy na { $max } o dimau wedi'u rhestru.
    }
policy-file-unreadable = Doedd dim modd darllen y ffeil ({ $why }). Rhaid i bawb allu ei darllen (chmod 644), a'r ffolderi uwch ei phen (chmod 755).
policy-file-not-file = Nid ffeil yw hi.
policy-file-owner = Mae { $place } yn perthyn i gyfrif arall (rhif defnyddiwr { $uid }); rhaid iddi berthyn i root.
policy-file-writable = Gall cyfrifon eraill newid { $place } (modd { $mode }); dim ond root gaiff wneud hynny (chmod go-w).
policy-file-too-large = Mae'r ffeil yn fwy na { $max } KB.
policy-file-not-text = Nid testun UTF-8 yw'r ffeil.
policy-file-syntax = Nid yw llinell { $line } y ffeil yn TOML dilys: { $why }.
policy-registry-unreadable = Doedd dim modd darllen allwedd y gofrestrfa ({ $why }).

## Lle mae'r person yn gweld gosodiad na all ei newid
policy-set-by-organisation = Wedi'i osod gan eich sefydliad. Gofynnwch i'ch tîm TG os yw'n anghywir.
policy-team-locked = wedi'i osod gan eich sefydliad
policy-settings-intro = Mae rhai gosodiadau'n cael eu gwneud gan eich sefydliad ar gyfer pawb ar y cyfrifiadur hwn, ac ni ellir eu newid yma: maen nhw wedi'u marcio “wedi'i osod gan eich sefydliad”.
policy-language = Dewisodd eich sefydliad { $language } fel yr iaith i ddechrau ynddi. Gallwch newid o hyd gyda “Cymraeg / English” ar y brig.
policy-no-unencrypted = Nid yw gosodiadau eich sefydliad ar y cyfrifiadur hwn yn caniatáu copi heb ei amgryptio. Ticiwch dîm, neu gofynnwch i'ch tîm TG.
policy-no-unencrypted-no-teams = Nid yw gosodiadau eich sefydliad ar y cyfrifiadur hwn yn caniatáu copi heb ei amgryptio, a does dim tîm wedi'i osod i amgryptio ar ei gyfer. Ychwanegwch allwedd tîm Prevent eich heddlu yn y Gosodiadau, neu gofynnwch i'ch tîm TG.

## prevent-referral policy
cli-policy-none = Dim gosodiadau a reolir: does dim yn { $source }.
cli-policy-in-force = Gosodiadau a reolir sydd mewn grym, o { $source }:
cli-policy-refused = Nid yw'r gosodiadau a reolir yn { $source } yn cael eu defnyddio, oherwydd:
cli-policy-refused-exit = (allanfa 1: caiff y gosodiadau eu hanwybyddu'n gyfan, ac ni wneir copi heb ei amgryptio, nes iddyn nhw gael eu cywiro)
cli-policy-team = Tîm Prevent yr heddlu: { $team } ({ $key })
cli-policy-organisation = Sefydliad: { $value }
cli-policy-sector = Sector: { $value }
cli-policy-address = Cyfeiriad: { $value }
cli-policy-language = Yr iaith i ddechrau ynddi: { $value }
cli-policy-unencrypted-allowed = Allforiadau a chopïau PDF heb eu hamgryptio: wedi'u caniatáu
cli-policy-unencrypted-refused = Allforiadau a chopïau PDF heb eu hamgryptio: heb eu caniatáu
cli-policy-renderer = Rendrwr: { $value }
cli-policy-nothing-set = (mae'r allwedd neu'r ffeil yno, ond nid yw'n gosod dim)
cli-policy-refused-no-plain = Doedd dim modd defnyddio gosodiadau a reolir eich sefydliad ({ $source }) (mae prevent-referral policy yn dweud pam), felly ni wneir copi heb ei amgryptio nes iddyn nhw gael eu cywiro: rhowch --recipient gydag allwedd gyhoeddus age tîm Prevent yr heddlu, neu dywedwch wrth eich tîm TG.
cli-policy-no-unencrypted = Nid yw eich sefydliad yn caniatáu copïau heb eu hamgryptio ({ $source }): rhowch --recipient gydag allwedd gyhoeddus age tîm Prevent yr heddlu.
