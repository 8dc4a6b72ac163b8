//! Reading a site's own theme folder (`themes/<name>/templates/*.html`, `themes/<name>/static/**`),
//! whose files override the built-in theme one by one. Reads only; must not parse templates.

use crate::error::FatalError;
use std::path::Path;

/// The files of a site's theme folder.
#[derive(Debug, Default, Clone)]
pub struct ThemeFiles {
    /// (name under templates/, text), e.g. ("recommendation.html", "...").
    pub templates: Vec<(String, String)>,
    /// (path under static/ with `/` separators, bytes).
    pub statics: Vec<(String, Vec<u8>)>,
}

/// Reads `themes/<name>/` under the site root. The built-in `default` theme needs no folder.
pub fn read(root: &Path, name: &str) -> Result<ThemeFiles, FatalError> {
    let dir = root.join("themes").join(name);
    if !dir.is_dir() {
        if name == "default" {
            return Ok(ThemeFiles::default());
        }
        return Err(FatalError::ThemeMissing {
            theme: name.to_string(),
            path: dir,
        });
    }
    let mut files = ThemeFiles::default();
    let tdir = dir.join("templates");
    for entry in walkdir::WalkDir::new(&tdir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let name = rel_name(&tdir, entry.path());
        if super::is_editor_temp(entry.file_name().to_string_lossy().as_ref()) {
            continue;
        }
        let text = std::fs::read_to_string(entry.path())
            .map_err(|e| FatalError::io(entry.path(), "read the template", e))?;
        files.templates.push((name, text));
    }
    let sdir = dir.join("static");
    for entry in walkdir::WalkDir::new(&sdir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        if !entry.file_type().is_file()
            || super::is_editor_temp(entry.file_name().to_string_lossy().as_ref())
        {
            continue;
        }
        let bytes = std::fs::read(entry.path())
            .map_err(|e| FatalError::io(entry.path(), "read the static file", e))?;
        files.statics.push((rel_name(&sdir, entry.path()), bytes));
    }
    Ok(files)
}

fn rel_name(base: &Path, p: &Path) -> String {
    p.strip_prefix(base)
        .unwrap_or(p)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}
