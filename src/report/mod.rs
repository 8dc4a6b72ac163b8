//! What a monitoring report to committee finds, derived from the content's dates alone: the
//! headline figures at the start and at the end of its period, what was completed, fell overdue
//! or had its deadline revised in it, the updates given in it, who sent none, the requests
//! awaiting the committee's decision, what falls due in the next period, and what was closed
//! without a recorded outcome. Never the build date (nor `--as-of`): the same report reads the
//! same whenever it is built. Pure; the words and the layout are `render`'s.

pub mod on_date;

use crate::derive::closed_without_outcome;
use crate::model::{Category, Deadline, Recommendation, Report, Site};
use chrono::{Datelike, Days, Months, NaiveDate};
pub use on_date::{StatusOn, deadline_on, overdue_on, status_on};

/// A recommendation of the site: (index of its review in `site.reviews`, index in the review).
pub type RecAt = (usize, usize);

/// Counts by category on one day, with those whose status is not recorded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Every recommendation the report covers.
    pub total: usize,
    /// Recorded as not started.
    pub not_started: usize,
    /// Recorded as in progress.
    pub in_progress: usize,
    /// Recorded as done.
    pub done: usize,
    /// Recorded as closed.
    pub closed: usize,
    /// No update on or before the day gives a status.
    pub not_recorded: usize,
    /// The deadline in force had come and nothing records it done or closed.
    pub overdue: usize,
}

impl Tally {
    fn add(&mut self, status: &StatusOn, overdue: bool) {
        self.total += 1;
        match status.category() {
            None => self.not_recorded += 1,
            Some(Category::NotStarted) => self.not_started += 1,
            Some(Category::InProgress) => self.in_progress += 1,
            Some(Category::Done) => self.done += 1,
            Some(Category::Closed) => self.closed += 1,
        }
        self.overdue += usize::from(overdue);
    }
}

/// Done or closed at the end of the period and not at its start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completed {
    /// The recommendation.
    pub rec: RecAt,
    /// Its status at the start (`NotRecorded` when nothing said).
    pub start: StatusOn,
    /// Its status at the end: always `Recorded`, by the update that says so.
    pub end: StatusOn,
}

/// A revision of a deadline agreed in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revised {
    /// The recommendation.
    pub rec: RecAt,
    /// The revision (index into `revised_deadlines`).
    pub revision: usize,
}

/// A recommendation with a date that matters to its section (a deadline, a request).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    /// The recommendation.
    pub rec: RecAt,
    /// The deadline or the request's date.
    pub date: NaiveDate,
    /// Its status at the end of the period.
    pub status: StatusOn,
}

/// An extension asked for and not agreed by the end of the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    /// The recommendation.
    pub rec: RecAt,
    /// The revision asked for (index into `revised_deadlines`).
    pub revision: usize,
    /// The deadline in force at the end of the period.
    pub current: Option<Deadline>,
}

/// The recommendations of one party with no update in the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Silent {
    /// The party, as the content names it.
    pub party: String,
    /// Its open recommendations with no update in the period.
    pub recs: Vec<RecAt>,
}

/// Everything a report finds, section by section, each in review then number order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Findings {
    /// Every recommendation the report covers.
    pub recs: Vec<RecAt>,
    /// The day before the period: what the figures "at the start" are counted at the end of.
    pub start_day: NaiveDate,
    /// The figures at the start (the end of the day before `from`).
    pub start: Tally,
    /// The figures at the end (the end of `to`).
    pub end: Tally,
    /// Done or closed in the period, with the update that says so.
    pub completed: Vec<Completed>,
    /// Overdue at the end of the period and not at its start.
    pub newly_overdue: Vec<Dated>,
    /// Revisions agreed in the period.
    pub revised: Vec<Revised>,
    /// Every update dated in the period: (recommendation, index into `updates`).
    pub updates: Vec<(RecAt, usize)>,
    /// Open (or not recorded) at the end, with no update in the period, by party (sorted by name).
    pub silent: Vec<Silent>,
    /// Extensions asked for and not agreed by the end of the period.
    pub extensions: Vec<Extension>,
    /// Closures asked for by the end of the period, while still open: the date asked.
    pub closures: Vec<Dated>,
    /// The next period of the same length: its first and last days.
    pub next: (NaiveDate, NaiveDate),
    /// Open at the end, with a deadline in force that falls in the next period.
    pub due_next: Vec<Dated>,
    /// Done or closed, with nothing that says what was done or why.
    pub without_outcome: Vec<RecAt>,
}

