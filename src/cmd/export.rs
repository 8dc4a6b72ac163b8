//! `followthrough export`: the quarterly tracker, written to one file (`.xlsx`, or `.ods` or `.csv` by the
//! extension of `--out`). The site is read through `pipeline::indexed` and refused, with every
//! problem printed, if it has errors; the rows and bytes come from `tracker`. Never replaces a
//! file without `--force`. Prints the problems and one summary line.

use super::*;
use crate::cli::ExportArgs;
use crate::pipeline::indexed::{Indexed, indexed};
use crate::tracker::{self, Selection, Tracker};
use std::path::{Path, PathBuf};

/// The kinds of file the tracker can be written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Xlsx,
    Ods,
    Csv,
}

/// Runs `followthrough export`, writing the tracker; returns the exit code.
pub fn run(args: &ExportArgs) -> u8 {
    match export(args) {
        Ok(code) => code,
        Err(e) => fatal(&e),
    }
}

fn export(args: &ExportArgs) -> Result<u8, FatalError> {
    let as_of = crate::cli::as_of(args.as_of.as_deref())?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("tracker-{}.xlsx", as_of.format("%Y-%m-%d"))));
    let kind = kind_of(&out)?;
    if out.is_dir() {
        return Err(usage(format!(
            "--out {}: that is a folder; give the name of the file to write, such as --out {}",
            out.display(),
            Path::new(&out).join("tracker.xlsx").display()
        )));
    }
    if out.exists() && !args.force {
        return Err(usage(format!(
            "{} is already there, and was left as it is: give another name with --out FILE, or add --force to replace it",
            out.display()
        )));
    }
    let common = Common {
        root: args.root.clone(),
        as_of: Some(as_of.format("%Y-%m-%d").to_string()),
        base_url: None,
        jobs: None,
        quiet: false,
    };
    let opts = options(&common, None)?;
    let Indexed {
        index,
        diagnostics: warnings,
        sources,
    } = match indexed(&opts)? {
        Ok(i) => i,
        Err(f) => {
            print_diagnostics(&f.diagnostics, &f.sources, false);
            eprintln!(
                "error: found {}; nothing was exported. Fix them and run `followthrough export` again",
                diagnostics::summary(&f.diagnostics)
            );
            return Ok(CONTENT_ERRORS);
        }
    };
    print_diagnostics(&warnings, &sources, false);
    let selection = Selection {
        reviews: args.review.clone(),
        responsible: args.responsible.clone(),
    };
    let t = tracker::build(&index, &selection).map_err(|r| usage(r.to_string()))?;
    let bytes = match kind {
        Kind::Xlsx => tracker::xlsx::to_xlsx(&t).map_err(|e| {
            usage(format!(
                "the workbook could not be made: {e}; write it as CSV instead with --out {}",
                out.with_extension("csv").display()
            ))
        })?,
        Kind::Ods => tracker::ods::to_ods(&t).map_err(|e| {
            usage(format!(
                "the spreadsheet could not be made: {e}; write it as .xlsx instead with --out {}",
                out.with_extension("xlsx").display()
            ))
        })?,
        Kind::Csv => tracker::csv::to_csv(&t),
    };
    save(&out, &bytes)?;
    println!("{}", summary(&out, &t));
    Ok(OK)
}

fn kind_of(out: &Path) -> Result<Kind, FatalError> {
    let ext = out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("xlsx") => Ok(Kind::Xlsx),
        Some("csv") => Ok(Kind::Csv),
        Some("ods") => Ok(Kind::Ods),
        _ => Err(usage(format!(
            "--out {}: the tracker is written as .xlsx (Excel), .ods (LibreOffice) or .csv; end the file name with one of them, such as --out {}",
            out.display(),
            out.with_extension("xlsx").display()
        ))),
    }
}

/// Writes the file whole or not at all: to a file beside it, then moved into place.
fn save(out: &Path, bytes: &[u8]) -> Result<(), FatalError> {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let part = out.with_file_name(format!(".{name}.part"));
    std::fs::write(&part, bytes).map_err(|e| FatalError::io(&part, "write", e))?;
    std::fs::rename(&part, out).map_err(|e| {
        let _ = std::fs::remove_file(&part);
        FatalError::io(out, "write", e)
    })
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn summary(out: &Path, t: &Tracker) -> String {
    format!(
        "Wrote {}: {} ({}, {}) for {}; send it round, then bring it back with `followthrough import {} --updates`",
        out.display(),
        plural(t.rows.len(), "row", "rows"),
        plural(t.recommendations(), "recommendation", "recommendations"),
        plural(t.actions(), "action", "actions"),
        plural(t.reviews(), "review", "reviews"),
        out.display()
    )
}
