//! `/responsible/<slug>/` and `/responsible/<slug>/<n>/`: one party's recommendations, by review,
//! then the actions it owns, one list of them a hundred to a page. Pure.

use super::pager::{Pagination, paginate};
use crate::i18n::Say;
use crate::index::paging::DASHBOARD_ROWS_PER_PAGE;
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
    /// The party's recommendations by status: all of them, on every page that lists some.
    breakdown: Vec<StatusCount<'a>>,
    /// The recommendations on this page, by review.
    groups: Vec<Group<'a>>,
    /// How many recommendations the party is responsible for in all.
    recs_total: usize,
    /// Whether this page has the recommendations' section (its rows, or that there are none).
    show_recs: bool,
    /// The actions the party owns on this page.
    owned_actions: Vec<OwnedAction<'a>>,
    /// How many actions the party owns in all.
    actions_total: usize,
    pagination: Pagination,
}

/// Page `page` (from 1) of party `pi`: its recommendations first, then its actions, the one list
/// cut in pages.
pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, pi: usize, page: usize) -> View<'a> {
    let p = &ix.parties[pi];
    let (r, a) = (p.recs.len(), p.actions.len());
    let (pagination, range) = paginate(page, r + a, DASHBOARD_ROWS_PER_PAGE, |n| {
        ix.url(PageKind::Party(pi, n))
    });
    // The part of `range` that falls in a list starting at `from` of the whole, as its indexes.
    let part = |len: usize, from: usize| {
        let (start, end) = (range.start.max(from) - from, range.end.max(from) - from);
        start.min(len)..end.min(len)
    };
    let recs = &p.recs[part(r, 0)];
    let owned_actions = p.actions[part(a, r)]
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
            url: ix.url(PageKind::Party(pi, 1)),
        },
        breakdown: status_breakdown(ix, say, p.recs.iter().copied()),
        groups: by_review(ix, say, recs.iter().copied()),
        recs_total: r,
        // That there are none is said on the first page.
        show_recs: !recs.is_empty() || (r == 0 && range.start == 0),
        owned_actions,
        actions_total: a,
        pagination,
    }
}
