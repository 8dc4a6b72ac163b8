//! The CSV files of the open data, made with the csv crate so they open correctly in Excel: UTF-8
//! with a byte-order mark, a header row, fields quoted where they hold commas, quotes or line
//! breaks, and CRLF line endings (RFC 4180). Text from the content that a spreadsheet would run as
//! a formula is kept as text (see `as_text`). Pure.

use super::records::{Column, REC_COLUMNS, UPDATE_COLUMNS, rec_record, update_record};
use crate::i18n::Say;
use crate::index::{SiteIndex, UpdateRef};
use std::borrow::Cow;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The characters a spreadsheet reads a cell starting with as a formula (OWASP, "CSV Injection"):
/// `=`, `+`, `-` and `@`, and tab and carriage return, which some spreadsheets skip before one.
const FORMULA_START: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A cell of text from the content, so that a spreadsheet shows it rather than running it:
/// `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`, as OWASP advises (a leading `'` marks text in Excel,
/// LibreOffice and Google Sheets). Applied to every column of text from the content, the
/// recommendation number included: numbers are text as published ("10a", "1.2"), and one such as
/// `-1` keeps its minus sign as text. Not applied to what followthrough writes itself (dates,
/// counts, true/false, keys, addresses), nor to the JSON files, which hold the text exactly.
pub fn as_text(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_START) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A cell as `as_text` wrote it, back as the content had it: `'=SUM(1)` → `=SUM(1)`. For
/// `import`, which reads these files back.
pub fn from_text(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => cell,
    }
}

pub(super) fn table(columns: &[Column], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    // Writing to memory cannot fail.
    let _ = w.write_record(columns.iter().map(|c| c.name));
    for row in rows {
        let cells: Vec<Cow<str>> = columns
            .iter()
            .zip(&row)
            .map(|(c, cell)| {
                if c.text {
                    as_text(cell)
                } else {
                    Cow::Borrowed(cell.as_str())
                }
            })
            .collect();
        let _ = w.write_record(cells.iter().map(|c| c.as_bytes()));
    }
    w.into_inner().unwrap_or_default()
}

/// recommendations.csv for the given recommendations (indexes into `ix.recs`).
pub fn recommendations(ix: &SiteIndex, say: Say<'_>, idxs: impl Iterator<Item = usize>) -> Vec<u8> {
    table(REC_COLUMNS, idxs.map(|i| rec_record(ix, say, i).cells()))
}

/// updates.csv for the given updates.
pub fn updates(ix: &SiteIndex, say: Say<'_>, refs: impl Iterator<Item = UpdateRef>) -> Vec<u8> {
    table(
        UPDATE_COLUMNS,
        refs.map(|u| update_record(ix, say, u).cells()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_a_spreadsheet_would_run_is_kept_as_text() {
        for (cell, written) in [
            (
                "=HYPERLINK(\"http://x\",\"click\")",
                "'=HYPERLINK(\"http://x\",\"click\")",
            ),
            ("@SUM(1)", "'@SUM(1)"),
            ("-2+3", "'-2+3"),
            ("+44 20 7946 0000", "'+44 20 7946 0000"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("Repairs = faster", "Repairs = faster"),
            ("1.2", "1.2"),
            ("", ""),
        ] {
            assert_eq!(as_text(cell), written, "{cell:?}");
            assert_eq!(from_text(written), cell, "{written:?} reads back");
        }
    }

    #[test]
    fn an_apostrophe_before_other_text_is_kept() {
        assert_eq!(from_text("'tis the season"), "'tis the season");
        assert_eq!(from_text("'"), "'");
    }

    #[test]
    fn every_column_is_text_or_written_by_followthrough() {
        let text: Vec<&str> = REC_COLUMNS
            .iter()
            .filter(|c| c.text)
            .map(|c| c.name)
            .collect();
        assert_eq!(
            text,
            [
                "review",
                "review_title",
                "number",
                "title",
                "theme",
                "recommendation",
                "response_text",
                "responsible",
                "lead_officer",
                "status",
                "status_label",
                "resources",
                "outcome",
                "extension_reason"
            ]
        );
        let text: Vec<&str> = UPDATE_COLUMNS
            .iter()
            .filter(|c| c.text)
            .map(|c| c.name)
            .collect();
        assert_eq!(
            text,
            [
                "review",
                "number",
                "title",
                "status",
                "status_label",
                "text"
            ]
        );
    }
}
