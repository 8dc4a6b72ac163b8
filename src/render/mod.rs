//! Rendering: every page of the SiteIndex through the theme's templates, in parallel, into an
//! OutputSet (a sorted map of path → bytes), plus the theme's static files and the sitemap.
//! Pure: nothing is written here, and the result does not depend on the number of threads.

pub mod links;
pub mod pages;
pub mod templates;
pub mod views;

use crate::diagnostics::Diagnostic;
use crate::index::SiteIndex;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use templates::Theme;

/// The whole built site: output path (with `/`) → file contents. Sorted, so writing it is
/// deterministic.
pub type OutputSet = BTreeMap<String, Vec<u8>>;

/// Renders every page, then adds the site-wide files (see `site_files`).
pub fn render(ix: &SiteIndex, theme: &mut Theme) -> Result<OutputSet, Vec<Diagnostic>> {
    let jobs = pages::list(ix);
    let mut out = render_pages(ix, theme, &jobs, &|| false)?;
    let extra = site_files(ix, theme, &out.keys().cloned().collect());
    out.extend(extra);
    Ok(out)
}

/// Renders the given pages only. Template errors (in a theme's own templates) come back as
/// diagnostics. `serve` renders the pages a change affects with it, and gives up on the pages not
/// yet started once `stop` says so (they are then missing from the result).
pub fn render_pages(ix: &SiteIndex, theme: &mut Theme, jobs: &[pages::PageJob], stop: &(dyn Fn() -> bool + Sync)) -> Result<OutputSet, Vec<Diagnostic>> {
    *theme.tera.global_context() = pages::global(ix);
    let tera = &theme.tera;
    let results: Vec<Result<(String, Vec<u8>), Diagnostic>> = jobs
        .par_iter()
        .filter(|_| !stop())
        .map(|job| {
            let ctx = pages::context(ix, job);
            tera.render(job.template, &ctx).map(|html| (job.path.clone(), html.into_bytes())).map_err(|e| {
                Diagnostic::error(format!("templates/{}", job.template), format!("the page {} could not be made: {}", job.path, templates::error_text(&e)))
                    .hint("check the template named above; if it is your theme's override, compare it with the built-in one")
            })
        })
        .collect();
    let mut out = OutputSet::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok((p, b)) => {
                out.insert(p, b);
            }
            Err(d) => {
                // One broken template breaks many pages: report it once.
                if !errors.iter().any(|e: &Diagnostic| e.path == d.path) {
                    errors.push(d);
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(out)
}

/// The files that are not pages: the theme's static files and the sitemap (which lists the
/// `pages`). Anything made from the whole site that is not a page belongs here, so that `serve`
/// makes it again after every change.
pub fn site_files(ix: &SiteIndex, theme: &Theme, pages: &BTreeSet<String>) -> OutputSet {
    let mut out = OutputSet::new();
    for (name, bytes) in &theme.statics {
        out.insert(name.clone(), bytes.clone());
    }
    // The sitemap needs the paths, not the bytes.
    let all: OutputSet = pages.iter().chain(out.keys()).map(|k| (k.clone(), Vec::new())).collect();
    if let Some(xml) = crate::data::sitemap(ix, &all) {
        out.insert("sitemap.xml".into(), xml.into_bytes());
    }
    out
}
