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

pub const RECS_JSON: &str = "recommendations.json";
pub const RECS_CSV: &str = "recommendations.csv";
pub const UPDATES_CSV: &str = "updates.csv";

/// The folder of the site's open data.
pub const DATA_DIR: &str = "data/";

/// The folder of a review's open data: `reviews/<slug>/data/`.
pub fn review_data_dir(slug: &str) -> String {
    format!("{}data/", index::review_dir(slug))
}

/// Every open-data file and feed of the site, as (path, bytes).
pub fn files(ix: &SiteIndex) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let all = 0..ix.recs.len();
    // Updates in review, number and date order: the order of the action plans.
    let in_order = |range: std::ops::Range<usize>| range.flat_map(|i| (0..ix.rec(i).updates.len()).map(move |u| (i, u)));
    out.push((format!("{DATA_DIR}{RECS_JSON}"), json::recommendations(ix, all.clone())));
    out.push((format!("{DATA_DIR}{RECS_CSV}"), csv::recommendations(ix, all.clone())));
    out.push((format!("{DATA_DIR}{UPDATES_CSV}"), csv::updates(ix, in_order(all))));
    out.push((feed::FEED_FILE.to_string(), feed::site(ix)));
    for (ri, r) in ix.site.reviews.iter().enumerate() {
        let range = ix.review_recs[ri].clone();
        let dir = review_data_dir(&r.slug);
        out.push((format!("{dir}{RECS_JSON}"), json::recommendations(ix, range.clone())));
        out.push((format!("{dir}{RECS_CSV}"), csv::recommendations(ix, range.clone())));
        out.push((format!("{dir}{UPDATES_CSV}"), csv::updates(ix, in_order(range))));
        out.push((format!("{}{}", index::review_dir(&r.slug), feed::FEED_FILE), feed::review(ix, ri)));
    }
    out
}
