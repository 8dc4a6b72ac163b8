//! The tracker an officer sends round each quarter: one row per recommendation, then one per
//! action of it, in review and number order, with the columns SPEC.md names (`COLUMNS`), chosen
//! by review and by responsible party. This module makes the rows from the SiteIndex; `xlsx` and
//! `csv` turn them into a file's bytes. Pure: must not touch files or print.

pub mod csv;
pub mod ods;
pub mod xlsx;

use crate::index::SiteIndex;
use crate::model::Deadline;
use crate::model::slug::slugify;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// The columns, in order. The first eight say where things stand; the rest are filled in by the
/// action owner (`FILL_IN`). `import --updates` finds them by these names: never rename them.
pub const COLUMNS: [&str; 14] = [
    "Review",
    "No.",
    "Action",
    "Recommendation or action",
    "Responsible",
    "Current deadline",
    "Status",
    "Last update",
    "New status",
    "Progress update",
    "Update date",
    "Revised deadline",
    "Reason for new deadline",
    "Close?",
];

/// The index of the first column to fill in.
pub const FILL_IN: usize = 8;

/// One row of the tracker.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The review's slug, as in its web address: the row is matched back by it.
    pub review: String,
    /// The recommendation's number as published.
    pub number: String,
    /// `None` on the recommendation's own row; 1, 2, ... on the rows of its actions.
    pub action: Option<usize>,
    /// The recommendation's text (Markdown as written), or the action's.
    pub text: String,
    /// Who is responsible, as written (an action without an owner is the recommendation's).
    pub responsible: Vec<String>,
    /// The deadline in force (recommendations only: actions have none).
    pub current_deadline: Option<Deadline>,
    /// The status in words (the site's label); empty for an action without one.
    pub status: String,
    /// The latest update (recommendations only).
    pub last_update: Option<(NaiveDate, String)>,
}

impl Row {
    /// The latest update as a spreadsheet shows it: `31 August 2014: text`.
    pub fn last_update_text(&self) -> String {
        self.last_update
            .as_ref()
            .map(|(d, s)| format!("{}: {}", d.format("%-d %B %Y"), s.trim()))
            .unwrap_or_default()
    }
}

/// Whether the column to fill in named `name` holds dates (`Update date`, `Revised deadline`).
pub fn is_date_column(name: &str) -> bool {
    matches!(name, "Update date" | "Revised deadline")
}

/// The tracker: its title, its rows, and the status labels the owner may choose from.
#[derive(Debug, Clone, PartialEq)]
pub struct Tracker {
    /// For the title row: site title, the review (or how many), the as-of date.
    pub title: String,
    /// One row per recommendation chosen, each followed by the rows of its actions.
    pub rows: Vec<Row>,
    /// The site's status labels, in the order site.yaml gives them.
    pub statuses: Vec<String>,
    /// The date the tracker is as of.
    pub as_of: NaiveDate,
}

impl Tracker {
    /// How many recommendations have rows.
    pub fn recommendations(&self) -> usize {
        self.rows.iter().filter(|r| r.action.is_none()).count()
    }
    /// How many actions have rows.
    pub fn actions(&self) -> usize {
        self.rows.iter().filter(|r| r.action.is_some()).count()
    }
    /// How many reviews have rows in the tracker.
    pub fn reviews(&self) -> usize {
        self.rows
            .iter()
            .map(|r| r.review.as_str())
            .collect::<BTreeSet<_>>()
            .len()
    }
}

/// Which rows to export: every review unless some are named; every party unless one is.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// `--review`: the reviews to export; all of them when empty.
    pub reviews: Vec<String>,
    /// `--responsible`: the one party whose rows to export, as a name, abbreviation or meaning.
    pub responsible: Option<String>,
}

/// Why nothing can be exported. Each lists what there is, so the next try can be right.
#[derive(Debug, Clone, PartialEq)]
pub enum Refused {
    /// `--review` names no review of the site.
    NoSuchReview {
        /// The name given.
        given: String,
        /// The reviews there are.
        known: Vec<String>,
    },
    /// `--responsible` names nobody responsible for anything.
    NoSuchParty {
        /// The name given.
        given: String,
        /// The parties there are.
        known: Vec<String>,
    },
    /// The rows chosen are none.
    Empty {
        /// Why, in words: "IC is responsible for nothing in the reviews chosen".
        why: String,
    },
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |k: &[String]| {
            if k.is_empty() {
                "there are none yet".to_string()
            } else {
                format!("there are: {}", k.join(", "))
            }
        };
        match self {
            Refused::NoSuchReview { given, known } => write!(
                f,
                "--review {given}: there is no review of that name in content/reviews/; {}",
                list(known)
            ),
            Refused::NoSuchParty { given, known } => write!(
                f,
                "--responsible {given}: nobody of that name is responsible for a recommendation or an action; {}",
                list(known)
            ),
            Refused::Empty { why } => write!(f, "nothing to export: {why}"),
        }
    }
}

