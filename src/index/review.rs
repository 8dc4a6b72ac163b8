//! One review's part of the index: what is derived from that review alone, with the site's
//! settings, glossary and as-of date. That is its recommendations' entries (facts, titles,
//! addresses, Markdown), its counts, its last update, its summary and life, and what it adds to
//! the site-wide lists ([`Part`]: the parties it names, its updates, its overdue and not-updated
//! recommendations, each in its own order, numbered from its first recommendation). A review
//! the last index holds with the same value, under the same settings, glossary and date, is
//! taken over from it whole (`taken`); any other is derived (`derived`), taking over only the
//! Markdown of what did not change. Nothing here may read another review: `lists` puts the parts
//! together. Must not touch files, Tera or the terminal.

use super::html::{self, ByLang, RecHtml};
use super::lists::Counts;
use super::{LifeHtml, RecEntry, SiteIndex, routes};
use crate::derive::facts;
use crate::life::{self, LifeFacts};
use crate::markdown::{first_sentence, to_html};
use crate::model::slug::slugify;
use crate::model::{Glossary, Review, Site, Text};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::cmp::Reverse;
use std::collections::HashMap;
use std::sync::Arc;

/// What one review adds to the site-wide lists; its recommendations are numbered from 0, in
/// review order.
#[derive(Debug, Default)]
pub struct Part {
    /// The parties its recommendations and actions name, in the order first named.
    pub(super) parties: Vec<Share>,
    /// Its updates, newest first, then in recommendation and file order: (date, rec, update).
    pub(super) updates: Vec<(Reverse<NaiveDate>, usize, usize)>,
    /// Its overdue recommendations, worst first: (days overdue, rec).
    pub(super) overdue: Vec<(Reverse<i64>, usize)>,
    /// Its open recommendations silent too long and not overdue, longest silence first.
    pub(super) not_updated: Vec<(Reverse<Option<i64>>, usize)>,
}

/// A party as one review names it.
#[derive(Debug)]
pub(super) struct Share {
    pub slug: String,
    /// The name as first written in the review.
    pub name: String,
    /// The recommendations it is responsible for, each once.
    pub recs: Vec<usize>,
    /// (rec, action) for each time an action names it.
    pub actions: Vec<(usize, usize)>,
}

/// One review's part of the index, whole.
pub(super) struct Derived {
    pub recs: Vec<RecEntry>,
    pub counts: Counts,
    pub updated: Option<NaiveDate>,
    pub summary: ByLang<String>,
    pub life: LifeFacts,
    pub life_html: LifeHtml,
    pub part: Arc<Part>,
}

/// The part of review `j` of `prev`, for the review now at `ri`.
pub(super) fn taken(prev: &SiteIndex, j: usize, ri: usize) -> Derived {
    Derived {
        recs: prev.recs[prev.review_recs[j].clone()]
            .iter()
            .map(|e| RecEntry {
                review: ri,
                ..e.clone()
            })
            .collect(),
        counts: prev.review_counts[j],
        updated: prev.review_updated[j],
        summary: prev.review_summaries[j].clone(),
        life: prev.review_life[j].clone(),
        life_html: prev.review_life_html[j].clone(),
        part: prev.review_parts[j].clone(),
    }
}

/// The part of `review`, at `ri` of `site.reviews`, derived on `as_of`; `glossaries` are the
/// site's, per language. `old` is the same review (by slug) in the last index, whose
/// recommendations' and summary's Markdown is taken where they did not change (the caller has
/// checked that the glossary and languages did not).
pub(super) fn derived(
    site: &Site,
    review: &Review,
    ri: usize,
    glossaries: &ByLang<Glossary>,
    as_of: NaiveDate,
    old: Option<(&SiteIndex, usize)>,
) -> Derived {
    let langs = &site.config.languages;
    let g = &site.glossary;
    let old_recs: HashMap<&str, usize> = old
        .map(|(p, j)| {
            p.review_recs[j]
                .clone()
                .map(|i| (p.rec(i).source.as_str(), i))
                .collect()
        })
        .unwrap_or_default();
    let same_rec = |r: &crate::model::Recommendation| -> Option<Arc<ByLang<RecHtml>>> {
        let (p, _) = old?;
        let i = *old_recs.get(r.source.as_str())?;
        (std::ptr::eq(p.rec(i), r) || p.rec(i) == r).then(|| p.recs[i].html.clone())
    };
    let recs: Vec<RecEntry> = review
        .recommendations
        .par_iter()
        .enumerate()
        .map(|(i, r)| {
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
                facts: facts(r, review, &site.config, as_of),
                title,
                url: routes::rec_path(&review.slug, &r.slug),
                html,
            }
        })
        .collect();
    let summary = old
        .filter(|(p, j)| p.site.reviews[*j].summary == review.summary)
        .map(|(p, j)| p.review_summaries[j].clone())
        .unwrap_or_else(|| html::document(&review.summary, langs, glossaries));
    let mut counts = Counts::default();
    let mut updated = review.updated;
    let mut part = Part::default();
    // Each name is made a slug once, however many recommendations and actions name it.
    let mut share_of: HashMap<String, usize> = HashMap::new();
    let mut share = |name: &str, parties: &mut Vec<Share>| -> usize {
        if let Some(&at) = share_of.get(name) {
            return at;
        }
        let slug = slugify(name);
        let at = parties
            .iter()
            .position(|s| s.slug == slug)
            .unwrap_or_else(|| {
                parties.push(Share {
                    slug,
                    name: name.to_string(),
                    recs: vec![],
                    actions: vec![],
                });
                parties.len() - 1
            });
        share_of.insert(name.to_string(), at);
        at
    };
    for (i, (e, r)) in recs.iter().zip(&review.recommendations).enumerate() {
        let f = &e.facts;
        counts.add(f);
        if review.updated.is_none() {
            updated = updated.max(f.last_updated);
        }
        for name in &r.responsible {
            let at = share(name, &mut part.parties);
            let s = &mut part.parties[at];
            if s.recs.last() != Some(&i) {
                s.recs.push(i);
            }
        }
        for (ai, a) in r.actions.iter().enumerate() {
            for name in &a.responsible {
                let at = share(name, &mut part.parties);
                part.parties[at].actions.push((i, ai));
            }
        }
        part.updates.extend(
            r.updates
                .iter()
                .enumerate()
                .map(|(ui, u)| (Reverse(u.date), i, ui)),
        );
        if f.overdue {
            part.overdue.push((Reverse(f.days_overdue), i));
        } else if f.not_updated {
            part.not_updated.push((Reverse(f.days_since_update), i));
        }
    }
    part.updates.sort();
    part.overdue.sort();
    part.not_updated.sort();
    Derived {
        recs,
        counts,
        updated,
        summary,
        life: life::facts(review, &site.config, as_of),
        life_html: LifeHtml {
            scope: review.scope.as_deref().map(|t| to_html(t, g, 3)),
            impact: review.impact.as_ref().map(|i| to_html(&i.text, g, 3)),
        },
        part: Arc::new(part),
    }
}
