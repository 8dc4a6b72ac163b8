//! Drafts → content files a person can edit: each draft made into the format's own record
//! (`model::raw`, whose `Serialize` gives the order of the fields and block scalars for long text;
//! serde-saphyr does the quoting), what was set aside as comments at the top, file
//! names that sort naturally (`01-1.yaml`, `02.yaml`, `10.yaml`). `save` is the only function of
//! `import` that writes, and it never replaces a file unless told to.

use super::NewFile;
use super::draft::Draft;
use crate::error::FatalError;
use crate::model::raw::{
    Names, RawAction, RawRecommendation, RawReview, RawRevision, RawText, RawUpdate, made,
};
use crate::model::slug::number_slug;
use chrono::NaiveDate;
use serde::Serialize;
use serde_saphyr::SerializerOptions;
use std::io::Write;
use std::path::Path;

/// What a revised deadline says when the sheet gives no reason for it.
pub const NO_REASON: &str = "Not recorded in the imported action plan";

fn yaml<T: Serialize>(value: &T) -> String {
    let mut o = SerializerOptions::default();
    o.prefer_block_scalars = false;
    o.compact_list_indent = false;
    o.yaml_12 = true;
    o.no_lang_directive = true;
    serde_saphyr::to_string_with_options(value, o).expect("plain data always serialises")
}

/// A list of the format, left out when empty.
fn listed<T>(v: Vec<T>) -> Option<Vec<T>> {
    Some(v).filter(|v| !v.is_empty())
}

fn comment(out: &mut String, text: &str) {
    for line in text.lines() {
        out.push_str(if line.is_empty() { "#" } else { "# " });
        out.push_str(line);
        out.push('\n');
    }
}

/// The YAML file of one recommendation. Without a date for the progress notes they are kept as
/// comments, since an update needs one.
pub fn recommendation(d: &Draft, updated: Option<NaiveDate>) -> String {
    let mut out = String::new();
    for c in &d.comments {
        comment(&mut out, c);
    }
    if updated.is_none() {
        for u in &d.updates {
            comment(
                &mut out,
                &format!(
                    "progress, not dated because --updated was not given:\n{}",
                    u.text
                ),
            );
        }
    }
    let iso = |d: NaiveDate| made(d.format("%Y-%m-%d").to_string());
    let some_text = |t: &Option<String>| t.clone().map(made);
    let some_raw = |t: &Option<String>| t.clone().map(|t| made(RawText::from(t)));
    // Every field of the format, named: a field added to it must be decided here too.
    let file = RawRecommendation {
        number: made(d.number.clone()),
        title: some_raw(&d.title),
        theme: some_raw(&d.theme),
        recommendation: Some(made(RawText::from(d.recommendation.clone()))),
        response: made(d.response.key().to_string()),
        response_text: some_raw(&d.response_text),
        responsible: made(Names(d.responsible.clone())),
        lead_officer: some_text(&d.lead_officer),
        resources: some_raw(&d.resources),
        deadline: d.deadline.map(|x| made(x.iso())),
        revised_deadlines: d.revised.map(|r| {
            vec![RawRevision {
                date: iso(r),
                reason: made(NO_REASON.into()),
                agreed: None,
                requested: None,
            }]
        }),
        status: made(d.status.clone()),
        actions: listed(
            d.actions
                .iter()
                .map(|a| RawAction {
                    action: made(RawText::from(a.action.to_string())),
                    responsible: Some(made(Names(a.responsible.clone())))
                        .filter(|n| !n.value.0.is_empty()),
                    status: a.status.clone().map(made),
                })
                .collect(),
        ),
        updates: listed(match updated {
            Some(date) => d
                .updates
                .iter()
                .map(|u| RawUpdate {
                    date: iso(date),
                    status: u.status.clone().map(made),
                    text: made(RawText::from(u.text.clone())),
                })
                .collect(),
            None => Vec::new(),
        }),
        outcome: some_raw(&d.outcome),
        evidence: None,
        closure_requested: None,
    };
    out.push_str(&yaml(&file));
    out
}

