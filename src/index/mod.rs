//! SiteIndex: the validated site plus everything derived from it, computed once and never changed:
//! facts per recommendation and per indicator, groupings by status category and by responsible
//! party, the links between indicators (and Tenant Satisfaction Measures, `tsm`) and
//! recommendations, the route table of its pages
//! (`routes`: URLs, titles, breadcrumbs), what each monitoring report finds (`report::find`),
//! and all Markdown rendered to safe HTML. Must not touch
//! files, Tera or the terminal.

pub mod html;
pub mod paging;
pub mod routes;
pub mod tsm;

use crate::derive::{Facts, facts};
use crate::life::{self, LifeFacts};
use crate::markdown::{first_sentence, to_html};
use crate::model::slug::slugify;
use crate::model::{Category, Site, Text};
use chrono::NaiveDate;
pub use html::{ByLang, RecHtml};
use rayon::prelude::*;
pub use routes::PageKind;
use std::collections::BTreeMap;
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

/// Someone answerable for recommendations or actions.
#[derive(Debug, Clone)]
pub struct Party {
    /// The name as written.
    pub name: String,
    /// The name as a URL segment.
    pub slug: String,
    /// The glossary meaning, when the name is an abbreviation.
    pub meaning: Option<String>,
    /// Indexes into `recs` where the party is responsible for the recommendation.
    pub recs: Vec<usize>,
    /// (rec index, action index) where the party owns an action.
    pub actions: Vec<(usize, usize)>,
}

/// Counts by category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Every recommendation.
    pub total: usize,
    /// Those not started.
    pub not_started: usize,
    /// Those in progress.
    pub in_progress: usize,
    /// Those done.
    pub done: usize,
    /// Those closed without being done.
    pub closed: usize,
    /// Those past their current deadline and still open.
    pub overdue: usize,
    /// Those open and silent for longer than the site allows.
    pub not_updated: usize,
}

impl Counts {
    /// Counts one more recommendation, with its facts.
    pub fn add(&mut self, f: &Facts) {
        self.total += 1;
        match f.category {
            Category::NotStarted => self.not_started += 1,
            Category::InProgress => self.in_progress += 1,
            Category::Done => self.done += 1,
            Category::Closed => self.closed += 1,
        }
        self.overdue += usize::from(f.overdue);
        self.not_updated += usize::from(f.not_updated);
    }
    /// The count of one category.
    pub fn of(&self, c: Category) -> usize {
        match c {
            Category::NotStarted => self.not_started,
            Category::InProgress => self.in_progress,
            Category::Done => self.done,
            Category::Closed => self.closed,
        }
    }
    /// Done as a whole percentage of all.
    pub fn percent_done(&self) -> u32 {
        (self.done * 100 + self.total / 2)
            .checked_div(self.total)
            .map_or(0, |p| p as u32)
    }
}

/// An update, located: (rec index, update index).
pub type UpdateRef = (usize, usize);

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

