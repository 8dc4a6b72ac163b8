//! Reading an action plan into rows of cells, each row numbered as a spreadsheet numbers it:
//! XLSX, XLS, XLSB and ODS workbooks with calamine, and text files through `import::text`.
//! The only part of `import` that reads a file; must not interpret cells or print.

use super::{Cell, limits};
pub use crate::diagnostics::column_letter;
use crate::error::FatalError;
use calamine::{Data, Reader, Sheets};
use chrono::NaiveDate;
use std::io::{Cursor, Read, Seek};
use std::path::Path;

/// One cell's value, as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A blank cell.
    Empty,
    /// Text, as written.
    Text(String),
    /// A number.
    Number(f64),
    /// A cell the spreadsheet itself stores as a date.
    Date(NaiveDate),
    /// A formula that failed: `#REF!`, `#N/A` ...
    Error(String),
}

impl Value {
    /// Nothing in it but spaces, or nothing at all.
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as a date: a date cell, a spreadsheet's serial number, or text in one of the
    /// forms `dates::parse_date` reads. `None` for anything else.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Value::Date(d) => Some(*d),
            Value::Number(n) => super::dates::from_serial(*n),
            Value::Text(t) => super::dates::parse_date(t),
            Value::Empty | Value::Error(_) => None,
        }
    }

    /// The cell as a deadline: a date as `date` reads one, or `ongoing`.
    pub fn deadline(&self) -> Option<crate::model::Deadline> {
        match self {
            Value::Text(t) => super::dates::parse(t),
            other => other.date().map(crate::model::Deadline::Date),
        }
    }

    /// The cell as text: numbers as published (`12`, `1.2`), dates as ISO.
    pub fn text(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(t) => super::cells::clean(t),
            Value::Number(n) => super::cells::number_text(*n),
            Value::Date(d) => d.format("%Y-%m-%d").to_string(),
            Value::Error(e) => e.clone(),
        }
    }
}

/// The table read from the file: `rows[i][j]` is the cell at row `i + 1`, column `j` (A = 0).
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The sheet's name; for a text file, the file's name.
    pub name: String,
    /// Whether this came from a workbook (so has sheets) or a text file.
    pub workbook: bool,
    /// The cells, row by row.
    pub rows: Vec<Vec<Value>>,
    /// For text files: how it was read (`UTF-8`, `windows-1252` ...) and the delimiter.
    pub encoding: Option<&'static str>,
    /// For text files: the character that separates cells (tab, `,`, `;` or `|`).
    pub delimiter: Option<char>,
    /// For text files: the cell where a quote (`"`) opens and never closes, so that every line
    /// below it was read into that one cell.
    pub unclosed_quote: Option<Cell>,
}

/// Reads `path`, choosing `sheet` in a workbook (default: the first).
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Sheet, FatalError> {
    let meta = std::fs::metadata(path).map_err(|e| FatalError::io(path, "read", e))?;
    if !meta.is_file() {
        // A folder, or a named pipe or device that would be waited on for ever.
        return Err(FatalError::Usage {
            message: format!(
                "{} is not a file\nhelp: give the spreadsheet itself, such as plan.xlsx or plan.csv",
                path.display()
            ),
        });
    }
    limits::check_file(path, meta.len())?;
    let bytes = std::fs::read(path).map_err(|e| FatalError::io(path, "read", e))?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let is_zip = bytes.starts_with(b"PK\x03\x04");
    let is_ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    let workbook = matches!(
        ext.as_str(),
        "xlsx" | "xlsm" | "xls" | "xla" | "xlsb" | "ods"
    ) || is_zip
        || is_ole;
    if workbook {
        if is_zip {
            limits::check_unpacked(path, Cursor::new(&bytes))?;
        }
        let sheets = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| FatalError::Usage {
            message: format!(
                "{} could not be opened as a spreadsheet ({e})\nhelp: save it from Excel or LibreOffice as .xlsx, or as CSV",
                path.display()
            ),
        })?;
        return read_workbook(path, sheets, sheet);
    }
    if let Some(name) = sheet {
        return Err(FatalError::Usage {
            message: format!(
                "--sheet {name}: {} is a text file, which has no sheets\nhelp: leave out --sheet, or give the spreadsheet (.xlsx) the text was saved from",
                path.display()
            ),
        });
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    super::text::read_text(path, &name, &bytes)
}

fn read_workbook<RS: Read + Seek>(
    path: &Path,
    mut book: Sheets<RS>,
    wanted: Option<&str>,
) -> Result<Sheet, FatalError> {
    let names = book.sheet_names();
    let name = match wanted {
        None => names.first().cloned().ok_or_else(|| FatalError::Usage {
            message: format!("{} has no sheets", path.display()),
        })?,
        Some(w) => names
            .iter()
            .find(|n| n.as_str() == w)
            .or_else(|| {
                names
                    .iter()
                    .find(|n| n.trim().eq_ignore_ascii_case(w.trim()))
            })
            .cloned()
            .ok_or_else(|| FatalError::Usage {
                message: format!(
                    "--sheet {w}: {} has no sheet of that name\nhelp: its sheets are: {}",
                    path.display(),
                    names
                        .iter()
                        .map(|n| format!("\"{n}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })?,
    };
    let range = book.worksheet_range(&name).map_err(|e| FatalError::Usage {
        message: format!(
            "the sheet \"{name}\" of {} could not be read ({e})",
            path.display()
        ),
    })?;
    let mut rows = Vec::new();
    if let Some((r0, c0)) = range.start() {
        let (height, width) = range.get_size();
        limits::check_range(path, &name, r0 as usize + height, c0 as usize + width)?;
        rows.resize(r0 as usize, Vec::new());
        for row in range.rows() {
            let mut cells = vec![Value::Empty; c0 as usize];
            for d in row {
                if let Data::String(s) = d {
                    let at = Cell {
                        row: rows.len() + 1,
                        col: cells.len(),
                    };
                    limits::check_cell(path, at, s)?;
                }
                cells.push(value_of(d));
            }
            rows.push(cells);
        }
    }
    Ok(Sheet {
        name,
        workbook: true,
        rows,
        encoding: None,
        delimiter: None,
        unclosed_quote: None,
    })
}

fn value_of(d: &Data) -> Value {
    match d {
        Data::Empty => Value::Empty,
        Data::String(s) => Value::Text(s.clone()),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::Bool(b) => Value::Text(if *b { "TRUE" } else { "FALSE" }.into()),
        Data::DateTime(dt) if dt.is_datetime() => dt
            .as_datetime()
            .map_or_else(|| Value::Number(dt.as_f64()), |d| Value::Date(d.date())),
        Data::DateTime(dt) => Value::Number(dt.as_f64()),
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map_or_else(|| Value::Text(s.clone()), Value::Date),
        Data::DurationIso(s) => Value::Text(s.clone()),
        Data::Error(e) => Value::Error(e.to_string()),
    }
}

/// `A` → `0`, `AA` → `26`; `None` for anything but one to three letters.
pub fn column_index(letters: &str) -> Option<usize> {
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return None;
    }
    Some(
        letters.bytes().fold(0usize, |n, b| {
            n * 26 + (b.to_ascii_uppercase() - b'A') as usize + 1
        }) - 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
        for i in [0, 1, 25, 26, 27, 700, 701, 702, 5000] {
            assert_eq!(column_index(&column_letter(i)), Some(i));
        }
        assert_eq!(column_index("b"), Some(1));
        assert_eq!(column_index("B17"), None);
    }
}
