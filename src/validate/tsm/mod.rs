//! Years of Tenant Satisfaction Measures: raw → resolved by destructuring every field. The year
//! matches its file's name; the tenures are known ones; every one of the 22 codes is present
//! (with its figures, `not_applicable` with a reason, or `not_entered: true`, which `check` warns
//! about); an unknown code gets the nearest one; the measures themselves (`measure`), the
//! timescales, survey and benchmarks (`approach`) are checked as the regulator requires. Must not
//! touch files or print.

mod approach;
mod measure;

use super::Check;
use super::indicator::Known;
use crate::diagnostics::{Diagnostic, one_of};
use crate::load::yaml::span_of;
use crate::load::{Loaded, LoadedTsm};
use crate::model::raw::{RawHomes, RawTsmYear, S};
use crate::model::tsm::{Tenure, TsmMeasure, TsmYear};
use crate::model::{Figure, SiteConfig};
use crate::tsm::{Measure, Unit, catalogue};

/// Validates every year's file; the bad ones are left out, with diagnostics.
pub(super) fn years(
    loaded: &Loaded,
    config: &SiteConfig,
    diags: &mut Vec<Diagnostic>,
) -> Vec<TsmYear> {
    if loaded.tsm.is_empty() {
        return Vec::new();
    }
    let known = Known::new(loaded);
    let mut out: Vec<TsmYear> = Vec::new();
    for lt in &loaded.tsm {
        let text = loaded.sources.get(&lt.path).map_or("", String::as_str);
        let mut c = Check {
            path: &lt.path,
            text,
            statuses: &config.statuses,
            status_check: &crate::config::StatusCheck {
                usable: true,
                refused: Vec::new(),
            },
            texts: super::text::Texts::new(&lt.path, text, &config.languages),
            diags,
        };
        let Some(y) = year(&mut c, lt, &known) else {
            continue;
        };
        if let Some(other) = out.iter().find(|o| o.start == y.start) {
            let d = c.err(
                &lt.raw.year,
                format!(
                    "the year {} is given twice: here and in {}",
                    y.label, other.path
                ),
            );
            d.hint = Some("keep one file per reporting year".into());
            continue;
        }
        out.push(y);
    }
    out.sort_by_key(|y| y.start);
    out
}

/// `2024/25` (or `2024-25`) → 2024; `None` for anything else.
pub(crate) fn parse_year(s: &str) -> Option<i32> {
    let (a, b) = s.trim().split_once(['/', '-'])?;
    let start: i32 = a.parse().ok().filter(|_| a.len() == 4)?;
    let end: i32 = b.parse().ok().filter(|_| b.len() == 2)?;
    ((start + 1) % 100 == end).then_some(start)
}

/// A warning located at a value.
fn warn<T>(c: &mut Check, at: &S<T>, message: String, hint: String) {
    c.diags.push(
        Diagnostic::warning(c.path, message)
            .at(c.text, span_of(&at.referenced, c.text))
            .hint(hint),
    );
}

/// A figure of a measure: a number, in its unit's range.
fn figure(c: &mut Check, s: &S<String>, m: &Measure, what: &str) -> Option<Figure> {
    let v = s.value.trim().to_string();
    let Some(f) = super::parse_figure(&v) else {
        let d = c.err(s, format!("`{v}` is not a number"));
        d.label = Some("expected a number".into());
        d.hint = Some(format!(
            "write the {what} as a number alone, such as `77.3`: {} is counted {}, which the page adds",
            m.code,
            match m.unit {
                Unit::Percent => "as a percentage",
                Unit::Per1000Homes => "per 1,000 homes",
            }
        ));
        return None;
    };
    let bad = match m.unit {
        Unit::Percent if !(0.0..=100.0).contains(&f.value) => Some(format!(
            "`{v}` cannot be a percentage: {} is a percentage, from 0 to 100",
            m.code
        )),
        Unit::Per1000Homes if f.value < 0.0 => Some(format!(
            "`{v}` cannot be a number of {} per 1,000 homes: it cannot be negative",
            if m.code == "NM01" {
                "cases"
            } else {
                "complaints"
            }
        )),
        _ => None,
    };
    if let Some(message) = bad {
        let d = c.err(s, message);
        d.label = Some("out of range".into());
        d.hint = Some(format!(
            "check the {what}: {}",
            match m.unit {
                Unit::Percent => "write the percentage without the % sign, such as `77.3`",
                Unit::Per1000Homes => "write the number per 1,000 homes, such as `45.2`",
            }
        ));
        return None;
    }
    Some(f)
}

