//! What the pipeline reports beside the files: the warnings that do not stop a build. Must not
//! print.

use crate::diagnostics::{Diagnostic, Sources};
use crate::index::SiteIndex;
use crate::load;

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
                && let Some(at) = r.status_at.clone()
            {
                d = d.at(src, at).label("closed here without an outcome");
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
