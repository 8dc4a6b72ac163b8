//! What a TSM year publishes beside its figures: the target timescales behind RP02 and CH02
//! (both parts, wherever the measure has figures), the survey's summary of approach (items a-k,
//! `other_issues` from 2025/26, wherever a tenant perception measure has figures; `not_entered`
//! warned about), and the benchmarks (each key a code, or `code.tenure` / `code.part`). Must not
//! touch files or print.

use super::{Check, figure, warn};
use crate::diagnostics::one_of;
use crate::model::raw::{RawMeasures, RawSurvey, RawTimescale, RawTimescales, RawTsmBenchmark, S};
use crate::model::tsm::{Column, Survey, Timescale, TsmBenchmark, TsmMeasure, TsmState};
use crate::tsm::{Measure, catalogue};

/// What the rules here look at.
pub(super) struct Given<'a> {
    pub measures: &'a [TsmMeasure],
    pub measures_at: &'a S<RawMeasures>,
    pub timescales: &'a Option<S<RawTimescales>>,
    pub survey: &'a Option<S<RawSurvey>>,
    pub benchmarks: &'a Option<Vec<S<RawTsmBenchmark>>>,
    /// The year's first calendar year.
    pub start: i32,
    /// Whether every measure was read (else rules about which have figures are not applied).
    pub complete: bool,
}

fn has_figures(g: &Given, code: &str) -> bool {
    g.measures.iter().any(|tm| {
        catalogue().measures[tm.measure].code == code && matches!(tm.state, TsmState::Figures(_))
    })
}

pub(super) fn approach(
    c: &mut Check,
    g: &Given,
    ok: &mut bool,
) -> (Vec<Timescale>, Survey, Vec<TsmBenchmark>) {
    let timescales = timescales(c, g, ok);
    let survey = survey(c, g, ok);
    let mut benchmarks = Vec::new();
    for b in g.benchmarks.iter().flatten() {
        match benchmark(c, b) {
            Some(v) => benchmarks.push(v),
            None => *ok = false,
        }
    }
    (timescales, survey, benchmarks)
}

