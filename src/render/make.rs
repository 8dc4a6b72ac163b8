//! The one loop that makes the outputs of a [`Manifest`] into a [`Sink`]: `build` puts them in
//! its staging folder, `check` and `serve` in memory; `serve` makes only the outputs whose
//! dependencies changed. Pages come first, in parallel, each link-checked as it is made against
//! every path of the manifest; only when every page is made and no link is broken are the other
//! files made. Must not write but through the sink, nor print.

use super::links::{self, BrokenLink};
use super::manifest::{Make, Manifest, Output};
use super::templates::Theme;
use super::{Progress, one_per_template, prepare, render_page};
use crate::data;
use crate::diagnostics::Diagnostic;
use crate::error::FatalError;
use crate::i18n::Say;
use crate::index::{self, SiteIndex};
use crate::output::Sink;
use rayon::prelude::*;
use std::borrow::Cow;

/// What a make did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Made {
    /// Pages made.
    pub pages: usize,
    /// Files the sink already held as they were.
    pub unchanged: usize,
    /// Every chosen output was made: `stop` did not cut the pages short.
    pub complete: bool,
}

/// Why a make stopped before the files that are not pages.
pub enum Failure {
    /// The theme's templates failed, one diagnostic per template.
    Templates(Vec<Diagnostic>),
    /// Pages link to files the site does not have.
    Links(Vec<BrokenLink>),
    /// Reading or writing a file failed, or another error that stops the build.
    Fatal(FatalError),
}

/// How a make is watched and cut short.
pub struct Control<'a> {
    /// Hears how many pages there are, then once per page made (from any thread).
    pub progress: &'a dyn Progress,
    /// Once it says so, the pages not yet started are left, and nothing else is made.
    pub stop: &'a (dyn Fn() -> bool + Sync),
}

/// Makes the outputs of `manifest` that `chosen` picks into `sink`.
pub fn make(
    ix: &SiteIndex,
    theme: &mut Theme,
    manifest: &Manifest,
    chosen: &(dyn Fn(&Output) -> bool + Sync),
    sink: &dyn Sink,
    control: &Control<'_>,
) -> Result<Made, Failure> {
    prepare(ix, theme);
    let theme = &*theme;
    let unspoken = unspoken(ix, theme);
    if !unspoken.is_empty() {
        return Err(Failure::Templates(unspoken));
    }
    let base_path = ix.site.config.base_url.as_deref().map(index::base_path);
    let exists = |p: &str| manifest.contains(p);
    let (pages, others): (Vec<&Output>, Vec<&Output>) = manifest
        .outputs
        .iter()
        .filter(|o| chosen(o))
        .partition(|o| o.page().is_some());
    control.progress.start(pages.len());
    let results: Vec<Result<(bool, Vec<BrokenLink>), PageError>> = pages
        .par_iter()
        .filter_map(|o| o.page())
        .filter(|_| !(control.stop)())
        .map(|job| {
            let bytes = render_page(ix, theme, job, job.lang).map_err(PageError::Template)?;
            let html = std::str::from_utf8(&bytes).unwrap_or_default();
            let broken = links::check_page(&job.path, html, &exists, base_path.as_deref());
            let changed = sink
                .put(&job.path, Cow::Owned(bytes))
                .map_err(PageError::Fatal)?;
            control.progress.advance();
            Ok((changed, broken))
        })
        .collect();
    let made = results.len();
    let mut templates = Vec::new();
    let mut broken = Vec::new();
    let mut unchanged = 0;
    for r in results {
        match r {
            Ok((changed, b)) => {
                unchanged += usize::from(!changed);
                broken.extend(b);
            }
            Err(PageError::Template(d)) => templates.push(d),
            Err(PageError::Fatal(e)) => return Err(Failure::Fatal(e)),
        }
    }
    if !templates.is_empty() {
        return Err(Failure::Templates(one_per_template(templates)));
    }
    if !broken.is_empty() {
        return Err(Failure::Links(broken));
    }
    if made < pages.len() {
        return Ok(Made {
            pages: made,
            unchanged,
            complete: false,
        });
    }
    // The site-wide files are the largest: made one at a time, so that no two are in memory at
    // once; the reviews' files are small and made in parallel.
    let (site_wide, rest): (Vec<&Output>, Vec<&Output>) = others
        .into_iter()
        .partition(|o| matches!(o.make, Make::Data(f, _) if f.review().is_none()));
    let mut puts: Vec<Result<bool, FatalError>> = site_wide
        .iter()
        .map(|o| put(ix, theme, manifest, o, sink))
        .collect();
    puts.par_extend(rest.par_iter().map(|o| put(ix, theme, manifest, o, sink)));
    for r in puts {
        unchanged += usize::from(!r.map_err(Failure::Fatal)?);
    }
    Ok(Made {
        pages: made,
        unchanged,
        complete: true,
    })
}

/// A language of the site that the theme has no words for: one error each, before any page is
/// made, rather than pages in the site's language wearing another language's words.
fn unspoken(ix: &SiteIndex, theme: &Theme) -> Vec<Diagnostic> {
    ix.site
        .config
        .languages
        .list
        .iter()
        .filter(|l| !theme.messages.speaks(**l))
        .map(|l| {
            Diagnostic::error(
                crate::layout::SITE_FILE,
                format!(
                    "the site is in {}, but the theme has no words in it: its headings, labels \
                     and buttons cannot be shown in {}",
                    l.named(),
                    l.english_name()
                ),
            )
            .hint(format!(
                "add themes/<your theme>/i18n/{}.ftl, with every message of the built-in \
                 themes/default/i18n/en.ftl said in {} (theme: in site.yaml names your theme), \
                 or take {} out of `languages:`",
                l.code(),
                l.english_name(),
                l.code()
            ))
        })
        .collect()
}

enum PageError {
    Template(Diagnostic),
    Fatal(FatalError),
}

/// Makes one output that is not a page and puts it into `sink`.
fn put(
    ix: &SiteIndex,
    theme: &Theme,
    manifest: &Manifest,
    o: &Output,
    sink: &dyn Sink,
) -> Result<bool, FatalError> {
    let bytes: Cow<[u8]> = match &o.make {
        Make::Data(file, lang) => {
            Cow::Owned(data::make(ix, Say::new(&theme.messages, *lang), *file))
        }
        Make::Static => match theme.statics.get(&o.path) {
            Some(b) => Cow::Borrowed(b),
            None => return Ok(false),
        },
        Make::Sitemap => match manifest.sitemap(ix) {
            Some(xml) => Cow::Owned(xml.into_bytes()),
            None => return Ok(false),
        },
        Make::Docx(i) => Cow::Owned(super::docx::report(
            ix,
            Say::new(&theme.messages, ix.site.config.languages.default_lang()),
            *i,
        )),
        Make::Page(_) => unreachable!("pages are made first"),
    };
    sink.put(&o.path, bytes)
}
