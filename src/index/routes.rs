//! The route table: every kind of page the site has, and for each its path, template, title,
//! section (for the navigation) and parent (for the breadcrumbs). Pages' URLs and breadcrumbs come
//! from here alone, so that asking for another version of a page (such as the same page in
//! another language) has one place to go. Pure: computes from the index.

use super::SiteIndex;
use super::paging::paged_title;
use crate::i18n::{Arg, Words};
use crate::model::slug::slugify;
use crate::model::{Category, Lang};

/// Every kind of page, with what it is about (indexes into the index's lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// The home page: the dashboard.
    Home,
    /// The list of reviews.
    Reviews,
    /// A review's page (index into `site.reviews`).
    Review(usize),
    /// The work programme: every review by the stage of its life.
    Programme,
    /// A recommendation's page (index into `recs`).
    Recommendation(usize),
    /// Recommendations by status: the list of categories.
    StatusIndex,
    /// The recommendations of one status category: page 1, 2, … of them.
    Status(Category, usize),
    /// Who is responsible: the list of parties.
    ResponsibleIndex,
    /// A party's responsibilities (index into `parties`): page 1, 2, … of them.
    Party(usize, usize),
    /// Overdue and not updated recommendations: page 1, 2, … of them.
    Overdue(usize),
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
    /// Tenant Satisfaction Measures: the latest year (only when the site has a year).
    Tsm,
    /// One year of Tenant Satisfaction Measures (index into `site.tsm`).
    TsmYear(usize),
    /// One measure over the years (index into the TSM catalogue).
    TsmMeasure(usize),
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
    /// The site's headline figures, small and self-contained, for an `<iframe>` on another site.
    Embed,
    /// A review's progress, small and self-contained, for an `<iframe>` (index into
    /// `site.reviews`).
    EmbedReview(usize),
}

impl PageKind {
    /// Whether the page is made to be shown inside another site's page (an embed): it is left
    /// out of the sitemap and asks search engines not to list it.
    pub fn is_embed(self) -> bool {
        matches!(self, PageKind::Embed | PageKind::EmbedReview(_))
    }

    /// The embed that shows this page's figures on another site, if it has one: the home page's
    /// headline figures, a review's progress.
    pub fn embed(self) -> Option<PageKind> {
        match self {
            PageKind::Home => Some(PageKind::Embed),
            PageKind::Review(i) => Some(PageKind::EmbedReview(i)),
            _ => None,
        }
    }

    /// The full page an embed stands for (the embed's link and canonical address); other pages
    /// stand for themselves.
    pub fn full_page(self) -> PageKind {
        match self {
            PageKind::Embed => PageKind::Home,
            PageKind::EmbedReview(i) => PageKind::Review(i),
            other => other,
        }
    }
}

