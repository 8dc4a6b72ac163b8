//! The whole content validated in one call (`site`: records, dates after the as-of date, the
//! problems met loading, the `--base-url` given), and the warnings about the resolved site that do
//! not stop a build (`warnings`), each placed by the spans the model keeps. Must not touch files
//! or print.

use super::{CheckedReview, after_as_of, validate_reusing};
use crate::derive;
use crate::diagnostics::{Diagnostic, Sources};
use crate::layout::SITE_FILE;
use crate::life;
use crate::load::{Loaded, LoadedReview};
use crate::model::Site;
use chrono::NaiveDate;

/// The content validated: the resolved site and every problem met loading and validating it,
/// dates judged against `as_of`; `base_url` (already checked and ending in `/`, from
/// `model::base_url`) replaces that of site.yaml.
pub fn site(loaded: &Loaded, as_of: NaiveDate, base_url: Option<&str>) -> (Site, Vec<Diagnostic>) {
    let (site, diags, _) = site_reusing(loaded, as_of, base_url, &|_| None);
    (site, diags)
}

/// [`site`], taking the reviews `reuse` holds already checked (see
/// [`super::validate_reusing`]), and returning every review as checked for the next time.
pub fn site_reusing(
    loaded: &Loaded,
    as_of: NaiveDate,
    base_url: Option<&str>,
    reuse: &(dyn Fn(&LoadedReview) -> Option<CheckedReview> + Sync),
) -> (Site, Vec<Diagnostic>, Vec<CheckedReview>) {
    let (mut site, mut diags, checked) = validate_reusing(loaded, reuse);
    diags.extend(after_as_of(loaded, as_of));
    diags.extend(loaded.diagnostics.iter().cloned());
    if let Some(b) = base_url {
        site.config.base_url = Some(b.to_string());
    }
    (site, diags, checked)
}

/// Things worth knowing about a site without errors that do not stop the build, judged on
/// `as_of`; `sources` gives the text of its files, to show the lines.
pub fn warnings(site: &Site, as_of: NaiveDate, sources: &Sources) -> Vec<Diagnostic> {
    let mut out = life_warnings(site, as_of, sources);
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

/// A review whose response is late, and one ready for an impact assessment, placed at its
/// `stage:` where it is written.
fn life_warnings(site: &Site, as_of: NaiveDate, sources: &Sources) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for r in &site.reviews {
        let f = life::facts(r, &site.config, as_of);
        let placed = |d: Diagnostic| match (sources.get(&r.source), r.stage_at.clone()) {
            (Some(text), Some(at)) => d.at(text, at),
            _ => d,
        };
        if f.late {
            let due = f.response_due.map(|d| d.format("%Y-%m-%d").to_string());
            out.push(placed(
                Diagnostic::warning(
                    &r.source,
                    format!(
                        "the response to \"{}\" is late: it was due on {} and is {} days late as of {}",
                        r.title,
                        due.unwrap_or_default(),
                        f.days_late,
                        as_of.format("%Y-%m-%d")
                    ),
                )
                .hint("when the response is given, add `response_date:` and set `stage: monitoring`; if a later date was agreed, write it as `response_due:`; residents see the review flagged late on the programme"),
            ));
        }
        if f.ready_for_impact {
            out.push(placed(
                Diagnostic::warning(
                    &r.source,
                    format!(
                        "\"{}\" is ready for an impact assessment: every recommendation is done or closed, but the review is still `monitoring`",
                        r.title
                    ),
                )
                .hint("ask whether the review changed anything for residents, then add `impact:` (date, by, rating, text) and set `stage: impact-assessed`"),
            ));
        }
    }
    out
}