/// The period after `from`–`to` of the same length: as many whole months when the period is
/// whole months (1 March–31 August → 1 September–28 February), else as many days.
pub fn next_period(from: NaiveDate, to: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start = to + Days::new(1);
    let whole_months = from.day() == 1 && start.day() == 1;
    if whole_months {
        let months =
            (start.year() * 12 + start.month0() as i32) - (from.year() * 12 + from.month0() as i32);
        let end = start + Months::new(months as u32) - Days::new(1);
        return (start, end);
    }
    let days = (to - from).num_days() as u64 + 1;
    (start, to + Days::new(days))
}

/// What `report` finds in `site`.
pub fn find(site: &Site, report: &Report) -> Findings {
    let statuses = &site.config.statuses;
    let (from, to) = (report.from, report.to);
    let start_day = from.pred_opt().unwrap_or(from);
    let recs: Vec<RecAt> = site
        .reviews
        .iter()
        .enumerate()
        .filter(|(_, r)| report.reviews.contains(&r.slug))
        .flat_map(|(ri, r)| (0..r.recommendations.len()).map(move |i| (ri, i)))
        .collect();
    let get = |&(ri, i): &RecAt| -> &Recommendation { &site.reviews[ri].recommendations[i] };
    let next = next_period(from, to);
    let mut f = Findings {
        recs: recs.clone(),
        start_day,
        start: Tally::default(),
        end: Tally::default(),
        completed: vec![],
        newly_overdue: vec![],
        revised: vec![],
        updates: vec![],
        silent: vec![],
        extensions: vec![],
        closures: vec![],
        next,
        due_next: vec![],
        without_outcome: vec![],
    };
    let mut silent: Vec<(String, RecAt)> = Vec::new();
    for at in &recs {
        let r = get(at);
        let start = status_on(r, statuses, start_day);
        let end = status_on(r, statuses, to);
        let overdue_start = overdue_on(r, statuses, start_day);
        let overdue_end = overdue_on(r, statuses, to);
        f.start.add(&start, overdue_start);
        f.end.add(&end, overdue_end);
        if end.is_finished() && !start.is_finished() {
            f.completed.push(Completed {
                rec: *at,
                start: start.clone(),
                end: end.clone(),
            });
        }
        let deadline_end = deadline_on(r, to).and_then(Deadline::date);
        if overdue_end
            && !overdue_start
            && let Some(date) = deadline_end
        {
            f.newly_overdue.push(Dated {
                rec: *at,
                date,
                status: end.clone(),
            });
        }
        for (i, rev) in r.revised_deadlines.iter().enumerate() {
            if rev.agreed.is_some_and(|a| from <= a && a <= to) {
                f.revised.push(Revised {
                    rec: *at,
                    revision: i,
                });
            }
        }
        let in_period: Vec<usize> = (0..r.updates.len())
            .filter(|&u| (from..=to).contains(&r.updates[u].date))
            .collect();
        if in_period.is_empty() && !end.is_finished() {
            silent.extend(r.responsible.iter().map(|p| (p.clone(), *at)));
        }
        f.updates.extend(in_period.into_iter().map(|u| (*at, u)));
        if !end.is_finished() {
            for (i, rev) in r.revised_deadlines.iter().enumerate() {
                let asked = rev.requested.is_some_and(|q| q <= to);
                if asked && rev.agreed.is_none_or(|a| a > to) {
                    f.extensions.push(Extension {
                        rec: *at,
                        revision: i,
                        current: deadline_on(r, to),
                    });
                }
            }
            if let Some(date) = r.closure_requested.filter(|&d| d <= to) {
                f.closures.push(Dated {
                    rec: *at,
                    date,
                    status: end.clone(),
                });
            }
            if let Some(date) = deadline_end.filter(|d| (next.0..=next.1).contains(d)) {
                f.due_next.push(Dated {
                    rec: *at,
                    date,
                    status: end.clone(),
                });
            }
        }
        if closed_without_outcome(r, &site.config) {
            f.without_outcome.push(*at);
        }
    }
    silent.sort_by(|a, b| {
        a.0.to_lowercase()
            .cmp(&b.0.to_lowercase())
            .then(a.0.cmp(&b.0))
            .then(a.1.cmp(&b.1))
    });
    for (party, at) in silent {
        match f.silent.last_mut() {
            Some(s) if s.party == party => {
                if !s.recs.contains(&at) {
                    s.recs.push(at);
                }
            }
            _ => f.silent.push(Silent {
                party,
                recs: vec![at],
            }),
        }
    }
    f
}

#[cfg(test)]
pub(crate) mod tests;
