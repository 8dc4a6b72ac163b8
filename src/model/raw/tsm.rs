//! The raw schema of a year of Tenant Satisfaction Measures (`content/tsm/<year>.yaml`), field
//! for field as written: `measures` is a map by code, read in file order with every key kept
//! (so an unknown code can be reported where it stands). Nothing here checks a value; `validate`
//! does. Must not read files or print.

use super::{RawLink, S};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::fmt;

/// `content/tsm/<year>.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTsmYear {
    /// `year:`: the reporting year, `2024/25`.
    pub year: S<String>,
    /// `tenures:`: `[lcra]`, `[lcho]` or `[lcra, lcho]`.
    pub tenures: S<Vec<S<String>>>,
    /// `homes:`: how many homes of each tenure.
    pub homes: Option<RawHomes>,
    /// `measures:`: each code's figures.
    pub measures: S<RawMeasures>,
    /// `timescales:`: the target timescales behind RP02 and CH02.
    pub timescales: Option<S<RawTimescales>>,
    /// `survey:`: the summary of how the tenant survey was done.
    pub survey: Option<S<RawSurvey>>,
    /// `benchmarks:`: figures to compare with.
    pub benchmarks: Option<Vec<S<RawTsmBenchmark>>>,
    /// `source:`: where the figures were published.
    pub source: Option<RawLink>,
}

/// `homes:`: the number of homes of each tenure.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHomes {
    /// Low-cost rental homes.
    pub lcra: Option<S<String>>,
    /// Low-cost home ownership homes.
    pub lcho: Option<S<String>>,
}

/// `measures:`: (code as written, its entry), in file order.
#[derive(Debug, Default)]
pub struct RawMeasures(pub Vec<(S<String>, S<RawMeasure>)>);

/// One measure's entry: its figures by tenure or by part, or why it has none.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeasure {
    /// Low-cost rental.
    pub lcra: Option<S<String>>,
    /// Low-cost home ownership.
    pub lcho: Option<S<String>>,
    /// Stage 1 complaints (CH01, CH02).
    pub stage1: Option<S<String>>,
    /// Stage 2 complaints (CH01, CH02).
    pub stage2: Option<S<String>>,
    /// All anti-social behaviour cases (NM01).
    pub all: Option<S<String>>,
    /// Cases involving hate incidents (NM01).
    pub hate: Option<S<String>>,
    /// Emergency repairs (RP02).
    pub emergency: Option<S<String>>,
    /// Non-emergency repairs (RP02).
    pub non_emergency: Option<S<String>>,
    /// Why the measure does not apply to this landlord.
    pub not_applicable: Option<S<String>>,
    /// `true` while the figures are still being gathered: `check` warns.
    pub not_entered: Option<S<bool>>,
    /// A note on the figures, shown beside them.
    pub note: Option<S<String>>,
    /// `review-slug/number` of recommendations the measure helps to follow.
    pub recommendations: Option<Vec<S<String>>>,
}

/// `timescales:`: the targets behind RP02 (the landlord's own) and CH02 (the Code's).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTimescales {
    /// `RP02: { emergency: ..., non_emergency: ... }`.
    #[serde(rename = "RP02")]
    pub rp02: Option<S<RawTimescale>>,
    /// `CH02: { stage1: ..., stage2: ... }`.
    #[serde(rename = "CH02")]
    pub ch02: Option<S<RawTimescale>>,
}

/// One measure's timescales, by part.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTimescale {
    /// Emergency repairs.
    pub emergency: Option<S<String>>,
    /// Non-emergency repairs.
    pub non_emergency: Option<S<String>>,
    /// Stage 1 complaints.
    pub stage1: Option<S<String>>,
    /// Stage 2 complaints.
    pub stage2: Option<S<String>>,
}

/// `survey:`: the summary of approach, items a to k of the survey requirements.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSurvey {
    /// a. The achieved sample size.
    pub sample_size: Option<S<String>>,
    /// b. When the survey was done.
    pub timing: Option<S<String>>,
    /// c. How answers were collected.
    pub collection: Option<S<String>>,
    /// d. How the sample was chosen.
    pub sample_method: Option<S<String>>,
    /// e. How representative the sample is.
    pub representativeness: Option<S<String>>,
    /// f. Any weighting applied.
    pub weighting: Option<S<String>>,
    /// g. Any external contractor.
    pub contractor: Option<S<String>>,
    /// h. Households excluded, and why.
    pub exclusions: Option<S<String>>,
    /// i. Why the required sample size was not met, if it was not.
    pub sample_shortfall: Option<S<String>>,
    /// j. Incentives offered.
    pub incentives: Option<S<String>>,
    /// k. Other issues affecting comparison (required from 2025/26).
    pub other_issues: Option<S<String>>,
    /// `true` while the summary is still being written: `check` warns.
    pub not_entered: Option<S<bool>>,
}

impl RawSurvey {
    /// Each item's field name and value, in the order a to k.
    pub fn items(&self) -> [(&'static str, &Option<S<String>>); 11] {
        let RawSurvey {
            sample_size,
            timing,
            collection,
            sample_method,
            representativeness,
            weighting,
            contractor,
            exclusions,
            sample_shortfall,
            incentives,
            other_issues,
            not_entered: _,
        } = self;
        [
            ("sample_size", sample_size),
            ("timing", timing),
            ("collection", collection),
            ("sample_method", sample_method),
            ("representativeness", representativeness),
            ("weighting", weighting),
            ("contractor", contractor),
            ("exclusions", exclusions),
            ("sample_shortfall", sample_shortfall),
            ("incentives", incentives),
            ("other_issues", other_issues),
        ]
    }
}

/// One entry of `benchmarks:`: `{ label: ..., source: {...}, TP02: 74, CH02.stage1: 80 }`.
#[derive(Debug, Default)]
pub struct RawTsmBenchmark {
    /// `label:`: what the figures are.
    pub label: Option<S<String>>,
    /// `source:`: where they come from.
    pub source: Option<RawLink>,
    /// Every other key (a code, or `code.tenure` / `code.part`) and its figure, in file order.
    pub values: Vec<(S<String>, S<String>)>,
}

impl<'de> Deserialize<'de> for RawMeasures {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawMeasures;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("measures, one per line, such as `TP01: { lcra: 77.3 }`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawMeasures, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<S<String>, S<RawMeasure>>()? {
                    out.push(entry);
                }
                Ok(RawMeasures(out))
            }
        }
        d.deserialize_map(V)
    }
}

impl<'de> Deserialize<'de> for RawTsmBenchmark {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawTsmBenchmark;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a benchmark such as `{ label: Sector median 2024/25, TP02: 74 }`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawTsmBenchmark, A::Error> {
                let mut out = RawTsmBenchmark::default();
                while let Some(key) = map.next_key::<S<String>>()? {
                    match key.value.as_str() {
                        "label" => out.label = Some(map.next_value()?),
                        "source" => out.source = Some(map.next_value()?),
                        _ => {
                            let v: S<String> = map.next_value()?;
                            out.values.push((key, v));
                        }
                    }
                }
                if out.label.is_none() {
                    return Err(de::Error::missing_field("label"));
                }
                Ok(out)
            }
        }
        d.deserialize_map(V)
    }
}
