//! Performance indicators: raw → resolved by destructuring every field; numbers, periods and the
//! direction checked; every recommendation an indicator names must exist (a dangling reference is
//! an error at the reference, with the nearest existing one suggested). Must not touch files or print.

use super::Check;
use super::text::Texts;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::{did_you_mean, nearest};
use crate::load::{Loaded, LoadedIndicator};
use crate::model::period;
use crate::model::raw::{RawBenchmark, RawIndicator, RawIndicatorValue, S};
use crate::model::slug::{check_named, number_slug, shown, slugify};
use crate::model::{Benchmark, Better, Figure, Indicator, IndicatorValue, RecRef, SiteConfig};
use std::collections::BTreeMap;

/// Reads a number as written: `98.1`, `-3`, `12.50`. Nothing else (no units, no exponents).
pub fn parse_figure(s: &str) -> Option<Figure> {
    let t = s.trim();
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let ok = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !(digits.contains('.') && frac.is_empty());
    if !ok || frac.len() > 6 {
        return None;
    }
    Some(Figure {
        value: t.parse().ok()?,
        decimals: frac.len() as u8,
    })
}

/// `n/a`, `na`, `-` or nothing: no figure for the period.
fn is_missing(s: &str) -> bool {
    matches!(
        s.trim().to_ascii_lowercase().as_str(),
        "" | "n/a" | "na" | "-" | "not available"
    )
}

/// Every recommendation of the site as `review-slug/number`, from what was loaded (so a review with
/// its own errors does not make references to it look dangling too).
pub(super) struct Known {
    /// review slug → (number as written, its slug).
    by_review: BTreeMap<String, Vec<(String, String)>>,
}

impl Known {
    pub(super) fn new(loaded: &Loaded) -> Known {
        let mut by_review: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for r in &loaded.reviews {
            let list = by_review.entry(slugify(&r.slug)).or_default();
            for rec in &r.recs {
                let n = rec.raw.number.value.trim().to_string();
                list.push((number_slug(&n), n));
            }
        }
        Known { by_review }
    }

    /// The recommendation a reference names, or the nearest one that exists.
    fn find(&self, reference: &str) -> Result<RecRef, Option<String>> {
        let Some((review, number)) = reference.split_once('/') else {
            // A number alone: the review it is in, where only one review has that number.
            let mut with: Vec<String> = self
                .by_review
                .iter()
                .filter(|(_, recs)| recs.iter().any(|(_, n)| n == reference))
                .map(|(r, _)| format!("{r}/{reference}"))
                .collect();
            return Err((with.len() == 1).then(|| with.remove(0)));
        };
        let (review, number) = (slugify(review.trim()), number.trim());
        let all: Vec<String> = self
            .by_review
            .iter()
            .flat_map(|(r, recs)| recs.iter().map(move |(_, n)| format!("{r}/{n}")))
            .collect();
        let Some(recs) = self.by_review.get(&review) else {
            let refs: Vec<&str> = all.iter().map(String::as_str).collect();
            return Err(nearest(reference, &refs).map(str::to_string));
        };
        if let Some((slug, _)) = recs
            .iter()
            .find(|(slug, n)| n == number || *slug == number_slug(number))
        {
            return Ok(RecRef {
                review,
                rec: slug.clone(),
            });
        }
        let numbers: Vec<&str> = recs.iter().map(|(_, n)| n.as_str()).collect();
        Err(nearest(number, &numbers).map(|n| format!("{review}/{n}")))
    }

    fn example(&self) -> String {
        self.by_review
            .iter()
            .find_map(|(r, recs)| recs.first().map(|(_, n)| format!("{r}/{n}")))
            .unwrap_or_else(|| "tmo-scrutiny-2011/14".into())
    }
}

