//! `/updates/` and `/updates/<n>/`: every progress update, newest first, a hundred to a page,
//! under a heading for each year. Pure.

use crate::i18n::Say;
use crate::index::routes::UPDATES_PER_PAGE;
use crate::index::{PageKind, SiteIndex};
use crate::render::views::{UpdateView, update};
use serde::Serialize;

/// The same updates under a heading for each year, so the page's headings go h1, h2, h3.
#[derive(Serialize)]
struct Year<'a> {
    year: String,
    updates: Vec<UpdateView<'a>>,
}

#[derive(Serialize)]
struct Pagination {
    page: usize,
    pages: usize,
    total: usize,
    first: usize,
    last: usize,
    previous: Option<String>,
    next: Option<String>,
}

/// What `updates.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    updates: Vec<UpdateView<'a>>,
    years: Vec<Year<'a>>,
    pagination: Pagination,
}

/// Page `page` (from 1) of the updates.
pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, page: usize) -> View<'a> {
    let pages = ix.update_pages();
    let start = (page - 1) * UPDATES_PER_PAGE;
    let on_page =
        &ix.updates[start.min(ix.updates.len())..(start + UPDATES_PER_PAGE).min(ix.updates.len())];
    let mut years: Vec<Year> = Vec::new();
    for &(ri, ui) in on_page {
        let year = chrono::Datelike::year(&ix.rec(ri).updates[ui].date).to_string();
        let view = update(ix, say, (ri, ui));
        match years.last_mut() {
            Some(y) if y.year == year => y.updates.push(view),
            _ => years.push(Year {
                year,
                updates: vec![view],
            }),
        }
    }
    View {
        updates: on_page.iter().map(|u| update(ix, say, *u)).collect(),
        years,
        pagination: Pagination {
            page,
            pages,
            total: ix.updates.len(),
            first: start + 1,
            last: (start + UPDATES_PER_PAGE).min(ix.updates.len()),
            previous: (page > 1).then(|| ix.url(PageKind::Updates(page - 1))),
            next: (page < pages).then(|| ix.url(PageKind::Updates(page + 1))),
        },
    }
}
