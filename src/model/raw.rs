//! Raw records: exactly what the content files say, field for field (serde, unknown fields denied).
//! The one schema of a recommendation: `load` reads files into these and `import` writes files
//! from them (`Serialize`, laid out by `style`). Nothing here interprets a value; `validate`
//! turns these into the resolved model. Must not read files, print, or know about templates.

mod style;
mod text;
mod tsm;

pub use text::RawText;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_saphyr::Location;
pub use serde_saphyr::Spanned;
use std::fmt;
pub use tsm::{
    RawHomes, RawMeasure, RawMeasures, RawSurvey, RawTimescale, RawTimescales, RawTsmBenchmark,
    RawTsmYear,
};

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
    /// `title:`: the site's name.
    pub title: S<RawText>,
    /// `organisation:`: the organisation the site reports on.
    pub organisation: S<RawText>,
    /// `base_url:`: the address the site will be published at.
    pub base_url: Option<S<String>>,
    /// `language:`: the pages' language tag; `en-GB` when absent.
    pub language: Option<S<String>>,
    /// `languages:`: the site's languages as codes, the default first (`[en, cy]`).
    pub languages: Option<S<Vec<S<String>>>>,
    /// `translations:`: `optional` (the default) or `required`.
    pub translations: Option<S<String>>,
    /// `theme:`: the name of the look to use.
    pub theme: Option<S<String>>,
    /// `stale_after_days:`: days without an update before a recommendation counts as stale.
    pub stale_after_days: Option<S<String>>,
    /// `statuses:`: the site's own status vocabulary, replacing the default one.
    pub statuses: Option<S<RawStatuses>>,
}

/// `statuses:`: a map whose order matters (`key: {label, category}`), read entry by entry.
#[derive(Debug, Default)]
pub struct RawStatuses(pub Vec<(S<String>, RawStatusBody)>);

/// One status of `statuses:`, under its key.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatusBody {
    /// `label:`: what readers see.
    pub label: S<RawText>,
    /// `category:`: one of `not-started`, `in-progress`, `done`, `closed`.
    pub category: S<String>,
}

/// A review's front matter (`reviews/<slug>/index.md`).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawReview {
    /// `title:`: the review's title.
    pub title: S<RawText>,
    /// `body:`: the panel or committee that carried out the review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<S<RawText>>,
    /// `organisation:`: who the recommendations were made to; the site's organisation when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<S<RawText>>,
    /// `published:`: the date the report was published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<S<String>>,
    /// `response_date:`: the date of the formal response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_date: Option<S<String>>,
    /// `updated:`: the date the review was last brought up to date, if not the latest update's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<S<String>>,
    /// `documents:`: the report, the response and other papers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<RawLink>>,
    /// `stage:`: where the review is in its life (`proposed` … `closed`, or `withdrawn`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<S<String>>,
    /// `stages:`: when each stage began.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<RawStageEntry>>,
    /// `origin:`: why the review was chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<S<String>>,
    /// `scope:`: Markdown of the scoping document or terms of the review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<S<String>>,
    /// `expected:`: when the report is expected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<S<String>>,
    /// `response_due:`: when the formal response is due, if not two months after `published`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_due: Option<S<String>>,
    /// `impact:`: the assessment made after monitoring.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub impact: Option<RawImpact>,
}

/// One entry of `stages:`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawStageEntry {
    /// `stage:`: the stage the review moved into.
    pub stage: S<String>,
    /// `date:`: when it began.
    pub date: S<String>,
    /// `reason:`: why (required for `withdrawn`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<S<String>>,
}

/// `impact:`: the assessment of whether the review made a difference.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawImpact {
    /// `date:`: when the assessment was made.
    pub date: S<String>,
    /// `by:`: who made it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<S<String>>,
    /// `rating:`: `significant`, `some`, `little`, `none` or `too-early`.
    pub rating: S<String>,
    /// `text:`: Markdown of what changed for residents, with evidence.
    pub text: S<String>,
}

/// A titled link (`documents:`, `evidence:`).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    /// `title:`: the text shown for the link.
    pub title: S<RawText>,
    /// `url:`: where the link goes.
    pub url: S<String>,
}

