//! What a returned tracker changes: each row matched to its recommendation or action by
//! `Review`, `No.` and `Action`, its filled-in cells read and checked, and the changes to make
//! to each recommendation file. A row whose changes are already in the content changes nothing,
//! so importing the same tracker twice changes nothing the second time. Pure: must not read or
//! write files, or print.

use super::edit::Change;
use super::filled;
use super::sheet::{self, ACTION, Header, NO, REVIEW, Row};
use crate::diagnostics::{Cell, Diagnostic};
use crate::import::read::Value;
use crate::index::SiteIndex;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

/// How to read the tracker.
#[derive(Debug, Clone)]
pub struct Options {
    /// No update may be dated after this day.
    pub as_of: NaiveDate,
    /// The date of updates whose row gives none (`--updated`).
    pub updated: Option<NaiveDate>,
}

/// The changes to one recommendation's file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileChanges {
    /// The recommendation, as an index into `SiteIndex::recs`.
    pub rec: usize,
    /// The file, relative to the site folder.
    pub path: String,
    /// The changes, in the tracker's order.
    pub changes: Vec<Change>,
}

/// What the tracker brings, counted for the summary line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Recommendations whose file changes.
    pub recommendations_changed: usize,
    /// Progress updates added.
    pub updates_added: usize,
    /// Statuses changed, of recommendations and actions.
    pub statuses_changed: usize,
    /// Deadline revisions asked for.
    pub deadlines_revised: usize,
    /// Closures asked for.
    pub closures_requested: usize,
    /// Rows that change nothing, whether left empty or filled in with what the file already says.
    pub rows_unchanged: usize,
    /// Rows whose columns to fill in were all empty.
    pub no_update: usize,
    /// Problems found, any of which stops the import.
    pub problems: usize,
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} changed, {} added, {} changed, {} revised, {}, {} unchanged ({} with no update received), {}",
            count(
                self.recommendations_changed,
                "recommendation",
                "recommendations"
            ),
            count(self.updates_added, "update", "updates"),
            count(self.statuses_changed, "status", "statuses"),
            count(self.deadlines_revised, "deadline", "deadlines"),
            count(
                self.closures_requested,
                "closure request",
                "closure requests"
            ),
            count(self.rows_unchanged, "row", "rows"),
            self.no_update,
            count(self.problems, "problem", "problems"),
        )
    }
}

/// The tracker read against the site.
#[derive(Debug, Clone, Default)]
pub struct Planned {
    /// In the site's order of recommendations.
    pub files: Vec<FileChanges>,
    /// Every problem, in the sheet's order; any one of them stops the import.
    pub problems: Vec<Diagnostic>,
    /// The counts for the closing line.
    pub summary: Summary,
    /// Who sent no update: party → the rows, as (review, `1.1` or `1.1 action 2`), in the
    /// tracker's order.
    pub chase: BTreeMap<String, Vec<(String, String)>>,
}

/// Reads the tracker's rows below `header` against the site.
pub fn plan(ix: &SiteIndex, rows: &[Vec<Value>], header: &Header, opts: &Options) -> Planned {
    let mut p = Planned::default();
    let mut by_rec: BTreeMap<usize, Vec<Change>> = BTreeMap::new();
    let mut seen: HashMap<(usize, Option<usize>), usize> = HashMap::new();
    let mut planned_updates: HashSet<(usize, NaiveDate, String)> = HashSet::new();
    for row in sheet::rows(rows, header) {
        if row.is_blank() {
            continue;
        }
        let Some((rec, action)) = find(ix, &row, &mut p.problems) else {
            continue;
        };
        let r = ix.rec(rec);
        if let Some(first) = seen.insert((rec, action), row.row)
            && !row.nothing_filled_in()
        {
            let (_, at) = row.cell(NO);
            p.problems.push(Diagnostic::cell_error(
                at,
                Some(sheet::column_name(NO)),
                format!("row {} is for the same {} as row {first}", row.row, what(ix, rec, action)),
                "keep one row for each recommendation and action: move this row's update into the other row, then delete this one",
            ));
            continue;
        }
        if row.nothing_filled_in() {
            p.summary.no_update += 1;
            p.summary.rows_unchanged += 1;
            let parties = match action {
                Some(n) if !r.actions[n - 1].responsible.is_empty() => {
                    &r.actions[n - 1].responsible
                }
                _ => &r.responsible,
            };
            for party in parties {
                p.chase
                    .entry(party.clone())
                    .or_default()
                    .push(label(ix, rec, action));
            }
            continue;
        }
        let before = p.problems.len();
        let filled = filled::read(
            &row,
            action,
            &ix.site.config.statuses,
            opts,
            &mut p.problems,
        );
        if p.problems.len() > before {
            continue;
        }
        let changes = by_rec.entry(rec).or_default();
        let mut changed = false;
        if let Some(status) = &filled.status {
            match action {
                None if *status != r.status => {
                    changes.push(Change::Status(status.clone()));
                    p.summary.statuses_changed += 1;
                    changed = true;
                }
                Some(n) if r.actions[n - 1].status.as_ref() != Some(status) => {
                    changes.push(Change::ActionStatus {
                        n,
                        status: status.clone(),
                    });
                    p.summary.statuses_changed += 1;
                    changed = true;
                }
                _ => {}
            }
        }
        if let (Some(text), Some(date)) = (&filled.progress, filled.date) {
            let text = match action {
                Some(n) => format!("Action {n}: {text}"),
                None => text.clone(),
            };
            let there = r
                .updates
                .iter()
                .any(|u| u.date == date && u.text.trim() == text);
            if !there && planned_updates.insert((rec, date, text.clone())) {
                changes.push(Change::Update {
                    date: iso(date),
                    status: filled.status.clone().filter(|_| action.is_none()),
                    text,
                });
                p.summary.updates_added += 1;
                changed = true;
            }
        }
        if let (Some(to), Some(reason), Some(date)) = (filled.revised, &filled.reason, filled.date)
            && !r.revised_deadlines.iter().any(|v| v.date == to)
            && r.deadline != Some(to)
        {
            changes.push(Change::Revision {
                date: to.iso(),
                reason: reason.clone(),
                requested: iso(date),
            });
            p.summary.deadlines_revised += 1;
            changed = true;
        }
        if filled.close
            && let Some(date) = filled.date
            && r.closure_requested.is_none()
        {
            changes.push(Change::ClosureRequested(iso(date)));
            p.summary.closures_requested += 1;
            changed = true;
        }
        if !changed {
            p.summary.rows_unchanged += 1;
        }
    }
    for (rec, changes) in by_rec {
        if !changes.is_empty() {
            p.files.push(FileChanges {
                rec,
                path: ix.rec(rec).source.clone(),
                changes,
            });
        }
    }
    p.summary.recommendations_changed = p.files.len();
    p.summary.problems = p.problems.len();
    p
}

