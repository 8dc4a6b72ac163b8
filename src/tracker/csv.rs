//! The tracker as CSV, for those who keep it in another spreadsheet: the same columns, one header
//! row (no title row), dates as YYYY-MM-DD, UTF-8 with a byte-order mark and CRLF line ends as the
//! open data is. Text from the content that a spreadsheet would run as a formula is kept as text
//! (`data::csv::as_text`). Pure.

use super::{COLUMNS, Tracker};
use crate::data::csv::as_text;
use crate::model::Deadline;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The tracker as CSV, with a byte order mark so that Excel reads it as UTF-8, and Windows line
/// endings.
pub fn to_csv(t: &Tracker) -> Vec<u8> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    // Writing to memory cannot fail.
    let _ = w.write_record(COLUMNS);
    for r in &t.rows {
        let last = r
            .last_update
            .as_ref()
            .map(|(d, s)| format!("{}: {}", d.format("%Y-%m-%d"), s.trim()))
            .unwrap_or_default();
        let deadline = match r.current_deadline {
            Some(Deadline::Ongoing) => "ongoing".to_string(),
            Some(d) => d.iso(),
            None => String::new(),
        };
        let action = r.action.map(|n| n.to_string()).unwrap_or_default();
        let responsible = r.responsible.join(", ");
        let cells = [
            as_text(&r.review),
            as_text(&r.number),
            action.as_str().into(),
            as_text(&r.text),
            as_text(&responsible),
            deadline.as_str().into(),
            as_text(&r.status),
            as_text(&last),
        ];
        let blanks = std::iter::repeat_n("", COLUMNS.len() - cells.len());
        let _ = w.write_record(cells.iter().map(|c| c.as_ref()).chain(blanks));
    }
    w.into_inner().unwrap_or_default()
}
