//! The resolved model: reviews, recommendations, actions, updates, the status vocabulary and
//! performance indicators, as the rest of the program sees them after validation. Pure data; must not touch files or print.

pub mod base_url;
pub mod number;
pub mod period;
pub mod raw;
pub mod slug;
pub mod span;

use chrono::NaiveDate;
pub use number::RecNumber;
pub use period::{Period, PeriodKind};
pub use span::{Span, WrittenLink};

/// The four categories every status belongs to; dashboards count by these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    NotStarted,
    InProgress,
    Done,
    Closed,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Category::NotStarted,
        Category::InProgress,
        Category::Done,
        Category::Closed,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Category::NotStarted => "not-started",
            Category::InProgress => "in-progress",
            Category::Done => "done",
            Category::Closed => "closed",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Category::NotStarted => "Not started",
            Category::InProgress => "In progress",
            Category::Done => "Done",
            Category::Closed => "Closed",
        }
    }
    pub fn from_key(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == s)
    }
    /// Open work: not started or in progress.
    pub fn is_open(self) -> bool {
        matches!(self, Category::NotStarted | Category::InProgress)
    }
}

/// One status of the site's vocabulary.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusDef {
    pub key: String,
    pub label: String,
    pub category: Category,
}

/// The site's status vocabulary, in the order it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Statuses(pub Vec<StatusDef>);

impl Statuses {
    pub fn defaults() -> Statuses {
        let d = |k: &str, l: &str, c| StatusDef {
            key: k.into(),
            label: l.into(),
            category: c,
        };
        Statuses(vec![
            d("not-started", "Not started", Category::NotStarted),
            d("in-progress", "In progress", Category::InProgress),
            d("complete", "Complete", Category::Done),
            d("not-applicable", "Not applicable", Category::Closed),
            d("not-agreed", "Not agreed", Category::Closed),
        ])
    }
    pub fn get(&self, key: &str) -> Option<&StatusDef> {
        self.0.iter().find(|s| s.key == key)
    }
    pub fn keys(&self) -> Vec<&str> {
        self.0.iter().map(|s| s.key.as_str()).collect()
    }
}

/// The landlord's formal response to a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Response {
    Agreed,
    PartiallyAgreed,
    NotAgreed,
    Noted,
    Awaiting,
}

impl Response {
    pub const ALL: [Response; 5] = [
        Response::Agreed,
        Response::PartiallyAgreed,
        Response::NotAgreed,
        Response::Noted,
        Response::Awaiting,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Response::Agreed => "agreed",
            Response::PartiallyAgreed => "partially-agreed",
            Response::NotAgreed => "not-agreed",
            Response::Noted => "noted",
            Response::Awaiting => "awaiting",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Response::Agreed => "Agreed",
            Response::PartiallyAgreed => "Partially agreed",
            Response::NotAgreed => "Not agreed",
            Response::Noted => "Noted",
            Response::Awaiting => "Awaiting response",
        }
    }
    pub fn from_key(s: &str) -> Option<Response> {
        Response::ALL.into_iter().find(|r| r.key() == s)
    }
}

/// A deadline: a date, or `ongoing` work with no end date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    Date(NaiveDate),
    Ongoing,
}

