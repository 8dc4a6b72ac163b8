//! Raw records: exactly what the content files say, field for field (serde, unknown fields denied).
//! The one schema of a recommendation: `load` reads files into these and `import` writes files
//! from them (`Serialize`, laid out by `style`). Nothing here interprets a value; `validate`
//! turns these into the resolved model. Must not read files, print, or know about templates.

mod style;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_saphyr::Location;
pub use serde_saphyr::Spanned;
use std::fmt;

/// A value with the place in its file it came from.
pub type S<T> = Spanned<T>;

/// A value made rather than read (by `import`): it has no place in a file yet.
pub fn made<T>(value: T) -> S<T> {
    Spanned::new(value, Location::UNKNOWN, Location::UNKNOWN)
}

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
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawReview {
    pub title: S<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<S<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<S<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<S<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_date: Option<S<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<S<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<RawLink>>,
}

/// A titled link (`documents:`, `evidence:`).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    pub title: S<String>,
    pub url: S<String>,
}

/// One recommendation (`reviews/<slug>/<file>.yaml`, or the front matter of a `.md` file).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecommendation {
    pub number: S<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<S<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<S<String>>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "style::block_opt"
    )]
    pub recommendation: Option<S<String>>,
    pub response: S<String>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "style::long_opt"
    )]
    pub response_text: Option<S<String>>,
    #[serde(serialize_with = "style::flow")]
    pub responsible: S<Names>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_officer: Option<S<String>>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "style::long_opt"
    )]
    pub resources: Option<S<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<S<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revised_deadlines: Option<Vec<RawRevision>>,
    pub status: S<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<RawAction>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updates: Option<Vec<RawUpdate>>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "style::long_opt"
    )]
    pub outcome: Option<S<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<RawLink>>,
    /// The date the responsible party asked for the recommendation to be closed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closure_requested: Option<S<String>>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRevision {
    pub date: S<String>,
    pub reason: S<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreed: Option<S<String>>,
    /// The date the revision was asked for; with no `agreed`, it awaits agreement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<S<String>>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    #[serde(serialize_with = "style::long")]
    pub action: S<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responsible: Option<S<Names>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<S<String>>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawUpdate {
    pub date: S<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<S<String>>,
    #[serde(serialize_with = "style::block")]
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
