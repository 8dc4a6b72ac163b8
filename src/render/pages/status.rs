//! `/status/<category>/` and `/status/<category>/<n>/`: the recommendations of one status
//! category, by review, a hundred to a page. Pure.

use super::pager::{Pagination, paginate};
use crate::i18n::Say;
use crate::index::PageKind;
use crate::index::SiteIndex;
use crate::index::paging::DASHBOARD_ROWS_PER_PAGE;
use crate::model::Category;
use crate::render::cards::{CategoryCard, category_card};
use crate::render::views::{Group, StatusCount, by_review, status_breakdown};
use serde::Serialize;

/// What `status.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    category: CategoryCard,
    breakdown: Vec<StatusCount<'a>>,
    groups: Vec<Group<'a>>,
    pagination: Pagination,
}

/// Page `page` (from 1) of the category `c`; the breakdown by status is of the whole category.
pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, c: Category, page: usize) -> View<'a> {
    let idxs: Vec<usize> = (0..ix.recs.len())
        .filter(|&i| ix.recs[i].facts.category == c)
        .collect();
    let (pagination, range) = paginate(page, idxs.len(), DASHBOARD_ROWS_PER_PAGE, |n| {
        ix.url(PageKind::Status(c, n))
    });
    View {
        category: category_card(ix, say, c, idxs.len()),
        breakdown: status_breakdown(ix, say, idxs.clone()),
        groups: by_review(ix, say, idxs[range].to_vec()),
        pagination,
    }
}
