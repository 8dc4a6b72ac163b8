# Geiriau'r thema ddiofyn yn Gymraeg: the default theme's words in Welsh.
#
# Marks: a line "# check: <why>" directly above a message means its Welsh has NOT been checked
# against a published source and needs a translator's eye before a council relies on it. A
# message without that mark uses a term published by a Welsh public body:
#   - StatsWales: "Neidio i'r prif gynnwys" (skip to main content), "Chwilio" (search),
#     "Diweddariadau" (updates), "Diweddarwyd y tro diwethaf" (last updated);
#   - Welsh Government services (llyw.cymru): "Ar y gweill" (in progress), "Wedi'i gwblhau"
#     (completed), "Heb ddechrau" (not started), "Cyhoeddwyd" (published, as in "Cyhoeddwyd
#     gyntaf");
#   - Welsh public bodies accept (derbyn) or reject (gwrthod) recommendations: "Derbyniwyd",
#     "Gwrthodwyd"; "Datganiad hygyrchedd" is the accessibility statement;
#   - the Welsh names of the months.
# TermCymru (llyw.cymru/btc), the Welsh Government's term bank, is the place to check the rest;
# docs/welsh-terms.md lists every term with its source or why it is still to be checked.
#
# Plurals follow CLDR's rules for Welsh: [zero] 0, [one] 1, [two] 2, [few] 3, [many] 6,
# *[other] everything else (4, 5, 7 ... 20 ...). After a number the noun stays singular
# ("3 argymhelliad"); with larger numbers "o" and the plural ("20 o argymhellion").
#
# Messages a template shows are HTML, as in en.ftl.

## Ffrâm pob tudalen (base.html)

skip-link = Neidio i'r prif gynnwys
# check: "Diweddariadau cynnydd" for "progress updates" is not from TermCymru
feed-site-link = Diweddariadau cynnydd: { $site }
# check: as above
feed-review-link = Diweddariadau cynnydd ar yr adolygiad hwn
# check: label of the main navigation
nav-main-label = Prif lywio
# check: "Iaith" (language), the usual label of a language switch on Welsh public sites; not checked in TermCymru
nav-language-label = Iaith
# check: "Hafan" is the usual word on Welsh sites; not checked in TermCymru
nav-home = Hafan
# check: "Adolygiadau" (reviews) not checked in TermCymru
nav-reviews = Adolygiadau
# check: "Yn ôl statws"
nav-status = Yn ôl statws
# check: "Pwy sy'n gyfrifol"
nav-responsible = Pwy sy'n gyfrifol
# check: "Yn hwyr" for overdue
nav-overdue = Yn hwyr
# check: "Dywedoch chi, gwnaethon ni" for "You said, we did"
nav-you-said = Dywedoch chi, gwnaethon ni
nav-updates = Diweddariadau
# check: "Dangosyddion" (indicators)
nav-indicators = Dangosyddion
nav-search = Chwilio
# check: "Briwsion bara" is the common Welsh for breadcrumb navigation
nav-breadcrumb-label = Briwsion bara
# check: "Troedyn" (footer)
nav-footer-label = Troedyn
# check: "Geirfa" (glossary)
footer-glossary = Geirfa
# check: "Data agored" (open data)
footer-data = Data agored
# check: "Ffrwd diweddariadau" (updates feed)
footer-feed = Ffrwd diweddariadau (Atom)
# check: "Ffigurau fel yr oeddent ar" for "figures as of"
footer-published = Cyhoeddwyd gan { $organisation }. Ffigurau fel yr oeddent ar { $as_of }.

## Teitlau tudalennau a briwsion bara (index::routes)

# check: as nav-reviews
title-reviews = Adolygiadau
# check: "Argymhelliad" (recommendation)
title-recommendation = Argymhelliad { $number }: { $title }
# check: as nav-status
title-status-index = Argymhellion yn ôl statws
# check: as nav-status
title-status = { category-label }: argymhellion yn ôl statws
# check: as title-status and title-updates-page
title-status-page = { category-label }: argymhellion yn ôl statws, tudalen { $page } o { $pages }
# check: as nav-responsible
title-responsible-index = Pwy sy'n gyfrifol
# check: "cyfrifoldebau" (responsibilities)
title-party = { $name }: cyfrifoldebau
# check: as title-party and title-updates-page
title-responsible-page = { $name }: cyfrifoldebau, tudalen { $page } o { $pages }
# check: as nav-overdue
title-overdue = Yn hwyr a heb eu diweddaru
# check: as title-overdue and title-updates-page
title-overdue-page = Yn hwyr a heb eu diweddaru, tudalen { $page } o { $pages }
# check: as nav-you-said
title-you-said = Dywedoch chi, gwnaethon ni
# check: as nav-you-said
title-you-said-review = Dywedoch chi, gwnaethon ni: { $review }
# check: as feed-site-link
title-updates = Diweddariadau cynnydd
# check: as feed-site-link
title-updates-page = Diweddariadau cynnydd, tudalen { $page } o { $pages }
# check: as footer-glossary
title-glossary = Geirfa
# check: as footer-data
title-data = Data agored
# check: "Dangosyddion perfformiad" (performance indicators)
title-indicators = Dangosyddion perfformiad
# check: "Chwilio" is published; the rest of the phrase is not checked
title-search = Chwilio argymhellion
# check: "Heb ddod o hyd i'r dudalen" for "page not found"
title-not-found = Heb ddod o hyd i'r dudalen
# check: "Cynnydd yn gryno" (progress at a glance) not checked
title-embed = Cynnydd yn gryno: { $site }
# check: "Cynnydd" (progress)
title-embed-review = Cynnydd: { $review }
# check: as nav-home
crumb-home = Hafan
# check: as nav-status
crumb-status-index = Yn ôl statws

## Tudalen heb ei chanfod (404.html)

# check: as title-not-found
not-found-heading = Heb ddod o hyd i'r dudalen
# check: sentence not checked
not-found-typed = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.
# check: sentence not checked
not-found-pasted = Os gwnaethoch gludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
# check: sentence not checked
not-found-ways = Gallwch <a href="{ $root }index.html">fynd i'r hafan</a>, gweld <a href="{ $root }reviews/index.html">pob adolygiad</a>, neu chwilio am argymhelliad yng nghynllun gweithredu ei adolygiad.

## Darnau a rennir (components.html)

# check: "Yn hwyr o" for "overdue by"
flag-overdue = Yn hwyr o { $duration }
# check: "Heb ei ddiweddaru"
flag-not-updated = Heb ei ddiweddaru
# check: as flag-not-updated
flag-not-updated-for = Heb ei ddiweddaru ers { $duration }
# check: "Terfyn amser wedi'i ddiwygio" for "deadline revised"
flag-deadline-revised = Terfyn amser wedi'i ddiwygio
# check: "Dim canlyniad wedi'i gofnodi"
flag-no-outcome = Dim canlyniad wedi'i gofnodi
# check: "Gofynnwyd am ei gau" for "closure requested"
flag-closure-requested = Gofynnwyd am ei gau ar <time datetime="{ $iso }">{ $date }</time>
# check: "yn wreiddiol" for "was"
deadline-was = yn wreiddiol { $date }
# check: "Dim wedi'i bennu"
deadline-none-set = Dim wedi'i bennu
# check: "Gofynnwyd am estyniad" (extension requested), "yn aros am gytundeb"
deadline-extension-requested = Gofynnwyd am estyniad ar <time datetime="{ $requested_iso }">{ $requested }</time> hyd at <time datetime="{ $to_iso }">{ $to }</time>: yn aros am gytundeb
# check: as above
deadline-extension-requested-ongoing = Gofynnwyd am estyniad ar <time datetime="{ $requested_iso }">{ $requested }</time> hyd at { $to }: yn aros am gytundeb
# check: "Rheswm"
deadline-extension-reason = Rheswm: { $reason }
# check: "sgroliwch i'r ochr ar sgriniau bach"
table-scrolls = { $caption } (sgroliwch i'r ochr ar sgriniau bach)
# check: "Rhif" for "No."
rec-table-number = Rhif
# check: as title-recommendation
rec-table-recommendation = Argymhelliad
# check: "Cyfrifol"
rec-table-responsible = Cyfrifol
# check: "Terfyn amser" (deadline)
rec-table-deadline = Terfyn amser
# check: "Statws"
rec-table-status = Statws
# check: "Statws"
breakdown-status = Statws
# check: "Argymhellion"
breakdown-recommendations = Argymhellion
# check: sentence not checked; "wedi'u cwblhau" follows "Wedi'i gwblhau"
progress-done = { $count ->
    [zero] Dim argymhellion eto
    [one] { $done } o { $count } argymhelliad wedi'i gwblhau ({ $percent }%)
    [two] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%)
    [few] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%)
    [many] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%)
   *[other] { $done } o { $count } o argymhellion wedi'u cwblhau ({ $percent }%)
}
# check: as progress-done
progress-done-overdue = { $count ->
    [zero] Dim argymhellion eto
    [one] { $done } o { $count } argymhelliad wedi'i gwblhau ({ $percent }%), <strong>{ $overdue } yn hwyr</strong>
    [two] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), <strong>{ $overdue } yn hwyr</strong>
    [few] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), <strong>{ $overdue } yn hwyr</strong>
    [many] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), <strong>{ $overdue } yn hwyr</strong>
   *[other] { $done } o { $count } o argymhellion wedi'u cwblhau ({ $percent }%), <strong>{ $overdue } yn hwyr</strong>
}
# check: as title-recommendation
update-recommendation = Argymhelliad { $number }
# check: "Statws adeg y diweddariad hwn"
update-status = Statws adeg y diweddariad hwn:
# check: "Siart o'r ffigurau"
chart-label = Siart o'r ffigurau
# check: "d/b" (dim ar gael) for "n/a"
chart-no-figure = d/b
# check: link texts not checked
data-links-recs-csv = Argymhellion yr adolygiad hwn (CSV)
# check: as above
data-links-recs-json = Argymhellion pob adolygiad (JSON, ar gyfer rhaglenni: mae pob un yn enwi ei adolygiad)
# check: as above
data-links-updates-csv = Diweddariadau cynnydd ar yr adolygiad hwn (CSV)
# check: as above
data-links-feed = Dilyn diweddariadau ar yr adolygiad hwn (ffrwd Atom)
# check: as above
data-links-columns = Mae ystyr pob colofn wedi'i hesbonio ar y dudalen <a href="{ $root }data/index.html">data agored</a>.

## Y dudalen data agored (data.html)

