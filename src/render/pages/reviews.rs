//! `/reviews/`: every review. Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
use crate::render::cards::{ReviewCard, review_cards};
use serde::Serialize;

/// What `reviews.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    reviews: Vec<ReviewCard<'a>>,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>) -> View<'a> {
    View {
        reviews: review_cards(ix, say),
    }
}
