//! The list of pages a site has, and the context each page's template gets. Pure.

use super::views::{self, *};
use crate::data;
use crate::index::{self, SiteIndex};
use crate::model::Category;
use serde::Serialize;
use tera::Context;

/// Every kind of page, with what it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Home,
    Reviews,
    Review(usize),
    Recommendation(usize),
    StatusIndex,
    Status(Category),
    ResponsibleIndex,
    Party(usize),
    Overdue,
    /// The whole site (`None`) or one review.
    YouSaidWeDid(Option<usize>),
    /// Page 1, 2, … of the updates, newest first.
    Updates(usize),
    Glossary,
    Data,
    Indicators,
    Indicator(usize),
    Search,
    Page(usize),
    NotFound,
}

/// A page to make: where it goes and which template makes it.
#[derive(Debug, Clone)]
pub struct PageJob {
    pub path: String,
    pub template: &'static str,
    pub kind: PageKind,
}

/// All the pages of the site, in a fixed order.
pub fn list(ix: &SiteIndex) -> Vec<PageJob> {
    let job = |path: String, template, kind| PageJob {
        path,
        template,
        kind,
    };
    let mut v = vec![
        job("index.html".into(), "home.html", PageKind::Home),
        job(
            "reviews/index.html".into(),
            "reviews.html",
            PageKind::Reviews,
        ),
        job(
            "status/index.html".into(),
            "status-index.html",
            PageKind::StatusIndex,
        ),
        job(
            "responsible/index.html".into(),
            "responsible-index.html",
            PageKind::ResponsibleIndex,
        ),
        job(
            "overdue/index.html".into(),
            "overdue.html",
            PageKind::Overdue,
        ),
        job(
            "you-said-we-did/index.html".into(),
            "you-said-we-did.html",
            PageKind::YouSaidWeDid(None),
        ),
        job(
            "updates/index.html".into(),
            "updates.html",
            PageKind::Updates(1),
        ),
        job(
            "glossary/index.html".into(),
            "glossary.html",
            PageKind::Glossary,
        ),
        job("404.html".into(), "404.html", PageKind::NotFound),
        job("data/index.html".into(), "data.html", PageKind::Data),
        job(
            "indicators/index.html".into(),
            "indicators.html",
            PageKind::Indicators,
        ),
        job("search/index.html".into(), "search.html", PageKind::Search),
    ];
    for page in 2..=update_pages(ix) {
        v.push(job(
            updates_url(page),
            "updates.html",
            PageKind::Updates(page),
        ));
    }
    for (i, r) in ix.site.reviews.iter().enumerate() {
        v.push(job(
            format!("reviews/{}/you-said-we-did/index.html", r.slug),
            "you-said-we-did.html",
            PageKind::YouSaidWeDid(Some(i)),
        ));
        v.push(job(
            index::review_url(&r.slug),
            "review.html",
            PageKind::Review(i),
        ));
    }
    for (i, e) in ix.recs.iter().enumerate() {
        v.push(job(
            e.url.clone(),
            "recommendation.html",
            PageKind::Recommendation(i),
        ));
    }
    for c in Category::ALL {
        v.push(job(
            index::status_url(c),
            "status.html",
            PageKind::Status(c),
        ));
    }
    for (i, p) in ix.parties.iter().enumerate() {
        v.push(job(
            index::party_url(&p.slug),
            "responsible.html",
            PageKind::Party(i),
        ));
    }
    for (i, ind) in ix.site.indicators.iter().enumerate() {
        v.push(job(
            index::indicator_url(&ind.id),
            "indicator.html",
            PageKind::Indicator(i),
        ));
    }
    for (i, p) in ix.site.pages.iter().enumerate() {
        v.push(job(
            index::page_url(&p.slug),
            "page.html",
            PageKind::Page(i),
        ));
    }
    v
}

/// `../` once per folder between `path` and the site root.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

#[derive(Serialize)]
struct Crumb {
    title: String,
    url: String,
}

fn crumb(title: impl Into<String>, url: impl Into<String>) -> Crumb {
    Crumb {
        title: title.into(),
        url: url.into(),
    }
}

