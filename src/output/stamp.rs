//! The record of the last build in an output folder (`.followthrough-build` in it): the
//! fingerprint of what it was made from (`load::fingerprint`), one fingerprint of the files it
//! left there (each one's path and size, as the list of files written names them; none may have
//! changed since the record was written),
//! how many pages and recommendations it had, and the warnings it gave. A build whose inputs and
//! output both still match has nothing to do. Every commit removes the record before it changes
//! anything, and only a build that has finished writes it, so a record always describes the
//! folder as it is. Reads and writes only that file; must not decide what a site contains.

use super::manifest::{self, STAMP};
use crate::diagnostics::Diagnostic;
use crate::error::FatalError;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::Path;

/// What the record's format is; a record of another is not read.
const FORMAT: u32 = 1;

/// The last build, as recorded in its output folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stamp {
    format: u32,
    /// The fingerprint of the program, settings and files the site was made from.
    pub inputs: String,
    /// How many pages the site has.
    pub pages: usize,
    /// How many recommendations the site has.
    pub recommendations: usize,
    /// How many files the build left in the folder.
    pub files: usize,
    /// The fingerprint of those files as the build left them.
    outputs: String,
    /// The warnings the build gave, each with the span its underline needs.
    warnings: Vec<(Diagnostic, Option<Range<usize>>)>,
}

impl Stamp {
    /// The warnings the recorded build gave, as it gave them.
    pub fn warnings(&self) -> Vec<Diagnostic> {
        self.warnings
            .iter()
            .map(|(d, span)| Diagnostic {
                span: span.clone(),
                ..d.clone()
            })
            .collect()
    }
}

/// The record in `out_dir`, if there is one this version can read and the folder still holds
/// exactly the files it describes, untouched; else `None` (the build goes ahead in full).
pub fn current(out_dir: &Path) -> Option<Stamp> {
    let path = out_dir.join(STAMP);
    let written = Times::of(&std::fs::symlink_metadata(&path).ok()?);
    let stamp: Stamp = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    if stamp.format != FORMAT {
        return None;
    }
    let listed = manifest::read(out_dir).ok()??;
    let now = outputs(out_dir, &listed, Some(&written))?;
    (listed.len() == stamp.files && now == stamp.outputs).then_some(stamp)
}

/// Records the build just committed into `out_dir`. A record that cannot be written is no
/// loss: the next build goes ahead in full.
pub fn record(
    out_dir: &Path,
    inputs: String,
    pages: usize,
    recommendations: usize,
    warnings: &[Diagnostic],
) -> Result<(), FatalError> {
    let Some(listed) = manifest::read(out_dir)? else {
        return Ok(());
    };
    let Some(outputs) = outputs(out_dir, &listed, None) else {
        return Ok(());
    };
    let stamp = Stamp {
        format: FORMAT,
        inputs,
        pages,
        recommendations,
        files: listed.len(),
        outputs,
        warnings: warnings
            .iter()
            .map(|d| (d.clone(), d.span.clone()))
            .collect(),
    };
    let Ok(json) = serde_json::to_vec(&stamp) else {
        return Ok(());
    };
    let path = out_dir.join(STAMP);
    let part = out_dir.join(format!("{STAMP}.part"));
    if std::fs::write(&part, json).is_err() || std::fs::rename(&part, &path).is_err() {
        let _ = std::fs::remove_file(&part);
    }
    Ok(())
}

/// Takes the record away before anything in `out_dir` changes.
pub fn forget(out_dir: &Path) -> Result<(), FatalError> {
    match std::fs::remove_file(out_dir.join(STAMP)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(FatalError::io(
            out_dir.join(STAMP),
            "remove the record of the last build",
            e,
        )),
        _ => Ok(()),
    }
}

/// One fingerprint of the files `listed` in `out_dir` (each one's path and size), if each is
/// still a plain file last changed no later than `by` (the record's own times); `None` if one
/// is missing, is not a plain file, or was changed since. Sizes and paths only go into the
/// fingerprint, so that the record, like every file of the site, is the same whatever the build's
/// day or thread count; the times catch a file edited, touched or put back by hand since.
fn outputs(
    out_dir: &Path,
    listed: &std::collections::BTreeSet<String>,
    by: Option<&Times>,
) -> Option<String> {
    let listed: Vec<&String> = listed.iter().collect();
    let sizes: Option<Vec<u64>> = listed
        .par_iter()
        .map(|rel| {
            let meta = std::fs::symlink_metadata(super::safe_join(out_dir, rel)?).ok()?;
            let unchanged = by.is_none_or(|by| Times::of(&meta).le(by));
            (meta.is_file() && unchanged).then_some(meta.len())
        })
        .collect();
    let mut h = blake3::Hasher::new();
    for (rel, size) in listed.iter().zip(sizes?) {
        h.update(rel.as_bytes());
        h.update(&[0]);
        h.update(&size.to_le_bytes());
    }
    Some(h.finalize().to_hex().to_string())
}

/// When a file last changed: its modification time and, on Unix, its change time, which every
/// write, rename or `touch` moves on and no tool can set back.
#[derive(Debug, Clone, Copy)]
struct Times {
    changed: (i64, i64),
    modified: u128,
}

impl Times {
    fn of(meta: &std::fs::Metadata) -> Times {
        let modified = meta
            .modified()
            .ok()
            .and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        #[cfg(unix)]
        let changed = {
            use std::os::unix::fs::MetadataExt;
            (meta.ctime(), meta.ctime_nsec())
        };
        #[cfg(not(unix))]
        let changed = (0, 0);
        Times { changed, modified }
    }

    /// Whether a file with these times changed no later than one with `by`'s: both times are
    /// compared on their own.
    fn le(&self, by: &Times) -> bool {
        self.changed <= by.changed && self.modified <= by.modified
    }
}
