//! What can be said of a performance indicator, in words as well as numbers: its latest figure
//! against the target ("98.1%, target 98.5%: below target"), the direction since the figure before
//! ("up 9.2 points since 2023, better"), and how it stands against each benchmark, in the page's
//! language (the theme's `indicator-*` messages). Pure: no files, no templates, no printing.

use crate::i18n::{Arg, Say};
use crate::model::{Better, Figure, Indicator};

/// Where the latest figure stands against the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetStatus {
    /// The latest figure meets or beats the target.
    OnTarget,
    /// The latest figure falls short of the target.
    OffTarget,
    /// There is a figure but no target.
    NoTarget,
    /// There is no figure yet.
    NoFigure,
}

impl TargetStatus {
    /// The status's key, for CSS classes (`off-target`).
    pub fn key(self) -> &'static str {
        match self {
            TargetStatus::OnTarget => "on-target",
            TargetStatus::OffTarget => "off-target",
            TargetStatus::NoTarget => "no-target",
            TargetStatus::NoFigure => "no-figure",
        }
    }
}

/// A change between two figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// "up 9.2 points", "down 3 days", "no change".
    pub amount: String,
    /// `Some(true)` up, `Some(false)` down, `None` no change.
    pub up: Option<bool>,
    /// `Some(true)` better, `Some(false)` worse, `None` no change.
    pub better: Option<bool>,
}

/// The facts of one indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Index into `values` of the latest period with a figure.
    pub latest: Option<usize>,
    /// Index of the period with a figure before that.
    pub previous: Option<usize>,
    /// Where the latest figure stands against the target.
    pub status: TargetStatus,
    /// "98.1%, target 98.5%: below target"; "77.3%, no target set"; "No figure yet".
    pub summary: String,
    /// "up 9.2 points since 2023, better".
    pub direction: Option<String>,
    /// The change from the previous figure to the latest, when there are both.
    pub change: Option<Change>,
    /// One sentence per benchmark: "4.7 points above Sector median (74%), better".
    pub benchmarks: Vec<String>,
}

/// A figure with its unit: `98.1%`, `12 days`, `£1204`, `7`.
pub fn with_unit(f: Figure, unit: &str) -> String {
    let n = f.text();
    match unit {
        "" => n,
        "%" => format!("{n}%"),
        "£" | "$" | "€" => format!("{unit}{n}"),
        u => format!("{n} {u}"),
    }
}

/// The unit of a difference: percentages differ by points ("1 point", "9.2 points").
fn diff_unit(say: Say<'_>, unit: &str, amount: &str) -> String {
    match unit {
        "%" => {
            let n = amount.parse::<f64>().unwrap_or(0.0);
            // "1.0" is written with a decimal, and reads as "1.0 points".
            let count = if !amount.contains('.') {
                Arg::Int(n as i64)
            } else {
                Arg::Float(n)
            };
            say.with(
                "indicator-points",
                &[("count", count), ("amount", Arg::from(amount))],
            )
        }
        "" => amount.to_string(),
        "£" | "$" | "€" => format!("{unit}{amount}"),
        u => format!("{amount} {u}"),
    }
}

/// "better", "worse" or "same", for the messages that select on it.
fn verdict(better: Option<bool>) -> Arg {
    Arg::from(match better {
        Some(true) => "better",
        Some(false) => "worse",
        None => "same",
    })
}

/// `a - b` at the precision they were written with, and whether it is zero at that precision.
fn difference(a: Figure, b: Figure) -> (f64, String) {
    let decimals = usize::from(a.decimals.max(b.decimals));
    let d = a.value - b.value;
    let text = format!("{:.*}", decimals, d.abs());
    let zero = text.trim_start_matches(['0', '.']).is_empty();
    (if zero { 0.0 } else { d }, text)
}

/// Whether moving from `from` to `to` is better, worse (or `None`: no change).
fn better_of(d: f64, better: Better) -> Option<bool> {
    if d == 0.0 {
        None
    } else {
        Some((d > 0.0) == (better == Better::Higher))
    }
}

