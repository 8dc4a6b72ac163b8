//! What the pipeline reports beside the files: the warnings that do not stop a build, and broken
//! links as diagnostics against the content file (or the template) they come from. Must not
//! print.

use crate::diagnostics::{Diagnostic, Sources};
use crate::index::{PageKind, SiteIndex};
use crate::load;
use crate::render::links;
use std::collections::BTreeMap;

/// Things worth knowing that do not stop the build.
pub(super) fn warnings(ix: &SiteIndex, sources: &Sources) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, e) in ix.recs.iter().enumerate() {
        if e.facts.closed_without_outcome {
            let r = ix.rec(i);
            let label = ix
                .site
                .config
                .statuses
                .get(&r.status)
                .map_or(r.status.as_str(), |s| s.label.as_str());
            let mut d = Diagnostic::warning(&r.source, format!("recommendation {} is marked \"{label}\" but nothing records what was done or why", r.number.as_str()))
                .hint("add an update (`updates:` with a date and text) or an `outcome:` saying what was done; residents see this flagged on the page");
            if let Some(src) = sources.get(&r.source)
                && let Some(at) = find_field(src, "status")
            {
                d = d
                    .at(src, at..at + "status".len())
                    .label("closed here without an outcome");
            }
            out.push(d);
        }
    }
    if ix.site.config.base_url.is_none() {
        out.push(
            Diagnostic::warning(load::SITE_FILE, "no `base_url` is set, so no sitemap.xml is made and pages have no canonical address")
                .hint("add `base_url: https://…/` with the address the site will be published at"),
        );
    }
    out
}

/// Where a link target is written in a content file: as a Markdown or HTML link if possible.
fn locate_link(src: &str, target: &str) -> Option<usize> {
    for (before, after) in [("(", ")"), ("\"", "\""), ("'", "'"), ("=", "")] {
        if let Some(i) = src.find(&format!("{before}{target}{after}")) {
            return Some(i + before.len());
        }
    }
    (target.len() > 3).then(|| src.find(target)).flatten()
}

fn find_field(src: &str, field: &str) -> Option<usize> {
    if src.starts_with(&format!("{field}:")) {
        return Some(0);
    }
    src.find(&format!("\n{field}:")).map(|i| i + 1)
}

/// Broken internal links, reported against the content file the page was made from.
pub(super) fn link_errors(
    ix: &SiteIndex,
    broken: Vec<links::BrokenLink>,
    sources: &Sources,
) -> Vec<Diagnostic> {
    link_errors_with(ix, broken, &|p| sources.get(p).cloned())
}

/// `link_errors`, with the text of a content file from `source` (which may read it again).
pub(super) fn link_errors_with(
    ix: &SiteIndex,
    broken: Vec<links::BrokenLink>,
    source: &dyn Fn(&str) -> Option<String>,
) -> Vec<Diagnostic> {
    let mut source_of: BTreeMap<String, String> = BTreeMap::new();
    for (i, e) in ix.recs.iter().enumerate() {
        source_of.insert(e.url.clone(), ix.rec(i).source.clone());
    }
    for (i, r) in ix.site.reviews.iter().enumerate() {
        source_of.insert(ix.url(PageKind::Review(i)), r.source.clone());
    }
    for (i, p) in ix.site.pages.iter().enumerate() {
        source_of.insert(ix.url(PageKind::Page(i)), p.source.clone());
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for b in broken {
        let (path, from_theme) = match source_of.get(&b.page) {
            Some(s) if source(s).is_some_and(|t| locate_link(&t, &b.target).is_some()) => {
                (s.clone(), false)
            }
            _ => (format!("templates (page {})", b.page), true),
        };
        if !seen.insert((path.clone(), b.target.clone())) {
            continue;
        }
        let mut d = Diagnostic::error(
            &path,
            format!(
                "the link `{}` on page {} is broken: {}",
                b.target, b.page, b.why
            ),
        );
        d = if from_theme {
            d.hint("the link comes from a template of the theme; correct it there")
        } else {
            d.hint("links between pages are relative to the page, such as `../../glossary/index.html`; check the address")
        };
        if let Some(src) = source(&path).as_deref()
            && let Some(at) = locate_link(src, &b.target)
        {
            d = d
                .at(src, at..at + b.target.len())
                .label("this link leads nowhere");
        }
        out.push(d);
    }
    out
}