/// One recommendation (`reviews/<slug>/<file>.yaml`, or the front matter of a `.md` file).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecommendation {
    /// `number:`: the recommendation's number as published.
    pub number: S<String>,
    /// `title:`: a short title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<S<RawText>>,
    /// `theme:`: the theme it is grouped under.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<S<RawText>>,
    /// `recommendation:`: Markdown of what the panel asked for.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "style::block_opt"
    )]
    pub recommendation: Option<S<RawText>>,
    /// `response:`: a response key such as `agreed` or `partially-agreed`.
    pub response: S<String>,
    /// `response_text:`: Markdown of what the landlord said in response.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "style::long_opt"
    )]
    pub response_text: Option<S<RawText>>,
    /// `responsible:`: who is responsible, one name or a list.
    #[serde(serialize_with = "style::flow")]
    pub responsible: S<Names>,
    /// `lead_officer:`: the named officer who leads the work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_officer: Option<S<String>>,
    /// `resources:`: Markdown on the money or staff set aside.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "style::long_opt"
    )]
    pub resources: Option<S<RawText>>,
    /// `deadline:`: a date or `ongoing`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<S<String>>,
    /// `revised_deadlines:`: later changes to the deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revised_deadlines: Option<Vec<RawRevision>>,
    /// `status:`: a key of the status vocabulary.
    pub status: S<String>,
    /// `actions:`: the action plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<RawAction>>,
    /// `updates:`: dated progress notes, in any order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updates: Option<Vec<RawUpdate>>,
    /// `outcome:`: Markdown on what came of it.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "style::long_opt"
    )]
    pub outcome: Option<S<RawText>>,
    /// `evidence:`: links to evidence that it was done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<RawLink>>,
    /// The date the responsible party asked for the recommendation to be closed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closure_requested: Option<S<String>>,
}

/// One entry of `revised_deadlines:`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRevision {
    /// `date:`: the new deadline, a date or `ongoing`.
    pub date: S<String>,
    /// `reason:`: why the deadline moved.
    pub reason: S<String>,
    /// `agreed:`: the date the new deadline was agreed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreed: Option<S<String>>,
    /// The date the revision was asked for; with no `agreed`, it awaits agreement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested: Option<S<String>>,
}

/// One entry of `actions:`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    /// `action:`: what will be done.
    #[serde(serialize_with = "style::long")]
    pub action: S<RawText>,
    /// `responsible:`: who does it, one name or a list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responsible: Option<S<Names>>,
    /// `status:`: a key of the status vocabulary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<S<String>>,
}

/// One entry of `updates:`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawUpdate {
    /// `date:`: when the update was given.
    pub date: S<String>,
    /// `status:`: the status it reports, a key of the vocabulary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<S<String>>,
    /// `text:`: Markdown of what happened.
    #[serde(serialize_with = "style::block")]
    pub text: S<RawText>,
}

/// A performance indicator (`indicators/<id>.yaml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    /// `title:`: the indicator's title.
    pub title: S<RawText>,
    /// Markdown: what it measures and how.
    pub description: Option<S<String>>,
    /// `unit:`: `%`, `days`, or nothing.
    pub unit: Option<S<String>>,
    /// `higher` or `lower`.
    pub better: S<String>,
    /// `target:`: the figure aimed for.
    pub target: Option<S<String>>,
    /// `values:`: one entry per period, in any order.
    pub values: S<Vec<RawIndicatorValue>>,
    /// `benchmarks:`: figures to compare with.
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
    /// `period:`: the reporting period, such as `2023-24` or `2024-Q1`.
    pub period: S<String>,
    /// `value:`: the figure as written, `n/a`, or null.
    pub value: S<Option<String>>,
    /// `note:`: a note on the figure.
    pub note: Option<S<String>>,
}

/// A figure to compare with: another landlord, a sector median, a quartile.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBenchmark {
    /// `label:`: what the figure is ("Sector median").
    pub label: S<String>,
    /// `value:`: the figure as written.
    pub value: S<String>,
    /// `source:`: where the figure comes from.
    pub source: Option<RawLink>,
}

/// A monitoring report to committee (`reports/<slug>.yaml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReport {
    /// `title:`: the report's title.
    pub title: S<String>,
    /// `committee:`: who receives it.
    pub committee: S<String>,
    /// `meeting:`: the date of the meeting it goes to.
    pub meeting: Option<S<String>>,
    /// `from:`: the first day of the period it covers.
    pub from: S<String>,
    /// `to:`: the last day of the period it covers.
    pub to: S<String>,
    /// `reviews:`: the slugs of the reviews it covers; every review when absent.
    pub reviews: Option<S<Vec<S<String>>>>,
    /// `introduction:`: Markdown, the officer's introduction.
    pub introduction: Option<S<String>>,
}

/// A free page's front matter (`pages/<slug>.md`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    /// `title:`: the page's title.
    pub title: S<String>,
    /// `description:`: a one-line summary, shown under the page's title.
    pub description: Option<S<String>>,
}

/// The front matter of a Markdown document's translation (`index.cy.md`, `about.cy.md`): the
/// translated title (and a page's description); its body is the translated text.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslation {
    /// `title:`: the title in the file's language.
    pub title: Option<S<String>>,
    /// `description:`: a page's one-line summary in the file's language.
    pub description: Option<S<String>>,
}

/// `glossary.yaml`: abbreviation → meaning, in file order.
#[derive(Debug, Default)]
pub struct RawGlossary {
    /// Each abbreviation and its meaning, with where they are written.
    pub entries: Vec<(S<String>, S<RawText>)>,
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
                while let Some((k, v)) = map.next_entry::<S<String>, S<RawText>>()? {
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
