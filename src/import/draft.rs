//! The recommendations of a plan, finished: each item's recommendations numbered (1.1, 1.2 ...),
//! and what the sheet left open settled (title, theme, status, response, who is responsible),
//! with a problem and a comment wherever something had to be filled in. Pure; must not touch files
//! or print.

use super::cells::{names, response_word};
use super::row::Rec;
use super::{Cell, Diagnostic};
use crate::markdown::first_sentence;
use crate::model::{Action, Category, Deadline, Response, SiteConfig};
use chrono::NaiveDate;

/// One progress note, dated when written.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// What the note says.
    pub text: String,
    /// The status it gives, as a key of the vocabulary.
    pub status: Option<String>,
}

/// One recommendation as read from the sheet, every field decided.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Its number, as published or made for it (`1.2`).
    pub number: String,
    /// The cell it starts at.
    pub at: Cell,
    /// A short title, given or taken from the first sentence.
    pub title: Option<String>,
    /// The theme it is grouped under.
    pub theme: Option<String>,
    /// What the review asked for.
    pub recommendation: String,
    /// The formal response, as read or settled.
    pub response: Response,
    /// The words of the response.
    pub response_text: Option<String>,
    /// Who is responsible.
    pub responsible: Vec<String>,
    /// The named officer who leads the work.
    pub lead_officer: Option<String>,
    /// The money or staff set aside.
    pub resources: Option<String>,
    /// The original deadline.
    pub deadline: Option<Deadline>,
    /// A revised deadline, when the sheet gives one.
    pub revised: Option<NaiveDate>,
    /// Its status, as a key of the vocabulary.
    pub status: String,
    /// The planned actions.
    pub actions: Vec<Action>,
    /// The progress notes.
    pub updates: Vec<Note>,
    /// What came of it.
    pub outcome: Option<String>,
    /// What the file must say about cells set aside or values filled in: YAML comments.
    pub comments: Vec<String>,
}

/// A numbered item of the plan: one recommendation, or several (1.1, 1.2 ...).
pub(super) struct Item {
    pub number: String,
    /// The text after the number in its cell (`1. Employment practise`).
    pub heading: Option<String>,
    /// The section row above it.
    pub section: Option<String>,
    pub recs: Vec<Rec>,
}

/// The status given to recommendations of a sheet without a status column.
pub(super) fn default_status(config: &SiteConfig) -> String {
    let s = &config.statuses.0;
    s.iter()
        .find(|d| d.category == Category::NotStarted)
        .or(s.first())
        .map_or_else(|| "not-started".into(), |d| d.key.clone())
}

/// What the sheet's columns give, for settling what its rows leave open.
pub(super) struct Given {
    pub status: bool,
    /// A response column (or response text).
    pub response: bool,
    /// The header of the Responsible column (`Cabinet Member`), when there is one.
    pub responsible: Option<String>,
    /// The lead officer column, as notes name it: `column F \`Lead Officer\``.
    pub lead_officer: Option<String>,
}

