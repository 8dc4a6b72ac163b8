//! `import --updates` from the tracker to the new text of each file, writing nothing: the
//! tracker read (`import::read`), its header found (`updates::sheet`), the site read and
//! indexed (`indexed`), each row planned against it (`updates::plan`), and each file to change
//! read as it is on disk and changed in place (`updates::edit`). Must not print or write.

use super::indexed::{Indexed, indexed};
use super::{Failed, Options};
use crate::diagnostics::Diagnostic;
use crate::error::FatalError;
use crate::import::read;
use crate::load;
use crate::updates::plan::{self, Planned};
use crate::updates::{edit, sheet};
use std::path::Path;

/// One file's text, before and after.
#[derive(Debug, Clone)]
pub struct Edited {
    /// Relative to the site folder.
    pub path: String,
    /// The file's text when it was read.
    pub old: String,
    /// The text to write in its place.
    pub new: String,
}

/// The tracker read against the site: what it changes, and what stops it.
#[derive(Debug)]
pub struct Updates {
    /// The tracker's name, and its sheet in a workbook (`tracker.xlsx, sheet "Tracker"`), for the
    /// closing message.
    pub source: String,
    /// What the tracker changes, file by file, with its problems and counts.
    pub planned: Planned,
    /// The files' new texts, in the site's order; empty when there are problems.
    pub edited: Vec<Edited>,
}

/// Reads `file` (sheet `sheet` of a workbook, else the first) against the site in `opts.root`.
pub fn updates(
    opts: &Options,
    file: &Path,
    sheet_name: Option<&str>,
    updated: Option<chrono::NaiveDate>,
) -> Result<Result<Updates, Failed>, FatalError> {
    let tracker = read::read(file, sheet_name)?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let source = if tracker.workbook {
        format!("{name}, sheet \"{}\"", tracker.name)
    } else {
        name.clone()
    };
    let header = sheet::header(&tracker.rows).map_err(|why| FatalError::Usage {
        message: format!(
            "{source} is not a returned tracker: {why}\nhelp: bring back the file that `followthrough export` wrote, \
             with its header row as it was; to import a first action plan, leave out --updates and give --review"
        ),
    })?;
    let Indexed { index, .. } = match indexed(opts)? {
        Ok(i) => i,
        Err(f) => return Ok(Err(f)),
    };
    let mut planned = plan::plan(
        &index,
        &tracker.rows,
        &header,
        &plan::Options {
            as_of: opts.as_of,
            updated,
        },
    );
    let mut edited = Vec::new();
    if planned.problems.is_empty() {
        for f in &planned.files {
            let made = load::read_exact(&opts.root, &f.path).and_then(|old| {
                edit::apply(&old, f.path.ends_with(".md"), &f.changes).map(|new| (old, new))
            });
            match made {
                Ok((old, new)) => edited.push(Edited {
                    path: f.path.clone(),
                    old,
                    new,
                }),
                Err(why) => planned.problems.push(Diagnostic::cell_error(
                    None,
                    None,
                    format!("{} could not be changed: {why}", f.path),
                    format!(
                        "nothing was written; make this change to {} by hand, or ask for help with it:\n{}",
                        f.path,
                        describe(&f.changes)
                    ),
                )),
            }
        }
        planned.summary.problems = planned.problems.len();
        if !planned.problems.is_empty() {
            edited.clear();
        }
    }
    let sheet = tracker.workbook.then_some(tracker.name.as_str());
    planned.problems = std::mem::take(&mut planned.problems)
        .into_iter()
        .map(|p| p.in_file(&name, sheet))
        .collect();
    Ok(Ok(Updates {
        source,
        planned,
        edited,
    }))
}

/// The changes in words, for doing them by hand.
fn describe(changes: &[edit::Change]) -> String {
    changes
        .iter()
        .map(|c| match c {
            edit::Change::Status(s) => format!("    status: {s}"),
            edit::Change::Update { date, status, text } => format!(
                "    add to updates: date {date}{}, text \"{}\"",
                status.as_ref().map(|s| format!(", status {s}")).unwrap_or_default(),
                crate::import::cells::quoted(text).trim_matches('"')
            ),
            edit::Change::Revision { date, reason, requested } => format!(
                "    add to revised_deadlines: date {date}, reason \"{reason}\", requested {requested}"
            ),
            edit::Change::ClosureRequested(d) => format!("    closure_requested: {d}"),
            edit::Change::ActionStatus { n, status } => format!("    action {n}: status {status}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
