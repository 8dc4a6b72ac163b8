//! `/responsible/`: everyone answerable for recommendations or actions, with their counts. Pure.

use crate::index::{PageKind, SiteIndex};
use serde::Serialize;

#[derive(Serialize)]
struct PartyCard<'a> {
    name: &'a str,
    meaning: Option<&'a str>,
    url: String,
    recs: usize,
    actions: usize,
    overdue: usize,
    open: usize,
}

/// What `responsible-index.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    parties: Vec<PartyCard<'a>>,
}

pub(super) fn view(ix: &SiteIndex) -> View<'_> {
    let parties = ix
        .parties
        .iter()
        .enumerate()
        .map(|(pi, p)| PartyCard {
            name: &p.name,
            meaning: p.meaning.as_deref(),
            url: ix.url(PageKind::Party(pi)),
            recs: p.recs.len(),
            actions: p.actions.len(),
            overdue: p.recs.iter().filter(|&&i| ix.recs[i].facts.overdue).count(),
            open: p
                .recs
                .iter()
                .filter(|&&i| ix.recs[i].facts.category.is_open())
                .count(),
        })
        .collect();
    View { parties }
}
