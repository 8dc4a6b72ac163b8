//! The returned tracker as rows: the header row found by the column names `tracker::COLUMNS`
//! gives (in any order, any case, as a spreadsheet may have re-saved them), then each row's cells
//! by column. Pure: works on cells already read; must not read files or print.

use crate::diagnostics::Cell;
use crate::import::headers::key;
use crate::import::read::Value;
use crate::tracker::{COLUMNS, FILL_IN};

/// Where each of the tracker's columns is in the sheet (`None`: not there).
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// The header's row, as the spreadsheet numbers it (from 1).
    pub row: usize,
    /// For each of `COLUMNS`, the sheet's column it is in, counting from 0.
    pub cols: [Option<usize>; COLUMNS.len()],
}

/// The columns, by their place in `COLUMNS`. `Review`: the review's slug.
pub const REVIEW: usize = 0;
/// `No.`: the recommendation's number.
pub const NO: usize = 1;
/// `Action`: the action's number; empty on a recommendation's row.
pub const ACTION: usize = 2;
/// `Responsible`.
pub const RESPONSIBLE: usize = 4;
/// `New status`: the first column to fill in.
pub const NEW_STATUS: usize = 8;
/// `Progress update`.
pub const PROGRESS: usize = 9;
/// `Update date`.
pub const UPDATE_DATE: usize = 10;
/// `Revised deadline`.
pub const REVISED_DEADLINE: usize = 11;
/// `Reason for new deadline`.
pub const REASON: usize = 12;
/// `Close?`: whether the recommendation should be closed.
pub const CLOSE: usize = 13;

/// One row below the header.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// As the spreadsheet numbers it (from 1).
    pub row: usize,
    cells: &'a [Value],
    header: &'a Header,
}

static EMPTY: Value = Value::Empty;

impl<'a> Row<'a> {
    /// The cell of column `c` (one of the constants above), and where it is.
    pub fn cell(&self, c: usize) -> (&'a Value, Option<Cell>) {
        match self.header.cols[c] {
            Some(col) => (
                self.cells.get(col).unwrap_or(&EMPTY),
                Some(Cell { row: self.row, col }),
            ),
            None => (&EMPTY, None),
        }
    }
    /// Whether every column to fill in is empty: no update received.
    pub fn nothing_filled_in(&self) -> bool {
        (FILL_IN..COLUMNS.len()).all(|c| self.cell(c).0.is_empty())
    }
    /// Whether the row is wholly empty (a spacer, or the end of the table).
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(Value::is_empty)
    }
}

/// The header row: the first naming `Review`, `No.` and `Action`. `Err` says what is missing,
/// for a file that is not a tracker.
pub fn header(rows: &[Vec<Value>]) -> Result<Header, String> {
    let wanted: Vec<String> = COLUMNS.iter().map(|c| key(c)).collect();
    for (i, r) in rows.iter().enumerate().take(50) {
        let mut cols = [None; COLUMNS.len()];
        for (col, v) in r.iter().enumerate() {
            if let Value::Text(t) = v
                && let Some(c) = wanted.iter().position(|w| *w == key(t))
                && cols[c].is_none()
            {
                cols[c] = Some(col);
            }
        }
        if cols[REVIEW].is_some() && cols[NO].is_some() && cols[ACTION].is_some() {
            if (FILL_IN..COLUMNS.len()).all(|c| cols[c].is_none()) {
                return Err(format!(
                    "its header (row {}) has none of the columns to fill in: {}",
                    i + 1,
                    COLUMNS[FILL_IN..].join(", ")
                ));
            }
            return Ok(Header { row: i + 1, cols });
        }
    }
    Err(format!(
        "no row of it is headed `{}`, `{}` and `{}`, as the tracker that `followthrough export` writes is",
        COLUMNS[REVIEW], COLUMNS[NO], COLUMNS[ACTION]
    ))
}

/// The rows below the header.
pub fn rows<'a>(all: &'a [Vec<Value>], header: &'a Header) -> impl Iterator<Item = Row<'a>> {
    all.iter()
        .enumerate()
        .skip(header.row)
        .map(move |(i, cells)| Row {
            row: i + 1,
            cells,
            header,
        })
}

/// The column letter and name of column `c`, for messages: `column K (Update date)`.
pub fn column_name(c: usize) -> String {
    COLUMNS[c].to_string()
}
