//! `/responsible/`: everyone answerable for recommendations or actions, with their counts. Pure.

use crate::i18n::Say;
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

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>) -> View<'a> {
    let glossary = ix.glossaries.get(say.lang);
    let parties = ix
        .parties
        .iter()
        .enumerate()
        .map(|(pi, p)| PartyCard {
            name: &p.name,
            meaning: glossary.lookup(&p.name),
            url: ix.url(PageKind::Party(pi, 1)),
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
