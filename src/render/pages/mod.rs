//! The pages a site has, and the context each page's template gets: every page kind has its own
//! module here with a `View` (the template's contract, serialised), and the route table
//! (`index::routes`) gives its path, template, title, section and breadcrumbs. Pure.

mod data;
mod embed;
mod glossary;
mod home;
mod indicator;
mod indicators;
mod not_found;
mod overdue;
mod page;
mod pager;
mod party;
mod programme;
mod recommendation;
mod report;
mod reports;
mod responsible_index;
mod review;
mod reviews;
mod search;
mod status;
mod status_index;
mod tsm;
mod tsm_measure;
mod updates;
mod you_said;

pub use crate::index::PageKind;
pub use crate::index::paging::UPDATES_PER_PAGE;
pub use you_said::YOU_SAID_ON_ONE_PAGE;

use super::views;
use crate::i18n::{Lang, Say};
use crate::index::{self, SiteIndex};
use serde::Serialize;
use tera::Context;

/// A page to make: where it goes and which template makes it.
#[derive(Debug, Clone)]
pub struct PageJob {
    /// Where it goes, relative to the site root.
    pub path: String,
    /// The template that makes it.
    pub template: &'static str,
    /// Which page of the route table it is.
    pub kind: PageKind,
    /// The language it is in.
    pub lang: Lang,
}

/// All the pages of the site in every language, in the route table's order (`SiteIndex::pages`).
pub fn list(ix: &SiteIndex) -> Vec<PageJob> {
    ix.pages()
        .into_iter()
        .map(|(kind, lang)| {
            let route = ix.route(kind, lang);
            PageJob {
                path: route.path,
                template: route.template,
                kind,
                lang,
            }
        })
        .collect()
}

/// `../` once per folder between `path` and the site root.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// A link to the same page in another language, for the language switch.
#[derive(Serialize)]
struct Switch {
    href: String,
    /// The language's tag, for `hreflang` and `lang`.
    hreflang: String,
    /// The language's name in itself: "Cymraeg", "English".
    name: &'static str,
}

/// `<link rel="alternate" hreflang>` of a page: the same page in one language of the site.
#[derive(Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

/// The site as a page in one language shows it.
#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    organisation: &'a str,
    /// The page's language tag (`<html lang>`): the site's `language:` for the default language.
    language: String,
    base_url: Option<&'a str>,
}

#[derive(Serialize)]
struct NavPage<'a> {
    title: &'a str,
    url: String,
}

#[derive(Serialize)]
struct Crumb {
    title: String,
    url: String,
}

/// What every page's template gets besides its view.
#[derive(Serialize)]
struct Frame<'a> {
    /// The page's language, which the `t` function reads (`en`, `cy`).
    lang: Lang,
    /// The date the figures are as of, in the page's language.
    as_of: views::DateView,
    /// The way from the page to its language's root (`cy/` for a Welsh page beside English):
    /// every link to a page, the open data or a feed starts with it, so stays in the language.
    root: String,
    /// The way from the page to the site root, where the theme's static files are (one copy for
    /// every language).
    static_root: String,
    site: SiteView<'a>,
    pages: Vec<NavPage<'a>>,
    /// The same page in the site's other languages (empty for a site in one language).
    switch: Vec<Switch>,
    /// The same page in every language of the site (empty for a site in one language).
    alternates: Vec<Alternate>,
    path: &'a str,
    page_title: String,
    section: &'static str,
    breadcrumbs: Vec<Crumb>,
    canonical: Option<String>,
    /// What the page is about, in plain text, for its meta description and Open Graph.
    description: String,
    /// Whether the page is an embed, made to be shown inside another site's page.
    is_embed: bool,
    /// The "Show this on your website" details, on the pages that have an embed.
    share: Option<super::embed::Share<'a>>,
}

