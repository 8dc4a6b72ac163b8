//! Rendering: the plan of every output of the site (`manifest`: pages, open data, feeds, the
//! theme's static files, never over a file the site makes (`collisions`), and the sitemap), and the
//! one loop that makes them into a sink (`make`), each page through the theme's templates, in
//! parallel. Pure: nothing is written here but through the sink, and the result does not depend
//! on the number of threads.

pub mod broken;
pub mod cards;
pub mod chart;
pub mod collisions;
pub mod docx;
pub mod embed;
pub mod life;
pub mod links;
pub mod make;
pub mod manifest;
pub mod meta;
pub mod pages;
pub mod report;
pub mod requests;
pub mod say;
pub mod templates;
pub mod views;

use crate::diagnostics::Diagnostic;
use crate::i18n::{Lang, Say};
use crate::index::SiteIndex;
use std::collections::BTreeMap;
use templates::Theme;

/// Told how rendering is going, for a progress bar; called from many threads.
pub trait Progress: Sync {
    /// Rendering is about to make this many pages.
    fn start(&self, _pages: usize) {}
    /// One more page is made.
    fn advance(&self) {}
}

/// No progress to show.
pub struct Silent;
impl Progress for Silent {}

/// The whole built site: output path (with `/`) → file contents. Sorted, so writing it is
/// deterministic.
pub type OutputSet = BTreeMap<String, Vec<u8>>;

/// Gets the theme ready to render pages of `ix`: the site-wide template context.
pub fn prepare(ix: &SiteIndex, theme: &mut Theme) {
    *theme.tera.global_context() = pages::global(ix);
}

/// Renders one page (the theme `prepare`d for `ix`) in the language `lang`.
pub fn render_page(
    ix: &SiteIndex,
    theme: &Theme,
    job: &pages::PageJob,
    lang: Lang,
) -> Result<Vec<u8>, Diagnostic> {
    let ctx = pages::context(ix, &Say::new(&theme.messages, lang), job);
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
