//! Fatal errors: the few things that stop a run before any content can be judged (no site here, an
//! unreadable folder, a theme that does not exist, output that cannot be written). Each carries
//! the path it concerns. Problems *in* content are diagnostics, not these.

use std::fmt;
use std::path::PathBuf;

/// What stops a run before any content can be judged.
#[derive(Debug)]
pub enum FatalError {
    /// There is no `content/site.yaml` under the site folder.
    NotASite {
        /// The folder that was taken for the site.
        root: PathBuf,
    },
    /// A file or folder could not be read or written.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What was being done to it, in words: `read`, `open the site folder`.
        action: &'static str,
        /// What the system said.
        source: std::io::Error,
    },
    /// `theme:` names a folder that is not there.
    ThemeMissing {
        /// The theme's name, as `theme:` gives it.
        theme: String,
        /// The folder that was looked for.
        path: PathBuf,
    },
    /// A file or folder of the theme that is not read: a named pipe, a link leading out of the
    /// site, a file too large. `path` is relative to the site folder.
    ThemeFile {
        /// The file, relative to the site folder.
        path: String,
        /// What is wrong with it.
        message: String,
        /// What to do about it.
        hint: String,
    },
    /// Static files of the theme would take the place of files the site makes (see
    /// `render::collisions`).
    ThemeCollision {
        /// The theme's name.
        theme: String,
        /// Each static file in the way, and what it would replace.
        files: Vec<Collision>,
    },
    /// A template of the theme does not compile.
    Template {
        /// The template, as the theme names it.
        path: String,
        /// What the template engine said is wrong.
        message: String,
    },
    /// A command-line value that cannot be used.
    Usage {
        /// What is wrong and what to do, in words for the officer.
        message: String,
    },
    /// Ctrl-C while files moved into the output folder: every move was undone.
    Interrupted,
}

/// A static file of the theme where the site makes a file of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collision {
    /// Its path in the site folder: `themes/council/static/index.html`.
    pub theme_file: String,
    /// What it would replace, in words: `the home page / (index.html in the output)`.
    pub replaces: String,
}

impl FatalError {
    /// A file or folder at `path` could not be read or written while doing `action`.
    pub fn io(
        path: impl Into<PathBuf>,
        action: &'static str,
        source: std::io::Error,
    ) -> FatalError {
        FatalError::Io {
            path: path.into(),
            action,
            source,
        }
    }
}

impl fmt::Display for FatalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FatalError::NotASite { root } => {
                let place = if root.as_os_str() == "." {
                    "this folder".to_string()
                } else {
                    root.display().to_string()
                };
                write!(
                    f,
                    "there is no followthrough site in {place}: content/site.yaml was not found\n\
                     help: run the command inside a site folder, give the folder with --root DIR, \
                     or start a new site with `followthrough new DIR`"
                )
            }
            FatalError::Io {
                path,
                action,
                source,
            } => {
                write!(f, "could not {action} {}: {source}", path.display())
            }
            FatalError::ThemeMissing { theme, path } => write!(
                f,
                "the theme `{theme}` named in content/site.yaml was not found: {} does not exist\n\
                 help: create that folder, or set `theme: default` to use the built-in theme",
                path.display()
            ),
            FatalError::ThemeFile {
                path,
                message,
                hint,
            } => write!(f, "{path}: {message}\nhelp: {hint}"),
            FatalError::ThemeCollision { theme, files } => {
                let help = format!(
                    "rename or remove {} in themes/{theme}/static/: the theme's static files are copied into the site as they are, \
                     and may not take the place of the pages, open data, feeds or sitemap the site makes",
                    if files.len() == 1 {
                        "that file"
                    } else {
                        "those files"
                    }
                );
                if let [one] = files.as_slice() {
                    return write!(
                        f,
                        "{}: this file of the theme would replace {}, which followthrough makes\nhelp: {help}",
                        one.theme_file, one.replaces
                    );
                }
                writeln!(
                    f,
                    "{} files of the theme would replace files followthrough makes:",
                    files.len()
                )?;
                for c in files {
                    writeln!(f, "  {} would replace {}", c.theme_file, c.replaces)?;
                }
                write!(f, "help: {help}")
            }
            FatalError::Template { path, message } => {
                write!(f, "the template {path} has an error:\n{message}")
            }
            FatalError::Usage { message } => f.write_str(message),
            FatalError::Interrupted => f.write_str(
                "stopped by Ctrl-C while the new site was moving into the output folder; \
                 every file moved was put back, so the folder holds the old site exactly as it was",
            ),
        }
    }
}

impl std::error::Error for FatalError {}
