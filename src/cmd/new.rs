//! `followthrough new DIR`: a working site with example content, ready to build.

use super::*;
use crate::cli::NewArgs;
use include_dir::{Dir, include_dir};
use std::path::Path;

static STARTER: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/starter");

/// Runs `followthrough new`, creating a site with example content; returns the exit code.
pub fn run(args: &NewArgs) -> u8 {
    let dir = &args.dir;
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut r| r.next().is_some())
            .unwrap_or(true)
    {
        eprintln!(
            "error: {} already exists and is not empty, so nothing was created\nhelp: choose a new folder name, such as `followthrough new my-scrutiny-site`",
            dir.display()
        );
        return FATAL;
    }
    if let Err(e) = write_dir(&STARTER, dir) {
        return fatal(&e);
    }
    println!(
        "Created a new site in {d}\n\nNext:\n  cd {d}\n  followthrough build      # writes the site to output/\n  open output/index.html\n\nEdit content/site.yaml first, then the example review in content/reviews/.",
        d = dir.display()
    );
    OK
}

fn write_dir(src: &Dir<'static>, to: &Path) -> Result<(), FatalError> {
    for f in src.files() {
        let path = to.join(f.path());
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| FatalError::io(parent, "create the folder", e))?;
        }
        std::fs::write(&path, f.contents()).map_err(|e| FatalError::io(&path, "write", e))?;
    }
    for d in src.dirs() {
        write_dir(d, to)?;
    }
    Ok(())
}
