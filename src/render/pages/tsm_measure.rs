//! `/tsm/<code>/`: one Tenant Satisfaction Measure over the years: what it measures, a chart per
//! tenure or part (the indicators' bar chart, `render::chart`) with the same figures in a table,
//! the benchmarks, and the recommendations linked to it. Pure.

use super::tsm::{column_label, columns, higher_words, tenure_label};
use crate::i18n::{Arg, Say};
use crate::index::{PageKind, SiteIndex};
use crate::indicator::with_unit;
use crate::model::tsm::{Column, TsmState};
use crate::model::{Benchmark, Better, Indicator, IndicatorValue, period};
use crate::render::chart;
use crate::render::views::{LinkView, RecRow, link, rec_row};
use crate::tsm::{Higher, Unit, catalogue};
use serde::Serialize;

#[derive(Serialize)]
struct YearRow<'a> {
    year: &'a str,
    url: String,
    value: Option<String>,
    /// Why there is no figure: "Not applicable: ...", "Not yet entered".
    missing: Option<String>,
    change: Option<String>,
}

#[derive(Serialize)]
struct Series<'a> {
    label: String,
    chart: chart::Chart,
    rows: Vec<YearRow<'a>>,
}

#[derive(Serialize)]
struct BenchmarkRow<'a> {
    year: &'a str,
    label: &'a str,
    source: Option<LinkView<'a>>,
    column: String,
    value: String,
    comparison: Option<String>,
}

#[derive(Serialize)]
struct Source<'a> {
    year: &'a str,
    link: LinkView<'a>,
}

/// What `tsm-measure.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    code: &'a str,
    name: &'a str,
    definition: &'a str,
    group: String,
    unit: String,
    higher: String,
    tenures: Vec<String>,
    series: Vec<Series<'a>>,
    benchmarks: Vec<BenchmarkRow<'a>>,
    recs: Vec<RecRow<'a>>,
    sources: Vec<Source<'a>>,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, mi: usize) -> View<'a> {
    let cat = catalogue();
    let m = &cat.measures[mi];
    let unit = m.unit.symbol();
    let years = &ix.site.tsm;
    let mut cols: Vec<Column> = years.iter().flat_map(|y| columns(m, y)).collect();
    cols.sort();
    cols.dedup();
    let series =
        cols.iter()
            .map(|&col| {
                let mut values = Vec::new();
                let mut rows = Vec::new();
                let mut before = None;
                for (yi, y) in years.iter().enumerate() {
                    let tm = &y.measures[mi];
                    let now = tm.value(col);
                    let missing = match &tm.state {
                        TsmState::Figures(_) if now.is_none() => {
                            Some(say.word("tsm-missing-no-figure"))
                        }
                        TsmState::Figures(_) => None,
                        TsmState::NotApplicable(why) => Some(say.with(
                            "tsm-missing-not-applicable",
                            &[("reason", Arg::from(why.as_str()))],
                        )),
                        TsmState::NotEntered => Some(say.word("tsm-missing-not-entered")),
                    };
                    rows.push(YearRow {
                        year: &y.label,
                        url: ix.url(PageKind::TsmYear(yi)),
                        value: now.map(|f| with_unit(f, unit)),
                        missing,
                        change: now
                            .zip(before)
                            .map(|(n, b)| crate::tsm::change(say, b, n, m)),
                    });
                    if now.is_some() {
                        before = now;
                    }
                    if let Ok(mut p) = period::parse(&y.slug) {
                        p.label = y.label.clone();
                        values.push(IndicatorValue {
                            period: p,
                            value: now,
                            note: None,
                        });
                    }
                }
                let latest = years.last().map(|y| &y.benchmarks);
                let as_indicator = Indicator {
                    id: m.slug(),
                    title: format!("{} {}", m.code, m.name).into(),
                    description: None,
                    unit: unit.to_string(),
                    better: if m.higher == Higher::Worse {
                        Better::Lower
                    } else {
                        Better::Higher
                    },
                    target: None,
                    values,
                    benchmarks: latest
                        .into_iter()
                        .flatten()
                        .filter_map(|b| {
                            b.values.iter().find(|(i, c, _)| *i == mi && *c == col).map(
                                |&(_, _, f)| Benchmark {
                                    label: b.label.clone(),
                                    value: f,
                                    source: None,
                                },
                            )
                        })
                        .collect(),
                    recommendations: Vec::new(),
                    source: None,
                    path: String::new(),
                };
                let mut c = chart::chart(&as_indicator, say);
                if m.higher == Higher::Neither {
                    c.description = c.description.replacen(
                        &say.word("chart-desc-higher"),
                        &say.word("tsm-chart-desc-neither"),
                        1,
                    );
                }
                Series {
                    label: column_label(say, m, col),
                    chart: c,
                    rows,
                }
            })
            .collect();
    let mut benchmarks = Vec::new();
    for y in years {
        for b in &y.benchmarks {
            for &(i, col, f) in &b.values {
                if i != mi {
                    continue;
                }
                benchmarks.push(BenchmarkRow {
                    year: &y.label,
                    label: &b.label,
                    source: b.source.as_ref().map(|l| link(say, l)),
                    column: column_label(say, m, col),
                    value: with_unit(f, unit),
                    comparison: y.measures[mi]
                        .value(col)
                        .map(|v| crate::tsm::against(say, v, f, m)),
                });
            }
        }
    }
    View {
        code: &m.code,
        name: &m.name,
        definition: &m.definition,
        group: say.word(&format!("tsm-group-{}", m.group)),
        unit: say.word(match m.unit {
            Unit::Percent => "tsm-unit-percent",
            Unit::Per1000Homes => "tsm-unit-per-1000-homes",
        }),
        higher: higher_words(say, m),
        tenures: m.tenures.iter().map(|t| tenure_label(say, *t)).collect(),
        series,
        benchmarks,
        recs: ix.tsm_recs[mi]
            .iter()
            .map(|&r| rec_row(ix, say, r))
            .collect(),
        sources: years
            .iter()
            .filter_map(|y| {
                y.source.as_ref().map(|s| Source {
                    year: &y.label,
                    link: link(say, s),
                })
            })
            .collect(),
    }
}
