//! What can be said of a review's life on the as-of date: when each stage began, when the formal
//! response is due (two months after `published`, unless `response_due:` says otherwise), whether
//! a review awaiting its response is late and by how many days, whether a response given was
//! late, whether a monitored review is ready for an impact assessment, and the review's steps in
//! order as a reader follows them. Pure functions of a review and the settings; no files, no
//! printing (`derive` does the same for a recommendation).

use crate::model::{Category, Review, SiteConfig, Stage};
use chrono::{Months, NaiveDate};

/// How long the executive has to respond to a report, unless `response_due:` says otherwise.
pub const RESPONSE_MONTHS: u32 = 2;

/// What can be said of a review's life on a given day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LifeFacts {
    /// When its current stage began, where known.
    pub since: Option<NaiveDate>,
    /// When the formal response is due: `response_due:`, else two months after `published`.
    pub response_due: Option<NaiveDate>,
    /// Awaiting its response, none recorded, and the due date has passed.
    pub late: bool,
    /// Days past the due date while late (0 when not late).
    pub days_late: i64,
    /// The response was given after it was due: by how many days.
    pub answered_late_by: Option<i64>,
    /// Monitoring, and every recommendation is done or closed: time to ask whether it worked.
    pub ready_for_impact: bool,
}

/// The date the response is due for a report published on `published`: two months on (the last
/// day of the month when the month is shorter: 31 December → 28 or 29 February).
pub fn due_after(published: NaiveDate) -> Option<NaiveDate> {
    published.checked_add_months(Months::new(RESPONSE_MONTHS))
}

/// When `review` entered `stage`: its latest `stages:` entry for it; else, for
/// `awaiting-response`, the date of the report, and for `monitoring`, the date of the response.
pub fn began(review: &Review, stage: Stage) -> Option<NaiveDate> {
    let written = review
        .stages
        .iter()
        .rev()
        .find(|e| e.stage == stage)
        .map(|e| e.date);
    written.or(match stage {
        Stage::AwaitingResponse => review.published,
        Stage::Monitoring => review.response_date,
        _ => None,
    })
}

/// Derives the facts of `review`'s life on `as_of`.
pub fn facts(review: &Review, config: &SiteConfig, as_of: NaiveDate) -> LifeFacts {
    let response_due = review
        .response_due
        .or_else(|| review.published.and_then(due_after));
    let days_past = response_due.map(|d| (as_of - d).num_days());
    let late = review.stage == Stage::AwaitingResponse
        && review.response_date.is_none()
        && days_past.is_some_and(|d| d > 0);
    let answered_late_by = review
        .response_date
        .zip(response_due)
        .map(|(given, due)| (given - due).num_days())
        .filter(|d| *d > 0);
    let category = |status: &str| {
        config
            .statuses
            .get(status)
            .map_or(Category::NotStarted, |s| s.category)
    };
    let ready_for_impact = review.stage == Stage::Monitoring
        && !review.recommendations.is_empty()
        && review
            .recommendations
            .iter()
            .all(|r| !category(&r.status).is_open());
    LifeFacts {
        since: began(review, review.stage),
        response_due,
        late,
        days_late: if late { days_past.unwrap_or(0) } else { 0 },
        answered_late_by,
        ready_for_impact,
    }
}

/// Where a step stands in a review's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    /// Passed.
    Done,
    /// Where the review is now.
    Current,
    /// Not reached yet.
    ToCome,
    /// Passed over: a review closed without an impact assessment.
    Skipped,
}

impl StepState {
    /// The key, for the style (`done`, `current`, `to-come`, `skipped`).
    pub fn key(self) -> &'static str {
        match self {
            StepState::Done => "done",
            StepState::Current => "current",
            StepState::ToCome => "to-come",
            StepState::Skipped => "skipped",
        }
    }
}

/// One step of a review's life as its page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The stage.
    pub stage: Stage,
    /// Passed, current, to come or passed over.
    pub state: StepState,
    /// When it began, where known.
    pub began: Option<NaiveDate>,
    /// For a step to come, when it is expected: the report (`expected:`) for
    /// `awaiting-response`, the response (its due date) for `monitoring`.
    pub expected: Option<NaiveDate>,
    /// Why, where the history says (a withdrawal).
    pub reason: Option<String>,
}

