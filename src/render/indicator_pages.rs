//! The template contexts of the indicator pages: `/indicators/` (every indicator against its
//! target) and `/indicators/<id>/` (the chart, the same figures in a table, benchmarks, linked
//! recommendations). Pure.

use super::chart;
use super::views::*;
use crate::index::SiteIndex;
use crate::indicator::{change, judge, with_unit};
use serde::Serialize;
use tera::Context;

/// `/indicators/`.
pub fn index(ix: &SiteIndex, ctx: &mut Context) {
    ctx.insert(
        "indicators",
        &(0..ix.site.indicators.len())
            .map(|i| indicator_card(ix, i))
            .collect::<Vec<_>>(),
    );
}

#[derive(Serialize)]
struct ValueRow<'a> {
    period: &'a str,
    /// `None`: no figure ("n/a").
    value: Option<String>,
    note: Option<&'a str>,
    /// "on target", "below target"...
    against_target: Option<&'static str>,
    /// Since the row with a figure before: "up 9.2 points, better".
    change: Option<String>,
}

#[derive(Serialize)]
struct BenchmarkRow<'a> {
    label: &'a str,
    value: String,
    source: Option<LinkView<'a>>,
    /// "3.3 points above Sector median (74%), better".
    comparison: &'a str,
}

/// `/indicators/<id>/`.
pub fn page(ix: &SiteIndex, i: usize, ctx: &mut Context) {
    let ind = &ix.site.indicators[i];
    let unit = ind.unit.as_str();
    let mut previous = None;
    let rows: Vec<ValueRow> = ind
        .values
        .iter()
        .map(|v| {
            let change = v.value.zip(previous).map(|(f, p)| {
                let c = change(p, f, ind.better, unit);
                match c.better {
                    None => c.amount,
                    Some(true) => format!("{}, better", c.amount),
                    Some(false) => format!("{}, worse", c.amount),
                }
            });
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
                    .map(|(f, t)| judge(f, t, ind.better).1),
                change,
            }
        })
        .collect();
    let benchmarks: Vec<BenchmarkRow> = ind
        .benchmarks
        .iter()
        .zip(&ix.readings[i].benchmarks)
        .map(|(b, comparison)| BenchmarkRow {
            label: &b.label,
            value: with_unit(b.value, unit),
            source: b.source.as_ref().map(link),
            comparison,
        })
        .collect();
    ctx.insert("indicator", &indicator_card(ix, i));
    ctx.insert("description_html", &ix.indicators_html[i]);
    ctx.insert("chart", &chart::chart(ind));
    ctx.insert("rows", &rows);
    ctx.insert("benchmark_rows", &benchmarks);
    ctx.insert(
        "recs",
        &ix.indicator_recs[i]
            .iter()
            .map(|&r| rec_row(ix, r))
            .collect::<Vec<_>>(),
    );
    ctx.insert("source", &ind.path);
}
