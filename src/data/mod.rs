//! Machine-readable outputs made from the SiteIndex: open data (JSON and CSV, for the whole site
//! and for each review; the Tenant Satisfaction Measures; each monitoring report's changes), Atom
//! feeds of progress updates, the sitemap and the search index.
//! Pure: each returns bytes, and `render` puts them into the OutputSet.

pub mod csv;
pub mod feed;
pub mod json;
pub mod records;
pub mod report_csv;
pub mod reviews;
pub mod search;
pub mod sitemap;
pub mod tsm;

use crate::i18n::{Lang, Say};
use crate::index::{self, SiteIndex};
use rayon::prelude::*;

/// The file name of the recommendations as JSON.
pub const RECS_JSON: &str = "recommendations.json";
/// The file name of the recommendations as CSV.
pub const RECS_CSV: &str = "recommendations.csv";
/// The file name of the progress updates as CSV.
pub const UPDATES_CSV: &str = "updates.csv";

/// The folder of the site's open data.
pub const DATA_DIR: &str = "data/";

/// The folder of a review's open data: `reviews/<slug>/data/`.
pub fn review_data_dir(slug: &str) -> String {
    format!("{}data/", index::routes::review_dir(slug))
}

/// One open-data file or feed, for the whole site (`None`) or one review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFile {
    /// `recommendations.json`.
    Json(Option<usize>),
    /// `recommendations.csv`.
    Csv(Option<usize>),
    /// `updates.csv`.
    Updates(Option<usize>),
    /// The Atom feed of progress updates.
    Feed(Option<usize>),
    /// `tsm.csv`: the Tenant Satisfaction Measures (whole site only).
    Tsm,
    /// A monitoring report's `changes.csv` (index into `site.reports`).
    ReportChanges(usize),
    /// `reviews.csv`: one row per review, for the whole site.
    ReviewsCsv,
    /// `reviews.json`: the same as JSON.
    ReviewsJson,
}

impl DataFile {
    /// The review it is for; `None` for the whole site.
    pub fn review(self) -> Option<usize> {
        match self {
            DataFile::Json(r) | DataFile::Csv(r) | DataFile::Updates(r) | DataFile::Feed(r) => r,
            DataFile::Tsm => None,
            DataFile::ReportChanges(_) => None,
            DataFile::ReviewsCsv | DataFile::ReviewsJson => None,
        }
    }
}

/// Every open-data file and feed of the site in every language, with where it goes and its
/// language, in a fixed order: the default language's at the paths below, then each other
/// language's under its folder (`cy/data/recommendations.json`, `cy/feed.xml`), with the same
/// keys and columns and the texts in that language.
pub fn plan(ix: &SiteIndex) -> Vec<(String, DataFile, Lang)> {
    let mut out = Vec::new();
    for &lang in &ix.site.config.languages.list {
        let dir = ix.lang_dir(lang);
        out.extend(
            plan_of_one(ix)
                .into_iter()
                .map(|(path, file)| (format!("{dir}{path}"), file, lang)),
        );
    }
    out
}

/// The open-data files and feeds of one language, relative to its root.
fn plan_of_one(ix: &SiteIndex) -> Vec<(String, DataFile)> {
    let mut out = vec![
        (format!("{DATA_DIR}{RECS_JSON}"), DataFile::Json(None)),
        (format!("{DATA_DIR}{RECS_CSV}"), DataFile::Csv(None)),
        (format!("{DATA_DIR}{UPDATES_CSV}"), DataFile::Updates(None)),
        (feed::FEED_FILE.to_string(), DataFile::Feed(None)),
        (
            format!("{DATA_DIR}{}", reviews::REVIEWS_CSV),
            DataFile::ReviewsCsv,
        ),
        (
            format!("{DATA_DIR}{}", reviews::REVIEWS_JSON),
            DataFile::ReviewsJson,
        ),
    ];
    if !ix.site.tsm.is_empty() {
        out.push((format!("{DATA_DIR}{}", tsm::TSM_CSV), DataFile::Tsm));
    }
    for (ri, review) in ix.site.reviews.iter().enumerate() {
        // No recommendations.json per review: it was the site's file again, a slice at a time. A
        // program reads the site's one file (each object names its `review`); a spreadsheet
        // user gets the review's own CSV files.
        let dir = review_data_dir(&review.slug);
        out.push((format!("{dir}{RECS_CSV}"), DataFile::Csv(Some(ri))));
        out.push((format!("{dir}{UPDATES_CSV}"), DataFile::Updates(Some(ri))));
        out.push((
            format!(
                "{}{}",
                index::routes::review_dir(&review.slug),
                feed::FEED_FILE
            ),
            DataFile::Feed(Some(ri)),
        ));
    }
    for i in 0..ix.site.reports.len() {
        out.push((
            crate::render::report::csv_path(ix, i),
            DataFile::ReportChanges(i),
        ));
    }
    out
}

/// Makes one open-data file or feed in `say`'s language: the content's texts in that language
/// (the default's where a text has no translation), the theme's words (status labels, feeds) in
/// it.
pub fn make(ix: &SiteIndex, say: Say<'_>, file: DataFile) -> Vec<u8> {
    // Updates in review, number and date order: the order of the action plans.
    let in_order = |range: std::ops::Range<usize>| {
        range.flat_map(|i| (0..ix.rec(i).updates.len()).map(move |u| (i, u)))
    };
    let range =
        |review: Option<usize>| review.map_or(0..ix.recs.len(), |ri| ix.review_recs[ri].clone());
    match file {
        DataFile::Json(r) => json::recommendations(ix, say, range(r)),
        DataFile::Csv(r) => csv::recommendations(ix, say, range(r)),
        DataFile::Updates(r) => csv::updates(ix, say, in_order(range(r))),
        DataFile::Feed(None) => feed::site(ix, say),
        DataFile::Feed(Some(ri)) => feed::review(ix, say, ri),
        DataFile::Tsm => tsm::tsm(ix),
        DataFile::ReportChanges(i) => report_csv::changes(ix, i),
        DataFile::ReviewsCsv => reviews::csv(ix),
        DataFile::ReviewsJson => reviews::json(ix),
    }
}

/// Every open-data file and feed of the site in every language, as (path, bytes). Made in
/// parallel, in a fixed order.
pub fn files(ix: &SiteIndex, messages: &crate::i18n::Messages) -> Vec<(String, Vec<u8>)> {
    plan(ix)
        .into_par_iter()
        .map(|(path, file, lang)| (path, make(ix, Say::new(messages, lang), file)))
        .collect()
}
