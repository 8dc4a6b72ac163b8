//! The views of a review's life, as its page, the work programme and the lists of reviews show
//! it: its stage in words, its steps in order (one current), the response that is due (and
//! whether it is late), and the impact assessment. They borrow from the SiteIndex. Pure.

use super::views::{DateView, date};
use crate::i18n::{Arg, Say};
use crate::index::{PageKind, SiteIndex};
use crate::life::{self, StepState};
use crate::model::{Rating, Stage};
use serde::Serialize;

/// A stage as templates show it.
#[derive(Serialize)]
pub struct StageView {
    /// The key, for the style and for templates to test (`awaiting-response`).
    pub key: &'static str,
    /// The stage in words, in the page's language ("Awaiting the response").
    pub label: String,
    /// When the stage began, where known.
    pub since: Option<DateView>,
    /// `stage:` is written in the content (else it was inferred).
    pub stated: bool,
}

/// An impact rating as templates show it.
#[derive(Serialize)]
pub struct RatingView {
    /// The key, for the style (`too-early`).
    pub key: &'static str,
    /// The rating in words, in the page's language ("Some impact").
    pub label: String,
}

/// The rating as a template shows it.
pub fn rating(say: Say<'_>, r: Rating) -> RatingView {
    RatingView {
        key: r.key(),
        label: say.with("rating-label", &[("key", Arg::from(r.key()))]),
    }
}

/// A stage in words, in the page's language.
pub fn stage_label(say: Say<'_>, s: Stage) -> String {
    say.with("stage-label", &[("key", Arg::from(s.key()))])
}

/// The formal response: when it is due, and whether it is (or was) late.
#[derive(Serialize)]
pub struct ResponseView {
    /// When it is due, where a report is published.
    pub due: Option<DateView>,
    /// When it was given, where recorded.
    pub given: Option<DateView>,
    /// Awaited past its due date.
    pub late: bool,
    /// Days late, while late.
    pub days_late: i64,
    /// How late, in words ("3 months"), while late.
    pub late_for: Option<String>,
    /// How late it was given, in words, when it was given after its due date.
    pub given_late_by: Option<String>,
}

/// A review's life, in short: what lists of reviews show.
#[derive(Serialize)]
pub struct LifeCard {
    /// Where the review is now.
    pub stage: StageView,
    /// When the report is expected, for a review not yet reported.
    pub expected: Option<DateView>,
    /// The response that is due.
    pub response: ResponseView,
    /// What the impact assessment found, once made.
    pub rating: Option<RatingView>,
    /// When the impact assessment was made.
    pub assessed: Option<DateView>,
    /// Every recommendation is done or closed, and the review is still monitored.
    pub ready_for_impact: bool,
}

/// The review at `ri` of the index, its life in short.
pub fn card(ix: &SiteIndex, say: Say<'_>, ri: usize) -> LifeCard {
    let r = &ix.site.reviews[ri];
    let f = &ix.review_life[ri];
    LifeCard {
        stage: StageView {
            key: r.stage.key(),
            label: stage_label(say, r.stage),
            since: f.since.map(|d| date(say, d)),
            stated: r.stage_stated,
        },
        expected: r
            .expected
            .filter(|_| r.stage.before_report())
            .map(|d| date(say, d)),
        response: ResponseView {
            due: f.response_due.map(|d| date(say, d)),
            given: r.response_date.map(|d| date(say, d)),
            late: f.late,
            days_late: f.days_late,
            late_for: f.late.then(|| say.duration(f.days_late)),
            given_late_by: f.answered_late_by.map(|d| say.duration(d)),
        },
        rating: r.impact.as_ref().map(|i| rating(say, i.rating)),
        assessed: r.impact.as_ref().map(|i| date(say, i.date)),
        ready_for_impact: f.ready_for_impact,
    }
}

/// One step of a review's life, as its page lists it.
#[derive(Serialize)]
pub struct StepView {
    /// The stage's key (`monitoring`).
    pub key: &'static str,
    /// The stage in words.
    pub label: String,
    /// `done`, `current`, `to-come` or `skipped`, for the style.
    pub state: &'static str,
    /// The state in words ("Current stage"), so it is not told by style alone.
    pub state_label: String,
    /// Where the review is now: `aria-current="step"`.
    pub current: bool,
    /// When it began, where known.
    pub began: Option<DateView>,
    /// For a step to come, when it is expected.
    pub expected: Option<DateView>,
    /// Why, where given (a withdrawal).
    pub reason: Option<String>,
}

/// The impact assessment, as its own section of the review's page.
#[derive(Serialize)]
pub struct ImpactView<'a> {
    /// What it found.
    pub rating: RatingView,
    /// When it was made.
    pub date: DateView,
    /// Who made it, where given.
    pub by: Option<&'a str>,
    /// What changed for residents, as HTML.
    pub html: &'a str,
}

/// A review's whole life, as its page shows it.
#[derive(Serialize)]
pub struct LifeView<'a> {
    /// Its life in short.
    pub card: LifeCard,
    /// Every step, in order.
    pub steps: Vec<StepView>,
    /// Why the review was chosen.
    pub origin: Option<&'a str>,
    /// The scoping document or terms of the review, as HTML.
    pub scope_html: Option<&'a str>,
    /// The impact assessment, once made.
    pub impact: Option<ImpactView<'a>>,
    /// The work programme's address.
    pub programme_url: String,
}

/// The life of the review at `ri`, for its page.
pub fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, ri: usize) -> LifeView<'a> {
    let r = &ix.site.reviews[ri];
    let f = &ix.review_life[ri];
    let html = &ix.review_life_html[ri];
    LifeView {
        card: card(ix, say, ri),
        steps: life::steps(r, f)
            .into_iter()
            .map(|s| StepView {
                key: s.stage.key(),
                label: stage_label(say, s.stage),
                state: s.state.key(),
                state_label: say.with("step-state-label", &[("key", Arg::from(s.state.key()))]),
                current: s.state == StepState::Current,
                began: s.began.map(|d| date(say, d)),
                expected: s.expected.map(|d| date(say, d)),
                reason: s.reason,
            })
            .collect(),
        origin: r.origin.as_deref(),
        scope_html: html.scope.as_deref(),
        impact: r.impact.as_ref().map(|i| ImpactView {
            rating: rating(say, i.rating),
            date: date(say, i.date),
            by: i.by.as_deref(),
            html: html.impact.as_deref().unwrap_or(""),
        }),
        programme_url: ix.url(PageKind::Programme),
    }
}

/// The group of the work programme a stage belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Proposed, not begun.
    Proposed,
    /// Scoping, gathering evidence or writing the report.
    UnderWay,
    /// The report out, the response awaited.
    Awaiting,
    /// The response given, the recommendations monitored.
    Monitoring,
    /// Its impact assessed (closed or not).
    Assessed,
    /// Closed without an impact assessment.
    Closed,
    /// Stopped before it was finished.
    Withdrawn,
}

/// The programme's group for a review at `stage`, assessed or not.
pub fn group(stage: Stage, assessed: bool) -> Group {
    match stage {
        Stage::Proposed => Group::Proposed,
        Stage::Scoping | Stage::Evidence | Stage::Reporting => Group::UnderWay,
        Stage::AwaitingResponse => Group::Awaiting,
        Stage::Monitoring => Group::Monitoring,
        Stage::ImpactAssessed => Group::Assessed,
        Stage::Closed if assessed => Group::Assessed,
        Stage::Closed => Group::Closed,
        Stage::Withdrawn => Group::Withdrawn,
    }
}
