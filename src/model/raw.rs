//! Raw records: exactly what the content files say, field for field (serde, unknown fields denied).
//! Nothing here interprets a value; `validate` turns these into the resolved model.
//! Must not read files, print, or know about templates.

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
pub use serde_saphyr::Spanned;
use std::fmt;

/// A value with the place in its file it came from.
pub type S<T> = Spanned<T>;

/// `content/site.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSite {
    pub title: S<String>,
    pub organisation: S<String>,
    pub base_url: Option<S<String>>,
    pub language: Option<S<String>>,
    pub theme: Option<S<String>>,
    pub stale_after_days: Option<S<String>>,
    pub statuses: Option<S<RawStatuses>>,
}

/// `statuses:`: a map whose order matters (`key: {label, category}`), read entry by entry.
#[derive(Debug, Default)]
pub struct RawStatuses(pub Vec<(S<String>, RawStatusBody)>);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatusBody {
    pub label: S<String>,
    pub category: S<String>,
}

/// A review's front matter (`reviews/<slug>/index.md`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReview {
    pub title: S<String>,
    pub body: Option<S<String>>,
    pub organisation: Option<S<String>>,
    pub published: Option<S<String>>,
    pub response_date: Option<S<String>>,
    pub updated: Option<S<String>>,
    pub documents: Option<Vec<RawLink>>,
}

/// A titled link (`documents:`, `evidence:`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    pub title: S<String>,
    pub url: S<String>,
}

/// One recommendation (`reviews/<slug>/<file>.yaml`, or the front matter of a `.md` file).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecommendation {
    pub number: S<String>,
    pub title: Option<S<String>>,
    pub theme: Option<S<String>>,
    pub recommendation: Option<S<String>>,
    pub response: S<String>,
    pub response_text: Option<S<String>>,
    pub responsible: S<Names>,
    pub lead_officer: Option<S<String>>,
    pub resources: Option<S<String>>,
    pub deadline: Option<S<String>>,
    pub revised_deadlines: Option<Vec<RawRevision>>,
    pub status: S<String>,
    pub actions: Option<Vec<RawAction>>,
    pub updates: Option<Vec<RawUpdate>>,
    pub outcome: Option<S<String>>,
    pub evidence: Option<Vec<RawLink>>,
    /// The date the responsible party asked for the recommendation to be closed.
    pub closure_requested: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRevision {
    pub date: S<String>,
    pub reason: S<String>,
    pub agreed: Option<S<String>>,
    /// The date the revision was asked for; with no `agreed`, it awaits agreement.
    pub requested: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    pub action: S<String>,
    pub responsible: Option<S<Names>>,
    pub status: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUpdate {
    pub date: S<String>,
    pub status: Option<S<String>>,
    pub text: S<String>,
}

/// A performance indicator (`indicators/<id>.yaml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    pub title: S<String>,
    /// Markdown: what it measures and how.
    pub description: Option<S<String>>,
    pub unit: Option<S<String>>,
    /// `higher` or `lower`.
    pub better: S<String>,
    pub target: Option<S<String>>,
    pub values: S<Vec<RawIndicatorValue>>,
    pub benchmarks: Option<Vec<RawBenchmark>>,
    /// `review-slug/number`.
    pub recommendations: Option<Vec<S<String>>>,
    /// Where the figures were published.
    pub source: Option<RawLink>,
}

/// One figure of an indicator; `value` is a number, `n/a` or null (not available).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicatorValue {
    pub period: S<String>,
    pub value: S<Option<String>>,
    pub note: Option<S<String>>,
}

/// A figure to compare with: another landlord, a sector median, a quartile.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBenchmark {
    pub label: S<String>,
    pub value: S<String>,
    pub source: Option<RawLink>,
}

/// A free page's front matter (`pages/<slug>.md`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub title: S<String>,
    pub description: Option<S<String>>,
}

/// `glossary.yaml`: abbreviation → meaning, in file order.
#[derive(Debug, Default)]
pub struct RawGlossary {
    pub entries: Vec<(S<String>, S<String>)>,
}

/// One name or a list of names (`responsible: TMO` or `responsible: [TMO, IC]`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names(pub Vec<String>);

impl<'de> Deserialize<'de> for Names {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Names;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a name, or a list of names such as [TMO, IC]")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Names, E> {
                Ok(Names(vec![v.to_string()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Names, A::Error> {
                let mut out = Vec::new();
                while let Some(name) = seq.next_element::<String>()? {
                    out.push(name);
                }
                Ok(Names(out))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for RawGlossary {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawGlossary;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("abbreviations, one per line, such as `TMT: TMO Team`")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<RawGlossary, A::Error> {
                let mut entries = Vec::new();
                while let Some((k, v)) = map.next_entry::<S<String>, S<String>>()? {
                    entries.push((k, v));
                }
                Ok(RawGlossary { entries })
            }
        }
        d.deserialize_map(V)
    }
}

impl<'de> Deserialize<'de> for RawStatuses {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawStatuses;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("statuses, one per line, such as `complete: { label: Complete, category: done }`")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<RawStatuses, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<S<String>, RawStatusBody>()? {
                    out.push((k, v));
                }
                Ok(RawStatuses(out))
            }
        }
        d.deserialize_map(V)
    }
}
