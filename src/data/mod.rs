//! Machine-readable outputs made from the SiteIndex: open data (JSON and CSV, for the whole site
//! and for each review), Atom feeds of progress updates, the sitemap and the search index.
//! Pure: each returns bytes, and `render` puts them into the OutputSet.

pub mod csv;
pub mod feed;
pub mod json;
pub mod records;
pub mod search;
pub mod sitemap;

use crate::index::{self, SiteIndex};
use rayon::prelude::*;

pub const RECS_JSON: &str = "recommendations.json";
pub const RECS_CSV: &str = "recommendations.csv";
pub const UPDATES_CSV: &str = "updates.csv";

/// The folder of the site's open data.
pub const DATA_DIR: &str = "data/";

/// The folder of a review's open data: `reviews/<slug>/data/`.
pub fn review_data_dir(slug: &str) -> String {
    format!("{}data/", index::review_dir(slug))
}

/// Every open-data file and feed of the site, as (path, bytes). Made in parallel, in a fixed order.
pub fn files(ix: &SiteIndex) -> Vec<(String, Vec<u8>)> {
    // Updates in review, number and date order: the order of the action plans.
    let in_order = |range: std::ops::Range<usize>| {
        range.flat_map(|i| (0..ix.rec(i).updates.len()).map(move |u| (i, u)))
    };
    let all = 0..ix.recs.len();
    let site_files = [
        (format!("{DATA_DIR}{RECS_JSON}"), Kind::Json),
        (format!("{DATA_DIR}{RECS_CSV}"), Kind::Csv),
        (format!("{DATA_DIR}{UPDATES_CSV}"), Kind::Updates),
        (feed::FEED_FILE.to_string(), Kind::Feed),
    ];
    let mut out: Vec<(String, Vec<u8>)> = site_files
        .into_par_iter()
        .map(|(path, kind)| {
            let bytes = match kind {
                Kind::Json => json::recommendations(ix, all.clone()),
                Kind::Csv => csv::recommendations(ix, all.clone()),
                Kind::Updates => csv::updates(ix, in_order(all.clone())),
                Kind::Feed => feed::site(ix),
            };
            (path, bytes)
        })
        .collect();
    let per_review: Vec<Vec<(String, Vec<u8>)>> = (0..ix.site.reviews.len())
        .into_par_iter()
        .map(|ri| {
            let slug = &ix.site.reviews[ri].slug;
            let range = ix.review_recs[ri].clone();
            let dir = review_data_dir(slug);
            vec![
                (
                    format!("{dir}{RECS_JSON}"),
                    json::recommendations(ix, range.clone()),
                ),
                (
                    format!("{dir}{RECS_CSV}"),
                    csv::recommendations(ix, range.clone()),
                ),
                (
                    format!("{dir}{UPDATES_CSV}"),
                    csv::updates(ix, in_order(range)),
                ),
                (
                    format!("{}{}", index::review_dir(slug), feed::FEED_FILE),
                    feed::review(ix, ri),
                ),
            ]
        })
        .collect();
    out.extend(per_review.into_iter().flatten());
    out
}

enum Kind {
    Json,
    Csv,
    Updates,
    Feed,
}