# check: as footer-data
data-heading = Data agored
# check: sentence not checked
data-lead = Pob argymhelliad a diweddariad cynnydd ar y wefan hon, fel ffeiliau y gallwch eu hagor mewn taenlen neu eu defnyddio yn eich rhaglenni eich hun.
# check: sentence not checked
data-intro = Caiff y ffeiliau eu gwneud o'r un cofnodion â'r tudalennau, ar yr un pryd, felly maent bob amser yn cytuno â'r wefan. Barnwyd a yw argymhelliad yn hwyr neu heb ei ddiweddaru fel yr oedd pethau ar { $as_of } (y golofn <code>as_of</code>).
# check: the whole paragraph (and data-language-here) wants a translator's eye
data-languages = Mae'r wefan hon yn cael ei chyhoeddi mewn mwy nag un iaith, ac felly hefyd ei ffeiliau: mae gan bob iaith ei ffeiliau ei hun, gyda'r un enwau, colofnau ac allweddi, a'r testunau yn yr iaith honno (lle nad yw testun wedi'i gyfieithu, rhoddir testun yr iaith ddiofyn). Mae'r labeli statws yn iaith y ffeiliau; mae'r allweddi, y dyddiadau a'r rhifau yr un fath ym mhob iaith.
# check: as above
data-language-here = { $language }: <code>{ $folder }</code> (y tudalennau hyn)
# check: sentence not checked
data-site-files = Ffeiliau ar gyfer y wefan gyfan
# check: "Ffeil"
data-col-file = Ffeil
# check: "Beth sydd ynddi"
data-col-holds = Beth sydd ynddi
# check: sentence not checked
data-recs-csv = Un rhes i bob argymhelliad, yn nhrefn yr adolygiad ac yna'r rhif. Mae'n agor yn Excel a thaenlenni eraill.
# check: sentence not checked
data-recs-json = Yr un peth, fel arae JSON gydag un gwrthrych i bob argymhelliad, gyda'r allweddi isod. Rhestr yw <code>responsible</code>; <code>null</code> yw gwerthoedd gwag.
# check: sentence not checked
data-updates-csv = Un rhes i bob diweddariad cynnydd, yn nhrefn yr adolygiad, y rhif a'r dyddiad.
# check: sentence not checked
data-feed = { $count ->
    [zero] Ffrwd Atom o'r diweddariadau cynnydd diweddaraf, ar gyfer darllenydd ffrydiau.
    [one] Ffrwd Atom o'r { $count } diweddariad cynnydd diweddaraf, ar gyfer darllenydd ffrydiau.
    [two] Ffrwd Atom o'r { $count } ddiweddariad cynnydd diweddaraf, ar gyfer darllenydd ffrydiau.
    [few] Ffrwd Atom o'r { $count } diweddariad cynnydd diweddaraf, ar gyfer darllenydd ffrydiau.
    [many] Ffrwd Atom o'r { $count } diweddariad cynnydd diweddaraf, ar gyfer darllenydd ffrydiau.
   *[other] Ffrwd Atom o'r { $count } o ddiweddariadau cynnydd diweddaraf, ar gyfer darllenydd ffrydiau.
} Mae pob diweddariad yn updates.csv ac ar y tudalennau diweddariadau.
# check: sentence not checked
data-csv-format = Testun UTF-8 gyda nod trefn beitiau yw'r ffeiliau CSV, fel bod Excel yn dangos pob nod yn gywir. Mae testun sy'n cynnwys atalnodau, dyfynodau neu doriadau llinell mewn dyfynodau dwbl. Mae rhestrau o enwau wedi'u gwahanu gan hanner colon a bwlch.
# check: sentence not checked
data-csv-formulas = Fel na all taenlen gymryd testun am fformiwla a'i rhedeg, mae cell destun yn y ffeiliau CSV a fyddai'n dechrau gyda <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, tab neu ddychweliad cerbyd yn dechrau gydag collnod (<code>'</code>) yn gyntaf: mae teitl a ysgrifennwyd <code>=SUM(1)</code> yn <code>'=SUM(1)</code> yn y ffeil CSV. Tynnwch y collnod hwnnw i gael y testun yn union fel y'i hysgrifennwyd. Nid yw'r dyddiadau, y cyfrifon na'r gwerthoedd <code>true</code>/<code>false</code> byth yn newid, ac mae'r ffeiliau JSON bob amser yn cynnwys y testun yn union fel y'i hysgrifennwyd.
# check: sentence not checked
data-review-files = Ffeiliau ar gyfer pob adolygiad
# check: sentence not checked
data-review-note = Mae argymhellion a diweddariadau cynnydd pob adolygiad mewn ffeiliau CSV, i'w hagor mewn taenlen, ac mae ffrwd Atom o'i ddiweddariadau diweddaraf (dim mwy na { $count }). Nid oes ffeil JSON ar gyfer pob adolygiad: mae recommendations.json uchod yn cynnwys argymhellion pob adolygiad, ac mae ei allwedd <code>review</code> yn dweud i ba adolygiad y mae pob un yn perthyn.
# check: "Adolygiad"
data-col-review = Adolygiad
# check: as breakdown-recommendations
data-col-recommendations = Argymhellion
# check: as nav-updates
data-col-updates = Diweddariadau
# check: "Ffrwd"
data-col-feed = Ffrwd
# check: hidden link text
data-review-recs-hidden = <span class="visually-hidden">: argymhellion { $title }</span>
# check: hidden link text
data-review-updates-hidden = <span class="visually-hidden">: diweddariadau ar { $title }</span>
# check: hidden link text
data-review-feed-hidden = <span class="visually-hidden">: ffrwd diweddariadau ar { $title }</span>
# check: sentence not checked
reviews-none = Nid oes unrhyw adolygiadau wedi'u cyhoeddi eto.
# check: heading not checked
data-rec-columns = Colofnau recommendations.csv ac allweddi recommendations.json
# check: heading not checked
data-stale-limit = { $count ->
    [zero] Y terfyn ar y wefan hon yw { $count } diwrnod.
    [one] Y terfyn ar y wefan hon yw { $count } diwrnod.
    [two] Y terfyn ar y wefan hon yw { $count } ddiwrnod.
    [few] Y terfyn ar y wefan hon yw { $count } diwrnod.
    [many] Y terfyn ar y wefan hon yw { $count } diwrnod.
   *[other] Y terfyn ar y wefan hon yw { $count } o ddiwrnodau.
}
# check: heading not checked
data-update-columns = Colofnau updates.csv

## Geirfa (glossary.html)

# check: as footer-glossary
glossary-heading = Geirfa
# check: sentence not checked
glossary-intro = Y byrfoddau a ddefnyddir ar y wefan hon.
# check: sentence not checked
glossary-none = Nid oes unrhyw fyrfoddau.

## Yr hafan (home.html)

# check: sentence not checked; "craffu" is scrutiny
home-lead = Yr hyn y gofynnwyd i { $organisation } ei wneud gan adolygiadau craffu, yr hyn a addawodd, pwy sy'n atebol, a'r hyn sydd wedi'i wneud ers hynny.
# check: "Cipolwg"
home-at-a-glance = Cipolwg
# The word under a big figure: the figure itself is shown above it.
# check: plural forms not checked
home-figure-recommendations = { $count ->
    [zero] argymhellion
    [one] argymhelliad
    [two] argymhelliad
    [few] argymhelliad
    [many] argymhelliad
   *[other] o argymhellion
}
home-figure-done = wedi'u cwblhau
home-figure-in-progress = ar y gweill
# check: as nav-overdue
home-figure-overdue = yn hwyr
# check: as flag-not-updated
home-figure-not-updated = heb eu diweddaru
# check: sentence not checked
home-also = Hefyd { $not_started } heb ddechrau a { $closed } ar gau. Ystyr "Heb eu diweddaru" yw ar agor heb gynnydd wedi'i gofnodi ers amser hir. Ffigurau fel yr oeddent ar { $as_of }.
# check: as nav-reviews
home-reviews = Adolygiadau
# check: "Gan"
card-by = Gan { $body }
card-published = cyhoeddwyd <time datetime="{ $iso }">{ $date }</time>
# check: "Cynllun gweithredu" (action plan)
card-updated = Diweddarwyd y cynllun gweithredu <time datetime="{ $iso }">{ $date }</time>
# check: as nav-updates
home-latest-updates = Y diweddariadau diweddaraf
# check: as feed-site-link
home-all-updates = Pob diweddariad cynnydd

## Dangosyddion (indicator.html, indicators.html)

# check: "Y ffigur diweddaraf"
indicator-latest = Y ffigur diweddaraf
# check: phrase not checked
indicator-no-figure-yet = Dim ffigur eto
# check: phrase not checked
indicator-no-figure-for = Dim ffigur ar gyfer { $period } (d/b)
# check: "Targed"
indicator-target = Targed
# check: phrase not checked
indicator-no-target = Dim targed wedi'i bennu
# check: "Gwell"
indicator-better = Gwell
# check: phrase not checked
indicator-since = Ers y ffigur blaenorol
# check: phrase not checked
indicator-no-earlier = Dim ffigur cynharach i'w gymharu
# check: "meincnodau" (benchmarks)
indicator-against-benchmarks = O'i gymharu â meincnodau
# check: "Ffynhonnell"
indicator-source = Ffynhonnell
# check: phrase not checked
indicator-source-not-recorded = Heb ei chofnodi
# check: "Ffigurau"
indicator-figures = Ffigurau
# check: phrase not checked
indicator-chart-title = { $title }: ffigurau fesul cyfnod
# check: phrase not checked
indicator-figures-by-period = Ffigurau fesul cyfnod
# check: phrase not checked
indicator-table-caption = Y ffigurau yn y siart
# check: "Cyfnod"
indicator-col-period = Cyfnod
# check: "Ffigur"
indicator-col-figure = Ffigur
# check: phrase not checked
indicator-col-against-target = O'i gymharu â'r targed ({ $target })
# check: as chart-no-figure
indicator-cell-no-figure = d/b <span class="visually-hidden">(dim ffigur)</span>
# check: phrase not checked
indicator-no-figure = Dim ffigur
# check: "Dim"
indicator-none = Dim
# check: "Meincnodau"
indicator-benchmarks = Meincnodau
# check: "Meincnod"
indicator-col-benchmark = Meincnod
# check: phrase not checked
indicator-col-latest-is = Mae'r ffigur diweddaraf
# check: as indicator-source
indicator-benchmark-source = Ffynhonnell: <a href="{ $url }">{ $title }</a>
# check: phrase not checked
indicator-related = Argymhellion cysylltiedig
# check: sentence not checked
indicator-related-intro = Yr argymhellion y mae'r dangosydd hwn yn helpu i'w dilyn.
# check: phrase not checked
indicator-related-caption = Argymhellion sy'n gysylltiedig â { $title }
# check: sentence not checked
indicator-related-none = Nid yw'r dangosydd hwn yn gysylltiedig ag unrhyw argymhelliad.
# check: as title-indicators
indicator-all = Pob dangosydd perfformiad
# check: as title-indicators
indicators-heading = Dangosyddion perfformiad
# check: sentence not checked
indicators-lead = Sut mae gwasanaethau'n perfformio o'u cymharu â'u targedau, y ffigur blaenorol, a landlordiaid eraill.
# check: sentence not checked
indicators-intro = Mae pob dangosydd yn dangos ei ffigur diweddaraf o'i gymharu â'i darged, mewn geiriau, a'r newid ers y ffigur blaenorol. Dewiswch ddangosydd i weld pob ffigur fel siart a thabl, o ble daw'r ffigurau, a'r argymhellion y mae'n ymwneud â hwy.
# check: phrase not checked
indicators-caption = Dangosyddion perfformiad: y ffigur diweddaraf o'i gymharu â'r targed, y newid a meincnodau
# check: "Dangosydd"
indicators-col-indicator = Dangosydd
# check: phrase not checked
indicators-col-latest = Y ffigur diweddaraf o'i gymharu â'r targed
# check: as indicator-source
indicators-source = Ffynhonnell: { $title }
# check: phrase not checked
indicators-no-earlier = Dim ffigur cynharach
# check: sentence not checked
indicators-none = Nid oes unrhyw ddangosyddion perfformiad wedi'u cyhoeddi eto.

## Yn hwyr a heb eu diweddaru (overdue.html)

# check: as title-overdue
overdue-heading = Yn hwyr a heb eu diweddaru
# check: sentence not checked
overdue-intro = Fel yr oedd pethau ar { $as_of }. Y gwaethaf sy'n dod gyntaf.
# The heading of the list, with how many are in it.
# check: as nav-overdue
overdue-count = Yn hwyr ({ $count })
# check: sentence not checked
overdue-explained = Mae'r terfyn amser wedi mynd heibio ac nid yw'r gwaith wedi'i wneud.
# check: phrase not checked
overdue-caption = Argymhellion sy'n hwyr
# check: sentence not checked
overdue-none = Nid oes dim yn hwyr.
# check: as flag-not-updated
not-updated-count = Heb eu diweddaru ({ $count })
# check: sentence not checked
not-updated-explained = { $count ->
    [zero] Yn dal ar agor, heb gynnydd wedi'i gofnodi.
    [one] Yn dal ar agor, heb gynnydd wedi'i gofnodi ers mwy nag { $count } diwrnod.
    [two] Yn dal ar agor, heb gynnydd wedi'i gofnodi ers mwy na { $count } ddiwrnod.
    [few] Yn dal ar agor, heb gynnydd wedi'i gofnodi ers mwy na { $count } diwrnod.
    [many] Yn dal ar agor, heb gynnydd wedi'i gofnodi ers mwy na { $count } diwrnod.
   *[other] Yn dal ar agor, heb gynnydd wedi'i gofnodi ers mwy na { $count } o ddiwrnodau.
}
# check: phrase not checked
not-updated-caption = Argymhellion heb eu diweddaru
# check: sentence not checked
not-updated-none = Mae diweddariad diweddar gan bob argymhelliad agored.

## Tudalen argymhelliad (recommendation.html)

# check: sentence not checked
notice-overdue = { $count ->
    [zero] <strong>Yn hwyr:</strong> aeth y terfyn amser, { $deadline }, heibio heddiw ac nid yw hyn wedi'i wneud.
    [one] <strong>Yn hwyr:</strong> aeth y terfyn amser, { $deadline }, heibio { $duration } yn ôl ({ $count } diwrnod) ac nid yw hyn wedi'i wneud.
    [two] <strong>Yn hwyr:</strong> aeth y terfyn amser, { $deadline }, heibio { $duration } yn ôl ({ $count } ddiwrnod) ac nid yw hyn wedi'i wneud.
    [few] <strong>Yn hwyr:</strong> aeth y terfyn amser, { $deadline }, heibio { $duration } yn ôl ({ $count } diwrnod) ac nid yw hyn wedi'i wneud.
    [many] <strong>Yn hwyr:</strong> aeth y terfyn amser, { $deadline }, heibio { $duration } yn ôl ({ $count } diwrnod) ac nid yw hyn wedi'i wneud.
   *[other] <strong>Yn hwyr:</strong> aeth y terfyn amser, { $deadline }, heibio { $duration } yn ôl ({ $count } o ddiwrnodau) ac nid yw hyn wedi'i wneud.
}
# check: sentence not checked
notice-not-updated = { $count ->
    [one] <strong>Heb ei ddiweddaru:</strong> roedd y diweddariad cynnydd diwethaf ar { $date }, mwy nag { $count } diwrnod yn ôl.
    [two] <strong>Heb ei ddiweddaru:</strong> roedd y diweddariad cynnydd diwethaf ar { $date }, mwy na { $count } ddiwrnod yn ôl.
   *[other] <strong>Heb ei ddiweddaru:</strong> roedd y diweddariad cynnydd diwethaf ar { $date }, mwy na { $count } o ddiwrnodau yn ôl.
    [few] <strong>Heb ei ddiweddaru:</strong> roedd y diweddariad cynnydd diwethaf ar { $date }, mwy na { $count } diwrnod yn ôl.
    [many] <strong>Heb ei ddiweddaru:</strong> roedd y diweddariad cynnydd diwethaf ar { $date }, mwy na { $count } diwrnod yn ôl.
    [zero] <strong>Heb ei ddiweddaru:</strong> roedd y diweddariad cynnydd diwethaf ar { $date }.
}
# check: sentence not checked
notice-never-updated = { $count ->
    [one] <strong>Heb ei ddiweddaru:</strong> nid oes diweddariad cynnydd wedi'i gofnodi, ers mwy nag { $count } diwrnod.
    [two] <strong>Heb ei ddiweddaru:</strong> nid oes diweddariad cynnydd wedi'i gofnodi, ers mwy na { $count } ddiwrnod.
    [few] <strong>Heb ei ddiweddaru:</strong> nid oes diweddariad cynnydd wedi'i gofnodi, ers mwy na { $count } diwrnod.
    [many] <strong>Heb ei ddiweddaru:</strong> nid oes diweddariad cynnydd wedi'i gofnodi, ers mwy na { $count } diwrnod.
    [zero] <strong>Heb ei ddiweddaru:</strong> nid oes diweddariad cynnydd wedi'i gofnodi.
   *[other] <strong>Heb ei ddiweddaru:</strong> nid oes diweddariad cynnydd wedi'i gofnodi, ers mwy na { $count } o ddiwrnodau.
}
# check: sentence not checked
notice-closure = <strong>Gofynnwyd am ei gau ar { $date }:</strong> mae'r parti cyfrifol wedi gofyn i'r argymhelliad hwn gael ei gau; bydd ei statws yn newid pan gytunir i'w gau.
# check: sentence not checked
notice-extension = <strong>Gofynnwyd am estyniad ar { $requested } hyd at { $to }: yn aros am gytundeb.</strong> Hyd nes y cytunir arno, y terfyn amser sydd mewn grym yw { $deadline }. Y rheswm a roddwyd: { $reason }
# check: sentence not checked
notice-extension-no-deadline = <strong>Gofynnwyd am estyniad ar { $requested } hyd at { $to }: yn aros am gytundeb.</strong> Hyd nes y cytunir arno, nid oes terfyn amser wedi'i bennu. Y rheswm a roddwyd: { $reason }
# check: sentence not checked
notice-no-outcome = <strong>Dim canlyniad wedi'i gofnodi:</strong> mae hwn wedi'i nodi'n "{ $status }", ond nid oes diweddariad na chanlyniad yn dweud beth a wnaed na pham.
# check: "Statws"
rec-status = Statws
# check: "Ymateb"
rec-response = Ymateb
# check: as rec-table-responsible
rec-responsible = Cyfrifol
# check: "Swyddog arweiniol"
rec-lead-officer = Swyddog arweiniol
# check: as rec-table-deadline
rec-deadline = Terfyn amser
# check: "Adnoddau"
rec-resources = Adnoddau
rec-last-updated = Diweddarwyd y tro diwethaf
# check: phrase not checked
rec-no-update = Dim diweddariad wedi'i gofnodi
# check: as nav-you-said
rec-you-said = Dywedoch chi
# check: "Ein hymateb"
rec-our-response = Ein hymateb: { $response }
# check: sentence not checked
rec-no-response-text = Nid oes ymateb ysgrifenedig wedi'i gofnodi.
# check: phrase not checked
rec-actions-done = { $percent }% o'r camau gweithredu wedi'u cwblhau
# check: phrase not checked
rec-deadline-changes = Newidiadau i'r terfyn amser
# check: sentence not checked
rec-first-deadline = Y terfyn amser a addawyd gyntaf oedd { $date }.
# check: sentence not checked
rec-first-deadline-not-set = Ni phennwyd terfyn amser ar y dechrau.
# check: counted phrase not checked
rec-changed = { $count ->
    [zero] Nid yw wedi'i newid:
    [one] Mae wedi'i newid unwaith:
    [two] Mae wedi'i newid ddwywaith:
    [few] Mae wedi'i newid { $count } gwaith:
    [many] Mae wedi'i newid { $count } gwaith:
   *[other] Mae wedi'i newid { $count } o weithiau:
}
# check: counted phrase not checked
rec-changed-and-pending = { $count ->
    [zero] Nid yw wedi'i newid, ac mae newid arall yn aros am gytundeb:
    [one] Mae wedi'i newid unwaith, ac mae newid arall yn aros am gytundeb:
    [two] Mae wedi'i newid ddwywaith, ac mae newid arall yn aros am gytundeb:
    [few] Mae wedi'i newid { $count } gwaith, ac mae newid arall yn aros am gytundeb:
    [many] Mae wedi'i newid { $count } gwaith, ac mae newid arall yn aros am gytundeb:
   *[other] Mae wedi'i newid { $count } o weithiau, ac mae newid arall yn aros am gytundeb:
}
# check: sentence not checked
rec-change-pending = Gofynnwyd am newid ac mae'n aros am gytundeb:
# check: phrase not checked
rec-col-new-deadline = Terfyn amser newydd
# check: "Rheswm"
rec-col-reason = Rheswm
# check: "Cytunwyd"
rec-col-agreed = Cytunwyd
# check: phrase not checked
rec-revision-pending = <strong>Yn aros am gytundeb</strong> (gofynnwyd ar <time datetime="{ $iso }">{ $date }</time>)
# check: phrase not checked
rec-revision-requested = (gofynnwyd ar <time datetime="{ $iso }">{ $date }</time>)
# check: phrase not checked
rec-revision-not-recorded = Heb ei gofnodi
# check: phrase not checked
rec-what-we-will-do = Beth y byddwn yn ei wneud
# check: "Camau gweithredu" (actions)
rec-planned-actions = Camau gweithredu arfaethedig
# check: "Cam gweithredu"
rec-col-action = Cam gweithredu
# check: phrase not checked
rec-action-not-named = Heb ei enwi
# check: phrase not checked
rec-action-status-not-given = Heb ei roi
# check: as nav-you-said
rec-we-did = Gwnaethon ni
# check: phrase not checked
rec-updates-heading = Diweddariadau cynnydd, y diweddaraf yn gyntaf
# check: sentence not checked
rec-no-progress = Nid oes cynnydd wedi'i gofnodi eto.
# check: "Tystiolaeth"
rec-evidence = Tystiolaeth
# check: as title-indicators
rec-indicators = Dangosyddion perfformiad
# check: sentence not checked
rec-indicators-intro = Sut mae'r gwasanaethau y mae'r argymhelliad hwn yn ymwneud â hwy yn perfformio.
# check: "Data"
rec-data = Data
# check: phrase not checked
rec-pager-label = Argymhellion eraill yn yr adolygiad hwn
# check: "Blaenorol"
pager-previous = Blaenorol
# check: "Nesaf"
pager-next = Nesaf
# check: phrase not checked
rec-back-to-plan = Yn ôl i'r cynllun gweithredu

## Pwy sy'n gyfrifol (responsible-index.html, responsible.html)

# check: as nav-responsible
responsible-heading = Pwy sy'n gyfrifol
# check: sentence not checked
responsible-intro = Pob tîm, sefydliad neu gorff a enwir yn gyfrifol am argymhelliad neu gam gweithredu.
# check: phrase not checked
responsible-parties = Partïon cyfrifol
# check: "Enw"
responsible-col-name = Enw
# check: as breakdown-recommendations
responsible-col-recs = Argymhellion
# check: phrase not checked
responsible-col-open = Yn dal ar agor
# check: as nav-overdue
responsible-col-overdue = Yn hwyr
# check: as rec-planned-actions
responsible-col-actions = Camau gweithredu
# check: as breakdown-recommendations; the heading, with how many are in it
party-recommendations-count = Argymhellion ({ $count })
# check: phrase not checked
party-breakdown-caption = Eu hargymhellion yn ôl statws
# check: phrase not checked
party-group-caption = Argymhellion: { $heading }
# check: sentence not checked
party-no-recs = Nid yw { $name } wedi'i enwi'n gyfrifol am unrhyw argymhelliad yn ei gyfanrwydd.
# check: as rec-planned-actions
party-actions = Camau gweithredu
# check: phrase not checked
party-actions-caption = Camau gweithredu sy'n eiddo i { $name }
# check: as rec-planned-actions; the heading, with how many are in it
party-actions-count = Camau gweithredu ({ $count })

## Tudalen adolygiad a'r rhestr adolygiadau (review.html, reviews.html)

# check: phrase not checked
review-carried-out-by = Wedi'i gynnal gan
# check: phrase not checked
review-services = Y gwasanaethau a adolygwyd
review-published = Cyhoeddwyd yr adroddiad
# check: "Diweddarwyd ddiwethaf" is published; "cynllun gweithredu" is not checked
review-plan-updated = Diweddarwyd y cynllun gweithredu ddiwethaf
# check: "Dogfennau"
review-documents = Dogfennau
# check: "Cynnydd"
review-progress = Cynnydd
# check: as nav-you-said
review-you-said-link = <a href="{ $url }">Dywedoch chi, gwnaethon ni</a>: yr hyn y gofynnwyd amdano wrth ochr yr hyn sydd wedi'i wneud.
# check: as title-status-index
review-breakdown-caption = Argymhellion yn ôl statws
# check: "Cynllun gweithredu"
review-action-plan = Cynllun gweithredu
# check: as review-action-plan
review-plan-caption = Cynllun gweithredu: { $heading }
# check: sentence not checked
review-no-recs = Nid oes gan yr adolygiad hwn argymhellion eto.
# check: phrase not checked
review-data = Data a diweddariadau
# check: as nav-reviews
reviews-heading = Adolygiadau

## Chwilio (search.html)

# check: as title-search
search-heading = Chwilio argymhellion
# check: sentence not checked
search-no-js = <strong>Mae angen JavaScript ar y chwilio, ac mae wedi'i ddiffodd neu nid yw ar gael.</strong> Gallwch ddod o hyd i bob argymhelliad ar y tudalennau hyn o hyd:
# check: counted sentence not checked
search-intro = { $count ->
    [zero] Nid oes argymhellion i'w chwilio eto.
    [one] Chwilio'r { $count } argymhelliad yn ôl rhif, teitl, testun, pwy sy'n gyfrifol, thema neu statws.
    [two] Chwilio'r { $count } argymhelliad yn ôl rhif, teitl, testun, pwy sy'n gyfrifol, thema neu statws.
    [few] Chwilio'r { $count } argymhelliad yn ôl rhif, teitl, testun, pwy sy'n gyfrifol, thema neu statws.
    [many] Chwilio'r { $count } argymhelliad yn ôl rhif, teitl, testun, pwy sy'n gyfrifol, thema neu statws.
   *[other] Chwilio pob un o'r { $count } o argymhellion yn ôl rhif, teitl, testun, pwy sy'n gyfrifol, thema neu statws.
}
# check: phrase not checked
search-words = Geiriau neu rif
# check: "Statws"
search-status = Statws
# check: phrase not checked
search-any-status = Unrhyw statws
# check: as nav-overdue
search-overdue = Yn hwyr
search-button = Chwilio
# check: phrase not checked
search-browse = Pori yn lle hynny
# check: phrase not checked
search-browse-reviews = Pob adolygiad a'i gynllun gweithredu
# check: phrase not checked
search-browse-data = <a href="{ $root }data/index.html">Data agored</a>: pob argymhelliad mewn un daenlen

## Argymhellion yn ôl statws (status-index.html, status.html)

# check: sentence not checked
status-index-intro = Mae pob statws yn perthyn i un o bedwar grŵp. Dewiswch grŵp i weld ei argymhellion ar draws pob adolygiad.
# check: counted sentence not checked
status-index-total = { $count ->
    [zero] Dim argymhellion i gyd.
    [one] { $count } argymhelliad i gyd.
    [two] { $count } argymhelliad i gyd.
    [few] { $count } argymhelliad i gyd.
    [many] { $count } argymhelliad i gyd.
   *[other] { $count } o argymhellion i gyd.
}
# check: phrase not checked
status-index-caption = Pob argymhelliad yn ôl statws
# check: counted sentence not checked
status-count = { $count ->
    [zero] Dim argymhellion ar draws pob adolygiad.
    [one] { $count } argymhelliad ar draws pob adolygiad.
    [two] { $count } argymhelliad ar draws pob adolygiad.
    [few] { $count } argymhelliad ar draws pob adolygiad.
    [many] { $count } argymhelliad ar draws pob adolygiad.
   *[other] { $count } o argymhellion ar draws pob adolygiad.
}
# check: phrase not checked
status-breakdown-caption = Statwsau yn y grŵp hwn
# check: sentence not checked
status-none = Nid oes argymhellion yn y grŵp hwn.

## Diweddariadau cynnydd (updates.html)

# check: sentence not checked
updates-intro = Pob diweddariad cynnydd, y diweddaraf yn gyntaf.
# check: sentence not checked
updates-showing = Yn dangos { $first } i { $last } o { $total }.
# check: phrase not checked
updates-pager-label = Tudalennau diweddariadau
# check: phrase not checked
updates-newer = <span class="pager-label">Mwy newydd</span> tudalen { $page } o { $pages }
# check: phrase not checked
updates-older = <span class="pager-label">Hŷn</span> tudalen { $page } o { $pages }
# check: sentence not checked
updates-none = Nid oes diweddariadau cynnydd wedi'u cofnodi eto.
# check: phrase not checked
list-pager-label = Tudalennau'r rhestr hon
# check: as updates-showing
list-showing = Yn dangos { $first } i { $last } o { $total }.
# check: "Blaenorol" (previous), phrase not checked
list-previous = <span class="pager-label">Blaenorol</span> tudalen { $page } o { $pages }
# check: "Nesaf" (next), phrase not checked
list-next = <span class="pager-label">Nesaf</span> tudalen { $page } o { $pages }

## Dywedoch chi, gwnaethon ni (you-said-we-did.html)

# check: sentence not checked
you-said-intro-review = Yr hyn y gofynnodd yr adolygiad amdano, wrth ochr yr hyn sydd wedi'i wneud, gan gynnwys yr hyn a wrthodwyd a pham.
# check: sentence not checked
you-said-intro = Yr hyn y gofynnodd pob adolygiad amdano, wrth ochr yr hyn sydd wedi'i wneud, gan gynnwys yr hyn a wrthodwyd a pham.
# check: sentence not checked
you-said-too-many = Mae gormod o argymhellion i'w dangos ar un dudalen. Dewiswch adolygiad:
# check: counted phrase not checked
you-said-review-counts = { $count ->
    [zero] (dim argymhellion)
    [one] ({ $count } argymhelliad, { $done } wedi'i gwblhau)
    [two] ({ $count } argymhelliad, { $done } wedi'u cwblhau)
    [few] ({ $count } argymhelliad, { $done } wedi'u cwblhau)
    [many] ({ $count } argymhelliad, { $done } wedi'u cwblhau)
   *[other] ({ $count } o argymhellion, { $done } wedi'u cwblhau)
}
# check: phrase not checked
you-said-review-link = Yr adolygiad a'i gynllun gweithredu
you-said-not-agreed = Gwrthodwyd
# check: sentence not checked
you-said-no-reason = Nid oes rheswm wedi'i gofnodi.
# check: sentence not checked
you-said-nothing-yet = Nid oes dim wedi'i gofnodi eto. Ymateb: { $response }.

## Geiriau'r rhaglen (views, cards, routes): testun plaen

# check: "Parhaus" for ongoing work
deadline-ongoing = Parhaus
# check: sentence not checked; "yn hwyr" as home-figure-overdue
meta-description-figures = { $count ->
    [zero] { $whose }: dim argymhellion eto, fel yr oeddent ar { $as_of }.
    [one] { $whose }: { $done } o { $count } argymhelliad wedi'i gwblhau, { $in_progress } ar y gweill, { $overdue } yn hwyr, fel yr oeddent ar { $as_of }.
    [two] { $whose }: { $done } o { $count } argymhelliad wedi'u cwblhau, { $in_progress } ar y gweill, { $overdue } yn hwyr, fel yr oeddent ar { $as_of }.
    [few] { $whose }: { $done } o { $count } argymhelliad wedi'u cwblhau, { $in_progress } ar y gweill, { $overdue } yn hwyr, fel yr oeddent ar { $as_of }.
    [many] { $whose }: { $done } o { $count } argymhelliad wedi'u cwblhau, { $in_progress } ar y gweill, { $overdue } yn hwyr, fel yr oeddent ar { $as_of }.
   *[other] { $whose }: { $done } o { $count } o argymhellion wedi'u cwblhau, { $in_progress } ar y gweill, { $overdue } yn hwyr, fel yr oeddent ar { $as_of }.
}
# check: only punctuation and the arguments; the order may need a translator
meta-description-default = { $title } – { $site }, { $organisation }.
# check: phrase not checked
group-other = Argymhellion eraill
# The default vocabulary's statuses; a label a site writes itself is shown as it is.
# check: "Amherthnasol" (not applicable) is not checked; the others are published terms
status-label = { $key ->
    [not-started] Heb ddechrau
    [in-progress] Ar y gweill
    [complete] Wedi'i gwblhau
    [not-applicable] Amherthnasol
   *[not-agreed] Gwrthodwyd
}
# check: "Ar gau" (closed) is not checked; the others are published terms
category-label = { $key ->
    [not-started] Heb ddechrau
    [in-progress] Ar y gweill
    [done] Wedi'i gwblhau
   *[closed] Ar gau
}
# Welsh bodies accept (derbyn) or reject (gwrthod) recommendations.
# check: "Derbyniwyd yn rannol", "Nodwyd" and "Yn aros am ymateb" are not checked
response-label = { $key ->
    [agreed] Derbyniwyd
    [partially-agreed] Derbyniwyd yn rhannol
    [not-agreed] Gwrthodwyd
    [noted] Nodwyd
   *[awaiting] Yn aros am ymateb
}
# check: phrase not checked
indicator-higher-better = Gorau po uchaf
# check: phrase not checked
indicator-lower-better = Gorau po isaf
# check: phrases not checked
indicator-status = { $key ->
    [on-target] Ar y targed
    [off-target] Oddi ar y targed
    [no-target] Dim targed
   *[no-figure] Dim ffigur
}
# check: mutations after numbers (2 ddiwrnod) follow the grammar books, not TermCymru
duration-days = { $count ->
    [zero] { $count } diwrnod
    [one] { $count } diwrnod
    [two] { $count } ddiwrnod
    [few] { $count } diwrnod
    [many] { $count } diwrnod
   *[other] { $count } o ddiwrnodau
}
# check: as duration-days
duration-months = { $count ->
    [zero] { $count } mis
    [one] { $count } mis
    [two] { $count } fis
    [few] { $count } mis
    [many] { $count } mis
   *[other] { $count } o fisoedd
}
# check: as duration-days
duration-years = { $count ->
    [zero] { $count } blynedd
    [one] { $count } flwyddyn
    [two] { $count } flynedd
    [few] { $count } blynedd
    [many] { $count } blynedd
   *[other] { $count } o flynyddoedd
}

## Dyddiadau: "31 Awst 2014", "Awst 2014"

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

## Y ffrydiau (feed.xml): testun plaen

# check: as feed-site-link
feed-site-title = Diweddariadau cynnydd: { $site }
# check: sentence not checked
feed-site-subtitle = Y diweddariadau cynnydd diweddaraf (dim mwy na { $count }) ar argymhellion adolygiadau craffu { $organisation }, y diweddaraf yn gyntaf. Mae pob diweddariad ar dudalennau diweddariadau'r wefan ac yn ei data agored (updates.csv).
# check: as feed-site-link
feed-review-title = Diweddariadau cynnydd: { $review }
# check: sentence not checked
feed-review-subtitle = Y diweddariadau cynnydd diweddaraf (dim mwy na { $count }) ar argymhellion { $review }, y diweddaraf yn gyntaf. Mae pob diweddariad ar dudalennau'r argymhellion ac yn nata agored yr adolygiad (updates.csv).
# check: as title-recommendation
feed-entry-title = Argymhelliad { $number }: { $title }
# check: as title-recommendation
feed-entry-title-status = Argymhelliad { $number }: { $title } ({ $status })
# check: phrase not checked
feed-entry-footer = { $review }, argymhelliad { $number }.

## Siart dangosydd (render::chart): testun plaen

# check: as indicator-target
chart-target = Targed { $value }
# check: as indicator-col-benchmark
chart-benchmark = Meincnod { $value }
# check: as indicator-col-benchmark
chart-benchmark-n = Meincnod { $n } { $value }
# check: sentence not checked
chart-desc-higher = Siart bar, un bar i bob cyfnod. Gorau po uchaf.
# check: sentence not checked
chart-desc-lower = Siart bar, un bar i bob cyfnod. Gorau po isaf.
# check: sentence not checked
chart-desc-value = { $period }: { $value }.
# check: sentence not checked
chart-desc-no-value = { $period }: dim ffigur.
# check: sentence not checked
chart-desc-target = Llinell y targed ar { $value }.
# check: sentence not checked
chart-desc-benchmark = Llinell meincnod ar { $value }: { $label }.

## Geiriau'r sgript chwilio (search.js): testun plaen

# check: sentence not checked
search-prompt = Teipiwch eiriau neu rif i chwilio.
# check: sentence not checked
search-none = Ni chafwyd hyd i argymhellion{ $what }. Rhowch gynnig ar lai o eiriau neu eiriau gwahanol.
# check: counted sentence not checked
search-found = { $count ->
    [zero] Ni chafwyd hyd i argymhellion{ $what }.
    [one] Cafwyd hyd i { $shown } argymhelliad{ $what }.
    [two] Cafwyd hyd i { $shown } argymhelliad{ $what }.
    [few] Cafwyd hyd i { $shown } argymhelliad{ $what }.
    [many] Cafwyd hyd i { $shown } argymhelliad{ $what }.
   *[other] Cafwyd hyd i { $shown } o argymhellion{ $what }.
}
# check: sentence not checked
search-more = Yn dangos y { $limit } cyntaf: ychwanegwch eiriau i gyfyngu ar y chwilio.
# check: phrase not checked
search-for = ar gyfer “{ $query }”
# check: phrase not checked
search-in-status = ({ $status })
# check: as rec-table-responsible
search-responsible = Cyfrifol: { $names }

## Colofnau'r data agored, ar y dudalen data (data::records): testun plaen

# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-review = Enw byr yr adolygiad, fel yn ei gyfeiriad gwe (er enghraifft tmo-scrutiny-2011).
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-review-title = Teitl yr adolygiad.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-number = Rhif yr argymhelliad fel y'i cyhoeddwyd. Unigryw o fewn ei adolygiad.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-title = Teitl byr: yr un a roddwyd, neu fel arall frawddeg gyntaf yr argymhelliad.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-theme = Y pennawd y mae'r argymhelliad wedi'i grwpio oddi tano yn ei adolygiad. Gwag pan nad oes un.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-recommendation = Yr hyn y gofynnodd yr adolygiad amdano ("dywedoch chi"), fel testun Markdown.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-response = Yr ymateb ffurfiol: agreed, partially-agreed, not-agreed, noted neu awaiting.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-response-text = Ymateb ysgrifenedig y landlord, fel testun Markdown. Gwag pan nad oes un wedi'i gofnodi.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-responsible = Pwy sy'n atebol. Yn JSON rhestr o enwau; yn CSV yr enwau wedi'u gwahanu gan "; ".
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-lead-officer = Y swyddog arweiniol, lle caiff ei enwi.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-deadline = Y terfyn amser a addawyd gyntaf: dyddiad (BBBB-MM-DD), "ongoing", neu wag (null) pan na phennwyd un.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-current-deadline = Y terfyn amser sydd mewn grym nawr: y terfyn amser diwygiedig diweddaraf, neu fel arall yr un cyntaf.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-status = Y statws, fel allwedd fer (er enghraifft on-going).
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-status-label = Y statws mewn geiriau, fel y'i dangosir ar y wefan.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-category = Y grŵp y mae'r statws yn perthyn iddo: not-started, in-progress, done neu closed.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-overdue = true pan oedd y terfyn amser presennol wedi mynd heibio ar y dyddiad yn as_of a'r gwaith heb ei wneud.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-days-overdue = Nifer y diwrnodau ers y terfyn amser presennol ar y dyddiad yn as_of; 0 pan nad yw'n hwyr.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-last-updated = Dyddiad y diweddariad cynnydd diweddaraf (BBBB-MM-DD), neu wag (null) pan nad oes un.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-not-updated = true pan fo'r gwaith yn dal ar agor a dim wedi'i gofnodi am fwy na therfyn y wefan, ar y dyddiad yn as_of.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-progress = Cyfran ei gamau gweithredu arfaethedig sydd wedi'u cwblhau, 0 i 100; gwag (null) pan nad oes ganddo gamau gweithredu â statws.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-url = Tudalen yr argymhelliad, o'i chymharu â hafan y wefan.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-slipped = true pan fo'r terfyn amser wedi'i ddiwygio o leiaf unwaith.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-resources = Yr adnoddau y mae'r ymateb yn eu hymrwymo, lle cânt eu cofnodi.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-outcome = Yr hyn a wnaed, fel testun Markdown, lle caiff ei gofnodi ar wahân i'r diweddariadau.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-as-of = Y dyddiad y barnwyd y colofnau hwyr a heb eu diweddaru arno (BBBB-MM-DD).
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-extension-requested = Y dyddiad y gofynnwyd am estyniad i'r terfyn amser, tra bo'n aros am gytundeb (BBBB-MM-DD); gwag (null) pan nad oes un yn aros. Hyd nes y cytunir arno, mae current_deadline yn aros fel yr oedd.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-extension-requested-to = Y terfyn amser y mae'r estyniad hwnnw'n gofyn amdano (BBBB-MM-DD); gwag (null) pan nad oes un yn aros.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-extension-reason = Pam y gofynnir am yr estyniad; gwag (null) pan nad oes un yn aros.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-column-closure-requested = Y dyddiad y gofynnodd y parti cyfrifol i'r argymhelliad gael ei gau, tra bo'n dal ar agor (BBBB-MM-DD); gwag (null) pan nad oes cais yn aros am benderfyniad.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-update-column-review = Enw byr yr adolygiad, fel yn ei gyfeiriad gwe.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-update-column-number = Rhif yr argymhelliad y mae'r diweddariad yn ymwneud ag ef.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-update-column-title = Teitl byr yr argymhelliad.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-update-column-date = Dyddiad y diweddariad (BBBB-MM-DD).
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-update-column-status = Y statws a gofnodwyd gyda'r diweddariad, fel allwedd fer. Gwag pan nad yw'r diweddariad yn rhoi un.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-update-column-status-label = Y statws hwnnw mewn geiriau.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-update-column-category = Y grŵp y mae'r statws hwnnw'n perthyn iddo: not-started, in-progress, done neu closed.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-update-column-text = Yr hyn a wnaed, fel testun Markdown.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-update-column-url = Tudalen yr argymhelliad, o'i chymharu â hafan y wefan.

## Yr hyn a ddywedir am ddangosydd (indicator::read): testun plaen

# check: phrase not checked
indicator-summary-no-target = { $value }, dim targed wedi'i bennu
# check: phrase not checked
indicator-summary = { $value }, targed { $target }: { $judgement }
# check: phrases not checked
indicator-judgement = { $key ->
    [on] ar y targed
    [below] islaw'r targed
   *[above] uwchlaw'r targed
}
# check: "pwynt" (point) stays singular after a number
indicator-points = { $amount } pwynt
# check: "i fyny" / "i lawr" for up / down
indicator-change = { $way ->
    [up] i fyny { $amount }
    [down] i lawr { $amount }
   *[none] dim newid
}
# check: sentence not checked
indicator-direction = { $verdict ->
    [better] { $change } ers { $since }, gwell
    [worse] { $change } ers { $since }, gwaeth
   *[same] dim newid ers { $since }
}
# check: phrase not checked
indicator-row-change = { $verdict ->
    [better] { $change }, gwell
    [worse] { $change }, gwaeth
   *[same] { $change }
}
# check: phrase not checked
indicator-benchmark-value = { $label }: { $value }
# check: phrase not checked
indicator-benchmark-same = yr un fath â { $label } ({ $value })
# check: sentence not checked
indicator-benchmark = { $side ->
    [above] { $difference } uwchlaw { $label } ({ $value }), { $verdict ->
        [better] gwell
       *[worse] gwaeth
    }
   *[below] { $difference } islaw { $label } ({ $value }), { $verdict ->
        [better] gwell
       *[worse] gwaeth
    }
}

## Rhannu a mewnosod: share and embed (embed-frame.html, embed.html, embed-review.html,
## share.html, share-html.html)

# check: as home-also ("Ffigurau fel yr oeddent ar")
embed-as-of = { $organisation }. Ffigurau fel yr oeddent ar <time datetime="{ $iso }">{ $date }</time>.
# check: as title-embed
embed-heading = { $site }: cynnydd yn gryno
# check: as title-embed
embed-site-kicker = Cynnydd yn gryno
# check: sentence not checked
embed-site-link = Gweld pob adolygiad a'r hyn a wnaed
# check: "adolygiad craffu" (scrutiny review)
embed-review-kicker = Cynnydd ar adolygiad craffu
# check: as progress-done; "dim un yn hwyr" (none overdue)
embed-review-progress = { $count ->
    [zero] Dim argymhellion eto.
    [one] { $done } o { $count } argymhelliad wedi'i gwblhau ({ $percent }%), dim un yn hwyr.
    [two] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), dim un yn hwyr.
    [few] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), dim un yn hwyr.
    [many] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), dim un yn hwyr.
   *[other] { $done } o { $count } o argymhellion wedi'u cwblhau ({ $percent }%), dim un yn hwyr.
}
# check: as progress-done-overdue
embed-review-progress-overdue = { $count ->
    [zero] Dim argymhellion eto.
    [one] { $done } o { $count } argymhelliad wedi'i gwblhau ({ $percent }%), <span class="alert">{ $overdue } yn hwyr</span>.
    [two] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), <span class="alert">{ $overdue } yn hwyr</span>.
    [few] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), <span class="alert">{ $overdue } yn hwyr</span>.
    [many] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), <span class="alert">{ $overdue } yn hwyr</span>.
   *[other] { $done } o { $count } o argymhellion wedi'u cwblhau ({ $percent }%), <span class="alert">{ $overdue } yn hwyr</span>.
}
# check: only the arguments and a colon
embed-part = { $label }: <b>{ $count }</b>
# check: "Cynllun gweithredu" (action plan) as card-updated
embed-review-link = Gweld y cynllun gweithredu a phob diweddariad
# check: "Dangos hwn ar eich gwefan" not checked
share-summary = Dangos hwn ar eich gwefan
# check: sentence not checked
share-lead-review = Gall gwefan eich cyngor neu eich grŵp ddangos cynnydd yr adolygiad hwn. Copïwch un o'r ddau ddarn hyn o god i'r dudalen, yng ngwedd HTML neu ffynhonnell y golygydd.
# check: sentence not checked
share-lead-site = Gall gwefan eich cyngor neu eich grŵp ddangos y ffigurau hyn. Copïwch un o'r ddau ddarn hyn o god i'r dudalen, yng ngwedd HTML neu ffynhonnell y golygydd.
# check: sentence not checked
share-no-base-url = Nid oes gan y wefan hon <code>base_url</code> yn <code>content/site.yaml</code>, felly mae'r cyfeiriadau yn y cod isod yn dechrau o hafan y wefan hon. Rhowch gyfeiriad gwe'r wefan o flaen pob un cyn ei ludo, neu gosodwch <code>base_url</code> ac adeiladu'r wefan eto.
# check: "blwch" (box) not checked
share-box-heading = Blwch sy'n aros yn gyfredol
# check: sentence not checked; "ffrâm" for iframe
share-box-text = Mae'r blwch yn { $height } picsel o uchder ac yn ffitio unrhyw led o 280 i { $width } picsel. Mae'n dangos y ffigurau fel yr oeddent pan adeiladwyd y wefan hon ddiwethaf, ac mae ei ddolenni'n agor y wefan hon. Mae rhai gwefannau'n tynnu blychau fel hyn (iframes): defnyddiwch yr HTML plaen isod yn lle hynny.
# check: as share-box-heading
share-box-label = Cod ar gyfer y blwch (iframe)
# check: "Copïo" (copy)
share-copy-box = Copïo'r cod ar gyfer y blwch
# check: "Wedi'i gopïo"
share-copied = Wedi'i gopïo
# check: "HTML plaen" not checked
share-html-heading = HTML plaen, ar gyfer golygyddion sy'n tynnu iframes
# check: sentence not checked
share-html-text = Penawdau, paragraffau, tabl a dolenni yn unig, y mae unrhyw olygydd yn eu cadw. Mae ei ffigurau fel yr oeddent ar { $date }: copïwch ef eto ar ôl y diweddariad nesaf.
# check: as share-html-heading
share-html-label = HTML plaen
# check: as share-copy-box
share-copy-html = Copïo'r HTML plaen
# check: sentence not checked
share-by-hand = Heb JavaScript, neu i gopïo â llaw: cliciwch mewn blwch, dewiswch ei holl destun (Ctrl+A, neu ⌘+A ar Mac) a'i gopïo (Ctrl+C, neu ⌘+C).
# check: "cynnydd" (progress)
share-html-review-heading = { $review }: cynnydd
# check: as progress-done-overdue
share-html-review-progress = { $count ->
    [zero] Dim argymhellion eto, fel yr oeddent ar { $date }.
    [one] { $done } o { $count } argymhelliad wedi'i gwblhau ({ $percent }%), { $overdue } yn hwyr, fel yr oeddent ar { $date }.
    [two] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), { $overdue } yn hwyr, fel yr oeddent ar { $date }.
    [few] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), { $overdue } yn hwyr, fel yr oeddent ar { $date }.
    [many] { $done } o { $count } argymhelliad wedi'u cwblhau ({ $percent }%), { $overdue } yn hwyr, fel yr oeddent ar { $date }.
   *[other] { $done } o { $count } o argymhellion wedi'u cwblhau ({ $percent }%), { $overdue } yn hwyr, fel yr oeddent ar { $date }.
}
# check: "Statws" (status) as the status tables
share-html-status = Statws
# check: "Argymhellion" (recommendations)
share-html-recommendations = Argymhellion
# check: as nav-overdue
share-html-overdue = Yn hwyr
# check: as embed-review-link
share-html-review-link = <a href="{ $url }">Gweld y cynllun gweithredu a phob diweddariad</a> ar { $site }.
# check: as home-also
share-html-as-of = Ffigurau fel yr oeddent ar { $date }.
# check: as embed-site-link
share-html-site-link = <a href="{ $url }">Gweld pob adolygiad a'r hyn a wnaed</a> ar { $site }.

