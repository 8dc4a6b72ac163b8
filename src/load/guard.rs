//! What the loader may open, for content and theme alike: a regular file or a folder that lies
//! inside the site folder, and a file no larger than a content file can sensibly be. The one place
//! for that rule. A named pipe, a socket or a device is refused by its type, found without opening
//! it (opening a named pipe waits for ever for a writer); a symbolic link is followed only when it
//! leads inside the site. Reads only; must not parse, print or write.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest content file read (a recommendation file is a few kilobytes; the largest real page
/// is well under a megabyte). Anything larger is refused before it fills the memory.
pub const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;

/// The largest theme static file read (each is held in memory until it is written).
pub const MAX_STATIC_BYTES: u64 = 256 * 1024 * 1024;

/// What is at a path the loader was asked to look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A regular file of this many bytes (reached directly or by a link inside the site).
    File(u64),
    /// A folder (reached directly or by a link inside the site).
    Folder,
    /// Nothing is there.
    Missing,
}

/// Why a path is not read.
#[derive(Debug)]
pub enum Refusal {
    /// A symbolic link to somewhere outside the site folder.
    Outside(PathBuf),
    /// Reached through a linked folder that leads outside the site folder (here, the real place).
    Through(PathBuf),
    /// A symbolic link to nothing.
    Dangling,
    /// Neither a file nor a folder: "a named pipe", "a socket", "a device".
    Special(&'static str),
    /// A folder where a file was expected.
    Folder,
    /// A file larger than `limit` bytes.
    TooLarge {
        /// The file's size, in bytes.
        size: u64,
        /// The most a file here may be, in bytes.
        limit: u64,
    },
    /// The system would not say what it is, or would not let it be read.
    Unreadable(std::io::Error),
}

impl Refusal {
    /// What is wrong, for a diagnostic about the path: "this is a named pipe, not a file, ...".
    pub fn message(&self) -> String {
        match self {
            Refusal::Outside(target) => format!(
                "this is a link to {}, outside the site folder, so it is not read",
                target.display()
            ),
            Refusal::Through(real) => format!(
                "this is reached through a link to {}, outside the site folder, so it is not read",
                real.display()
            ),
            Refusal::Dangling => "this is a link to a file that does not exist".into(),
            Refusal::Special(what) => {
                format!("this is {what}, not a file or a folder, so it is not read")
            }
            Refusal::Folder => "this is a folder, not a file, so it is not read".into(),
            Refusal::TooLarge { size, limit } => format!(
                "this file is {} MB, more than the {} MB a file here may be, so it is not read",
                size.div_ceil(1024 * 1024),
                limit / (1024 * 1024)
            ),
            Refusal::Unreadable(e) => format!("this file could not be read: {e}"),
        }
    }

    /// What to do about it; `folder` is where the file is (`content/`, `themes/council/`).
    pub fn hint(&self, folder: &str) -> String {
        match self {
            Refusal::Outside(_) => {
                "copy what it links to into the site folder instead of linking to it".into()
            }
            Refusal::Through(_) => {
                "copy the folder into the site folder instead of linking to it".into()
            }
            Refusal::Dangling => "remove the link, or point it at a file inside the site".into(),
            Refusal::Special(_) => format!(
                "delete it, or move it out of {folder}: followthrough reads only ordinary files and folders"
            ),
            Refusal::Folder => format!(
                "rename the folder so its name does not end like a file's, or move it out of {folder}"
            ),
            Refusal::TooLarge { .. } => {
                "split the text into smaller files, or check that this is the file you meant to put here".into()
            }
            Refusal::Unreadable(_) => "check that the file exists and that you can open it".into(),
        }
    }
}

/// What is at `path`, found without opening it. `real_root` is the site folder, canonical.
pub fn inspect(real_root: &Path, path: &Path) -> Result<Kind, Refusal> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Kind::Missing),
        Err(e) => return Err(Refusal::Unreadable(e)),
    };
    let meta = if meta.file_type().is_symlink() {
        match path.canonicalize() {
            Ok(target) if target.starts_with(real_root) => {}
            Ok(target) => return Err(Refusal::Outside(target)),
            Err(_) => return Err(Refusal::Dangling),
        }
        std::fs::metadata(path).map_err(Refusal::Unreadable)?
    } else {
        meta
    };
    let t = meta.file_type();
    if t.is_file() {
        Ok(Kind::File(meta.len()))
    } else if t.is_dir() {
        Ok(Kind::Folder)
    } else {
        Err(Refusal::Special(special_kind(&t)))
    }
}

/// `inspect`, and for a file or folder that is there, also that no linked folder on the way to it
/// leads out of the site: for the folders the loader starts from (`content/`, a theme's folder),
/// whose entries are then checked one by one with `inspect`.
pub fn inspect_whole(real_root: &Path, path: &Path) -> Result<Kind, Refusal> {
    let kind = inspect(real_root, path)?;
    if kind != Kind::Missing {
        let real = path.canonicalize().map_err(Refusal::Unreadable)?;
        if !real.starts_with(real_root) {
            return Err(Refusal::Through(real));
        }
    }
    Ok(kind)
}

#[cfg(unix)]
fn special_kind(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        "a named pipe"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "a special file"
}

/// The bytes of the regular file at `path`, at most `limit` of them; anything else is refused
/// before it is opened.
pub fn read(real_root: &Path, path: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
    match inspect(real_root, path)? {
        Kind::File(size) if size > limit => Err(Refusal::TooLarge { size, limit }),
        Kind::File(_) => {
            let mut f = std::fs::File::open(path).map_err(Refusal::Unreadable)?;
            // The file may have grown since it was looked at: read no more than the limit.
            let mut bytes = Vec::new();
            (&mut f)
                .take(limit + 1)
                .read_to_end(&mut bytes)
                .map_err(Refusal::Unreadable)?;
            if bytes.len() as u64 > limit {
                return Err(Refusal::TooLarge {
                    size: bytes.len() as u64,
                    limit,
                });
            }
            Ok(bytes)
        }
        Kind::Folder => Err(Refusal::Folder),
        Kind::Missing => Err(Refusal::Unreadable(std::io::Error::from(
            std::io::ErrorKind::NotFound,
        ))),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_named_pipe_is_refused_without_being_opened() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        let pipe = root.join("p.yaml");
        let ok = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .unwrap();
        assert!(ok.success());
        // Opening it would block this test for ever.
        let r = read(&root, &pipe, MAX_TEXT_BYTES);
        assert!(matches!(r, Err(Refusal::Special("a named pipe"))), "{r:?}");
    }

    #[test]
    fn links_inside_are_followed_and_outside_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("a.yaml"), "x").unwrap();
        std::fs::write(outside.path().join("b.yaml"), "y").unwrap();
        std::os::unix::fs::symlink(root.join("a.yaml"), root.join("in.yaml")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("b.yaml"), root.join("out.yaml")).unwrap();
        std::os::unix::fs::symlink(root.join("none"), root.join("dangling.yaml")).unwrap();
        assert_eq!(read(&root, &root.join("in.yaml"), 10).unwrap(), b"x");
        assert!(matches!(
            inspect(&root, &root.join("out.yaml")),
            Err(Refusal::Outside(_))
        ));
        assert!(matches!(
            inspect(&root, &root.join("dangling.yaml")),
            Err(Refusal::Dangling)
        ));
        assert_eq!(inspect(&root, &root.join("no")).unwrap(), Kind::Missing);
        assert!(matches!(
            read(&root, &root.join("a.yaml"), 0),
            Err(Refusal::TooLarge { size: 1, limit: 0 })
        ));
    }
}
