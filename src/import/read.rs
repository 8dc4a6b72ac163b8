//! Reading an action plan into rows of cells, each row numbered as a spreadsheet numbers it:
//! CSV and TSV (delimiter and encoding detected: UTF-8 with or without a BOM, UTF-16 with a BOM,
//! else Windows-1252) with the csv crate, and XLSX, XLS, XLSB and ODS workbooks with calamine.
//! The only part of `import` that reads a file; must not interpret cells or print.

use crate::error::FatalError;
use calamine::{Data, Reader, Sheets};
use chrono::NaiveDate;
use std::io::{Cursor, Read, Seek};
use std::path::Path;

/// One cell's value, as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Number(f64),
    /// A cell the spreadsheet itself stores as a date.
    Date(NaiveDate),
    /// A formula that failed: `#REF!`, `#N/A` ...
    Error(String),
}

impl Value {
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(t) => t.trim().is_empty(),
            _ => false,
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
    pub rows: Vec<Vec<Value>>,
    /// For text files: how it was read (`UTF-8`, `windows-1252` ...) and the delimiter.
    pub encoding: Option<&'static str>,
    pub delimiter: Option<char>,
}

/// Reads `path`, choosing `sheet` in a workbook (default: the first).
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Sheet, FatalError> {
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
    Ok(read_text(&name, &bytes))
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
        rows.resize(r0 as usize, Vec::new());
        for row in range.rows() {
            let mut cells = vec![Value::Empty; c0 as usize];
            cells.extend(row.iter().map(value_of));
            rows.push(cells);
        }
    }
    Ok(Sheet {
        name,
        workbook: true,
        rows,
        encoding: None,
        delimiter: None,
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

/// Decodes a text file: UTF-8 if it is valid UTF-8, else Windows-1252 (what Excel writes for
/// "CSV" on a British Windows); a byte-order mark (UTF-8 or UTF-16) decides first.
fn decode(bytes: &[u8]) -> (String, &'static str) {
    let guess = if std::str::from_utf8(bytes).is_ok() {
        encoding_rs::UTF_8
    } else {
        encoding_rs::WINDOWS_1252
    };
    let (text, used, _) = guess.decode(bytes);
    (text.into_owned(), used.name())
}

/// The delimiter that splits the most rows into the same number of cells (tab, comma, semicolon,
/// bar), judged on the first lines by the csv crate's own reading of quotes.
fn sniff_delimiter(text: &str) -> u8 {
    let sample: String = text.lines().take(200).collect::<Vec<_>>().join("\n");
    let score = |d: u8| {
        let mut counts = std::collections::BTreeMap::<usize, usize>::new();
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(d)
            .has_headers(false)
            .flexible(true)
            .from_reader(sample.as_bytes());
        for rec in rdr.records().map_while(Result::ok) {
            if rec.len() > 1 {
                *counts.entry(rec.len()).or_default() += 1;
            }
        }
        counts.values().max().copied().unwrap_or(0)
    };
    [b'\t', b',', b';', b'|']
        .into_iter()
        .fold((b',', 0), |best, d| {
            let s = score(d);
            if s > best.1 { (d, s) } else { best }
        })
        .0
}

fn read_text(name: &str, bytes: &[u8]) -> Sheet {
    let (text, encoding) = decode(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let delimiter = sniff_delimiter(text);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<Value>> = Vec::new();
    // The row a spreadsheet would give each record: blank lines count, a cell's line breaks don't.
    let mut next_line = 1u64;
    for rec in rdr.records() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                // Not UTF-8 after all, or a broken quote: keep the line as one cell, so it is reported.
                let line = e
                    .position()
                    .map_or(next_line, |p| line_at(text, p.byte() as usize))
                    .max(next_line);
                for _ in next_line..line {
                    rows.push(Vec::new());
                }
                rows.push(vec![Value::Text(
                    text.lines()
                        .nth(line as usize - 1)
                        .unwrap_or("")
                        .to_string(),
                )]);
                next_line = line + 1;
                continue;
            }
        };
        let line = rec
            .position()
            .map_or(next_line, |p| line_at(text, p.byte() as usize))
            .max(next_line);
        for _ in next_line..line {
            rows.push(Vec::new());
        }
        let breaks: usize = rec.iter().map(|f| f.matches('\n').count()).sum();
        rows.push(
            rec.iter()
                .map(|f| {
                    if f.trim().is_empty() {
                        Value::Empty
                    } else {
                        // Text a CSV file keeps from being run as a formula (`'=…`, as the
                        // site's own open data does) is read as the text it stands for.
                        Value::Text(crate::data::csv::from_text(f).to_string())
                    }
                })
                .collect(),
        );
        next_line = line + 1 + breaks as u64;
    }
    Sheet {
        name: name.to_string(),
        workbook: false,
        rows,
        encoding: Some(encoding),
        delimiter: Some(delimiter as char),
    }
}

/// The line a record starting at byte `at` is on, past any blank lines the reader skipped.
fn line_at(text: &str, at: usize) -> u64 {
    let at = at.min(text.len());
    let skipped = text[at..]
        .bytes()
        .take_while(|b| *b == b'\n' || *b == b'\r')
        .filter(|b| *b == b'\n')
        .count();
    (text.as_bytes()[..at]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + skipped
        + 1) as u64
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

    fn texts(s: &Sheet) -> Vec<Vec<String>> {
        s.rows
            .iter()
            .map(|r| r.iter().map(Value::text).collect())
            .collect()
    }

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

    #[test]
    fn tabs_win_over_commas_in_text() {
        let s = read_text(
            "plan.txt",
            b"\n\nTitle\n\nNo\tRecommendation, in full\tOwner\n1\tDo this, then that\tIC\n",
        );
        assert_eq!(s.delimiter, Some('\t'));
        assert_eq!(s.rows.len(), 6);
        assert_eq!(texts(&s)[4], ["No", "Recommendation, in full", "Owner"]);
        assert_eq!(texts(&s)[5], ["1", "Do this, then that", "IC"]);
    }

    #[test]
    fn semicolons_and_windows_1252() {
        let s = read_text(
            "plan.csv",
            b"No;Recommendation;Owner\n1;Caf\xe9 \x96 \x80100;IC\n",
        );
        assert_eq!(s.delimiter, Some(';'));
        assert_eq!(s.encoding, Some("windows-1252"));
        assert_eq!(texts(&s)[1][1], "Café – €100");
    }

    #[test]
    fn bom_and_quoted_line_breaks_keep_row_numbers() {
        let s = read_text(
            "plan.csv",
            "\u{feff}No,Recommendation\n1,\"two\nlines\"\n\n2,next\n".as_bytes(),
        );
        assert_eq!(s.encoding, Some("UTF-8"));
        assert_eq!(texts(&s)[0][0], "No");
        assert_eq!(texts(&s)[1][1], "two\nlines");
        assert!(s.rows[2].is_empty());
        assert_eq!(texts(&s)[3], ["2", "next"]);
    }

    #[test]
    fn text_kept_from_running_as_a_formula_reads_as_written() {
        let s = read_text(
            "recommendations.csv",
            b"number,title\n'-5,'=HYPERLINK(\"x\")\n2,'tis done\n",
        );
        assert_eq!(texts(&s)[1], ["-5", "=HYPERLINK(\"x\")"]);
        assert_eq!(texts(&s)[2], ["2", "'tis done"]);
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "No\tRecommendation\n1\tÉtude\n".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let s = read_text("plan.txt", &bytes);
        assert_eq!(s.encoding, Some("UTF-16LE"));
        assert_eq!(texts(&s)[1], ["1", "Étude"]);
    }
}