#[derive(Serialize)]
struct RevisionView<'a> {
    date: DateView,
    reason: &'a str,
    agreed: Option<DateView>,
    requested: Option<DateView>,
    /// Asked for and not yet agreed: not in force.
    pending: bool,
}

#[derive(Serialize)]
struct ActionView<'a> {
    html: &'a str,
    responsible: Vec<PartyRef<'a>>,
    status: Option<StatusView<'a>>,
}

#[derive(Serialize)]
struct ReviewCard<'a> {
    title: &'a str,
    url: String,
    body: Option<&'a str>,
    organisation: &'a str,
    published: Option<DateView>,
    updated: Option<DateView>,
    counts: CountsView,
}

fn review_card(ix: &SiteIndex, i: usize) -> ReviewCard<'_> {
    let r = &ix.site.reviews[i];
    ReviewCard {
        title: &r.title,
        url: index::review_url(&r.slug),
        body: r.body.as_deref(),
        organisation: &r.organisation,
        published: r.published.map(date),
        updated: ix.review_updated[i].map(date),
        counts: counts(&ix.review_counts[i]),
    }
}

#[derive(Serialize)]
struct CategoryCard {
    key: &'static str,
    label: &'static str,
    url: String,
    count: usize,
}

fn category_cards(ix: &SiteIndex) -> Vec<CategoryCard> {
    Category::ALL
        .iter()
        .map(|c| CategoryCard {
            key: c.key(),
            label: c.label(),
            url: index::status_url(*c),
            count: ix.counts.of(*c),
        })
        .collect()
}

