//! The resolved model: reviews, recommendations, actions, updates, the status vocabulary and
//! performance indicators, as the rest of the program sees them after validation. Pure data; must not touch files or print.

pub mod base_url;
pub mod life;
pub mod number;
pub mod period;
pub mod raw;
pub mod report;
pub mod slug;
pub mod span;
pub mod text;
pub mod tsm;

use chrono::NaiveDate;
pub use life::{Impact, Rating, Stage, StageEntry};
pub use number::RecNumber;
pub use period::{Period, PeriodKind};
pub use report::Report;
pub use span::{Span, WrittenLink};
pub use text::{Lang, Languages, Shown, Text, Translations};

/// The four categories every status belongs to; dashboards count by these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Nothing done yet.
    NotStarted,
    /// Work has begun but is not finished.
    InProgress,
    /// Finished as agreed.
    Done,
    /// Closed without being done: not applicable or not agreed.
    Closed,
}

impl Category {
    /// Every category, in dashboard order.
    pub const ALL: [Category; 4] = [
        Category::NotStarted,
        Category::InProgress,
        Category::Done,
        Category::Closed,
    ];
    /// The category's key, as used in CSS classes and data files (`not-started`).
    pub fn key(self) -> &'static str {
        match self {
            Category::NotStarted => "not-started",
            Category::InProgress => "in-progress",
            Category::Done => "done",
            Category::Closed => "closed",
        }
    }
    /// The category's label, as readers see it ("Not started").
    pub fn label(self) -> &'static str {
        match self {
            Category::NotStarted => "Not started",
            Category::InProgress => "In progress",
            Category::Done => "Done",
            Category::Closed => "Closed",
        }
    }
    /// The category with this key, if any.
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
    /// The key written in content files (`in-progress`).
    pub key: String,
    /// The label readers see ("In progress").
    pub label: Text,
    /// The category it counts under.
    pub category: Category,
}

/// The site's status vocabulary, in the order it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Statuses(pub Vec<StatusDef>);

impl Statuses {
    /// The vocabulary a new site starts with, when `site.yaml` gives none.
    pub fn defaults() -> Statuses {
        let d = |k: &str, l: &str, c| StatusDef {
            key: k.into(),
            label: Text::new(l, Lang::EN),
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
    /// The status with this key, if the vocabulary has it.
    pub fn get(&self, key: &str) -> Option<&StatusDef> {
        self.0.iter().find(|s| s.key == key)
    }
    /// Every key of the vocabulary, in order (for hints that list them).
    pub fn keys(&self) -> Vec<&str> {
        self.0.iter().map(|s| s.key.as_str()).collect()
    }
}

/// The landlord's formal response to a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Response {
    /// The recommendation was accepted in full.
    Agreed,
    /// Accepted in part.
    PartiallyAgreed,
    /// Rejected.
    NotAgreed,
    /// Acknowledged without a commitment either way.
    Noted,
    /// No response has been given yet.
    Awaiting,
}

impl Response {
    /// Every response, agreed first: the order hints list them and summaries count them.
    pub const ALL: [Response; 5] = [
        Response::Agreed,
        Response::PartiallyAgreed,
        Response::NotAgreed,
        Response::Noted,
        Response::Awaiting,
    ];
    /// The key written in content files (`partially-agreed`).
    pub fn key(self) -> &'static str {
        match self {
            Response::Agreed => "agreed",
            Response::PartiallyAgreed => "partially-agreed",
            Response::NotAgreed => "not-agreed",
            Response::Noted => "noted",
            Response::Awaiting => "awaiting",
        }
    }
    /// The label readers see ("Partially agreed").
    pub fn label(self) -> &'static str {
        match self {
            Response::Agreed => "Agreed",
            Response::PartiallyAgreed => "Partially agreed",
            Response::NotAgreed => "Not agreed",
            Response::Noted => "Noted",
            Response::Awaiting => "Awaiting response",
        }
    }
    /// The response with this key, if any.
    pub fn from_key(s: &str) -> Option<Response> {
        Response::ALL.into_iter().find(|r| r.key() == s)
    }
}

/// A deadline: a date, or `ongoing` work with no end date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// Due on this date.
    Date(NaiveDate),
    /// Continuing work with no end date.
    Ongoing,
}

