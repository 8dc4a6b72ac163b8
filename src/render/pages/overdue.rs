//! `/overdue/` and `/overdue/<n>/`: recommendations past their deadline, then those not updated
//! for too long, one list of them a hundred to a page. Pure.

use super::pager::{Pagination, paginate};
use crate::i18n::Say;
use crate::index::PageKind;
use crate::index::SiteIndex;
use crate::index::paging::DASHBOARD_ROWS_PER_PAGE;
use crate::render::views::{RecRow, rec_row};
use serde::Serialize;

/// What `overdue.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    /// The overdue recommendations on this page.
    overdue: Vec<RecRow<'a>>,
    /// How many are overdue in all.
    overdue_total: usize,
    /// Whether this page has the overdue section (its rows, or that there are none).
    show_overdue: bool,
    /// The recommendations not updated for too long on this page.
    not_updated: Vec<RecRow<'a>>,
    not_updated_total: usize,
    show_not_updated: bool,
    stale_after_days: u32,
    pagination: Pagination,
}

/// Page `page` (from 1): the overdue first, then those not updated, the one list cut in pages.
pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, page: usize) -> View<'a> {
    let (o, n) = (ix.overdue.len(), ix.not_updated.len());
    let (pagination, range) = paginate(page, o + n, DASHBOARD_ROWS_PER_PAGE, |p| {
        ix.url(PageKind::Overdue(p))
    });
    let rows = |list: &[usize], from: usize| -> Vec<RecRow<'a>> {
        let (start, end) = (range.start.max(from) - from, range.end.max(from) - from);
        list[start.min(list.len())..end.min(list.len())]
            .iter()
            .map(|&i| rec_row(ix, say, i))
            .collect()
    };
    let overdue = rows(&ix.overdue, 0);
    let not_updated = rows(&ix.not_updated, o);
    View {
        // An empty section says so on the page where it would begin.
        show_overdue: !overdue.is_empty() || (o == 0 && range.start == 0),
        show_not_updated: !not_updated.is_empty() || (n == 0 && range.end == o + n),
        overdue,
        overdue_total: o,
        not_updated,
        not_updated_total: n,
        stale_after_days: ix.site.config.stale_after_days,
        pagination,
    }
}

/// The page of `/overdue/` where the list of recommendations not updated begins (the home
/// page's figure links there).
pub(super) fn not_updated_page(ix: &SiteIndex) -> usize {
    (ix.overdue.len() / DASHBOARD_ROWS_PER_PAGE + 1).min(ix.overdue_pages())
}
