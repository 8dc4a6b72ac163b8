//! `/data/`: the open data files, their columns, and each review's files. Pure.

use crate::data;
use crate::index::SiteIndex;
use crate::render::cards::{DataLinks, data_links};
use serde::Serialize;

/// What `data.html` gets.
#[derive(Serialize)]
pub(super) struct View {
    rec_columns: &'static [data::records::Column],
    update_columns: &'static [data::records::Column],
    review_columns: &'static [data::records::Column],
    reviews: Vec<DataLinks>,
    stale_after_days: u32,
    feed_limit: usize,
}

pub(super) fn view(ix: &SiteIndex) -> View {
    View {
        rec_columns: data::records::REC_COLUMNS,
        update_columns: data::records::UPDATE_COLUMNS,
        review_columns: data::reviews::REVIEW_COLUMNS,
        reviews: (0..ix.site.reviews.len())
            .map(|i| data_links(ix, i))
            .collect(),
        stale_after_days: ix.site.config.stale_after_days,
        feed_limit: data::feed::FEED_LIMIT,
    }
}
