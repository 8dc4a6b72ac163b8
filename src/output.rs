//! The only module that writes the built site: in place, only the files whose bytes changed, and
//! stale files removed afterwards; never `rm -rf` (recreating a large tree is several times slower
//! than overwriting it). Paths are checked to stay inside the output folder. Must not parse or render.

use crate::error::FatalError;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

/// What a write did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteReport {
    pub written: usize,
    pub unchanged: usize,
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

/// Makes `out_dir` hold exactly `files`: writes new and changed files, leaves identical ones
/// alone, removes files (and emptied folders) that are no longer part of the site.
/// (`files` is an OutputSet, or `serve`'s shared copy of one.)
pub fn write<B: AsRef<[u8]> + Sync>(
    out_dir: &Path,
    files: &BTreeMap<String, B>,
) -> Result<WriteReport, FatalError> {
    let mut report = write_files(out_dir, files)?;
    report.removed = remove_stale(out_dir, files)?;
    Ok(report)
}

/// Writes some files of the site and removes others, leaving the rest of `out_dir` alone: `serve`
/// after a change re-made a few pages.
pub fn write_some<B: AsRef<[u8]> + Sync>(
    out_dir: &Path,
    files: &BTreeMap<String, B>,
    removed: &[String],
) -> Result<WriteReport, FatalError> {
    let mut report = write_files(out_dir, files)?;
    for rel in removed {
        let Some(path) = safe_join(out_dir, rel) else {
            continue;
        };
        match std::fs::remove_file(&path) {
            Ok(()) => report.removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(FatalError::io(&path, "remove the old file", e)),
        }
        // Emptied folders go too, up to the output folder.
        let mut dir = path.parent();
        while let Some(d) = dir.filter(|d| *d != out_dir && d.starts_with(out_dir)) {
            if std::fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
    }
    Ok(report)
}

fn write_files<B: AsRef<[u8]> + Sync>(
    out_dir: &Path,
    files: &BTreeMap<String, B>,
) -> Result<WriteReport, FatalError> {
    std::fs::create_dir_all(out_dir)
        .map_err(|e| FatalError::io(out_dir, "create the output folder", e))?;
    let mut dirs = BTreeSet::new();
    for rel in files.keys() {
        let path = safe_join(out_dir, rel).ok_or_else(|| FatalError::Usage {
            message: format!("refusing to write `{rel}`: it would leave the output folder"),
        })?;
        if let Some(parent) = path.parent() {
            dirs.insert(parent.to_path_buf());
        }
    }
    for d in &dirs {
        // A file where a folder must go (an old page now a folder) is replaced.
        if d.is_file() {
            std::fs::remove_file(d)
                .map_err(|e| FatalError::io(d, "replace a file with a folder", e))?;
        }
        std::fs::create_dir_all(d).map_err(|e| FatalError::io(d, "create the folder", e))?;
    }
    let results: Vec<Result<bool, FatalError>> = files
        .par_iter()
        .map(|(rel, bytes)| {
            let bytes = bytes.as_ref();
            let path = out_dir.join(rel);
            if path.is_dir() {
                std::fs::remove_dir_all(&path)
                    .map_err(|e| FatalError::io(&path, "replace a folder with a file", e))?;
            }
            if let Ok(meta) = std::fs::metadata(&path) {
                if meta.len() == bytes.len() as u64 {
                    if let Ok(old) = std::fs::read(&path) {
                        if old == bytes {
                            return Ok(false);
                        }
                    }
                }
            }
            std::fs::write(&path, bytes).map_err(|e| FatalError::io(&path, "write", e))?;
            Ok(true)
        })
        .collect();
    let mut report = WriteReport::default();
    for r in results {
        if r? {
            report.written += 1;
        } else {
            report.unchanged += 1;
        }
    }
    Ok(report)
}

fn remove_stale<B>(out_dir: &Path, files: &BTreeMap<String, B>) -> Result<usize, FatalError> {
    remove_all_but(out_dir, &|rel| files.contains_key(rel), None)
}

/// Removes every file under `out_dir` that `keep` does not name, and the folders that leaves
/// empty; `skip` is a folder left alone (the staging folder, when it is inside).
fn remove_all_but(
    out_dir: &Path,
    keep: &dyn Fn(&str) -> bool,
    skip: Option<&Path>,
) -> Result<usize, FatalError> {
    let mut removed = 0;
    let mut dirs = Vec::new();
    let walk = walkdir::WalkDir::new(out_dir).min_depth(1).into_iter();
    for entry in walk
        .filter_entry(|e| skip != Some(e.path()))
        .filter_map(Result::ok)
    {
        let rel = entry
            .path()
            .strip_prefix(out_dir)
            .unwrap_or(entry.path())
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        if entry.file_type().is_dir() {
            dirs.push(entry.path().to_path_buf());
        } else if !keep(&rel) {
            std::fs::remove_file(entry.path())
                .map_err(|e| FatalError::io(entry.path(), "remove the old file", e))?;
            removed += 1;
        }
    }
    // Deepest first, so emptied parents go too.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for d in dirs {
        if std::fs::read_dir(&d)
            .map(|mut r| r.next().is_none())
            .unwrap_or(false)
        {
            let _ = std::fs::remove_dir(&d);
        }
    }
    Ok(removed)
}

