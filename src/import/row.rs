//! One row of the table read into a recommendation: its text appended, its owner, status, planned
//! action and progress, its dates and its response; a cell that cannot be understood becomes a
//! problem with its cell and a comment in the file, never dropped. Pure; must not touch files or
//! print.

use super::cells::{self, has_letters, join, names, quoted, response_of, status_of};
use super::columns::{Column, Field};
use super::draft::Note;
use super::read::Value;
use super::{Cell, Diagnostic};
use crate::model::{Action, Deadline, Response, Statuses};
use chrono::NaiveDate;

/// The cells of one row, by field.
pub(super) struct Row<'a> {
    pub number: usize,
    pub cells: Vec<(&'a Column, &'a Value)>,
}

impl Row<'_> {
    /// The text under `f` (several columns joined), with the first cell it came from.
    pub(super) fn text(&self, f: Field) -> Option<(String, Cell, &Column)> {
        let mut out: Option<(String, Cell, &Column)> = None;
        for (c, v) in self.cells.iter().filter(|(c, _)| c.field == Some(f)) {
            let t = v.text();
            match &mut out {
                None => {
                    out = Some((
                        t,
                        Cell {
                            row: self.number,
                            col: c.index,
                        },
                        c,
                    ))
                }
                Some((s, _, _)) => join(s, &t),
            }
        }
        out.filter(|(t, _, _)| !t.is_empty())
    }
    pub(super) fn value(&self, f: Field) -> Option<(&Value, Cell, &Column)> {
        self.cells
            .iter()
            .find(|(c, _)| c.field == Some(f))
            .map(|(c, v)| {
                (
                    *v,
                    Cell {
                        row: self.number,
                        col: c.index,
                    },
                    *c,
                )
            })
    }
}

/// A draft while its rows are read.
#[derive(Debug, Default)]
pub(super) struct Rec {
    pub at: Option<Cell>,
    pub title: Option<String>,
    pub theme: Option<String>,
    pub recommendation: String,
    pub response: Option<Response>,
    pub response_text: Option<String>,
    pub responsible: Vec<String>,
    pub responsible_at: Option<Cell>,
    pub lead_officer: Option<String>,
    pub resources: Option<String>,
    pub deadline: Option<Deadline>,
    pub revised: Option<NaiveDate>,
    pub status: Option<String>,
    /// A status cell was reported already.
    pub status_reported: bool,
    pub actions: Vec<Action>,
    pub updates: Vec<Note>,
    pub outcome: Option<String>,
    pub comments: Vec<String>,
}

