# The default theme's words in English. A site's theme can replace any message by writing a
# message of the same id in themes/<name>/i18n/en.ftl; the others stay as they are here.
#
# Messages a template shows are HTML, as the templates are: write &amp; for "&". Their
# arguments ($name) are escaped. Messages the program asks for (page titles, labels, durations)
# are plain text. A counted phrase selects on $count and is a whole sentence.

## The frame of every page (base.html)

skip-link = Skip to main content
feed-site-link = Progress updates: { $site }
feed-review-link = Progress updates on this review
nav-main-label = Main
nav-language-label = Language
nav-home = Home
nav-reviews = Reviews
nav-status = By status
nav-responsible = Who is responsible
nav-overdue = Overdue
nav-you-said = You said, we did
nav-updates = Updates
nav-indicators = Indicators
nav-search = Search
nav-breadcrumb-label = Breadcrumb
nav-footer-label = Footer
footer-glossary = Glossary
footer-data = Open data
footer-feed = Updates feed (Atom)
footer-published = Published by { $organisation }. Figures are as of { $as_of }.

## Page titles and breadcrumbs (index::routes)

title-reviews = Reviews
title-recommendation = Recommendation { $number }: { $title }
title-status-index = Recommendations by status
title-status = { category-label }: recommendations by status
title-status-page = { category-label }: recommendations by status, page { $page } of { $pages }
title-responsible-index = Who is responsible
title-party = { $name }: responsibilities
title-responsible-page = { $name }: responsibilities, page { $page } of { $pages }
title-overdue = Overdue and not updated
title-overdue-page = Overdue and not updated, page { $page } of { $pages }
title-you-said = You said, we did
title-you-said-review = You said, we did: { $review }
title-updates = Progress updates
title-updates-page = Progress updates, page { $page } of { $pages }
title-glossary = Glossary
title-data = Open data
title-indicators = Performance indicators
title-search = Search recommendations
title-not-found = Page not found
title-embed = Progress at a glance: { $site }
title-embed-review = Progress: { $review }
crumb-home = Home
crumb-status-index = By status

## The page not found (404.html)

not-found-heading = Page not found
not-found-typed = If you typed the web address, check it is correct.
not-found-pasted = If you pasted the web address, check you copied the entire address.
not-found-ways = You can <a href="{ $root }index.html">go to the home page</a>, see <a href="{ $root }reviews/index.html">all reviews</a>, or look up a recommendation on its review's action plan.

## Pieces shared by every page (components.html)

flag-overdue = Overdue by { $duration }
flag-not-updated = Not updated
flag-not-updated-for = Not updated for { $duration }
flag-deadline-revised = Deadline revised
flag-no-outcome = No outcome recorded
flag-closure-requested = Closure requested on <time datetime="{ $iso }">{ $date }</time>
deadline-was = was { $date }
deadline-none-set = None set
deadline-extension-requested = Extension requested on <time datetime="{ $requested_iso }">{ $requested }</time> to <time datetime="{ $to_iso }">{ $to }</time>: awaiting agreement
deadline-extension-requested-ongoing = Extension requested on <time datetime="{ $requested_iso }">{ $requested }</time> to { $to }: awaiting agreement
deadline-extension-reason = Reason: { $reason }
table-scrolls = { $caption } (scrolls sideways on small screens)
rec-table-number = No.
rec-table-recommendation = Recommendation
rec-table-responsible = Responsible
rec-table-deadline = Deadline
rec-table-status = Status
breakdown-status = Status
breakdown-recommendations = Recommendations
progress-done = { $count ->
    [0] No recommendations yet
    [one] { $done } of { $count } recommendation done ({ $percent }%)
   *[other] { $done } of { $count } recommendations done ({ $percent }%)
}
progress-done-overdue = { $count ->
    [one] { $done } of { $count } recommendation done ({ $percent }%), <strong>{ $overdue } overdue</strong>
   *[other] { $done } of { $count } recommendations done ({ $percent }%), <strong>{ $overdue } overdue</strong>
}
update-recommendation = Recommendation { $number }
update-status = Status at this update:
chart-label = Chart of the figures
chart-no-figure = n/a
data-links-recs-csv = Recommendations of this review (CSV)
data-links-recs-json = Every review's recommendations (JSON, for programs: each one names its review)
data-links-updates-csv = Progress updates on this review (CSV)
data-links-feed = Follow updates on this review (Atom feed)
data-links-columns = What each column means is explained on the <a href="{ $root }data/index.html">open data</a> page.

## The open data page (data.html)