/// The latest figure against the target: on target, or off it ("below target" when higher is
/// better, "above target" when lower is), in words.
pub fn judge(
    say: Say<'_>,
    value: Figure,
    target: Figure,
    better: Better,
) -> (TargetStatus, String) {
    let (d, _) = difference(value, target);
    let (status, key) = match better {
        Better::Higher if d >= 0.0 => (TargetStatus::OnTarget, "on"),
        Better::Lower if d <= 0.0 => (TargetStatus::OnTarget, "on"),
        Better::Higher => (TargetStatus::OffTarget, "below"),
        Better::Lower => (TargetStatus::OffTarget, "above"),
    };
    (
        status,
        say.with("indicator-judgement", &[("key", Arg::from(key))]),
    )
}

/// The change from one figure to the next: "up 9.2 points", better.
pub fn change(say: Say<'_>, from: Figure, to: Figure, better: Better, unit: &str) -> Change {
    let (d, amount) = difference(to, from);
    let way = if d == 0.0 {
        "none"
    } else if d > 0.0 {
        "up"
    } else {
        "down"
    };
    Change {
        amount: say.with(
            "indicator-change",
            &[
                ("way", Arg::from(way)),
                ("amount", Arg::from(diff_unit(say, unit, &amount))),
            ],
        ),
        up: (d != 0.0).then_some(d > 0.0),
        better: better_of(d, better),
    }
}

/// Reads an indicator, saying what it finds in `say`'s language.
pub fn read(ind: &Indicator, say: Say<'_>) -> Reading {
    let with: Vec<usize> = (0..ind.values.len())
        .filter(|&i| ind.values[i].value.is_some())
        .collect();
    let latest = with.last().copied();
    let previous = with.len().checked_sub(2).map(|i| with[i]);
    let unit = ind.unit.as_str();
    let figure = |i: usize| ind.values[i].value.expect("has a figure");
    let value = |f: Figure| Arg::from(with_unit(f, unit));
    let (status, summary) = match (latest, ind.target) {
        (None, _) => (TargetStatus::NoFigure, say.word("indicator-no-figure-yet")),
        (Some(l), None) => (
            TargetStatus::NoTarget,
            say.with(
                "indicator-summary-no-target",
                &[("value", value(figure(l)))],
            ),
        ),
        (Some(l), Some(t)) => {
            let v = figure(l);
            let (status, words) = judge(say, v, t, ind.better);
            (
                status,
                say.with(
                    "indicator-summary",
                    &[
                        ("value", value(v)),
                        ("target", value(t)),
                        ("judgement", Arg::from(words)),
                    ],
                ),
            )
        }
    };
    let change = latest
        .zip(previous)
        .map(|(l, p)| change(say, figure(p), figure(l), ind.better, unit));
    let direction = change.as_ref().zip(previous).map(|(c, p)| {
        say.with(
            "indicator-direction",
            &[
                ("change", Arg::from(c.amount.as_str())),
                ("since", Arg::from(ind.values[p].period.label.as_str())),
                ("verdict", verdict(c.better)),
            ],
        )
    });
    let benchmarks = ind
        .benchmarks
        .iter()
        .map(|b| {
            let label = Arg::from(b.label.as_str());
            let Some(l) = latest else {
                return say.with(
                    "indicator-benchmark-value",
                    &[("label", label), ("value", value(b.value))],
                );
            };
            let (d, amount) = difference(figure(l), b.value);
            match better_of(d, ind.better) {
                None => say.with(
                    "indicator-benchmark-same",
                    &[("label", label), ("value", value(b.value))],
                ),
                Some(good) => say.with(
                    "indicator-benchmark",
                    &[
                        ("difference", Arg::from(diff_unit(say, unit, &amount))),
                        ("side", Arg::from(if d > 0.0 { "above" } else { "below" })),
                        ("label", label),
                        ("value", value(b.value)),
                        ("verdict", verdict(Some(good))),
                    ],
                ),
            }
        })
        .collect();
    Reading {
        latest,
        previous,
        status,
        summary,
        direction,
        change,
        benchmarks,
    }
}

/// How far `a` is from `b`, in words with the unit ("4.7 points"), and on which side:
/// `Some(true)` above, `Some(false)` below, `None` the same at the precision they were written with.
pub fn apart(say: Say<'_>, a: Figure, b: Figure, unit: &str) -> (Option<bool>, String) {
    let (d, amount) = difference(a, b);
    ((d != 0.0).then_some(d > 0.0), diff_unit(say, unit, &amount))
}

