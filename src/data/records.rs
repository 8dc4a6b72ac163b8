//! The open-data records: one row per recommendation and one per progress update, with the
//! columns documented on /data/ (`REC_COLUMNS`, `UPDATE_COLUMNS`). The JSON and CSV files are both
//! made from these rows, so they cannot disagree. Pure.

use crate::i18n::Say;
use crate::index::{PageKind, SiteIndex};
use crate::model::Category;
use serde::Serialize;

/// A column of an open-data file. What it means is the theme's message `data-column-<name>`
/// (`data-update-column-<name>` for updates.csv), with `-` for `_`, shown on /data/.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Column {
    /// The column's name: the CSV header and the JSON key.
    pub name: &'static str,
    /// Its cells are text from the content (titles, names, numbers as published, status words),
    /// which the CSV files keep from being read as formulas; the others are written by
    /// followthrough itself (dates, counts, true/false, fixed keys, addresses).
    pub text: bool,
}

/// A column whose values followthrough writes.
pub(super) const fn col(name: &'static str) -> Column {
    Column { name, text: false }
}

/// The id of the theme's message saying what column `name` of recommendations.csv (`updates`
/// false) or updates.csv means.
pub fn meaning_id(name: &str, updates: bool) -> String {
    let kind = if updates {
        "data-update-column"
    } else {
        "data-column"
    };
    format!("{kind}-{}", name.replace('_', "-"))
}

/// A column of text from the content.
pub(super) const fn text(name: &'static str) -> Column {
    Column { name, text: true }
}

/// The columns of recommendations.csv and the keys of recommendations.json, in order. The first 21
/// are the ones SPEC.md promises; never rename them, and add new ones at the end (people's
/// spreadsheets read the CSV by position).
pub const REC_COLUMNS: &[Column] = &[
    text("review"),
    text("review_title"),
    text("number"),
    text("title"),
    text("theme"),
    text("recommendation"),
    col("response"),
    text("response_text"),
    text("responsible"),
    text("lead_officer"),
    col("deadline"),
    col("current_deadline"),
    text("status"),
    text("status_label"),
    col("category"),
    col("overdue"),
    col("days_overdue"),
    col("last_updated"),
    col("not_updated"),
    col("progress"),
    col("url"),
    col("slipped"),
    text("resources"),
    text("outcome"),
    col("as_of"),
    col("extension_requested"),
    col("extension_requested_to"),
    text("extension_reason"),
    col("closure_requested"),
];

/// The columns of updates.csv, in order.
pub const UPDATE_COLUMNS: &[Column] = &[
    text("review"),
    text("number"),
    text("title"),
    col("date"),
    text("status"),
    text("status_label"),
    col("category"),
    text("text"),
    col("url"),
];

