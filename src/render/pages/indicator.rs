//! `/indicators/<id>/`: one indicator's chart, the same figures in a table, its benchmarks and
//! the recommendations linked to it. Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
use crate::indicator::{change, change_words, judge, with_unit};
use crate::render::cards::{IndicatorCard, indicator_card};
use crate::render::chart;
use crate::render::views::{LinkView, RecRow, link, rec_row};
use serde::Serialize;

#[derive(Serialize)]
struct ValueRow<'a> {
    period: &'a str,
    /// `None`: no figure ("n/a").
    value: Option<String>,
    note: Option<&'a str>,
    /// "on target", "below target"...
    against_target: Option<String>,
    /// Since the row with a figure before: "up 9.2 points, better".
    change: Option<String>,
}

#[derive(Serialize)]
struct BenchmarkRow<'a> {
    label: &'a str,
    value: String,
    source: Option<LinkView<'a>>,
    /// "3.3 points above Sector median (74%), better".
    comparison: String,
}

/// What `indicator.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    indicator: IndicatorCard<'a>,
    description_html: &'a Option<String>,
    chart: chart::Chart,
    rows: Vec<ValueRow<'a>>,
    benchmark_rows: Vec<BenchmarkRow<'a>>,
    recs: Vec<RecRow<'a>>,
    source: &'a str,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, i: usize) -> View<'a> {
    let ind = &ix.site.indicators[i];
    let unit = ind.unit.as_str();
    let mut previous = None;
    let rows: Vec<ValueRow> = ind
        .values
        .iter()
        .map(|v| {
            let change = v
                .value
                .zip(previous)
                .map(|(f, p)| change_words(say, &change(say, p, f, ind.better, unit)));
            if v.value.is_some() {
                previous = v.value;
            }
            ValueRow {
                period: &v.period.label,
                value: v.value.map(|f| with_unit(f, unit)),
                note: v.note.as_deref(),
                against_target: v
                    .value
                    .zip(ind.target)
                    .map(|(f, t)| judge(say, f, t, ind.better).1),
                change,
            }
        })
        .collect();
    let benchmarks: Vec<BenchmarkRow> = ind
        .benchmarks
        .iter()
        .zip(crate::indicator::read(ind, say).benchmarks)
        .map(|(b, comparison)| BenchmarkRow {
            label: &b.label,
            value: with_unit(b.value, unit),
            source: b.source.as_ref().map(|l| link(say, l)),
            comparison,
        })
        .collect();
    View {
        indicator: indicator_card(ix, say, i),
        description_html: &ix.indicators_html[i],
        chart: chart::chart(ind, say),
        rows,
        benchmark_rows: benchmarks,
        recs: ix.indicator_recs[i]
            .iter()
            .map(|&r| rec_row(ix, say, r))
            .collect(),
        source: &ind.path,
    }
}
