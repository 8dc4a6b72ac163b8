//! The recommendations of a plan, finished: each item's recommendations numbered (1.1, 1.2 ...),
//! and what the sheet left open settled (title, theme, status, response, who is responsible),
//! with a problem and a comment wherever something had to be filled in. Pure; must not touch files
//! or print.

use super::row::Rec;
use super::{Pos, Problem};
use crate::markdown::first_sentence;
use crate::model::{Action, Category, Deadline, Response, SiteConfig};
use chrono::NaiveDate;

/// One progress note, dated when written.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub text: String,
    pub status: Option<String>,
}

/// One recommendation as read from the sheet, every field decided.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub number: String,
    /// The cell it starts at.
    pub at: Pos,
    pub title: Option<String>,
    pub theme: Option<String>,
    pub recommendation: String,
    pub response: Response,
    pub response_text: Option<String>,
    pub responsible: Vec<String>,
    pub lead_officer: Option<String>,
    pub resources: Option<String>,
    pub deadline: Option<Deadline>,
    pub revised: Option<NaiveDate>,
    pub status: String,
    pub actions: Vec<Action>,
    pub updates: Vec<Note>,
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

/// Numbers the recommendations of each item and settles what the sheet left open.
pub(super) fn finish(
    items: Vec<Item>,
    has_status: bool,
    default_status: &str,
    config: &SiteConfig,
    problems: &mut Vec<Problem>,
) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for item in items {
        let several = item.recs.len() > 1;
        for (k, r) in item.recs.into_iter().enumerate() {
            let at = r.at.unwrap_or(Pos { row: 0, col: 0 });
            let mut number = if several {
                format!("{}.{}", item.number, k + 1)
            } else {
                item.number.clone()
            };
            let mut comments = r.comments;
            if let Some(first) = out.iter().find(|d| d.number == number) {
                problems.push(Problem::blocking(
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
                        problems.push(Problem::blocking(
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
            let response = r.response.unwrap_or(if r.actions.is_empty() {
                Response::Awaiting
            } else {
                Response::Agreed
            });
            let mut responsible = r.responsible;
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
                problems.push(Problem::blocking(
                    Some(r.responsible_at.unwrap_or(at)),
                    None,
                    format!("recommendation {number} names no one as responsible"),
                    "write who is answerable for it in the Responsible column",
                ));
                comments.push(format!(
                    "responsible: the sheet names no one, so {} is written here: correct it",
                    config.organisation
                ));
                responsible.push(config.organisation.clone());
            }
            let mut recommendation = r.recommendation;
            if recommendation.is_empty() {
                problems.push(Problem::blocking(
                    Some(at),
                    None,
                    format!("recommendation {number} has no text"),
                    "write what the panel recommended in the Recommendation column",
                ));
                comments.push("recommendation: the sheet gives no text for this recommendation: write it here".into());
                recommendation = format!("Recommendation {number}");
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
                updates: r.updates,
                outcome: r.outcome,
                comments,
            });
        }
    }
    out
}
