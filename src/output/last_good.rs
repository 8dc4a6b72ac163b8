//! Reading back the site an earlier build left in an output folder, for `serve` to show while the
//! content is broken from the start. Only the files the list of files written names
//! (`manifest`), and of those only plain files whose path has no part starting with `.`: nothing
//! followthrough did not write, nothing hidden, nothing a link leads to. Reads; writes nothing.

use super::commit::Places;
use super::manifest;
use super::safe_join;
use crate::error::FatalError;
use std::collections::BTreeMap;
use std::path::Path;

/// The last good site in `out_dir`, by site path; `None` when there is none to show: no list of
/// files written (a folder followthrough has not built into), nothing it names left, or a commit
/// left unfinished there (the folder may hold part of two sites until the next build settles it).
/// A file named but missing is left out; one that cannot be read is an error naming it.
pub fn read(out_dir: &Path) -> Result<Option<BTreeMap<String, Vec<u8>>>, FatalError> {
    if Places::candidates(out_dir)
        .iter()
        .any(|p| p.journal().exists())
    {
        return Ok(None);
    }
    let Some(listed) = manifest::read(out_dir)? else {
        return Ok(None);
    };
    let mut files = BTreeMap::new();
    for rel in listed {
        if rel.split('/').any(|part| part.starts_with('.')) {
            continue;
        }
        let Some(path) = safe_join(out_dir, &rel) else {
            continue;
        };
        // A link is not followed: followthrough writes plain files only.
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_file() => {}
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(FatalError::io(&path, "read the last site built", e)),
        }
        let bytes = std::fs::read(&path)
            .map_err(|e| FatalError::io(&path, "read the last site built", e))?;
        files.insert(rel, bytes);
    }
    Ok((!files.is_empty()).then_some(files))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(files: &[(&str, &str)], listed: &[&str]) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for (rel, text) in files {
            let p = d.path().join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        std::fs::write(
            d.path().join(manifest::MANIFEST),
            manifest::format(listed.iter().copied()),
        )
        .unwrap();
        d
    }

    #[test]
    fn only_the_listed_files_are_read_never_hidden_or_foreign_ones() {
        let d = folder(
            &[
                ("index.html", "home"),
                ("reviews/a/index.html", "review"),
                ("notes.txt", "someone else's"),
                (".env", "SECRET"),
                (".well-known/x", "hidden"),
            ],
            &[
                "index.html",
                "reviews/a/index.html",
                ".env",
                ".well-known/x",
                "gone.html",
            ],
        );
        let files = read(d.path()).unwrap().expect("a site to show");
        let names: Vec<&str> = files.keys().map(String::as_str).collect();
        assert_eq!(names, ["index.html", "reviews/a/index.html"]);
        assert_eq!(files["index.html"], b"home");
    }

    #[test]
    fn no_list_an_empty_list_or_an_unfinished_commit_is_nothing_to_show() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("index.html"), "not ours").unwrap();
        assert!(read(d.path()).unwrap().is_none(), "no list");
        assert!(
            read(&d.path().join("missing")).unwrap().is_none(),
            "no folder"
        );
        let d = folder(&[], &[]);
        assert!(read(d.path()).unwrap().is_none(), "an empty list");
        let d = folder(&[("index.html", "home")], &["index.html"]);
        let work = d.path().join(manifest::WORK);
        std::fs::create_dir_all(&work).unwrap();
        std::fs::write(work.join("journal.json"), "{}").unwrap();
        assert!(read(d.path()).unwrap().is_none(), "a commit under way");
    }

    #[cfg(unix)]
    #[test]
    fn a_listed_file_replaced_by_a_link_is_not_followed() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "SECRET").unwrap();
        let d = folder(&[("index.html", "home")], &["index.html", "page.html"]);
        std::os::unix::fs::symlink(outside.path().join("secret"), d.path().join("page.html"))
            .unwrap();
        let files = read(d.path()).unwrap().unwrap();
        assert!(!files.contains_key("page.html"));
    }
}
