//! `/status/<category>/`: the recommendations of one status category, by review. Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
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
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, c: Category) -> View<'a> {
    let idxs: Vec<usize> = (0..ix.recs.len())
        .filter(|&i| ix.recs[i].facts.category == c)
        .collect();
    View {
        category: category_card(ix, say, c, idxs.len()),
        breakdown: status_breakdown(ix, say, idxs.clone()),
        groups: by_review(ix, say, idxs),
    }
}
