//! `followthrough import`: an action plan (CSV, TSV, XLSX, XLS, ODS) → one YAML file per
//! recommendation in `content/reviews/<slug>/`, plus `index.md` if the review has none.
//!
//! ```text
//! file ──► read ──► rows of cells ──► columns (header row, fields) ──► table (items, sections,
//!          continuations, drafts) ──► write (YAML text; files saved only when asked)
//! ```
//!
//! Nothing in the sheet is silently lost: a cell that cannot be understood is a [`Diagnostic`] at
//! its cell (`E17`; an error stops the import unless `--force` is given, a warning says what was
//! set aside), and is kept as a comment in the file it belongs to. `plan` reads and
//! decides; `write::save` is the only function that writes. Must not print.

pub mod cells;
pub mod classify;
pub mod columns;
pub mod dates;
mod deadline;
pub mod draft;
pub mod headers;
mod items;
mod limits;
pub mod read;
mod row;
pub mod table;
mod text;
pub mod write;

use crate::diagnostics::{Cell, Diagnostic};
use crate::error::FatalError;
use crate::load;
use crate::model::Response;
use chrono::NaiveDate;
use columns::Field;
use std::fmt;
use std::path::{Path, PathBuf};

/// What to import, and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The spreadsheet or CSV file to read.
    pub file: PathBuf,
    /// The review's folder name under content/reviews/.
    pub review: String,
    /// `--sheet`: the sheet of a workbook to read; the first when absent.
    pub sheet: Option<String>,
    /// The date of the progress notes.
    pub updated: Option<NaiveDate>,
    /// `--columns`: column name or letter → field.
    pub columns: Vec<(String, Field)>,
}

/// A file the import would write.
#[derive(Debug, Clone, PartialEq)]
pub struct NewFile {
    /// Relative to the site folder, with `/`.
    pub path: String,
    /// What the file would say.
    pub text: String,
    /// A file is already there.
    pub exists: bool,
}

/// Counts for the closing line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// How many recommendations were read.
    pub recommendations: usize,
    /// How many themes they are grouped under.
    pub themes: usize,
    /// How many recommendations had each response.
    pub responses: Vec<(Response, usize)>,
    /// How many planned actions were read.
    pub actions: usize,
    /// How many progress notes were read.
    pub updates: usize,
    /// How many problems were found.
    pub problems: usize,
    /// How many warnings were given.
    pub warnings: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let responses: Vec<String> = self
            .responses
            .iter()
            .map(|(r, n)| format!("{n} {}", r.label().to_lowercase()))
            .collect();
        write!(
            f,
            "{}, {} (responses: {}), {}, {}, {}, {}",
            plural(self.recommendations, "recommendation", "recommendations"),
            plural(self.themes, "theme", "themes"),
            if responses.is_empty() {
                "none".to_string()
            } else {
                responses.join(", ")
            },
            plural(self.actions, "action", "actions"),
            plural(self.updates, "update", "updates"),
            plural(self.problems, "problem", "problems"),
            plural(self.warnings, "warning", "warnings"),
        )
    }
}

/// The outcome of reading a plan: the files it becomes, and everything worth saying about it.
#[derive(Debug, Clone)]
pub struct Plan {
    /// `plan.xlsx, sheet "Actions"`, or `plan.csv`, for the closing messages.
    pub source: String,
    /// `content/reviews/<slug>`.
    pub folder: String,
    /// The files the import would write, in order.
    pub files: Vec<NewFile>,
    /// The problems and warnings found, each at its sheet and cell.
    pub problems: Vec<Diagnostic>,
    /// Things done that the officer should know of (rows dropped, columns left out, defaults).
    pub notes: Vec<String>,
    /// The counts for the closing line.
    pub summary: Summary,
}

impl Plan {
    /// No problem stops the import: warnings alone, or none.
    pub fn is_clean(&self) -> bool {
        !self.problems.iter().any(|p| p.is_error())
    }
    /// The files that are already there and would be overwritten.
    pub fn existing(&self) -> Vec<&NewFile> {
        self.files.iter().filter(|f| f.exists).collect()
    }
}