/// Numbers the recommendations of each item and settles what the sheet left open.
pub(super) fn finish(
    items: Vec<Item>,
    given: &Given,
    default_status: &str,
    config: &SiteConfig,
    problems: &mut Vec<Diagnostic>,
    notes: &mut Vec<String>,
) -> Vec<Draft> {
    let has_status = given.status;
    let (mut unstated, mut unworded, mut led) = (Vec::new(), Vec::new(), 0);
    let mut not_done = Vec::new();
    let mut out: Vec<Draft> = Vec::new();
    for item in items {
        let several = item.recs.len() > 1;
        for (k, r) in item.recs.into_iter().enumerate() {
            let at = r.at.unwrap_or(Cell { row: 0, col: 0 });
            let mut number = if several {
                format!("{}.{}", item.number, k + 1)
            } else {
                item.number.clone()
            };
            let mut comments = r.comments;
            if let Some(first) = out.iter().find(|d| d.number == number) {
                problems.push(Diagnostic::cell_error(
                    Some(at),
                    None,
                    format!(
                        "recommendation number {number} is used twice: at {} and at {at}",
                        first.at
                    ),
                    "give each recommendation its own number (such as 10a and 10b)",
                ));
                number = format!("{number} (row {})", at.row);
                comments.push(format!(
                    "the sheet numbers this {} too, like the one at {}: give it its own number",
                    first.number, first.at
                ));
            }
            let theme = r
                .theme
                .or_else(|| item.section.clone())
                .or_else(|| item.heading.clone());
            let heading_is_theme = item.section.is_none() && item.heading.is_some();
            let title = r.title.or_else(|| {
                item.heading
                    .clone()
                    .filter(|_| !several || !heading_is_theme)
            });
            let title = title.filter(|t| *t != first_sentence(&r.recommendation, 100));
            let status = match r
                .status
                .clone()
                .or_else(|| r.actions.iter().find_map(|a| a.status.clone()))
            {
                Some(s) => s,
                None if !has_status => default_status.to_string(),
                None => {
                    if !r.status_reported {
                        problems.push(Diagnostic::cell_error(
                            Some(at),
                            None,
                            format!("recommendation {number} has no status"),
                            format!(
                                "write its status in the status column, one of: {}",
                                config
                                    .statuses
                                    .0
                                    .iter()
                                    .map(|s| s.label.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        ));
                    }
                    comments.push(format!("status: the sheet gives no status this site knows, so `{default_status}` is written here: correct it"));
                    default_status.to_string()
                }
            };
            // A formal response is never invented: a planned action is not agreement.
            let response = r.response.unwrap_or(Response::Awaiting);
            if r.response.is_none() && given.response {
                unstated.push(number.clone());
                comments.push("response: the sheet's response cell for this recommendation is empty, so `awaiting` is written here: correct it once the response is known".into());
            } else if response == Response::Awaiting
                && r.response_text
                    .as_deref()
                    .is_some_and(|t| response_word(t).is_none())
            {
                unworded.push(number.clone());
                comments.push("response: the response in the sheet does not begin with a word such as \"Agreed\" or \"Not agreed\", so `awaiting` is written here: read response_text and correct it".into());
            }
            let mut responsible = r.responsible;
            if responsible.is_empty()
                && let Some(lead) = &r.lead_officer
            {
                responsible = names(lead);
                if let Some(column) = &given.responsible {
                    comments.push(format!("responsible: the {} cell is empty, so the lead officer, {lead}, is written here", if column.is_empty() { "Responsible" } else { column }));
                } else {
                    led += 1;
                }
            }
            if responsible.is_empty() {
                for a in &r.actions {
                    for n in &a.responsible {
                        if !responsible.contains(n) {
                            responsible.push(n.clone());
                        }
                    }
                }
            }
            if responsible.is_empty() {
                problems.push(Diagnostic::cell_error(
                    Some(r.responsible_at.unwrap_or(at)),
                    None,
                    format!("recommendation {number} names no one as responsible"),
                    "write who is answerable for it in the Responsible column",
                ));
                comments.push(format!(
                    "responsible: the sheet names no one, so {} is written here: correct it",
                    config.organisation
                ));
                responsible.push(config.organisation.to_string());
            }
            let mut recommendation = r.recommendation;
            if recommendation.is_empty() {
                problems.push(Diagnostic::cell_error(
                    Some(at),
                    None,
                    format!("recommendation {number} has no text"),
                    "write what the panel recommended in the Recommendation column",
                ));
                comments.push("recommendation: the sheet gives no text for this recommendation: write it here".into());
                recommendation = format!("Recommendation {number}");
            }
            // What was done is an outcome only once the work is finished: on an open
            // recommendation ("To be renegotiated") it is progress, never "we did".
            let mut updates = r.updates;
            let mut outcome = r.outcome;
            let open = config
                .statuses
                .get(&status)
                .is_none_or(|d| d.category.is_open());
            if open && let Some(text) = outcome.take() {
                not_done.push(number.clone());
                updates.push(Note { text, status: None });
            }
            out.push(Draft {
                number,
                at,
                title,
                theme,
                recommendation,
                response,
                response_text: r.response_text.filter(|t| !t.is_empty()),
                responsible,
                lead_officer: r.lead_officer,
                resources: r.resources,
                deadline: r.deadline,
                revised: r.revised.filter(|d| r.deadline != Some(Deadline::Date(*d))),
                status,
                actions: r.actions,
                updates,
                outcome,
                comments,
            });
        }
    }
    settled(given, &unstated, &unworded, led, notes);
    if !not_done.is_empty() {
        let (which, them) = if not_done.len() == 1 {
            ("recommendation", "it is")
        } else {
            ("recommendations", "they are")
        };
        notes.push(format!(
            "the outcome cells of {which} {} are kept as progress updates, not as outcomes: {them} not finished, so what the cells say is not yet done (\"We did\" is only for finished work)",
            not_done.join(", ")
        ));
    }
    out
}

/// The notes on what was assumed where the sheet left a response or who is responsible open.
fn settled(
    given: &Given,
    unstated: &[String],
    unworded: &[String],
    led: usize,
    notes: &mut Vec<String>,
) {
    let list = |numbers: &[String]| {
        let word = if numbers.len() == 1 {
            "recommendation"
        } else {
            "recommendations"
        };
        format!("{word} {}", numbers.join(", "))
    };
    if !given.response {
        notes.push("the sheet has no response column, so it states no formal response: every recommendation is marked `awaiting` (a planned action is not taken as agreement); write each response (agreed, partially-agreed, not-agreed) in its file once it is known".into());
    }
    if !unstated.is_empty() {
        notes.push(format!(
            "{} {} no response (the response cell is empty), so `awaiting` is written: correct it once the response is known",
            list(unstated),
            if unstated.len() == 1 { "states" } else { "state" }
        ));
    }
    if !unworded.is_empty() {
        notes.push(format!(
            "the response to {} does not begin with a word such as \"Agreed\" or \"Not agreed\", so `awaiting` is written and the text kept as response_text: read it and write the response in the file",
            list(unworded)
        ));
    }
    if let (Some(lead), true) = (&given.lead_officer, led > 0) {
        notes.push(format!(
            "the sheet has no Responsible column, so the lead officer ({lead}) is written as who is responsible for {led} {}",
            if led == 1 { "recommendation" } else { "recommendations" }
        ));
    }
}
