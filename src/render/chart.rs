//! The geometry of an indicator's bar chart: the scale and its ticks, one bar per period (a gap
//! marked "n/a" where a figure is missing), and the target and benchmark lines with their labels
//! kept apart. The SVG markup itself is in the theme (`indicator_chart` in components.html), so a
//! theme can restyle it. Pure; all coordinates are formatted here, so output is byte-identical.

use crate::i18n::{Arg, Say};
use crate::indicator::with_unit;
use crate::model::{Better, Indicator, Period, PeriodKind};
use serde::Serialize;

/// The chart's width, in SVG units.
pub const WIDTH: f64 = 640.0;
/// The chart's height, in SVG units.
pub const HEIGHT: f64 = 300.0;
const LEFT: f64 = 56.0;
/// The room a character of the labels takes, roughly, at the chart's font size.
const CHAR_W: f64 = 8.5;
const TOP: f64 = 20.0;
const BOTTOM: f64 = HEIGHT - 44.0;
/// Room between two line labels, in SVG units.
const LABEL_GAP: f64 = 16.0;

/// One mark of the value axis.
#[derive(Debug, Serialize)]
pub struct Tick {
    /// Its height on the chart.
    pub y: String,
    /// The figure it marks, with `%` for percentages.
    pub label: String,
}

/// One period's bar.
#[derive(Debug, Serialize)]
pub struct Bar {
    /// Its left edge.
    pub x: String,
    /// Its top edge.
    pub y: String,
    /// How wide it is.
    pub width: String,
    /// How tall it is (0 for a gap).
    pub height: String,
    /// The middle of the bar, for its labels.
    pub cx: String,
    /// Where the figure is written, above the bar (or "n/a" where the bar would be).
    pub value_y: String,
    /// The period, as written under the bar (`Jan 2024`, `2023-24`).
    pub period: String,
    /// `None` when there is no figure: a gap.
    pub value: Option<String>,
    /// Whether the period is written under the bar (with many bars, every few only).
    pub show_period: bool,
}

/// A level line across the chart: the target or a benchmark.
#[derive(Debug, Serialize)]
pub struct RefLine {
    /// Its height on the chart.
    pub y: String,
    /// Where its label is written, moved apart from the other labels.
    pub label_y: String,
    /// The label: what the line is and its figure.
    pub label: String,
    /// `target` or `benchmark`.
    pub kind: &'static str,
}

/// An indicator's bar chart, laid out for the theme's SVG.
#[derive(Debug, Serialize)]
pub struct Chart {
    /// [`WIDTH`], written for the SVG.
    pub width: String,
    /// [`HEIGHT`], written for the SVG.
    pub height: String,
    /// Where the plot starts, after the axis labels.
    pub left: String,
    /// Where the plot ends, leaving room for the line labels.
    pub right: String,
    /// The top of the plot.
    pub top: String,
    /// The bottom of the plot, above the period labels.
    pub bottom: String,
    /// Where the value axis is zero.
    pub zero: String,
    /// The marks of the value axis, lowest first.
    pub ticks: Vec<Tick>,
    /// One bar per period, oldest first.
    pub bars: Vec<Bar>,
    /// The target and benchmark lines.
    pub lines: Vec<RefLine>,
    /// Where line labels start.
    pub label_x: String,
    /// Where the period labels are written.
    pub period_y: String,
    /// Figures are written over the bars when there are few enough to read.
    pub show_values: bool,
    /// The text alternative: every figure in words.
    pub description: String,
}

fn n(v: f64) -> String {
    let s = format!("{v:.1}");
    if s == "-0.0" { "0.0".into() } else { s }
}

/// The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least `x`.
fn nice_step(x: f64) -> f64 {
    if x <= 0.0 || !x.is_finite() {
        return 1.0;
    }
    let exp = 10f64.powf(x.log10().floor());
    let f = x / exp;
    let m = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .find(|m| *m >= f - 1e-9)
        .unwrap_or(10.0);
    m * exp
}

