//! Diagnostics placed in a spreadsheet rather than a text file: the file, its sheet, the cell
//! (`E17`) and the column's header, as `import` and `import --updates` report them, and their
//! plain rendering (`error: plan.xlsx, sheet "Actions", cell E17 (Status): ...`). Must not read
//! files or print.

use super::{Diagnostic, Severity};
use serde::{Serialize, Serializer};
use std::fmt;

/// A cell: row (1-based, as the spreadsheet shows it) and column (0 = A).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cell {
    /// The row, from 1.
    pub row: usize,
    /// The column, from 0 (A).
    pub col: usize,
}

impl fmt::Display for Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", column_letter(self.col), self.row)
    }
}

impl Serialize for Cell {
    fn serialize<Z: Serializer>(&self, s: Z) -> Result<Z::Ok, Z::Error> {
        s.collect_str(self)
    }
}

/// `0` → `A`, `25` → `Z`, `26` → `AA`.
pub fn column_letter(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// Where in a spreadsheet a problem is; the file is the diagnostic's `path`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SheetPlace {
    /// The sheet's name in a workbook; a CSV or TSV file has one sheet, not named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// `None` when the problem is with the whole sheet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<Cell>,
    /// The header of the cell's column, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

impl Diagnostic {
    /// An error at a cell of a sheet (or, with no cell, in the whole sheet), with what to do
    /// about it. Its file and sheet are given once the whole sheet is read ([`Diagnostic::in_file`]).
    pub fn cell_error(
        cell: Option<Cell>,
        column: Option<String>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Diagnostic {
        let mut d = Diagnostic::error("", message).hint(hint);
        d.sheet = Some(SheetPlace {
            sheet: None,
            cell,
            column: column.filter(|c| !c.is_empty()),
        });
        d
    }
    /// [`Diagnostic::cell_error`], as a warning: something set aside.
    pub fn cell_warning(
        cell: Option<Cell>,
        column: Option<String>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::cell_error(cell, column, message, hint)
        }
    }
    /// The text of the cell, as it stands in the sheet.
    pub fn found(mut self, text: &str) -> Diagnostic {
        self.found = Some(text.to_string());
        self
    }
    /// Names the file (`plan.xlsx`) and, in a workbook, the sheet a cell diagnostic is in.
    pub fn in_file(mut self, file: &str, sheet: Option<&str>) -> Diagnostic {
        self.path = file.to_string();
        if let Some(place) = &mut self.sheet {
            place.sheet = sheet.map(str::to_string);
        }
        self
    }
    /// The cell a diagnostic is at, if it is at one.
    pub fn cell(&self) -> Option<Cell> {
        self.sheet.as_ref().and_then(|s| s.cell)
    }
}

/// `plan.xlsx, sheet "Actions", cell E17 (Status)`: the column is named only with a cell.
pub(super) fn location(path: &str, place: &SheetPlace) -> String {
    let mut s = path.to_string();
    if let Some(name) = &place.sheet {
        s.push_str(&format!(", sheet \"{name}\""));
    }
    if let Some(cell) = place.cell {
        s.push_str(&format!(", cell {cell}"));
        if let Some(c) = &place.column {
            s.push_str(&format!(" ({c})"));
        }
    }
    s
}

/// `error: LOCATION: message`, the label, and `help:` on lines of their own.
pub(super) fn render(d: &Diagnostic) -> String {
    let level = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = format!("{level}: {}: {}\n", d.location(), d.message);
    if let Some(l) = &d.label {
        out.push_str(&format!("  {l}\n"));
    }
    if let Some(h) = &d.hint {
        out.push_str(&format!("  help: {h}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_is_named_with_its_sheet_and_column() {
        let d = Diagnostic::cell_error(
            Some(Cell { row: 12, col: 10 }),
            Some("Update date".into()),
            "`soon` is not a date",
            "write the date as 30/11/2026",
        )
        .in_file("tracker.xlsx", Some("Tracker"));
        assert_eq!(
            super::super::render_human(&[d], &Default::default(), false),
            "error: tracker.xlsx, sheet \"Tracker\", cell K12 (Update date): `soon` is not a date\n  help: write the date as 30/11/2026\n"
        );
        let with_text =
            Diagnostic::cell_error(Some(Cell { row: 2, col: 8 }), None, "bad", "fix it")
                .label("found: \"Bogus\"")
                .in_file("t.csv", None);
        assert_eq!(
            super::super::render_human(&[with_text], &Default::default(), false),
            "error: t.csv, cell I2: bad\n  found: \"Bogus\"\n  help: fix it\n"
        );
        let whole = Diagnostic::cell_warning(None, Some("Status".into()), "no rows", "add some")
            .in_file("plan.csv", None);
        assert_eq!(whole.location(), "plan.csv");
    }
}