/// Builds the context for one page.
pub fn context(ix: &SiteIndex, job: &PageJob) -> Context {
    let mut ctx = Context::new();
    // A web host shows the 404 page at whatever address was missing, however deep, so its links
    // start from the site's own path (from base_url) rather than from where the file is.
    let root = match (&job.kind, ix.site.config.base_url.as_deref()) {
        (PageKind::NotFound, Some(b)) => index::base_path(b),
        _ => root_of(&job.path),
    };
    ctx.insert("root", &root);
    ctx.insert("path", &job.path);
    let home = crumb("Home", "index.html");
    let (title, section, crumbs): (String, &str, Vec<Crumb>) = match job.kind {
        PageKind::Home => {
            ctx.insert("counts", &counts(&ix.counts));
            ctx.insert("categories", &category_cards(ix));
            ctx.insert(
                "reviews",
                &(0..ix.site.reviews.len())
                    .map(|i| review_card(ix, i))
                    .collect::<Vec<_>>(),
            );
            ctx.insert(
                "latest_updates",
                &ix.updates
                    .iter()
                    .take(5)
                    .map(|u| update(ix, *u))
                    .collect::<Vec<_>>(),
            );
            (ix.site.config.title.clone(), "home", vec![])
        }
        PageKind::Reviews => {
            ctx.insert(
                "reviews",
                &(0..ix.site.reviews.len())
                    .map(|i| review_card(ix, i))
                    .collect::<Vec<_>>(),
            );
            ("Reviews".into(), "reviews", vec![home])
        }
        PageKind::Review(i) => {
            let r = &ix.site.reviews[i];
            let range = ix.review_recs[i].clone();
            ctx.insert("review", &review_card(ix, i));
            ctx.insert("summary_html", &ix.review_summaries[i]);
            ctx.insert("response_date", &r.response_date.map(date));
            ctx.insert(
                "documents",
                &r.documents
                    .iter()
                    .map(|d| LinkView {
                        title: &d.title,
                        url: &d.url,
                    })
                    .collect::<Vec<_>>(),
            );
            ctx.insert("breakdown", &status_breakdown(ix, range.clone()));
            ctx.insert("groups", &by_theme(ix, range));
            ctx.insert("source", &r.source);
            let links = data_links(ix, i);
            ctx.insert("review_feed", &links.feed);
            ctx.insert("data_links", &links);
            ctx.insert(
                "you_said_url",
                &format!("reviews/{}/you-said-we-did/index.html", r.slug),
            );
            (
                r.title.clone(),
                "reviews",
                vec![home, crumb("Reviews", "reviews/index.html")],
            )
        }
        PageKind::Recommendation(idx) => {
            let e = &ix.recs[idx];
            let review = &ix.site.reviews[e.review];
            let r = ix.rec(idx);
            let range = ix.review_recs[e.review].clone();
            ctx.insert("rec", &rec_row(ix, idx));
            ctx.insert("recommendation_html", &e.html.recommendation);
            ctx.insert("response_text_html", &e.html.response_text);
            ctx.insert("outcome_html", &e.html.outcome);
            ctx.insert(
                "lead_officer",
                &r.lead_officer.as_deref().map(|l| abbr(ix, l)),
            );
            ctx.insert("resources", &r.resources);
            ctx.insert(
                "revisions_in_force",
                &r.revised_deadlines
                    .iter()
                    .filter(|v| !v.is_pending())
                    .count(),
            );
            ctx.insert(
                "revisions",
                &r.revised_deadlines
                    .iter()
                    .map(|v| RevisionView {
                        date: date(v.date),
                        reason: &v.reason,
                        agreed: v.agreed.map(date),
                        requested: v.requested.map(date),
                        pending: v.is_pending(),
                    })
                    .collect::<Vec<_>>(),
            );
            ctx.insert(
                "actions",
                &r.actions
                    .iter()
                    .zip(&e.html.actions)
                    .map(|(a, html)| ActionView {
                        html,
                        responsible: parties(ix, &a.responsible),
                        status: a.status.as_deref().map(|s| status(ix, s)),
                    })
                    .collect::<Vec<_>>(),
            );
            // The timeline reads newest first; updates of the same day keep the order they were written in.
            let mut order: Vec<usize> = (0..r.updates.len()).collect();
            order.sort_by(|&a, &b| r.updates[b].date.cmp(&r.updates[a].date));
            ctx.insert(
                "updates",
                &order
                    .into_iter()
                    .map(|u| update(ix, (idx, u)))
                    .collect::<Vec<_>>(),
            );
            ctx.insert(
                "evidence",
                &r.evidence
                    .iter()
                    .map(|d| LinkView {
                        title: &d.title,
                        url: &d.url,
                    })
                    .collect::<Vec<_>>(),
            );
            ctx.insert(
                "previous",
                &(idx > range.start).then(|| rec_row(ix, idx - 1)),
            );
            ctx.insert("next", &(idx + 1 < range.end).then(|| rec_row(ix, idx + 1)));
            ctx.insert("stale_after_days", &ix.site.config.stale_after_days);
            ctx.insert("source", &r.source);
            ctx.insert(
                "indicators",
                &ix.rec_indicators[idx]
                    .iter()
                    .map(|&i| indicator_card(ix, i))
                    .collect::<Vec<_>>(),
            );
            let links = data_links(ix, e.review);
            ctx.insert("review_feed", &links.feed);
            ctx.insert("data_links", &links);
            let title = format!("Recommendation {}: {}", r.number.as_str(), e.title);
            (
                title,
                "reviews",
                vec![
                    home,
                    crumb("Reviews", "reviews/index.html"),
                    crumb(review.title.clone(), index::review_url(&review.slug)),
                ],
            )
        }
        PageKind::StatusIndex => {
            ctx.insert("counts", &counts(&ix.counts));
            ctx.insert("categories", &category_cards(ix));
            ctx.insert("breakdown", &status_breakdown(ix, 0..ix.recs.len()));
            ("Recommendations by status".into(), "status", vec![home])
        }
        PageKind::Status(c) => {
            let idxs: Vec<usize> = (0..ix.recs.len())
                .filter(|&i| ix.recs[i].facts.category == c)
                .collect();
            ctx.insert(
                "category",
                &CategoryCard {
                    key: c.key(),
                    label: c.label(),
                    url: index::status_url(c),
                    count: idxs.len(),
                },
            );
            ctx.insert("breakdown", &status_breakdown(ix, idxs.clone()));
            ctx.insert("groups", &by_review(ix, idxs));
            (
                format!("{}: recommendations by status", c.label()),
                "status",
                vec![home, crumb("By status", "status/index.html")],
            )
        }
        PageKind::ResponsibleIndex => {
            #[derive(Serialize)]
            struct PartyCard<'a> {
                name: &'a str,
                meaning: Option<&'a str>,
                url: String,
                recs: usize,
                actions: usize,
                overdue: usize,
                open: usize,
            }
            let cards: Vec<PartyCard> = ix
                .parties
                .iter()
                .map(|p| PartyCard {
                    name: &p.name,
                    meaning: p.meaning.as_deref(),
                    url: index::party_url(&p.slug),
                    recs: p.recs.len(),
                    actions: p.actions.len(),
                    overdue: p.recs.iter().filter(|&&i| ix.recs[i].facts.overdue).count(),
                    open: p
                        .recs
                        .iter()
                        .filter(|&&i| ix.recs[i].facts.category.is_open())
                        .count(),
                })
                .collect();
            ctx.insert("parties", &cards);
            ("Who is responsible".into(), "responsible", vec![home])
        }
        PageKind::Party(pi) => {
            let p = &ix.parties[pi];
            #[derive(Serialize)]
            struct OwnedAction<'a> {
                html: &'a str,
                status: Option<StatusView<'a>>,
                rec: RecRow<'a>,
            }
            let actions: Vec<OwnedAction> = p
                .actions
                .iter()
                .map(|&(ri, ai)| OwnedAction {
                    html: &ix.recs[ri].html.actions[ai],
                    status: ix.rec(ri).actions[ai]
                        .status
                        .as_deref()
                        .map(|s| status(ix, s)),
                    rec: rec_row(ix, ri),
                })
                .collect();
            ctx.insert(
                "party",
                &PartyRef {
                    name: &p.name,
                    meaning: p.meaning.as_deref(),
                    url: index::party_url(&p.slug),
                },
            );
            ctx.insert("breakdown", &status_breakdown(ix, p.recs.iter().copied()));
            ctx.insert("groups", &by_review(ix, p.recs.iter().copied()));
            ctx.insert("owned_actions", &actions);
            (
                format!("{}: responsibilities", p.name),
                "responsible",
                vec![home, crumb("Who is responsible", "responsible/index.html")],
            )
        }
        PageKind::Overdue => {
            ctx.insert(
                "overdue",
                &ix.overdue
                    .iter()
                    .map(|&i| rec_row(ix, i))
                    .collect::<Vec<_>>(),
            );
            ctx.insert(
                "not_updated",
                &ix.not_updated
                    .iter()
                    .map(|&i| rec_row(ix, i))
                    .collect::<Vec<_>>(),
            );
            ctx.insert("stale_after_days", &ix.site.config.stale_after_days);
            ("Overdue and not updated".into(), "overdue", vec![home])
        }
        PageKind::YouSaidWeDid(which) => {
            let whole = which.is_none();
            // On a large site the site-wide page lists the reviews; each review has its own page.
            let summary_only = whole && ix.recs.len() > YOU_SAID_ON_ONE_PAGE;
            let reviews: Vec<usize> = match which {
                Some(ri) => vec![ri],
                None => (0..ix.site.reviews.len()).collect(),
            };
            let out: Vec<ReviewPairs> = reviews
                .iter()
                .map(|&ri| review_pairs(ix, ri, !summary_only))
                .collect();
            ctx.insert("reviews", &out);
            ctx.insert("summary_only", &summary_only);
            ctx.insert("single_review", &!whole);
            match which {
                None => ("You said, we did".into(), "you-said-we-did", vec![home]),
                Some(ri) => {
                    let r = &ix.site.reviews[ri];
                    (
                        format!("You said, we did: {}", r.title),
                        "you-said-we-did",
                        vec![
                            home,
                            crumb("You said, we did", "you-said-we-did/index.html"),
                        ],
                    )
                }
            }
        }
        PageKind::Updates(page) => {
            let pages = update_pages(ix);
            let start = (page - 1) * UPDATES_PER_PAGE;
            let on_page = &ix.updates
                [start.min(ix.updates.len())..(start + UPDATES_PER_PAGE).min(ix.updates.len())];
            ctx.insert(
                "updates",
                &on_page.iter().map(|u| update(ix, *u)).collect::<Vec<_>>(),
            );
            // The same updates under a heading for each year, so the page's headings go h1, h2, h3.
            #[derive(Serialize)]
            struct Year<'a> {
                year: String,
                updates: Vec<UpdateView<'a>>,
            }
            let mut years: Vec<Year> = Vec::new();
            for &(ri, ui) in on_page {
                let year = chrono::Datelike::year(&ix.rec(ri).updates[ui].date).to_string();
                let view = update(ix, (ri, ui));
                match years.last_mut() {
                    Some(y) if y.year == year => y.updates.push(view),
                    _ => years.push(Year {
                        year,
                        updates: vec![view],
                    }),
                }
            }
            ctx.insert("years", &years);
            ctx.insert(
                "pagination",
                &Pagination {
                    page,
                    pages,
                    total: ix.updates.len(),
                    first: start + 1,
                    last: (start + UPDATES_PER_PAGE).min(ix.updates.len()),
                    previous: (page > 1).then(|| updates_url(page - 1)),
                    next: (page < pages).then(|| updates_url(page + 1)),
                },
            );
            let title = if page == 1 {
                "Progress updates".to_string()
            } else {
                format!("Progress updates, page {page} of {pages}")
            };
            (title, "updates", vec![home])
        }
        PageKind::Data => {
            ctx.insert("rec_columns", data::records::REC_COLUMNS);
            ctx.insert("update_columns", data::records::UPDATE_COLUMNS);
            ctx.insert(
                "reviews",
                &(0..ix.site.reviews.len())
                    .map(|i| data_links(ix, i))
                    .collect::<Vec<_>>(),
            );
            ctx.insert("stale_after_days", &ix.site.config.stale_after_days);
            ctx.insert("feed_limit", &data::feed::FEED_LIMIT);
            ("Open data".into(), "data", vec![home])
        }
        PageKind::Indicators => {
            super::indicator_pages::index(ix, &mut ctx);
            ("Performance indicators".into(), "indicators", vec![home])
        }
        PageKind::Indicator(i) => {
            super::indicator_pages::page(ix, i, &mut ctx);
            (
                ix.site.indicators[i].title.clone(),
                "indicators",
                vec![
                    home,
                    crumb("Performance indicators", "indicators/index.html"),
                ],
            )
        }
        PageKind::Search => {
            ctx.insert(
                "search_index",
                &data::search::for_html(&data::search::json(ix)),
            );
            ctx.insert("categories", &category_cards(ix));
            ctx.insert("count", &ix.recs.len());
            ("Search recommendations".into(), "search", vec![home])
        }
        PageKind::Glossary => {
            #[derive(Serialize)]
            struct Entry<'a> {
                abbr: &'a str,
                meaning: &'a str,
            }
            ctx.insert(
                "entries",
                &ix.site
                    .glossary
                    .0
                    .iter()
                    .map(|(a, m)| Entry {
                        abbr: a,
                        meaning: m,
                    })
                    .collect::<Vec<_>>(),
            );
            ("Glossary".into(), "glossary", vec![home])
        }
        PageKind::Page(i) => {
            let p = &ix.site.pages[i];
            ctx.insert("description", &p.description);
            ctx.insert("body_html", &ix.pages_html[i]);
            (p.title.clone(), "page", vec![home])
        }
        PageKind::NotFound => ("Page not found".into(), "404", vec![]),
    };
    if !ctx.contains_key("review_feed") {
        ctx.insert("review_feed", &None::<String>);
    }
    ctx.insert("page_title", &title);
    ctx.insert("section", section);
    ctx.insert("breadcrumbs", &crumbs);
    ctx.insert(
        "canonical",
        &ix.site
            .config
            .base_url
            .as_ref()
            .filter(|_| job.kind != PageKind::NotFound)
            .map(|b| format!("{b}{}", job.path.trim_end_matches("index.html"))),
    );
    ctx
}