impl Deadline {
    /// The date, or `None` for ongoing work.
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Deadline::Date(d) => Some(d),
            Deadline::Ongoing => None,
        }
    }
    /// The deadline as written in data files: `2026-03-31` or `ongoing`.
    pub fn iso(self) -> String {
        match self {
            Deadline::Date(d) => d.format("%Y-%m-%d").to_string(),
            Deadline::Ongoing => "ongoing".into(),
        }
    }
}

/// A titled web link, such as a document or a piece of evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The text shown for the link.
    pub title: Text,
    /// Where the link goes.
    pub url: String,
}

/// A change to a recommendation's deadline, agreed or only asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// The new deadline: a date, or `ongoing`.
    pub date: Deadline,
    /// Why the deadline moved.
    pub reason: String,
    /// When the new deadline was agreed; `None` while it is only asked for.
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

/// One step of the action plan for a recommendation.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// What will be done, as plain text (abbreviations are marked up, nothing else).
    pub action: Text,
    /// Who does it: teams or people.
    pub responsible: Vec<String>,
    /// A status key of the vocabulary; `None` when the action gives none.
    pub status: Option<String>,
}

/// A dated progress note on a recommendation.
#[derive(Debug, Clone, PartialEq)]
pub struct Update {
    /// When the update was given.
    pub date: NaiveDate,
    /// The status it reported, as a key of the vocabulary; `None` when it gave none.
    pub status: Option<String>,
    /// Markdown: what happened.
    pub text: Text,
}

/// One recommendation of a review, with its response, plan and progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    /// Its number as written in the review (`3`, `4a`).
    pub number: RecNumber,
    /// The URL segment: the number made safe for a path.
    pub slug: String,
    /// A short title, when the review gives one.
    pub title: Option<Text>,
    /// The theme it is grouped under, if any.
    pub theme: Option<Text>,
    /// Markdown: what the panel asked for ("you said").
    pub recommendation: Text,
    /// The landlord's formal response.
    pub response: Response,
    /// Markdown: what the landlord said in response ("we said").
    pub response_text: Option<Text>,
    /// Who is responsible for it: teams or people.
    pub responsible: Vec<String>,
    /// The named officer who leads the work, if any.
    pub lead_officer: Option<String>,
    /// Markdown: the money or staff set aside for it, if stated.
    pub resources: Option<Text>,
    /// The original deadline, if one was set.
    pub deadline: Option<Deadline>,
    /// Later changes to the deadline, in the order written.
    pub revised_deadlines: Vec<Revision>,
    /// Its current status, as a key of the vocabulary.
    pub status: String,
    /// The action plan, in the order written.
    pub actions: Vec<Action>,
    /// Oldest first, whatever order the file gave.
    pub updates: Vec<Update>,
    /// Markdown: what came of it, once done or closed.
    pub outcome: Option<Text>,
    /// Links to evidence that it was done.
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

/// A scrutiny review: its report, the recommendations it made and what became of them.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// The review's slug, as in its web address.
    pub slug: String,
    /// The review's title.
    pub title: Text,
    /// The panel or committee that carried out the review ("Tenants' Scrutiny Panel").
    pub body: Option<Text>,
    /// The organisation the recommendations were made to.
    pub organisation: Text,
    /// When the review's report was published.
    pub published: Option<NaiveDate>,
    /// When the formal response was given.
    pub response_date: Option<NaiveDate>,
    /// As written; `None` means "the latest update date".
    pub updated: Option<NaiveDate>,
    /// The review's documents (report, response), as links.
    pub documents: Vec<Link>,
    /// Markdown summary (the body of index.md; its translations from `index.<lang>.md`).
    pub summary: Text,
    /// Sorted naturally by number.
    pub recommendations: Vec<Recommendation>,
    /// Its index.md, relative to the site folder.
    pub source: String,
    /// The links of its summary, where written in `source`.
    pub links: Vec<WrittenLink>,
    /// Where the review is in its life: `stage:`, or inferred when it is not written (see
    /// `stage_stated`).
    pub stage: Stage,
    /// `stage:` is written; when it is not, the stage is `monitoring` for a published review with
    /// recommendations or a response, `awaiting-response` for one published without, and
    /// `reporting` for one not published.
    pub stage_stated: bool,
    /// When each stage began, in the order written (never backwards in time).
    pub stages: Vec<StageEntry>,
    /// Why the review was chosen, if said.
    pub origin: Option<String>,
    /// Markdown: the scoping document or terms of the review, if given.
    pub scope: Option<String>,
    /// When the report is expected, for a review not yet reported.
    pub expected: Option<NaiveDate>,
    /// When the formal response is due, if not two months after `published`.
    pub response_due: Option<NaiveDate>,
    /// The assessment of whether it made a difference, once made.
    pub impact: Option<Impact>,
    /// Where its stage is written in `source`: `stage:`, else the latest entry of `stages:`.
    pub stage_at: Option<Span>,
}

