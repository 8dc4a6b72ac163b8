//! One measure's entry of a TSM year: its figures by tenure (a measure reported by tenure) or by
//! part (CH01, CH02, NM01, RP02: both parts given), an ownership figure refused where the measure
//! is for rented homes only, `not_applicable` with a reason, `not_entered` warned about, and the
//! recommendations it names. Must not touch files or print.

use super::{Check, Known, figure, warn};
use crate::model::raw::{RawMeasure, S};
use crate::model::tsm::{Column, Tenure, TsmMeasure, TsmState, TsmValue};
use crate::tsm::{Measure, catalogue};

/// What a measure's figures look like in the file: `lcra: 77.3`, `stage1: 45.2, stage2: 6.1`.
pub(super) fn example(m: &Measure) -> String {
    if m.parts.is_empty() {
        m.tenures
            .iter()
            .map(|t| format!("{}: ...", t.key()))
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        m.parts
            .iter()
            .map(|p| format!("{p}: ..."))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

pub(super) fn measure(
    c: &mut Check,
    code: &S<String>,
    entry: &S<RawMeasure>,
    (index, m): (usize, &Measure),
    tenures: &[Tenure],
    listed: bool,
    known: &Known,
) -> Option<TsmMeasure> {
    let RawMeasure {
        lcra,
        lcho,
        stage1,
        stage2,
        all,
        hate,
        emergency,
        non_emergency,
        not_applicable,
        not_entered,
        note,
        recommendations,
    } = &entry.value;
    let by_tenure = [(Tenure::Lcra, lcra), (Tenure::Lcho, lcho)];
    let by_part = [
        ("stage1", stage1),
        ("stage2", stage2),
        ("all", all),
        ("hate", hate),
        ("emergency", emergency),
        ("non_emergency", non_emergency),
    ];
    let figures_given =
        by_tenure.iter().any(|(_, v)| v.is_some()) || by_part.iter().any(|(_, v)| v.is_some());
    let mut ok = true;
    let state = if let Some(why) = not_applicable {
        if why.value.trim().is_empty() {
            let d = c.err(
                why,
                format!("{} is marked not applicable, with no reason", m.code),
            );
            d.label = Some("the reason goes here".into());
            d.hint = Some(format!(
                "say why {} does not apply to you, such as `{}: {{ not_applicable: \"None of our blocks has a passenger lift\" }}`",
                m.code, m.code
            ));
            ok = false;
        }
        if figures_given {
            let d = c.err(
                code,
                format!("{} has figures but is also marked not applicable", m.code),
            );
            d.hint =
                Some("keep the figures and delete `not_applicable`, or the other way round".into());
            ok = false;
        }
        TsmState::NotApplicable(why.value.trim().to_string())
    } else if let Some(flag) = not_entered.as_ref().filter(|f| f.value) {
        if figures_given {
            let d = c.err(
                flag,
                format!("{} has figures but is also marked not entered", m.code),
            );
            d.hint = Some("delete `not_entered: true` now that the figures are in".into());
            ok = false;
        }
        warn(
            c,
            code,
            format!(
                "{} ({}) is not entered yet: the page says its figures are not published",
                m.code, m.name
            ),
            format!(
                "write its figures, `{}: {{ {} }}`, or `{}: {{ not_applicable: \"why\" }}` if it does not apply to you",
                m.code,
                example(m),
                m.code
            ),
        );
        TsmState::NotEntered
    } else {
        match figures(c, code, m, (tenures, listed), &by_tenure, &by_part) {
            Some(vs) => TsmState::Figures(vs),
            None => {
                ok = false;
                TsmState::NotEntered
            }
        }
    };
    let recs = super::super::indicator::rec_refs(c, recommendations, known);
    let note_v = c.opt_text(note);
    (ok && recs.is_some()).then(|| TsmMeasure {
        measure: index,
        state,
        note: note_v,
        recommendations: recs.unwrap_or_default(),
    })
}

type Field<'a> = &'a Option<S<String>>;

fn figures(
    c: &mut Check,
    code: &S<String>,
    m: &Measure,
    (tenures, listed): (&[Tenure], bool),
    by_tenure: &[(Tenure, Field); 2],
    by_part: &[(&str, Field); 6],
) -> Option<Vec<TsmValue>> {
    let mut ok = true;
    let mut out = Vec::new();
    for &(t, v) in by_tenure {
        let Some(v) = v else { continue };
        if !m.applies_to(t) {
            let d = c.err(
                v,
                format!(
                    "{} is for rented homes only: it has no figure for low-cost home ownership ({})",
                    m.code,
                    t.key()
                ),
            );
            d.label = Some("an ownership figure where none applies".into());
            d.hint = Some(format!(
                "delete `{}: ...`: the regulator asks for {} ({}) from low-cost rental homes only",
                t.key(),
                m.code,
                m.name
            ));
            ok = false;
        } else if !m.parts.is_empty() {
            let d = c.err(
                v,
                format!(
                    "{} is given in two parts, {}, not by tenure",
                    m.code,
                    m.parts.join(" and ")
                ),
            );
            d.label = Some("expected a part".into());
            d.hint = Some(format!("write `{}: {{ {} }}`", m.code, example(m)));
            ok = false;
        } else if !tenures.contains(&t) {
            // With a tenure `tenures` could not read, this is said about `tenures` alone.
            if listed {
                let d = c.err(
                    v,
                    format!(
                        "{} gives a figure for {}, but this year's `tenures` do not include {}",
                        m.code,
                        t.label(),
                        t.key()
                    ),
                );
                d.hint = Some(format!(
                    "add {} to `tenures:`, or delete this figure",
                    t.key()
                ));
            }
            ok = false;
        } else if let Some(f) = figure(c, v, m, "figure") {
            out.push(TsmValue {
                column: Column::Tenure(t),
                value: f,
            });
        } else {
            ok = false;
        }
    }
    for &(part, v) in by_part {
        let Some(v) = v else { continue };
        if let Some(pi) = m.parts.iter().position(|p| p == part) {
            match figure(c, v, m, "figure") {
                Some(f) => out.push(TsmValue {
                    column: Column::Part(pi),
                    value: f,
                }),
                None => ok = false,
            }
            continue;
        }
        let d = c.err(v, format!("`{part}` is not a part of {}", m.code));
        d.label = Some("not one of this measure's parts".into());
        d.hint = Some(if m.parts.is_empty() {
            format!(
                "{} is given by tenure: write `{}: {{ {} }}`",
                m.code,
                m.code,
                example(m)
            )
        } else {
            format!("the parts of {} are: {}", m.code, m.parts.join(", "))
        });
        ok = false;
    }
    // Every column the year needs.
    let cat = catalogue();
    if m.parts.is_empty() {
        for &t in tenures {
            if m.applies_to(t) && !out.iter().any(|v| v.column == Column::Tenure(t)) && ok {
                let d = c.err(
                    code,
                    format!("{} ({}) has no figure for {}", m.code, m.name, t.label()),
                );
                d.label = Some(format!("no `{}:` here", t.key()));
                d.hint = Some(format!(
                    "add `{}: ...` to {}: this year's `tenures` include {}",
                    t.key(),
                    m.code,
                    t.key()
                ));
                ok = false;
            }
        }
    } else {
        for (pi, p) in m.parts.iter().enumerate() {
            if !out.iter().any(|v| v.column == Column::Part(pi)) && ok {
                let d = c.err(
                    code,
                    format!(
                        "{} has no `{p}` figure ({}): both parts must be given",
                        m.code,
                        cat.part_name(p)
                    ),
                );
                d.label = Some(format!("no `{p}:` here"));
                d.hint = Some(format!("write `{}: {{ {} }}`", m.code, example(m)));
                ok = false;
            }
        }
    }
    if ok && out.is_empty() {
        let d = c.err(code, format!("{} ({}) has no figures", m.code, m.name));
        d.hint = Some(format!(
            "write its figures, `{}: {{ {} }}`; if it does not apply to the homes in `tenures`, write `{}: {{ not_applicable: \"why\" }}`",
            m.code,
            example(m),
            m.code
        ));
        ok = false;
    }
    out.sort_by_key(|v| v.column);
    ok.then_some(out)
}