/// Reads the plan and works out the files it becomes, writing nothing.
pub fn plan(root: &Path, opts: &Options) -> Result<Plan, FatalError> {
    if let Err(why) = crate::model::slug::check_segment(&opts.review) {
        return Err(FatalError::Usage {
            message: format!(
                "--review `{}` cannot be a review folder name: {}\nhelp: use letters, digits and hyphens, such as --review tmo-scrutiny-2011",
                opts.review.escape_default(),
                why.explain()
            ),
        });
    }
    let loaded = load::load(root)?;
    let (site, diags) = crate::validate::validate(&loaded);
    if loaded.site.is_none()
        || diags
            .iter()
            .any(|d| d.is_error() && d.path == load::SITE_FILE)
    {
        return Err(FatalError::Usage {
            message: format!(
                "{} has a problem, so its statuses cannot be read\nhelp: run `followthrough check` to see it, fix it, then import again",
                load::SITE_FILE
            ),
        });
    }
    let sheet = read::read(&opts.file, opts.sheet.as_deref())?;
    let file_name = opts
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let source = if sheet.workbook {
        format!("{file_name}, sheet \"{}\"", sheet.name)
    } else {
        file_name.clone()
    };
    let folder = format!("content/reviews/{}", opts.review);
    let mut notes = Vec::new();
    if let (Some(enc), Some(delim)) = (sheet.encoding, sheet.delimiter) {
        let d = match delim {
            '\t' => "tab",
            ',' => "comma",
            ';' => "semicolon",
            _ => "bar",
        };
        notes.push(format!("read {file_name} as {enc} text, {d}-separated"));
    }
    let t = table::read(&sheet, &opts.columns, &site.config, &opts.review)
        .map_err(|message| FatalError::Usage { message })?;
    let mut problems = t.problems;
    notes.extend(t.notes);
    if let Some(at) = sheet.unclosed_quote {
        problems.push(Diagnostic::cell_error(
            Some(at),
            None,
            format!(
                "a quote (\") opens cell {at} and never closes, so every line of the file below it was read into that one cell"
            ),
            "put the closing quote at the end of the cell's text, or take the opening one out; a quote inside a cell's text is written twice (\"\")",
        ));
    }
    if t.drafts.is_empty() && !problems.iter().any(|p| p.is_error()) {
        problems.push(Diagnostic::cell_error(
            None,
            None,
            match t.header_row {
                Some(r) => format!("there are no recommendations under the header row (row {r}), so there is nothing to import"),
                None => "there are no recommendations in the sheet, so there is nothing to import".into(),
            },
            if sheet.workbook {
                "check this is the plan you meant; if its recommendations are on another sheet, name it with --sheet"
            } else {
                "check this is the plan you meant, saved with its rows (not only the column names)"
            },
        ));
    }

    let existing = loaded.reviews.iter().find(|r| r.slug == opts.review);
    let names = write::file_names(
        &t.drafts
            .iter()
            .map(|d| d.number.as_str())
            .collect::<Vec<_>>(),
    );
    let mut files = Vec::new();
    for (d, name) in t.drafts.iter().zip(&names) {
        let path = format!("{folder}/{name}.yaml");
        if let Some(other) = existing.and_then(|r| {
            r.recs
                .iter()
                .find(|o| o.raw.number.value.trim() == d.number && o.path != path)
        }) {
            problems.push(Diagnostic::cell_error(
                Some(d.at),
                None,
                format!("recommendation {} is already in {}", d.number, other.path),
                format!(
                    "delete or rename {} if this import replaces it, then import again",
                    other.path
                ),
            ));
        }
        let text = write::recommendation(d, opts.updated);
        files.push(NewFile {
            exists: root.join(&path).exists(),
            path,
            text,
        });
    }
    let has_updates = t.drafts.iter().any(|d| !d.updates.is_empty());
    if has_updates && opts.updated.is_none() {
        let hint = match t.updated_hint {
            Some(d) => format!(
                "give the date the progress notes were written with --updated YYYY-MM-DD; the sheet says it was updated in {}, so perhaps --updated {}",
                d.format("%B %Y"),
                d.format("%Y-%m-%d")
            ),
            None => "give the date the progress notes were written with --updated YYYY-MM-DD, for example --updated 2014-08-31".into(),
        };
        problems.push(Diagnostic::cell_error(
            t.progress_at,
            t.progress_column.clone(),
            "the progress notes need a date: each becomes a dated update",
            hint,
        ));
    }
    let index_path = format!("{folder}/index.md");
    if t.drafts.is_empty() {
        // Nothing to import: not even a review's index.md is written, with --force or without.
    } else if !root.join(&index_path).exists() {
        let title = t
            .title
            .clone()
            .or_else(|| t.review_title.clone())
            .unwrap_or_else(|| file_stem(&opts.file));
        files.push(NewFile {
            text: write::index(&title, &t.preamble, &source),
            path: index_path,
            exists: false,
        });
    } else if t.title.is_some() {
        let lines: Vec<&str> = t
            .title
            .iter()
            .chain(&t.preamble)
            .map(String::as_str)
            .collect();
        notes.push(format!(
            "{index_path} is already there, so the lines above the table were not used: {}",
            lines.join(" / ")
        ));
    }
    let sheet_name = sheet.workbook.then_some(sheet.name.as_str());
    let mut problems: Vec<Diagnostic> = problems
        .into_iter()
        .map(|p| p.in_file(&file_name, sheet_name))
        .collect();
    problems.sort_by_key(|p| (p.cell().map_or((0, 0), |a| (a.row, a.col)), !p.is_error()));
    let summary = summarise(&t.drafts, &problems);
    Ok(Plan {
        source,
        folder,
        files,
        problems,
        notes,
        summary,
    })
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| {
            s.to_string_lossy()
                .replace(['_', '-'], " ")
                .trim()
                .to_string()
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "Action plan".into())
}

fn summarise(drafts: &[draft::Draft], problems: &[Diagnostic]) -> Summary {
    let mut themes: Vec<&str> = drafts.iter().filter_map(|d| d.theme.as_deref()).collect();
    themes.sort_unstable();
    themes.dedup();
    let responses = Response::ALL
        .iter()
        .map(|r| (*r, drafts.iter().filter(|d| d.response == *r).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    Summary {
        recommendations: drafts.len(),
        themes: themes.len(),
        responses,
        actions: drafts.iter().map(|d| d.actions.len()).sum(),
        updates: drafts.iter().map(|d| d.updates.len()).sum(),
        problems: problems.iter().filter(|p| p.is_error()).count(),
        warnings: problems.iter().filter(|p| !p.is_error()).count(),
    }
}
