//! `/responsible/<slug>/`: one party's recommendations, by review, and the actions it owns. Pure.

use crate::i18n::Say;
use crate::index::{PageKind, SiteIndex};
use crate::render::views::{
    Group, PartyRef, RecRow, StatusCount, StatusView, by_review, rec_row, status, status_breakdown,
};
use serde::Serialize;

#[derive(Serialize)]
struct OwnedAction<'a> {
    html: &'a str,
    status: Option<StatusView<'a>>,
    rec: RecRow<'a>,
}

/// What `responsible.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    party: PartyRef<'a>,
    breakdown: Vec<StatusCount<'a>>,
    groups: Vec<Group<'a>>,
    owned_actions: Vec<OwnedAction<'a>>,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, pi: usize) -> View<'a> {
    let p = &ix.parties[pi];
    let owned_actions = p
        .actions
        .iter()
        .map(|&(ri, ai)| OwnedAction {
            html: &ix.recs[ri].html.get(say.lang).actions[ai],
            status: ix.rec(ri).actions[ai]
                .status
                .as_deref()
                .map(|s| status(ix, say, s)),
            rec: rec_row(ix, say, ri),
        })
        .collect();
    View {
        party: PartyRef {
            name: &p.name,
            meaning: ix.glossaries.get(say.lang).lookup(&p.name),
            url: ix.url(PageKind::Party(pi)),
        },
        breakdown: status_breakdown(ix, say, p.recs.iter().copied()),
        groups: by_review(ix, say, p.recs.iter().copied()),
        owned_actions,
    }
}