data-heading = Open data
data-lead = Every recommendation and progress update on this site, as files you can open in a spreadsheet or use in your own programs.
data-intro = The files are made from the same records as the pages, at the same time, so they always agree with the site. Whether a recommendation is overdue or not updated was judged as of { $as_of } (the <code>as_of</code> column).
data-languages = This site is published in more than one language, and so are its files: each language has its own, with the same names, columns and keys, and the texts in that language (where a text has not been translated, the default language's is given). The status labels are in the language of the files; the keys, dates and numbers are the same in each.
data-language-here = { $language }: <code>{ $folder }</code> (these pages)
data-site-files = Files for the whole site
data-col-file = File
data-col-holds = What it holds
data-recs-csv = One row per recommendation, in review then number order. Opens in Excel and other spreadsheets.
data-recs-json = The same, as a JSON array with one object per recommendation, with the keys below. <code>responsible</code> is a list; empty values are <code>null</code>.
data-updates-csv = One row per progress update, in review, number and date order.
data-feed = An Atom feed of the newest { $count } progress updates, for a feed reader. Every update is in updates.csv and on the updates pages.
data-csv-format = The CSV files are UTF-8 text with a byte-order mark, so that Excel shows every character correctly. Text that holds commas, quotes or line breaks is in double quotes. Lists of names are separated by a semicolon and a space.
data-csv-formulas = So that a spreadsheet cannot take text for a formula and run it, a text cell of the CSV files that would begin with <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, a tab or a carriage return begins with an apostrophe (<code>'</code>) first: a title written <code>=SUM(1)</code> is <code>'=SUM(1)</code> in the CSV file. Remove that apostrophe to get the text exactly as written. The dates, counts and <code>true</code>/<code>false</code> values are never changed, and the JSON files always hold the text exactly as written.
data-review-files = Files for each review
data-review-note = Each review has its recommendations and its progress updates as CSV files, to open in a spreadsheet, and an Atom feed of its newest { $count } updates. There is no JSON file for each review: recommendations.json above holds every review's recommendations, and its <code>review</code> key says which review each one belongs to.
data-col-review = Review
data-col-recommendations = Recommendations
data-col-updates = Updates
data-col-feed = Feed
data-review-recs-hidden = <span class="visually-hidden">: recommendations of { $title }</span>
data-review-updates-hidden = <span class="visually-hidden">: updates on { $title }</span>
data-review-feed-hidden = <span class="visually-hidden">: feed of updates on { $title }</span>
reviews-none = No reviews have been published yet.
data-rec-columns = Columns of recommendations.csv and keys of recommendations.json
data-stale-limit = { $count ->
    [one] The limit on this site is { $count } day.
   *[other] The limit on this site is { $count } days.
}
data-update-columns = Columns of updates.csv

## The glossary (glossary.html)

glossary-heading = Glossary
glossary-intro = The abbreviations used on this site.
glossary-none = There are no abbreviations.

## The home page (home.html)

home-lead = What { $organisation } was asked to do by scrutiny reviews, what it promised, who is answerable, and what has been done since.
home-at-a-glance = At a glance
# The word under a big figure: the figure itself is shown above it.
home-figure-recommendations = { $count ->
    [one] recommendation
   *[other] recommendations
}
home-figure-done = done
home-figure-in-progress = in progress
home-figure-overdue = overdue
home-figure-not-updated = not updated
home-also = Also { $not_started } not started and { $closed } closed. "Not updated" means open with no progress recorded for a long time. Figures as of { $as_of }.
home-reviews = Reviews
card-by = By { $body }
card-published = published <time datetime="{ $iso }">{ $date }</time>
card-updated = Action plan updated <time datetime="{ $iso }">{ $date }</time>
home-latest-updates = Latest updates
home-all-updates = All progress updates

## Indicators (indicator.html, indicators.html)

indicator-latest = Latest figure
indicator-no-figure-yet = No figure yet
indicator-no-figure-for = No figure for { $period } (n/a)
indicator-target = Target
indicator-no-target = No target set
indicator-better = Better
indicator-since = Since the figure before
indicator-no-earlier = No earlier figure to compare with
indicator-against-benchmarks = Against benchmarks
indicator-source = Source
indicator-source-not-recorded = Not recorded
indicator-figures = Figures
indicator-chart-title = { $title }: figures by period
indicator-figures-by-period = Figures by period
indicator-table-caption = The figures in the chart
indicator-col-period = Period
indicator-col-figure = Figure
indicator-col-against-target = Against target ({ $target })
indicator-cell-no-figure = n/a <span class="visually-hidden">(no figure)</span>
indicator-no-figure = No figure
indicator-none = None
indicator-benchmarks = Benchmarks
indicator-col-benchmark = Benchmark
indicator-col-latest-is = The latest figure is
indicator-benchmark-source = Source: <a href="{ $url }">{ $title }</a>
indicator-related = Related recommendations
indicator-related-intro = The recommendations this indicator helps to follow.
indicator-related-caption = Recommendations related to { $title }
indicator-related-none = This indicator is not linked to any recommendation.
indicator-all = All performance indicators
indicators-heading = Performance indicators
indicators-lead = How services are performing against their targets, the figure before, and other landlords.
indicators-intro = Each indicator shows its latest figure against its target, in words, and the change since the figure before. Choose an indicator to see every figure as a chart and a table, where the figures come from, and the recommendations it relates to.
indicators-caption = Performance indicators: latest figure against target, change and benchmarks
indicators-col-indicator = Indicator
indicators-col-latest = Latest figure against target
indicators-source = Source: { $title }
indicators-no-earlier = No earlier figure
indicators-none = No performance indicators have been published yet.

## Overdue and not updated (overdue.html)

overdue-heading = Overdue and not updated
overdue-intro = As of { $as_of }. The worst come first.
overdue-count = Overdue ({ $count })
overdue-explained = The deadline has passed and the work is not done.
overdue-caption = Overdue recommendations
overdue-none = Nothing is overdue.
not-updated-count = Not updated ({ $count })
not-updated-explained = { $count ->
    [one] Still open, with no progress recorded for more than { $count } day.
   *[other] Still open, with no progress recorded for more than { $count } days.
}
not-updated-caption = Recommendations not updated
not-updated-none = Every open recommendation has a recent update.

## A recommendation's page (recommendation.html)

notice-overdue = { $count ->
    [one] <strong>Overdue:</strong> the deadline of { $deadline } passed { $duration } ago ({ $count } day) and this is not done.
   *[other] <strong>Overdue:</strong> the deadline of { $deadline } passed { $duration } ago ({ $count } days) and this is not done.
}
notice-not-updated = { $count ->
    [one] <strong>Not updated:</strong> the last progress update was on { $date }, more than { $count } day ago.
   *[other] <strong>Not updated:</strong> the last progress update was on { $date }, more than { $count } days ago.
}
notice-never-updated = { $count ->
    [one] <strong>Not updated:</strong> no progress update has been recorded, more than { $count } day ago.
   *[other] <strong>Not updated:</strong> no progress update has been recorded, more than { $count } days ago.
}
notice-closure = <strong>Closure requested on { $date }:</strong> the responsible party has asked for this recommendation to be closed; its status changes when the closure is agreed.
notice-extension = <strong>Extension requested on { $requested } to { $to }: awaiting agreement.</strong> Until it is agreed, the deadline in force is { $deadline }. Reason given: { $reason }
notice-extension-no-deadline = <strong>Extension requested on { $requested } to { $to }: awaiting agreement.</strong> Until it is agreed, the deadline in force is not set. Reason given: { $reason }
notice-no-outcome = <strong>No outcome recorded:</strong> this is marked "{ $status }", but no update or outcome says what was done or why.
rec-status = Status
rec-actions-done = { $percent }% of actions done
rec-response = Response
rec-responsible = Responsible
rec-lead-officer = Lead officer
rec-deadline = Deadline
rec-resources = Resources
rec-last-updated = Last updated
rec-no-update = No update recorded
rec-you-said = You said
rec-our-response = Our response: { $response }
rec-no-response-text = No written response has been recorded.
rec-deadline-changes = Deadline changes
rec-first-deadline = The deadline first promised was { $date }.
rec-first-deadline-not-set = The deadline first promised was not set.
rec-changed = { $count ->
    [one] It has been changed { $count } time:
   *[other] It has been changed { $count } times:
}
rec-changed-and-pending = { $count ->
    [one] It has been changed { $count } time, and a further change is awaiting agreement:
   *[other] It has been changed { $count } times, and a further change is awaiting agreement:
}
rec-change-pending = A change has been asked for and is awaiting agreement:
rec-col-new-deadline = New deadline
rec-col-reason = Reason
rec-col-agreed = Agreed
rec-revision-pending = <strong>Awaiting agreement</strong> (requested on <time datetime="{ $iso }">{ $date }</time>)
rec-revision-requested = (requested on <time datetime="{ $iso }">{ $date }</time>)
rec-revision-not-recorded = Not recorded
rec-what-we-will-do = What we will do
rec-planned-actions = Planned actions
rec-col-action = Action
rec-action-not-named = Not named
rec-action-status-not-given = Not given
rec-we-did = We did
rec-updates-heading = Progress updates, newest first
rec-no-progress = No progress has been recorded yet.
rec-evidence = Evidence
rec-indicators = Performance indicators
rec-indicators-intro = How the services this recommendation is about are performing.
rec-data = Data
rec-pager-label = Other recommendations in this review
pager-previous = Previous
pager-next = Next
rec-back-to-plan = Back to the action plan

## Who is responsible (responsible-index.html, responsible.html)

responsible-heading = Who is responsible
responsible-intro = Each team, organisation or body named as responsible for a recommendation or an action.
responsible-parties = Responsible parties
responsible-col-name = Name
responsible-col-recs = Recommendations
responsible-col-open = Still open
responsible-col-overdue = Overdue
responsible-col-actions = Actions
party-recommendations-count = Recommendations ({ $count })
party-breakdown-caption = Their recommendations by status
party-group-caption = Recommendations: { $heading }
party-no-recs = { $name } is not named as responsible for any recommendation as a whole.
party-actions = Actions
party-actions-caption = Actions owned by { $name }
party-actions-count = Actions ({ $count })

## A review's page and the list of reviews (review.html, reviews.html)

review-carried-out-by = Carried out by
review-services = Services reviewed
review-published = Report published
review-plan-updated = Action plan last updated
review-documents = Documents
review-progress = Progress
review-you-said-link = <a href="{ $url }">You said, we did</a>: what was asked beside what has been done.
review-breakdown-caption = Recommendations by status
review-action-plan = Action plan
review-plan-caption = Action plan: { $heading }
review-no-recs = This review has no recommendations yet.
review-data = Data and updates
reviews-heading = Reviews

## Search (search.html)

search-heading = Search recommendations
search-no-js = <strong>Search needs JavaScript, which is turned off or not available.</strong> You can still find every recommendation on these pages:
search-intro = { $count ->
    [one] Search the { $count } recommendation by number, title, text, who is responsible, theme or status.
   *[other] Search all { $count } recommendations by number, title, text, who is responsible, theme or status.
}
search-words = Words or a number
search-status = Status
search-any-status = Any status
search-overdue = Overdue
search-button = Search
search-browse = Browse instead
search-browse-reviews = Every review and its action plan
search-browse-data = <a href="{ $root }data/index.html">Open data</a>: every recommendation in one spreadsheet

## Recommendations by status (status-index.html, status.html)

status-index-intro = Every status belongs to one of four groups. Choose a group to see its recommendations across all reviews.
status-index-total = { $count ->
    [one] { $count } recommendation in all.
   *[other] { $count } recommendations in all.
}
status-index-caption = All recommendations by status
status-count = { $count ->
    [one] { $count } recommendation across all reviews.
   *[other] { $count } recommendations across all reviews.
}
status-breakdown-caption = Statuses in this group
status-none = There are no recommendations in this group.

## Progress updates (updates.html)

updates-intro = Every progress update, newest first.
updates-showing = Showing { $first } to { $last } of { $total }.
updates-pager-label = Pages of updates
updates-newer = <span class="pager-label">Newer</span> page { $page } of { $pages }
updates-older = <span class="pager-label">Older</span> page { $page } of { $pages }
updates-none = No progress updates have been recorded yet.
list-pager-label = Pages of this list
list-showing = Showing { $first } to { $last } of { $total }.
list-previous = <span class="pager-label">Previous</span> page { $page } of { $pages }
list-next = <span class="pager-label">Next</span> page { $page } of { $pages }

## You said, we did (you-said-we-did.html)

you-said-intro-review = What the review asked for, beside what has been done, including what was not agreed and why.
you-said-intro = What each review asked for, beside what has been done, including what was not agreed and why.
you-said-too-many = There are too many recommendations to show on one page. Choose a review:
you-said-review-counts = { $count ->
    [one] ({ $count } recommendation, { $done } done)
   *[other] ({ $count } recommendations, { $done } done)
}
you-said-review-link = The review and its action plan
you-said-not-agreed = Not agreed
you-said-no-reason = No reason has been recorded.
you-said-nothing-yet = Nothing has been recorded yet. Response: { $response }.

## Words the program says (views, cards, routes): plain text

deadline-ongoing = Ongoing
# A page's description for search results and link previews (render::meta), when its content
# gives none of its own: the headline figures, or the page's title.
meta-description-figures = { $count ->
    [one] { $whose }: { $done } of { $count } recommendation done, { $in_progress } in progress, { $overdue } overdue, as of { $as_of }.
   *[other] { $whose }: { $done } of { $count } recommendations done, { $in_progress } in progress, { $overdue } overdue, as of { $as_of }.
}
meta-description-default = { $title } – { $site }, { $organisation }.
group-other = Other recommendations
# The default vocabulary's statuses; a label a site writes itself is shown as it is.
status-label = { $key ->
    [not-started] Not started
    [in-progress] In progress
    [complete] Complete
    [not-applicable] Not applicable
   *[not-agreed] Not agreed
}
category-label = { $key ->
    [not-started] Not started
    [in-progress] In progress
    [done] Done
   *[closed] Closed
}
response-label = { $key ->
    [agreed] Agreed
    [partially-agreed] Partially agreed
    [not-agreed] Not agreed
    [noted] Noted
   *[awaiting] Awaiting response
}
indicator-higher-better = Higher is better
indicator-lower-better = Lower is better
indicator-status = { $key ->
    [on-target] On target
    [off-target] Off target
    [no-target] No target
   *[no-figure] No figure
}
duration-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
duration-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
duration-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}

## Dates: "31 August 2014", "August 2014"

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The feeds (feed.xml): plain text

feed-site-title = Progress updates: { $site }
feed-site-subtitle = The latest progress updates (at most { $count }) on the recommendations of scrutiny reviews of { $organisation }, newest first. Every update is on the site's updates pages and in its open data (updates.csv).
feed-review-title = Progress updates: { $review }
feed-review-subtitle = The latest progress updates (at most { $count }) on the recommendations of { $review }, newest first. Every update is on the recommendations' pages and in the review's open data (updates.csv).
feed-entry-title = Recommendation { $number }: { $title }
feed-entry-title-status = Recommendation { $number }: { $title } ({ $status })
feed-entry-footer = { $review }, recommendation { $number }.

## An indicator's chart (render::chart): plain text

chart-target = Target { $value }
chart-benchmark = Benchmark { $value }
chart-benchmark-n = Benchmark { $n } { $value }
chart-desc-higher = Bar chart, one bar per period. Higher is better.
chart-desc-lower = Bar chart, one bar per period. Lower is better.
chart-desc-value = { $period }: { $value }.
chart-desc-no-value = { $period }: no figure.
chart-desc-target = Target line at { $value }.
chart-desc-benchmark = Benchmark line at { $value }: { $label }.

## What the search script says (search.js): plain text, with { "{" }names{ "}" } it fills in

search-prompt = Type words or a number to search.
search-none = No recommendations found{ $what }. Try fewer or different words.
search-found = { $count ->
    [one] { $shown } recommendation found{ $what }.
   *[other] { $shown } recommendations found{ $what }.
}
search-more = Showing the first { $limit }: add words to narrow the search.
search-for = for “{ $query }”
search-in-status = ({ $status })
search-responsible = Responsible: { $names }

## The columns of the open data, on the data page (data::records): plain text

data-column-review = The review's short name, as in its web address (for example tmo-scrutiny-2011).
data-column-review-title = The review's title.
data-column-number = The recommendation's number as published. Unique within its review.
data-column-title = A short title: the one given, or else the first sentence of the recommendation.
data-column-theme = The heading the recommendation is grouped under in its review. Empty when it has none.
data-column-recommendation = What the review asked for ("you said"), as Markdown text.
data-column-response = The formal response: agreed, partially-agreed, not-agreed, noted or awaiting.
data-column-response-text = The landlord's written response, as Markdown text. Empty when none is recorded.
data-column-responsible = Who is answerable. In JSON a list of names; in CSV the names separated by "; ".
data-column-lead-officer = The lead officer, where named.
data-column-deadline = The deadline first promised: a date (YYYY-MM-DD), "ongoing", or empty (null) when none was set.
data-column-current-deadline = The deadline now in force: the latest revised deadline, or else the first one.
data-column-status = The status, as a short key (for example on-going).
data-column-status-label = The status in words, as shown on the site.
data-column-category = The group the status belongs to: not-started, in-progress, done or closed.
data-column-overdue = true when the current deadline had passed on the date in as_of and the work was not done.
data-column-days-overdue = Days past the current deadline on the date in as_of; 0 when not overdue.
data-column-last-updated = The date of the latest progress update (YYYY-MM-DD), or empty (null) when there is none.
data-column-not-updated = true when the work is still open and nothing had been recorded for longer than the site's limit, on the date in as_of.
data-column-progress = The share of its planned actions that are done, 0 to 100; empty (null) when it has no actions with a status.
data-column-url = The recommendation's page, relative to the site's home page.
data-column-slipped = true when the deadline has been revised at least once.
data-column-resources = The resources the response commits, where recorded.
data-column-outcome = What was done, as Markdown text, where recorded separately from the updates.
data-column-as-of = The date the overdue and not-updated columns were judged on (YYYY-MM-DD).
data-column-extension-requested = The date an extension of the deadline was asked for, while it awaits agreement (YYYY-MM-DD); empty (null) when none awaits. Until it is agreed, current_deadline stays as it was.
data-column-extension-requested-to = The deadline that extension asks for (YYYY-MM-DD); empty (null) when none awaits.
data-column-extension-reason = Why the extension is asked for; empty (null) when none awaits.
data-column-closure-requested = The date the responsible party asked for the recommendation to be closed, while it is still open (YYYY-MM-DD); empty (null) when none awaits a decision.
data-update-column-review = The review's short name, as in its web address.
data-update-column-number = The number of the recommendation the update is about.
data-update-column-title = The recommendation's short title.
data-update-column-date = The date of the update (YYYY-MM-DD).
data-update-column-status = The status recorded with the update, as a short key. Empty when the update gives none.
data-update-column-status-label = That status in words.
data-update-column-category = The group that status belongs to: not-started, in-progress, done or closed.
data-update-column-text = What was done, as Markdown text.
data-update-column-url = The recommendation's page, relative to the site's home page.

## What is said of an indicator (indicator::read): plain text

indicator-summary-no-target = { $value }, no target set
indicator-summary = { $value }, target { $target }: { $judgement }
indicator-judgement = { $key ->
    [on] on target
    [below] below target
   *[above] above target
}
indicator-points = { $count ->
    [one] { $amount } point
   *[other] { $amount } points
}
indicator-change = { $way ->
    [up] up { $amount }
    [down] down { $amount }
   *[none] no change
}
indicator-direction = { $verdict ->
    [better] { $change } since { $since }, better
    [worse] { $change } since { $since }, worse
   *[same] no change since { $since }
}
indicator-row-change = { $verdict ->
    [better] { $change }, better
    [worse] { $change }, worse
   *[same] { $change }
}
indicator-benchmark-value = { $label }: { $value }
indicator-benchmark-same = the same as { $label } ({ $value })
indicator-benchmark = { $side ->
    [above] { $difference } above { $label } ({ $value }), { $verdict ->
        [better] better
       *[worse] worse
    }
   *[below] { $difference } below { $label } ({ $value }), { $verdict ->
        [better] better
       *[worse] worse
    }
}

## Share and embed: the embeds (embed-frame.html, embed.html, embed-review.html) and "Show this
## on your website" (share.html, share-html.html)

embed-as-of = { $organisation }. Figures as of <time datetime="{ $iso }">{ $date }</time>.
embed-heading = { $site }: progress at a glance
embed-site-kicker = Progress at a glance
embed-site-link = See every review and what has been done
embed-review-kicker = Progress on a scrutiny review
embed-review-progress = { $count ->
    [0] No recommendations yet.
    [one] { $done } of { $count } recommendation done ({ $percent }%), none overdue.
   *[other] { $done } of { $count } recommendations done ({ $percent }%), none overdue.
}
embed-review-progress-overdue = { $count ->
    [one] { $done } of { $count } recommendation done ({ $percent }%), <span class="alert">{ $overdue } overdue</span>.
   *[other] { $done } of { $count } recommendations done ({ $percent }%), <span class="alert">{ $overdue } overdue</span>.
}
embed-part = { $label }: <b>{ $count }</b>
embed-review-link = See the action plan and every update
share-summary = Show this on your website
share-lead-review = Your council's or your group's website can show this review's progress. Copy one of these two pieces of code into the page, in the editor's HTML or source view.
share-lead-site = Your council's or your group's website can show these figures. Copy one of these two pieces of code into the page, in the editor's HTML or source view.
share-no-base-url = This site has no <code>base_url</code> in <code>content/site.yaml</code>, so the addresses in the code below start from this site's home page. Put the site's web address in front of each one before pasting, or set <code>base_url</code> and build the site again.
share-box-heading = A box that stays up to date
share-box-text = The box is { $height } pixels high and fits any width from 280 to { $width } pixels. It shows the figures as of this site's latest build, and its links open this site. Some websites remove boxes like this (iframes): use the plain HTML below instead.
share-box-label = Code for the box (an iframe)
share-copy-box = Copy the code for the box
share-copied = Copied
share-html-heading = Plain HTML, for editors that remove iframes
share-html-text = Headings, paragraphs, a table and links only, which any editor keeps. Its figures are as of { $date }: copy it again after the next update.
share-html-label = Plain HTML
share-copy-html = Copy the plain HTML
share-by-hand = Without JavaScript, or to copy by hand: click in a box, select all its text (Ctrl+A, or ⌘+A on a Mac) and copy it (Ctrl+C, or ⌘+C).
share-html-review-heading = { $review }: progress
share-html-review-progress = { $count ->
    [one] { $done } of { $count } recommendation done ({ $percent }%), { $overdue } overdue, as of { $date }.
   *[other] { $done } of { $count } recommendations done ({ $percent }%), { $overdue } overdue, as of { $date }.
}
share-html-status = Status
share-html-recommendations = Recommendations
share-html-overdue = Overdue
share-html-review-link = <a href="{ $url }">See the action plan and every update</a> on { $site }.
share-html-as-of = Figures as of { $date }.
share-html-site-link = <a href="{ $url }">See every review and what has been done</a> on { $site }.

## Tenant Satisfaction Measures (tsm.html, tsm-measure.html and their partials)

nav-tsm = Satisfaction measures
title-tsm = Tenant Satisfaction Measures
title-tsm-year = Tenant Satisfaction Measures { $year }
home-tsm = Tenant Satisfaction Measures
home-tsm-link = <a href="{ $root }tsm/index.html">The 22 Tenant Satisfaction Measures</a>: how tenants rate the landlord's services, and how it keeps homes safe, in repair and decent, handles complaints and tackles anti-social behaviour, year by year.
rec-tsm = Tenant Satisfaction Measures
rec-tsm-intro = The measures that show how the services this recommendation is about are doing.
data-tsm-heading = Tenant Satisfaction Measures: tsm.csv
data-tsm-intro = <a href="{ $root }data/tsm.csv" download>tsm.csv</a> holds every figure of the <a href="{ $root }tsm/index.html">Tenant Satisfaction Measures</a>, one row per year, measure, part and tenure: oldest year first, the measures in the regulator's order. A measure that is not applicable or not yet entered has no row.
tsm-heading = Tenant Satisfaction Measures { $year }
tsm-lead = The 22 measures the Regulator of Social Housing asks every landlord in England to publish each year: 12 from a survey of tenants, 10 from the landlord's own records.
tsm-latest = These are the figures for { $year }, the latest year published here. <a href="{ $url }">This year's own page</a> keeps them once a newer year is added.
tsm-reporting-year = Reporting year
tsm-homes-reported-on = Homes reported on
tsm-number-of-homes = Number of homes
tsm-compared-with = Compared with
tsm-the-year-before = { $year }, the year before
tsm-no-earlier-year = No earlier year is published here
tsm-source = Where the figures come from
tsm-source-not-recorded = Not recorded
tsm-not-entered-summary = <strong>Not yet entered:</strong> { $count ->
    [one] { $count } of the 22 measures ({ $codes }) has no figures on this site yet.
   *[other] { $count } of the 22 measures ({ $codes }) have no figures on this site yet.
}
tsm-neither-note = For { $codes } a higher figure is neither better nor worse: more can mean that more is reported and recorded. The change is said as higher or lower.
tsm-group-caption = { $group } measures, { $year }
tsm-group-caption-compared = { $group } measures, { $year }, with { $previous } and the change
tsm-col-measure = Measure
tsm-not-reported = Not reported
tsm-not-applicable = <strong>Not applicable:</strong> { $reason }
tsm-not-entered = Not yet entered
tsm-timescales = Target timescales
tsm-timescales-intro = The targets RP02 (repairs, the landlord's own) and CH02 (complaints, the Housing Ombudsman's Complaint Handling Code) are measured against.
tsm-no-timescales = No target timescales are published for { $year }: RP02 and CH02 have no figures yet.
tsm-benchmarks = Benchmarks
tsm-benchmark-caption = Benchmark: { $label }
tsm-benchmark-source = (source: <a href="{ $url }">{ $title }</a>)
tsm-col-for = For
tsm-col-benchmark = Benchmark
tsm-col-figure-is = The figure for { $year } is
tsm-no-figure-to-compare = No figure to compare
tsm-no-benchmarks = No benchmarks are given for { $year }.
tsm-survey = How the tenant survey was done
tsm-survey-intro = The summary of approach the regulator asks for with the tenant perception measures (items a to k).
tsm-survey-not-entered = The summary of how the survey was done is not published on this site yet.
tsm-survey-none = No tenant perception measure has figures for { $year }, so there is no survey to describe.
tsm-every-year = Every year
tsm-this-page = { $year } (this page)
tsm-made-from = Each measure's page charts it over the years. This page is made from { $file }.
tsm-measure-group = Group
tsm-measure-counted-as = Counted as
tsm-measure-higher-or-lower = Higher or lower
tsm-measure-reported-for = Reported for
tsm-measure-chart-title = { $code }, { $column }: figures by year
tsm-col-year = Year
tsm-since-year-before = Since the year before
tsm-measure-benchmarks = Benchmarks for { $code }
tsm-col-landlord-figure-is = This landlord's figure is
tsm-measure-related-intro = The recommendations this measure helps to follow.
tsm-measure-not-linked = This measure is not linked to any recommendation.
tsm-all = All Tenant Satisfaction Measures
tsm-tenure-lcra = Low-cost rental (LCRA)
tsm-tenure-lcho = Low-cost home ownership (LCHO)
tsm-higher-better = Higher is better
tsm-higher-worse = Lower is better
tsm-higher-neither = Higher is neither better nor worse: more can mean that more is reported and recorded
tsm-unit-percent = a percentage
tsm-unit-per-1000-homes = a number per 1,000 homes
tsm-missing-not-applicable = Not applicable: { $reason }
tsm-missing-not-entered = Not yet entered
tsm-missing-no-figure = No figure for this year
tsm-group-tenant-perception = Tenant perception
tsm-group-building-safety = Building safety
tsm-group-complaints = Complaints
tsm-group-anti-social-behaviour = Anti-social behaviour
tsm-group-repairs-and-decency = Repairs and decency
tsm-part-stage1 = Stage 1
tsm-part-stage2 = Stage 2
tsm-part-all = All cases
tsm-part-hate = Involving hate incidents
tsm-part-emergency = Emergency repairs
tsm-part-non-emergency = Non-emergency repairs
tsm-row-change = { $way ->
    [up] { $verdict ->
        [better] { $change }, better
        [worse] { $change }, worse
       *[none] { $change }, higher
    }
    [down] { $verdict ->
        [better] { $change }, better
        [worse] { $change }, worse
       *[none] { $change }, lower
    }
   *[none] { $change }
}
tsm-against = { $side ->
    [above] { $verdict ->
        [better] { $difference } above, better
        [worse] { $difference } above, worse
       *[none] { $difference } above
    }
    [below] { $verdict ->
        [better] { $difference } below, better
        [worse] { $difference } below, worse
       *[none] { $difference } below
    }
   *[same] the same
}
tsm-chart-desc-neither = Bar chart, one bar per period. Higher is neither better nor worse.
data-tsm-column-year = The reporting year, such as 2024/25.
data-tsm-column-code = The measure's code, TP01 to RP02.
data-tsm-column-name = The measure's name, as the Regulator of Social Housing publishes it.
data-tsm-column-part = For a measure in two parts, which part: stage1 or stage2 (CH01, CH02), all or hate (NM01), emergency or non_emergency (RP02); empty otherwise.
data-tsm-column-tenure = lcra (low-cost rental) or lcho (low-cost home ownership); for a measure in two parts, the tenures its figure covers, such as lcra+lcho.
data-tsm-column-value = The figure, with the decimals it was published with.
data-tsm-column-unit = percent, or per-1000-homes (CH01 and NM01).
## Reports to committee (reports.html, report.html, latest-report.html, and the Word document,
## render::docx, whose messages are plain text: report-docx-*)

title-reports = Reports to committee
reports-intro = Each report tells the committee what changed in its period: what was completed, what fell overdue, which deadlines moved and who has not sent an update. Every figure comes from the dated updates, so a report reads the same whenever it is built.
reports-card = { $committee } · <time datetime="{ $from_iso }">{ $from }</time> to <time datetime="{ $to_iso }">{ $to }</time>
reports-card-meeting = · meeting of <time datetime="{ $iso }">{ $date }</time>
reports-none = No reports have been written yet.
latest-report = Latest report to committee: <a href="{ $url }">{ $title }</a>, { $committee }, <time datetime="{ $from_iso }">{ $from }</time> to <time datetime="{ $to_iso }">{ $to }</time>
latest-report-meeting = (meeting of <time datetime="{ $iso }">{ $date }</time>)
latest-report-all = All reports
report-to = Report to { $committee }
report-to-meeting = Report to { $committee }, meeting of <time datetime="{ $iso }">{ $date }</time>
report-field-to = To
report-field-meeting = Meeting
report-field-period = Period covered
report-period = <time datetime="{ $from_iso }">{ $from }</time> to <time datetime="{ $to_iso }">{ $to }</time>
report-field-reviews = Reviews
report-field-from = From
report-field-online = Online
report-docx-link = This report as a Word document
report-csv-link = The changes as open data (CSV)
report-method = Every figure comes from the dated updates in the action plans. The status on a day is that of the latest update on or before it that gives one; where no update gives one, the report says "not recorded" rather than guess. "At the start" means at the end of the day before the period began.
report-headline = Headline figures
report-headline-caption = Recommendations by status at the start and at the end of the period
report-headline-row = { $key ->
    [not-started] Not started
    [in-progress] In progress
    [done] Done
    [closed] Closed
    [not-recorded] Not recorded
    [total] All recommendations
   *[overdue] Overdue
}
report-col-status = Status
report-col-start = At the start
report-col-end = At the end
report-col-change = Change
report-col-recommendation = Recommendation
report-col-responsible = Responsible
report-col-deadline = Deadline
report-col-status-end = Status at the end
report-col-update-says = The update that says so
report-col-original = Original deadline
report-col-new = New deadline
report-col-reason = Reason
report-col-agreed = Agreed
report-col-in-force = Deadline in force
report-col-asked-for = Deadline asked for
report-col-asked-on = Asked on
report-col-date = Date
report-col-status-given = Status given
report-col-update = Update
report-col-review = Review
report-completed = Completed or closed in the period ({ $count })
report-completed-caption = Completed or closed in the period
report-completed-intro = Done or closed at the end of the period but not at its start, with the update that says so (in full under Updates in the period).
report-newly-overdue = Newly overdue ({ $count })
report-newly-overdue-caption = Newly overdue
report-newly-overdue-intro = The deadline in force fell in the period, and nothing records the work done or closed by its end.
report-revised = Deadlines revised in the period ({ $count })
report-revised-caption = Deadlines revised in the period
report-requests = Awaiting the committee's decision
report-extensions = Extension requests ({ $count })
report-extensions-caption = Extension requests awaiting a decision
report-closures = Closure requests ({ $count })
report-closures-caption = Closure requests awaiting a decision
report-updates = Updates in the period ({ $count })
report-updates-caption = Updates in the period: { $review }, by theme
report-updates-region = Updates: { $review }
report-no-theme = Recommendations without a theme
report-no-status-given = None given
report-chase = No update in the period ({ $count })
report-chase-intro = Not done or closed at the end of the period, with no update dated in it, by who is responsible: the list to chase.
report-chase-region = No update: { $party }
report-due-next = Due in the next period ({ $count })
report-due-next-caption = Due in the next period
report-due-next-intro = Not done or closed, with a deadline in force from <time datetime="{ $from_iso }">{ $from }</time> to <time datetime="{ $to_iso }">{ $to }</time>.
report-without-outcome = Closed without a recorded outcome ({ $count })
report-without-outcome-caption = Closed without a recorded outcome
report-without-outcome-intro = Marked done or closed, but no update or outcome says what was done, or why not.
report-none = None.
report-not-recorded = Not recorded
report-no-date = None
report-docx-to-meeting = Report to { $committee }, meeting of { $date }
report-docx-period = { $from } to { $to }
report-docx-due-next-intro = Not done or closed, with a deadline in force from { $from } to { $to }.
report-docx-page = { $title }: page

## The life of a review: the work programme (programme.html), a review's stages and impact
## (partials/review-life.html, review-impact.html, response-due.html, programme-review.html),
## the stage and rating on lists of reviews (partials/review-card-life.html), the late
## responses on the home page (partials/figure-late.html), the reviews' open data
## (partials/data-reviews.html)

nav-programme = Work programme
life-stage-heading = Stage of the review
life-stage-now = Stage now:
life-since = since <time datetime="{ $iso }">{ $date }</time>
life-stage-inferred = (Worked out from the review's dates and recommendations: the review does not state its stage.)
life-programme-link = See the whole work programme
life-steps-label = The stages of this review, in order
step-from = from <time datetime="{ $iso }">{ $date }</time>
step-expected = expected by <time datetime="{ $iso }">{ $date }</time>
step-reason = Reason: { $reason }
life-report-expected = The report is expected by <time datetime="{ $iso }">{ $date }</time>.
life-ready-for-impact = Every recommendation is done or closed: this review is ready for an impact assessment, to ask whether it changed anything for residents.
life-origin = <strong>Why this review:</strong> { $origin }
life-scope-heading = Scope of the review
response-given = The formal response was given on <time datetime="{ $iso }">{ $date }</time>.
response-given-in-time = The formal response was given on <time datetime="{ $iso }">{ $date }</time>, in time.
response-given-late = The formal response was given on <time datetime="{ $iso }">{ $date }</time>, <strong>{ $late } after it was due</strong> (<time datetime="{ $due_iso }">{ $due }</time>).
response-late-tag = Response late by { $duration }
response-late = The formal response was due by <time datetime="{ $iso }">{ $date }</time> and has not been recorded.
response-due = The formal response is due by <time datetime="{ $iso }">{ $date }</time>.
impact-heading = Did it make a difference?
impact-assessment = Impact assessment:
impact-assessed-on = Assessed on <time datetime="{ $iso }">{ $date }</time>.
impact-assessed-on-by = Assessed on <time datetime="{ $iso }">{ $date }</time> by { $by }.
# The word under the big figure of late responses on the home page.
home-figure-late = { $count ->
    [one] late response
   *[other] late responses
}
card-stage = Stage:
card-impact = Impact:
programme-heading = Work programme
programme-lead = What the panel is looking at now, what it has reported on, whether the landlord answered in time, and whether each review made a difference.
programme-intro = The landlord's formal response to a report is due two months after the report is published, unless another date was agreed.
programme-late = { $count ->
    [one] <strong>{ $count } response is late.</strong>
   *[other] <strong>{ $count } responses are late.</strong>
}
programme-as-of = Dates are judged as of { $as_of }.
programme-parts = Parts of the programme
programme-proposed = Proposed
programme-under-way = Under way
programme-awaiting = Awaiting the response
programme-monitoring = Monitoring
programme-assessed = Impact assessed
programme-closed = Closed
programme-withdrawn = Withdrawn
programme-proposed-intro = Reviews chosen for the programme that have not begun.
programme-proposed-none = No review is proposed at present.
programme-under-way-intro = Reviews being scoped, gathering evidence or writing their report, the soonest expected report first.
programme-under-way-none = No review is under way at present.
programme-awaiting-intro = Reports published and waiting for the landlord's formal response, late ones first.
programme-awaiting-none = No report is waiting for its response.
programme-monitoring-intro = The response is given and the panel follows the recommendations that were accepted.
programme-monitoring-none = No review is being monitored at present.
programme-assessed-intro = Reviews the panel has looked back on, to ask whether they changed anything for residents, the newest assessment first.
programme-assessed-none = No review has had its impact assessed yet.
programme-closed-intro = Reviews no longer followed, closed without an impact assessment.
programme-withdrawn-intro = Reviews stopped before they were finished; each review's page says why.
programme-report-expected = Report expected by <time datetime="{ $iso }">{ $date }</time>.
programme-no-report-date = No date is set for the report yet.
programme-published = Report published <time datetime="{ $iso }">{ $date }</time>.
programme-ready-for-impact = Ready for an impact assessment
programme-assessed-on = assessed on <time datetime="{ $iso }">{ $date }</time>
data-reviews-heading = Reviews: reviews.csv and reviews.json
data-reviews-intro = One row per review, with the stage of its life, the dates of its report and its response, whether the response is late, and what the impact assessment found.
data-reviews-csv = <a href="{ $root }data/reviews.csv" download>reviews.csv</a>: one row per review, in the order of their web addresses.
data-reviews-json = <a href="{ $root }data/reviews.json">reviews.json</a>: the same, as a JSON array with one object per review, with the keys below; empty values are <code>null</code>.
data-review-columns = Columns of reviews.csv and keys of reviews.json

## The life of a review, words the program says (index::routes, render::life): plain text

title-programme = Work programme
# A review's stage (model::Stage), by its key.
stage-label = { $key ->
    [proposed] Proposed
    [scoping] Scoping
    [evidence] Gathering evidence
    [reporting] Writing the report
    [awaiting-response] Awaiting the response
    [monitoring] Monitoring
    [impact-assessed] Impact assessed
    [closed] Closed
   *[withdrawn] Withdrawn
}
# Where a step of a review's life stands, beside its style.
step-state-label = { $key ->
    [done] Done
    [current] Current stage
    [to-come] To come
   *[skipped] Not done
}
# What an impact assessment found (model::Rating), by its key.
rating-label = { $key ->
    [significant] Significant impact
    [some] Some impact
    [little] Little impact
    [none] No impact
   *[too-early] Too early to tell
}

## The columns of reviews.csv, on the data page (data::reviews): plain text

data-review-column-review = The review's short name, as in its web address (for example tmo-scrutiny-2011).
data-review-column-title = The review's title.
data-review-column-body = The panel or committee that carried out the review, where named.
data-review-column-stage = Where the review is in its life: proposed, scoping, evidence, reporting, awaiting-response, monitoring, impact-assessed, closed or withdrawn.
data-review-column-stage-label = The stage in words, in English whatever the language of the site.
data-review-column-stage-stated = true when the content states the stage; false when the site inferred it (monitoring for a published review with recommendations or a response, awaiting-response for one published without, reporting before).
data-review-column-stage-since = When the current stage began (YYYY-MM-DD), where known.
data-review-column-origin = Why the review was chosen, where said.
data-review-column-expected = When the report is expected (YYYY-MM-DD), for a review not yet reported.
data-review-column-published = The date of the report (YYYY-MM-DD).
data-review-column-response-due = When the formal response is due (YYYY-MM-DD): two months after published, unless the review gives another date.
data-review-column-response-date = When the formal response was given (YYYY-MM-DD), where recorded.
data-review-column-response-late = true when the review was awaiting its response after it was due, on the date in as_of.
data-review-column-days-late = Days past the response's due date on the date in as_of; 0 when not late.
data-review-column-recommendations = How many recommendations the review made.
data-review-column-done = How many of them are done (the category done).
data-review-column-ready-for-impact = true when the review is being monitored and every recommendation is done or closed: time for an impact assessment.
data-review-column-impact-date = When the impact assessment was made (YYYY-MM-DD), where there is one.
data-review-column-impact-by = Who made the impact assessment, where named.
data-review-column-impact-rating = What the impact assessment found: significant, some, little, none or too-early.
data-review-column-impact-rating-label = That rating in words, in English whatever the language of the site.
data-review-column-url = The review's page, relative to the site's home page.
data-review-column-as-of = The date response_late, days_late and ready_for_impact were judged on (YYYY-MM-DD).

data-reports-heading = Reports to committee: changes.csv
data-reports-intro = Each monitoring report to committee has its findings as a CSV file, one row for each recommendation in each section of the report, and the report as a Word document for the committee papers.
data-col-report = Report
data-col-changes = Its findings
data-col-docx = Word document
data-report-changes-hidden = <span class="visually-hidden">: findings of { $title }</span>
data-report-docx-hidden = <span class="visually-hidden">: { $title } as a Word document</span>
data-report-columns = Columns of changes.csv
data-report-column-report = The report's short name, as in its web address.
data-report-column-section = The section of the report the row is in: completed, newly-overdue, deadline-revised, updated, no-update, extension-requested, closure-requested, due-next-period or closed-without-outcome. A recommendation is in as many rows as sections.
data-report-column-review = The review's short name, as in its web address.
data-report-column-number = The recommendation's number as published.
data-report-column-title = The recommendation's title, or the first sentence of it.
data-report-column-responsible = Who is answerable, the names separated by "; ".
data-report-column-status-start = Its status key at the start of the period (the end of the day before it), or not-recorded when no update by then gives a status.
data-report-column-status-end = Its status key at the end of the period, or not-recorded.
data-report-column-date = The date that matters to the section (YYYY-MM-DD): the update, the deadline, the agreement or the request. Empty when none does.
data-report-column-detail = For a revised deadline or an extension request: the deadline before, the one after and why ("2014-03-31 to 2014-12-31: …"). Empty otherwise.
data-report-column-url = The recommendation's page, from the site's root.
