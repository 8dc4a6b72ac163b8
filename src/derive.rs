//! Facts derived against the as-of date: current deadline, slipped, overdue (and by how many days),
//! last updated, not updated, progress from the actions, closed without a recorded outcome, and
//! the requests awaiting a decision (an extension, a closure).
//! Pure functions of a recommendation, its review and the settings; no files, no printing.

use crate::model::{Category, Deadline, Recommendation, Response, Review, Revision, SiteConfig};
use chrono::NaiveDate;

/// What can be said of a recommendation on a given day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// The category of its status.
    pub category: Category,
    /// The latest revision in force, else the original deadline; an extension request awaiting
    /// agreement is not in force.
    pub current_deadline: Option<Deadline>,
    /// It has revised deadlines in force.
    pub slipped: bool,
    /// The latest extension request awaiting agreement (`requested` and no `agreed`), if it is
    /// the last revision asked for.
    pub pending_extension: Option<Revision>,
    /// The date a closure was asked for, while the recommendation is still open.
    pub closure_requested: Option<NaiveDate>,
    /// The current deadline has passed and the work is still open.
    pub overdue: bool,
    /// Days past the current deadline (0 when not overdue).
    pub days_overdue: i64,
    /// The date of the latest update.
    pub last_updated: Option<NaiveDate>,
    /// Open, and nothing recorded for longer than `stale_after_days`.
    pub not_updated: bool,
    /// Days since the last update (or since the review was published or updated, without one).
    pub days_since_update: Option<i64>,
    /// Share of its actions that are done, 0–100, where it has actions with a status.
    pub progress: Option<u8>,
    /// Done or closed, but nothing says what was done or why.
    pub closed_without_outcome: bool,
}

/// Derives the facts for `rec` of `review` on `as_of`.
pub fn facts(
    rec: &Recommendation,
    review: &Review,
    config: &SiteConfig,
    as_of: NaiveDate,
) -> Facts {
    let category = config
        .statuses
        .get(&rec.status)
        .map_or(Category::NotStarted, |s| s.category);
    let in_force = || rec.revised_deadlines.iter().filter(|r| !r.is_pending());
    let current_deadline = in_force().next_back().map(|r| r.date).or(rec.deadline);
    let pending_extension = rec
        .revised_deadlines
        .last()
        .filter(|r| r.is_pending() && category.is_open())
        .cloned();
    let days_past = current_deadline
        .and_then(Deadline::date)
        .map(|d| (as_of - d).num_days());
    let overdue = category.is_open() && days_past.is_some_and(|d| d > 0);
    let last_updated = rec.updates.iter().map(|u| u.date).max();
    let reference = last_updated.or(review.updated).or(review.published);
    let days_since_update = reference.map(|d| (as_of - d).num_days());
    let not_updated = category.is_open()
        && days_since_update.is_some_and(|d| d > i64::from(config.stale_after_days));
    let with_status: Vec<Category> = rec
        .actions
        .iter()
        .filter_map(|a| a.status.as_deref())
        .filter_map(|k| config.statuses.get(k))
        .map(|s| s.category)
        .collect();
    let progress = (!with_status.is_empty()).then(|| {
        let done = with_status.iter().filter(|c| **c == Category::Done).count();
        // Closed actions (not applicable) do not count either way.
        let counted = with_status
            .iter()
            .filter(|c| **c != Category::Closed)
            .count();
        // Only closed actions: nothing is left to do.
        (done * 100 + counted / 2)
            .checked_div(counted)
            .map_or(100, |p| p as u8)
    });
    Facts {
        category,
        current_deadline,
        slipped: in_force().next().is_some(),
        pending_extension,
        closure_requested: rec.closure_requested.filter(|_| category.is_open()),
        overdue,
        days_overdue: if overdue { days_past.unwrap_or(0) } else { 0 },
        last_updated,
        not_updated,
        days_since_update,
        progress,
        closed_without_outcome: !category.is_open() && !explained(rec),
    }
}

/// Done or closed, but nothing says what was done or why: no update, no outcome, and no reason
/// given for not agreeing.
pub fn closed_without_outcome(rec: &Recommendation, config: &SiteConfig) -> bool {
    let category = config
        .statuses
        .get(&rec.status)
        .map_or(Category::NotStarted, |s| s.category);
    !category.is_open() && !explained(rec)
}

