//! What the content says of one recommendation on a given day, from its dated facts alone: the
//! status (the latest update on or before the day that gives one), the deadline in force (the
//! original, or the latest revision agreed by then), and whether it was overdue at the end of
//! that day. Never the build date. Pure.

use crate::model::{Category, Deadline, Recommendation, Statuses};
use chrono::NaiveDate;

/// The status on a day, as far as the dated updates tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusOn {
    /// No update on or before the day gives a status (or two on the same day disagree and
    /// neither is the recommendation's status now): the report says "not recorded".
    NotRecorded,
    /// The status key, and the update (index into `updates`) that gives it.
    Recorded {
        /// The status key.
        key: String,
        /// Its category.
        category: Category,
        /// The update that gives it.
        update: usize,
    },
}

impl StatusOn {
    /// The category, when the status is recorded.
    pub fn category(&self) -> Option<Category> {
        match self {
            StatusOn::NotRecorded => None,
            StatusOn::Recorded { category, .. } => Some(*category),
        }
    }

    /// Done or closed on that day, as recorded.
    pub fn is_finished(&self) -> bool {
        self.category().is_some_and(|c| !c.is_open())
    }
}

/// The status of `rec` at the end of `day`: the status of the latest update dated on or before
/// it that gives one. Updates of the same day that disagree are settled by the recommendation's
/// `status:` when it is one of theirs (the file says which came last); otherwise the day's
/// status is not recorded, since the order of a file's updates is not a date.
pub fn status_on(rec: &Recommendation, statuses: &Statuses, day: NaiveDate) -> StatusOn {
    let given = || {
        rec.updates
            .iter()
            .enumerate()
            .filter(move |(_, u)| u.date <= day)
            .filter_map(|(i, u)| u.status.as_deref().map(|s| (i, u.date, s)))
    };
    let Some(latest) = given().map(|(_, d, _)| d).max() else {
        return StatusOn::NotRecorded;
    };
    let that_day: Vec<(usize, &str)> = given()
        .filter(|(_, d, _)| *d == latest)
        .map(|(i, _, s)| (i, s))
        .collect();
    let agree = that_day.iter().all(|(_, s)| *s == that_day[0].1);
    let chosen = if agree {
        that_day.last()
    } else {
        that_day.iter().rev().find(|(_, s)| *s == rec.status)
    };
    match chosen.and_then(|&(i, s)| Some((i, s, statuses.get(s)?))) {
        Some((update, key, def)) => StatusOn::Recorded {
            key: key.to_string(),
            category: def.category,
            update,
        },
        None => StatusOn::NotRecorded,
    }
}

/// The deadline in force at the end of `day`: the latest revision agreed on or before it (a
/// revision with neither `agreed` nor `requested` counts from the start, as the site counts it
/// in force), else the original deadline. A request not yet agreed is never in force.
pub fn deadline_on(rec: &Recommendation, day: NaiveDate) -> Option<Deadline> {
    rec.revised_deadlines
        .iter()
        .rfind(|r| match (r.agreed, r.requested) {
            (Some(agreed), _) => agreed <= day,
            (None, requested) => requested.is_none(),
        })
        .map(|r| r.date)
        .or(rec.deadline)
}

/// Overdue at the end of `day`: its deadline in force then had come (on or before `day`) and it
/// was not recorded as done or closed.
pub fn overdue_on(rec: &Recommendation, statuses: &Statuses, day: NaiveDate) -> bool {
    deadline_on(rec, day)
        .and_then(Deadline::date)
        .is_some_and(|d| d <= day)
        && !status_on(rec, statuses, day).is_finished()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::{d, rec, revision, update};

    #[test]
    fn the_status_on_a_day_is_the_latest_update_that_gives_one() {
        let statuses = Statuses::defaults();
        let mut r = rec("complete");
        r.updates = vec![
            update("2014-02-01", Some("in-progress")),
            update("2014-04-01", None),
            update("2014-06-01", Some("complete")),
        ];
        // (day, the status that day)
        for (day, want) in [
            ("2014-01-31", None),
            ("2014-02-01", Some(("in-progress", 0))),
            ("2014-05-31", Some(("in-progress", 0))),
            ("2014-06-01", Some(("complete", 2))),
            ("2030-01-01", Some(("complete", 2))),
        ] {
            let got = match status_on(&r, &statuses, d(day)) {
                StatusOn::NotRecorded => None,
                StatusOn::Recorded { key, update, .. } => Some((key, update)),
            };
            assert_eq!(got, want.map(|(k, u)| (k.to_string(), u)), "{day}");
        }
    }

    #[test]
    fn updates_of_one_day_that_disagree_are_settled_by_the_status_now_or_not_at_all() {
        let statuses = Statuses::defaults();
        let mut r = rec("in-progress");
        r.updates = vec![
            update("2014-08-31", Some("in-progress")),
            update("2014-08-31", Some("complete")),
        ];
        let on = status_on(&r, &statuses, d("2014-08-31"));
        assert_eq!(on.category(), Some(Category::InProgress));
        r.status = "not-started".into();
        assert_eq!(
            status_on(&r, &statuses, d("2014-08-31")),
            StatusOn::NotRecorded
        );
    }

    #[test]
    fn a_revision_is_in_force_from_the_day_it_was_agreed() {
        let mut r = rec("in-progress");
        r.revised_deadlines = vec![
            revision("2014-06-30", Some("2014-03-15"), None),
            revision("2014-12-31", None, Some("2014-08-01")),
        ];
        for (day, want) in [
            ("2014-03-14", "2014-04-30"),
            ("2014-03-15", "2014-06-30"),
            ("2014-09-01", "2014-06-30"),
        ] {
            assert_eq!(
                deadline_on(&r, d(day)),
                Some(Deadline::Date(d(want))),
                "{day}"
            );
        }
    }

    #[test]
    fn overdue_at_the_end_of_the_deadline_day_unless_recorded_done() {
        let statuses = Statuses::defaults();
        let mut r = rec("in-progress");
        assert!(!overdue_on(&r, &statuses, d("2014-04-29")));
        assert!(overdue_on(&r, &statuses, d("2014-04-30")), "not recorded");
        r.updates = vec![update("2014-04-30", Some("complete"))];
        assert!(!overdue_on(&r, &statuses, d("2014-05-01")));
    }
}
