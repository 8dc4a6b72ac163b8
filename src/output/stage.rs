//! A build being written: each file is compared with the one in the output folder, and a new or
//! changed one is written to the work folder inside it (on the same disk, so it moves into place
//! by a rename). Only [`Stage::commit`] changes what the output folder shows, all at once (see
//! `commit`). Dropped without a commit (a build that failed), it removes its work folder and the
//! output is as it was. A large site is written this way without holding all of it in memory.

use super::commit::{self, Disk, Journal, Places, RealDisk};
use super::guard::Target;
use super::interrupt::Committing;
use super::manifest::{self, MANIFEST};
use super::{WriteReport, safe_join};
use crate::error::FatalError;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;

/// Which files of the output folder a commit leaves as the site.
pub enum Keep<'a> {
    /// Exactly the files put: every other file an earlier build wrote is removed.
    Put,
    /// The files put, and the site's other files as they were but these, which are removed
    /// (`serve` after an edit).
    AllBut(&'a [String]),
}

#[derive(Default)]
struct Puts {
    /// Every file put, changed or not.
    all: BTreeSet<String>,
    /// The files put that differ from the output folder's, staged in the work folder.
    changed: BTreeSet<String>,
}

/// A build being written into an output folder: files put in its work folder until the commit.
pub struct Stage {
    places: Places,
    target: Target,
    puts: Mutex<Puts>,
    committed: bool,
    /// The output folder was not there: a build that fails takes it away again.
    made_out: bool,
}

impl Stage {
    /// Starts a build into `out_dir`, which [`super::open`] has opened as `target`.
    pub fn begin(out_dir: &Path, target: Target) -> Result<Stage, FatalError> {
        let made_out = !out_dir.exists();
        std::fs::create_dir_all(out_dir)
            .map_err(|e| FatalError::io(out_dir, "create the output folder", e))?;
        let places = work_folder(out_dir)?;
        Ok(Stage {
            places,
            target,
            puts: Mutex::default(),
            committed: false,
            made_out,
        })
    }

    /// Stages one file. Returns whether it differs from the one in the output folder. A file
    /// there that followthrough did not write is never replaced, unless the folder was taken over.
    pub fn put(&self, rel: &str, bytes: &[u8]) -> Result<bool, FatalError> {
        let target = safe_join(&self.places.out, rel)
            .filter(|_| !manifest::is_bookkeeping(rel))
            .ok_or_else(|| FatalError::Usage {
                message: format!("refusing to write `{rel}`: it would leave the output folder"),
            })?;
        self.lock().all.insert(rel.to_string());
        if let Ok(meta) = std::fs::symlink_metadata(&target) {
            if !self.target.adopt && !self.owns(rel, &target, &meta) {
                return Err(FatalError::Usage {
                    message: format!(
                        "refusing to replace {}: followthrough did not write it, and the site has a file of the same name\n\
                         help: move that {} out of the output folder, or build once with --force to let the site's file replace it",
                        target.display(),
                        if meta.is_dir() { "folder" } else { "file" }
                    ),
                });
            }
            if meta.is_file()
                && meta.len() == bytes.len() as u64
                && std::fs::read(&target).is_ok_and(|old| old == bytes)
            {
                return Ok(false);
            }
        }
        self.write_staged(rel, bytes)?;
        Ok(true)
    }

    /// Whether `rel` in the output folder was written by followthrough: a file in the list, or a
    /// folder holding only such files (an old section of the site where a page now goes).
    fn owns(&self, rel: &str, path: &Path, meta: &std::fs::Metadata) -> bool {
        if !meta.is_dir() {
            return self.target.owned.contains(rel);
        }
        walkdir::WalkDir::new(path)
            .min_depth(1)
            .into_iter()
            .all(|e| {
                e.is_ok_and(|e| {
                    e.file_type().is_dir()
                        || e.path().strip_prefix(&self.places.out).is_ok_and(|r| {
                            let r: Vec<_> = r
                                .components()
                                .map(|c| c.as_os_str().to_string_lossy())
                                .collect();
                            self.target.owned.contains(&r.join("/"))
                        })
                })
            })
    }