pub(super) fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// `recommendation 1.1 of tmo-scrutiny-2011`, or `action 2 of recommendation 1.1 of ...`.
fn what(ix: &SiteIndex, rec: usize, action: Option<usize>) -> String {
    let r = format!(
        "recommendation {} of {}",
        ix.rec(rec).number.as_str(),
        ix.review_of(rec).slug
    );
    match action {
        Some(n) => format!("action {n} of {r}"),
        None => r,
    }
}

fn label(ix: &SiteIndex, rec: usize, action: Option<usize>) -> (String, String) {
    let n = ix.rec(rec).number.as_str();
    let item = match action {
        Some(a) => format!("{n} action {a}"),
        None => n.to_string(),
    };
    (ix.review_of(rec).slug.clone(), item)
}

/// The recommendation (and action) a row is for, or the problem that says why it is for none.
fn find(
    ix: &SiteIndex,
    row: &Row,
    problems: &mut Vec<Diagnostic>,
) -> Option<(usize, Option<usize>)> {
    let (review, review_at) = row.cell(REVIEW);
    let (number, number_at) = row.cell(NO);
    let (action, action_at) = row.cell(ACTION);
    let blocking = |at: Option<Cell>, c: usize, msg: String, hint: String| {
        Diagnostic::cell_error(at, Some(sheet::column_name(c)), msg, hint)
    };
    if review.is_empty() && number.is_empty() {
        if !row.nothing_filled_in() {
            problems.push(blocking(
                number_at,
                NO,
                format!("row {} has an update but no Review and No., so it is for no recommendation", row.row),
                "copy the Review and No. from the row this update belongs to, or move the update into that row".into(),
            ));
        }
        return None;
    }
    let slug = crate::data::csv::from_text(review.text().trim()).to_string();
    let Some(rv) = ix
        .site
        .reviews
        .iter()
        .position(|r| r.slug.eq_ignore_ascii_case(&slug))
    else {
        let known: Vec<&str> = ix.site.reviews.iter().map(|r| r.slug.as_str()).collect();
        problems.push(blocking(
            review_at,
            REVIEW,
            format!("there is no review `{slug}` in this site"),
            format!(
                "the Review column holds the review's folder name as exported; the reviews are: {}",
                known.join(", ")
            ),
        ));
        return None;
    };
    let range = ix.review_recs[rv].clone();
    let written = crate::data::csv::from_text(number.text().trim()).to_string();
    let mut found = range
        .clone()
        .find(|&i| ix.rec(i).number.as_str() == written);
    if found.is_none()
        && let Value::Number(n) = number
    {
        // A spreadsheet that re-saved `1.10` as the number 1.1: the one recommendation of that
        // value, if only one.
        let same: Vec<usize> = range
            .clone()
            .filter(|&i| ix.rec(i).number.as_str().parse::<f64>().ok() == Some(*n))
            .collect();
        if same.len() == 1 {
            found = Some(same[0]);
        }
    }
    let Some(rec) = found else {
        problems.push(blocking(
            number_at,
            NO,
            format!("review {slug} has no recommendation numbered `{written}`"),
            "check the number against the tracker as it was sent; if the spreadsheet changed it (1.10 to 1.1), type it back as it was".into(),
        ));
        return None;
    };
    let n = match action {
        Value::Empty => None,
        Value::Number(n) if n.fract() == 0.0 && *n >= 1.0 => Some(*n as usize),
        Value::Text(t) if t.trim().parse::<usize>().is_ok_and(|n| n >= 1) => t.trim().parse().ok(),
        Value::Text(t) if t.trim().is_empty() => None,
        other => {
            problems.push(blocking(
                action_at,
                ACTION,
                format!("`{}` is not an action's number", other.text()),
                "leave Action empty on the recommendation's own row, and 1, 2, ... on its actions' rows, as exported".into(),
            ));
            return None;
        }
    };
    let actions = ix.rec(rec).actions.len();
    if let Some(n) = n
        && n > actions
    {
        problems.push(blocking(
            action_at,
            ACTION,
            format!("{} has {}, so there is no action {n}", what(ix, rec, None), count(actions, "action", "actions")),
            "check the row against the tracker as it was sent; a new action is added to the recommendation's file by hand".into(),
        ));
        return None;
    }
    Some((rec, n))
}
