//! The only module that writes the built site, and the keeper of one promise: no command removes
//! or changes a file followthrough did not write, and no failure leaves a half-updated site.
//! `guard` decides which folders may be written, `manifest` lists the files written (which
//! `last_good` reads back for `serve`), `stamp` records what the last build was made from, `sink` takes the files as they are made (into
//! `stage` or into memory), `stage` writes a build beside the live site and `commit`
//! swaps it in as one step. Files are updated in place, only those whose bytes changed; never
//! `rm -rf` (recreating a large tree is several times slower than overwriting it). Must not parse
//! or render.

pub mod commit;
pub mod guard;
pub mod interrupt;
pub mod last_good;
pub mod manifest;
pub mod sink;
pub mod stage;
pub mod stamp;

pub use commit::Recovered;
pub use guard::Target;
pub use sink::{Memory, Sink};
pub use stage::{Keep, Stage};

use crate::error::FatalError;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// What a write did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteReport {
    /// Files new or changed, moved into the output folder.
    pub written: usize,
    /// Files already as the build made them, left alone.
    pub unchanged: usize,
    /// Files an earlier build wrote that the site no longer has, removed.
    pub removed: usize,
}

/// Joins a site path onto the output folder, refusing anything that could leave it.
pub fn safe_join(out_dir: &Path, rel: &str) -> Option<PathBuf> {
    let p = Path::new(rel);
    if rel.is_empty() || rel.contains('\\') || rel.contains(':') {
        return None;
    }
    if p.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    Some(out_dir.join(p))
}

/// Makes `out_dir` hold exactly `files` of the site in `root`, all at once: writes new and
/// changed files, leaves identical ones alone, removes the files an earlier build wrote that are
/// no longer part of the site. (`files` is an OutputSet, or `serve`'s shared copy of one.)
pub fn write<B: AsRef<[u8]> + Sync>(
    out_dir: &Path,
    root: &Path,
    files: &BTreeMap<String, B>,
) -> Result<WriteReport, FatalError> {
    write_keeping(out_dir, root, files, Keep::Put)
}

/// Writes some files of the site and removes others, leaving the rest of `out_dir` alone: `serve`
/// after a change re-made a few pages.
pub fn write_some<B: AsRef<[u8]> + Sync>(
    out_dir: &Path,
    root: &Path,
    files: &BTreeMap<String, B>,
    removed: &[String],
) -> Result<WriteReport, FatalError> {
    write_keeping(out_dir, root, files, Keep::AllBut(removed))
}

/// An output folder ready to be written, after [`open`].
pub struct Opened {
    /// The folder, and the files in it a build may replace or remove.
    pub target: Target,
    /// What an unfinished commit of an earlier run had left there, now settled.
    pub recovered: Recovered,
}

/// Opens `out_dir` for a build of the site in `root`: refuses a folder that may not be written
/// (see `guard`), settles a commit a crash left unfinished there, and reads which files in it
/// followthrough wrote. `adopt` is `--force`.
pub fn open(out_dir: &Path, root: &Path, adopt: bool) -> Result<Opened, FatalError> {
    guard::place(out_dir, root)?;
    let recovered = commit::recover_output(&commit::RealDisk, out_dir)?;
    let target = guard::contents(out_dir, adopt)?;
    Ok(Opened { target, recovered })
}

fn write_keeping<B: AsRef<[u8]> + Sync>(
    out_dir: &Path,
    root: &Path,
    files: &BTreeMap<String, B>,
    keep: Keep<'_>,
) -> Result<WriteReport, FatalError> {
    let stage = Stage::begin(out_dir, open(out_dir, root, false)?.target)?;
    let changed: Vec<Result<bool, FatalError>> = files
        .par_iter()
        .map(|(rel, bytes)| stage.put(rel, bytes.as_ref()))
        .collect();
    let mut unchanged = 0;
    for c in changed {
        unchanged += usize::from(!c?);
    }
    stage.commit(keep, unchanged)
}

#[cfg(test)]
mod tests;