/// Something says what was done, or why not.
fn explained(rec: &Recommendation) -> bool {
    !rec.updates.is_empty()
        || rec.outcome.is_some()
        || (rec.response == Response::NotAgreed && rec.response_text.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn config() -> SiteConfig {
        SiteConfig {
            title: "t".into(),
            organisation: "o".into(),
            base_url: None,
            language: "en-GB".into(),
            languages: crate::model::Languages::default(),
            theme: "default".into(),
            stale_after_days: 180,
            statuses: Statuses::defaults(),
        }
    }

    fn review() -> Review {
        Review {
            slug: "r".into(),
            title: "R".into(),
            body: None,
            organisation: "o".into(),
            published: Some(d("2013-01-01")),
            response_date: None,
            updated: None,
            documents: vec![],
            summary: Default::default(),
            recommendations: vec![],
            source: String::new(),
            links: vec![],
            stage: Stage::Monitoring,
            stage_stated: true,
            stages: vec![],
            origin: None,
            scope: None,
            expected: None,
            response_due: None,
            impact: None,
            stage_at: None,
        }
    }

    fn rec(status: &str) -> Recommendation {
        Recommendation {
            number: RecNumber("1".into()),
            slug: "1".into(),
            title: None,
            theme: None,
            recommendation: "Do it".into(),
            response: Response::Agreed,
            response_text: None,
            responsible: vec!["IC".into()],
            lead_officer: None,
            resources: None,
            deadline: Some(Deadline::Date(d("2014-04-30"))),
            revised_deadlines: vec![],
            status: status.into(),
            actions: vec![],
            updates: vec![],
            outcome: None,
            evidence: vec![],
            closure_requested: None,
            status_at: None,
            links: vec![],
            source: String::new(),
        }
    }

    #[test]
    fn overdue_moves_with_as_of() {
        let r = rec("in-progress");
        let before = facts(&r, &review(), &config(), d("2014-04-30"));
        assert!(!before.overdue);
        let after = facts(&r, &review(), &config(), d("2014-05-10"));
        assert!(after.overdue);
        assert_eq!(after.days_overdue, 10);
        let done = facts(&rec("complete"), &review(), &config(), d("2014-05-10"));
        assert!(!done.overdue);
    }

    #[test]
    fn revision_becomes_current_deadline() {
        let mut r = rec("in-progress");
        r.revised_deadlines.push(Revision {
            date: Deadline::Date(d("2014-09-30")),
            reason: "waits".into(),
            agreed: None,
            requested: None,
        });
        let f = facts(&r, &review(), &config(), d("2014-05-10"));
        assert!(f.slipped);
        assert_eq!(f.current_deadline, Some(Deadline::Date(d("2014-09-30"))));
        assert!(!f.overdue);
    }

    #[test]
    fn extension_request_awaiting_agreement_leaves_the_deadline_in_force() {
        let mut r = rec("in-progress");
        r.revised_deadlines.push(Revision {
            date: Deadline::Date(d("2014-09-30")),
            reason: "waits".into(),
            agreed: None,
            requested: Some(d("2014-04-20")),
        });
        let f = facts(&r, &review(), &config(), d("2014-05-10"));
        assert_eq!(f.current_deadline, Some(Deadline::Date(d("2014-04-30"))));
        assert!(f.overdue, "judged against the deadline still in force");
        assert!(!f.slipped);
        assert_eq!(
            f.pending_extension.as_ref().map(|p| p.date),
            Some(Deadline::Date(d("2014-09-30")))
        );
        r.revised_deadlines[0].agreed = Some(d("2014-05-01"));
        let agreed = facts(&r, &review(), &config(), d("2014-05-10"));
        assert_eq!(
            agreed.current_deadline,
            Some(Deadline::Date(d("2014-09-30")))
        );
        assert!(!agreed.overdue && agreed.slipped && agreed.pending_extension.is_none());
    }

    #[test]
    fn closure_request_is_shown_while_open() {
        let mut r = rec("in-progress");
        r.closure_requested = Some(d("2014-05-01"));
        let f = facts(&r, &review(), &config(), d("2014-05-10"));
        assert_eq!(f.closure_requested, Some(d("2014-05-01")));
        r.status = "complete".into();
        assert_eq!(
            facts(&r, &review(), &config(), d("2014-05-10")).closure_requested,
            None
        );
    }

    #[test]
    fn ongoing_is_never_overdue() {
        let mut r = rec("in-progress");
        r.deadline = Some(Deadline::Ongoing);
        assert!(!facts(&r, &review(), &config(), d("2030-01-01")).overdue);
    }

    #[test]
    fn not_updated_after_threshold() {
        let mut r = rec("in-progress");
        r.updates.push(Update {
            date: d("2014-01-01"),
            status: None,
            text: "x".into(),
        });
        let f = facts(&r, &review(), &config(), d("2014-06-30"));
        assert_eq!(f.last_updated, Some(d("2014-01-01")));
        assert!(!f.not_updated, "180 days have not passed");
        assert!(facts(&r, &review(), &config(), d("2014-07-01")).not_updated);
    }

    #[test]
    fn progress_counts_done_actions() {
        let mut r = rec("in-progress");
        let a = |s: &str| Action {
            action: "a".into(),
            responsible: vec![],
            status: Some(s.into()),
        };
        r.actions = vec![a("complete"), a("in-progress"), a("not-applicable")];
        assert_eq!(
            facts(&r, &review(), &config(), d("2014-01-01")).progress,
            Some(50)
        );
        r.actions.clear();
        assert_eq!(
            facts(&r, &review(), &config(), d("2014-01-01")).progress,
            None
        );
    }

    #[test]
    fn closed_without_outcome() {
        let r = rec("complete");
        assert!(facts(&r, &review(), &config(), d("2014-01-01")).closed_without_outcome);
        let mut r2 = rec("complete");
        r2.outcome = Some("Done".into());
        assert!(!facts(&r2, &review(), &config(), d("2014-01-01")).closed_without_outcome);
        let mut r3 = rec("not-agreed");
        r3.response = Response::NotAgreed;
        r3.response_text = Some("Too costly".into());
        assert!(!facts(&r3, &review(), &config(), d("2014-01-01")).closed_without_outcome);
    }
}