/// The steps of `review`'s life in order: every stage of the whole course, passed, current or to
/// come; a withdrawn review's steps stop at its withdrawal.
pub fn steps(review: &Review, facts: &LifeFacts) -> Vec<Step> {
    let reason = |stage: Stage| {
        review
            .stages
            .iter()
            .rev()
            .find(|e| e.stage == stage)
            .and_then(|e| e.reason.clone())
    };
    let step = |stage: Stage, state: StepState| Step {
        stage,
        state,
        began: (state != StepState::ToCome)
            .then(|| began(review, stage))
            .flatten(),
        expected: match (state, stage) {
            (StepState::ToCome, Stage::AwaitingResponse) => review.expected,
            (StepState::ToCome, Stage::Monitoring) => facts.response_due,
            _ => None,
        },
        reason: reason(stage),
    };
    if review.stage == Stage::Withdrawn {
        let reached = review
            .stages
            .iter()
            .map(|e| e.stage)
            .filter(|s| *s != Stage::Withdrawn)
            .max();
        let mut out: Vec<Step> = Stage::PATH
            .into_iter()
            .filter(|s| reached.is_some_and(|r| *s <= r))
            .map(|s| step(s, StepState::Done))
            .collect();
        out.push(step(Stage::Withdrawn, StepState::Current));
        return out;
    }
    Stage::PATH
        .into_iter()
        .map(|s| {
            let state = if s == review.stage {
                StepState::Current
            } else if s > review.stage {
                StepState::ToCome
            } else if s == Stage::ImpactAssessed && review.impact.is_none() {
                StepState::Skipped
            } else {
                StepState::Done
            };
            step(s, state)
        })
        .collect()
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
            deadline: None,
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

    fn review(stage: Stage) -> Review {
        Review {
            slug: "r".into(),
            title: "R".into(),
            body: None,
            organisation: "o".into(),
            published: None,
            response_date: None,
            updated: None,
            documents: vec![],
            summary: Default::default(),
            recommendations: vec![],
            source: String::new(),
            links: vec![],
            stage,
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

    fn on(
        stage: Stage,
        published: Option<&str>,
        due: Option<&str>,
        response: Option<&str>,
    ) -> Review {
        Review {
            published: published.map(d),
            response_due: due.map(d),
            response_date: response.map(d),
            ..review(stage)
        }
    }

    #[test]
    fn a_response_is_late_after_two_months_unless_response_due_says_otherwise() {
        use Stage::*;
        // (what, review, as of, due, late, days late)
        let cases = [
            (
                "on the day it is due, not late",
                on(AwaitingResponse, Some("2011-12-06"), None, None),
                "2012-02-06",
                Some("2012-02-06"),
                false,
                0,
            ),
            (
                "the day after, late by a day",
                on(AwaitingResponse, Some("2011-12-06"), None, None),
                "2012-02-07",
                Some("2012-02-06"),
                true,
                1,
            ),
            (
                "two months from 31 December end on the last day of February",
                on(AwaitingResponse, Some("2011-12-31"), None, None),
                "2012-03-01",
                Some("2012-02-29"),
                true,
                1,
            ),
            (
                "response_due: moves the date",
                on(
                    AwaitingResponse,
                    Some("2011-12-06"),
                    Some("2012-04-30"),
                    None,
                ),
                "2012-03-01",
                Some("2012-04-30"),
                false,
                0,
            ),
            (
                "late by as long as response_due: is past",
                on(
                    AwaitingResponse,
                    Some("2011-12-06"),
                    Some("2012-01-31"),
                    None,
                ),
                "2012-03-01",
                Some("2012-01-31"),
                true,
                30,
            ),
            (
                "a response recorded is not awaited",
                on(
                    AwaitingResponse,
                    Some("2011-12-06"),
                    None,
                    Some("2012-03-01"),
                ),
                "2013-01-01",
                Some("2012-02-06"),
                false,
                0,
            ),
            (
                "a monitored review is never late",
                on(Monitoring, Some("2011-12-06"), None, None),
                "2013-01-01",
                Some("2012-02-06"),
                false,
                0,
            ),
            (
                "no report, no due date",
                on(Reporting, None, None, None),
                "2013-01-01",
                None,
                false,
                0,
            ),
        ];
        for (what, r, as_of, due, late, days) in cases {
            let f = facts(&r, &config(), d(as_of));
            assert_eq!(f.response_due, due.map(d), "{what}: due");
            assert_eq!(f.late, late, "{what}: late");
            assert_eq!(f.days_late, days, "{what}: days late");
        }
    }

    #[test]
    fn a_response_given_after_its_due_date_is_said_to_be_late() {
        let given = |on_day: &str| {
            facts(
                &on(Stage::Monitoring, Some("2011-12-06"), None, Some(on_day)),
                &config(),
                d("2014-01-01"),
            )
            .answered_late_by
        };
        assert_eq!(given("2012-02-06"), None);
        assert_eq!(given("2012-02-16"), Some(10));
    }

    #[test]
    fn a_monitored_review_with_every_recommendation_done_or_closed_is_ready_for_impact() {
        use Stage::*;
        // (what, stage, statuses, ready)
        let cases: [(&str, Stage, &[&str], bool); 6] = [
            (
                "all done or closed",
                Monitoring,
                &["complete", "not-applicable"],
                true,
            ),
            (
                "one still in progress",
                Monitoring,
                &["complete", "in-progress"],
                false,
            ),
            ("one not started", Monitoring, &["not-started"], false),
            ("no recommendations", Monitoring, &[], false),
            ("already assessed", ImpactAssessed, &["complete"], false),
            ("closed", Closed, &["complete"], false),
        ];
        for (what, stage, statuses, ready) in cases {
            let r = Review {
                recommendations: statuses.iter().map(|s| rec(s)).collect(),
                ..on(stage, Some("2011-12-06"), None, Some("2012-01-10"))
            };
            assert_eq!(
                facts(&r, &config(), d("2014-01-01")).ready_for_impact,
                ready,
                "{what}"
            );
        }
    }

    #[test]
    fn the_steps_mark_one_current_stage_and_date_those_known() {
        let mut r = on(Stage::Monitoring, Some("2011-12-06"), None, None);
        r.stages = vec![StageEntry {
            stage: Stage::Evidence,
            date: d("2011-05-10"),
            reason: None,
        }];
        let f = facts(&r, &config(), d("2014-01-01"));
        let s = steps(&r, &f);
        let states: Vec<(&str, &str)> = s.iter().map(|s| (s.stage.key(), s.state.key())).collect();
        assert_eq!(
            states,
            [
                ("proposed", "done"),
                ("scoping", "done"),
                ("evidence", "done"),
                ("reporting", "done"),
                ("awaiting-response", "done"),
                ("monitoring", "current"),
                ("impact-assessed", "to-come"),
                ("closed", "to-come"),
            ]
        );
        assert_eq!(s[2].began, Some(d("2011-05-10")));
        assert_eq!(s[4].began, Some(d("2011-12-06")), "the report's date");
        assert_eq!(s[5].began, None, "no response date is known");
    }

    #[test]
    fn steps_to_come_say_when_the_report_and_the_response_are_expected() {
        let mut r = on(Stage::Evidence, None, None, None);
        r.expected = Some(d("2027-03-01"));
        let s = steps(&r, &facts(&r, &config(), d("2026-12-02")));
        assert_eq!(s[4].expected, Some(d("2027-03-01")));
        let r = on(Stage::AwaitingResponse, Some("2026-11-01"), None, None);
        let s = steps(&r, &facts(&r, &config(), d("2026-12-02")));
        assert_eq!(s[5].expected, Some(d("2027-01-01")));
    }

    #[test]
    fn a_withdrawn_review_stops_at_its_withdrawal_and_a_closed_one_without_impact_skips_it() {
        let mut r = review(Stage::Withdrawn);
        r.stages = vec![
            StageEntry {
                stage: Stage::Scoping,
                date: d("2012-01-01"),
                reason: None,
            },
            StageEntry {
                stage: Stage::Withdrawn,
                date: d("2012-02-01"),
                reason: Some("Brought in-house".into()),
            },
        ];
        let s = steps(&r, &facts(&r, &config(), d("2014-01-01")));
        let keys: Vec<&str> = s.iter().map(|s| s.stage.key()).collect();
        assert_eq!(keys, ["proposed", "scoping", "withdrawn"]);
        assert_eq!(s[2].state, StepState::Current);
        assert_eq!(s[2].reason.as_deref(), Some("Brought in-house"));
        let r = on(Stage::Closed, Some("2011-12-06"), None, None);
        let s = steps(&r, &facts(&r, &config(), d("2014-01-01")));
        assert_eq!(s[6].state, StepState::Skipped);
        assert_eq!(s[7].state, StepState::Current);
    }
}
