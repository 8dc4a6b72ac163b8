//! The site-wide lists of the index, assembled from each review's part (`review::Part`): the
//! site's counts by category (the sum of the reviews'), the responsible parties with their
//! recommendations and actions, every update newest first, the overdue recommendations worst
//! first and the not-updated ones longest silence first. A review's part numbers its
//! recommendations from 0; here they become indexes into `recs`. The order is the one a single
//! pass over every recommendation gives. Must not touch files, Tera or the terminal.

use super::review::Part;
use crate::derive::Facts;
use crate::model::{Category, Glossary};
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

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
    /// Adds the counts of other recommendations (a review's, to the site's).
    pub fn add_all(&mut self, o: &Counts) {
        self.total += o.total;
        self.not_started += o.not_started;
        self.in_progress += o.in_progress;
        self.done += o.done;
        self.closed += o.closed;
        self.overdue += o.overdue;
        self.not_updated += o.not_updated;
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

/// The site-wide lists, made from every review's part.
pub(super) struct Lists {
    pub counts: Counts,
    pub parties: Vec<Party>,
    pub updates: Vec<UpdateRef>,
    pub overdue: Vec<usize>,
    pub not_updated: Vec<usize>,
}

/// The site-wide lists of the reviews whose parts are `parts`, whose recommendations are at
/// `review_recs` of `recs`, and whose counts are `review_counts`; `g` gives the parties' meanings.
pub(super) fn assemble(
    parts: &[Arc<Part>],
    review_recs: &[Range<usize>],
    review_counts: &[Counts],
    g: &Glossary,
) -> Lists {
    let mut counts = Counts::default();
    for c in review_counts {
        counts.add_all(c);
    }
    let at = |ri: usize| review_recs[ri].start;
    // A party is named as it was first named, in review order.
    let mut by_party: BTreeMap<&str, Party> = BTreeMap::new();
    for (ri, part) in parts.iter().enumerate() {
        let s = at(ri);
        for share in &part.parties {
            let p = by_party
                .entry(share.slug.as_str())
                .or_insert_with(|| Party {
                    name: share.name.clone(),
                    slug: share.slug.clone(),
                    meaning: g.lookup(&share.name).map(str::to_string),
                    recs: vec![],
                    actions: vec![],
                });
            p.recs.extend(share.recs.iter().map(|r| s + r));
            p.actions
                .extend(share.actions.iter().map(|&(r, a)| (s + r, a)));
        }
    }
    let mut parties: Vec<Party> = by_party.into_values().collect();
    parties.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.slug.cmp(&b.slug))
    });
    // Each review's lists are in order already: the sort merges them (its keys are unique).
    let mut updates: Vec<_> = parts
        .iter()
        .enumerate()
        .flat_map(|(ri, p)| p.updates.iter().map(move |&(d, r, u)| (d, at(ri) + r, u)))
        .collect();
    updates.sort();
    Lists {
        counts,
        parties,
        updates: updates.into_iter().map(|(_, r, u)| (r, u)).collect(),
        overdue: merged(parts, review_recs, |p| &p.overdue),
        not_updated: merged(parts, review_recs, |p| &p.not_updated),
    }
}

/// One list of recommendations from each review's (`pick`), each sorted by its key: merged by
/// the key, as indexes into `recs`.
fn merged<K: Ord + Copy>(
    parts: &[Arc<Part>],
    review_recs: &[Range<usize>],
    pick: impl Fn(&Part) -> &[(K, usize)],
) -> Vec<usize> {
    let mut all: Vec<(K, usize)> = parts
        .iter()
        .zip(review_recs)
        .flat_map(|(p, at)| pick(p).iter().map(move |&(k, r)| (k, at.start + r)))
        .collect();
    all.sort();
    all.into_iter().map(|(_, r)| r).collect()
}