/// What every page can use: the site's name, the as-of date, the navigation.
pub fn global(ix: &SiteIndex) -> Context {
    #[derive(Serialize)]
    struct SiteView<'a> {
        title: &'a str,
        organisation: &'a str,
        language: &'a str,
        base_url: Option<&'a str>,
    }
    #[derive(Serialize)]
    struct NavPage<'a> {
        title: &'a str,
        url: String,
    }
    let c = &ix.site.config;
    let mut ctx = Context::new();
    ctx.insert(
        "site",
        &SiteView {
            title: &c.title,
            organisation: &c.organisation,
            language: &c.language,
            base_url: c.base_url.as_deref(),
        },
    );
    ctx.insert("as_of", &views::date(ix.as_of));
    ctx.insert(
        "pages",
        &ix.site
            .pages
            .iter()
            .map(|p| NavPage {
                title: &p.title,
                url: index::page_url(&p.slug),
            })
            .collect::<Vec<_>>(),
    );
    ctx.insert("has_glossary", &!ix.site.glossary.0.is_empty());
    ctx.insert("has_indicators", &!ix.site.indicators.is_empty());
    ctx
}

/// How many updates one page of /updates/ holds.
pub const UPDATES_PER_PAGE: usize = 100;

/// Above this many recommendations, /you-said-we-did/ lists the reviews and each review's pairs
/// are on its own page.
pub const YOU_SAID_ON_ONE_PAGE: usize = 150;

