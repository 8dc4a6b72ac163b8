//! Reading a CSV or TSV plan into rows of cells: delimiter and encoding detected (UTF-8 with or
//! without a BOM, UTF-16 with a BOM, else Windows-1252), records read by the csv crate, each row
//! numbered as a spreadsheet numbers it, and a quote that never closes found. Given the bytes
//! `import::read` read; must not open files, interpret cells or print.

use super::read::{Sheet, Value};
use super::{Cell, limits};
use crate::error::FatalError;
use std::path::Path;

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

/// The delimiter that explains the most cells as rows of the same width (tab, comma, semicolon,
/// bar): for each width, its rows times that width, the most of these winning, judged on the first lines by the csv
/// crate's own reading of quotes. Counting cells, not rows, keeps prose from winning: a comma
/// file whose long cells hold semicolons has many two-cell "rows" split at `;`, but far fewer
/// cells than its fourteen-column rows split at `,`.
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
        counts
            .iter()
            .map(|(width, rows)| width * rows)
            .max()
            .unwrap_or(0)
    };
    [b'\t', b',', b';', b'|']
        .into_iter()
        .fold((b',', 0), |best, d| {
            let s = score(d);
            if s > best.1 { (d, s) } else { best }
        })
        .0
}

pub(super) fn read_text(path: &Path, name: &str, bytes: &[u8]) -> Result<Sheet, FatalError> {
    let (text, encoding) = decode(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let delimiter = sniff_delimiter(text);
    let unclosed_quote = unclosed_quote(text, delimiter);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<Value>> = Vec::new();
    // The row a spreadsheet would give each record: blank lines count, a cell's line breaks don't.
    let mut records = 0;
    let mut next_line = 1u64;
    let mut lines = Lines {
        text,
        counted: 0,
        breaks: 0,
    };
    for rec in rdr.records() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                // Not UTF-8 after all, or a broken quote: keep the line as one cell, so it is reported.
                let line = e
                    .position()
                    .map_or(next_line, |p| lines.line_at(p.byte() as usize))
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
            .map_or(next_line, |p| lines.line_at(p.byte() as usize))
            .max(next_line);
        for _ in next_line..line {
            rows.push(Vec::new());
        }
        let breaks: usize = rec.iter().map(|f| f.matches('\n').count()).sum();
        let at = rows.len() + 1;
        // Rows are numbered by the line they start on, as an editor shows them, so a file of
        // many-line cells has fewer rows than lines: the limit counts the rows.
        records += 1;
        limits::check_range(path, name, records, rec.len())?;
        for (col, f) in rec.iter().enumerate() {
            limits::check_cell(path, Cell { row: at, col }, f)?;
        }
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
    Ok(Sheet {
        name: name.to_string(),
        workbook: false,
        rows,
        encoding: Some(encoding),
        delimiter: Some(delimiter as char),
        unclosed_quote,
    })
}

/// The cell whose opening quote never closes. The csv crate reads such a quote to the end of
/// the file without a word, so the quoting is followed here as it does: a quote opens only at
/// the start of a cell, `""` inside is a quote, and the next lone `"` closes it.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<Cell> {
    let (mut row, mut col) = (1usize, 0usize);
    let mut opened: Option<Cell> = None;
    let mut at_cell_start = true;
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        if opened.is_some() {
            match b {
                b'"' if bytes.peek() == Some(&b'"') => {
                    bytes.next();
                }
                b'"' => opened = None,
                // A line break inside a cell is not a new row, as the spreadsheet shows it.
                _ => {}
            }
            continue;
        }
        match b {
            b'"' if at_cell_start => opened = Some(Cell { row, col }),
            b'\n' => {
                row += 1;
                col = 0;
                at_cell_start = true;
                continue;
            }
            b if b == delimiter => {
                col += 1;
                at_cell_start = true;
                continue;
            }
            _ => {}
        }
        at_cell_start = false;
    }
    opened
}

