//! A deadline cell read into a recommendation: a date, a spreadsheet date, `Ongoing`, a date
//! among words (`Cabinet – 12 October 2011`, read with a warning and the words kept as a
//! comment), and what is refused with its cell (a length of time such as `6 months`, words with
//! no date). Pure; must not touch files or print.

use super::cells::quoted;
use super::columns::{Column, Field};
use super::dates;
use super::read::Value;
use super::row::{Rec, Row};
use super::{Cell, Diagnostic};
use crate::model::Deadline;

impl Rec {
    pub(super) fn date(&mut self, row: &Row, f: Field, problems: &mut Vec<Diagnostic>) {
        if let Some((v, at, c)) = row.value(f) {
            self.date_cell(v, at, c, f, problems);
        }
    }

    /// A deadline cell (`f` is the deadline or the revised deadline). A date among other words
    /// (`Cabinet – 12 October 2011`) is read, with a warning and the words kept as a comment.
    pub(super) fn date_cell(
        &mut self,
        v: &Value,
        at: Cell,
        c: &Column,
        f: Field,
        problems: &mut Vec<Diagnostic>,
    ) {
        let text = v.text();
        let mut in_words = None;
        let parsed = v.deadline().or_else(|| {
            in_words = dates::within(&text);
            in_words.map(Deadline::Date)
        });
        if let Some(d) = in_words {
            let read = |t: String| {
                format!(
                    "{t}: the date in it, {}, is read as the {}",
                    d.format("%-d %B %Y"),
                    if f == Field::Deadline {
                        "deadline"
                    } else {
                        "revised deadline"
                    }
                )
            };
            self.comments.push(format!(
                "{at} ({}) says {}",
                c.header,
                read(format!("\"{text}\""))
            ));
            problems.push(
                Diagnostic::cell_warning(
                    Some(at),
                    Some(c.header.clone()),
                    format!("the cell says {}", read(quoted(&text))),
                    "check it in the recommendation's file, where the words are kept as a comment; if another date is meant, write it alone in the cell",
                )
                .found(&text),
            );
        }
        // Open data gives the current deadline even when it was never revised.
        if f == Field::RevisedDeadline && parsed.is_some() && parsed == self.deadline {
            return;
        }
        let (slot_is_set, same) = match f {
            Field::Deadline => (self.deadline.is_some(), self.deadline == parsed),
            _ => (
                self.revised.is_some(),
                self.revised.map(Deadline::Date) == parsed,
            ),
        };
        match parsed {
            Some(Deadline::Ongoing) if f == Field::RevisedDeadline => {
                self.problem(problems, at, c, &text, "is not a date: a revised deadline needs one", "write the date, such as 30/04/2015");
            }
            Some(d) if !slot_is_set => match (f, d) {
                (Field::Deadline, d) => self.deadline = Some(d),
                (_, Deadline::Date(d)) => self.revised = Some(d),
                _ => {}
            },
            Some(_) if same => {}
            Some(_) => {
                let another = |t: String| format!("{at} ({}) gives another date, {t}, under the same recommendation", c.header);
                self.comments.push(another(format!("\"{text}\"")));
                let msg = another(quoted(&text));
                problems.push(Diagnostic::cell_warning(Some(at), Some(c.header.clone()), msg, "it is kept as a comment in the recommendation's file").found(&text));
            }
            None if dates::is_length(&text) => self.problem(problems,
                at,
                c,
                &text,
                "is a length of time, not a date: followthrough cannot tell when it starts, so it cannot tell when it ends",
                "write the date it ends, such as 31/12/2011 for six months from June 2011",
            ),
            None if c.field == Some(Field::Timetable) => self.problem(problems,
                at,
                c,
                &text,
                "is neither a status nor a date followthrough can read",
                "write a status (the others in the column are statuses) or a date such as 30/04/2014",
            ),
            None => self.problem(problems,
                at,
                c,
                &text,
                "is not a date followthrough can read",
                "write it as a date such as 30/04/2014, 30 April 2014, Apr-14 or April 2014 (a month alone means its last day), or Ongoing",
            ),
        }
    }
}
