//! The route table: every kind of page the site has, and for each its path, template, title,
//! section (for the navigation) and parent (for the breadcrumbs). Pages' URLs and breadcrumbs come
//! from here alone, so that asking for another version of a page (such as the same page in
//! another language) has one place to go. Pure: computes from the index.

use super::SiteIndex;
use crate::model::Category;
use crate::model::slug::slugify;

/// Every kind of page, with what it is about (indexes into the index's lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// The home page: the dashboard.
    Home,
    /// The list of reviews.
    Reviews,
    /// A review's page (index into `site.reviews`).
    Review(usize),
    /// A recommendation's page (index into `recs`).
    Recommendation(usize),
    /// Recommendations by status: the list of categories.
    StatusIndex,
    /// The recommendations of one status category.
    Status(Category),
    /// Who is responsible: the list of parties.
    ResponsibleIndex,
    /// A party's responsibilities (index into `parties`).
    Party(usize),
    /// Overdue and not updated recommendations.
    Overdue,
    /// The whole site (`None`) or one review.
    YouSaidWeDid(Option<usize>),
    /// Page 1, 2, … of the updates, newest first.
    Updates(usize),
    /// The glossary of abbreviations.
    Glossary,
    /// The open data page.
    Data,
    /// The list of performance indicators.
    Indicators,
    /// An indicator's page (index into `site.indicators`).
    Indicator(usize),
    /// Search of the recommendations.
    Search,
    /// A free page (index into `site.pages`).
    Page(usize),
    /// The 404 page, shown at any missing address.
    NotFound,
    /// The list of monitoring reports to committee.
    Reports,
    /// A monitoring report (index into `site.reports`).
    Report(usize),
}

/// One page's entry in the route table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// Where the page goes, relative to the site root: `reviews/housing/index.html`.
    pub path: String,
    /// The theme's template that makes it.
    pub template: &'static str,
    /// Its title, as its heading and `<title>` show it.
    pub title: String,
    /// What the breadcrumbs of the pages below it call it.
    pub crumb: String,
    /// Its part of the site, for the navigation.
    pub section: &'static str,
    /// The page above it in the breadcrumbs.
    pub parent: Option<PageKind>,
}

/// How many updates one page of /updates/ holds.
pub const UPDATES_PER_PAGE: usize = 100;

/// The folder of a review's pages, open data and feed: `reviews/<slug>/`.
pub fn review_dir(slug: &str) -> String {
    format!("reviews/{slug}/")
}

/// The folder of a monitoring report's page, its Word document and its open data:
/// `reports/<slug>/`.
pub fn report_dir(slug: &str) -> String {
    format!("reports/{slug}/")
}

/// The path of a recommendation's page, from the slugs of its review and its own: known before
/// the site is indexed (validation keeps paths short with it).
pub fn rec_path(review_slug: &str, rec_slug: &str) -> String {
    format!("reviews/{review_slug}/{rec_slug}/index.html")
}

impl SiteIndex {
    /// Every page of the site, in a fixed order.
    pub fn page_kinds(&self) -> Vec<PageKind> {
        use PageKind::*;
        let mut v = vec![
            Home,
            Reviews,
            StatusIndex,
            ResponsibleIndex,
            Overdue,
            YouSaidWeDid(None),
            Updates(1),
            Glossary,
            NotFound,
            Data,
            Indicators,
            Search,
        ];
        v.extend((2..=self.update_pages()).map(Updates));
        for i in 0..self.site.reviews.len() {
            v.extend([YouSaidWeDid(Some(i)), Review(i)]);
        }
        v.extend((0..self.recs.len()).map(Recommendation));
        v.extend(Category::ALL.into_iter().map(Status));
        v.extend((0..self.parties.len()).map(Party));
        v.extend((0..self.site.indicators.len()).map(Indicator));
        v.extend((0..self.site.pages.len()).map(Page));
        if !self.site.reports.is_empty() {
            v.push(Reports);
            v.extend((0..self.site.reports.len()).map(Report));
        }
        v
    }

    /// How many pages of updates there are (at least one).
    pub fn update_pages(&self) -> usize {
        self.updates.len().div_ceil(UPDATES_PER_PAGE).max(1)
    }

