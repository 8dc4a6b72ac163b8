//! How big an action plan may be before `import` refuses it: the file, a workbook's unpacked
//! parts (a 422 KB XLSX can unpack to 100 MB of sheet XML), the rows, the cells and one cell's
//! text. A real plan is a few hundred rows; these limits are a hundred times that, so that only
//! a broken or hostile file meets them. Checks sizes only; must not interpret cells or print.

use super::Cell;
use crate::error::FatalError;
use std::io::{Read, Seek};
use std::path::Path;

/// The largest plan file read at all.
pub(super) const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// The largest a workbook's parts may be once unpacked, all together.
pub(super) const MAX_UNPACKED_BYTES: u64 = 100 * 1024 * 1024;
/// The most rows a sheet may have.
pub(super) const MAX_ROWS: usize = 50_000;
/// The most cells a sheet may have (rows × columns of the used range).
pub(super) const MAX_CELLS: usize = 2_000_000;
/// The most characters in one cell (a long recommendation is 3,000).
pub(super) const MAX_CELL_CHARS: usize = 100_000;

fn too_big(path: &Path, what: String) -> FatalError {
    FatalError::Usage {
        message: format!(
            "{} is too big to be an action plan: {what}\nhelp: check it is the plan you meant; \
             if it is, save only the sheet with the recommendations (File > Save As, CSV), \
             or split it into one file per review",
            path.display()
        ),
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.0} MB", bytes as f64 / 1_048_576.0)
}

/// The file's size, before anything is read.
pub(super) fn check_file(path: &Path, len: u64) -> Result<(), FatalError> {
    if len > MAX_FILE_BYTES {
        return Err(too_big(
            path,
            format!(
                "it is {}, and followthrough reads plans of up to {}",
                mb(len),
                mb(MAX_FILE_BYTES)
            ),
        ));
    }
    Ok(())
}

/// A zip-based workbook (XLSX, ODS): the sizes its parts declare once unpacked, read from its
/// directory before any part is unpacked.
pub(super) fn check_unpacked<R: Read + Seek>(path: &Path, zipped: R) -> Result<(), FatalError> {
    // Not a readable zip: calamine says why when it opens it.
    let Ok(mut archive) = zip::ZipArchive::new(zipped) else {
        return Ok(());
    };
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        if let Ok(part) = archive.by_index_raw(i) {
            total = total.saturating_add(part.size());
        }
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(too_big(
            path,
            format!(
                "it unpacks to {} of sheet data, and followthrough reads workbooks of up to {}",
                mb(total),
                mb(MAX_UNPACKED_BYTES)
            ),
        ));
    }
    Ok(())
}

/// The used range of a sheet, before its cells are copied.
pub(super) fn check_range(
    path: &Path,
    sheet: &str,
    rows: usize,
    cols: usize,
) -> Result<(), FatalError> {
    if rows > MAX_ROWS {
        return Err(too_big(
            path,
            format!("the sheet \"{sheet}\" has {rows} rows, and a plan may have up to {MAX_ROWS}"),
        ));
    }
    let cells = rows.saturating_mul(cols);
    if cells > MAX_CELLS {
        return Err(too_big(
            path,
            format!(
                "the sheet \"{sheet}\" spans {rows} rows by {cols} columns ({cells} cells), and a plan may have up to {MAX_CELLS} cells; \
                 a stray mark far to the right or below the table makes a sheet this big"
            ),
        ));
    }
    Ok(())
}

/// One cell's text; `at` is the cell (`E17`).
pub(super) fn check_cell(path: &Path, at: Cell, text: &str) -> Result<(), FatalError> {
    // Bytes first: a cell of fewer bytes cannot have more characters.
    if text.len() > MAX_CELL_CHARS {
        let chars = text.chars().count();
        if chars > MAX_CELL_CHARS {
            return Err(too_big(
                path,
                format!(
                    "cell {at} holds {chars} characters, and a cell may hold up to {MAX_CELL_CHARS}"
                ),
            ));
        }
    }
    Ok(())
}
