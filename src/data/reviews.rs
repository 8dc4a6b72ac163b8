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

/// The columns of reviews.csv and the keys of reviews.json, in order. Add new ones at the end.
pub const REVIEW_COLUMNS: &[Column] = &[
    text(
        "review",
        "The review's short name, as in its web address (for example tmo-scrutiny-2011).",
    ),
    text("title", "The review's title."),
    text(
        "body",
        "The panel or committee that carried out the review, where named.",
    ),
    col(
        "stage",
        "Where the review is in its life: proposed, scoping, evidence, reporting, awaiting-response, monitoring, impact-assessed, closed or withdrawn.",
    ),
    col("stage_label", "The stage in words, as shown on the site."),
    col(
        "stage_stated",
        "true when the content states the stage; false when the site inferred it (monitoring for a published review with recommendations or a response, awaiting-response for one published without, reporting before).",
    ),
    col(
        "stage_since",
        "When the current stage began (YYYY-MM-DD), where known.",
    ),
    text("origin", "Why the review was chosen, where said."),
    col(
        "expected",
        "When the report is expected (YYYY-MM-DD), for a review not yet reported.",
    ),
    col("published", "The date of the report (YYYY-MM-DD)."),
    col(
        "response_due",
        "When the formal response is due (YYYY-MM-DD): two months after published, unless the review gives another date.",
    ),
    col(
        "response_date",
        "When the formal response was given (YYYY-MM-DD), where recorded.",
    ),
    col(
        "response_late",
        "true when the review was awaiting its response after it was due, on the date in as_of.",
    ),
    col(
        "days_late",
        "Days past the response's due date on the date in as_of; 0 when not late.",
    ),
    col(
        "recommendations",
        "How many recommendations the review made.",
    ),
    col("done", "How many of them are done (the category done)."),
    col(
        "ready_for_impact",
        "true when the review is being monitored and every recommendation is done or closed: time for an impact assessment.",
    ),
    col(
        "impact_date",
        "When the impact assessment was made (YYYY-MM-DD), where there is one.",
    ),
    text("impact_by", "Who made the impact assessment, where named."),
    col(
        "impact_rating",
        "What the impact assessment found: significant, some, little, none or too-early.",
    ),
    col("impact_rating_label", "That rating in words."),
    col(
        "url",
        "The review's page, relative to the site's home page.",
    ),
    col(
        "as_of",
        "The date response_late, days_late and ready_for_impact were judged on (YYYY-MM-DD).",
    ),
];

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
