//! SiteIndex: the validated site plus everything derived from it, computed once and never changed:
//! each review's part (`review`: its records' facts and Markdown, its counts, and what it adds to
//! the site-wide lists), the site-wide lists put together from the parts (`lists`: counts,
//! groupings by responsible party, updates, overdue, not updated), facts per indicator, the links
//! between indicators (and Tenant Satisfaction Measures, `tsm`) and recommendations, the route
//! table of its pages (`routes`: URLs, titles, breadcrumbs), what each monitoring report finds
//! (`report::find`), and all Markdown rendered to safe HTML. Must not touch files, Tera or the
//! terminal.

pub mod html;
mod lists;
pub mod paging;
pub mod review;
pub mod routes;
pub mod tsm;

use crate::derive::Facts;
use crate::life::LifeFacts;
use crate::markdown::to_html;
use crate::model::{Site, Text};
use chrono::NaiveDate;
pub use html::{ByLang, RecHtml};
pub use lists::{Counts, Party, UpdateRef};
use rayon::prelude::*;
pub use routes::PageKind;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

/// One recommendation, located and derived.
#[derive(Debug, Clone)]
pub struct RecEntry {
    /// Index of its review in `site.reviews`.
    pub review: usize,
    /// Index of the recommendation within its review.
    pub rec: usize,
    /// What can be said of it on the as-of date.
    pub facts: Facts,
    /// The title to show: the `title:` field, else the first sentence of the text (in each
    /// language it is given in).
    pub title: Text,
    /// Site-root-relative address of its page.
    pub url: String,
    /// Its Markdown rendered in each language. Shared, so that a rebuild after one edit can take
    /// it over from the last index.
    pub html: Arc<ByLang<RecHtml>>,
}

/// The validated site with everything derived from it: what every page and data file is made from.
pub struct SiteIndex {
    /// The validated site.
    pub site: Site,
    /// The date facts are judged on: overdue, not updated.
    pub as_of: NaiveDate,
    /// Every recommendation, in review then number order.
    pub recs: Vec<RecEntry>,
    /// The slice of `recs` belonging to each review.
    pub review_recs: Vec<Range<usize>>,
    /// Each review's counts by category.
    pub review_counts: Vec<Counts>,
    /// Each review's summary, rendered in each language.
    pub review_summaries: Vec<ByLang<String>>,
    /// Each review's last update: `updated:` or the latest update date.
    pub review_updated: Vec<Option<NaiveDate>>,
    /// The whole site's counts by category.
    pub counts: Counts,
    /// Sorted by name.
    pub parties: Vec<Party>,
    /// Every update, newest first.
    pub updates: Vec<UpdateRef>,
    /// Overdue, worst first; then not updated (and not overdue), longest silence first.
    pub overdue: Vec<usize>,
    /// Open recommendations silent for longer than the site allows and not overdue, longest silence
    /// first.
    pub not_updated: Vec<usize>,
    /// Each free page's body, rendered in each language.
    pub pages_html: Vec<ByLang<String>>,
    /// The glossary with its meanings in each language, for `<abbr title>`.
    pub glossaries: ByLang<crate::model::Glossary>,
    /// Per indicator: its description, rendered.
    pub indicators_html: Vec<Option<String>>,
    /// Per indicator: the recommendations it is linked to (indexes into `recs`).
    pub indicator_recs: Vec<Vec<usize>>,
    /// Per recommendation: the indicators linked to it (indexes into `site.indicators`).
    pub rec_indicators: Vec<Vec<usize>>,
    /// Per measure of the TSM catalogue: the recommendations linked to it (indexes into `recs`).
    pub tsm_recs: Vec<Vec<usize>>,
    /// Per recommendation: the TSM measures linked to it (indexes into the catalogue).
    pub rec_tsm: Vec<Vec<usize>>,
    /// Per report (in `site.reports` order): what it finds.
    pub reports: Vec<crate::report::Findings>,
    /// Per report: its introduction, rendered.
    pub report_intros: Vec<Option<String>>,
    /// The report whose period ends last (then the latest meeting, then the last slug), if any.
    pub latest_report: Option<usize>,
    /// Per review: what can be said of its life (response due, late, ready for impact).
    pub review_life: Vec<LifeFacts>,
    /// Per review: its `scope:` and its impact assessment's text, rendered.
    pub review_life_html: Vec<LifeHtml>,
    /// The reviews whose response is late (indexes into `site.reviews`), latest first.
    pub late_responses: Vec<usize>,
    /// Per review: what it adds to the site-wide lists, which the next index takes over when
    /// the review did not change (`build_reusing`).
    pub review_parts: Vec<Arc<review::Part>>,
}

