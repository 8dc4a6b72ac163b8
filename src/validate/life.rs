//! A review's life checked: its `stage`, its `stages` history (never backwards in time, a reason
//! for a withdrawal), `origin`, `scope`, `expected`, `response_due` and `impact`; and the stage
//! inferred where none is written. What the stage asks of the rest of the review (a `published`
//! date from `awaiting-response` on, an `impact` once `impact-assessed`) is checked here too.
//! Must not touch files or print.

use super::check::Check;
use crate::diagnostics::{Diagnostic, one_of};
use crate::load::yaml::span_of;
use crate::model::raw::{RawImpact, RawStageEntry, S};
use crate::model::{Impact, Rating, Stage, StageEntry};
use chrono::NaiveDate;

/// The life fields of a review's front matter, as written.
pub(super) struct Written<'r> {
    pub stage: &'r Option<S<String>>,
    pub stages: &'r Option<Vec<RawStageEntry>>,
    pub origin: &'r Option<S<String>>,
    pub scope: &'r Option<S<String>>,
    pub expected: &'r Option<S<String>>,
    pub response_due: &'r Option<S<String>>,
    pub impact: &'r Option<RawImpact>,
}

/// The life fields read one by one; what they say together is `settle`'s.
pub(super) struct Read<'r> {
    /// `stage:` as written and read; `None` inside when it is not a stage (already reported).
    stage: Option<(&'r S<String>, Option<Stage>)>,
    /// The entries of `stages:` that could be read, with where their `stage:` is written.
    stages: Vec<(StageEntry, &'r S<String>)>,
    /// Some entry of `stages:` could not be read (already reported).
    stages_bad: bool,
    origin: Option<String>,
    scope: Option<String>,
    expected: Option<NaiveDate>,
    response_due: Option<(NaiveDate, &'r S<String>)>,
    /// The assessment, with where its date is written.
    impact: Option<(Impact, &'r S<String>)>,
    /// `impact:` is written but could not be read (already reported).
    impact_bad: bool,
}

/// The life of a review, resolved.
pub(super) struct Life {
    pub stage: Stage,
    pub stage_stated: bool,
    pub stages: Vec<StageEntry>,
    pub origin: Option<String>,
    pub scope: Option<String>,
    pub expected: Option<NaiveDate>,
    pub response_due: Option<NaiveDate>,
    pub impact: Option<Impact>,
    pub stage_at: Option<crate::model::Span>,
}

/// What the rest of the review says that its life depends on.
pub(super) struct Around {
    pub published: Option<NaiveDate>,
    pub response_date: Option<NaiveDate>,
    pub has_recommendations: bool,
}

/// Reads each life field, reporting every value that is not right.
pub(super) fn read<'r>(c: &mut Check, w: Written<'r>) -> Read<'r> {
    let Written {
        stage,
        stages,
        origin,
        scope,
        expected,
        response_due,
        impact,
    } = w;
    let stage = stage.as_ref().map(|s| (s, stage_key(c, s)));
    let mut entries: Vec<(StageEntry, &S<String>)> = Vec::new();
    let mut stages_bad = false;
    for RawStageEntry {
        stage,
        date,
        reason,
    } in stages.iter().flatten()
    {
        let (key, day) = (stage_key(c, stage), c.date(date, "date"));
        let (Some(key), Some(day)) = (key, day) else {
            stages_bad = true;
            continue;
        };
        if let Some((before, _)) = entries.last().filter(|(b, _)| day < b.date) {
            let d = c.err(
                date,
                format!(
                    "the stage history goes backwards in time: `{}` begins on {}, before `{}` above it ({})",
                    key.key(),
                    iso(day),
                    before.stage.key(),
                    iso(before.date)
                ),
            );
            d.label = Some("earlier than the entry above it".into());
            d.hint = Some("list the stages in the order they happened, each dated on or after the one above it; check the year, month and day".into());
            stages_bad = true;
        }
        entries.push((
            StageEntry {
                stage: key,
                date: day,
                reason: c.opt_text(reason),
            },
            stage,
        ));
    }
    let impact_read = impact.as_ref().map(|i| self::impact(c, i));
    Read {
        stage,
        stages: entries,
        stages_bad,
        origin: c.opt_text(origin),
        scope: c.opt_text(scope),
        expected: c.opt_date(expected, "expected"),
        response_due: response_due
            .as_ref()
            .and_then(|s| c.date(s, "response_due").map(|d| (d, s))),
        impact_bad: matches!(impact_read, Some(None)),
        impact: impact_read.flatten(),
    }
}

/// The stage a review is at, and the rules that stage sets for the rest of it.
pub(super) fn settle(c: &mut Check, read: Read, around: &Around) -> Option<Life> {
    let Read {
        stage,
        stages,
        stages_bad,
        origin,
        scope,
        expected,
        response_due,
        impact,
        impact_bad,
    } = read;
    let latest = stages.last().map(|(e, at)| (e.stage, *at));
    let stage_stated = stage.is_some();
    let (current, at) = match stage {
        Some((_, None)) => return None,
        Some((at, Some(s))) => (s, Some(at)),
        None => match latest {
            Some((s, at)) => (s, Some(at)),
            None => (infer(around), None),
        },
    };
    if let (Some(at), Some((last, _))) = (at, latest)
        && !stages_bad
        && last != Stage::Withdrawn
        && current != Stage::Withdrawn
        && last > current
    {
        let d = c.err(
            at,
            format!(
                "the review is at the stage `{}`, but its stage history says it reached `{}`",
                current.key(),
                last.key()
            ),
        );
        d.label = Some("earlier than the latest entry of `stages:`".into());
        d.hint = Some(format!(
            "set `stage: {}`, or correct the latest entry of `stages:`",
            last.key()
        ));
    }
    if let Some(at) = at {
        if current == Stage::Withdrawn && !stages_bad {
            withdrawn_says_why(c, at, &stages);
        }
        if current.reported() && around.published.is_none() {
            let d = c.err(
                at,
                format!(
                    "the review is at the stage `{}`, which comes after its report, but it has no `published:` date",
                    current.key()
                ),
            );
            d.label = Some("needs the report's date".into());
            d.hint = Some("add `published:` with the date of the report, such as `published: 2011-12-06`; if the report is not out yet, set `stage:` to `reporting` or earlier".into());
        }
        if current == Stage::ImpactAssessed && impact.is_none() && !impact_bad {
            let d = c.err(
                at,
                "the review is `impact-assessed`, but it has no `impact:` saying what the assessment found".into(),
            );
            d.label = Some("no `impact:` is written".into());
            d.hint = Some("add `impact:` with `date:`, `by:`, `rating:` (significant, some, little, none or too-early) and `text:` saying what changed for residents; or set `stage: monitoring` until the assessment is made".into());
        }
    }
    if let (Some(at), Some(published)) = (at, around.published)
        && current.before_report()
    {
        let d = Diagnostic::warning(
            c.path,
            format!(
                "the review has a `published:` date ({}), but its stage `{}` comes before the report",
                iso(published),
                current.key()
            ),
        )
        .at(c.text, span_of(&at.referenced, c.text))
        .label("before the report")
        .hint("once the report is published, set `stage: awaiting-response` (or `monitoring` once the response is given); if the report is not out, remove `published:`");
        c.diags.push(d);
    }
    if let Some((_, at)) = &impact
        && current < Stage::ImpactAssessed
    {
        let d = Diagnostic::warning(
            c.path,
            format!(
                "this review has an impact assessment, but its stage is `{}`, so the programme lists it as {}",
                current.key(),
                current.label().to_lowercase()
            ),
        )
        .at(c.text, span_of(&at.referenced, c.text))
        .label("the assessment's date")
        .hint("set `stage: impact-assessed` (or `closed`) now the assessment is made");
        c.diags.push(d);
    }
    if let (Some((due, at)), Some(published)) = (response_due, around.published)
        && due < published
    {
        let d = c.err(
            at,
            format!(
                "the response is due on {}, before the report was published ({})",
                iso(due),
                iso(published)
            ),
        );
        d.label = Some("before the report's date".into());
        d.hint = Some("check the year, month and day of `response_due:`; leave it out for the usual two months after `published:`".into());
    }
    Some(Life {
        stage: current,
        stage_stated,
        stages: stages.into_iter().map(|(e, _)| e).collect(),
        origin,
        scope,
        expected,
        response_due: response_due.map(|(d, _)| d),
        impact: impact.map(|(i, _)| i),
        stage_at: at.map(|at| span_of(&at.referenced, c.text)),
    })
}

/// The stage of a review that does not say: `monitoring` once published with recommendations or
/// a response, `awaiting-response` when published without, `reporting` before.
pub(super) fn infer(around: &Around) -> Stage {
    match around.published {
        Some(_) if around.has_recommendations || around.response_date.is_some() => {
            Stage::Monitoring
        }
        Some(_) => Stage::AwaitingResponse,
        None => Stage::Reporting,
    }
}

/// A withdrawn review's latest `stages:` entry is its withdrawal, with a reason.
fn withdrawn_says_why(c: &mut Check, at: &S<String>, stages: &[(StageEntry, &S<String>)]) {
    match stages.last() {
        Some((e, _)) if e.stage == Stage::Withdrawn && e.reason.is_some() => {}
        Some((e, entry_at)) if e.stage == Stage::Withdrawn => {
            let d = c.err(
                entry_at,
                "this withdrawal does not say why the review was withdrawn".into(),
            );
            d.label = Some("needs a `reason:`".into());
            d.hint = Some(
                "add `reason:` to this entry, such as `reason: The service was brought back in-house`"
                    .into(),
            );
        }
        _ => {
            let d = c.err(
                at,
                "the review is `withdrawn`, but its stage history does not say when or why".into(),
            );
            d.label = Some("no withdrawal in `stages:`".into());
            d.hint = Some("add an entry at the end of `stages:`, such as `- { stage: withdrawn, date: 2012-01-10, reason: The service was brought back in-house }`".into());
        }
    }
}

/// A stage key, or an error with the nearest one.
fn stage_key(c: &mut Check, s: &S<String>) -> Option<Stage> {
    let v = s.value.trim();
    if let Some(stage) = Stage::from_key(v) {
        return Some(stage);
    }
    let d = c.err(s, format!("unknown stage `{v}`"));
    d.label = Some("not one of the stages".into());
    d.hint = Some(one_of(v, &Stage::keys(), "stages, in order,"));
    None
}

/// `impact:` read; `None` when some part of it is not right (reported).
fn impact<'r>(c: &mut Check, i: &'r RawImpact) -> Option<(Impact, &'r S<String>)> {
    let RawImpact {
        date,
        by,
        rating,
        text,
    } = i;
    let day = c.date(date, "date");
    let v = rating.value.trim();
    let rating_key = Rating::from_key(v);
    if rating_key.is_none() {
        let d = c.err(rating, format!("unknown impact rating `{v}`"));
        d.label = Some("not one of the ratings".into());
        d.hint = Some(one_of(v, &Rating::keys(), "ratings"));
    }
    let text = c.required_text(text, "text");
    Some((
        Impact {
            date: day?,
            by: c.opt_text(by),
            rating: rating_key?,
            text,
        },
        date,
    ))
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