/// One page's entry in the route table.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// Where the page goes, relative to the site root: `reviews/housing/index.html`, or
    /// `cy/reviews/housing/index.html` for the page in Welsh when Welsh is not the default.
    pub path: String,
    /// The language the page is in.
    pub lang: Lang,
    /// The theme's template that makes it.
    pub template: &'static str,
    /// Its title, as its heading and `<title>` show it: the content's own title, or the theme's
    /// message, said in the page's language when the page is made.
    pub title: Words,
    /// What the breadcrumbs of the pages below it call it.
    pub crumb: Words,
    /// Its part of the site, for the navigation.
    pub section: &'static str,
    /// The page above it in the breadcrumbs.
    pub parent: Option<PageKind>,
}

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
            Programme,
            StatusIndex,
            ResponsibleIndex,
            Overdue(1),
            YouSaidWeDid(None),
            Updates(1),
            Glossary,
            NotFound,
            Data,
            Indicators,
            Search,
            Embed,
        ];
        v.extend((2..=self.update_pages()).map(Updates));
        v.extend((2..=self.overdue_pages()).map(Overdue));
        for i in 0..self.site.reviews.len() {
            v.extend([YouSaidWeDid(Some(i)), Review(i), EmbedReview(i)]);
        }
        v.extend((0..self.recs.len()).map(Recommendation));
        for c in Category::ALL {
            v.extend((1..=self.status_pages(c)).map(|p| Status(c, p)));
        }
        for pi in 0..self.parties.len() {
            v.extend((1..=self.party_pages(pi)).map(|p| Party(pi, p)));
        }
        v.extend((0..self.site.indicators.len()).map(Indicator));
        if !self.site.tsm.is_empty() {
            v.push(Tsm);
            v.extend((0..self.site.tsm.len()).map(TsmYear));
            v.extend((0..crate::tsm::catalogue().measures.len()).map(TsmMeasure));
        }
        v.extend((0..self.site.pages.len()).map(Page));
        if !self.site.reports.is_empty() {
            v.push(Reports);
            v.extend((0..self.site.reports.len()).map(Report));
        }
        v
    }

    /// Every page of the site in every language: each page kind in the default language, in
    /// `page_kinds` order, then each in the next language, and so on. A page kind added to
    /// `page_kinds` is made in every language with no more code.
    pub fn pages(&self) -> Vec<(PageKind, Lang)> {
        let kinds = self.page_kinds();
        self.site
            .config
            .languages
            .list
            .iter()
            .flat_map(|&lang| kinds.iter().map(move |&k| (k, lang)))
            .collect()
    }

    /// The folder of a language's pages relative to the site root: empty for the default
    /// language, `cy/` for Welsh beside it.
    pub fn lang_dir(&self, lang: Lang) -> String {
        if lang == self.site.config.languages.default_lang() {
            String::new()
        } else {
            format!("{}/", lang.code())
        }
    }

    /// The tag of `lang` on a page (`<html lang>`, `hreflang`, a feed's `xml:lang`): the site's
    /// `language:` for the default language (`en-GB`), the code for the others (`cy`).
    pub fn lang_tag(&self, lang: Lang) -> String {
        let c = &self.site.config;
        if lang == c.languages.default_lang() {
            c.language.clone()
        } else {
            lang.code().to_string()
        }
    }

    /// The page's address in `lang`, relative to the site root: `cy/` + [`url`](Self::url) for
    /// a language other than the default.
    pub fn url_in(&self, kind: PageKind, lang: Lang) -> String {
        format!("{}{}", self.lang_dir(lang), self.url(kind))
    }

    /// The same page in each language of the site, the default first: (language, address
    /// relative to the site root).
    pub fn alternates(&self, kind: PageKind) -> Vec<(Lang, String)> {
        self.site
            .config
            .languages
            .list
            .iter()
            .map(|&l| (l, self.url_in(kind, l)))
            .collect()
    }

    /// The page's address relative to its language's root (the site root for the default
    /// language): what pages link to, after the `root` of their language.
    pub fn url(&self, kind: PageKind) -> String {
        use PageKind::*;
        let slug = |ri: usize| &self.site.reviews[ri].slug;
        match kind {
            Home => "index.html".into(),
            Reviews => "reviews/index.html".into(),
            Review(ri) => format!("{}index.html", review_dir(slug(ri))),
            Programme => "programme/index.html".into(),
            Recommendation(i) => self.recs[i].url.clone(),
            StatusIndex => "status/index.html".into(),
            Status(c, page) if page <= 1 => format!("status/{}/index.html", c.key()),
            Status(c, page) => format!("status/{}/{page}/index.html", c.key()),
            ResponsibleIndex => "responsible/index.html".into(),
            Party(pi, page) if page <= 1 => party_path(&self.parties[pi].slug),
            Party(pi, page) => format!("responsible/{}/{page}/index.html", self.parties[pi].slug),
            Overdue(page) if page <= 1 => "overdue/index.html".into(),
            Overdue(page) => format!("overdue/{page}/index.html"),
            YouSaidWeDid(None) => "you-said-we-did/index.html".into(),
            YouSaidWeDid(Some(ri)) => format!("{}you-said-we-did/index.html", review_dir(slug(ri))),
            Updates(page) if page <= 1 => "updates/index.html".into(),
            Updates(page) => format!("updates/{page}/index.html"),
            Glossary => "glossary/index.html".into(),
            Data => "data/index.html".into(),
            Indicators => "indicators/index.html".into(),
            Indicator(i) => format!("indicators/{}/index.html", self.site.indicators[i].id),
            Tsm => "tsm/index.html".into(),
            TsmYear(i) => format!("tsm/{}/index.html", self.site.tsm[i].slug),
            TsmMeasure(i) => format!(
                "tsm/{}/index.html",
                crate::tsm::catalogue().measures[i].slug()
            ),
            Search => "search/index.html".into(),
            Page(i) => format!("pages/{}/index.html", self.site.pages[i].slug),
            NotFound => "404.html".into(),
            Reports => "reports/index.html".into(),
            Report(i) => format!("{}index.html", report_dir(&self.site.reports[i].slug)),
            Embed => "embed/index.html".into(),
            EmbedReview(ri) => format!("embed/{}index.html", review_dir(slug(ri))),
        }
    }

    /// The page's absolute address from the site's `base_url` (`https://…/reviews/x/`), for
    /// what leaves the site: canonical links, Open Graph, the snippets to paste elsewhere. `None`
    /// without a `base_url`, and for the 404 page, which has no address of its own. Each
    /// language's page is its own address (`…/cy/reviews/x/` for the Welsh).
    pub fn absolute(&self, kind: PageKind, lang: Lang) -> Option<String> {
        let base = self.site.config.base_url.as_deref()?;
        (kind != PageKind::NotFound).then(|| {
            format!(
                "{base}{}",
                self.url_in(kind, lang).trim_end_matches("index.html")
            )
        })
    }

    /// The page of the party responsible named `name` (as a recommendation or action names it):
    /// its first page.
    pub fn party_url(&self, name: &str) -> String {
        party_path(&slugify(name))
    }

    /// The page's entry in the route table, in `lang`.
    pub fn route(&self, kind: PageKind, lang: Lang) -> Route {
        use PageKind::*;
        let plain = |s: &crate::model::Text| Words::Content(s.clone());
        let (template, title, section, parent): (_, Words, _, _) = match kind {
            Home => ("home.html", plain(&self.site.config.title), "home", None),
            Reviews => (
                "reviews.html",
                Words::msg("title-reviews"),
                "reviews",
                Some(Home),
            ),
            Review(ri) => (
                "review.html",
                plain(&self.site.reviews[ri].title),
                "reviews",
                Some(Reviews),
            ),
            Programme => (
                "programme.html",
                Words::msg("title-programme"),
                "programme",
                Some(Home),
            ),
            Recommendation(i) => (
                "recommendation.html",
                Words::with(
                    "title-recommendation",
                    vec![
                        ("number", Arg::from(self.rec(i).number.as_str())),
                        ("title", Arg::from(self.recs[i].title.get(lang).text)),
                    ],
                ),
                "reviews",
                Some(Review(self.recs[i].review)),
            ),
            StatusIndex => (
                "status-index.html",
                Words::msg("title-status-index"),
                "status",
                Some(Home),
            ),
            Status(c, page) => (
                "status.html",
                paged_title(
                    Words::with("title-status", vec![("key", Arg::from(c.key()))]),
                    "title-status-page",
                    vec![("key", Arg::from(c.key()))],
                    page,
                    self.status_pages(c),
                ),
                "status",
                Some(StatusIndex),
            ),
            ResponsibleIndex => (
                "responsible-index.html",
                Words::msg("title-responsible-index"),
                "responsible",
                Some(Home),
            ),
            Party(pi, page) => (
                "responsible.html",
                paged_title(
                    Words::with(
                        "title-party",
                        vec![("name", Arg::from(self.parties[pi].name.as_str()))],
                    ),
                    "title-responsible-page",
                    vec![("name", Arg::from(self.parties[pi].name.as_str()))],
                    page,
                    self.party_pages(pi),
                ),
                "responsible",
                Some(ResponsibleIndex),
            ),
            Overdue(page) => (
                "overdue.html",
                paged_title(
                    Words::msg("title-overdue"),
                    "title-overdue-page",
                    Vec::new(),
                    page,
                    self.overdue_pages(),
                ),
                "overdue",
                Some(Home),
            ),
            YouSaidWeDid(None) => (
                "you-said-we-did.html",
                Words::msg("title-you-said"),
                "you-said-we-did",
                Some(Home),
            ),
            YouSaidWeDid(Some(ri)) => (
                "you-said-we-did.html",
                Words::with(
                    "title-you-said-review",
                    vec![(
                        "review",
                        Arg::from(self.site.reviews[ri].title.get(lang).text),
                    )],
                ),
                "you-said-we-did",
                Some(YouSaidWeDid(None)),
            ),
            Updates(page) => (
                "updates.html",
                paged_title(
                    Words::msg("title-updates"),
                    "title-updates-page",
                    Vec::new(),
                    page,
                    self.update_pages(),
                ),
                "updates",
                Some(Home),
            ),
            Glossary => (
                "glossary.html",
                Words::msg("title-glossary"),
                "glossary",
                Some(Home),
            ),
            Data => ("data.html", Words::msg("title-data"), "data", Some(Home)),
            Indicators => (
                "indicators.html",
                Words::msg("title-indicators"),
                "indicators",
                Some(Home),
            ),
            Indicator(i) => (
                "indicator.html",
                plain(&self.site.indicators[i].title),
                "indicators",
                Some(Indicators),
            ),
            Tsm => ("tsm.html", Words::msg("title-tsm"), "tsm", Some(Home)),
            TsmYear(i) => (
                "tsm.html",
                Words::with(
                    "title-tsm-year",
                    vec![("year", Arg::from(self.site.tsm[i].label.as_str()))],
                ),
                "tsm",
                Some(Tsm),
            ),
            TsmMeasure(i) => {
                let m = &crate::tsm::catalogue().measures[i];
                (
                    "tsm-measure.html",
                    Words::Content(crate::model::Text::from(format!("{}: {}", m.code, m.name))),
                    "tsm",
                    Some(Tsm),
                )
            }
            Search => (
                "search.html",
                Words::msg("title-search"),
                "search",
                Some(Home),
            ),
            Page(i) => (
                "page.html",
                plain(&self.site.pages[i].title),
                "page",
                Some(Home),
            ),
            NotFound => ("404.html", Words::msg("title-not-found"), "404", None),
            Reports => (
                "reports.html",
                Words::msg("title-reports"),
                "reports",
                Some(Home),
            ),
            Report(i) => (
                "report.html",
                Words::Content(crate::model::Text::from(
                    self.site.reports[i].title.as_str(),
                )),
                "reports",
                Some(Reports),
            ),
            Embed => (
                "embed.html",
                Words::with(
                    "title-embed",
                    vec![("site", Arg::from(self.site.config.title.as_str()))],
                ),
                "embed",
                Some(Home),
            ),
            EmbedReview(ri) => (
                "embed-review.html",
                Words::with(
                    "title-embed-review",
                    vec![("review", Arg::from(self.site.reviews[ri].title.as_str()))],
                ),
                "embed",
                Some(Review(ri)),
            ),
        };
        let crumb = match kind {
            Home => Words::msg("crumb-home"),
            StatusIndex => Words::msg("crumb-status-index"),
            _ => title.clone(),
        };
        Route {
            path: self.url_in(kind, lang),
            lang,
            template,
            title,
            crumb,
            section,
            parent,
        }
    }

    /// The pages above `kind`, from the home page down to its parent: (crumb, address relative
    /// to the language's root) each.
    pub fn breadcrumbs(&self, kind: PageKind, lang: Lang) -> Vec<(Words, String)> {
        let mut out = Vec::new();
        let mut at = self.route(kind, lang).parent;
        while let Some(k) = at {
            let r = self.route(k, lang);
            out.push((r.crumb, self.url(k)));
            at = r.parent;
        }
        out.reverse();
        out
    }
}

/// Whether `path` is a 404 page: `404.html`, or another language's (`cy/404.html`). Its links
/// start from the site's path on its host, as a web host shows it at any missing address.
pub fn is_not_found(path: &str) -> bool {
    path == "404.html"
        || path
            .strip_suffix("/404.html")
            .is_some_and(|dir| Lang::from_code(dir).is_some())
}

fn party_path(slug: &str) -> String {
    format!("responsible/{slug}/index.html")
}

#[cfg(test)]
mod tests {
    use super::is_not_found;

    #[test]
    fn the_404_pages_of_every_language_are_known_by_their_path() {
        assert!(is_not_found("404.html"));
        assert!(is_not_found("cy/404.html"));
        assert!(!is_not_found("pages/404.html"));
        assert!(!is_not_found("cy/pages/404/index.html"));
    }
}
