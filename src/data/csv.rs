//! The CSV files of the open data, made with the csv crate so they open correctly in Excel: UTF-8
//! with a byte-order mark, a header row, fields quoted where they hold commas, quotes or line
//! breaks, and CRLF line endings (RFC 4180). Pure.

use super::records::{Column, REC_COLUMNS, UPDATE_COLUMNS, rec_record, update_record};
use crate::index::{SiteIndex, UpdateRef};

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn table(columns: &[Column], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    // Writing to memory cannot fail.
    let _ = w.write_record(columns.iter().map(|c| c.name));
    for row in rows {
        let _ = w.write_record(&row);
    }
    w.into_inner().unwrap_or_default()
}

/// recommendations.csv for the given recommendations (indexes into `ix.recs`).
pub fn recommendations(ix: &SiteIndex, idxs: impl Iterator<Item = usize>) -> Vec<u8> {
    table(REC_COLUMNS, idxs.map(|i| rec_record(ix, i).cells()))
}

/// updates.csv for the given updates.
pub fn updates(ix: &SiteIndex, refs: impl Iterator<Item = UpdateRef>) -> Vec<u8> {
    table(UPDATE_COLUMNS, refs.map(|u| update_record(ix, u).cells()))
}
