//! A tracker row's filled-in cells read and checked: the new status (a label or key of the
//! site's), the progress text, the update's date (not after the as-of date), a revised deadline
//! with its reason, and `Close?`. Each problem names its cell. Pure: must not read files or print.

use super::plan::{Options, iso};
use super::sheet::{self, CLOSE, NEW_STATUS, PROGRESS, REASON, REVISED_DEADLINE, Row, UPDATE_DATE};
use crate::diagnostics::Diagnostic;
use crate::import::cells::{self, status_of};
use crate::import::read::Value;
use crate::model::{Deadline, Statuses};
use chrono::NaiveDate;

/// A row's filled-in cells, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Filled {
    /// A status key of the site's.
    pub status: Option<String>,
    /// `Progress update`: what was done.
    pub progress: Option<String>,
    /// `Update date`, else `--updated`.
    pub date: Option<NaiveDate>,
    /// A date, or `ongoing`.
    pub revised: Option<Deadline>,
    /// `Reason for new deadline`.
    pub reason: Option<String>,
    /// `Close?` says yes: the recommendation is asked to be closed.
    pub close: bool,
}

struct Reader<'a, 'r> {
    row: &'a Row<'r>,
    problems: &'a mut Vec<Diagnostic>,
}

impl Reader<'_, '_> {
    fn problem(&mut self, c: usize, message: String, hint: &str) {
        let (v, at) = self.row.cell(c);
        let at = at.or(self.row.cell(PROGRESS).1);
        let text = v.text();
        let mut d =
            Diagnostic::cell_error(at, Some(sheet::column_name(c)), message, hint).found(&text);
        if !text.trim().is_empty() {
            d = d.label(format!("found: {}", cells::quoted(&text)));
        }
        self.problems.push(d);
    }

    fn status(&mut self, statuses: &Statuses) -> Option<String> {
        match self.row.cell(NEW_STATUS).0 {
            v if v.is_empty() => None,
            v => {
                let t = v.text();
                let key = status_of(&t, statuses);
                if key.is_none() {
                    let labels: Vec<&str> = statuses.0.iter().map(|s| s.label.as_str()).collect();
                    self.problem(
                        NEW_STATUS,
                        format!("`{}` is not one of this site's statuses", t.trim()),
                        &format!("choose one from the cell's list: {}", labels.join(", ")),
                    );
                }
                key
            }
        }
    }

    fn text(&mut self, c: usize) -> Option<String> {
        match self.row.cell(c).0 {
            v if v.is_empty() => None,
            Value::Text(t) => Some(cells::clean(crate::data::csv::from_text(t))),
            other => {
                let shown = other.text();
                self.problem(
                    c,
                    format!("{} holds `{shown}`, not words", sheet::column_name(c)),
                    "write it in words; if a number was meant, put words around it, such as \"12 homes visited\"",
                );
                None
            }
        }
    }

    fn date(&mut self, c: usize) -> Option<NaiveDate> {
        self.readable(c, Value::date)
    }

    /// A date, or `ongoing` (work with no end date).
    fn deadline(&mut self, c: usize) -> Option<Deadline> {
        self.readable(c, Value::deadline)
    }

    /// Cell `c` read by `read`, or a problem at it when it is filled in and cannot be.
    fn readable<T>(&mut self, c: usize, read: fn(&Value) -> Option<T>) -> Option<T> {
        let v = self.row.cell(c).0;
        if v.is_empty() {
            return None;
        }
        let d = read(v);
        if d.is_none() {
            let shown = self.row.cell(c).0.text();
            self.problem(
                c,
                format!("`{}` is not a date that can be read", shown.trim()),
                "write the date as YYYY-MM-DD, for example 2026-11-30",
            );
        }
        d
    }

    fn close(&mut self) -> bool {
        match self.row.cell(CLOSE).0.text().trim().to_lowercase().as_str() {
            "" | "no" | "n" | "false" | "0" => false,
            "yes" | "y" | "true" | "1" | "x" => true,
            other => {
                self.problem(
                    CLOSE,
                    format!("`{other}` is neither yes nor no"),
                    "write yes to ask for the recommendation to be closed, or leave the cell empty",
                );
                false
            }
        }
    }

    fn empty(&self, c: usize) -> bool {
        self.row.cell(c).0.is_empty()
    }
}

/// Reads `row`'s filled-in cells (`action`: the action's number on an action's row), adding
/// each problem to `problems`.
pub fn read(
    row: &Row,
    action: Option<usize>,
    statuses: &Statuses,
    opts: &Options,
    problems: &mut Vec<Diagnostic>,
) -> Filled {
    let mut r = Reader { row, problems };
    let status = r.status(statuses);
    let progress = r.text(PROGRESS);
    let reason = r.text(REASON);
    let given = r.date(UPDATE_DATE);
    if let Some(d) = given
        && d > opts.as_of
    {
        r.problem(
            UPDATE_DATE,
            format!(
                "the update is dated {}, after today ({})",
                iso(d),
                iso(opts.as_of)
            ),
            "check the year; if the date is right, import with --as-of that day",
        );
    }
    let date = given.or(opts.updated);
    let revised = r.deadline(REVISED_DEADLINE);
    let close = r.close();
    if action.is_some() && revised.is_some() {
        r.problem(
            REVISED_DEADLINE,
            "an action has no deadline of its own".into(),
            "put the revised deadline on the recommendation's own row (Action empty)",
        );
    }
    if action.is_some() && close {
        r.problem(
            CLOSE,
            "Close? is asked of a recommendation, not of one of its actions".into(),
            "write yes in Close? on the recommendation's own row (Action empty)",
        );
    }
    if revised.is_some() && reason.is_none() {
        r.problem(
            REASON,
            "the revised deadline has no reason: a deadline never moves without one".into(),
            "write why the deadline must move in Reason for new deadline",
        );
    }
    if reason.is_some() && r.empty(REVISED_DEADLINE) {
        r.problem(
            REVISED_DEADLINE,
            "there is a reason for a new deadline, but no revised deadline".into(),
            "write the new deadline in Revised deadline, or clear the reason",
        );
    }
    if (progress.is_some() || revised.is_some() || close) && date.is_none() && r.empty(UPDATE_DATE)
    {
        r.problem(
            UPDATE_DATE,
            "this update has no date".into(),
            "fill in Update date (YYYY-MM-DD), or give --updated YYYY-MM-DD to date every update that has none",
        );
    }
    Filled {
        status,
        progress,
        date,
        revised,
        reason,
        close,
    }
}