fn timescales(c: &mut Check, g: &Given, ok: &mut bool) -> Vec<Timescale> {
    let cat = catalogue();
    let mut out = Vec::new();
    let raw = g.timescales.as_ref().map(|t| &t.value);
    for (code, given) in [
        ("RP02", raw.and_then(|t| t.rp02.as_ref())),
        ("CH02", raw.and_then(|t| t.ch02.as_ref())),
    ] {
        let m = cat.find(code).expect("in the catalogue").1;
        let needed = g.complete && has_figures(g, code);
        let Some(given) = given else {
            if needed {
                let message = format!("the target timescales behind {code} are missing");
                let d = match g.timescales {
                    Some(t) => c.err(t, message),
                    None => c.err(g.measures_at, message),
                };
                d.label = Some(format!("no `{code}:` timescales"));
                d.hint = Some(format!(
                    "publish the targets {code} is measured against: add `timescales:` with `{code}: {{ {} }}`",
                    m.parts
                        .iter()
                        .map(|p| format!("{p}: ..."))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                *ok = false;
            }
            continue;
        };
        let RawTimescale {
            emergency,
            non_emergency,
            stage1,
            stage2,
        } = &given.value;
        for (part, v) in [
            ("emergency", emergency),
            ("non_emergency", non_emergency),
            ("stage1", stage1),
            ("stage2", stage2),
        ] {
            let belongs = m.parts.iter().any(|p| p == part);
            match v {
                Some(v) if !belongs => {
                    let d = c.err(v, format!("`{part}` is not a part of {code}"));
                    d.hint = Some(format!("the parts of {code} are: {}", m.parts.join(", ")));
                    *ok = false;
                }
                Some(v) if !v.value.trim().is_empty() => out.push(Timescale {
                    code: if code == "RP02" { "RP02" } else { "CH02" },
                    part: part.to_string(),
                    text: v.value.trim().to_string(),
                }),
                _ if belongs => {
                    let d = c.err(
                        given,
                        format!(
                            "the {code} timescale for `{part}` ({}) is missing",
                            cat.part_name(part)
                        ),
                    );
                    d.label = Some(format!("no `{part}:` here"));
                    d.hint = Some(format!(
                        "write the target, such as `{part}: {}`",
                        match part {
                            "emergency" => "24 hours",
                            "non_emergency" => "28 days",
                            "stage1" => "10 working days",
                            _ => "20 working days",
                        }
                    ));
                    *ok = false;
                }
                _ => {}
            }
        }
    }
    out
}

fn survey(c: &mut Check, g: &Given, ok: &mut bool) -> Survey {
    let cat = catalogue();
    let needed = g.complete
        && cat
            .measures
            .iter()
            .filter(|m| m.from_survey())
            .any(|m| has_figures(g, &m.code));
    let Some(s) = g.survey else {
        if needed {
            let d = c.err(
                g.measures_at,
                "the summary of how the tenant survey was done (`survey:`) is missing".into(),
            );
            d.hint = Some(
                "the tenant perception measures (TP01-TP12) are published with a summary of the survey: add `survey:` with its items, from `sample_size:` to `incentives:`".into(),
            );
            *ok = false;
        }
        return Survey::None;
    };
    if s.value.not_entered.as_ref().is_some_and(|f| f.value) {
        warn(
            c,
            s,
            "the summary of how the tenant survey was done is not entered yet: the page says it is not published".into(),
            "write the items of the summary under `survey:`, from `sample_size:` to `incentives:`, and delete `not_entered: true`".into(),
        );
        return Survey::NotEntered;
    }
    let mut given = Vec::new();
    for ((key, v), item) in s.value.items().into_iter().zip(&cat.survey) {
        debug_assert_eq!(key, item.key);
        let required = item.from.is_none_or(|from| g.start >= from);
        match v {
            Some(v) if !v.value.trim().is_empty() => {
                given.push((key.to_string(), v.value.trim().to_string()));
            }
            _ if required => {
                let d = c.err(
                    s,
                    format!(
                        "the survey's summary has no `{key}` (item {}: {})",
                        item.letter, item.name
                    ),
                );
                d.label = Some(format!("no `{key}:` here"));
                d.hint = Some(format!(
                    "add `{key}: ...` under `survey:`; where nothing applies, say so (\"None\")"
                ));
                *ok = false;
            }
            _ => {}
        }
    }
    Survey::Given(given)
}

/// `TP02` → TP02's first column; `TP01.lcho`, `CH02.stage1` → that column.
fn column_of(m: &Measure, suffix: Option<&str>) -> Result<Column, Vec<String>> {
    let columns: Vec<(String, Column)> = if m.parts.is_empty() {
        m.tenures
            .iter()
            .map(|t| (t.key().to_string(), Column::Tenure(*t)))
            .collect()
    } else {
        m.parts
            .iter()
            .enumerate()
            .map(|(i, p)| (p.clone(), Column::Part(i)))
            .collect()
    };
    match suffix {
        None => Ok(columns[0].1),
        Some(s) => columns
            .iter()
            .find(|(k, _)| k == s)
            .map(|(_, col)| *col)
            .ok_or_else(|| columns.into_iter().map(|(k, _)| k).collect()),
    }
}

fn benchmark(c: &mut Check, b: &S<RawTsmBenchmark>) -> Option<TsmBenchmark> {
    let RawTsmBenchmark {
        label,
        source,
        values,
    } = &b.value;
    let cat = catalogue();
    let mut ok = true;
    let label_v = label
        .as_ref()
        .map(|l| c.required_text(l, "label"))
        .unwrap_or_default();
    let mut out = Vec::new();
    for (key, v) in values {
        let written = key.value.trim();
        let (code, suffix) = match written.split_once('.') {
            Some((a, b)) => (a, Some(b)),
            None => (written, None),
        };
        let Some((i, m)) = cat.find(code) else {
            let mut known: Vec<&str> = vec!["label", "source"];
            known.extend(cat.codes());
            let d = c.err(key, format!("unknown measure `{code}` in a benchmark"));
            d.hint = Some(one_of(code, &known, "keys of a benchmark"));
            ok = false;
            continue;
        };
        let column = match column_of(m, suffix) {
            Ok(col) => col,
            Err(columns) => {
                let d = c.err(key, format!("{code} has no `{}`", suffix.unwrap_or("")));
                d.hint = Some(one_of(
                    suffix.unwrap_or(""),
                    &columns.iter().map(String::as_str).collect::<Vec<_>>(),
                    &format!("columns of {code}, written `{code}.<column>`,"),
                ));
                ok = false;
                continue;
            }
        };
        match figure(c, v, m, "benchmark") {
            Some(f) => out.push((i, column, f)),
            None => ok = false,
        }
    }
    let source_v = match source.as_ref().map(|s| c.link(s, "benchmark source title")) {
        Some(None) => {
            ok = false;
            None
        }
        Some(s) => s,
        None => None,
    };
    ok.then_some(TsmBenchmark {
        label: label_v,
        source: source_v,
        values: out,
    })
}