/// One recommendation as open data. Field names are the JSON keys and CSV columns.
#[derive(Debug, Serialize)]
pub struct RecRecord<'a> {
    /// The review's short name, as in its web address (for example tmo-scrutiny-2011).
    pub review: &'a str,
    /// The review's title.
    pub review_title: &'a str,
    /// The recommendation's number as published. Unique within its review.
    pub number: &'a str,
    /// A short title: the one given, or else the first sentence of the recommendation.
    pub title: &'a str,
    /// The heading the recommendation is grouped under in its review. Empty when it has none.
    pub theme: Option<&'a str>,
    /// What the review asked for ("you said"), as Markdown text.
    pub recommendation: &'a str,
    /// The formal response: agreed, partially-agreed, not-agreed, noted or awaiting.
    pub response: &'static str,
    /// The landlord's written response, as Markdown text. Empty when none is recorded.
    pub response_text: Option<&'a str>,
    /// Who is answerable. In JSON a list of names; in CSV the names separated by "; ".
    pub responsible: &'a [String],
    /// The lead officer, where named.
    pub lead_officer: Option<&'a str>,
    /// The deadline first promised: a date (YYYY-MM-DD), "ongoing", or empty (null) when none was
    /// set.
    pub deadline: Option<String>,
    /// The deadline now in force: the latest revised deadline, or else the first one.
    pub current_deadline: Option<String>,
    /// The status, as a short key (for example on-going).
    pub status: &'a str,
    /// The status in words, as shown on the site (in the file's language).
    pub status_label: String,
    /// The group the status belongs to: not-started, in-progress, done or closed.
    pub category: &'static str,
    /// `true` when the current deadline had passed on the date in `as_of` and the work was not
    /// done.
    pub overdue: bool,
    /// Days past the current deadline on the date in `as_of`; 0 when not overdue.
    pub days_overdue: i64,
    /// The date of the latest progress update (YYYY-MM-DD), or empty (null) when there is none.
    pub last_updated: Option<String>,
    /// `true` when the work is still open and nothing had been recorded for longer than the site's
    /// limit, on the date in `as_of`.
    pub not_updated: bool,
    /// The share of its planned actions that are done, 0 to 100; empty (null) when it has no
    /// actions with a status.
    pub progress: Option<u8>,
    /// The recommendation's page, relative to the site's home page (`cy/…` in the Welsh files).
    pub url: String,
    /// `true` when the deadline has been revised at least once.
    pub slipped: bool,
    /// The resources the response commits, where recorded.
    pub resources: Option<&'a str>,
    /// What was done, as Markdown text, where recorded separately from the updates.
    pub outcome: Option<&'a str>,
    /// The date the overdue and not-updated columns were judged on (YYYY-MM-DD).
    pub as_of: String,
    /// The date an extension of the deadline was asked for, while it awaits agreement (YYYY-MM-DD);
    /// empty (null) when none awaits. Until it is agreed, `current_deadline` stays as it was.
    pub extension_requested: Option<String>,
    /// The deadline that extension asks for (YYYY-MM-DD); empty (null) when none awaits.
    pub extension_requested_to: Option<String>,
    /// Why the extension is asked for; empty (null) when none awaits.
    pub extension_reason: Option<&'a str>,
    /// The date the responsible party asked for the recommendation to be closed, while it is still
    /// open (YYYY-MM-DD); empty (null) when none awaits a decision.
    pub closure_requested: Option<String>,
}

fn opt(s: Option<&str>) -> String {
    s.unwrap_or("").to_string()
}

impl RecRecord<'_> {
    /// The row as CSV cells, in `REC_COLUMNS` order.
    pub fn cells(&self) -> Vec<String> {
        let RecRecord {
            review,
            review_title,
            number,
            title,
            theme,
            recommendation,
            response,
            response_text,
            responsible,
            lead_officer,
            deadline,
            current_deadline,
            status,
            status_label,
            category,
            overdue,
            days_overdue,
            last_updated,
            not_updated,
            progress,
            url,
            slipped,
            resources,
            outcome,
            as_of,
            extension_requested,
            extension_requested_to,
            extension_reason,
            closure_requested,
        } = self;
        vec![
            review.to_string(),
            review_title.to_string(),
            number.to_string(),
            title.to_string(),
            opt(*theme),
            recommendation.to_string(),
            response.to_string(),
            opt(*response_text),
            responsible.join("; "),
            opt(*lead_officer),
            opt(deadline.as_deref()),
            opt(current_deadline.as_deref()),
            status.to_string(),
            status_label.to_string(),
            category.to_string(),
            overdue.to_string(),
            days_overdue.to_string(),
            opt(last_updated.as_deref()),
            not_updated.to_string(),
            progress.map(|p| p.to_string()).unwrap_or_default(),
            url.to_string(),
            slipped.to_string(),
            opt(*resources),
            opt(*outcome),
            as_of.clone(),
            opt(extension_requested.as_deref()),
            opt(extension_requested_to.as_deref()),
            opt(*extension_reason),
            opt(closure_requested.as_deref()),
        ]
    }
}

