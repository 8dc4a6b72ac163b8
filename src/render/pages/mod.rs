//! The pages a site has, and the context each page's template gets: every page kind has its own
//! module here with a `View` (the template's contract, serialised), and the route table
//! (`index::routes`) gives its path, template, title, section and breadcrumbs. Pure.

mod data;
mod glossary;
mod home;
mod indicator;
mod indicators;
mod not_found;
mod overdue;
mod page;
mod party;
mod recommendation;
mod report;
mod reports;
mod responsible_index;
mod review;
mod reviews;
mod search;
mod status;
mod status_index;
mod updates;
mod you_said;

pub use crate::index::PageKind;
pub use crate::index::routes::UPDATES_PER_PAGE;
pub use you_said::YOU_SAID_ON_ONE_PAGE;

use super::views;
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
}

/// All the pages of the site, in the route table's order.
pub fn list(ix: &SiteIndex) -> Vec<PageJob> {
    ix.page_kinds()
        .into_iter()
        .map(|kind| {
            let route = ix.route(kind);
            PageJob {
                path: route.path,
                template: route.template,
                kind,
            }
        })
        .collect()
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

/// What every page's template gets besides its view.
#[derive(Serialize)]
struct Frame<'a> {
    root: String,
    path: &'a str,
    page_title: String,
    section: &'static str,
    breadcrumbs: Vec<Crumb>,
    canonical: Option<String>,
}

/// Builds the context for one page: its view, then what every page gets.
pub fn context(ix: &SiteIndex, job: &PageJob) -> Context {
    use PageKind::*;
    let mut ctx = match job.kind {
        Home => of(&home::view(ix)),
        Reviews => of(&reviews::view(ix)),
        Review(i) => of(&review::view(ix, i)),
        Recommendation(i) => of(&recommendation::view(ix, i)),
        StatusIndex => of(&status_index::view(ix)),
        Status(c) => of(&status::view(ix, c)),
        ResponsibleIndex => of(&responsible_index::view(ix)),
        Party(i) => of(&party::view(ix, i)),
        Overdue => of(&overdue::view(ix)),
        YouSaidWeDid(which) => of(&you_said::view(ix, which)),
        Updates(page) => of(&updates::view(ix, page)),
        Data => of(&data::view(ix)),
        Indicators => of(&indicators::view(ix)),
        Indicator(i) => of(&indicator::view(ix, i)),
        Search => of(&search::view(ix)),
        Glossary => of(&glossary::view(ix)),
        Page(i) => of(&page::view(ix, i)),
        NotFound => of(&not_found::view()),
        Reports => of(&reports::view(ix)),
        Report(i) => of(&report::view(ix, i)),
    };
    // A report reads the same whenever it is built: its figures are as of the end of its period,
    // whatever the site's as-of date.
    if let Report(i) = job.kind {
        ctx.insert("as_of", &views::date(ix.site.reports[i].to));
    }
    // A review's page links to the latest report that covers it.
    if let Review(i) = job.kind {
        let latest = ix.latest_report_of(i).map(|r| reports::card(ix, r));
        ctx.insert("latest_report", &latest);
    }
    if !ctx.contains_key("review_feed") {
        ctx.insert("review_feed", &None::<String>);
    }
    let route = ix.route(job.kind);
    let base_url = ix.site.config.base_url.as_deref();
    // A web host shows the 404 page at whatever address was missing, however deep, so its links
    // start from the site's own path (from base_url) rather than from where the file is.
    let root = match (job.kind, base_url) {
        (NotFound, Some(b)) => index::base_path(b),
        _ => root_of(&job.path),
    };
    let frame = Frame {
        root,
        path: &job.path,
        page_title: route.title,
        section: route.section,
        breadcrumbs: ix
            .breadcrumbs(job.kind)
            .into_iter()
            .map(|(title, url)| Crumb { title, url })
            .collect(),
        canonical: base_url
            .filter(|_| job.kind != NotFound)
            .map(|b| format!("{b}{}", job.path.trim_end_matches("index.html"))),
    };
    ctx.extend(of(&frame));
    ctx
}

/// A view as a template context.
fn of(view: &impl Serialize) -> Context {
    Context::from_serialize(view).expect("a page's view is a struct")
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
            .enumerate()
            .map(|(i, p)| NavPage {
                title: &p.title,
                url: ix.url(PageKind::Page(i)),
            })
            .collect::<Vec<_>>(),
    );
    ctx.insert("has_glossary", &!ix.site.glossary.0.is_empty());
    ctx.insert("has_indicators", &!ix.site.indicators.is_empty());
    ctx.insert(
        "latest_report",
        &ix.latest_report.map(|i| reports::card(ix, i)),
    );
    ctx
}