impl Rec {
    /// Reads a row into the recommendation: all of it for a new one, or as a continuation.
    pub(super) fn read(
        &mut self,
        row: &Row,
        new: bool,
        statuses: &Statuses,
        problems: &mut Vec<Diagnostic>,
    ) {
        if let Some((t, at, c)) = row.text(Field::Recommendation) {
            if has_letters(&t) {
                join(&mut self.recommendation, &t);
            } else {
                self.stray(problems, at, c, &t, "a recommendation");
            }
        }
        let mut row_names = Vec::new();
        if let Some((t, at, c)) = row.text(Field::Responsible) {
            if has_letters(&t) {
                row_names = names(&t);
                self.responsible_at.get_or_insert(at);
                for n in &row_names {
                    if !self.responsible.contains(n) {
                        self.responsible.push(n.clone());
                    }
                }
            } else {
                self.stray(problems, at, c, &t, "a name");
            }
        }
        let mut row_status = None;
        if let Some((t, at, c)) = row.text(Field::Status) {
            match status_of(&t, statuses) {
                Some(k) => row_status = Some(k),
                None if !has_letters(&t) => self.stray(problems, at, c, &t, "a status"),
                None => {
                    let labels: Vec<&str> = statuses.0.iter().map(|s| s.label.as_str()).collect();
                    problems.push(
                        Diagnostic::cell_error(
                            Some(at),
                            Some(c.header.clone()),
                            format!("{} is not one of this site's statuses", quoted(&t)),
                            format!(
                                "write one of {} in the cell, or add it to `statuses:` in content/site.yaml with the category it belongs to",
                                labels.join(", ")
                            ),
                        )
                        .found(&t),
                    );
                    self.comments.push(format!(
                        "{at} ({}) says \"{t}\", which is not one of this site's statuses",
                        c.header
                    ));
                    self.status_reported = true;
                }
            }
        }
        // A timetable cell is the status when it is one, else the deadline.
        let timetable = row.value(Field::Timetable);
        let timetable_status = timetable.and_then(|(v, _, _)| status_of(&v.text(), statuses));
        if row_status.is_none() {
            row_status = timetable_status.clone();
        }
        if let (Some((v, at, c)), None) = (timetable, &timetable_status) {
            self.date_cell(v, at, c, Field::Deadline, problems);
        }
        // An outcome that is a status word (`Actioned.`, `Pending`) says the status, in a row
        // that gives no other: it is read as the status, not as what was done.
        let mut outcome = row.text(Field::Outcome).map(|(t, _, _)| t);
        if row_status.is_none()
            && let Some(k) = outcome.as_deref().and_then(|t| status_of(t, statuses))
        {
            row_status = Some(k);
            outcome = None;
        }
        if self.status.is_none() {
            self.status = row_status.clone();
        }
        // A continuation row with an owner or a status of its own is another action.
        let own = new || row_status.is_some() || !row_names.is_empty();
        if let Some((t, at, c)) = row.text(Field::Action) {
            if !has_letters(&t) {
                self.stray(problems, at, c, &t, "an action");
            } else if own || self.actions.is_empty() {
                let who = cells::action_owner(&t)
                    .map(|o| vec![o])
                    .unwrap_or_else(|| row_names.clone());
                self.actions.push(Action {
                    action: t.into(),
                    responsible: who,
                    status: row_status.clone(),
                });
            } else if let Some(a) = self.actions.last_mut() {
                join(a.action.default_mut(), &t);
            }
        }
        if let Some((t, _, _)) = row.text(Field::Progress) {
            match self.updates.last_mut() {
                Some(u) if !own => join(&mut u.text, &t),
                _ => self.updates.push(Note {
                    text: t,
                    status: row_status.clone(),
                }),
            }
        }
        self.response(row);
        self.date(row, Field::Deadline, problems);
        self.date(row, Field::RevisedDeadline, problems);
        let resources = row.text(Field::Resources).map(|(t, _, _)| t);
        for (text, slot) in [
            (resources, &mut self.resources),
            (outcome, &mut self.outcome),
        ] {
            if let Some(t) = text {
                join(slot.get_or_insert_with(String::new), &t);
            }
        }
        for (c, v) in row.cells.iter().filter(|(c, _)| c.field.is_none()) {
            let at = Cell {
                row: row.number,
                col: c.index,
            };
            self.comments.push(format!(
                "{at} ({}): \"{}\" is in a column followthrough does not know",
                c.header,
                v.text()
            ));
        }
        if let Some((v, at, c)) = row.value(Field::MeetingDate) {
            let date = match v {
                Value::Date(d) => d.format("%-d %B %Y").to_string(),
                _ => v.text(),
            };
            self.comments.push(format!(
                "{at} ({}): {date}, the date of the meeting, not a deadline",
                c.header
            ));
        }
        for (f, slot) in [
            (Field::Title, &mut self.title),
            (Field::Theme, &mut self.theme),
            (Field::LeadOfficer, &mut self.lead_officer),
        ] {
            if let Some((t, at, c)) = row.text(f) {
                match slot {
                    None => *slot = Some(t),
                    Some(old) if *old == t => {}
                    Some(old) => {
                        let says = |t: &str, old: &str| {
                            format!(
                                "{at} ({}) says {t}, but the row above already gave {old}",
                                c.header
                            )
                        };
                        self.comments
                            .push(says(&format!("\"{t}\""), &format!("\"{old}\"")));
                        let msg = says(&quoted(&t), &quoted(old));
                        problems.push(
                            Diagnostic::cell_warning(
                                Some(at),
                                Some(c.header.clone()),
                                msg,
                                "it is kept as a comment in the recommendation's file",
                            )
                            .found(&t),
                        );
                    }
                }
            }
        }
    }

    /// The kind of response from the leading words of the response column (else of the response
    /// text); its words are kept as `response_text` unless they say no more than the kind.
    fn response(&mut self, row: &Row) {
        let kind_cell = row.text(Field::Response);
        let text_cell = row.text(Field::ResponseText);
        if let Some((t, _, _)) = kind_cell.as_ref().or(text_cell.as_ref()) {
            let (kind, only) = response_of(t);
            self.response.get_or_insert(kind);
            if only && text_cell.is_none() {
                return;
            }
        }
        if let Some((t, _, _)) = kind_cell.filter(|(t, _, _)| !response_of(t).1) {
            join(self.response_text.get_or_insert_with(String::new), &t);
        }
        if let Some((t, _, _)) = text_cell {
            join(self.response_text.get_or_insert_with(String::new), &t);
        }
    }

    /// A cell that could not be understood: a problem, and a comment in the file.
    pub(super) fn problem(
        &mut self,
        problems: &mut Vec<Diagnostic>,
        at: Cell,
        c: &Column,
        text: &str,
        what: &str,
        hint: &str,
    ) {
        problems.push(
            Diagnostic::cell_error(
                Some(at),
                Some(c.header.clone()),
                format!("{} {what}", quoted(text)),
                hint,
            )
            .found(text),
        );
        self.comments
            .push(format!("{at} ({}): \"{text}\" {what}", c.header));
    }

    /// A cell with no words in a column of words (`764011`, `33/11/2`), left by converting the
    /// document: set aside with a warning, and kept as a comment in the file.
    fn stray(
        &mut self,
        problems: &mut Vec<Diagnostic>,
        at: Cell,
        c: &Column,
        text: &str,
        expected: &str,
    ) {
        problems.push(
            Diagnostic::cell_warning(
                Some(at),
                Some(c.header.clone()),
                format!("{} has no words, so it was not read as {expected}", quoted(text)),
                "it is kept as a comment in the recommendation's file; delete it there if it is a left-over from copying the document",
            )
            .found(text),
        );
        self.comments.push(format!(
            "{at} ({}): \"{text}\" was set aside: it has no words, so it is not {expected}",
            c.header
        ));
    }
}
