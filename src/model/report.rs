//! A monitoring report to committee, as the content defines it (`content/reports/<slug>.yaml`):
//! who it goes to, the period it covers and which reviews. What it finds is derived in `report`.
//! Pure data; must not touch files or print.

use chrono::NaiveDate;

/// One monitoring report: a period, a committee, and the reviews it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The file name without `.yaml`: the URL segment.
    pub slug: String,
    /// The report's title ("Progress on scrutiny recommendations").
    pub title: String,
    /// Who receives it ("Communities Review Committee").
    pub committee: String,
    /// The meeting it goes to, if given.
    pub meeting: Option<NaiveDate>,
    /// The first day of the period it covers.
    pub from: NaiveDate,
    /// The last day of the period it covers (never before `from`).
    pub to: NaiveDate,
    /// The slugs of the reviews it covers, checked to exist, in the order written; every review
    /// of the site when the file names none.
    pub reviews: Vec<String>,
    /// Markdown: the officer's introduction, if any.
    pub introduction: Option<String>,
    /// The file it came from, relative to the site folder.
    pub source: String,
}