/// A free-standing page of the site, such as "About".
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The page's slug, as in its web address.
    pub slug: String,
    /// The page's title.
    pub title: Text,
    /// A one-line summary, shown under the page's title.
    pub description: Option<Text>,
    /// Markdown: the page's text (its translations from `<slug>.<lang>.md`).
    pub body: Text,
    /// The file it came from, relative to the site folder.
    pub source: String,
    /// The links of its body, where written in `source`.
    pub links: Vec<WrittenLink>,
}

/// The site's settings, from `site.yaml`.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteConfig {
    /// The site's name, shown in every page header.
    pub title: Text,
    /// The organisation the site reports on.
    pub organisation: Text,
    /// The address the site will be published at, if known: the sitemap, the feeds' links and the
    /// 404 page need it.
    pub base_url: Option<String>,
    /// The language of the pages in the default language, as an HTML language tag (`en-GB`).
    pub language: String,
    /// The site's languages (`languages:`), the default first; one for a site in one language.
    pub languages: Languages,
    /// The name of the look the pages use.
    pub theme: String,
    /// After how many days without an update a recommendation counts as stale.
    pub stale_after_days: u32,
    /// The status vocabulary.
    pub statuses: Statuses,
}

/// Abbreviation → meaning (with its translations), sorted by abbreviation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Glossary(pub Vec<(String, Text)>);

impl Glossary {
    /// The meaning of an abbreviation exactly as listed.
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
    /// A bigger figure is better.
    Higher,
    /// A smaller figure is better.
    Lower,
}

impl Better {
    /// The direction as written in data files: `higher` or `lower`.
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
    /// The number itself.
    pub value: f64,
    /// How many decimals it was written with.
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
    /// The period the figure is for.
    pub period: Period,
    /// The figure; `None` when not available.
    pub value: Option<Figure>,
    /// A note on the figure, such as why it is missing.
    pub note: Option<String>,
}

/// A comparison figure for an indicator, such as a national average.
#[derive(Debug, Clone, PartialEq)]
pub struct Benchmark {
    /// What the figure is ("Sector median").
    pub label: String,
    /// The comparison figure.
    pub value: Figure,
    /// Where the figure comes from, if given.
    pub source: Option<Link>,
}

/// A recommendation an indicator is linked to, checked to exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecRef {
    /// The review's slug.
    pub review: String,
    /// The recommendation's slug within its review.
    pub rec: String,
}

/// A performance indicator: a measure tracked period by period.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// The file name without `.yaml`: the URL segment.
    pub id: String,
    /// The indicator's title.
    pub title: Text,
    /// Markdown.
    pub description: Option<String>,
    /// `%`, `days`, or empty.
    pub unit: String,
    /// Which way the figure should move.
    pub better: Better,
    /// The figure aimed for, if any.
    pub target: Option<Figure>,
    /// Oldest period first, whatever order the file gave.
    pub values: Vec<IndicatorValue>,
    /// Comparison figures, in the order written.
    pub benchmarks: Vec<Benchmark>,
    /// The recommendations it is linked to, checked to exist.
    pub recommendations: Vec<RecRef>,
    /// Where the figures come from, if given.
    pub source: Option<Link>,
    /// The file it came from, relative to the site folder.
    pub path: String,
}

/// Everything the content says, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// The site's settings.
    pub config: SiteConfig,
    /// Abbreviations and their meanings.
    pub glossary: Glossary,
    /// Sorted by slug.
    pub reviews: Vec<std::sync::Arc<Review>>,
    /// Sorted by slug.
    pub pages: Vec<Page>,
    /// Sorted by id.
    pub indicators: Vec<Indicator>,
    /// Years of Tenant Satisfaction Measures, oldest first.
    pub tsm: Vec<tsm::TsmYear>,
    /// The monitoring reports to committee, sorted by slug.
    pub reports: Vec<Report>,
}
