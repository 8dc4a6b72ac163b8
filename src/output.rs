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
pub fn write<B: AsRef<[u8]> + Sync>(out_dir: &Path, files: &BTreeMap<String, B>) -> Result<WriteReport, FatalError> {
    let mut report = write_files(out_dir, files)?;
    report.removed = remove_stale(out_dir, files)?;
    Ok(report)
}

/// Writes some files of the site and removes others, leaving the rest of `out_dir` alone: `serve`
/// after a change re-made a few pages.
pub fn write_some<B: AsRef<[u8]> + Sync>(out_dir: &Path, files: &BTreeMap<String, B>, removed: &[String]) -> Result<WriteReport, FatalError> {
    let mut report = write_files(out_dir, files)?;
    for rel in removed {
        let Some(path) = safe_join(out_dir, rel) else { continue };
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

fn write_files<B: AsRef<[u8]> + Sync>(out_dir: &Path, files: &BTreeMap<String, B>) -> Result<WriteReport, FatalError> {
    std::fs::create_dir_all(out_dir).map_err(|e| FatalError::io(out_dir, "create the output folder", e))?;
    let mut dirs = BTreeSet::new();
    for rel in files.keys() {
        let path = safe_join(out_dir, rel).ok_or_else(|| FatalError::Usage { message: format!("refusing to write `{rel}`: it would leave the output folder") })?;
        if let Some(parent) = path.parent() {
            dirs.insert(parent.to_path_buf());
        }
    }
    for d in &dirs {
        // A file where a folder must go (an old page now a folder) is replaced.
        if d.is_file() {
            std::fs::remove_file(d).map_err(|e| FatalError::io(d, "replace a file with a folder", e))?;
        }
        std::fs::create_dir_all(d).map_err(|e| FatalError::io(d, "create the folder", e))?;
    }
    let results: Vec<Result<bool, FatalError>> = files
        .par_iter()
        .map(|(rel, bytes)| {
            let bytes = bytes.as_ref();
            let path = out_dir.join(rel);
            if path.is_dir() {
                std::fs::remove_dir_all(&path).map_err(|e| FatalError::io(&path, "replace a folder with a file", e))?;
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
    let mut removed = 0;
    let mut dirs = Vec::new();
    for entry in walkdir::WalkDir::new(out_dir).min_depth(1).into_iter().filter_map(Result::ok) {
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
        } else if !files.contains_key(&rel) {
            std::fs::remove_file(entry.path()).map_err(|e| FatalError::io(entry.path(), "remove the old file", e))?;
            removed += 1;
        }
    }
    // Deepest first, so emptied parents go too.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for d in dirs {
        if std::fs::read_dir(&d).map(|mut r| r.next().is_none()).unwrap_or(false) {
            let _ = std::fs::remove_dir(&d);
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::OutputSet;

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
        assert_eq!(write(dir.path(), &files).unwrap(), WriteReport { written: 2, unchanged: 0, removed: 0 });
        assert_eq!(write(dir.path(), &files).unwrap(), WriteReport { written: 0, unchanged: 2, removed: 0 });
        files.remove("a/index.html");
        files.insert("b.css".into(), b"new".to_vec());
        assert_eq!(write(dir.path(), &files).unwrap(), WriteReport { written: 1, unchanged: 0, removed: 1 });
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
        let report = write_some(dir.path(), &some, &["a/b/index.html".to_string(), "../x".to_string()]).unwrap();
        assert_eq!(report, WriteReport { written: 1, unchanged: 0, removed: 1 });
        assert_eq!(std::fs::read(dir.path().join("c.css")).unwrap(), b"new");
        assert!(!dir.path().join("a").exists(), "emptied folders removed");
        assert!(dir.path().exists());
    }
}
