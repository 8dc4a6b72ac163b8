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
# check: as nav-responsible
title-responsible-index = Pwy sy'n gyfrifol
# check: "cyfrifoldebau" (responsibilities)
title-party = { $name }: cyfrifoldebau
# check: as nav-overdue
title-overdue = Yn hwyr a heb eu diweddaru
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
data-links-recs-json = Argymhellion yr adolygiad hwn (JSON)
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
}
# check: sentence not checked
data-csv-format = Testun UTF-8 gyda nod trefn beitiau yw'r ffeiliau CSV, fel bod Excel yn dangos pob nod yn gywir. Mae testun sy'n cynnwys atalnodau, dyfynodau neu doriadau llinell mewn dyfynodau dwbl. Mae rhestrau o enwau wedi'u gwahanu gan hanner colon a bwlch.
# check: sentence not checked
data-csv-formulas = Fel na all taenlen gymryd testun am fformiwla a'i rhedeg, mae cell destun yn y ffeiliau CSV a fyddai'n dechrau gyda <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, tab neu ddychweliad cerbyd yn dechrau gydag collnod (<code>'</code>) yn gyntaf: mae teitl a ysgrifennwyd <code>=SUM(1)</code> yn <code>'=SUM(1)</code> yn y ffeil CSV. Tynnwch y collnod hwnnw i gael y testun yn union fel y'i hysgrifennwyd. Nid yw'r dyddiadau, y cyfrifon na'r gwerthoedd <code>true</code>/<code>false</code> byth yn newid, ac mae'r ffeiliau JSON bob amser yn cynnwys y testun yn union fel y'i hysgrifennwyd.
# check: sentence not checked
data-review-files = Ffeiliau ar gyfer pob adolygiad
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
# check: as breakdown-recommendations
party-recommendations = Argymhellion
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
feed-site-subtitle = Pob diweddariad cynnydd ar argymhellion adolygiadau craffu { $organisation }, y diweddaraf yn gyntaf.
# check: as feed-site-link
feed-review-title = Diweddariadau cynnydd: { $review }
# check: sentence not checked
feed-review-subtitle = Diweddariadau cynnydd ar argymhellion { $review }, y diweddaraf yn gyntaf.
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
