//! Rendering: every page of the SiteIndex through the theme's templates, in parallel, into an
//! OutputSet (a sorted map of path → bytes), plus the theme's static files (never over a file the
//! site makes: `collisions`), the open data, the feeds and the sitemap.
//! Pure: nothing is written here, and the result does not depend on the number of threads.

pub mod chart;
pub mod collisions;
pub mod indicator_pages;
pub mod links;
pub mod pages;
pub mod requests;
pub mod templates;
pub mod views;

use crate::diagnostics::Diagnostic;
use crate::index::SiteIndex;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use templates::Theme;

/// Told how rendering is going, for a progress bar; called from many threads.
pub trait Progress: Sync {
    fn start(&self, _pages: usize) {}
    fn advance(&self) {}
}

/// No progress to show.
pub struct Silent;
impl Progress for Silent {}

/// The whole built site: output path (with `/`) → file contents. Sorted, so writing it is
/// deterministic.
pub type OutputSet = BTreeMap<String, Vec<u8>>;

/// Renders every page, then adds the files that are not pages (see `site_files`).
/// `progress` hears how many pages there are, then once per page made (from any thread).
pub fn render(
    ix: &SiteIndex,
    theme: &mut Theme,
    progress: &dyn Progress,
) -> Result<OutputSet, Vec<Diagnostic>> {
    render_listed(ix, theme, &pages::list(ix), progress)
}

/// `render`, with the list of pages already made (`pages::list`).
pub fn render_listed(
    ix: &SiteIndex,
    theme: &mut Theme,
    jobs: &[pages::PageJob],
    progress: &dyn Progress,
) -> Result<OutputSet, Vec<Diagnostic>> {
    let mut out = render_pages(ix, theme, jobs, &|| false, progress)?;
    let extra = site_files(ix, theme, &out.keys().cloned().collect());
    out.extend(extra);
    Ok(out)
}

/// Gets the theme ready to render pages of `ix`: the site-wide template context.
pub fn prepare(ix: &SiteIndex, theme: &mut Theme) {
    *theme.tera.global_context() = pages::global(ix);
}

/// Renders one page (the theme `prepare`d for `ix`).
pub fn render_page(
    ix: &SiteIndex,
    theme: &Theme,
    job: &pages::PageJob,
) -> Result<Vec<u8>, Diagnostic> {
    let ctx = pages::context(ix, job);
    theme.tera.render(job.template, &ctx).map(String::into_bytes).map_err(|e| {
        Diagnostic::error(
            format!("templates/{}", job.template),
            format!("the page {} could not be made: {}", job.path, templates::error_text(&e)),
        )
        .hint("check the template named above; if it is your theme's override, compare it with the built-in one")
    })
}

/// Keeps one diagnostic per template: one broken template breaks many pages.
pub fn one_per_template(errors: impl IntoIterator<Item = Diagnostic>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::new();
    for d in errors {
        if !out.iter().any(|e| e.path == d.path) {
            out.push(d);
        }
    }
    out
}

/// Renders the given pages only. Template errors (in a theme's own templates) come back as
/// diagnostics. `serve` renders the pages a change affects with it, and gives up on the pages not
/// yet started once `stop` says so (they are then missing from the result).
pub fn render_pages(
    ix: &SiteIndex,
    theme: &mut Theme,
    jobs: &[pages::PageJob],
    stop: &(dyn Fn() -> bool + Sync),
    progress: &dyn Progress,
) -> Result<OutputSet, Vec<Diagnostic>> {
    prepare(ix, theme);
    let theme = &*theme;
    progress.start(jobs.len());
    let results: Vec<Result<(String, Vec<u8>), Diagnostic>> = jobs
        .par_iter()
        .filter(|_| !stop())
        .map(|job| {
            progress.advance();
            render_page(ix, theme, job).map(|bytes| (job.path.clone(), bytes))
        })
        .collect();
    let mut out = OutputSet::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok((p, b)) => {
                out.insert(p, b);
            }
            Err(d) => errors.push(d),
        }
    }
    if !errors.is_empty() {
        return Err(one_per_template(errors));
    }
    Ok(out)
}

/// The files that are not pages: the theme's static files, the open data and feeds, and the
/// sitemap (which lists the `pages`). Anything made from the whole site that is not a page belongs
/// here, so that `serve` makes it again after every change.
pub fn site_files(ix: &SiteIndex, theme: &Theme, pages: &BTreeSet<String>) -> OutputSet {
    let mut out = OutputSet::new();
    for (name, bytes) in &theme.statics {
        out.insert(name.clone(), bytes.clone());
    }
    out.extend(crate::data::files(ix));
    let paths: BTreeSet<&str> = pages.iter().chain(out.keys()).map(String::as_str).collect();
    if let Some(xml) = crate::data::sitemap::sitemap(ix, &paths) {
        out.insert(crate::data::sitemap::SITEMAP.into(), xml.into_bytes());
    }
    out
}
