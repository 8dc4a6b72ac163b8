//! `/status/`: recommendations counted by status category and by status. Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
use crate::render::cards::{CategoryCard, category_cards};
use crate::render::views::{CountsView, StatusCount, counts, status_breakdown};
use serde::Serialize;

/// What `status-index.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    counts: CountsView,
    categories: Vec<CategoryCard>,
    breakdown: Vec<StatusCount<'a>>,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>) -> View<'a> {
    View {
        counts: counts(&ix.counts),
        categories: category_cards(ix, say),
        breakdown: status_breakdown(ix, say, 0..ix.recs.len()),
    }
}