## Mesurau Boddhad Tenantiaid (tsm.html, tsm-measure.html a'u rhannau)
# The Tenant Satisfaction Measures are the Regulator of Social Housing's (England); no Welsh body
# publishes these terms, so every message here is marked for a translator to check. The measures'
# own names stay in English, as the regulator publishes them (src/tsm/catalogue.yaml).

# check: "Mesurau boddhad" for "satisfaction measures" is not from TermCymru
nav-tsm = Mesurau boddhad
# check: "Mesurau Boddhad Tenantiaid" is not from TermCymru
title-tsm = Mesurau Boddhad Tenantiaid
# check: as above
title-tsm-year = Mesurau Boddhad Tenantiaid { $year }
# check: as above
home-tsm = Mesurau Boddhad Tenantiaid
# check: the whole sentence
home-tsm-link = <a href="{ $root }tsm/index.html">Y 22 Mesur Boddhad Tenantiaid</a>: sut mae tenantiaid yn barnu gwasanaethau'r landlord, a sut mae'n cadw cartrefi'n ddiogel, mewn cyflwr da ac yn weddus, yn delio â chwynion ac yn mynd i'r afael ag ymddygiad gwrthgymdeithasol, flwyddyn wrth flwyddyn.
# check: as above
rec-tsm = Mesurau Boddhad Tenantiaid
# check: the whole sentence
rec-tsm-intro = Y mesurau sy'n dangos sut mae'r gwasanaethau y mae'r argymhelliad hwn yn ymwneud â nhw yn gwneud.
# check: as above
data-tsm-heading = Mesurau Boddhad Tenantiaid: tsm.csv
# check: the whole paragraph
data-tsm-intro = Mae <a href="{ $root }data/tsm.csv" download>tsm.csv</a> yn cynnwys pob ffigur o'r <a href="{ $root }tsm/index.html">Mesurau Boddhad Tenantiaid</a>, un rhes i bob blwyddyn, mesur, rhan a deiliadaeth: y flwyddyn hynaf yn gyntaf, a'r mesurau yn nhrefn y rheoleiddiwr. Does dim rhes i fesur nad yw'n berthnasol neu heb ei nodi eto.
# check: as above
tsm-heading = Mesurau Boddhad Tenantiaid { $year }
# check: "Rheoleiddiwr Tai Cymdeithasol" for the Regulator of Social Housing
tsm-lead = Y 22 mesur y mae'r Rheoleiddiwr Tai Cymdeithasol yn gofyn i bob landlord yn Lloegr eu cyhoeddi bob blwyddyn: 12 o arolwg o denantiaid, 10 o gofnodion y landlord ei hun.
# check: the whole sentence
tsm-latest = Dyma'r ffigurau ar gyfer { $year }, y flwyddyn ddiweddaraf a gyhoeddwyd yma. Mae <a href="{ $url }">tudalen y flwyddyn hon</a> yn eu cadw pan ychwanegir blwyddyn newydd.
# check: "blwyddyn adrodd" for reporting year
tsm-reporting-year = Blwyddyn adrodd
# check: as above
tsm-homes-reported-on = Y cartrefi yr adroddir arnynt
# check: as above
tsm-number-of-homes = Nifer y cartrefi
# check: as above
tsm-compared-with = O'i gymharu â
# check: as above
tsm-the-year-before = { $year }, y flwyddyn cynt
# check: as above
tsm-no-earlier-year = Does dim blwyddyn gynharach wedi'i chyhoeddi yma
# check: as above
tsm-source = O ble daw'r ffigurau
# check: as above
tsm-source-not-recorded = Heb ei gofnodi
# check: the plural forms
tsm-not-entered-summary = <strong>Heb eu nodi eto:</strong> { $count ->
    [zero] Does gan ddim un o'r 22 mesur ({ $codes }) ffigurau ar y wefan hon eto.
    [one] Does gan { $count } o'r 22 mesur ({ $codes }) ddim ffigurau ar y wefan hon eto.
   *[other] Does gan { $count } o'r 22 mesur ({ $codes }) ddim ffigurau ar y wefan hon eto.
}
# check: the whole sentence
tsm-neither-note = Ar gyfer { $codes } nid yw ffigur uwch yn well nac yn waeth: gall mwy olygu bod mwy yn cael ei adrodd a'i gofnodi. Dywedir bod y newid yn uwch neu'n is.
# check: as above
tsm-group-caption = Mesurau { $group }, { $year }
# check: as above
tsm-group-caption-compared = Mesurau { $group }, { $year }, gyda { $previous } a'r newid
# check: as above
tsm-col-measure = Mesur
# check: as above
tsm-not-reported = Heb ei adrodd
# check: "Amherthnasol" for not applicable
tsm-not-applicable = <strong>Amherthnasol:</strong> { $reason }
# check: as above
tsm-not-entered = Heb ei nodi eto
# check: "amserlenni targed" for target timescales
tsm-timescales = Amserlenni targed
# check: the whole sentence; "Cod Ymdrin â Chwynion" for the Complaint Handling Code
tsm-timescales-intro = Y targedau y mesurir RP02 (atgyweiriadau, rhai'r landlord ei hun) a CH02 (cwynion, Cod Ymdrin â Chwynion yr Ombwdsmon Tai) yn eu herbyn.
# check: as above
tsm-no-timescales = Does dim amserlenni targed wedi'u cyhoeddi ar gyfer { $year }: does gan RP02 a CH02 ddim ffigurau eto.
# check: "Meincnodau" for benchmarks
tsm-benchmarks = Meincnodau
# check: as above
tsm-benchmark-caption = Meincnod: { $label }
# check: as above
tsm-benchmark-source = (ffynhonnell: <a href="{ $url }">{ $title }</a>)
# check: as above
tsm-col-for = Ar gyfer
# check: as above
tsm-col-benchmark = Meincnod
# check: as above
tsm-col-figure-is = Mae'r ffigur ar gyfer { $year }
# check: as above
tsm-no-figure-to-compare = Dim ffigur i'w gymharu
# check: as above
tsm-no-benchmarks = Does dim meincnodau ar gyfer { $year }.
# check: as above
tsm-survey = Sut y cynhaliwyd yr arolwg o denantiaid
# check: the whole sentence
tsm-survey-intro = Y crynodeb o'r dull y mae'r rheoleiddiwr yn gofyn amdano gyda'r mesurau canfyddiad tenantiaid (eitemau a i k).
# check: as above
tsm-survey-not-entered = Nid yw'r crynodeb o sut y cynhaliwyd yr arolwg wedi'i gyhoeddi ar y wefan hon eto.
# check: as above
tsm-survey-none = Does gan ddim un mesur canfyddiad tenantiaid ffigurau ar gyfer { $year }, felly does dim arolwg i'w ddisgrifio.
# check: as above
tsm-every-year = Pob blwyddyn
# check: as above
tsm-this-page = { $year } (y dudalen hon)
# check: as above
tsm-made-from = Mae tudalen pob mesur yn ei ddangos ar siart dros y blynyddoedd. Gwnaed y dudalen hon o { $file }.
# check: as above
tsm-measure-group = Grŵp
# check: as above
tsm-measure-counted-as = Wedi'i gyfrif fel
# check: as above
tsm-measure-higher-or-lower = Uwch neu is
# check: as above
tsm-measure-reported-for = Adroddir ar gyfer
# check: as above
tsm-measure-chart-title = { $code }, { $column }: ffigurau fesul blwyddyn
# check: as above
tsm-col-year = Blwyddyn
# check: as above
tsm-since-year-before = Ers y flwyddyn cynt
# check: as above
tsm-measure-benchmarks = Meincnodau ar gyfer { $code }
# check: as above
tsm-col-landlord-figure-is = Mae ffigur y landlord hwn
# check: as above
tsm-measure-related-intro = Yr argymhellion y mae'r mesur hwn yn helpu i'w dilyn.
# check: as above
tsm-measure-not-linked = Nid yw'r mesur hwn wedi'i gysylltu ag unrhyw argymhelliad.
# check: as above
tsm-all = Pob Mesur Boddhad Tenantiaid
# check: "rhentu cost isel" for low-cost rental
tsm-tenure-lcra = Rhentu cost isel (LCRA)
# check: "perchentyaeth cost isel" for low-cost home ownership
tsm-tenure-lcho = Perchentyaeth cost isel (LCHO)
# check: as above
tsm-higher-better = Mae uwch yn well
# check: as above
tsm-higher-worse = Mae is yn well
# check: as above
tsm-higher-neither = Nid yw uwch yn well nac yn waeth: gall mwy olygu bod mwy yn cael ei adrodd a'i gofnodi
# check: as above
tsm-unit-percent = canran
# check: as above
tsm-unit-per-1000-homes = nifer fesul 1,000 o gartrefi
# check: as above
tsm-missing-not-applicable = Amherthnasol: { $reason }
# check: as above
tsm-missing-not-entered = Heb ei nodi eto
# check: as above
tsm-missing-no-figure = Dim ffigur ar gyfer y flwyddyn hon
# check: "canfyddiad tenantiaid" for tenant perception
tsm-group-tenant-perception = Canfyddiad tenantiaid
# check: as above
tsm-group-building-safety = Diogelwch adeiladau
# check: as above
tsm-group-complaints = Cwynion
# check: "ymddygiad gwrthgymdeithasol" for anti-social behaviour
tsm-group-anti-social-behaviour = Ymddygiad gwrthgymdeithasol
# check: as above
tsm-group-repairs-and-decency = Atgyweiriadau a safon cartrefi
# check: as above
tsm-part-stage1 = Cam 1
# check: as above
tsm-part-stage2 = Cam 2
# check: as above
tsm-part-all = Pob achos
# check: "digwyddiadau casineb" for hate incidents
tsm-part-hate = Yn ymwneud â digwyddiadau casineb
# check: as above
tsm-part-emergency = Atgyweiriadau brys
# check: as above
tsm-part-non-emergency = Atgyweiriadau nad ydynt yn rhai brys
# check: "uwch"/"is" for higher/lower and "gwell"/"gwaeth" for better/worse
tsm-row-change = { $way ->
    [up] { $verdict ->
        [better] { $change }, gwell
        [worse] { $change }, gwaeth
       *[none] { $change }, uwch
    }
    [down] { $verdict ->
        [better] { $change }, gwell
        [worse] { $change }, gwaeth
       *[none] { $change }, is
    }
   *[none] { $change }
}
# check: "uwchlaw"/"islaw" for above/below
tsm-against = { $side ->
    [above] { $verdict ->
        [better] { $difference } uwchlaw, gwell
        [worse] { $difference } uwchlaw, gwaeth
       *[none] { $difference } uwchlaw
    }
    [below] { $verdict ->
        [better] { $difference } islaw, gwell
        [worse] { $difference } islaw, gwaeth
       *[none] { $difference } islaw
    }
   *[same] yr un peth
}
# check: as the other chart descriptions
tsm-chart-desc-neither = Siart bar, un bar i bob cyfnod. Nid yw uwch yn well nac yn waeth.
# check: the open data column descriptions below
data-tsm-column-year = Y flwyddyn adrodd, er enghraifft 2024/25.
# check: as above
data-tsm-column-code = Cod y mesur, TP01 i RP02.
# check: as above
data-tsm-column-name = Enw'r mesur, fel y mae'r Rheoleiddiwr Tai Cymdeithasol yn ei gyhoeddi (yn Saesneg).
# check: as above
data-tsm-column-part = Ar gyfer mesur mewn dwy ran, pa ran: stage1 neu stage2 (CH01, CH02), all neu hate (NM01), emergency neu non_emergency (RP02); gwag fel arall.
# check: as above
data-tsm-column-tenure = lcra (rhentu cost isel) neu lcho (perchentyaeth cost isel); ar gyfer mesur mewn dwy ran, y deiliadaethau y mae ei ffigur yn eu cynnwys, er enghraifft lcra+lcho.
# check: as above
data-tsm-column-value = Y ffigur, gyda'r degolion a gyhoeddwyd.
# check: as above
data-tsm-column-unit = percent, neu per-1000-homes (CH01 ac NM01).
## Adroddiadau i'r pwyllgor (reports.html, report.html, latest-report.html, a'r ddogfen Word)

# check: "Adroddiadau i'r pwyllgor" (reports to committee)
title-reports = Adroddiadau i'r pwyllgor
# check: the whole sentence
reports-intro = Mae pob adroddiad yn dweud wrth y pwyllgor beth newidiodd yn ei gyfnod: beth a gwblhawyd, beth aeth yn hwyr, pa derfynau amser a symudodd a phwy sydd heb anfon diweddariad. Daw pob ffigur o'r diweddariadau dyddiedig, felly mae adroddiad yn darllen yr un fath pryd bynnag y caiff ei adeiladu.
# check: "i" between two dates for "to"
reports-card = { $committee } · <time datetime="{ $from_iso }">{ $from }</time> i <time datetime="{ $to_iso }">{ $to }</time>
# check: "cyfarfod ar" (meeting of)
reports-card-meeting = · cyfarfod ar <time datetime="{ $iso }">{ $date }</time>
# check:
reports-none = Nid oes adroddiadau wedi'u hysgrifennu eto.
# check: "Yr adroddiad diweddaraf i'r pwyllgor"
latest-report = Yr adroddiad diweddaraf i'r pwyllgor: <a href="{ $url }">{ $title }</a>, { $committee }, <time datetime="{ $from_iso }">{ $from }</time> i <time datetime="{ $to_iso }">{ $to }</time>
# check:
latest-report-meeting = (cyfarfod ar <time datetime="{ $iso }">{ $date }</time>)
# check:
latest-report-all = Pob adroddiad
# check: "Adroddiad i" (report to)
report-to = Adroddiad i { $committee }
# check:
report-to-meeting = Adroddiad i { $committee }, cyfarfod ar <time datetime="{ $iso }">{ $date }</time>
# check: "At" (to, of a letter or paper)
report-field-to = At
# check:
report-field-meeting = Cyfarfod
# check: "Cyfnod dan sylw" (period covered)
report-field-period = Cyfnod dan sylw
# check:
report-period = <time datetime="{ $from_iso }">{ $from }</time> i <time datetime="{ $to_iso }">{ $to }</time>
# check: "Adolygiadau" (reviews), as nav-reviews
report-field-reviews = Adolygiadau
# check: "Oddi wrth" (from)
report-field-from = Oddi wrth
# check:
report-field-online = Ar-lein
# check:
report-docx-link = Yr adroddiad hwn fel dogfen Word
# check:
report-csv-link = Y newidiadau fel data agored (CSV)
# check: the whole paragraph; "heb ei gofnodi" for "not recorded"
report-method = Daw pob ffigur o'r diweddariadau dyddiedig yn y cynlluniau gweithredu. Y statws ar ddiwrnod yw statws y diweddariad diweddaraf ar y diwrnod hwnnw neu cyn hynny sy'n rhoi un; lle nad oes diweddariad yn rhoi un, mae'r adroddiad yn dweud "heb ei gofnodi" yn hytrach na dyfalu. Mae "ar y dechrau" yn golygu ar ddiwedd y diwrnod cyn i'r cyfnod ddechrau.
# check: "Prif ffigurau" (headline figures)
report-headline = Prif ffigurau
# check:
report-headline-caption = Argymhellion yn ôl statws ar ddechrau ac ar ddiwedd y cyfnod
# check: "Wedi'i gau" (closed), "Heb ei gofnodi" (not recorded), "Pob argymhelliad", "Yn hwyr" (overdue, as nav-overdue)
report-headline-row = { $key ->
    [not-started] Heb ddechrau
    [in-progress] Ar y gweill
    [done] Wedi'i gwblhau
    [closed] Wedi'i gau
    [not-recorded] Heb ei gofnodi
    [total] Pob argymhelliad
   *[overdue] Yn hwyr
}
# check:
report-col-status = Statws
# check:
report-col-start = Ar y dechrau
# check:
report-col-end = Ar y diwedd
# check:
report-col-change = Newid
# check: "Argymhelliad" (recommendation)
report-col-recommendation = Argymhelliad
# check:
report-col-responsible = Cyfrifol
# check: "Terfyn amser" (deadline)
report-col-deadline = Terfyn amser
# check:
report-col-status-end = Statws ar y diwedd
# check:
report-col-update-says = Y diweddariad sy'n dweud hynny
# check:
report-col-original = Terfyn amser gwreiddiol
# check:
report-col-new = Terfyn amser newydd
# check:
report-col-reason = Rheswm
# check:
report-col-agreed = Cytunwyd
# check: "mewn grym" (in force)
report-col-in-force = Terfyn amser mewn grym
# check:
report-col-asked-for = Terfyn amser y gofynnwyd amdano
# check:
report-col-asked-on = Gofynnwyd ar
# check:
report-col-date = Dyddiad
# check:
report-col-status-given = Statws a roddwyd
# check: "Diweddariad" (update)
report-col-update = Diweddariad
# check:
report-col-review = Adolygiad
# check: "Wedi'u cwblhau neu eu cau" (completed or closed)
report-completed = Wedi'u cwblhau neu eu cau yn y cyfnod ({ $count })
# check:
report-completed-caption = Wedi'u cwblhau neu eu cau yn y cyfnod
# check:
report-completed-intro = Wedi'u cwblhau neu eu cau ar ddiwedd y cyfnod ond nid ar ei ddechrau, gyda'r diweddariad sy'n dweud hynny (yn llawn o dan Diweddariadau yn y cyfnod).
# check: "Yn hwyr o'r newydd" (newly overdue)
report-newly-overdue = Yn hwyr o'r newydd ({ $count })
# check:
report-newly-overdue-caption = Yn hwyr o'r newydd
# check:
report-newly-overdue-intro = Daeth y terfyn amser mewn grym o fewn y cyfnod, ac nid oes dim yn cofnodi bod y gwaith wedi'i wneud na'i gau erbyn ei ddiwedd.
# check: "a ddiwygiwyd" (revised)
report-revised = Terfynau amser a ddiwygiwyd yn y cyfnod ({ $count })
# check:
report-revised-caption = Terfynau amser a ddiwygiwyd yn y cyfnod
# check:
report-requests = Yn aros am benderfyniad y pwyllgor
# check: "Ceisiadau am estyniad" (extension requests)
report-extensions = Ceisiadau am estyniad ({ $count })
# check:
report-extensions-caption = Ceisiadau am estyniad sy'n aros am benderfyniad
# check: "Ceisiadau i gau" (closure requests)
report-closures = Ceisiadau i gau ({ $count })
# check:
report-closures-caption = Ceisiadau i gau sy'n aros am benderfyniad
# check:
report-updates = Diweddariadau yn y cyfnod ({ $count })
# check: "yn ôl thema" (by theme)
report-updates-caption = Diweddariadau yn y cyfnod: { $review }, yn ôl thema
# check:
report-updates-region = Diweddariadau: { $review }
# check:
report-no-theme = Argymhellion heb thema
# check:
report-no-status-given = Dim wedi'i roi
# check:
report-chase = Dim diweddariad yn y cyfnod ({ $count })
# check: "y rhestr i fynd ar ei hôl" (the list to chase)
report-chase-intro = Heb eu cwblhau na'u cau ar ddiwedd y cyfnod, heb ddiweddariad wedi'i ddyddio ynddo, yn ôl pwy sy'n gyfrifol: y rhestr i fynd ar ei hôl.
# check:
report-chase-region = Dim diweddariad: { $party }
# check: "I'w cwblhau yn y cyfnod nesaf" (due in the next period)
report-due-next = I'w cwblhau yn y cyfnod nesaf ({ $count })
# check:
report-due-next-caption = I'w cwblhau yn y cyfnod nesaf
# check:
report-due-next-intro = Heb eu cwblhau na'u cau, gyda therfyn amser mewn grym o <time datetime="{ $from_iso }">{ $from }</time> i <time datetime="{ $to_iso }">{ $to }</time>.
# check: "heb ganlyniad wedi'i gofnodi" (without a recorded outcome)
report-without-outcome = Wedi'u cau heb ganlyniad wedi'i gofnodi ({ $count })
# check:
report-without-outcome-caption = Wedi'u cau heb ganlyniad wedi'i gofnodi
# check:
report-without-outcome-intro = Wedi'u nodi fel wedi'u cwblhau neu eu cau, ond nid oes diweddariad na chanlyniad yn dweud beth a wnaed, na pham lai.
# check:
report-none = Dim.
# check: "Heb ei gofnodi" (not recorded)
report-not-recorded = Heb ei gofnodi
# check:
report-no-date = Dim
# check:
report-docx-to-meeting = Adroddiad i { $committee }, cyfarfod ar { $date }
# check:
report-docx-period = { $from } i { $to }
# check:
report-docx-due-next-intro = Heb eu cwblhau na'u cau, gyda therfyn amser mewn grym o { $from } i { $to }.
# check: "tudalen" (page)
report-docx-page = { $title }: tudalen

## Bywyd adolygiad: y rhaglen waith (programme.html), camau adolygiad a'i effaith, y cam a'r
## sgôr ar restrau o adolygiadau, yr ymatebion hwyr ar yr hafan, data agored yr adolygiadau

# check: "Rhaglen waith" is the usual name of a scrutiny committee's work programme on Welsh council sites; not checked in TermCymru
nav-programme = Rhaglen waith
# check: not checked
life-stage-heading = Cam yr adolygiad
# check: not checked
life-stage-now = Y cam nawr:
# check: not checked
life-since = ers <time datetime="{ $iso }">{ $date }</time>
# check: not checked
life-stage-inferred = (Wedi'i gyfrifo o ddyddiadau ac argymhellion yr adolygiad: nid yw'r adolygiad yn nodi ei gam.)
# check: not checked
life-programme-link = Gweld y rhaglen waith gyfan
# check: not checked
life-steps-label = Camau'r adolygiad hwn, mewn trefn
# check: not checked
step-from = o <time datetime="{ $iso }">{ $date }</time>
# check: not checked
step-expected = disgwylir erbyn <time datetime="{ $iso }">{ $date }</time>
# check: not checked
step-reason = Rheswm: { $reason }
# check: not checked
life-report-expected = Disgwylir yr adroddiad erbyn <time datetime="{ $iso }">{ $date }</time>.
# check: not checked; "asesiad effaith" (impact assessment) is in wide use
life-ready-for-impact = Mae pob argymhelliad wedi'i wneud neu ar gau: mae'r adolygiad hwn yn barod am asesiad effaith, i ofyn a newidiodd unrhyw beth i breswylwyr.
# check: not checked
life-origin = <strong>Pam yr adolygiad hwn:</strong> { $origin }
# check: not checked
life-scope-heading = Cwmpas yr adolygiad
# check: "ymateb ffurfiol" (formal response) not checked
response-given = Rhoddwyd yr ymateb ffurfiol ar <time datetime="{ $iso }">{ $date }</time>.
# check: as response-given
response-given-in-time = Rhoddwyd yr ymateb ffurfiol ar <time datetime="{ $iso }">{ $date }</time>, mewn pryd.
# check: as response-given
response-given-late = Rhoddwyd yr ymateb ffurfiol ar <time datetime="{ $iso }">{ $date }</time>, <strong>{ $late } ar ôl y dyddiad dyledus</strong> (<time datetime="{ $due_iso }">{ $due }</time>).
# check: not checked
response-late-tag = Ymateb yn hwyr: { $duration }
# check: not checked
response-late = Roedd yr ymateb ffurfiol yn ddyledus erbyn <time datetime="{ $iso }">{ $date }</time> ac nid yw wedi'i gofnodi.
# check: not checked
response-due = Mae'r ymateb ffurfiol yn ddyledus erbyn <time datetime="{ $iso }">{ $date }</time>.
# check: not checked
impact-heading = A wnaeth wahaniaeth?
# check: not checked
impact-assessment = Asesiad effaith:
# check: not checked
impact-assessed-on = Aseswyd ar <time datetime="{ $iso }">{ $date }</time>.
# check: not checked
impact-assessed-on-by = Aseswyd ar <time datetime="{ $iso }">{ $date }</time> gan { $by }.
# check: after a number the noun stays singular, as in home-figure-recommendations
home-figure-late = { $count ->
    [zero] ymateb hwyr
    [one] ymateb hwyr
    [two] ymateb hwyr
    [few] ymateb hwyr
    [many] ymateb hwyr
   *[other] o ymatebion hwyr
}
# check: not checked
card-stage = Cam:
# check: not checked
card-impact = Effaith:
# check: as nav-programme
programme-heading = Rhaglen waith
# check: not checked
programme-lead = Beth mae'r panel yn edrych arno nawr, beth mae wedi adrodd arno, a atebodd y landlord mewn pryd, ac a wnaeth pob adolygiad wahaniaeth.
# check: not checked
programme-intro = Mae ymateb ffurfiol y landlord i adroddiad yn ddyledus ddau fis ar ôl cyhoeddi'r adroddiad, oni chytunwyd ar ddyddiad arall.
# check: not checked
programme-late = { $count ->
    [zero] <strong>Mae { $count } ymateb yn hwyr.</strong>
    [one] <strong>Mae { $count } ymateb yn hwyr.</strong>
    [two] <strong>Mae { $count } ymateb yn hwyr.</strong>
    [few] <strong>Mae { $count } ymateb yn hwyr.</strong>
    [many] <strong>Mae { $count } ymateb yn hwyr.</strong>
   *[other] <strong>Mae { $count } o ymatebion yn hwyr.</strong>
}
# check: not checked
programme-as-of = Barnwyd y dyddiadau ar { $as_of }.
# check: not checked
programme-parts = Rhannau'r rhaglen
# check: not checked
programme-proposed = Arfaethedig
# check: not checked
programme-under-way = Ar y gweill
# check: not checked
programme-awaiting = Yn aros am yr ymateb
# check: not checked
programme-monitoring = Monitro
# check: not checked
programme-assessed = Effaith wedi'i hasesu
# check: not checked
programme-closed = Ar gau
# check: not checked
programme-withdrawn = Wedi'u tynnu'n ôl
# check: not checked
programme-proposed-intro = Adolygiadau a ddewiswyd ar gyfer y rhaglen nad ydynt wedi dechrau.
# check: not checked
programme-proposed-none = Nid oes adolygiad arfaethedig ar hyn o bryd.
# check: not checked
programme-under-way-intro = Adolygiadau sy'n cael eu cwmpasu, yn casglu tystiolaeth neu'n ysgrifennu eu hadroddiad, yr adroddiad cyntaf i'w ddisgwyl yn gyntaf.
# check: not checked
programme-under-way-none = Nid oes adolygiad ar y gweill ar hyn o bryd.
# check: not checked
programme-awaiting-intro = Adroddiadau a gyhoeddwyd sy'n aros am ymateb ffurfiol y landlord, y rhai hwyr yn gyntaf.
# check: not checked
programme-awaiting-none = Nid oes adroddiad yn aros am ei ymateb.
# check: not checked
programme-monitoring-intro = Mae'r ymateb wedi'i roi ac mae'r panel yn dilyn yr argymhellion a dderbyniwyd.
# check: not checked
programme-monitoring-none = Nid oes adolygiad yn cael ei fonitro ar hyn o bryd.
# check: not checked
programme-assessed-intro = Adolygiadau y mae'r panel wedi edrych yn ôl arnynt, i ofyn a newidiwyd unrhyw beth i breswylwyr, yr asesiad diweddaraf yn gyntaf.
# check: not checked
programme-assessed-none = Nid oes effaith unrhyw adolygiad wedi'i hasesu eto.
# check: not checked
programme-closed-intro = Adolygiadau na chânt eu dilyn mwyach, a gaewyd heb asesiad effaith.
# check: not checked
programme-withdrawn-intro = Adolygiadau a ataliwyd cyn eu gorffen; mae tudalen pob adolygiad yn dweud pam.
# check: not checked
programme-report-expected = Disgwylir yr adroddiad erbyn <time datetime="{ $iso }">{ $date }</time>.
# check: not checked
programme-no-report-date = Nid oes dyddiad wedi'i bennu ar gyfer yr adroddiad eto.
# check: not checked
programme-published = Cyhoeddwyd yr adroddiad <time datetime="{ $iso }">{ $date }</time>.
# check: not checked
programme-ready-for-impact = Yn barod am asesiad effaith
# check: not checked
programme-assessed-on = aseswyd ar <time datetime="{ $iso }">{ $date }</time>
# check: not checked
data-reviews-heading = Adolygiadau: reviews.csv a reviews.json
# check: not checked
data-reviews-intro = Un rhes i bob adolygiad, gyda cham ei fywyd, dyddiadau ei adroddiad a'i ymateb, a yw'r ymateb yn hwyr, a'r hyn a ganfu'r asesiad effaith.
# check: not checked
data-reviews-csv = <a href="{ $root }data/reviews.csv" download>reviews.csv</a>: un rhes i bob adolygiad, yn nhrefn eu cyfeiriadau gwe.
# check: not checked
data-reviews-json = <a href="{ $root }data/reviews.json">reviews.json</a>: yr un peth, fel arae JSON gydag un gwrthrych i bob adolygiad, gyda'r allweddi isod; mae gwerthoedd gwag yn <code>null</code>.
# check: not checked
data-review-columns = Colofnau reviews.csv ac allweddi reviews.json

## Bywyd adolygiad, geiriau'r rhaglen (index::routes, render::life): testun plaen

# check: as nav-programme
title-programme = Rhaglen waith
# check: none of these stage names is checked in TermCymru ("Monitro" and "Cwmpasu" are in common use)
stage-label = { $key ->
    [proposed] Arfaethedig
    [scoping] Cwmpasu
    [evidence] Casglu tystiolaeth
    [reporting] Ysgrifennu'r adroddiad
    [awaiting-response] Yn aros am yr ymateb
    [monitoring] Monitro
    [impact-assessed] Effaith wedi'i hasesu
    [closed] Ar gau
   *[withdrawn] Wedi'i dynnu'n ôl
}
# check: not checked
step-state-label = { $key ->
    [done] Wedi'i wneud
    [current] Y cam presennol
    [to-come] I ddod
   *[skipped] Heb ei wneud
}
# check: not checked
rating-label = { $key ->
    [significant] Effaith sylweddol
    [some] Peth effaith
    [little] Ychydig o effaith
    [none] Dim effaith
   *[too-early] Rhy gynnar i ddweud
}

## Colofnau reviews.csv, ar y dudalen ddata (data::reviews): testun plaen

# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-review = Enw byr yr adolygiad, fel yn ei gyfeiriad gwe (er enghraifft tmo-scrutiny-2011).
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-title = Teitl yr adolygiad.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-body = Y panel neu'r pwyllgor a gynhaliodd yr adolygiad, lle caiff ei enwi.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-stage = Ble mae'r adolygiad yn ei fywyd: proposed, scoping, evidence, reporting, awaiting-response, monitoring, impact-assessed, closed neu withdrawn.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-stage-label = Y cam mewn geiriau (yn Saesneg).
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-stage-stated = true pan fydd y cynnwys yn nodi'r cam; false pan gyfrifodd y wefan ef (monitoring i adolygiad a gyhoeddwyd gydag argymhellion neu ymateb, awaiting-response i un a gyhoeddwyd hebddynt, reporting cyn hynny).
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-stage-since = Pryd y dechreuodd y cam presennol (BBBB-MM-DD), lle mae'n hysbys.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-origin = Pam y dewiswyd yr adolygiad, lle dywedir.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-expected = Pryd y disgwylir yr adroddiad (BBBB-MM-DD), i adolygiad nad yw wedi adrodd eto.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-published = Dyddiad yr adroddiad (BBBB-MM-DD).
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-response-due = Pryd mae'r ymateb ffurfiol yn ddyledus (BBBB-MM-DD): dau fis ar ôl published, oni bai bod yr adolygiad yn rhoi dyddiad arall.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-response-date = Pryd y rhoddwyd yr ymateb ffurfiol (BBBB-MM-DD), lle caiff ei gofnodi.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-response-late = true pan oedd yr adolygiad yn aros am ei ymateb ar ôl y dyddiad dyledus, ar y dyddiad yn as_of.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-days-late = Diwrnodau ers dyddiad dyledus yr ymateb ar y dyddiad yn as_of; 0 pan nad yw'n hwyr.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-recommendations = Faint o argymhellion a wnaeth yr adolygiad.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-done = Faint ohonynt sydd wedi'u gwneud (y categori done).
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-ready-for-impact = true pan fydd yr adolygiad yn cael ei fonitro a phob argymhelliad wedi'i wneud neu ar gau: amser am asesiad effaith.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-impact-date = Pryd y gwnaed yr asesiad effaith (BBBB-MM-DD), lle mae un.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-impact-by = Pwy a wnaeth yr asesiad effaith, lle caiff ei enwi.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-impact-rating = Beth a ganfu'r asesiad effaith: significant, some, little, none neu too-early.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-impact-rating-label = Y sgôr honno mewn geiriau (yn Saesneg).
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-url = Tudalen yr adolygiad, o'i chymharu â hafan y wefan.
# check: sentence not checked; the keys and values in it stay in English, as in the files
data-review-column-as-of = Y dyddiad y barnwyd response_late, days_late a ready_for_impact arno (BBBB-MM-DD).

# check: as reports headings, sentence not checked
data-reports-heading = Adroddiadau i bwyllgor: changes.csv
# check: sentence not checked
data-reports-intro = Mae gan bob adroddiad monitro i bwyllgor ei ganfyddiadau fel ffeil CSV, un rhes ar gyfer pob argymhelliad ym mhob adran o'r adroddiad, a'r adroddiad fel dogfen Word ar gyfer papurau'r pwyllgor.
# check: "Adroddiad" (report)
data-col-report = Adroddiad
# check: "canfyddiadau" (findings)
data-col-changes = Ei ganfyddiadau
# check: phrase not checked
data-col-docx = Dogfen Word
# check: phrase not checked
data-report-changes-hidden = <span class="visually-hidden">: canfyddiadau { $title }</span>
# check: phrase not checked
data-report-docx-hidden = <span class="visually-hidden">: { $title } fel dogfen Word</span>
# check: as data-update-columns
data-report-columns = Colofnau changes.csv
# check: sentence not checked
data-report-column-report = Enw byr yr adroddiad, fel yn ei gyfeiriad gwe.
# check: sentence not checked; the keys stay in English
data-report-column-section = Yr adran o'r adroddiad y mae'r rhes ynddi: completed, newly-overdue, deadline-revised, updated, no-update, extension-requested, closure-requested, due-next-period neu closed-without-outcome. Mae argymhelliad mewn cymaint o resi ag o adrannau.
# check: as data-review-column-review
data-report-column-review = Enw byr yr adolygiad, fel yn ei gyfeiriad gwe.
# check: sentence not checked
data-report-column-number = Rhif yr argymhelliad fel y'i cyhoeddwyd.
# check: sentence not checked
data-report-column-title = Teitl yr argymhelliad, neu ei frawddeg gyntaf.
# check: sentence not checked
data-report-column-responsible = Pwy sy'n atebol, a'r enwau wedi'u gwahanu gan "; ".
# check: sentence not checked
data-report-column-status-start = Allwedd ei statws ar ddechrau'r cyfnod (diwedd y diwrnod cyn hynny), neu not-recorded pan nad oes diweddariad erbyn hynny yn rhoi statws.
# check: sentence not checked
data-report-column-status-end = Allwedd ei statws ar ddiwedd y cyfnod, neu not-recorded.
# check: sentence not checked
data-report-column-date = Y dyddiad sy'n bwysig i'r adran (BBBB-MM-DD): y diweddariad, y dyddiad terfyn, y cytundeb neu'r cais. Yn wag pan nad oes un.
# check: sentence not checked
data-report-column-detail = Ar gyfer dyddiad terfyn diwygiedig neu gais am estyniad: y dyddiad terfyn cyn, yr un ar ôl a pham ("2014-03-31 to 2014-12-31: …"). Yn wag fel arall.
# check: sentence not checked
data-report-column-url = Tudalen yr argymhelliad, o wraidd y wefan.
