//! `/search/`: the search page, with its index inline. Pure.

use crate::data;
use crate::index::SiteIndex;
use crate::render::cards::{CategoryCard, category_cards};
use crate::i18n::Say;
use serde::Serialize;

/// What `search.html` gets.
#[derive(Serialize)]
pub(super) struct View {
    search_index: String,
    categories: Vec<CategoryCard>,
    count: usize,
}

pub(super) fn view(ix: &SiteIndex, say: Say<'_>) -> View {
    View {
        search_index: data::search::for_html(&data::search::json(ix)),
        categories: category_cards(ix, say),
        count: ix.recs.len(),
    }
}
