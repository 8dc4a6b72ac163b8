//! Reading a site's own theme folder (`themes/<name>/templates/*.html`, `themes/<name>/static/**`,
//! `themes/<name>/i18n/<lang>.ftl`),
//! whose files override the built-in theme one by one. Every file and folder passes `guard`, as
//! content's do: a named pipe, a link leading out of the site or a file too large stops the run
//! naming it. Reads only; must not parse templates.

use super::guard::{self, Kind, Refusal};
use crate::error::FatalError;
use crate::layout::{self, I18N, STATIC, TEMPLATES, is_editor_temp};
use std::path::Path;

/// The files of a site's theme folder.
#[derive(Debug, Default, Clone)]
pub struct ThemeFiles {
    /// (name under templates/, text), e.g. ("recommendation.html", "...").
    pub templates: Vec<(String, String)>,
    /// (path under static/ with `/` separators, bytes).
    pub statics: Vec<(String, Vec<u8>)>,
    /// (name under i18n/, text): the theme's message files, e.g. ("cy.ftl", "...").
    pub messages: Vec<(String, String)>,
}

/// Reads `themes/<name>/` under the site root. The built-in `default` theme needs no folder.
pub fn read(root: &Path, name: &str) -> Result<ThemeFiles, FatalError> {
    let dir = root.join(layout::theme_folder(name));
    let real_root = root
        .canonicalize()
        .map_err(|e| FatalError::io(root, "open the site folder", e))?;
    let rel = layout::theme_folder(name);
    let folder = format!("{rel}/");
    match guard::inspect_whole(&real_root, &dir) {
        Ok(Kind::Folder) => {}
        Ok(Kind::Missing) if name == "default" => return Ok(ThemeFiles::default()),
        Ok(Kind::Missing | Kind::File(_)) => {
            return Err(FatalError::ThemeMissing {
                theme: name.to_string(),
                path: dir,
            });
        }
        Err(why) => return Err(refused(rel, &folder, &why)),
    }
    let mut files = ThemeFiles::default();
    for (name, bytes) in walk(&real_root, &dir, TEMPLATES, &folder, guard::MAX_TEXT_BYTES)? {
        let path = format!("{rel}/{TEMPLATES}/{name}");
        let text = String::from_utf8(bytes).map_err(|_| FatalError::ThemeFile {
            path,
            message: "this template is not UTF-8 text".into(),
            hint: "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)".into(),
        })?;
        files.templates.push((name, text));
    }
    for (name, bytes) in walk(&real_root, &dir, I18N, &folder, guard::MAX_TEXT_BYTES)? {
        let path = format!("{rel}/{I18N}/{name}");
        let text = String::from_utf8(bytes).map_err(|_| FatalError::ThemeFile {
            path,
            message: "this message file is not UTF-8 text".into(),
            hint: "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)".into(),
        })?;
        files.messages.push((name, text));
    }
    files.statics = walk(&real_root, &dir, STATIC, &folder, guard::MAX_STATIC_BYTES)?;
    Ok(files)
}

/// Reads one static file of the theme `name` again, `rel` being its path under `static/` (with
/// `/`), after it changed: `None` when it is not there any more or is not a file (a folder, an
/// editor's temporary file), so that the caller reads the whole theme again. It passes `guard`
/// as `read` would have it.
pub fn read_static(root: &Path, name: &str, rel: &str) -> Result<Option<Vec<u8>>, FatalError> {
    let real_root = root
        .canonicalize()
        .map_err(|e| FatalError::io(root, "open the site folder", e))?;
    let folder = format!("{}/", layout::theme_folder(name));
    let mut path = root.join(layout::theme_folder(name)).join(STATIC);
    for part in rel.split('/') {
        if part.is_empty() || part == "." || part == ".." || is_editor_temp(part) {
            return Ok(None);
        }
        path.push(part);
    }
    let shown = format!("{folder}{STATIC}/{rel}");
    match guard::inspect(&real_root, &path) {
        Ok(Kind::File(_)) => guard::read(&real_root, &path, guard::MAX_STATIC_BYTES)
            .map(Some)
            .map_err(|why| refused(shown, &folder, &why)),
        Ok(Kind::Folder | Kind::Missing) => Ok(None),
        Err(why) => Err(refused(shown, &folder, &why)),
    }
}

/// Every file under `theme/<sub>/`, by its path under it, in name order; nothing if there is no
/// such folder.
fn walk(
    real_root: &Path,
    theme: &Path,
    sub: &str,
    folder: &str,
    limit: u64,
) -> Result<Vec<(String, Vec<u8>)>, FatalError> {
    let base = theme.join(sub);
    let shown = |p: &Path| format!("{folder}{sub}{}", slash_path(&base, p, true));
    match guard::inspect(real_root, &base) {
        Ok(Kind::Folder) => {}
        Ok(Kind::Missing) => return Ok(Vec::new()),
        Ok(Kind::File(_)) => {
            return Err(FatalError::ThemeFile {
                path: shown(&base),
                message: "this is a file, but it must be a folder".into(),
                hint: format!("remove it, or put the theme's {sub} files in a folder of that name"),
            });
        }
        Err(why) => return Err(refused(shown(&base), folder, &why)),
    }
    let mut out = Vec::new();
    // Links are followed (a folder is yielded before what is in it, so a link out of the site is
    // refused before anything under it is read); a loop of links is an error.
    for entry in walkdir::WalkDir::new(&base)
        .follow_links(true)
        .min_depth(1)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| {
            let path = e.path().map_or_else(|| shown(&base), shown);
            FatalError::ThemeFile {
                path,
                message: format!("this could not be read: {e}"),
                hint: "check that you can open it, and that no link in the theme leads back to a folder it is in".into(),
            }
        })?;
        let path = entry.path();
        let is_temp = is_editor_temp(entry.file_name().to_string_lossy().as_ref());
        match guard::inspect(real_root, path) {
            Ok(Kind::Folder | Kind::Missing) => {}
            Ok(Kind::File(_)) if is_temp => {}
            Ok(Kind::File(_)) => {
                let bytes = guard::read(real_root, path, limit)
                    .map_err(|why| refused(shown(path), folder, &why))?;
                out.push((slash_path(&base, path, false), bytes));
            }
            Err(why) => return Err(refused(shown(path), folder, &why)),
        }
    }
    Ok(out)
}

fn refused(path: String, folder: &str, why: &Refusal) -> FatalError {
    FatalError::ThemeFile {
        path,
        message: why.message(),
        hint: why.hint(folder),
    }
}

/// `p` under `base`, with `/` separators (with a leading `/` when `lead` and not empty).
fn slash_path(base: &Path, p: &Path, lead: bool) -> String {
    let parts: Vec<String> = p
        .strip_prefix(base)
        .unwrap_or(p)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let joined = parts.join("/");
    if lead && !joined.is_empty() {
        format!("/{joined}")
    } else {
        joined
    }
}