/// A build being written: each file is compared with the one already in the output folder, and
/// a new or changed one is written to a staging folder beside it. Only `commit` touches the output
/// folder: it moves the staged files into place and removes the stale ones. Dropped without a
/// commit (a build that failed), it removes the staging folder and the output is as it was.
/// A large site is written this way without holding all of it in memory.
pub struct Stage {
    out_dir: PathBuf,
    dir: PathBuf,
    committed: bool,
}

impl Stage {
    /// Starts a build into `out_dir`. The staging folder is `.<name>-staging` beside it (on the
    /// same disk, so the files move into place without being copied again).
    pub fn begin(out_dir: &Path) -> Result<Stage, FatalError> {
        let name = out_dir
            .file_name()
            .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
        let parent = out_dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let dir = parent.join(format!(".{name}-staging"));
        if dir.exists() {
            // Left by a build that was stopped: its files are of no use.
            std::fs::remove_dir_all(&dir)
                .map_err(|e| FatalError::io(&dir, "clear the old staging folder", e))?;
        }
        std::fs::create_dir_all(&dir)
            .map_err(|e| FatalError::io(&dir, "create the staging folder", e))?;
        Ok(Stage {
            out_dir: out_dir.to_path_buf(),
            dir,
            committed: false,
        })
    }