fn tick_label(v: f64, unit: &str) -> String {
    let text = format!("{v:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let text = if text == "-0" { "0" } else { text };
    if unit == "%" {
        format!("{text}%")
    } else {
        text.to_string()
    }
}

/// A period as written under its bar: months abbreviated (`Jan 2024`).
fn short_label(p: &Period) -> String {
    match p.kind {
        PeriodKind::Month => p.start.format("%b %Y").to_string(),
        _ => p.label.clone(),
    }
}

/// Lays out the chart of `ind`.
pub fn chart(ind: &Indicator, say: Say<'_>) -> Chart {
    let unit = ind.unit.as_str();
    let figures: Vec<f64> = ind
        .values
        .iter()
        .filter_map(|v| v.value.map(|f| f.value))
        .chain(ind.target.map(|t| t.value))
        .chain(ind.benchmarks.iter().map(|b| b.value.value))
        .collect();
    let max = figures.iter().copied().fold(0.0f64, f64::max);
    let min = figures.iter().copied().fold(0.0f64, f64::min);
    let step =
        nice_step(
            ((max - min) / 4.0)
                .max(f64::EPSILON)
                .max(if max == min { 0.25 } else { 0.0 }),
        );
    let lo = (min / step).floor() * step;
    let hi = ((max / step).ceil() * step).max(lo + step);
    let y = |v: f64| BOTTOM - (v - lo) / (hi - lo) * (BOTTOM - TOP);
    let steps = ((hi - lo) / step).round() as usize;
    let ticks = (0..=steps)
        .map(|k| {
            let t = lo + step * k as f64;
            Tick {
                y: n(y(t)),
                label: tick_label(t, unit),
            }
        })
        .collect();
    let mut lines: Vec<(f64, String, &'static str)> = Vec::new();
    if let Some(t) = ind.target {
        lines.push((
            y(t.value),
            say.with("chart-target", &[("value", Arg::from(with_unit(t, unit)))]),
            "target",
        ));
    }
    for (i, b) in ind.benchmarks.iter().enumerate() {
        let value = Arg::from(with_unit(b.value, unit));
        let label = if ind.benchmarks.len() == 1 {
            say.with("chart-benchmark", &[("value", value)])
        } else {
            say.with(
                "chart-benchmark-n",
                &[("n", Arg::from(i + 1)), ("value", value)],
            )
        };
        lines.push((y(b.value.value), label, "benchmark"));
    }
    // The plot ends where the longest line label needs room to its right.
    let widest = lines
        .iter()
        .map(|(_, l, _)| l.chars().count())
        .max()
        .unwrap_or(0) as f64;
    let right = if widest == 0.0 {
        WIDTH - 16.0
    } else {
        (WIDTH - 16.0 - widest * CHAR_W).max(WIDTH * 0.6)
    };
    let count = ind.values.len().max(1);
    let band = (right - LEFT) / count as f64;
    let bar_w = (band * 0.6).min(72.0);
    // Periods are written under as many bars as they fit under, always including the latest.
    let short: Vec<String> = ind.values.iter().map(|v| short_label(&v.period)).collect();
    let longest = short.iter().map(|l| l.chars().count()).max().unwrap_or(1) as f64;
    let every = ((longest * CHAR_W + 10.0) / band).ceil().max(1.0) as usize;
    let zero = y(0.0);
    let bars = ind
        .values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let cx = LEFT + band * (i as f64 + 0.5);
            let (top, height, value_y) = match v.value {
                Some(f) if f.value >= 0.0 => (y(f.value), zero - y(f.value), y(f.value) - 6.0),
                Some(f) => (zero, y(f.value) - zero, y(f.value) + 16.0),
                None => (zero, 0.0, zero - 6.0),
            };
            Bar {
                x: n(cx - bar_w / 2.0),
                y: n(top),
                width: n(bar_w),
                height: n(height),
                cx: n(cx),
                value_y: n(value_y),
                period: short[i].clone(),
                value: v.value.map(|f| with_unit(f, unit)),
                show_period: (count - 1 - i).is_multiple_of(every),
            }
        })
        .collect();
    // Labels sit on their lines, pushed apart where lines are close.
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| lines[a].0.total_cmp(&lines[b].0).then(a.cmp(&b)));
    let mut label_ys = vec![0.0; lines.len()];
    let mut last = f64::NEG_INFINITY;
    for &i in &order {
        let want = (lines[i].0 + 5.0).max(last + LABEL_GAP);
        label_ys[i] = want;
        last = want;
    }
    let lines = lines
        .into_iter()
        .zip(label_ys)
        .map(|((ly, label, kind), label_y)| RefLine {
            y: n(ly),
            label_y: n(label_y),
            label,
            kind,
        })
        .collect();
    Chart {
        width: n(WIDTH),
        height: n(HEIGHT),
        left: n(LEFT),
        right: n(right),
        top: n(TOP),
        bottom: n(BOTTOM),
        zero: n(zero),
        ticks,
        bars,
        lines,
        label_x: n(right + 8.0),
        period_y: n(BOTTOM + 22.0),
        show_values: count <= 12,
        description: description(ind, say),
    }
}

/// Every figure of the chart in words, for the SVG's `<desc>`.
fn description(ind: &Indicator, say: Say<'_>) -> String {
    let unit = ind.unit.as_str();
    let mut s = say.word(if ind.better == Better::Higher {
        "chart-desc-higher"
    } else {
        "chart-desc-lower"
    });
    for v in &ind.values {
        let period = Arg::from(v.period.label.as_str());
        s.push(' ');
        s.push_str(&match v.value {
            Some(f) => say.with(
                "chart-desc-value",
                &[("period", period), ("value", Arg::from(with_unit(f, unit)))],
            ),
            None => say.with("chart-desc-no-value", &[("period", period)]),
        });
    }
    if let Some(t) = ind.target {
        s.push(' ');
        s.push_str(&say.with(
            "chart-desc-target",
            &[("value", Arg::from(with_unit(t, unit)))],
        ));
    }
    for b in &ind.benchmarks {
        s.push(' ');
        s.push_str(&say.with(
            "chart-desc-benchmark",
            &[
                ("value", Arg::from(with_unit(b.value, unit))),
                ("label", Arg::from(b.label.as_str())),
            ],
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(20.2), 25.0);
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(0.3), 0.5);
        assert_eq!(tick_label(12.5, "%"), "12.5%");
        assert_eq!(tick_label(100.0, "%"), "100%");
        assert_eq!(tick_label(0.25, ""), "0.25");
        assert_eq!(tick_label(-0.0, ""), "0");
    }
}
