//! `/reviews/<slug>/<number>/`: one recommendation, its response, actions, revised deadlines,
//! updates (newest first), evidence, linked indicators and its neighbours. Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
use crate::render::cards::{DataLinks, IndicatorCard, data_links, indicator_card};
use crate::render::views::{
    DateView, DeadlineView, LinkView, PartyRef, RecRow, StatusView, UpdateView, abbr, date,
    deadline, link, parties, rec_row, status, update,
};
use serde::Serialize;

#[derive(Serialize)]
struct RevisionView<'a> {
    date: DeadlineView,
    reason: &'a str,
    agreed: Option<DateView>,
    requested: Option<DateView>,
    /// Asked for and not yet agreed: not in force.
    pending: bool,
}

#[derive(Serialize)]
struct ActionView<'a> {
    html: &'a str,
    responsible: Vec<PartyRef<'a>>,
    status: Option<StatusView<'a>>,
}

/// A Tenant Satisfaction Measure linked to the recommendation.
#[derive(Serialize)]
struct TsmLink<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
}

/// What `recommendation.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    rec: RecRow<'a>,
    recommendation_html: &'a str,
    response_text_html: &'a Option<String>,
    outcome_html: &'a Option<String>,
    lead_officer: Option<String>,
    resources: Option<&'a str>,
    revisions_in_force: usize,
    revisions: Vec<RevisionView<'a>>,
    actions: Vec<ActionView<'a>>,
    updates: Vec<UpdateView<'a>>,
    evidence: Vec<LinkView<'a>>,
    previous: Option<RecRow<'a>>,
    next: Option<RecRow<'a>>,
    stale_after_days: u32,
    source: &'a str,
    indicators: Vec<IndicatorCard<'a>>,
    tsm_measures: Vec<TsmLink<'a>>,
    review_feed: String,
    data_links: DataLinks,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, idx: usize) -> View<'a> {
    let e = &ix.recs[idx];
    let r = ix.rec(idx);
    let range = ix.review_recs[e.review].clone();
    // The timeline reads newest first; updates of the same day keep the order they were written in.
    let mut order: Vec<usize> = (0..r.updates.len()).collect();
    order.sort_by(|&a, &b| r.updates[b].date.cmp(&r.updates[a].date));
    let links = data_links(ix, say, e.review);
    let html = e.html.get(say.lang);
    View {
        rec: rec_row(ix, say, idx),
        recommendation_html: &html.recommendation,
        response_text_html: &html.response_text,
        outcome_html: &html.outcome,
        lead_officer: r.lead_officer.as_deref().map(|l| abbr(ix, say, l)),
        resources: r.resources.as_ref().map(|t| say.content(t)),
        revisions_in_force: r
            .revised_deadlines
            .iter()
            .filter(|v| !v.is_pending())
            .count(),
        revisions: r
            .revised_deadlines
            .iter()
            .map(|v| RevisionView {
                date: deadline(say, v.date),
                reason: &v.reason,
                agreed: v.agreed.map(|d| date(say, d)),
                requested: v.requested.map(|d| date(say, d)),
                pending: v.is_pending(),
            })
            .collect(),
        actions: r
            .actions
            .iter()
            .zip(&html.actions)
            .map(|(a, html)| ActionView {
                html,
                responsible: parties(ix, say, &a.responsible),
                status: a.status.as_deref().map(|s| status(ix, say, s)),
            })
            .collect(),
        updates: order
            .into_iter()
            .map(|u| update(ix, say, (idx, u)))
            .collect(),
        evidence: r.evidence.iter().map(|l| link(say, l)).collect(),
        previous: (idx > range.start).then(|| rec_row(ix, say, idx - 1)),
        next: (idx + 1 < range.end).then(|| rec_row(ix, say, idx + 1)),
        stale_after_days: ix.site.config.stale_after_days,
        source: &r.source,
        indicators: ix.rec_indicators[idx]
            .iter()
            .map(|&i| indicator_card(ix, say, i))
            .collect(),
        tsm_measures: ix.rec_tsm[idx]
            .iter()
            .map(|&m| {
                let measure = &crate::tsm::catalogue().measures[m];
                TsmLink {
                    code: &measure.code,
                    name: &measure.name,
                    url: ix.url(crate::index::PageKind::TsmMeasure(m)),
                }
            })
            .collect(),
        review_feed: links.feed.clone(),
        data_links: links,
    }
}
