//! One fingerprint of everything a build is made from: the program itself, the settings the
//! caller gives (the as-of date, `--base-url`), and the name and bytes of every file under
//! `content/` and `themes/`. Two builds with the same fingerprint make the same site, so a build
//! whose fingerprint matches the last one's need not read the content at all (see
//! `output::stamp`). Reads only; parses nothing, and decides nothing about what a site holds.

use crate::layout;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// The fingerprint of the site in `root` built with `settings`, as hex; `None` when one cannot
/// be taken with certainty (a file that cannot be read, a named pipe, a loop of links, the
/// program's own file not found): the build then goes ahead in full and reports any problem.
pub fn of(root: &Path, settings: &str) -> Option<String> {
    let mut h = blake3::Hasher::new();
    h.update(b"followthrough ");
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(&program()?);
    h.update(settings.as_bytes());
    h.update(&[0]);
    let mut files = Vec::new();
    for top in [layout::CONTENT, layout::THEMES] {
        list(root, top, &mut files)?;
    }
    // Each file is hashed on its own, in parallel, then taken in name order.
    let hashes: Option<Vec<blake3::Hash>> = files
        .par_iter()
        .map(|(_, path)| {
            let mut one = blake3::Hasher::new();
            one.update_reader(std::fs::File::open(path).ok()?).ok()?;
            Some(one.finalize())
        })
        .collect();
    for ((rel, _), hash) in files.iter().zip(hashes?) {
        h.update(rel.as_bytes());
        h.update(&[0]);
        h.update(hash.as_bytes());
    }
    Some(h.finalize().to_hex().to_string())
}

/// Which program this is: its file's size and modification time, so that a new build of
/// followthrough (of the same version) never takes a site made by the old one as up to date.
fn program() -> Option<Vec<u8>> {
    let meta = std::fs::metadata(std::env::current_exe().ok()?).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!("{} {}", meta.len(), modified.as_nanos()).into_bytes())
}

/// Adds every regular file under `root/top` to `files`, as (path relative to `root` with `/`
/// separators, path), in name order. A folder that is not there adds nothing; anything but a
/// file or a folder (after following links) makes the fingerprint impossible.
fn list(root: &Path, top: &str, files: &mut Vec<(String, PathBuf)>) -> Option<()> {
    let dir = root.join(top);
    if std::fs::symlink_metadata(&dir).is_err() {
        return Some(());
    }
    let walk = walkdir::WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walk {
        let entry = entry.ok()?;
        let kind = entry.file_type();
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file() {
            return None;
        }
        let rel = entry.path().strip_prefix(root).ok()?;
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        files.push((rel.join("/"), entry.into_path()));
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("content/reviews/a")).unwrap();
        std::fs::write(d.path().join("content/site.yaml"), "title: A\n").unwrap();
        std::fs::write(d.path().join("content/reviews/a/1.yaml"), "title: One\n").unwrap();
        d
    }

    #[test]
    fn the_same_files_and_settings_give_the_same_fingerprint() {
        let d = site();
        assert_eq!(
            of(d.path(), "as_of=2024-01-01"),
            of(d.path(), "as_of=2024-01-01")
        );
        assert!(of(d.path(), "x").is_some());
    }

    #[test]
    fn a_changed_byte_a_new_file_a_theme_file_or_other_settings_change_it() {
        let d = site();
        let before = of(d.path(), "s").unwrap();
        assert_ne!(before, of(d.path(), "t").unwrap(), "settings");
        std::fs::write(d.path().join("content/reviews/a/1.yaml"), "title: Onf\n").unwrap();
        let edited = of(d.path(), "s").unwrap();
        assert_ne!(before, edited, "one byte");
        std::fs::write(d.path().join("content/reviews/a/2.yaml"), "").unwrap();
        let added = of(d.path(), "s").unwrap();
        assert_ne!(edited, added, "an empty new file");
        std::fs::create_dir_all(d.path().join("themes/mine/templates")).unwrap();
        std::fs::write(d.path().join("themes/mine/templates/base.html"), "x").unwrap();
        assert_ne!(added, of(d.path(), "s").unwrap(), "a theme file");
    }

    #[test]
    fn a_renamed_file_changes_it() {
        let d = site();
        let before = of(d.path(), "s").unwrap();
        std::fs::rename(
            d.path().join("content/reviews/a/1.yaml"),
            d.path().join("content/reviews/a/3.yaml"),
        )
        .unwrap();
        assert_ne!(before, of(d.path(), "s").unwrap());
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_gives_no_fingerprint_instead_of_hanging() {
        let d = site();
        let fifo = d.path().join("content/reviews/a/pipe.yaml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        assert_eq!(of(d.path(), "s"), None);
    }
}