fn update_pages(ix: &SiteIndex) -> usize {
    ix.updates.len().div_ceil(UPDATES_PER_PAGE).max(1)
}

fn updates_url(page: usize) -> String {
    if page <= 1 {
        "updates/index.html".into()
    } else {
        format!("updates/{page}/index.html")
    }
}

#[derive(Serialize)]
struct Pagination {
    page: usize,
    pages: usize,
    total: usize,
    first: usize,
    last: usize,
    previous: Option<String>,
    next: Option<String>,
}

/// "You said" beside "we did" for one recommendation.
#[derive(Serialize)]
struct Pair<'a> {
    rec: RecRow<'a>,
    said_html: &'a str,
    response_text_html: Option<&'a str>,
    did_html: Option<&'a str>,
    did_date: Option<DateView>,
    did_is_outcome: bool,
}

#[derive(Serialize)]
struct ThemePairs<'a> {
    heading: Option<String>,
    pairs: Vec<Pair<'a>>,
}

#[derive(Serialize)]
struct ReviewPairs<'a> {
    review: ReviewCard<'a>,
    url: String,
    themes: Vec<ThemePairs<'a>>,
}

/// One review's pairs grouped by theme (themeless ones last); `with_pairs: false` for a summary.
fn review_pairs(ix: &SiteIndex, ri: usize, with_pairs: bool) -> ReviewPairs<'_> {
    let mut themes: Vec<ThemePairs> = Vec::new();
    for i in ix.review_recs[ri].clone().filter(|_| with_pairs) {
        let e = &ix.recs[i];
        let r = ix.rec(i);
        let (did_html, did_date, did_is_outcome) = match (&e.html.outcome, r.updates.last()) {
            (Some(o), _) => (Some(o.as_str()), None, true),
            (None, Some(u)) => (
                e.html.updates.last().map(String::as_str),
                Some(date(u.date)),
                false,
            ),
            (None, None) => (None, None, false),
        };
        let pair = Pair {
            rec: rec_row(ix, i),
            said_html: &e.html.recommendation,
            response_text_html: e.html.response_text.as_deref(),
            did_html,
            did_date,
            did_is_outcome,
        };
        match themes.iter_mut().find(|t| t.heading == r.theme) {
            Some(t) => t.pairs.push(pair),
            None => themes.push(ThemePairs {
                heading: r.theme.clone(),
                pairs: vec![pair],
            }),
        }
    }
    if let Some(pos) = themes.iter().position(|t| t.heading.is_none()) {
        let t = themes.remove(pos);
        let named = !themes.is_empty();
        themes.push(ThemePairs {
            heading: named.then(|| "Other recommendations".to_string()),
            ..t
        });
    }
    let slug = &ix.site.reviews[ri].slug;
    ReviewPairs {
        review: review_card(ix, ri),
        url: format!("reviews/{slug}/you-said-we-did/index.html"),
        themes,
    }
}