/// A review's life Markdown, rendered.
#[derive(Debug, Clone, Default)]
pub struct LifeHtml {
    /// The scoping document or terms of the review, as HTML.
    pub scope: Option<String>,
    /// What the impact assessment found, as HTML.
    pub impact: Option<String>,
}

/// The path part of a base URL, with a slash at each end: `https://x.gov.uk/scrutiny/` → `/scrutiny/`.
/// The 404 page links to the site from there, as a web host shows it at any missing address.
pub fn base_path(base_url: &str) -> String {
    let after_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .trim_matches('/');
    if path.is_empty() {
        "/".to_string()
    } else {
        format!("/{path}/")
    }
}

/// Builds the index. Markdown is rendered in parallel; the result does not depend on thread count.
pub fn build(site: Site, as_of: NaiveDate) -> SiteIndex {
    build_reusing(site, as_of, None)
}

/// Builds the index like `build`, but takes over from `prev` what did not change: serve, after
/// a file changed. A review that `prev` holds with the same value (the same `Arc` the session
/// kept as checked, or an equal one), with the same settings, glossary and as-of date, has its
/// whole part taken over (`review::taken`: its recommendations' entries, counts, summary, life,
/// and what it adds to the site-wide lists); of any other, the Markdown of each recommendation
/// and of the summary that did not change, when the glossary and languages did not. Free pages'
/// Markdown is taken over likewise. The site-wide lists are then put together from every
/// review's part (`lists`). The result is the same as `build`'s.
pub fn build_reusing(site: Site, as_of: NaiveDate, prev: Option<&SiteIndex>) -> SiteIndex {
    let langs = &site.config.languages;
    let glossaries = html::glossaries(&site.glossary, langs);
    let g = &site.glossary;
    // Markdown is made from the text, the glossary and the languages alone.
    let prev = prev.filter(|p| {
        p.site.glossary == site.glossary && p.site.config.languages == site.config.languages
    });
    // A review's facts are also made from the settings (statuses, when silence is too long) and
    // the as-of date.
    let whole = prev.is_some_and(|p| p.as_of == as_of && p.site.config == site.config);
    let prev_at: HashMap<&str, usize> = prev
        .map(|p| {
            p.site
                .reviews
                .iter()
                .enumerate()
                .map(|(j, r)| (r.slug.as_str(), j))
                .collect()
        })
        .unwrap_or_default();
    let derived: Vec<review::Derived> = site
        .reviews
        .par_iter()
        .enumerate()
        .map(|(ri, r)| {
            let old = prev.zip(prev_at.get(r.slug.as_str()).copied());
            match old {
                Some((p, j))
                    if whole && (Arc::ptr_eq(&p.site.reviews[j], r) || p.site.reviews[j] == *r) =>
                {
                    review::taken(p, j, ri)
                }
                _ => review::derived(&site, r, ri, &glossaries, as_of, old),
            }
        })
        .collect();
    let n = derived.iter().map(|d| d.recs.len()).sum();
    let mut recs = Vec::with_capacity(n);
    let mut review_recs = Vec::with_capacity(derived.len());
    let mut review_counts = Vec::with_capacity(derived.len());
    let mut review_updated = Vec::with_capacity(derived.len());
    let mut review_summaries = Vec::with_capacity(derived.len());
    let mut review_life = Vec::with_capacity(derived.len());
    let mut review_life_html = Vec::with_capacity(derived.len());
    let mut review_parts = Vec::with_capacity(derived.len());
    for d in derived {
        let start = recs.len();
        recs.extend(d.recs);
        review_recs.push(start..recs.len());
        review_counts.push(d.counts);
        review_updated.push(d.updated);
        review_summaries.push(d.summary);
        review_life.push(d.life);
        review_life_html.push(d.life_html);
        review_parts.push(d.part);
    }
    let pages_html = site
        .pages
        .par_iter()
        .map(|pg| {
            let old = prev.and_then(|p| {
                p.site
                    .pages
                    .iter()
                    .position(|o| o.slug == pg.slug && o.body == pg.body)
                    .map(|i| p.pages_html[i].clone())
            });
            old.unwrap_or_else(|| html::document(&pg.body, langs, &glossaries))
        })
        .collect();
    let lists::Lists {
        counts,
        parties,
        updates,
        overdue,
        not_updated,
    } = lists::assemble(&review_parts, &review_recs, &review_counts, g);

    let indicators_html = site
        .indicators
        .iter()
        .map(|i| i.description.as_deref().map(|d| to_html(d, g, 2)))
        .collect();
    let mut indicator_recs: Vec<Vec<usize>> = vec![Vec::new(); site.indicators.len()];
    let mut rec_indicators: Vec<Vec<usize>> = vec![Vec::new(); recs.len()];
    for (ii, ind) in site.indicators.iter().enumerate() {
        for r in &ind.recommendations {
            if let Some(idx) = tsm::rec_index(&site, &review_recs, r) {
                indicator_recs[ii].push(idx);
                rec_indicators[idx].push(ii);
            }
        }
    }
    let (tsm_recs, rec_tsm) = tsm::links(&site, &review_recs, recs.len());

    let reports = site
        .reports
        .par_iter()
        .map(|r| crate::report::find(&site, r))
        .collect();
    let report_intros = site
        .reports
        .iter()
        .map(|r| r.introduction.as_deref().map(|t| to_html(t, g, 2)))
        .collect();
    let latest_report = latest(&site, |_| true);
    let mut late_responses: Vec<usize> = (0..site.reviews.len())
        .filter(|&i| review_life[i].late)
        .collect();
    late_responses.sort_by(|&a, &b| {
        review_life[b]
            .days_late
            .cmp(&review_life[a].days_late)
            .then(a.cmp(&b))
    });

    SiteIndex {
        site,
        as_of,
        recs,
        review_recs,
        review_counts,
        review_summaries,
        review_updated,
        counts,
        parties,
        updates,
        overdue,
        not_updated,
        pages_html,
        glossaries,
        indicators_html,
        indicator_recs,
        rec_indicators,
        tsm_recs,
        rec_tsm,
        reports,
        report_intros,
        latest_report,
        review_life,
        review_life_html,
        review_parts,
        late_responses,
    }
}