fn year(c: &mut Check, lt: &LoadedTsm, known: &Known) -> Option<TsmYear> {
    let LoadedTsm { name, path, raw } = lt;
    let RawTsmYear {
        year,
        tenures,
        homes,
        measures,
        timescales,
        survey,
        benchmarks,
        source,
    } = raw;
    let mut ok = true;
    let start = match parse_year(&year.value) {
        Some(start) => {
            let slug = format!("{start}-{:02}", (start + 1) % 100);
            if *name != slug {
                let d = c.err(
                    year,
                    format!(
                        "this file is named `{name}.yaml` but its year is {}",
                        year.value.trim()
                    ),
                );
                d.label = Some("the year and the file name differ".into());
                d.hint = Some(format!(
                    "name the file after its year, `{slug}.yaml`, or correct `year:`"
                ));
                ok = false;
            }
            Some(start)
        }
        None => {
            let d = c.err(
                year,
                format!("`{}` is not a reporting year", year.value.trim()),
            );
            d.label = Some("expected a year such as 2024/25".into());
            d.hint = Some(
                "write the reporting year as the two years it spans, such as `year: 2024/25`"
                    .into(),
            );
            None
        }
    };
    let mut tenures_v: Vec<Tenure> = Vec::new();
    for t in &tenures.value {
        match Tenure::from_key(t.value.trim()) {
            Some(k) if !tenures_v.contains(&k) => tenures_v.push(k),
            Some(_) => {}
            None => {
                let d = c.err(t, format!("unknown tenure `{}`", t.value.trim()));
                d.label = Some("not a tenure".into());
                d.hint = Some(one_of(
                    t.value.trim(),
                    &["lcra", "lcho"],
                    "tenures (lcra: low-cost rental; lcho: low-cost home ownership)",
                ));
                ok = false;
            }
        }
    }
    if tenures.value.is_empty() {
        let d = c.err(tenures, "`tenures` lists no tenure".into());
        d.hint = Some(
            "write `tenures: [lcra]` for rented homes, `[lcra, lcho]` with shared ownership too"
                .into(),
        );
        ok = false;
    }
    tenures_v.sort();
    let homes_v = homes.as_ref().map_or_else(Vec::new, |h| {
        homes_of(c, h).unwrap_or_else(|| {
            ok = false;
            Vec::new()
        })
    });
    let cat = catalogue();
    let mut found: Vec<Option<TsmMeasure>> = vec![None; cat.measures.len()];
    let mut given = vec![false; cat.measures.len()];
    // A code suggested for a misspelt one is not reported as missing as well.
    let mut suggested: Vec<&str> = Vec::new();
    let listed = tenures_v.len() == tenures.value.len();
    for (code, entry) in &measures.value.0 {
        let written = code.value.trim();
        let Some((i, m)) = cat.find(written) else {
            let d = c.err(code, format!("unknown measure `{written}`"));
            d.label = Some("not one of the 22 measures".into());
            let codes = cat.codes();
            d.hint = Some(one_of(written, &codes, "measures' codes"));
            suggested.extend(crate::diagnostics::nearest(written, &codes));
            ok = false;
            continue;
        };
        given[i] = true;
        match measure::measure(c, code, entry, (i, m), &tenures_v, listed, known) {
            Some(tm) => found[i] = Some(tm),
            None => ok = false,
        }
    }
    for (i, m) in cat.measures.iter().enumerate() {
        if !given[i] && !suggested.contains(&m.code.as_str()) {
            let d = c.err(measures, format!("{} ({}) is missing", m.code, m.name));
            d.label = Some(format!("{} is not among these measures", m.code));
            d.hint = Some(format!(
                "every landlord publishes all 22 measures: add `{}: {{ {} }}`, or `{}: {{ not_applicable: \"why\" }}` if it does not apply to you, or `{}: {{ not_entered: true }}` while the figure is gathered",
                m.code,
                measure::example(m),
                m.code,
                m.code
            ));
            ok = false;
        }
    }
    let measures_v: Vec<TsmMeasure> = found.into_iter().flatten().collect();
    let complete = measures_v.len() == cat.measures.len() && given.iter().all(|g| *g);
    let (timescales_v, survey_v, benchmarks_v) = approach::approach(
        c,
        &approach::Given {
            measures: &measures_v,
            measures_at: measures,
            timescales,
            survey,
            benchmarks,
            start: start.unwrap_or(0),
            complete,
        },
        &mut ok,
    );
    let source_v = match source.as_ref().map(|s| c.link(s, "source title")) {
        Some(None) => {
            ok = false;
            None
        }
        Some(s) => s,
        None => None,
    };
    let start = start?;
    (ok && complete).then(|| TsmYear {
        slug: format!("{start}-{:02}", (start + 1) % 100),
        label: format!("{start}/{:02}", (start + 1) % 100),
        start,
        tenures: tenures_v,
        homes: homes_v,
        measures: measures_v,
        timescales: timescales_v,
        survey: survey_v,
        benchmarks: benchmarks_v,
        source: source_v,
        path: path.clone(),
    })
}

/// `homes:`: whole numbers, commas allowed (`4,210`).
fn homes_of(c: &mut Check, h: &RawHomes) -> Option<Vec<(Tenure, u64)>> {
    let RawHomes { lcra, lcho } = h;
    let mut out = Vec::new();
    let mut ok = true;
    for (t, v) in [(Tenure::Lcra, lcra), (Tenure::Lcho, lcho)] {
        let Some(v) = v else { continue };
        match v.value.trim().replace(',', "").parse::<u64>() {
            Ok(n) => out.push((t, n)),
            Err(_) => {
                let d = c.err(v, format!("`{}` is not a number of homes", v.value.trim()));
                d.hint = Some(format!(
                    "write how many {} homes as a whole number, such as `{}: 4210`",
                    t.key(),
                    t.key()
                ));
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::parse_year;

    #[test]
    fn reporting_years() {
        assert_eq!(parse_year("2024/25"), Some(2024));
        assert_eq!(parse_year("2024-25"), Some(2024));
        assert_eq!(parse_year("1999/00"), Some(1999));
        for bad in ["2024", "2024/26", "24/25", "2024/2025", "twenty"] {
            assert_eq!(parse_year(bad), None, "{bad}");
        }
    }
}