/// A change in a row of figures: "up 9.2 points, better", "no change".
pub fn change_words(say: Say<'_>, c: &Change) -> String {
    say.with(
        "indicator-row-change",
        &[
            ("change", Arg::from(c.amount.as_str())),
            ("verdict", verdict(c.better)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Messages};
    use crate::model::{Benchmark, IndicatorValue, period};

    fn read(i: &Indicator) -> Reading {
        super::read(i, Say::new(&Messages::builtin(), Lang::EN))
    }

    fn fig(s: &str) -> Figure {
        crate::validate::parse_figure(s).unwrap()
    }

    fn ind(better: Better, target: Option<&str>, values: &[(&str, Option<&str>)]) -> Indicator {
        Indicator {
            id: "x".into(),
            title: "X".into(),
            description: None,
            unit: "%".into(),
            better,
            target: target.map(fig),
            values: values
                .iter()
                .map(|(p, v)| IndicatorValue {
                    period: period::parse(p).unwrap(),
                    value: v.map(fig),
                    note: None,
                })
                .collect(),
            benchmarks: vec![],
            recommendations: vec![],
            source: None,
            path: String::new(),
        }
    }

    #[test]
    fn higher_is_better_below_target() {
        let r = read(&ind(
            Better::Higher,
            Some("98.5"),
            &[("2022-23", Some("97.6")), ("2023-24", Some("98.1"))],
        ));
        assert_eq!(r.summary, "98.1%, target 98.5%: below target");
        assert_eq!(r.status, TargetStatus::OffTarget);
        assert_eq!(
            r.direction.as_deref(),
            Some("up 0.5 points since 2022-23, better")
        );
    }

    #[test]
    fn lower_is_better_above_target_says_so() {
        let r = read(&ind(
            Better::Lower,
            Some("0"),
            &[("2024-25", Some("12")), ("2025-26 Q1", Some("7.1"))],
        ));
        assert_eq!(r.summary, "7.1%, target 0%: above target");
        assert_eq!(r.status, TargetStatus::OffTarget);
        assert_eq!(
            r.direction.as_deref(),
            Some("down 4.9 points since 2024-25, better")
        );
    }

    #[test]
    fn missing_figures_are_skipped_and_floats_do_not_leak() {
        let mut i = ind(
            Better::Higher,
            None,
            &[
                ("2023", Some("68.1")),
                ("2024", Some("77.3")),
                ("2025", None),
            ],
        );
        i.benchmarks.push(Benchmark {
            label: "Sector median".into(),
            value: fig("74"),
            source: None,
        });
        let r = read(&i);
        assert_eq!(r.summary, "77.3%, no target set");
        assert_eq!(
            r.direction.as_deref(),
            Some("up 9.2 points since 2023, better")
        );
        assert_eq!(
            r.benchmarks,
            ["3.3 points above Sector median (74%), better"]
        );
        assert_eq!(
            read(&ind(Better::Higher, Some("1"), &[("2023", None)])).status,
            TargetStatus::NoFigure
        );
    }

    #[test]
    fn meeting_the_target_exactly_is_on_target() {
        let r = read(&ind(Better::Lower, Some("0"), &[("2024", Some("0.0"))]));
        assert_eq!(r.status, TargetStatus::OnTarget);
        assert_eq!(r.summary, "0.0%, target 0%: on target");
    }
}

#[cfg(test)]
mod welsh_tests {
    use super::*;
    use crate::i18n::{Lang, Messages};

    #[test]
    fn an_indicator_is_read_in_welsh_too() {
        let m = Messages::builtin();
        let cy = Say::new(&m, Lang::CY);
        let f = |s: &str| crate::validate::parse_figure(s).unwrap();
        let c = change(cy, f("68.1"), f("77.3"), Better::Higher, "%");
        assert_eq!(c.amount, "i fyny 9.2 pwynt");
        assert_eq!(change_words(cy, &c), "i fyny 9.2 pwynt, gwell");
        let (status, words) = judge(cy, f("97"), f("98.5"), Better::Higher);
        assert_eq!(status, TargetStatus::OffTarget);
        assert_eq!(words, "islaw'r targed");
    }
}