/// Validates every indicator file; the bad ones are left out, with diagnostics.
pub(super) fn indicators(
    loaded: &Loaded,
    config: &SiteConfig,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Indicator> {
    let known = Known::new(loaded);
    let mut out: Vec<Indicator> = Vec::new();
    for li in &loaded.indicators {
        let text = loaded
            .sources
            .get(&li.path)
            .map(String::as_str)
            .unwrap_or("");
        let mut c = Check {
            path: &li.path,
            text,
            statuses: &config.statuses,
            status_check: &crate::config::StatusCheck {
                usable: true,
                refused: Vec::new(),
            },
            diags,
            texts: Texts::new(&li.path, text, &config.languages),
        };
        let ind = indicator(&mut c, li, &known);
        c.finish();
        let Some(ind) = ind else {
            continue;
        };
        if let Some(other) = out.iter().find(|o| o.id == ind.id) {
            diags.push(
                Diagnostic::error(&li.path, format!("this indicator's web address `indicators/{}/` is the same as that of {}", ind.id, other.path))
                    .hint("rename one of the two files so their names differ in more than capitals or punctuation"),
            );
            continue;
        }
        out.push(ind);
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn indicator(c: &mut Check, li: &LoadedIndicator, known: &Known) -> Option<Indicator> {
    let LoadedIndicator { id, path, raw } = li;
    let RawIndicator {
        title,
        description,
        unit,
        better,
        target,
        values,
        benchmarks,
        recommendations,
        source,
    } = raw;
    let mut ok = true;
    if let Err(why) = check_named(id, &slugify(id)) {
        c.diags.push(
            Diagnostic::error(
                path.as_str(),
                format!(
                    "the file name `{}` cannot be used as a web address: {}",
                    shown(id),
                    why.explain()
                ),
            )
            .hint(
                "rename the file with letters, digits and hyphens, such as `rent-collected.yaml`",
            ),
        );
        ok = false;
    }
    let title_v = c.required_t(title, "title");
    let better_v = match better.value.trim().to_ascii_lowercase().as_str() {
        "higher" => Some(Better::Higher),
        "lower" => Some(Better::Lower),
        v => {
            let d = c.err(
                better,
                format!("`better` must be `higher` or `lower`, not `{v}`"),
            );
            d.label = Some("expected higher or lower".into());
            d.hint = Some(did_you_mean(
                nearest(v, &["higher", "lower"]),
                "write `better: higher` when a bigger number is better (satisfaction), `better: lower` when a smaller one is (days to re-let)",
            ));
            None
        }
    };
    let target_v = target.as_ref().and_then(|t| {
        let f = number(c, t, "target", false);
        if f.is_none() {
            ok = false;
        }
        f
    });
    let mut values_v: Vec<IndicatorValue> = Vec::new();
    for RawIndicatorValue {
        period: p,
        value,
        note,
    } in &values.value
    {
        let period_v = match period::parse(&p.value) {
            Ok(v) => Some(v),
            Err(why) => {
                let d = c.err(p, why);
                d.label = Some("expected a period".into());
                d.hint = Some(format!("write {}", period::FORMS));
                None
            }
        };
        let figure = match &value.value {
            None => Some(None),
            Some(v) if is_missing(v) => Some(None),
            Some(v) => number(
                c,
                &S {
                    value: v.clone(),
                    referenced: value.referenced,
                    defined: value.defined,
                },
                "value",
                true,
            )
            .map(Some),
        };
        let (Some(period_v), Some(figure)) = (period_v, figure) else {
            ok = false;
            continue;
        };
        if let Some(other) = values_v
            .iter()
            .find(|v| v.period.start == period_v.start && v.period.end == period_v.end)
        {
            let d = c.err(
                p,
                format!("the period {} is given twice", other.period.label),
            );
            d.label = Some("second figure for this period".into());
            d.hint = Some(
                "keep one figure per period; put a revised figure in place of the old one".into(),
            );
            ok = false;
            continue;
        }
        values_v.push(IndicatorValue {
            period: period_v,
            value: figure,
            note: c.opt_text(note),
        });
    }
    if values.value.is_empty() {
        let d = c.err(values, "`values` lists no figures".into());
        d.hint =
            Some("add at least one figure, such as `- { period: 2023-24, value: 98.1 }`".into());
        ok = false;
    }
    values_v.sort_by_key(|v| v.period.sort_key());
    let mut benchmarks_v = Vec::new();
    for RawBenchmark {
        label,
        value,
        source,
    } in benchmarks.iter().flatten()
    {
        let l = c.required_text(label, "label");
        let v = number(c, value, "value", false);
        let s = source.as_ref().map(|s| c.link(s, "benchmark source title"));
        match (v, s) {
            (Some(v), None) => benchmarks_v.push(Benchmark {
                label: l,
                value: v,
                source: None,
            }),
            (Some(v), Some(Some(s))) => benchmarks_v.push(Benchmark {
                label: l,
                value: v,
                source: Some(s),
            }),
            _ => ok = false,
        }
    }
    let refs = rec_refs(c, recommendations, known).unwrap_or_else(|| {
        ok = false;
        Vec::new()
    });
    let source_v = match source.as_ref().map(|s| c.link(s, "source title")) {
        Some(None) => {
            ok = false;
            None
        }
        Some(s) => s,
        None => None,
    };
    let ind = Indicator {
        id: slugify(id),
        title: title_v,
        description: c.opt_text(description),
        unit: unit
            .as_ref()
            .map(|u| u.value.trim().to_string())
            .unwrap_or_default(),
        better: better_v?,
        target: target_v,
        values: values_v,
        benchmarks: benchmarks_v,
        recommendations: refs,
        source: source_v,
        path: path.clone(),
    };
    ok.then_some(ind)
}

/// The recommendations a record names (`recommendations:`), each checked to exist; `None` when
/// one does not (reported, with the nearest that does).
pub(super) fn rec_refs(
    c: &mut Check,
    recommendations: &Option<Vec<S<String>>>,
    known: &Known,
) -> Option<Vec<RecRef>> {
    let mut ok = true;
    let mut refs: Vec<RecRef> = Vec::new();
    for r in recommendations.iter().flatten() {
        match known.find(r.value.trim()) {
            Ok(found) => {
                if !refs.contains(&found) {
                    refs.push(found);
                }
            }
            Err(guess) => {
                let shown = r.value.trim().to_string();
                let d = c.err(r, format!("the recommendation `{shown}` does not exist"));
                d.label = Some("no recommendation has this review and number".into());
                // With no guess, an example of a reference that exists.
                let such_as = match guess {
                    Some(_) => String::new(),
                    None => format!(", such as `{}`", known.example()),
                };
                d.hint = Some(did_you_mean(
                    guess.as_deref(),
                    &format!(
                        "write review-folder/number{such_as}, as in content/reviews/<review-folder>/ and the recommendation's `number:`"
                    ),
                ));
                ok = false;
            }
        }
    }
    ok.then_some(refs)
}

/// A number field; `n/a` is allowed only where a figure may be missing.
fn number(c: &mut Check, s: &S<String>, field: &str, may_be_missing: bool) -> Option<Figure> {
    if let Some(f) = parse_figure(&s.value) {
        return Some(f);
    }
    let v = s.value.trim().to_string();
    let d = c.err(s, format!("`{v}` is not a number"));
    d.label = Some(if may_be_missing {
        "expected a number, or n/a".into()
    } else {
        "expected a number".into()
    });
    let unit_hint = if v.ends_with('%') || v.chars().any(char::is_alphabetic) {
        " alone; the unit (such as %) goes once in `unit:`"
    } else {
        ", with a point for decimals and no commas"
    };
    d.hint = Some(if may_be_missing {
        format!(
            "write the {field} as a number{unit_hint}, such as `98.1`; write `n/a` when there is no figure for the period"
        )
    } else if is_missing(&v) {
        format!("delete the `{field}` line if there is none")
    } else {
        format!("write the {field} as a number{unit_hint}, such as `98.1`")
    });
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures() {
        assert_eq!(
            parse_figure("98.10"),
            Some(Figure {
                value: 98.1,
                decimals: 2
            })
        );
        assert_eq!(
            parse_figure("-3"),
            Some(Figure {
                value: -3.0,
                decimals: 0
            })
        );
        for bad in [
            "98.1%", "1e3", ".5", "5.", "0x10", ".nan", "1,204", "", "n/a",
        ] {
            assert_eq!(parse_figure(bad), None, "{bad}");
        }
        assert!(is_missing("N/A") && is_missing(" ") && !is_missing("0"));
    }

    fn known() -> Known {
        let recs = |ns: &[&str]| ns.iter().map(|n| (number_slug(n), n.to_string())).collect();
        let mut by_review = BTreeMap::new();
        by_review.insert("tmo-scrutiny-2011".to_string(), recs(&["1.1", "10", "14"]));
        by_review.insert("repairs".to_string(), recs(&["1", "2"]));
        Known { by_review }
    }

    #[test]
    fn references() {
        let k = known();
        let found = k.find("tmo-scrutiny-2011/14").unwrap();
        assert_eq!(
            (found.review.as_str(), found.rec.as_str()),
            ("tmo-scrutiny-2011", "14")
        );
        assert_eq!(
            k.find("TMO-Scrutiny-2011/1.1").unwrap().rec,
            "1.1",
            "the folder name as written, any case"
        );
        assert_eq!(
            k.find("tmo-scrutiny-2011/1.2").unwrap_err().as_deref(),
            Some("tmo-scrutiny-2011/1.1")
        );
        assert_eq!(
            k.find("tmo-scrutny-2011/10").unwrap_err().as_deref(),
            Some("tmo-scrutiny-2011/10")
        );
        assert_eq!(
            k.find("14").unwrap_err().as_deref(),
            Some("tmo-scrutiny-2011/14"),
            "a number alone"
        );
        assert_eq!(k.find("1").unwrap_err().as_deref(), Some("repairs/1"));
        assert_eq!(k.find("99").unwrap_err(), None, "no such number: no guess");
    }
}