    /// Stages one file. Returns whether it differs from the one in the output folder.
    pub fn put(&self, rel: &str, bytes: &[u8]) -> Result<bool, FatalError> {
        let target = safe_join(&self.out_dir, rel).ok_or_else(|| FatalError::Usage {
            message: format!("refusing to write `{rel}`: it would leave the output folder"),
        })?;
        if let Ok(meta) = std::fs::metadata(&target) {
            if meta.is_file()
                && meta.len() == bytes.len() as u64
                && std::fs::read(&target).is_ok_and(|old| old == bytes)
            {
                return Ok(false);
            }
        }
        let staged = self.dir.join(rel);
        if let Some(parent) = staged.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| FatalError::io(parent, "create the folder", e))?;
        }
        std::fs::write(&staged, bytes).map_err(|e| FatalError::io(&staged, "write", e))?;
        Ok(true)
    }

    /// Moves the staged files into the output folder and removes every file there that `keep`
    /// does not name. `unchanged` is how many files `put` left alone, for the report.
    pub fn commit(
        mut self,
        keep: &dyn Fn(&str) -> bool,
        unchanged: usize,
    ) -> Result<WriteReport, FatalError> {
        std::fs::create_dir_all(&self.out_dir)
            .map_err(|e| FatalError::io(&self.out_dir, "create the output folder", e))?;
        let mut staged = Vec::new();
        for entry in walkdir::WalkDir::new(&self.dir)
            .min_depth(1)
            .into_iter()
            .filter_map(Result::ok)
        {
            if entry.file_type().is_file() {
                let rel = entry
                    .path()
                    .strip_prefix(&self.dir)
                    .unwrap_or(entry.path())
                    .to_path_buf();
                staged.push(rel);
            }
        }
        for rel in &staged {
            let to = self.out_dir.join(rel);
            if let Some(parent) = to.parent() {
                if parent.is_file() {
                    std::fs::remove_file(parent)
                        .map_err(|e| FatalError::io(parent, "replace a file with a folder", e))?;
                }
                std::fs::create_dir_all(parent)
                    .map_err(|e| FatalError::io(parent, "create the folder", e))?;
            }
            if to.is_dir() {
                std::fs::remove_dir_all(&to)
                    .map_err(|e| FatalError::io(&to, "replace a folder with a file", e))?;
            }
            let from = self.dir.join(rel);
            if std::fs::rename(&from, &to).is_err() {
                // Another disk: copy instead.
                std::fs::copy(&from, &to).map_err(|e| FatalError::io(&to, "write", e))?;
            }
        }
        let removed = remove_all_but(&self.out_dir, keep, Some(&self.dir))?;
        self.committed = true;
        let _ = std::fs::remove_dir_all(&self.dir);
        Ok(WriteReport {
            written: staged.len(),
            unchanged,
            removed,
        })
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::OutputSet;

    #[test]
    fn a_stage_changes_nothing_until_it_is_committed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        let mut files = OutputSet::new();
        files.insert("a/index.html".into(), b"one".to_vec());
        files.insert("old.html".into(), b"old".to_vec());
        write(&out, &files).unwrap();
        let stage = Stage::begin(&out).unwrap();
        assert!(
            !stage.put("a/index.html", b"one").unwrap(),
            "same bytes: not staged"
        );
        assert!(stage.put("b/index.html", b"two").unwrap());
        assert!(
            !out.join("b/index.html").exists(),
            "nothing in output/ before the commit"
        );
        drop(stage);
        assert!(
            !dir.path().join(".output-staging").exists(),
            "a dropped stage leaves nothing"
        );
        assert!(out.join("old.html").exists());

        let stage = Stage::begin(&out).unwrap();
        stage.put("b/index.html", b"two").unwrap();
        let report = stage
            .commit(&|p| p == "a/index.html" || p == "b/index.html", 1)
            .unwrap();
        assert_eq!(
            report,
            WriteReport {
                written: 1,
                unchanged: 1,
                removed: 1
            }
        );
        assert_eq!(std::fs::read(out.join("b/index.html")).unwrap(), b"two");
        assert!(!out.join("old.html").exists());
        assert!(!dir.path().join(".output-staging").exists());
    }

    #[test]
    fn paths_cannot_leave_output() {
        let o = Path::new("out");
        assert!(safe_join(o, "a/b.html").is_some());
        assert!(safe_join(o, "../x").is_none());
        assert!(safe_join(o, "/etc/passwd").is_none());
        assert!(safe_join(o, "a/../../x").is_none());
        assert!(safe_join(o, "C:x").is_none());
    }

    #[test]
    fn writes_changed_and_removes_stale() {
        let dir = tempfile::tempdir().unwrap();
        let mut files = OutputSet::new();
        files.insert("a/index.html".into(), b"one".to_vec());
        files.insert("b.css".into(), b"css".to_vec());
        assert_eq!(
            write(dir.path(), &files).unwrap(),
            WriteReport {
                written: 2,
                unchanged: 0,
                removed: 0
            }
        );
        assert_eq!(
            write(dir.path(), &files).unwrap(),
            WriteReport {
                written: 0,
                unchanged: 2,
                removed: 0
            }
        );
        files.remove("a/index.html");
        files.insert("b.css".into(), b"new".to_vec());
        assert_eq!(
            write(dir.path(), &files).unwrap(),
            WriteReport {
                written: 1,
                unchanged: 0,
                removed: 1
            }
        );
        assert!(!dir.path().join("a").exists(), "emptied folder removed");
    }

    #[test]
    fn writes_some_files_and_removes_others() {
        let dir = tempfile::tempdir().unwrap();
        let mut files = OutputSet::new();
        files.insert("a/b/index.html".into(), b"one".to_vec());
        files.insert("c.css".into(), b"css".to_vec());
        write(dir.path(), &files).unwrap();
        let mut some = OutputSet::new();
        some.insert("c.css".into(), b"new".to_vec());
        let report = write_some(
            dir.path(),
            &some,
            &["a/b/index.html".to_string(), "../x".to_string()],
        )
        .unwrap();
        assert_eq!(
            report,
            WriteReport {
                written: 1,
                unchanged: 0,
                removed: 1
            }
        );
        assert_eq!(std::fs::read(dir.path().join("c.css")).unwrap(), b"new");
        assert!(!dir.path().join("a").exists(), "emptied folders removed");
        assert!(dir.path().exists());
    }
}
