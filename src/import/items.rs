//! The rows of a plan gathered into numbered items: a numbered row starts an item (`1.
//! Employment practise` gives the number and a heading), `a) ...` numbers a plan with no number
//! column, single-cell rows above a data row are its section, and a row without a number starts
//! another recommendation of the item when its recommendation begins a sentence (1.1, 1.2 ...)
//! or else continues the one above. Pure; must not touch files or print.

use super::Cell;
use super::Diagnostic;
use super::cells::{item_number, label, quoted, starts_new};
use super::columns::Field;
use super::draft::Item;
use super::row::{Rec, Row};
use crate::model::SiteConfig;

/// The items read so far, and what the rows above decided for the rows below.
pub(super) struct Builder<'a> {
    pub config: &'a SiteConfig,
    pub items: Vec<Item>,
    pub problems: Vec<Diagnostic>,
    pub section: Option<String>,
    pub has_number: bool,
    /// Recommendations numbered by the label their text starts with (`a) ...`).
    pub labelled: bool,
    /// The last number cell could not be read: its row, and the rows that continue it, are left
    /// out, so that no other recommendation is renumbered around it.
    pub skipping: bool,
}

impl Builder<'_> {
    /// Single-cell rows before a data row are sections: the last one is the theme from here on.
    pub(super) fn sections(&mut self, pending: &mut Vec<(usize, String)>, notes: &mut Vec<String>) {
        let Some((_, last)) = pending.pop() else {
            return;
        };
        for (r, text) in pending.drain(..) {
            notes.push(format!("row {r} ({}) is a heading with another one right under it; the lower one is used as the theme", quoted(&text)));
        }
        let heading = item_number(&last).and_then(|(_, h)| h).unwrap_or(last);
        self.section = Some(heading);
    }

    pub(super) fn row(&mut self, row: &Row) {
        let number_cell = row.text(Field::Number);
        let numbered = number_cell.as_ref().and_then(|(t, _, _)| item_number(t));
        let rec_text = row.text(Field::Recommendation).map(|(t, _, _)| t);
        if let (Some((text, at, c)), None) = (&number_cell, &numbered) {
            self.problems.push(
                Diagnostic::cell_error(
                    Some(*at),
                    Some(c.header.clone()),
                    format!("{} is not a recommendation number", quoted(text)),
                    format!(
                        "write the number alone (such as 3 or 3.1); if this is a heading, put it on a row of its own. \
                         Until then row {} is left out (with --force too), with any rows that continue it, \
                         so that no other recommendation takes its place or its number",
                        at.row
                    ),
                )
                .found(text),
            );
            self.skipping = true;
            return;
        }
        if numbered.is_some() {
            self.skipping = false;
        } else if self.skipping {
            return;
        }
        let first_at = Cell {
            row: row.number,
            col: row.cells[0].0.index,
        };
        if let Some((number, heading)) = numbered {
            self.items.push(Item {
                number,
                heading,
                section: self.section.clone(),
                recs: Vec::new(),
            });
            self.start(row, number_cell.map_or(first_at, |(_, at, _)| at));
            return;
        }
        // Without a number column, `a) ...` numbers the recommendation it starts.
        if let Some((number, text)) = rec_text
            .as_deref()
            .and_then(label)
            .filter(|_| !self.has_number)
        {
            self.labelled = true;
            self.items.push(Item {
                number,
                heading: None,
                section: self.section.clone(),
                recs: Vec::new(),
            });
            self.start(row, first_at);
            if let Some(r) = self.last() {
                r.recommendation = text;
            }
            return;
        }
        let new_sentence = rec_text.as_deref().is_some_and(starts_new);
        if self.items.is_empty() || (!self.has_number && new_sentence) {
            if self.has_number && number_cell.is_none() {
                self.problems.push(Diagnostic::cell_error(
                    Some(first_at),
                    None,
                    format!(
                        "row {} has no recommendation number, and no numbered row comes before it",
                        row.number
                    ),
                    "write its number in the number column",
                ));
            }
            let number = (self.items.len() + 1).to_string();
            self.items.push(Item {
                number,
                heading: None,
                section: self.section.clone(),
                recs: Vec::new(),
            });
            self.start(row, first_at);
            return;
        }
        let last_is_empty = self.last().is_none_or(|r| r.recommendation.is_empty());
        if new_sentence && !last_is_empty {
            self.start(row, first_at);
        } else {
            self.extend(row);
        }
    }

    fn last(&mut self) -> Option<&mut Rec> {
        self.items.last_mut().and_then(|i| i.recs.last_mut())
    }

    /// A new recommendation of the current item, from `row`.
    fn start(&mut self, row: &Row, at: Cell) {
        let mut r = Rec {
            at: Some(at),
            ..Rec::default()
        };
        r.read(row, true, &self.config.statuses, &mut self.problems);
        self.items
            .last_mut()
            .expect("an item was started")
            .recs
            .push(r);
    }

    /// More of the recommendation above, from a row without a number.
    fn extend(&mut self, row: &Row) {
        let mut r = match self.items.last_mut().and_then(|i| i.recs.pop()) {
            Some(r) => r,
            None => Rec {
                at: Some(Cell {
                    row: row.number,
                    col: row.cells[0].0.index,
                }),
                ..Rec::default()
            },
        };
        r.read(row, false, &self.config.statuses, &mut self.problems);
        self.items
            .last_mut()
            .expect("an item was started")
            .recs
            .push(r);
    }
}
