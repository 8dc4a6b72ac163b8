//! The life of a review as the model holds it: the stages a review goes through (from proposed to
//! closed, or withdrawn), when each began, and the impact assessment made after monitoring. Keys
//! and their words only; what follows from them on a given day is `life`'s. Pure data.

use chrono::NaiveDate;

/// Where a review is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// On the work programme, not yet begun.
    Proposed,
    /// Its scope and terms being agreed.
    Scoping,
    /// Gathering evidence: interviews, visits, surveys, data.
    Evidence,
    /// The report being written and agreed.
    Reporting,
    /// The report published; the formal response awaited.
    AwaitingResponse,
    /// The response given; the accepted recommendations being monitored.
    Monitoring,
    /// An assessment made of whether it changed anything.
    ImpactAssessed,
    /// Finished: nothing more is followed.
    Closed,
    /// Stopped before it was finished (its latest `stages` entry says why).
    Withdrawn,
}

impl Stage {
    /// Every stage, in the order of a review's life, `withdrawn` last.
    pub const ALL: [Stage; 9] = [
        Stage::Proposed,
        Stage::Scoping,
        Stage::Evidence,
        Stage::Reporting,
        Stage::AwaitingResponse,
        Stage::Monitoring,
        Stage::ImpactAssessed,
        Stage::Closed,
        Stage::Withdrawn,
    ];
    /// The steps of a review that runs its whole course: every stage but `withdrawn`.
    pub const PATH: [Stage; 8] = [
        Stage::Proposed,
        Stage::Scoping,
        Stage::Evidence,
        Stage::Reporting,
        Stage::AwaitingResponse,
        Stage::Monitoring,
        Stage::ImpactAssessed,
        Stage::Closed,
    ];
    /// The key written in content files (`awaiting-response`).
    pub fn key(self) -> &'static str {
        match self {
            Stage::Proposed => "proposed",
            Stage::Scoping => "scoping",
            Stage::Evidence => "evidence",
            Stage::Reporting => "reporting",
            Stage::AwaitingResponse => "awaiting-response",
            Stage::Monitoring => "monitoring",
            Stage::ImpactAssessed => "impact-assessed",
            Stage::Closed => "closed",
            Stage::Withdrawn => "withdrawn",
        }
    }
    /// The stage in words, as readers see it ("Awaiting the response").
    pub fn label(self) -> &'static str {
        match self {
            Stage::Proposed => "Proposed",
            Stage::Scoping => "Scoping",
            Stage::Evidence => "Gathering evidence",
            Stage::Reporting => "Writing the report",
            Stage::AwaitingResponse => "Awaiting the response",
            Stage::Monitoring => "Monitoring",
            Stage::ImpactAssessed => "Impact assessed",
            Stage::Closed => "Closed",
            Stage::Withdrawn => "Withdrawn",
        }
    }
    /// The stage with this key, if any.
    pub fn from_key(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|x| x.key() == s)
    }
    /// Every key, in order (for hints that list them).
    pub fn keys() -> Vec<&'static str> {
        Stage::ALL.iter().map(|s| s.key()).collect()
    }
    /// The report is not published yet: proposed, scoping, gathering evidence or writing it. Such
    /// a review needs no recommendations and no `published` date.
    pub fn before_report(self) -> bool {
        matches!(
            self,
            Stage::Proposed | Stage::Scoping | Stage::Evidence | Stage::Reporting
        )
    }
    /// The report is published: from `awaiting-response` on (not `withdrawn`).
    pub fn reported(self) -> bool {
        !self.before_report() && self != Stage::Withdrawn
    }
}

/// What an impact assessment found: whether the review made a difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rating {
    /// It changed things a great deal.
    Significant,
    /// It changed some things.
    Some,
    /// It changed little.
    Little,
    /// It changed nothing that could be seen.
    None,
    /// Too soon to say.
    TooEarly,
}

impl Rating {
    /// Every rating, most impact first.
    pub const ALL: [Rating; 5] = [
        Rating::Significant,
        Rating::Some,
        Rating::Little,
        Rating::None,
        Rating::TooEarly,
    ];
    /// The key written in content files (`too-early`).
    pub fn key(self) -> &'static str {
        match self {
            Rating::Significant => "significant",
            Rating::Some => "some",
            Rating::Little => "little",
            Rating::None => "none",
            Rating::TooEarly => "too-early",
        }
    }
    /// The rating in words ("Some impact").
    pub fn label(self) -> &'static str {
        match self {
            Rating::Significant => "Significant impact",
            Rating::Some => "Some impact",
            Rating::Little => "Little impact",
            Rating::None => "No impact",
            Rating::TooEarly => "Too early to tell",
        }
    }
    /// The rating with this key, if any.
    pub fn from_key(s: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.key() == s)
    }
    /// Every key, in order (for hints that list them).
    pub fn keys() -> Vec<&'static str> {
        Rating::ALL.iter().map(|r| r.key()).collect()
    }
}

/// One entry of a review's stage history: the stage, when it began, and why (a withdrawal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageEntry {
    /// The stage the review moved into.
    pub stage: Stage,
    /// When it began.
    pub date: NaiveDate,
    /// Why, where given: required for `withdrawn`.
    pub reason: Option<String>,
}

/// The assessment, after monitoring, of whether the review made a difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Impact {
    /// When it was made.
    pub date: NaiveDate,
    /// Who made it, where given.
    pub by: Option<String>,
    /// What it found.
    pub rating: Rating,
    /// Markdown: what changed for residents, with evidence.
    pub text: String,
}