impl Deadline {
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Deadline::Date(d) => Some(d),
            Deadline::Ongoing => None,
        }
    }
    pub fn iso(self) -> String {
        match self {
            Deadline::Date(d) => d.format("%Y-%m-%d").to_string(),
            Deadline::Ongoing => "ongoing".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// The new deadline: a date, or `ongoing`.
    pub date: Deadline,
    pub reason: String,
    pub agreed: Option<NaiveDate>,
    /// When the revision was asked for.
    pub requested: Option<NaiveDate>,
}

impl Revision {
    /// Asked for and not (yet) agreed: an extension request, not in force.
    pub fn is_pending(&self) -> bool {
        self.requested.is_some() && self.agreed.is_none()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub action: String,
    pub responsible: Vec<String>,
    /// A status key of the vocabulary; `None` when the action gives none.
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Update {
    pub date: NaiveDate,
    pub status: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub number: RecNumber,
    /// The URL segment: the number made safe for a path.
    pub slug: String,
    pub title: Option<String>,
    pub theme: Option<String>,
    /// Markdown: what the panel asked for ("you said").
    pub recommendation: String,
    pub response: Response,
    pub response_text: Option<String>,
    pub responsible: Vec<String>,
    pub lead_officer: Option<String>,
    pub resources: Option<String>,
    pub deadline: Option<Deadline>,
    pub revised_deadlines: Vec<Revision>,
    pub status: String,
    pub actions: Vec<Action>,
    /// Oldest first, whatever order the file gave.
    pub updates: Vec<Update>,
    pub outcome: Option<String>,
    pub evidence: Vec<Link>,
    /// The date the responsible party asked for it to be closed.
    pub closure_requested: Option<NaiveDate>,
    /// The file it came from, relative to the site folder.
    pub source: String,
    /// Where its `status:` key is written in `source`.
    pub status_at: Option<Span>,
    /// The links of its Markdown (recommendation, response, outcome, updates), where written.
    pub links: Vec<WrittenLink>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub slug: String,
    pub title: String,
    pub body: Option<String>,
    pub organisation: String,
    pub published: Option<NaiveDate>,
    pub response_date: Option<NaiveDate>,
    /// As written; `None` means "the latest update date".
    pub updated: Option<NaiveDate>,
    pub documents: Vec<Link>,
    /// Markdown summary (the body of index.md).
    pub summary: String,
    /// Sorted naturally by number.
    pub recommendations: Vec<Recommendation>,
    pub source: String,
    /// The links of its summary, where written in `source`.
    pub links: Vec<WrittenLink>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    pub body: String,
    pub source: String,
    /// The links of its body, where written in `source`.
    pub links: Vec<WrittenLink>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SiteConfig {
    pub title: String,
    pub organisation: String,
    pub base_url: Option<String>,
    pub language: String,
    pub theme: String,
    pub stale_after_days: u32,
    pub statuses: Statuses,
}

/// Abbreviation → meaning, sorted by abbreviation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Glossary(pub Vec<(String, String)>);

impl Glossary {
    pub fn get(&self, abbr: &str) -> Option<&str> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(abbr))
            .ok()
            .map(|i| self.0[i].1.as_str())
    }

    /// The meaning of a word as written: the abbreviation itself, or its plural or possessive
    /// (`TMOs`, `TRA's`) by its stem.
    pub fn lookup(&self, word: &str) -> Option<&str> {
        self.get(word).or_else(|| {
            word.strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .or_else(|| word.strip_suffix('s'))
                .filter(|stem| {
                    stem.chars().count() >= 2
                        && stem.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                })
                .and_then(|stem| self.get(stem))
        })
    }
}

/// Which way an indicator should move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

impl Better {
    pub fn key(self) -> &'static str {
        match self {
            Better::Higher => "higher",
            Better::Lower => "lower",
        }
    }
}

/// A number as written in the content: its value, and how many decimals it was given with (so
/// `98.10` stays `98.10` and differences keep the same precision).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub decimals: u8,
}

impl Figure {
    /// The number with its written decimals: `98.1`, `12`, `-0.5`.
    pub fn text(self) -> String {
        format!("{:.*}", usize::from(self.decimals), self.value)
    }
}

/// One period's figure; `value` is `None` when not available ("n/a").
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorValue {
    pub period: Period,
    pub value: Option<Figure>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Benchmark {
    pub label: String,
    pub value: Figure,
    pub source: Option<Link>,
}

/// A recommendation an indicator is linked to, checked to exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecRef {
    pub review: String,
    /// The recommendation's slug within its review.
    pub rec: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// The file name without `.yaml`: the URL segment.
    pub id: String,
    pub title: String,
    /// Markdown.
    pub description: Option<String>,
    /// `%`, `days`, or empty.
    pub unit: String,
    pub better: Better,
    pub target: Option<Figure>,
    /// Oldest period first, whatever order the file gave.
    pub values: Vec<IndicatorValue>,
    pub benchmarks: Vec<Benchmark>,
    pub recommendations: Vec<RecRef>,
    pub source: Option<Link>,
    /// The file it came from, relative to the site folder.
    pub path: String,
}

/// Everything the content says, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub config: SiteConfig,
    pub glossary: Glossary,
    /// Sorted by slug.
    pub reviews: Vec<Review>,
    /// Sorted by slug.
    pub pages: Vec<Page>,
    /// Sorted by id.
    pub indicators: Vec<Indicator>,
}
