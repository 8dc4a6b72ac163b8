//! The home page (`index.html`): the site's counts, the status categories, every review, and the
//! latest updates. Pure.

use crate::i18n::Say;
use crate::index::{PageKind, SiteIndex};
use crate::render::cards::{CategoryCard, ReviewCard, category_cards, review_cards};
use crate::render::views::{CountsView, UpdateView, counts, update};
use serde::Serialize;

/// What `home.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    counts: CountsView,
    categories: Vec<CategoryCard>,
    reviews: Vec<ReviewCard<'a>>,
    latest_updates: Vec<UpdateView<'a>>,
    /// Reviews whose response is late.
    late_responses: usize,
    programme_url: String,
    /// The page of `/overdue/` where the recommendations not updated begin.
    not_updated_url: String,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>) -> View<'a> {
    View {
        counts: counts(&ix.counts),
        categories: category_cards(ix, say),
        reviews: review_cards(ix, say),
        latest_updates: ix
            .updates
            .iter()
            .take(5)
            .map(|u| update(ix, say, *u))
            .collect(),
        late_responses: ix.late_responses.len(),
        programme_url: ix.url(PageKind::Programme),
        not_updated_url: ix.url(PageKind::Overdue(super::overdue::not_updated_page(ix))),
    }
}