/// A new review's `index.md`: its title, and the lines above the table as its summary.
pub fn index(title: &str, preamble: &[String], source: &str) -> String {
    let mut out = String::from("---\n");
    out.push_str(&yaml(&RawReview {
        title: made(RawText::from(title)),
        body: None,
        organisation: None,
        published: None,
        response_date: None,
        updated: None,
        documents: None,
        stage: None,
        stages: None,
        origin: None,
        scope: None,
        expected: None,
        response_due: None,
        impact: None,
    }));
    out.push_str("---\n");
    out.push_str(&format!(
        "<!-- Imported from {}. Add `body:`, `published:` and the other review fields above, and write a summary here: why the review was done and what it found. -->\n",
        source.replace("--", "- -")
    ));
    for line in preamble {
        out.push('\n');
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// File names that sort as the numbers do: `1.2` → `01-2` when numbers run past 9.
pub fn file_names(numbers: &[&str]) -> Vec<String> {
    let runs = |s: &str| -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, run)) if *d == digit => run.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    };
    let stems: Vec<Vec<(bool, String)>> = numbers
        .iter()
        .map(|n| runs(&number_slug(n).replace('.', "-")))
        .collect();
    let mut widths: Vec<usize> = Vec::new();
    for s in &stems {
        for (k, (_, run)) in s.iter().filter(|(d, _)| *d).enumerate() {
            if widths.len() <= k {
                widths.push(0);
            }
            widths[k] = widths[k].max(run.len());
        }
    }
    let mut out: Vec<String> = Vec::new();
    for s in stems {
        let mut name = String::new();
        let mut k = 0;
        for (digit, run) in s {
            if digit {
                name.push_str(&format!("{run:0>w$}", w = widths[k]));
                k += 1;
            } else {
                name.push_str(&run);
            }
        }
        let mut unique = name.clone();
        let mut n = 2;
        while out.contains(&unique) || unique == "index" {
            unique = format!("{name}-{n}");
            n += 1;
        }
        out.push(unique);
    }
    out
}

/// Writes the files under `root`. Without `force`, a file that is already there is left as it
/// is (and counted as skipped); with it, replaced. Returns (written, skipped).
pub fn save(root: &Path, files: &[NewFile], force: bool) -> Result<(usize, usize), FatalError> {
    let (mut written, mut skipped) = (0, 0);
    for f in files {
        let path = root.join(&f.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| FatalError::io(dir, "create the folder", e))?;
        }
        let opened = if force {
            std::fs::File::create(&path)
        } else {
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
        };
        let mut file = match opened {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                skipped += 1;
                continue;
            }
            Err(e) => return Err(FatalError::io(&path, "create", e)),
        };
        file.write_all(f.text.as_bytes())
            .map_err(|e| FatalError::io(&path, "write", e))?;
        written += 1;
    }
    Ok((written, skipped))
}

/// One file to change in place: its text when it was read, and its new text.
pub struct Replacement<'a> {
    /// Relative to the site folder.
    pub path: &'a str,
    /// Its text when it was read; if the file no longer says this, nothing is written.
    pub old: &'a str,
    /// The text to write.
    pub new: &'a str,
}

/// Replaces files in place (`import --updates`). Every new text is written beside its file
/// first, and only when all are written does each take its file's place (one rename each), so a
/// disk that fills or a folder that cannot be written leaves every file as it was. A file that changed on disk since it was read
/// is left alone, and nothing is written.
pub fn replace(root: &Path, files: &[Replacement]) -> Result<(), FatalError> {
    for f in files {
        let path = root.join(f.path);
        let now = std::fs::read(&path).map_err(|e| FatalError::io(&path, "read", e))?;
        if now != f.old.as_bytes() {
            return Err(FatalError::Usage {
                message: format!(
                    "{} was changed by something else while the tracker was read, so nothing was written\nhelp: import the tracker again",
                    f.path
                ),
            });
        }
    }
    let mut staged = Vec::new();
    let cleanup = |staged: &[(std::path::PathBuf, std::path::PathBuf)]| {
        for (tmp, _) in staged {
            let _ = std::fs::remove_file(tmp);
        }
    };
    for f in files {
        let path = root.join(f.path);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = path.with_file_name(format!(".{name}.followthrough-new"));
        let written = std::fs::write(&tmp, f.new.as_bytes())
            .and_then(|()| std::fs::metadata(&path))
            .and_then(|m| std::fs::set_permissions(&tmp, m.permissions()));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            cleanup(&staged);
            return Err(FatalError::io(&tmp, "write", e));
        }
        staged.push((tmp, path));
    }
    for (tmp, path) in &staged {
        if let Err(e) = std::fs::rename(tmp, path) {
            cleanup(&staged);
            return Err(FatalError::io(path, "replace", e));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_naturally() {
        assert_eq!(
            file_names(&["1.1", "1.2", "2", "10", "22"]),
            ["01-1", "01-2", "02", "10", "22"]
        );
        assert_eq!(file_names(&["1", "2", "3"]), ["1", "2", "3"]);
        assert_eq!(file_names(&["1.2", "1.10"]), ["1-02", "1-10"]);
        assert_eq!(file_names(&["10a", "9"]), ["10a", "09"]);
        assert_eq!(file_names(&["1.1", "1-1"]), ["1-1", "1-1-2"]);
        let mut sorted = file_names(&["2", "10", "1.2", "1.10", "1.1"]);
        sorted.sort();
        assert_eq!(sorted, ["01-01", "01-02", "01-10", "02", "10"]);
    }
}