fn iso(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The record of recommendation `idx` of the index, its texts in `say`'s language (the default
/// language's where a text has no translation).
pub fn rec_record<'a>(ix: &'a SiteIndex, say: Say<'_>, idx: usize) -> RecRecord<'a> {
    let e = &ix.recs[idx];
    let review = ix.review_of(idx);
    let r = ix.rec(idx);
    let f = &e.facts;
    let status = ix.site.config.statuses.get(&r.status);
    let pending = f.pending_extension.as_ref();
    let lang = say.lang;
    let l = move |t: &'a crate::model::Text| t.get(lang).text;
    RecRecord {
        review: &review.slug,
        review_title: l(&review.title),
        number: r.number.as_str(),
        title: l(&e.title),
        theme: r.theme.as_ref().map(l),
        recommendation: l(&r.recommendation),
        response: r.response.key(),
        response_text: r.response_text.as_ref().map(l),
        responsible: &r.responsible,
        lead_officer: r.lead_officer.as_deref(),
        deadline: r.deadline.map(|d| d.iso()),
        current_deadline: f.current_deadline.map(|d| d.iso()),
        status: &r.status,
        status_label: status.map_or_else(|| r.status.clone(), |s| say.status_label(s)),
        category: f.category.key(),
        overdue: f.overdue,
        days_overdue: f.days_overdue,
        last_updated: f.last_updated.map(iso),
        not_updated: f.not_updated,
        progress: f.progress,
        url: ix.url_in(PageKind::Recommendation(idx), say.lang),
        slipped: f.slipped,
        resources: r.resources.as_ref().map(l),
        outcome: r.outcome.as_ref().map(l),
        as_of: iso(ix.as_of),
        extension_requested: pending.and_then(|p| p.requested).map(iso),
        extension_requested_to: pending.map(|p| p.date.iso()),
        extension_reason: pending.map(|p| p.reason.as_str()),
        closure_requested: f.closure_requested.map(iso),
    }
}

/// One progress update as open data.
#[derive(Debug, Serialize)]
pub struct UpdateRecord<'a> {
    /// The review's short name, as in its web address.
    pub review: &'a str,
    /// The number of the recommendation the update is about.
    pub number: &'a str,
    /// The recommendation's short title.
    pub title: &'a str,
    /// The date of the update (YYYY-MM-DD).
    pub date: String,
    /// The status recorded with the update, as a short key. Empty when the update gives none.
    pub status: Option<&'a str>,
    /// That status in words (in the file's language).
    pub status_label: Option<String>,
    /// The group that status belongs to: not-started, in-progress, done or closed.
    pub category: Option<&'static str>,
    /// What was done, as Markdown text.
    pub text: &'a str,
    /// The recommendation's page, relative to the site's home page (`cy/…` in the Welsh files).
    pub url: String,
}

impl UpdateRecord<'_> {
    /// The row as CSV cells, in `UPDATE_COLUMNS` order.
    pub fn cells(&self) -> Vec<String> {
        let UpdateRecord {
            review,
            number,
            title,
            date,
            status,
            status_label,
            category,
            text,
            url,
        } = self;
        vec![
            review.to_string(),
            number.to_string(),
            title.to_string(),
            date.clone(),
            opt(*status),
            opt(status_label.as_deref()),
            opt(*category),
            text.to_string(),
            url.to_string(),
        ]
    }
}

/// The record of update `ui` of recommendation `idx`.
pub fn update_record<'a>(
    ix: &'a SiteIndex,
    say: Say<'_>,
    (idx, ui): crate::index::UpdateRef,
) -> UpdateRecord<'a> {
    let e = &ix.recs[idx];
    let r = ix.rec(idx);
    let u = &r.updates[ui];
    let status = u
        .status
        .as_deref()
        .and_then(|k| ix.site.config.statuses.get(k));
    UpdateRecord {
        review: &ix.review_of(idx).slug,
        number: r.number.as_str(),
        title: e.title.get(say.lang).text,
        date: iso(u.date),
        status: u.status.as_deref(),
        status_label: status.map(|s| say.status_label(s)),
        category: status.map(|s| s.category).map(Category::key),
        text: u.text.get(say.lang).text,
        url: ix.url_in(PageKind::Recommendation(idx), say.lang),
    }
}
