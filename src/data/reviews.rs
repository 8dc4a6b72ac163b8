//! reviews.csv and reviews.json: one row per review, with its stage, the dates of its life and
//! its impact rating, the columns documented on /data/ (`REVIEW_COLUMNS`). Both files are made
//! from the same record, so they cannot disagree. Pure.

use super::csv::table;
use super::records::{Column, col, text};
use crate::index::{PageKind, SiteIndex};
use serde::Serialize;

/// The file name of the reviews as CSV.
pub const REVIEWS_CSV: &str = "reviews.csv";
/// The file name of the reviews as JSON.
pub const REVIEWS_JSON: &str = "reviews.json";

/// The columns of reviews.csv and the keys of reviews.json, in order; what each means is the
/// theme's message `data-review-column-<name>` (`meaning_id`). Add new ones at the end.
pub const REVIEW_COLUMNS: &[Column] = &[
    text("review"),
    text("title"),
    text("body"),
    col("stage"),
    col("stage_label"),
    col("stage_stated"),
    col("stage_since"),
    text("origin"),
    col("expected"),
    col("published"),
    col("response_due"),
    col("response_date"),
    col("response_late"),
    col("days_late"),
    col("recommendations"),
    col("done"),
    col("ready_for_impact"),
    col("impact_date"),
    text("impact_by"),
    col("impact_rating"),
    col("impact_rating_label"),
    col("url"),
    col("as_of"),
];

/// The id of the theme's message saying what column `name` of reviews.csv means.
pub fn meaning_id(name: &str) -> String {
    format!("data-review-column-{}", name.replace('_', "-"))
}

/// One review as open data. Field names are the JSON keys and CSV columns.
#[derive(Debug, Serialize)]
pub struct ReviewRecord<'a> {
    /// The review's short name.
    pub review: &'a str,
    /// The review's title.
    pub title: &'a str,
    /// The panel or committee that carried out the review.
    pub body: Option<&'a str>,
    /// The stage's key.
    pub stage: &'static str,
    /// The stage in words.
    pub stage_label: &'static str,
    /// The content states the stage.
    pub stage_stated: bool,
    /// When the current stage began.
    pub stage_since: Option<String>,
    /// Why the review was chosen.
    pub origin: Option<&'a str>,
    /// When the report is expected, before it is published.
    pub expected: Option<String>,
    /// The report's date.
    pub published: Option<String>,
    /// When the response is due.
    pub response_due: Option<String>,
    /// When the response was given.
    pub response_date: Option<String>,
    /// Awaiting its response after it was due.
    pub response_late: bool,
    /// Days late; 0 when not late.
    pub days_late: i64,
    /// How many recommendations it made.
    pub recommendations: usize,
    /// How many of them are done.
    pub done: usize,
    /// Monitored, every recommendation done or closed.
    pub ready_for_impact: bool,
    /// When the impact assessment was made.
    pub impact_date: Option<String>,
    /// Who made it.
    pub impact_by: Option<&'a str>,
    /// What it found, as a key.
    pub impact_rating: Option<&'static str>,
    /// What it found, in words.
    pub impact_rating_label: Option<&'static str>,
    /// The review's page.
    pub url: String,
    /// The date the facts were judged on.
    pub as_of: String,
}

fn iso(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn opt(s: Option<&str>) -> String {
    s.unwrap_or("").to_string()
}

impl ReviewRecord<'_> {
    /// The row as CSV cells, in `REVIEW_COLUMNS` order.
    pub fn cells(&self) -> Vec<String> {
        let ReviewRecord {
            review,
            title,
            body,
            stage,
            stage_label,
            stage_stated,
            stage_since,
            origin,
            expected,
            published,
            response_due,
            response_date,
            response_late,
            days_late,
            recommendations,
            done,
            ready_for_impact,
            impact_date,
            impact_by,
            impact_rating,
            impact_rating_label,
            url,
            as_of,
        } = self;
        vec![
            review.to_string(),
            title.to_string(),
            opt(*body),
            stage.to_string(),
            stage_label.to_string(),
            stage_stated.to_string(),
            opt(stage_since.as_deref()),
            opt(*origin),
            opt(expected.as_deref()),
            opt(published.as_deref()),
            opt(response_due.as_deref()),
            opt(response_date.as_deref()),
            response_late.to_string(),
            days_late.to_string(),
            recommendations.to_string(),
            done.to_string(),
            ready_for_impact.to_string(),
            opt(impact_date.as_deref()),
            opt(*impact_by),
            opt(*impact_rating),
            opt(*impact_rating_label),
            url.clone(),
            as_of.clone(),
        ]
    }
}

/// The record of review `ri` of the index.
pub fn review_record(ix: &SiteIndex, ri: usize) -> ReviewRecord<'_> {
    let r = &ix.site.reviews[ri];
    let f = &ix.review_life[ri];
    let c = &ix.review_counts[ri];
    ReviewRecord {
        review: &r.slug,
        title: &r.title,
        body: r.body.as_deref(),
        stage: r.stage.key(),
        stage_label: r.stage.label(),
        stage_stated: r.stage_stated,
        stage_since: f.since.map(iso),
        origin: r.origin.as_deref(),
        expected: r.expected.map(iso),
        published: r.published.map(iso),
        response_due: f.response_due.map(iso),
        response_date: r.response_date.map(iso),
        response_late: f.late,
        days_late: f.days_late,
        recommendations: c.total,
        done: c.done,
        ready_for_impact: f.ready_for_impact,
        impact_date: r.impact.as_ref().map(|i| iso(i.date)),
        impact_by: r.impact.as_ref().and_then(|i| i.by.as_deref()),
        impact_rating: r.impact.as_ref().map(|i| i.rating.key()),
        impact_rating_label: r.impact.as_ref().map(|i| i.rating.label()),
        url: ix.url(PageKind::Review(ri)),
        as_of: iso(ix.as_of),
    }
}

/// reviews.csv: one row per review, in slug order.
pub fn csv(ix: &SiteIndex) -> Vec<u8> {
    table(
        REVIEW_COLUMNS,
        (0..ix.site.reviews.len()).map(|ri| review_record(ix, ri).cells()),
    )
}

/// reviews.json: an array of one object per review, in slug order, one object per line.
pub fn json(ix: &SiteIndex) -> Vec<u8> {
    let mut out = b"[".to_vec();
    for ri in 0..ix.site.reviews.len() {
        out.extend_from_slice(if ri == 0 { b"\n" } else { b",\n" });
        // A record of strings, numbers and booleans always serialises.
        let _ = serde_json::to_writer(&mut out, &review_record(ix, ri));
    }
    out.extend_from_slice(b"\n]\n");
    out
}
