//! The report's findings on a small site whose figures are worked out by hand, and the helpers
//! the tests of `on_date` share.

use super::*;
use crate::model::*;

pub(crate) fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A recommendation due 30 April 2014, with no updates.
pub(crate) fn rec(status: &str) -> Recommendation {
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

pub(crate) fn update(date: &str, status: Option<&str>) -> Update {
    Update {
        date: d(date),
        status: status.map(str::to_string),
        text: "Progress.".into(),
    }
}

pub(crate) fn revision(date: &str, agreed: Option<&str>, requested: Option<&str>) -> Revision {
    Revision {
        date: Deadline::Date(d(date)),
        reason: "More time".into(),
        agreed: agreed.map(d),
        requested: requested.map(d),
    }
}

fn site(recs: Vec<Recommendation>) -> Site {
    let recs = recs
        .into_iter()
        .enumerate()
        .map(|(i, mut r)| {
            r.number = RecNumber((i + 1).to_string());
            r.slug = (i + 1).to_string();
            r
        })
        .collect();
    Site {
        config: SiteConfig {
            title: "t".into(),
            organisation: "o".into(),
            base_url: None,
            language: "en-GB".into(),
            languages: crate::model::Languages::default(),
            theme: "default".into(),
            stale_after_days: 180,
            statuses: Statuses::defaults(),
        },
        glossary: Glossary::default(),
        tsm: Vec::new(),
        reviews: vec![std::sync::Arc::new(Review {
            slug: "r".into(),
            title: "R".into(),
            body: None,
            organisation: "o".into(),
            published: Some(d("2013-01-01")),
            response_date: None,
            updated: None,
            documents: vec![],
            summary: Default::default(),
            recommendations: recs,
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
        })],
        pages: vec![],
        indicators: vec![],
        reports: vec![],
    }
}

fn report(from: &str, to: &str) -> Report {
    Report {
        slug: "q".into(),
        title: "Progress".into(),
        committee: "Committee".into(),
        meeting: None,
        from: d(from),
        to: d(to),
        reviews: vec!["r".into()],
        introduction: None,
        source: String::new(),
    }
}

#[test]
fn next_periods_keep_whole_months_as_months() {
    for (from, to, next_from, next_to) in [
        ("2014-03-01", "2014-08-31", "2014-09-01", "2015-02-28"),
        ("2014-01-01", "2014-03-31", "2014-04-01", "2014-06-30"),
        ("2014-03-10", "2014-03-19", "2014-03-20", "2014-03-29"),
    ] {
        assert_eq!(next_period(d(from), d(to)), (d(next_from), d(next_to)));
    }
}

/// Two periods, January–March and April–June 2014, over five recommendations:
/// 1. in progress in February, complete in May: completed in the second period;
/// 2. due 30 April, in progress in March, nothing since: fell overdue in the second period;
/// 3. due 30 April, revised on 15 April to 30 September: revised in the second period;
/// 4. no status history at all (its `status:` says complete): "not recorded" throughout;
/// 5. due 31 January, in progress in December 2013: overdue before either period, and asks in
///    June for more time and to be closed.
fn two_periods() -> Site {
    let mut completed = rec("complete");
    completed.deadline = Some(Deadline::Ongoing);
    completed.updates = vec![
        update("2014-02-10", Some("in-progress")),
        update("2014-05-20", Some("complete")),
    ];
    let mut fell = rec("in-progress");
    fell.updates = vec![update("2014-03-05", Some("in-progress"))];
    let mut revised = rec("in-progress");
    revised.revised_deadlines = vec![revision("2014-09-30", Some("2014-04-15"), None)];
    revised.updates = vec![update("2014-04-15", Some("in-progress"))];
    revised.responsible = vec!["PS".into()];
    let mut history = rec("complete");
    history.deadline = None;
    let mut late = rec("in-progress");
    late.deadline = Some(Deadline::Date(d("2014-01-31")));
    late.updates = vec![
        update("2013-12-01", Some("in-progress")),
        update("2014-06-10", None),
    ];
    late.revised_deadlines = vec![revision("2014-12-31", None, Some("2014-06-10"))];
    late.closure_requested = Some(d("2014-06-10"));
    site(vec![completed, fell, revised, history, late])
}

fn tally(s: [usize; 7]) -> Tally {
    let [
        total,
        not_started,
        in_progress,
        done,
        closed,
        not_recorded,
        overdue,
    ] = s;
    Tally {
        total,
        not_started,
        in_progress,
        done,
        closed,
        not_recorded,
        overdue,
    }
}

#[test]
fn the_first_period_january_to_march() {
    let site = two_periods();
    let f = find(&site, &report("2014-01-01", "2014-03-31"));
    // At the end of 31 December 2013 only 5 had a status (in progress), and it was not yet due.
    // total, not started, in progress, done, closed, not recorded, overdue
    assert_eq!(f.start, tally([5, 0, 1, 0, 0, 4, 0]));
    // By 31 March: 1, 2 and 5 in progress; 3 and 4 not recorded; 5 overdue (due 31 January).
    assert_eq!(f.end, tally([5, 0, 3, 0, 0, 2, 1]));
    assert!(f.completed.is_empty());
    assert_eq!(
        f.newly_overdue,
        vec![Dated {
            rec: (0, 4),
            date: d("2014-01-31"),
            status: status_on(
                &site.reviews[0].recommendations[4],
                &site.config.statuses,
                d("2014-03-31")
            ),
        }]
    );
    assert!(f.revised.is_empty());
    assert_eq!(f.updates, vec![((0, 0), 0), ((0, 1), 0)]);
    // No update in the period: 3 (PS), 4 and 5 (IC); 4 is "not recorded", so it is chased too.
    let chase: Vec<(&str, Vec<RecAt>)> = f
        .silent
        .iter()
        .map(|s| (s.party.as_str(), s.recs.clone()))
        .collect();
    assert_eq!(
        chase,
        vec![("IC", vec![(0, 3), (0, 4)]), ("PS", vec![(0, 2)])]
    );
    assert!(f.extensions.is_empty() && f.closures.is_empty());
    // April–June: 2 and 3 fall due on 30 April.
    assert_eq!(f.next, (d("2014-04-01"), d("2014-06-30")));
    let due: Vec<RecAt> = f.due_next.iter().map(|x| x.rec).collect();
    assert_eq!(due, vec![(0, 1), (0, 2)]);
    // 4 says complete with nothing to say what was done.
    assert_eq!(f.without_outcome, vec![(0, 3)]);
}

#[test]
fn the_second_period_april_to_june() {
    let site = two_periods();
    let f = find(&site, &report("2014-04-01", "2014-06-30"));
    assert_eq!(
        f.start,
        tally([5, 0, 3, 0, 0, 2, 1]),
        "the first period's end"
    );
    // 1 complete; 2, 3 and 5 in progress; 4 not recorded; 2 and 5 overdue (3 was revised).
    assert_eq!(f.end, tally([5, 0, 3, 1, 0, 1, 2]));
    let completed: Vec<(RecAt, Option<Category>, StatusOn)> = f
        .completed
        .iter()
        .map(|c| (c.rec, c.start.category(), c.end.clone()))
        .collect();
    assert_eq!(
        completed,
        vec![(
            (0, 0),
            Some(Category::InProgress),
            StatusOn::Recorded {
                key: "complete".into(),
                category: Category::Done,
                update: 1
            }
        )]
    );
    let fell: Vec<(RecAt, NaiveDate)> = f.newly_overdue.iter().map(|x| (x.rec, x.date)).collect();
    assert_eq!(fell, vec![((0, 1), d("2014-04-30"))]);
    assert_eq!(
        f.revised,
        vec![Revised {
            rec: (0, 2),
            revision: 0
        }]
    );
    assert_eq!(f.updates, vec![((0, 0), 1), ((0, 2), 0), ((0, 4), 1)]);
    let chase: Vec<(&str, Vec<RecAt>)> = f
        .silent
        .iter()
        .map(|s| (s.party.as_str(), s.recs.clone()))
        .collect();
    assert_eq!(chase, vec![("IC", vec![(0, 1), (0, 3)])]);
    assert_eq!(
        f.extensions,
        vec![Extension {
            rec: (0, 4),
            revision: 0,
            current: Some(Deadline::Date(d("2014-01-31")))
        }]
    );
    let closures: Vec<(RecAt, NaiveDate)> = f.closures.iter().map(|x| (x.rec, x.date)).collect();
    assert_eq!(closures, vec![((0, 4), d("2014-06-10"))]);
    assert_eq!(f.next, (d("2014-07-01"), d("2014-09-30")));
    let due: Vec<RecAt> = f.due_next.iter().map(|x| x.rec).collect();
    assert_eq!(due, vec![(0, 2)], "3's revised deadline of 30 September");
}
