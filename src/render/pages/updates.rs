//! `/updates/` and `/updates/<n>/`: every progress update, newest first, a hundred to a page,
//! under a heading for each year. Pure.

use super::pager::{Pagination, paginate};
use crate::i18n::Say;
use crate::index::paging::UPDATES_PER_PAGE;
use crate::index::{PageKind, SiteIndex};
use crate::render::views::{UpdateView, update};
use serde::Serialize;

/// The same updates under a heading for each year, so the page's headings go h1, h2, h3.
#[derive(Serialize)]
struct Year<'a> {
    year: String,
    updates: Vec<UpdateView<'a>>,
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
    let (pagination, range) = paginate(page, ix.updates.len(), UPDATES_PER_PAGE, |n| {
        ix.url(PageKind::Updates(n))
    });
    let on_page = &ix.updates[range];
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
        pagination,
    }
}
