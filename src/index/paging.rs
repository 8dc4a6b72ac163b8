//! How long lists are cut into pages: how many items a page of `/updates/` and of a dashboard
//! (`/status/<category>/`, `/overdue/`, `/responsible/<party>/`) holds, how many pages each list
//! has, and the title of page n. The route table gives the pages
//! their addresses; `render::pages` which items each shows. Pure.

use super::SiteIndex;
use crate::i18n::{Arg, Words};
use crate::model::Category;

/// How many updates one page of /updates/ holds.
pub const UPDATES_PER_PAGE: usize = 100;

/// How many rows a dashboard (`/status/<category>/`, `/overdue/`, `/responsible/<party>/`) lists
/// on one page: a large site's would otherwise be pages of many megabytes.
pub const DASHBOARD_ROWS_PER_PAGE: usize = 100;

/// How many pages a list of `total` items has, `per_page` to a page: at least one, which says
/// when the list is empty.
pub fn page_count(total: usize, per_page: usize) -> usize {
    total.div_ceil(per_page).max(1)
}

/// The title of page `page` of `pages` of a paged list: `first` on page 1, else the message `id`
/// with `args` and the page numbers.
pub(super) fn paged_title(
    first: Words,
    id: &'static str,
    mut args: Vec<(&'static str, Arg)>,
    page: usize,
    pages: usize,
) -> Words {
    if page <= 1 {
        return first;
    }
    args.extend([("page", Arg::from(page)), ("pages", Arg::from(pages))]);
    Words::with(id, args)
}

impl SiteIndex {
    /// How many pages of updates there are (at least one).
    pub fn update_pages(&self) -> usize {
        page_count(self.updates.len(), UPDATES_PER_PAGE)
    }

    /// How many pages `/status/<category>/` has (at least one).
    pub fn status_pages(&self, c: Category) -> usize {
        page_count(self.counts.of(c), DASHBOARD_ROWS_PER_PAGE)
    }

    /// How many pages `/overdue/` has (at least one): the overdue, then those not updated.
    pub fn overdue_pages(&self) -> usize {
        page_count(
            self.overdue.len() + self.not_updated.len(),
            DASHBOARD_ROWS_PER_PAGE,
        )
    }

    /// How many pages `/responsible/<party>/` has for party `pi` (at least one): its
    /// recommendations, then the actions it owns, one list.
    pub fn party_pages(&self, pi: usize) -> usize {
        let p = &self.parties[pi];
        page_count(p.recs.len() + p.actions.len(), DASHBOARD_ROWS_PER_PAGE)
    }
}