/// Builds the context for one page in the language `say` speaks: its view, then what every page
/// gets (with `lang`, the page's language, for the templates' `t` function).
pub fn context(ix: &SiteIndex, say: &Say<'_>, job: &PageJob) -> Context {
    use PageKind::*;
    let say = *say;
    let mut ctx = match job.kind {
        Home => of(&home::view(ix, say)),
        Reviews => of(&reviews::view(ix, say)),
        Review(i) => of(&review::view(ix, say, i)),
        Programme => of(&programme::view(ix, say)),
        Recommendation(i) => of(&recommendation::view(ix, say, i)),
        StatusIndex => of(&status_index::view(ix, say)),
        Status(c, page) => of(&status::view(ix, say, c, page)),
        ResponsibleIndex => of(&responsible_index::view(ix, say)),
        Party(i, page) => of(&party::view(ix, say, i, page)),
        Overdue(page) => of(&overdue::view(ix, say, page)),
        YouSaidWeDid(which) => of(&you_said::view(ix, say, which)),
        Updates(page) => of(&updates::view(ix, say, page)),
        Data => of(&data::view(ix, say)),
        Indicators => of(&indicators::view(ix, say)),
        Indicator(i) => of(&indicator::view(ix, say, i)),
        Tsm => of(&tsm::view(ix, say, ix.site.tsm.len() - 1, true)),
        TsmYear(i) => of(&tsm::view(ix, say, i, false)),
        TsmMeasure(i) => of(&tsm_measure::view(ix, say, i)),
        Search => of(&search::view(ix, say)),
        Glossary => of(&glossary::view(ix, say)),
        Page(i) => of(&page::view(ix, say, i)),
        NotFound => of(&not_found::view()),
        Reports => of(&reports::view(ix, say)),
        Report(i) => of(&report::view(ix, say, i)),
        Embed | EmbedReview(_) => of(&embed::view(ix, say, job.kind)),
    };
    // The home page links to the latest report to committee, a review's page to the latest that
    // covers it.
    let latest = match job.kind {
        Home => ix.latest_report,
        Review(i) => ix.latest_report_of(i),
        _ => None,
    };
    ctx.insert("latest_report", &latest.map(|r| reports::card(ix, say, r)));
    if !ctx.contains_key("review_feed") {
        ctx.insert("review_feed", &None::<String>);
    }
    let lang = job.lang;
    let route = ix.route(job.kind, lang);
    let c = &ix.site.config;
    let base_url = c.base_url.as_deref();
    // A web host shows the 404 page at whatever address was missing, however deep, so its links
    // start from the site's own path (from base_url) rather than from where the file is.
    let static_root = match (job.kind, base_url) {
        (NotFound, Some(b)) => index::base_path(b),
        _ => root_of(&job.path),
    };
    // The language's root: as far up as the page is deep within its language's folder.
    let root = match (job.kind, base_url) {
        (NotFound, Some(_)) => format!("{static_root}{}", ix.lang_dir(lang)),
        _ => root_of(&ix.url(job.kind)),
    };
    let langs = &c.languages;
    let tag = |l: Lang| ix.lang_tag(l);
    // The 404 page's counterpart is the other language's home page: the address that was missing
    // is not known.
    let counterpart = |l: Lang| match job.kind {
        NotFound => ix.url_in(Home, l),
        k => ix.url_in(k, l),
    };
    let switch = if langs.is_multilingual() {
        langs
            .list
            .iter()
            .filter(|&&l| l != lang)
            .map(|&l| Switch {
                href: format!("{static_root}{}", counterpart(l)),
                hreflang: tag(l),
                name: l.own_name(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let alternates = if langs.is_multilingual() && job.kind != NotFound {
        ix.alternates(job.kind)
            .into_iter()
            .map(|(l, path)| Alternate {
                hreflang: tag(l),
                href: match base_url {
                    Some(b) => format!("{b}{}", path.trim_end_matches("index.html")),
                    None => format!("{static_root}{path}"),
                },
            })
            .collect()
    } else {
        Vec::new()
    };
    let frame = Frame {
        lang,
        // A report reads the same whenever it is built: its figures are as of the end of its
        // period, whatever the site's as-of date.
        as_of: views::date(
            say,
            match job.kind {
                Report(i) => ix.site.reports[i].to,
                _ => ix.as_of,
            },
        ),
        root,
        static_root,
        site: SiteView {
            title: say.content(&c.title),
            organisation: say.content(&c.organisation),
            language: tag(lang),
            base_url,
        },
        pages: ix
            .site
            .pages
            .iter()
            .enumerate()
            .map(|(i, p)| NavPage {
                title: say.content(&p.title),
                url: ix.url(PageKind::Page(i)),
            })
            .collect(),
        switch,
        alternates,
        path: &job.path,
        page_title: say.text(&route.title),
        description: super::meta::description(ix, say, job.kind, &say.text(&route.title)),
        is_embed: job.kind.is_embed(),
        share: super::embed::share(ix, say, job.kind),
        section: route.section,
        breadcrumbs: ix
            .breadcrumbs(job.kind, lang)
            .into_iter()
            .map(|(title, url)| Crumb {
                title: say.text(&title),
                url,
            })
            .collect(),
        canonical: ix.absolute(job.kind, lang),
    };
    ctx.extend(of(&frame));
    ctx
}

/// A view as a template context.
fn of(view: &impl Serialize) -> Context {
    Context::from_serialize(view).expect("a page's view is a struct")
}

/// What every page can use, whatever its language: whether there is a glossary, indicators.
/// The site's title and the navigation are in each page's frame, in its language.
pub fn global(ix: &SiteIndex) -> Context {
    let mut ctx = Context::new();
    ctx.insert("has_glossary", &!ix.site.glossary.0.is_empty());
    ctx.insert("has_indicators", &!ix.site.indicators.is_empty());
    ctx.insert("has_tsm", &!ix.site.tsm.is_empty());
    ctx
}