    fn write_staged(&self, rel: &str, bytes: &[u8]) -> Result<(), FatalError> {
        let staged = self.places.staged(rel);
        if let Some(parent) = staged.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| FatalError::io(parent, "create the folder", e))?;
        }
        std::fs::write(&staged, bytes).map_err(|e| FatalError::io(&staged, "write", e))?;
        self.lock().changed.insert(rel.to_string());
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Puts> {
        self.puts.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Makes the output folder show the new site, all at once: the staged files move into place
    /// and the files `keep` leaves out are taken away, but only files an earlier build wrote.
    /// `unchanged` is how many files `put` left alone, for the report.
    pub fn commit(self, keep: Keep<'_>, unchanged: usize) -> Result<WriteReport, FatalError> {
        self.commit_on(&RealDisk, keep, unchanged, &|| false)
    }

    pub(crate) fn commit_on(
        mut self,
        disk: &dyn Disk,
        keep: Keep<'_>,
        unchanged: usize,
        stop_asked: &dyn Fn() -> bool,
    ) -> Result<WriteReport, FatalError> {
        // The record of the last build no longer holds once anything here may change.
        super::stamp::forget(&self.places.out)?;
        let Puts {
            all,
            changed: staged,
        } = std::mem::take(&mut *self.lock());
        let owned = &self.target.owned;
        let exists = |rel: &&String| {
            safe_join(&self.places.out, rel).is_some_and(|p| std::fs::symlink_metadata(p).is_ok())
        };
        let exactly = matches!(keep, Keep::Put);
        let (remove, now): (Vec<String>, BTreeSet<String>) = match keep {
            Keep::Put => {
                let remove = owned.difference(&all).filter(exists).cloned().collect();
                (remove, all)
            }
            Keep::AllBut(gone) => {
                let gone: BTreeSet<&String> = gone.iter().filter(|g| !all.contains(*g)).collect();
                let remove = owned
                    .iter()
                    .filter(|r| gone.contains(r))
                    .filter(exists)
                    .cloned()
                    .collect();
                let mut now: BTreeSet<String> = owned
                    .iter()
                    .filter(|r| !gone.contains(r))
                    .cloned()
                    .collect();
                now.extend(all);
                (remove, now)
            }
        };
        let written = staged.len();
        let report = WriteReport {
            written,
            unchanged,
            removed: remove.len(),
        };
        if staged.is_empty()
            && remove.is_empty()
            && manifest::read(&self.places.out)?.as_ref() == Some(&now)
        {
            return Ok(report);
        }
        self.write_staged(
            MANIFEST,
            manifest::format(now.iter().map(String::as_str)).as_bytes(),
        )?;
        if exactly && self.move_into_empty(disk, stop_asked)? {
            self.committed = true;
            return Ok(report);
        }
        let mut put: Vec<String> = staged.into_iter().collect();
        put.push(MANIFEST.to_string());
        let new_dirs = new_dirs(&self.places.out, &put, &remove);
        let journal = Journal {
            done: false,
            put,
            remove,
            new_dirs,
        };
        let result = commit::commit(disk, &self.places, journal, stop_asked);
        self.committed = true;
        result.map(|()| report)
    }
}

impl Stage {
    /// A build into an empty output folder (a fresh clone, a first publish, `rm -rf output`):
    /// the work folder's staged tree becomes the output folder in one rename, instead of every
    /// page's folder being made a second time and every file moved on its own. Returns `false`,
    /// having moved nothing, when that cannot be done (the work folder is inside the output
    /// folder, something is in the output folder, or the system will not rename a folder over
    /// an empty one), and the commit goes on file by file.
    ///
    /// Safe at every step: until the rename the output folder is as it was (empty); the rename is
    /// one step; after it the work folder holds only the marker, which the next run clears.
    fn move_into_empty(
        &self,
        disk: &dyn Disk,
        stop_asked: &dyn Fn() -> bool,
    ) -> Result<bool, FatalError> {
        let out = &self.places.out;
        if self.places.work.starts_with(out) {
            return Ok(false);
        }
        let empty = std::fs::read_dir(out).is_ok_and(|mut entries| entries.next().is_none());
        if !empty {
            return Ok(false);
        }
        let Some(committing) = Committing::begin() else {
            return Err(FatalError::Interrupted);
        };
        if stop_asked() || committing.stop_asked() {
            return Err(FatalError::Interrupted);
        }
        if disk.rename(&self.places.staged_root(), out).is_err() {
            return Ok(false);
        }
        let _ = disk.remove_dir_all(&self.places.work());
        Ok(true)
    }
}

/// Makes the work folder of a build into `out`: beside it if it can be made there, on the same
/// disk, and no folder of that name is someone else's; otherwise inside it (see `Places`).
fn work_folder(out: &Path) -> Result<Places, FatalError> {
    let [beside, inside] = Places::candidates(out);
    for places in [&beside, &inside] {
        if places.work.exists() && places.is_ours() {
            std::fs::remove_dir_all(&places.work).map_err(|e| {
                FatalError::io(&places.work, "clear the work folder of an earlier build", e)
            })?;
        }
    }
    if !beside.work.exists() && beside.make().is_ok() && same_disk(&beside.work, out) {
        return Ok(beside);
    }
    if beside.is_ours() {
        let _ = std::fs::remove_dir_all(&beside.work);
    }
    if inside.work.exists() {
        // Not followthrough's, and where only followthrough writes.
        std::fs::remove_dir_all(&inside.work).map_err(|e| {
            FatalError::io(&inside.work, "clear the work folder of an earlier build", e)
        })?;
    }
    inside
        .make()
        .map_err(|e| FatalError::io(&inside.work, "create the work folder", e))?;
    Ok(inside)
}

#[cfg(unix)]
fn same_disk(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_disk(_: &Path, _: &Path) -> bool {
    true
}

/// The folders the files in `put` need that are not in the output folder now (or will not be,
/// once the files in `remove` are gone: an old file where a new folder goes), shallowest first.
fn new_dirs(out: &Path, put: &[String], remove: &[String]) -> Vec<String> {
    let removed: BTreeSet<&str> = remove.iter().map(String::as_str).collect();
    // Each folder is looked at once, however many files go in it.
    let mut seen = std::collections::HashMap::new();
    for rel in put {
        for (i, _) in rel.match_indices('/') {
            let at = &rel[..i];
            if !seen.contains_key(at) {
                let new = removed.contains(at) || !out.join(at).is_dir();
                seen.insert(at.to_string(), new);
            }
        }
    }
    let mut dirs: Vec<String> = seen
        .into_iter()
        .filter(|(_, new)| *new)
        .map(|(d, _)| d)
        .collect();
    dirs.sort_by_key(|d| (d.matches('/').count(), d.clone()));
    dirs
}

impl Drop for Stage {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(self.places.work());
            if self.made_out {
                let _ = std::fs::remove_dir(&self.places.out);
            }
        }
    }
}
