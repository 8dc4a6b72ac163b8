//! The whole content validated in one call (`site`: records, dates after the as-of date, the
//! problems met loading, the `--base-url` given), and the warnings about the resolved site that do
//! not stop a build (`warnings`), each placed by the spans the model keeps. Must not touch files
//! or print.

use super::{after_as_of, validate};
use crate::derive;
use crate::diagnostics::{Diagnostic, Sources};
use crate::layout::SITE_FILE;
use crate::load::Loaded;
use crate::model::Site;
use chrono::NaiveDate;

/// The content validated: the resolved site and every problem met loading and validating it,
/// dates judged against `as_of`; `base_url` (already checked and ending in `/`, from
/// `model::base_url`) replaces that of site.yaml.
pub fn site(loaded: &Loaded, as_of: NaiveDate, base_url: Option<&str>) -> (Site, Vec<Diagnostic>) {
    let (mut site, mut diags) = validate(loaded);
    diags.extend(after_as_of(loaded, as_of));
    diags.extend(loaded.diagnostics.iter().cloned());
    if let Some(b) = base_url {
        site.config.base_url = Some(b.to_string());
    }
    (site, diags)
}

/// Things worth knowing about a site without errors that do not stop the build; `sources` gives
/// the text of its files, to show the lines.
pub fn warnings(site: &Site, sources: &Sources) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for r in site.reviews.iter().flat_map(|r| &r.recommendations) {
        if derive::closed_without_outcome(r, &site.config) {
            let label = site
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
    if site.config.base_url.is_none() {
        out.push(
            Diagnostic::warning(SITE_FILE, "no `base_url` is set, so no sitemap.xml is made and pages have no canonical address")
                .hint("add `base_url: https://…/` with the address the site will be published at"),
        );
    }
    out
}