/// Builds the index like `build`, but takes the rendered Markdown of each recommendation, review
/// summary and page that is unchanged since `prev` (same glossary, same record) instead of
/// rendering it again: `serve`, after one file changed. The result is the same as `build`'s.
pub fn build_reusing(site: Site, as_of: NaiveDate, prev: Option<&SiteIndex>) -> SiteIndex {
    let langs = &site.config.languages;
    let glossaries = html::glossaries(&site.glossary, langs);
    let g = &site.glossary;
    let prev = prev.filter(|p| {
        p.site.glossary == site.glossary && p.site.config.languages == site.config.languages
    });
    let prev_recs: std::collections::HashMap<&str, usize> = prev
        .map(|p| {
            (0..p.recs.len())
                .map(|i| (p.rec(i).source.as_str(), i))
                .collect()
        })
        .unwrap_or_default();
    let same_rec = |r: &crate::model::Recommendation| -> Option<Arc<ByLang<RecHtml>>> {
        let p = prev?;
        let i = *prev_recs.get(r.source.as_str())?;
        (std::ptr::eq(p.rec(i), r) || p.rec(i) == r).then(|| p.recs[i].html.clone())
    };
    let mut locs = Vec::new();
    let mut review_recs = Vec::new();
    for (ri, review) in site.reviews.iter().enumerate() {
        let start = locs.len();
        locs.extend((0..review.recommendations.len()).map(|i| (ri, i)));
        review_recs.push(start..locs.len());
    }
    let recs: Vec<RecEntry> = locs
        .par_iter()
        .map(|&(ri, i)| {
            let review = &site.reviews[ri];
            let r = &review.recommendations[i];
            let f = facts(r, review, &site.config, as_of);
            let title = r.title.clone().unwrap_or_else(|| {
                let text = &r.recommendation;
                let mut t = Text::new(first_sentence(text, 100), text.default_lang());
                for (l, md) in text.translations() {
                    t.set(*l, first_sentence(md, 100));
                }
                t
            });
            let html = same_rec(r).unwrap_or_else(|| {
                Arc::new(ByLang::make(langs, |lang, default| {
                    html::rec(r, lang, glossaries.get(lang), default)
                }))
            });
            RecEntry {
                review: ri,
                rec: i,
                facts: f,
                title,
                url: routes::rec_path(&review.slug, &r.slug),
                html,
            }
        })
        .collect();
    let review_summaries = site
        .reviews
        .par_iter()
        .map(|r| {
            let old = prev.and_then(|p| {
                p.site
                    .reviews
                    .iter()
                    .position(|o| o.slug == r.slug && o.summary == r.summary)
                    .map(|i| p.review_summaries[i].clone())
            });
            old.unwrap_or_else(|| {
                ByLang::make(langs, |lang, d| {
                    html::markdown(
                        &r.summary,
                        lang,
                        glossaries.get(lang),
                        2,
                        d.map(String::as_str),
                    )
                })
            })
        })
        .collect();
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
            old.unwrap_or_else(|| {
                ByLang::make(langs, |lang, d| {
                    html::markdown(
                        &pg.body,
                        lang,
                        glossaries.get(lang),
                        2,
                        d.map(String::as_str),
                    )
                })
            })
        })
        .collect();

    let mut counts = Counts::default();
    let mut review_counts = vec![Counts::default(); site.reviews.len()];
    let mut review_updated: Vec<Option<NaiveDate>> =
        site.reviews.iter().map(|r| r.updated).collect();
    // Each name is made a slug once, however many recommendations and actions name it: a
    // large site names its few dozen parties tens of thousands of times.
    let mut by_party: BTreeMap<String, Party> = BTreeMap::new();
    let mut slug_of: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut party = |name: &str| -> String {
        if let Some(slug) = slug_of.get(name) {
            return slug.clone();
        }
        let slug = slugify(name);
        by_party.entry(slug.clone()).or_insert_with(|| Party {
            name: name.to_string(),
            slug: slug.clone(),
            meaning: g.lookup(name).map(str::to_string),
            recs: vec![],
            actions: vec![],
        });
        slug_of.insert(name.to_string(), slug.clone());
        slug
    };
    let mut party_recs: Vec<(String, usize)> = Vec::new();
    let mut party_actions: Vec<(String, (usize, usize))> = Vec::new();
    let mut updates = Vec::new();
    for (idx, e) in recs.iter().enumerate() {
        counts.add(&e.facts);
        review_counts[e.review].add(&e.facts);
        let r = &site.reviews[e.review].recommendations[e.rec];
        if site.reviews[e.review].updated.is_none() {
            let u = &mut review_updated[e.review];
            *u = (*u).max(e.facts.last_updated);
        }
        for name in &r.responsible {
            let slug = party(name);
            if party_recs.last() != Some(&(slug.clone(), idx)) {
                party_recs.push((slug, idx));
            }
        }
        for (ai, a) in r.actions.iter().enumerate() {
            for name in &a.responsible {
                let slug = party(name);
                party_actions.push((slug, (idx, ai)));
            }
        }
        updates.extend((0..r.updates.len()).map(|ui| (idx, ui)));
    }
    for (slug, idx) in party_recs {
        let p = by_party.get_mut(&slug).expect("party registered");
        if p.recs.last() != Some(&idx) {
            p.recs.push(idx);
        }
    }
    for (slug, at) in party_actions {
        by_party
            .get_mut(&slug)
            .expect("party registered")
            .actions
            .push(at);
    }
    let mut parties: Vec<Party> = by_party.into_values().collect();
    parties.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.slug.cmp(&b.slug))
    });

    let date_of = |&(ri, ui): &UpdateRef| {
        let e = &recs[ri];
        site.reviews[e.review].recommendations[e.rec].updates[ui].date
    };
    // Newest first; ties keep review, number and file order (the key orders every update, so an
    // unstable sort gives the one order).
    updates.sort_unstable_by_key(|u| (std::cmp::Reverse(date_of(u)), *u));

    let mut overdue: Vec<usize> = (0..recs.len()).filter(|&i| recs[i].facts.overdue).collect();
    overdue.sort_by(|&a, &b| {
        recs[b]
            .facts
            .days_overdue
            .cmp(&recs[a].facts.days_overdue)
            .then(a.cmp(&b))
    });
    let mut not_updated: Vec<usize> = (0..recs.len())
        .filter(|&i| recs[i].facts.not_updated && !recs[i].facts.overdue)
        .collect();
    not_updated.sort_by(|&a, &b| {
        recs[b]
            .facts
            .days_since_update
            .cmp(&recs[a].facts.days_since_update)
            .then(a.cmp(&b))
    });

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
    let review_life: Vec<LifeFacts> = site
        .reviews
        .iter()
        .map(|r| life::facts(r, &site.config, as_of))
        .collect();
    let review_life_html = site
        .reviews
        .iter()
        .map(|r| LifeHtml {
            scope: r.scope.as_deref().map(|t| to_html(t, g, 3)),
            impact: r.impact.as_ref().map(|i| to_html(&i.text, g, 3)),
        })
        .collect();
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