/// The tracker for `sel` from the site as indexed.
pub fn build(ix: &SiteIndex, sel: &Selection) -> Result<Tracker, Refused> {
    let site = &ix.site;
    let mut reviews = BTreeSet::new();
    for given in &sel.reviews {
        let slug = given.trim().trim_end_matches('/');
        match site.reviews.iter().position(|r| r.slug == slug) {
            Some(i) => {
                reviews.insert(i);
            }
            None => {
                return Err(Refused::NoSuchReview {
                    given: given.clone(),
                    known: site.reviews.iter().map(|r| r.slug.clone()).collect(),
                });
            }
        }
    }
    let wanted = match &sel.responsible {
        Some(p) => Some(parties_named(ix, p)?),
        None => None,
    };
    let keep = |names: &[String]| {
        wanted
            .as_ref()
            .is_none_or(|w| names.iter().any(|n| w.contains(&slugify(n))))
    };
    let mut rows = Vec::new();
    for (idx, e) in ix.recs.iter().enumerate() {
        if !reviews.is_empty() && !reviews.contains(&e.review) {
            continue;
        }
        let review = &site.reviews[e.review];
        let r = ix.rec(idx);
        if keep(&r.responsible) {
            rows.push(Row {
                review: review.slug.clone(),
                number: r.number.as_str().to_string(),
                action: None,
                text: r.recommendation.to_string(),
                responsible: r.responsible.clone(),
                current_deadline: e.facts.current_deadline,
                status: label(ix, &r.status),
                last_update: r.updates.last().map(|u| (u.date, u.text.to_string())),
            });
        }
        for (ai, a) in r.actions.iter().enumerate() {
            let who = if a.responsible.is_empty() {
                &r.responsible
            } else {
                &a.responsible
            };
            if keep(who) {
                rows.push(Row {
                    review: review.slug.clone(),
                    number: r.number.as_str().to_string(),
                    action: Some(ai + 1),
                    text: a.action.to_string(),
                    responsible: who.clone(),
                    current_deadline: None,
                    status: a
                        .status
                        .as_deref()
                        .map(|s| label(ix, s))
                        .unwrap_or_default(),
                    last_update: None,
                });
            }
        }
    }
    if rows.is_empty() {
        let why = match (&sel.responsible, site.reviews.is_empty()) {
            (_, true) => "the site has no reviews yet".to_string(),
            (Some(p), _) => format!("{p} is responsible for nothing in the reviews chosen"),
            (None, _) => "the reviews chosen have no recommendations".to_string(),
        };
        return Err(Refused::Empty { why });
    }
    let what = match reviews.len() {
        1 => site.reviews[*reviews.first().expect("one")]
            .title
            .to_string(),
        0 if site.reviews.len() == 1 => site.reviews[0].title.to_string(),
        0 => "all reviews".to_string(),
        n => format!("{n} reviews"),
    };
    let whose = sel
        .responsible
        .as_ref()
        .map(|p| format!(", rows for {}", p.trim()))
        .unwrap_or_default();
    Ok(Tracker {
        title: format!(
            "{}: {what}{whose}, as of {}",
            site.config.title,
            ix.as_of.format("%-d %B %Y")
        ),
        rows,
        statuses: site
            .config
            .statuses
            .0
            .iter()
            .map(|s| s.label.to_string())
            .collect(),
        as_of: ix.as_of,
    })
}

fn label(ix: &SiteIndex, key: &str) -> String {
    ix.site
        .config
        .statuses
        .get(key)
        .map_or(key, |s| s.label.as_str())
        .to_string()
}

/// The slugs of the parties `given` names: by the name as written or its glossary meaning, in any
/// case (`ic`, `IC` and `Islington Council` are one party).
fn parties_named(ix: &SiteIndex, given: &str) -> Result<BTreeSet<String>, Refused> {
    let g = given.trim().to_lowercase();
    let meaning = ix.site.glossary.lookup(given.trim()).map(str::to_lowercase);
    let same = |s: &str| {
        let s = s.to_lowercase();
        s == g || meaning.as_deref() == Some(s.as_str())
    };
    let found: BTreeSet<String> = ix
        .parties
        .iter()
        .filter(|p| same(&p.name) || p.meaning.as_deref().is_some_and(same))
        .map(|p| p.slug.clone())
        .collect();
    if found.is_empty() {
        return Err(Refused::NoSuchParty {
            given: given.to_string(),
            known: ix
                .parties
                .iter()
                .map(|p| match &p.meaning {
                    Some(m) => format!("{} ({m})", p.name),
                    None => p.name.clone(),
                })
                .collect(),
        });
    }
    Ok(found)
}
