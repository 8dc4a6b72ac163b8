//! The plan of every file the site outputs, made once per build from the index and the theme's
//! static files: each output's path, what makes it ([`Make`], from which its [`Kind`]) and what it
//! depends on ([`Depends`]). `build`, `check` and `serve` all make their files from it (see
//! `make`): `serve` remakes only the outputs whose dependencies changed. The sitemap is made here,
//! from the plan's own paths. Pure; distinct from `output::manifest`, the list of files written.

use super::pages::{self, PageJob, PageKind};
use crate::data::{self, DataFile};
use crate::i18n::Lang;
use crate::index::SiteIndex;
use std::collections::{BTreeMap, BTreeSet};

/// What kind of file an output is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An HTML page made from a template.
    Page,
    /// Open data: JSON and CSV.
    Data,
    /// An Atom feed.
    Feed,
    /// A static file of the theme.
    Static,
    /// `sitemap.xml`.
    Sitemap,
    /// A document for another program: a report's Word document.
    Document,
}

/// What an output is made from, so what must change for it to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depends {
    /// One review (by index), its recommendations with it.
    Review(usize),
    /// Every review: lists, dashboards, site-wide data, the sitemap.
    Site,
    /// No review: a free page, the glossary, the 404 page, a static file.
    Nothing,
}

/// How an output is made.
#[derive(Debug, Clone)]
pub enum Make {
    /// A page, made from its template.
    Page(PageJob),
    /// An open data file or a feed in a language, made from the index.
    Data(DataFile, Lang),
    /// Copied from the theme's static files.
    Static,
    /// `sitemap.xml`, made from the plan's own paths.
    Sitemap,
    /// A monitoring report's Word document (index into `site.reports`).
    Docx(usize),
}

/// One file of the site.
#[derive(Debug, Clone)]
pub struct Output {
    /// Where it goes, relative to the site root.
    pub path: String,
    /// How it is made.
    pub make: Make,
    /// What must change for it to change.
    pub depends: Depends,
}

impl Output {
    /// What kind of file it is, from how it is made.
    pub fn kind(&self) -> Kind {
        match self.make {
            Make::Page(_) => Kind::Page,
            Make::Data(DataFile::Feed(_), _) => Kind::Feed,
            Make::Data(..) => Kind::Data,
            Make::Static => Kind::Static,
            Make::Sitemap => Kind::Sitemap,
            Make::Docx(_) => Kind::Document,
        }
    }

    /// The page this output is, if it is one.
    pub fn page(&self) -> Option<&PageJob> {
        match &self.make {
            Make::Page(job) => Some(job),
            _ => None,
        }
    }
}

/// Every output of the site: the pages of every language (in `pages::list` order: one entry per
/// page kind per language, each with the dependency of its kind, so `serve` remakes a changed
/// review's pages in every language), the open data and feeds of every language (in `data::plan`
/// order), the reports' Word documents, the theme's static files (by path, one copy for every
/// language), then the sitemap when there is one.
pub struct Manifest {
    /// Every output, in the order described above.
    pub outputs: Vec<Output>,
    paths: BTreeSet<String>,
}

impl Manifest {
    /// The plan for the site of `ix` with the theme's static files `statics` (output path →
    /// bytes). A sitemap is planned only when the site has a `base_url`.
    pub fn plan(ix: &SiteIndex, statics: &BTreeMap<String, Vec<u8>>) -> Manifest {
        let mut outputs: Vec<Output> = pages::list(ix)
            .into_iter()
            .map(|job| Output {
                path: job.path.clone(),
                depends: page_depends(ix, job.kind),
                make: Make::Page(job),
            })
            .collect();
        outputs.extend(data::plan(ix).into_iter().map(|(path, file, lang)| Output {
            path,
            depends: file.review().map_or(Depends::Site, Depends::Review),
            make: Make::Data(file, lang),
        }));
        // A report is made from every review it covers, and names the latest of them.
        outputs.extend((0..ix.site.reports.len()).map(|i| Output {
            path: super::report::docx_path(ix, i),
            make: Make::Docx(i),
            depends: Depends::Site,
        }));
        outputs.extend(statics.keys().map(|path| Output {
            path: path.clone(),
            make: Make::Static,
            depends: Depends::Nothing,
        }));
        if ix.site.config.base_url.is_some() {
            outputs.push(Output {
                path: data::sitemap::SITEMAP.to_string(),
                make: Make::Sitemap,
                depends: Depends::Site,
            });
        }
        let paths = outputs.iter().map(|o| o.path.clone()).collect();
        Manifest { outputs, paths }
    }

    /// Whether the site has a file at `path`.
    pub fn contains(&self, path: &str) -> bool {
        self.paths.contains(path)
    }

    /// Every path of the site, sorted.
    pub fn paths(&self) -> &BTreeSet<String> {
        &self.paths
    }

    /// The pages, in `pages::list` order.
    pub fn pages(&self) -> impl Iterator<Item = &PageJob> {
        self.outputs.iter().filter_map(Output::page)
    }

    /// The sitemap of the site, when it has a `base_url`: every page of the plan in every
    /// language but the 404s and the embeds (made to be shown inside other sites' pages, not
    /// found on their own), by path, each with its alternates.
    pub fn sitemap(&self, ix: &SiteIndex) -> Option<String> {
        let mut pages: Vec<(&str, PageKind)> = self
            .pages()
            .filter(|j| !j.kind.is_embed())
            .map(|j| (j.path.as_str(), j.kind))
            .collect();
        pages.sort_by(|a, b| a.0.cmp(b.0));
        data::sitemap::sitemap(ix, &pages)
    }
}

/// What a page is made from: pages about one review (its own, its "you said, we did", its embed
/// and its recommendations', which show their neighbours) depend on that review alone; free pages, the
/// glossary and the 404 page on no review; every other page (home, dashboards, lists, and any
/// kind of page added later) is taken to depend on all of them.
fn page_depends(ix: &SiteIndex, kind: PageKind) -> Depends {
    match kind {
        PageKind::Review(i) | PageKind::YouSaidWeDid(Some(i)) | PageKind::EmbedReview(i) => {
            Depends::Review(i)
        }
        PageKind::Recommendation(i) => Depends::Review(ix.recs[i].review),
        PageKind::Page(_) | PageKind::Glossary | PageKind::NotFound => Depends::Nothing,
        _ => Depends::Site,
    }
}