    /// The page's address relative to the site root.
    pub fn url(&self, kind: PageKind) -> String {
        use PageKind::*;
        let slug = |ri: usize| &self.site.reviews[ri].slug;
        match kind {
            Home => "index.html".into(),
            Reviews => "reviews/index.html".into(),
            Review(ri) => format!("{}index.html", review_dir(slug(ri))),
            Recommendation(i) => self.recs[i].url.clone(),
            StatusIndex => "status/index.html".into(),
            Status(c) => format!("status/{}/index.html", c.key()),
            ResponsibleIndex => "responsible/index.html".into(),
            Party(pi) => party_path(&self.parties[pi].slug),
            Overdue => "overdue/index.html".into(),
            YouSaidWeDid(None) => "you-said-we-did/index.html".into(),
            YouSaidWeDid(Some(ri)) => format!("{}you-said-we-did/index.html", review_dir(slug(ri))),
            Updates(page) if page <= 1 => "updates/index.html".into(),
            Updates(page) => format!("updates/{page}/index.html"),
            Glossary => "glossary/index.html".into(),
            Data => "data/index.html".into(),
            Indicators => "indicators/index.html".into(),
            Indicator(i) => format!("indicators/{}/index.html", self.site.indicators[i].id),
            Search => "search/index.html".into(),
            Page(i) => format!("pages/{}/index.html", self.site.pages[i].slug),
            NotFound => "404.html".into(),
            Reports => "reports/index.html".into(),
            Report(i) => format!("{}index.html", report_dir(&self.site.reports[i].slug)),
        }
    }

    /// The page of the party responsible named `name` (as a recommendation or action names it).
    pub fn party_url(&self, name: &str) -> String {
        party_path(&slugify(name))
    }

    /// The page's entry in the route table.
    pub fn route(&self, kind: PageKind) -> Route {
        use PageKind::*;
        let (template, title, section, parent): (_, String, _, _) = match kind {
            Home => ("home.html", self.site.config.title.clone(), "home", None),
            Reviews => ("reviews.html", "Reviews".into(), "reviews", Some(Home)),
            Review(ri) => (
                "review.html",
                self.site.reviews[ri].title.clone(),
                "reviews",
                Some(Reviews),
            ),
            Recommendation(i) => (
                "recommendation.html",
                format!(
                    "Recommendation {}: {}",
                    self.rec(i).number.as_str(),
                    self.recs[i].title
                ),
                "reviews",
                Some(Review(self.recs[i].review)),
            ),
            StatusIndex => (
                "status-index.html",
                "Recommendations by status".into(),
                "status",
                Some(Home),
            ),
            Status(c) => (
                "status.html",
                format!("{}: recommendations by status", c.label()),
                "status",
                Some(StatusIndex),
            ),
            ResponsibleIndex => (
                "responsible-index.html",
                "Who is responsible".into(),
                "responsible",
                Some(Home),
            ),
            Party(pi) => (
                "responsible.html",
                format!("{}: responsibilities", self.parties[pi].name),
                "responsible",
                Some(ResponsibleIndex),
            ),
            Overdue => (
                "overdue.html",
                "Overdue and not updated".into(),
                "overdue",
                Some(Home),
            ),
            YouSaidWeDid(None) => (
                "you-said-we-did.html",
                "You said, we did".into(),
                "you-said-we-did",
                Some(Home),
            ),
            YouSaidWeDid(Some(ri)) => (
                "you-said-we-did.html",
                format!("You said, we did: {}", self.site.reviews[ri].title),
                "you-said-we-did",
                Some(YouSaidWeDid(None)),
            ),
            Updates(page) => {
                let title = if page <= 1 {
                    "Progress updates".to_string()
                } else {
                    format!("Progress updates, page {page} of {}", self.update_pages())
                };
                ("updates.html", title, "updates", Some(Home))
            }
            Glossary => ("glossary.html", "Glossary".into(), "glossary", Some(Home)),
            Data => ("data.html", "Open data".into(), "data", Some(Home)),
            Indicators => (
                "indicators.html",
                "Performance indicators".into(),
                "indicators",
                Some(Home),
            ),
            Indicator(i) => (
                "indicator.html",
                self.site.indicators[i].title.clone(),
                "indicators",
                Some(Indicators),
            ),
            Search => (
                "search.html",
                "Search recommendations".into(),
                "search",
                Some(Home),
            ),
            Page(i) => (
                "page.html",
                self.site.pages[i].title.clone(),
                "page",
                Some(Home),
            ),
            NotFound => ("404.html", "Page not found".into(), "404", None),
            Reports => (
                "reports.html",
                "Reports to committee".into(),
                "reports",
                Some(Home),
            ),
            Report(i) => (
                "report.html",
                self.site.reports[i].title.clone(),
                "reports",
                Some(Reports),
            ),
        };
        let crumb = match kind {
            Home => "Home".to_string(),
            StatusIndex => "By status".to_string(),
            _ => title.clone(),
        };
        Route {
            path: self.url(kind),
            template,
            title,
            crumb,
            section,
            parent,
        }
    }

    /// The pages above `kind`, from the home page down to its parent: (crumb, path) each.
    pub fn breadcrumbs(&self, kind: PageKind) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut at = self.route(kind).parent;
        while let Some(k) = at {
            let r = self.route(k);
            out.push((r.crumb, r.path));
            at = r.parent;
        }
        out.reverse();
        out
    }
}

fn party_path(slug: &str) -> String {
    format!("responsible/{slug}/index.html")
}
