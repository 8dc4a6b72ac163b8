//! Page n of a long list (`/updates/`, `/status/<category>/`, `/overdue/`,
//! `/responsible/<party>/`): which of its items the page shows, and the addresses of the pages
//! before and after it. Pure.

use serde::Serialize;
use std::ops::Range;

/// Where a page stands in its list, for the "Showing 101 to 200 of 950" line and the pager.
#[derive(Serialize)]
pub(super) struct Pagination {
    page: usize,
    pages: usize,
    total: usize,
    first: usize,
    last: usize,
    previous: Option<String>,
    next: Option<String>,
}

/// Page `page` (from 1) of a list of `total` items, `per_page` to a page, and the range of the
/// items it shows; `url` gives the address of page n. A page past the end shows nothing.
pub(super) fn paginate(
    page: usize,
    total: usize,
    per_page: usize,
    url: impl Fn(usize) -> String,
) -> (Pagination, Range<usize>) {
    let pages = crate::index::paging::page_count(total, per_page);
    let page = page.max(1);
    let start = ((page - 1) * per_page).min(total);
    let end = (start + per_page).min(total);
    (
        Pagination {
            page,
            pages,
            total,
            first: start + 1,
            last: end,
            previous: (page > 1).then(|| url(page - 1)),
            next: (page < pages).then(|| url(page + 1)),
        },
        start..end,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_item_is_on_one_page_and_each_page_links_to_its_neighbours() {
        let url = |n: usize| format!("p/{n}/");
        let mut seen = Vec::new();
        for page in 1..=3 {
            let (p, range) = paginate(page, 250, 100, url);
            assert_eq!(p.pages, 3);
            assert_eq!(p.previous.is_some(), page > 1);
            assert_eq!(p.next, (page < 3).then(|| format!("p/{}/", page + 1)));
            seen.extend(range);
        }
        assert_eq!(seen, (0..250).collect::<Vec<_>>());
        let (p, range) = paginate(1, 0, 100, url);
        assert_eq!((p.pages, range), (1, 0..0), "an empty list is one page");
    }
}
