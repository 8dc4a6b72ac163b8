//! Rendering: every page of the SiteIndex through the theme's templates, in parallel, into an
//! OutputSet (a sorted map of path → bytes), plus the theme's static files, the open data, the
//! feeds and the sitemap.
//! Pure: nothing is written here, and the result does not depend on the number of threads.

pub mod chart;
pub mod indicator_pages;
pub mod links;
pub mod pages;
pub mod templates;
pub mod views;

use crate::diagnostics::Diagnostic;
use crate::index::SiteIndex;
use rayon::prelude::*;
use std::collections::BTreeMap;
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

/// Renders every page. Template errors (in a theme's own templates) come back as diagnostics.
/// `progress` hears how many pages there are, then once per page made (from any thread).
pub fn render(
    ix: &SiteIndex,
    theme: &mut Theme,
    progress: &dyn Progress,
) -> Result<OutputSet, Vec<Diagnostic>> {
    *theme.tera.global_context() = pages::global(ix);
    let tera = &theme.tera;
    let jobs = pages::list(ix);
    progress.start(jobs.len());
    let results: Vec<Result<(String, Vec<u8>), Diagnostic>> = jobs
        .par_iter()
        .map(|job| {
            let ctx = pages::context(ix, job);
            progress.advance();
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
    for (name, bytes) in &theme.statics {
        out.insert(name.clone(), bytes.clone());
    }
    out.extend(crate::data::files(ix));
    if let Some(xml) = crate::data::sitemap::sitemap(ix, &out) {
        out.insert("sitemap.xml".into(), xml.into_bytes());
    }
    Ok(out)
}
