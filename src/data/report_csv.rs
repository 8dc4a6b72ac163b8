//! A monitoring report's open data, `reports/<slug>/changes.csv`: one row per recommendation and
//! section of the report (completed, newly overdue, deadline revised, updated, no update,
//! extension requested, closure requested, due next period, closed without outcome), from the
//! same findings as the page and the Word document. Pure.

use super::csv::table;
use super::records::{Column, col, text};
use crate::index::SiteIndex;
use crate::model::Deadline;
use crate::report::{RecAt, StatusOn, status_on};
use chrono::NaiveDate;

/// The columns of `changes.csv`, in order: the report's slug; the section (`completed`,
/// `newly-overdue`, `deadline-revised`, `updated`, `no-update`, `extension-requested`,
/// `closure-requested`, `due-next-period`, `closed-without-outcome`); the review's slug; the
/// recommendation's number, title and who is responsible (joined with `; `); its status key at the
/// start (the end of the day before the period) and at the end, or `not-recorded`; the date that
/// matters to the section (the update, the deadline, the agreement or the request); for revised
/// deadlines and extension requests the deadline before, the one after and why; its page.
pub const REPORT_COLUMNS: &[Column] = &[
    col("report"),
    col("section"),
    col("review"),
    text("number"),
    text("title"),
    text("responsible"),
    col("status_start"),
    col("status_end"),
    col("date"),
    text("detail"),
    col("url"),
];

/// The rows of the report at `i`, section by section, each in review then number order.
pub fn changes(ix: &SiteIndex, i: usize) -> Vec<u8> {
    let report = &ix.site.reports[i];
    let f = &ix.reports[i];
    let statuses = &ix.site.config.statuses;
    let key = |s: &StatusOn| match s {
        StatusOn::NotRecorded => "not-recorded".to_string(),
        StatusOn::Recorded { key, .. } => key.clone(),
    };
    let iso = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let opt = |d: Option<Deadline>| d.map_or_else(|| "none".to_string(), Deadline::iso);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut push = |section: &str, at: RecAt, date: Option<NaiveDate>, detail: String| {
        let idx = ix.rec_at(at);
        let r = ix.rec(idx);
        rows.push(vec![
            report.slug.clone(),
            section.to_string(),
            ix.site.reviews[at.0].slug.clone(),
            r.number.as_str().to_string(),
            ix.recs[idx].title.to_string(),
            r.responsible.join("; "),
            key(&status_on(r, statuses, f.start_day)),
            key(&status_on(r, statuses, report.to)),
            date.map(iso).unwrap_or_default(),
            detail,
            ix.recs[idx].url.clone(),
        ]);
    };
    let rec = |at: RecAt| ix.rec(ix.rec_at(at));
    for c in &f.completed {
        let date = match c.end {
            StatusOn::Recorded { update, .. } => Some(rec(c.rec).updates[update].date),
            StatusOn::NotRecorded => None,
        };
        push("completed", c.rec, date, String::new());
    }
    for x in &f.newly_overdue {
        push("newly-overdue", x.rec, Some(x.date), String::new());
    }
    for x in &f.revised {
        let r = rec(x.rec);
        let rv = &r.revised_deadlines[x.revision];
        let detail = format!("{} to {}: {}", opt(r.deadline), rv.date.iso(), rv.reason);
        push("deadline-revised", x.rec, rv.agreed, detail);
    }
    let mut last: Option<RecAt> = None;
    for &(at, u) in f.updates.iter().rev() {
        // One row per recommendation: the latest of its updates in the period.
        if last != Some(at) {
            push("updated", at, Some(rec(at).updates[u].date), String::new());
            last = Some(at);
        }
    }
    let mut chased: Vec<RecAt> = f.silent.iter().flat_map(|s| s.recs.clone()).collect();
    chased.sort();
    chased.dedup();
    for at in chased {
        push("no-update", at, None, String::new());
    }
    for x in &f.extensions {
        let rv = &rec(x.rec).revised_deadlines[x.revision];
        let detail = format!("{} to {}: {}", opt(x.current), rv.date.iso(), rv.reason);
        push("extension-requested", x.rec, rv.requested, detail);
    }
    for x in &f.closures {
        push("closure-requested", x.rec, Some(x.date), String::new());
    }
    for x in &f.due_next {
        push("due-next-period", x.rec, Some(x.date), String::new());
    }
    for &at in &f.without_outcome {
        push("closed-without-outcome", at, None, String::new());
    }
    // The updated rows were pushed newest recommendation first: put them back in order.
    let start = rows
        .iter()
        .position(|r| r[1] == "updated")
        .unwrap_or(rows.len());
    let end = rows[start..]
        .iter()
        .position(|r| r[1] != "updated")
        .map_or(rows.len(), |n| start + n);
    rows[start..end].reverse();
    table(REPORT_COLUMNS, rows.into_iter())
}
