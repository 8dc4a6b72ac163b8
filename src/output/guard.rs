//! Which folders a build may write into: never the site itself, its content or a theme, never a
//! file-system root or a home folder, and never a folder holding files followthrough did not
//! write unless the user takes it over (`--force`). Reads the folder; writes nothing.

use super::manifest::{self, MANIFEST};
use crate::error::FatalError;
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// An output folder a build may write into, and the files in it a build may replace or remove.
#[derive(Debug)]
pub struct Target {
    /// The files earlier builds wrote (from the list); empty for a new folder.
    pub owned: BTreeSet<String>,
    /// The user took the folder over: a file followthrough did not write may be replaced by one
    /// of the site's (but is never removed).
    pub adopt: bool,
}

/// Checks that `out_dir` may receive the site in `root`. `adopt` is `--force`. (A commit a crash
/// left unfinished there must be settled first: see [`super::open`].)
pub fn check(out_dir: &Path, root: &Path, adopt: bool) -> Result<Target, FatalError> {
    place(out_dir, root)?;
    contents(out_dir, adopt)
}

/// Checks where `out_dir` is: never the site, its content, a theme, the top of the file system or
/// a home folder.
pub fn place(out_dir: &Path, root: &Path) -> Result<(), FatalError> {
    let out = resolve(out_dir);
    let root = root.canonicalize().unwrap_or_else(|_| resolve(root));
    let shown = out_dir.display();
    let refuse = |why: String, help: &str| FatalError::Usage {
        message: format!("refusing to write the site into {shown}: {why}\nhelp: {help}"),
    };
    let elsewhere =
        "give --output a folder of its own, such as output/ inside the site folder (the default)";
    if out.exists() && !out.is_dir() {
        return Err(refuse("it is a file, not a folder".into(), elsewhere));
    }
    if out.parent().is_none() {
        return Err(refuse(
            "it is the top of the file system, and a build replaces the files in its folder".into(),
            elsewhere,
        ));
    }
    if root.starts_with(&out) {
        return Err(refuse(
            format!(
                "it is or holds the site folder {}, whose files a build would replace",
                root.display()
            ),
            elsewhere,
        ));
    }
    for (inside, what) in [("content", "the content"), ("themes", "the themes")] {
        if out.starts_with(root.join(inside)) {
            return Err(refuse(
                format!("it is inside {inside}/, which holds {what} the site is made from"),
                elsewhere,
            ));
        }
    }
    if let Some(home) = home().filter(|h| h.starts_with(&out)) {
        return Err(refuse(
            format!("it is or holds the home folder {}", home.display()),
            elsewhere,
        ));
    }
    if out
        .parent()
        .is_some_and(|p| p == Path::new("/home") || p == Path::new("/Users"))
    {
        return Err(refuse("it is a home folder".into(), elsewhere));
    }
    Ok(())
}

/// Checks what `out_dir` holds: nothing, or a site followthrough wrote, or (with `adopt`) anything.
pub fn contents(out_dir: &Path, adopt: bool) -> Result<Target, FatalError> {
    let shown = out_dir.display();
    let refuse = |why: String, help: &str| FatalError::Usage {
        message: format!("refusing to write the site into {shown}: {why}\nhelp: {help}"),
    };
    if let Some(owned) = manifest::read(out_dir)? {
        return Ok(Target { owned, adopt });
    }
    let others = others(out_dir)?;
    if others.is_empty() || adopt {
        return Ok(Target {
            owned: BTreeSet::new(),
            adopt,
        });
    }
    let n = others.len();
    let such = others
        .iter()
        .take(3)
        .map(|o| format!("`{o}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Err(refuse(
        format!(
            "it already holds {} that followthrough did not write ({such}{}), and a build must never remove or replace them",
            if n == 1 {
                "1 file or folder".to_string()
            } else {
                format!("{n} files or folders")
            },
            if n > 3 { ", …" } else { "" }
        ),
        &format!(
            "build into an empty or new folder instead; or, if {shown} holds only a site built by an \
             older followthrough (which kept no {MANIFEST} list), run the same command once more with \
             --force to take it over: nothing in it is removed, and only the files followthrough writes \
             from then on are ever replaced or removed"
        ),
    ))
}

/// The names in `out_dir` other than followthrough's own bookkeeping, sorted; none if it is not
/// there.
fn others(out_dir: &Path) -> Result<Vec<String>, FatalError> {
    let entries = match std::fs::read_dir(out_dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(FatalError::io(out_dir, "look into the output folder", e)),
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !manifest::is_bookkeeping(n))
        .collect();
    names.sort();
    Ok(names)
}

fn home() -> Option<PathBuf> {
    let h = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    let h = PathBuf::from(h);
    Some(h.canonicalize().unwrap_or(h))
}

/// `path` made absolute, with symbolic links resolved as far as the folders exist.
fn resolve(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = abs.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut out = real;
            for c in rest.iter().rev() {
                match c {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::Normal(n) => out.push(n),
                    _ => {}
                }
            }
            return out;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = parent;
            }
            _ => return abs,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::manifest::WORK;

    fn site() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("content/reviews")).unwrap();
        std::fs::create_dir_all(d.path().join("themes/mine")).unwrap();
        d
    }

    fn refused(out: &Path, root: &Path) -> String {
        check(out, root, true)
            .expect_err("must be refused")
            .to_string()
    }

    #[test]
    fn the_site_its_content_and_its_themes_are_never_an_output() {
        let d = site();
        let root = d.path();
        assert!(refused(root, root).contains("site folder"));
        assert!(refused(&root.join("."), root).contains("site folder"));
        assert!(refused(&root.join("content"), root).contains("inside content/"));
        assert!(refused(&root.join("content/reviews/x"), root).contains("inside content/"));
        assert!(refused(&root.join("themes/mine"), root).contains("inside themes/"));
        assert!(refused(root.parent().unwrap(), root).contains("site folder"));
        assert!(refused(Path::new("/"), root).contains("top of the file system"));
        assert!(check(&root.join("output"), root, false).is_ok());
        assert!(check(&root.join("content/../output"), root, false).is_ok());
    }

    #[test]
    fn a_folder_of_someone_elses_files_is_refused_unless_taken_over() {
        let d = site();
        let out = d.path().join("mydocs");
        std::fs::create_dir_all(out.join("photos")).unwrap();
        std::fs::write(out.join("thesis.docx"), b"years of work").unwrap();
        let e = check(&out, d.path(), false).unwrap_err().to_string();
        assert!(
            e.contains("2 files or folders") && e.contains("`thesis.docx`"),
            "{e}"
        );
        assert!(e.contains("--force"), "{e}");
        let t = check(&out, d.path(), true).unwrap();
        assert!(t.owned.is_empty() && t.adopt);
        // Only followthrough's own work folder: as good as empty.
        let out2 = d.path().join("fresh");
        std::fs::create_dir_all(out2.join(WORK)).unwrap();
        assert!(check(&out2, d.path(), false).is_ok());
    }
}
