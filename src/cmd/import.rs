//! `followthrough import FILE --review SLUG`: an action plan becomes content files. Prints the
//! problems (with their cells), what was set aside, the files on `--dry-run`, and one summary line.

use super::*;
use crate::cli::ImportArgs;
use crate::import::{self, columns, dates, write};

/// The most problems printed: a broken sheet can have one on each of thousands of rows, and the
/// first ones are what to fix first.
const MAX_PROBLEMS_SHOWN: usize = 200;
/// The most notes printed.
const MAX_NOTES_SHOWN: usize = 50;

/// Runs `followthrough import`, or `import --updates`; returns the exit code.
pub fn run(args: &ImportArgs) -> u8 {
    if args.updates {
        return super::updates::run(args);
    }
    let opts = match options(args) {
        Ok(o) => o,
        Err(e) => return fatal(&e),
    };
    let plan = match import::plan(&args.root, &opts) {
        Ok(p) => p,
        Err(e) => return fatal(&e),
    };
    let shown: Vec<Diagnostic> = plan
        .problems
        .iter()
        .filter(|p| p.is_error() || !args.quiet)
        .cloned()
        .collect();
    print_diagnostics(
        &shown[..shown.len().min(MAX_PROBLEMS_SHOWN)],
        &Sources::new(),
        args.quiet,
    );
    if shown.len() > MAX_PROBLEMS_SHOWN {
        eprintln!(
            "... and {} more problems and warnings like these in {}: correct the ones above, then import again to see the rest",
            shown.len() - MAX_PROBLEMS_SHOWN,
            plan.source
        );
    }
    if !args.quiet {
        for n in plan.notes.iter().take(MAX_NOTES_SHOWN) {
            eprintln!("note: {n}");
        }
        if plan.notes.len() > MAX_NOTES_SHOWN {
            eprintln!(
                "note: ... and {} more notes like these",
                plan.notes.len() - MAX_NOTES_SHOWN
            );
        }
    }
    let problems = plan.summary.problems;
    if args.dry_run {
        for f in &plan.files {
            println!(
                "=== {}{}",
                f.path,
                if f.exists {
                    " (already there: would need --force)"
                } else {
                    ""
                }
            );
            print!("{}", f.text);
        }
        if !args.quiet {
            println!("Dry run, nothing written: {}", plan.summary);
        }
        return if plan.is_clean() { OK } else { CONTENT_ERRORS };
    }
    if plan.files.is_empty() {
        eprintln!(
            "error: nothing was written: {} holds no recommendations to import\n  help: check it is the plan you meant",
            plan.source
        );
        return CONTENT_ERRORS;
    }
    if !plan.is_clean() && !args.force {
        eprintln!(
            "error: nothing was written, because of the {} above in {}\n  help: correct the sheet and import again, \
             or give --force to write the files anyway, with what could not be understood kept as comments for you to finish by hand",
            if problems == 1 {
                "problem".to_string()
            } else {
                format!("{problems} problems")
            },
            plan.source
        );
        if !args.quiet {
            println!("Not imported: {}", plan.summary);
        }
        return CONTENT_ERRORS;
    }
    let existing = plan.existing();
    if !existing.is_empty() && !args.force {
        let list: Vec<&str> = existing.iter().map(|f| f.path.as_str()).collect();
        eprintln!(
            "error: nothing was written, because {} already there:\n  {}\n  help: give --force to replace {} (edits made in {} since would be lost), \
             or import into another review with --review",
            if list.len() == 1 {
                "1 file is".to_string()
            } else {
                format!("{} files are", list.len())
            },
            list.join("\n  "),
            if list.len() == 1 { "it" } else { "them" },
            if list.len() == 1 { "it" } else { "them" },
        );
        return CONTENT_ERRORS;
    }
    match write::save(&args.root, &plan.files, args.force) {
        Err(e) => fatal(&e),
        Ok((written, _)) => {
            if !args.quiet {
                println!(
                    "Wrote {written} {} into {}/. Next: `followthrough serve` to see them, or `followthrough build`.",
                    if written == 1 { "file" } else { "files" },
                    plan.folder
                );
                if problems > 0 {
                    println!(
                        "The cells that could not be understood are kept as comments (lines starting with #) at the top of their files: \
                         finish those by hand, then run `followthrough check`."
                    );
                }
                println!("Imported {}", plan.summary);
            }
            OK
        }
    }
}

/// The flags a first import and `--updates` share: the site folder, which must be there, and
/// `--updated`, read as a date.
pub(super) fn root_and_updated(args: &ImportArgs) -> Result<Option<chrono::NaiveDate>, FatalError> {
    if !args.root.is_dir() {
        return Err(usage(format!(
            "--root {}: there is no such folder",
            args.root.display()
        )));
    }
    args.updated
        .as_deref()
        .map(|s| {
            dates::parse_date(s).ok_or_else(|| {
                usage(format!(
                    "--updated `{s}` is not a date: write it as YYYY-MM-DD, for example --updated 2014-08-31"
                ))
            })
        })
        .transpose()
}

fn options(args: &ImportArgs) -> Result<import::Options, FatalError> {
    let updated = root_and_updated(args)?;
    let mut mapping = Vec::new();
    for c in &args.columns {
        mapping.extend(columns::parse_mapping(c).map_err(|m| FatalError::Usage {
            message: format!("--columns: {m}"),
        })?);
    }
    Ok(import::Options {
        file: args.file.clone(),
        review: args.review.clone().unwrap_or_default(),
        sheet: args.sheet.clone(),
        updated,
        columns: mapping,
    })
}
