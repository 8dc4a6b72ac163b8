//! One recommendation: raw → resolved by destructuring every field; its number checked as a safe
//! web address. Must not touch files or print.

use super::RESERVED_IN_REVIEW;
use super::check::Check;
use super::dates::{Published, deadline_not_before};
use super::links::written_links;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::one_of;
use crate::load::LoadedRec;
use crate::load::yaml::span_of;
use crate::model::raw::{RawAction, RawRecommendation, RawRevision, RawUpdate};
use crate::model::slug::{check_named, number_slug, shown};
use crate::model::*;

pub(super) fn recommendation(
    c: &mut Check,
    rec: &LoadedRec,
    published: Option<Published>,
) -> Option<Recommendation> {
    let LoadedRec { path, raw, body } = rec;
    let RawRecommendation {
        number,
        title,
        theme,
        recommendation,
        response,
        response_text,
        responsible,
        lead_officer,
        resources,
        deadline,
        revised_deadlines,
        status,
        actions,
        updates,
        outcome,
        evidence,
        closure_requested,
    } = raw;
    let mut ok = true;
    let num = number.value.trim().to_string();
    if let Err(why) = check_named(&num, &number_slug(&num)) {
        let d = c.err(
            number,
            format!(
                "`{}` cannot be a recommendation number: {}",
                shown(&num),
                why.explain()
            ),
        );
        d.label = Some("the number becomes part of the page's web address".into());
        d.hint = Some(match why.advice() {
            Some(a) => format!("{a}; use the number as published, such as `10`, `10a` or `1.2`"),
            None => "use the number as published, such as `10`, `10a` or `1.2`".into(),
        });
        ok = false;
    } else if RESERVED_IN_REVIEW.contains(&number_slug(&num).as_str()) {
        let d = c.err(number, format!("`{num}` cannot be a recommendation number: the review's page `{num}` is already there"));
        d.hint = Some("use the number as published, such as `10`, `10a` or `1.2`".into());
        ok = false;
    }
    let text = match (recommendation, body) {
        (Some(r), Some(b)) if !b.trim().is_empty() => {
            let d = c.err(r, "the recommendation is written twice: in `recommendation:` and as the text below the front matter".into());
            d.hint = Some("keep one of them".into());
            ok = false;
            Text::default()
        }
        (Some(r), _) => c.required_t(r, "recommendation"),
        (None, Some(b)) if !b.trim().is_empty() => {
            Text::new(b.trim(), c.texts.langs.default_lang())
        }
        (None, _) => {
            c.diags.push(Diagnostic::error(path.as_str(), "this recommendation has no text")
                .at(c.text, span_of(&number.referenced, c.text))
                .hint("add `recommendation: |` with what the panel asked for, on the lines below it"));
            ok = false;
            Text::default()
        }
    };
    let response_v = match Response::from_key(response.value.trim()) {
        Some(r) => Some(r),
        None => {
            let keys: Vec<&str> = Response::ALL.iter().map(|r| r.key()).collect();
            let v = response.value.trim().to_string();
            let d = c.err(response, format!("unknown response `{v}`"));
            d.label = Some("not one of the responses".into());
            d.hint = Some(one_of(&v, &keys, "responses"));
            None
        }
    };
    let responsible_v = c.names(responsible, "responsible");
    let deadline_v = deadline.as_ref().and_then(|d| {
        if is_ongoing(&d.value) {
            Some(Deadline::Ongoing)
        } else {
            let date = c.date(d, "deadline");
            if let Some(date) = date {
                deadline_not_before(c, d, date, published, "deadline");
            }
            date.map(Deadline::Date)
        }
    });
    if deadline
        .as_ref()
        .is_some_and(|d| deadline_v.is_none() && !d.value.trim().is_empty())
    {
        ok = false;
    }
    let mut revisions = Vec::new();
    for RawRevision {
        date,
        reason,
        agreed,
        requested,
    } in revised_deadlines.iter().flatten()
    {
        let d = if is_ongoing(&date.value) {
            Some(Deadline::Ongoing)
        } else {
            let d = c.date(date, "date");
            if let Some(d) = d {
                deadline_not_before(c, date, d, published, "revised deadline");
            }
            d.map(Deadline::Date)
        };
        let a = c.opt_date(agreed, "agreed");
        let asked = c.opt_date(requested, "requested");
        if requested.is_some() && asked.is_none() {
            ok = false;
        }
        let why = c.required_text(reason, "reason");
        match d {
            Some(d) => revisions.push(Revision {
                date: d,
                reason: why,
                agreed: a,
                requested: asked,
            }),
            None => ok = false,
        }
    }
    let status_v = c.status(status);
    let mut actions_v = Vec::new();
    for (
        i,
        RawAction {
            action,
            responsible,
            status,
        },
    ) in actions.iter().flatten().enumerate()
    {
        let st = status.as_ref().map(|s| c.status(s));
        if matches!(st, Some(None)) {
            ok = false;
        }
        let who = responsible
            .as_ref()
            .map(|r| c.names(r, "responsible"))
            .unwrap_or_default();
        actions_v.push(Action {
            action: c.required_t(action, &format!("action {}", i + 1)),
            responsible: who,
            status: st.flatten(),
        });
    }
    let mut updates_v = Vec::new();
    for (i, RawUpdate { date, status, text }) in updates.iter().flatten().enumerate() {
        let d = c.date(date, "date");
        let st = status.as_ref().map(|s| c.status(s));
        if matches!(st, Some(None)) {
            ok = false;
        }
        let t = c.required_t(text, &format!("update {} text", i + 1));
        match d {
            Some(d) => updates_v.push(Update {
                date: d,
                status: st.flatten(),
                text: t,
            }),
            None => ok = false,
        }
    }
    // Oldest first; updates of one day in the order they were written, whichever way the file
    // runs (a file written newest first is read from its end), so that a new update on the same
    // day comes after the others and theirs feeds' ids (by position in the day) stay the same.
    if updates_v.first().map(|u| u.date) > updates_v.last().map(|u| u.date) {
        updates_v.reverse();
    }
    updates_v.sort_by_key(|u| u.date);
    let evidence_v = c.links(evidence, "evidence");
    let closure_v = c.opt_date(closure_requested, "closure_requested");
    if closure_requested.is_some() && closure_v.is_none() {
        ok = false;
    }
    let r = Recommendation {
        slug: number_slug(&num),
        number: RecNumber(num),
        title: c.opt_t(title, "title"),
        theme: c.opt_t(theme, "theme"),
        recommendation: text,
        response: response_v?,
        response_text: c.opt_t(response_text, "response_text"),
        responsible: responsible_v,
        lead_officer: c.opt_text(lead_officer),
        resources: c.opt_t(resources, "resources"),
        deadline: deadline_v,
        revised_deadlines: revisions,
        status: status_v?,
        actions: actions_v,
        updates: updates_v,
        outcome: c.opt_t(outcome, "outcome"),
        evidence: evidence_v,
        closure_requested: closure_v,
        source: path.clone(),
        status_at: key_at(c.text, span_of(&status.referenced, c.text).start, "status"),
        links: Vec::new(),
    };
    let r = Recommendation {
        links: written_links(
            c.text,
            r.recommendation
                .all()
                .chain(r.response_text.iter().flat_map(Text::all))
                .chain(r.outcome.iter().flat_map(Text::all))
                .chain(r.updates.iter().flat_map(|u| u.text.all())),
        ),
        ..r
    };
    ok.then_some(r)
}

/// Where the key `key` of a top-level field is written, from where its value starts: on the
/// same line, at its start.
fn key_at(text: &str, value_at: usize, key: &str) -> Option<Span> {
    let line = text.get(..value_at)?.rfind('\n').map_or(0, |i| i + 1);
    text[line..]
        .starts_with(&format!("{key}:"))
        .then_some(line..line + key.len())
}

/// `ongoing` (or `on-going`), any case: a deadline with no end date.
fn is_ongoing(value: &str) -> bool {
    value.trim().eq_ignore_ascii_case("ongoing") || value.trim().eq_ignore_ascii_case("on-going")
}