/// Of the reports `which` picks, the one whose period ends last (then the latest meeting, then the
/// last slug).
fn latest(site: &Site, which: impl Fn(&crate::model::Report) -> bool) -> Option<usize> {
    (0..site.reports.len())
        .filter(|&i| which(&site.reports[i]))
        .max_by_key(|&i| {
            let r = &site.reports[i];
            (r.to, r.meeting, &r.slug)
        })
}

impl SiteIndex {
    /// The latest report that covers the review at `ri`, if any.
    pub fn latest_report_of(&self, ri: usize) -> Option<usize> {
        let slug = &self.site.reviews[ri].slug;
        latest(&self.site, |r| r.reviews.contains(slug))
    }
    /// The recommendation at `idx` of `recs`.
    pub fn rec(&self, idx: usize) -> &crate::model::Recommendation {
        let e = &self.recs[idx];
        &self.site.reviews[e.review].recommendations[e.rec]
    }
    /// The index into `recs` of a recommendation of the site, as a report names it.
    pub fn rec_at(&self, (review, rec): crate::report::RecAt) -> usize {
        self.review_recs[review].start + rec
    }
    /// The review of the recommendation at `idx` of `recs`.
    pub fn review_of(&self, idx: usize) -> &crate::model::Review {
        &self.site.reviews[self.recs[idx].review]
    }
}

#[cfg(test)]
mod tests {
    use super::base_path;

    #[test]
    fn base_paths() {
        assert_eq!(
            base_path("https://www.example.gov.uk/scrutiny/"),
            "/scrutiny/"
        );
        assert_eq!(base_path("https://www.example.gov.uk/a/b"), "/a/b/");
        assert_eq!(base_path("https://www.example.gov.uk/"), "/");
        assert_eq!(base_path("http://example.org"), "/");
    }
}
