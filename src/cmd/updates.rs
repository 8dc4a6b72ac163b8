//! `followthrough import FILE --updates`: a filled-in tracker brought back into the content.
//! Prints the problems (by sheet and cell), on `--dry-run` the lines each file would gain or
//! change, the summary line, and who sent no update. Writes only when the whole tracker is clean.

use super::*;
use crate::cli::ImportArgs;
use crate::import::write;
use crate::pipeline::updates::{Edited, Updates, updates};
use similar::{ChangeTag, TextDiff};

/// The most problems printed; the first ones are what to fix first.
const MAX_PROBLEMS_SHOWN: usize = 200;

/// Runs `followthrough import --updates`, bringing a filled-in tracker back into the content;
/// returns the exit code.
pub fn run(args: &ImportArgs) -> u8 {
    match run_updates(args) {
        Ok(code) => code,
        Err(e) => fatal(&e),
    }
}

fn run_updates(args: &ImportArgs) -> Result<u8, FatalError> {
    let updated = super::import::root_and_updated(args)?;
    let as_of = crate::cli::as_of(args.as_of.as_deref())?;
    let common = Common {
        root: args.root.clone(),
        as_of: Some(as_of.format("%Y-%m-%d").to_string()),
        base_url: None,
        jobs: None,
        quiet: args.quiet,
    };
    let opts = options(&common, None)?;
    let u = match updates(&opts, &args.file, args.sheet.as_deref(), updated)? {
        Ok(u) => u,
        Err(f) => {
            print_diagnostics(&f.diagnostics, &f.sources, false);
            eprintln!(
                "error: found {} in the site; nothing was imported. Fix them (`followthrough check` shows them again), then import the tracker again",
                diagnostics::summary(&f.diagnostics)
            );
            return Ok(CONTENT_ERRORS);
        }
    };
    let problems = &u.planned.problems;
    print_diagnostics(
        &problems[..problems.len().min(MAX_PROBLEMS_SHOWN)],
        &Sources::new(),
        false,
    );
    if problems.len() > MAX_PROBLEMS_SHOWN {
        eprintln!(
            "... and {} more problems like these: correct the ones above, then import again to see the rest",
            problems.len() - MAX_PROBLEMS_SHOWN
        );
    }
    let summary = &u.planned.summary;
    if !problems.is_empty() {
        eprintln!(
            "error: nothing was written, because of the {} above in {}\n  help: correct the tracker and import it again; no file changes until every row can be read",
            if problems.len() == 1 {
                "problem".to_string()
            } else {
                format!("{} problems", problems.len())
            },
            u.source
        );
        if !args.quiet {
            println!("Not imported: {summary}");
        }
        return Ok(CONTENT_ERRORS);
    }
    if args.dry_run {
        for e in &u.edited {
            print_diff(e);
        }
        if !args.quiet {
            println!("Dry run, nothing written: {summary}");
            print_chase(&u);
        }
        return Ok(OK);
    }
    let files: Vec<write::Replacement> = u
        .edited
        .iter()
        .map(|e| write::Replacement {
            path: &e.path,
            old: &e.old,
            new: &e.new,
        })
        .collect();
    write::replace(&args.root, &files)?;
    if !args.quiet {
        println!("Imported updates: {summary}");
        print_chase(&u);
        if !u.edited.is_empty() {
            println!(
                "Changed {} in content/reviews/. Next: `followthrough serve` to see them, or `followthrough build`.",
                if u.edited.len() == 1 {
                    "1 file".to_string()
                } else {
                    format!("{} files", u.edited.len())
                }
            );
        } else {
            println!(
                "No file needed changing: everything in the tracker is in the content already."
            );
        }
    }
    Ok(OK)
}

/// The lines a file gains (`+`) or loses (`-`), numbered as in the new file and the old.
fn print_diff(e: &Edited) {
    println!("=== {}", e.path);
    let diff = TextDiff::from_lines(&e.old, &e.new);
    for change in diff.iter_all_changes() {
        let (mark, line) = match change.tag() {
            ChangeTag::Equal => continue,
            ChangeTag::Insert => ("+", change.new_index()),
            ChangeTag::Delete => ("-", change.old_index()),
        };
        let text = change.value().trim_end_matches(['\n', '\r']);
        println!("{mark} {:>4} | {text}", line.map_or(0, |i| i + 1));
    }
}

/// Who sent no update, to chase before the report goes to committee.
fn print_chase(u: &Updates) {
    let n = u.planned.summary.no_update;
    if n == 0 {
        return;
    }
    println!(
        "No update received for {} (nothing filled in). By who is responsible:",
        if n == 1 {
            "1 row".to_string()
        } else {
            format!("{n} rows")
        }
    );
    for (party, rows) in &u.planned.chase {
        let mut by_review: Vec<(String, Vec<&str>)> = Vec::new();
        for (review, item) in rows {
            match by_review.last_mut() {
                Some((r, items)) if r == review => items.push(item),
                _ => by_review.push((review.clone(), vec![item])),
            }
        }
        let list: Vec<String> = by_review
            .iter()
            .map(|(r, items)| format!("{r} {}", items.join(", ")))
            .collect();
        println!("  {party} ({}): {}", rows.len(), list.join("; "));
    }
}