/// Line numbers of the records, counted on from the last record read, so that reading a file
/// costs one pass over it (counting from the start for every record took minutes on 50,000 rows).
struct Lines<'t> {
    text: &'t str,
    /// Bytes counted so far, and the line breaks in them.
    counted: usize,
    breaks: usize,
}

impl Lines<'_> {
    /// The line a record starting at byte `at` is on, past any blank lines the reader skipped.
    fn line_at(&mut self, at: usize) -> u64 {
        let bytes = self.text.as_bytes();
        let at = at.min(bytes.len());
        if at >= self.counted {
            self.breaks += bytes[self.counted..at]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
        } else {
            self.breaks = bytes[..at].iter().filter(|b| **b == b'\n').count();
        }
        self.counted = at;
        let skipped = bytes[at..]
            .iter()
            .take_while(|b| **b == b'\n' || **b == b'\r')
            .filter(|b| **b == b'\n')
            .count();
        (self.breaks + skipped + 1) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_file_whose_long_cells_hold_semicolons_is_read_at_its_commas() {
        // As `export --out tracker.csv` writes one: fourteen columns, and each recommendation's
        // text a few lines of prose with semicolons in it.
        let mut csv = String::from("Review,No.,Action,Text,Responsible,Deadline,Status\r\n");
        for n in 1..=40 {
            csv.push_str(&format!(
                "housing-2019,{n},,\"First; second; third.\nMore; and more; still more.\nLast; line.\",IC,,Not started\r\n"
            ));
        }
        assert_eq!(sniff_delimiter(&csv), b',');
        let sheet = read_text(Path::new("t.csv"), "t.csv", csv.as_bytes()).unwrap();
        assert_eq!(sheet.delimiter, Some(','));
        assert_eq!(sheet.rows[1].len(), 7, "{:?}", sheet.rows[1]);
    }

    fn text_sheet(name: &str, bytes: &[u8]) -> Sheet {
        read_text(Path::new(name), name, bytes).expect("small enough")
    }

    fn texts(s: &Sheet) -> Vec<Vec<String>> {
        s.rows
            .iter()
            .map(|r| r.iter().map(Value::text).collect())
            .collect()
    }

    #[test]
    fn tabs_win_over_commas_in_text() {
        let s = text_sheet(
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
        let s = text_sheet(
            "plan.csv",
            b"No;Recommendation;Owner\n1;Caf\xe9 \x96 \x80100;IC\n",
        );
        assert_eq!(s.delimiter, Some(';'));
        assert_eq!(s.encoding, Some("windows-1252"));
        assert_eq!(texts(&s)[1][1], "Café – €100");
    }

    #[test]
    fn bom_and_quoted_line_breaks_keep_row_numbers() {
        let s = text_sheet(
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
        let s = text_sheet(
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
        let s = text_sheet("plan.txt", &bytes);
        assert_eq!(s.encoding, Some("UTF-16LE"));
        assert_eq!(texts(&s)[1], ["1", "Étude"]);
    }

    #[test]
    fn a_quote_that_never_closes_is_found_at_its_cell_not_swallowed_silently() {
        let s = text_sheet(
            "plan.csv",
            b"No,Recommendation,Owner\n1,\"Two\nlines\",IC\n2,\"He said \"\"no\"\" then\n3,Third,IC\n4,Fourth,IC\n",
        );
        assert_eq!(s.unclosed_quote, Some(Cell { row: 3, col: 1 }));
        let fine = text_sheet(
            "plan.csv",
            b"No,Recommendation\n1,\"a \"\"b\"\"\"\n2,5\" screen\n",
        );
        assert_eq!(fine.unclosed_quote, None);
    }

    #[test]
    fn a_sheet_of_too_many_rows_is_refused_naming_the_limit() {
        let mut csv = String::from("No,Recommendation\n");
        for i in 0..limits::MAX_ROWS + 1 {
            csv.push_str(&format!("{i},Do it\n"));
        }
        let e = read_text(Path::new("big.csv"), "big.csv", csv.as_bytes()).unwrap_err();
        let m = e.to_string();
        assert!(m.contains("big.csv is too big to be an action plan"), "{m}");
        assert!(m.contains("50000"), "{m}");
    }
}
