//! The only module that reads content: walks `content/`, reads each file (refusing what is not
//! UTF-8 and links that lead outside the site), splits front matter, and parses raw records.
//! Problems become diagnostics; only "no site here" and unreadable folders are fatal.
//! Must not write files or know about templates.

pub mod frontmatter;
pub mod theme;
pub mod yaml;

use crate::diagnostics::{Diagnostic, Sources};
use crate::error::FatalError;
use crate::model::raw::{
    RawGlossary, RawIndicator, RawPage, RawRecommendation, RawReview, RawSite,
};
use frontmatter::SplitError;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// A recommendation file, parsed.
#[derive(Debug)]
pub struct LoadedRec {
    pub path: String,
    pub raw: RawRecommendation,
    /// The body of a `.md` recommendation: its text.
    pub body: Option<String>,
}

/// One review folder: its index.md (if it parsed) and its recommendation files.
#[derive(Debug)]
pub struct LoadedReview {
    pub slug: String,
    pub path: String,
    pub raw: Option<RawReview>,
    pub summary: String,
    pub recs: Vec<LoadedRec>,
}

/// A performance indicator file, parsed.
#[derive(Debug)]
pub struct LoadedIndicator {
    /// The file name without `.yaml`.
    pub id: String,
    pub path: String,
    pub raw: RawIndicator,
}

#[derive(Debug)]
pub struct LoadedPage {
    pub slug: String,
    pub path: String,
    pub raw: RawPage,
    pub body: String,
}

/// Everything read from `content/`, as raw records, with the problems met on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: Sources,
    pub site: Option<RawSite>,
    pub glossary: Option<RawGlossary>,
    pub reviews: Vec<LoadedReview>,
    pub pages: Vec<LoadedPage>,
    pub indicators: Vec<LoadedIndicator>,
    pub diagnostics: Vec<Diagnostic>,
}

pub const SITE_FILE: &str = "content/site.yaml";
pub const GLOSSARY_FILE: &str = "content/glossary.yaml";

/// Files an editor leaves behind while saving: never content.
pub fn is_editor_temp(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name == "4913"
}

/// Reads the site under `root`.
pub fn load(root: &Path) -> Result<Loaded, FatalError> {
    let content = root.join("content");
    if !root.join(SITE_FILE).is_file() {
        return Err(FatalError::NotASite {
            root: root.to_path_buf(),
        });
    }
    let real_root = root
        .canonicalize()
        .map_err(|e| FatalError::io(root, "open the site folder", e))?;
    let mut l = Loaded::default();

    if let Some(text) = read_text(&mut l, &real_root, root, SITE_FILE) {
        match yaml::parse::<RawSite>(SITE_FILE, &text, &text) {
            Ok(s) => l.site = Some(s),
            Err(d) => l.diagnostics.push(d),
        }
    }
    if root.join(GLOSSARY_FILE).exists() {
        if let Some(text) = read_text(&mut l, &real_root, root, GLOSSARY_FILE) {
            match yaml::parse::<RawGlossary>(GLOSSARY_FILE, &text, &text) {
                Ok(g) => l.glossary = Some(g),
                Err(d) => l.diagnostics.push(d),
            }
        }
    }

    let mut review_dirs = Vec::new();
    for entry in list_dir(&content.join("reviews"))? {
        let name = file_name(&entry);
        if is_editor_temp(&name) {
            continue;
        }
        let rel = format!("content/reviews/{name}");
        if !entry.is_dir() {
            l.diagnostics.push(
                Diagnostic::warning(
                    &rel,
                    "this file is not inside a review folder, so it is not used",
                )
                .hint("put each review in its own folder: content/reviews/<review-slug>/index.md"),
            );
            continue;
        }
        if !link_stays_inside(&mut l, &real_root, &entry, &rel) {
            continue;
        }
        review_dirs.push((name, entry));
    }
    // Reviews are read in parallel, each into its own part, then joined in folder order.
    let parts: Vec<Result<Loaded, FatalError>> = review_dirs
        .par_iter()
        .map(|(name, dir)| {
            let mut part = Loaded::default();
            load_review(&mut part, &real_root, root, name, dir)?;
            Ok(part)
        })
        .collect();
    for part in parts {
        let part = part?;
        l.sources.extend(part.sources);
        l.diagnostics.extend(part.diagnostics);
        l.reviews.extend(part.reviews);
    }

    for entry in list_dir(&content.join("pages"))? {
        let name = file_name(&entry);
        if is_editor_temp(&name) || entry.is_dir() {
            continue;
        }
        let rel = format!("content/pages/{name}");
        let Some(slug) = name.strip_suffix(".md") else {
            l.diagnostics.push(
                Diagnostic::warning(
                    &rel,
                    "only Markdown files (.md) in content/pages become pages; this one is not used",
                )
                .hint("rename it to end in .md, or move it out of content/pages"),
            );
            continue;
        };
        let Some(text) = read_text(&mut l, &real_root, root, &rel) else {
            continue;
        };
        let Some((yaml_text, body)) = front_matter(&mut l, &rel, &text) else {
            continue;
        };
        match yaml::parse::<RawPage>(&rel, &text, &yaml_text) {
            Ok(raw) => l.pages.push(LoadedPage {
                slug: slug.to_string(),
                path: rel,
                raw,
                body,
            }),
            Err(d) => l.diagnostics.push(d),
        }
    }

    for entry in list_dir(&content.join("indicators"))? {
        let name = file_name(&entry);
        if is_editor_temp(&name) || entry.is_dir() {
            continue;
        }
        let rel = format!("content/indicators/{name}");
        let Some(id) = name
            .strip_suffix(".yaml")
            .or_else(|| name.strip_suffix(".yml"))
        else {
            l.diagnostics.push(
                Diagnostic::warning(&rel, "only YAML files (.yaml) in content/indicators become indicators; this one is not used")
                    .hint("rename it to end in .yaml, or move it out of content/indicators"),
            );
            continue;
        };
        let Some(text) = read_text(&mut l, &real_root, root, &rel) else {
            continue;
        };
        match yaml::parse::<RawIndicator>(&rel, &text, &text) {
            Ok(raw) => l.indicators.push(LoadedIndicator {
                id: id.to_string(),
                path: rel,
                raw,
            }),
            Err(d) => l.diagnostics.push(d),
        }
    }
    Ok(l)
}

fn load_review(
    l: &mut Loaded,
    real_root: &Path,
    root: &Path,
    slug: &str,
    dir: &Path,
) -> Result<(), FatalError> {
    let mut review = LoadedReview {
        slug: slug.to_string(),
        path: format!("content/reviews/{slug}/index.md"),
        raw: None,
        summary: String::new(),
        recs: Vec::new(),
    };
    (review.raw, review.summary) = load_review_index(l, real_root, root, slug, dir);
    for entry in list_dir(dir)? {
        let name = file_name(&entry);
        if is_editor_temp(&name) || name == "index.md" || entry.is_dir() {
            continue;
        }
        if let Some(rec) = load_rec(
            l,
            real_root,
            root,
            &format!("content/reviews/{slug}/{name}"),
            &name,
        ) {
            review.recs.push(rec);
        }
    }
    l.reviews.push(review);
    Ok(())
}

/// A review's index.md: its front matter and summary, or the problems with it.
fn load_review_index(
    l: &mut Loaded,
    real_root: &Path,
    root: &Path,
    slug: &str,
    dir: &Path,
) -> (Option<RawReview>, String) {
    let index_rel = format!("content/reviews/{slug}/index.md");
    if !dir.join("index.md").is_file() {
        l.diagnostics.push(
            Diagnostic::error(format!("content/reviews/{slug}"), "this review folder has no index.md")
                .hint("add index.md with the review's title, body and published date in front matter (see `followthrough new`)"),
        );
        return (None, String::new());
    }
    let Some(text) = read_text(l, real_root, root, &index_rel) else {
        return (None, String::new());
    };
    let Some((yaml_text, body)) = front_matter(l, &index_rel, &text) else {
        return (None, String::new());
    };
    match yaml::parse::<RawReview>(&index_rel, &text, &yaml_text) {
        Ok(raw) => (Some(raw), body),
        Err(d) => {
            l.diagnostics.push(d);
            (None, body)
        }
    }
}

/// One recommendation file of a review folder; `None` when it is not one (other extensions) or
/// has problems (then reported).
fn load_rec(
    l: &mut Loaded,
    real_root: &Path,
    root: &Path,
    rel: &str,
    name: &str,
) -> Option<LoadedRec> {
    let is_yaml = name.ends_with(".yaml") || name.ends_with(".yml");
    let is_md = name.ends_with(".md");
    if !is_yaml && !is_md {
        return None;
    }
    let text = read_text(l, real_root, root, rel)?;
    let parsed = if is_yaml {
        yaml::parse::<RawRecommendation>(rel, &text, &text).map(|raw| (raw, None))
    } else {
        let (yaml_text, body) = front_matter(l, rel, &text)?;
        yaml::parse::<RawRecommendation>(rel, &text, &yaml_text).map(|raw| (raw, Some(body)))
    };
    match parsed {
        Ok((raw, body)) => Some(LoadedRec {
            path: rel.to_string(),
            raw,
            body,
        }),
        Err(d) => {
            l.diagnostics.push(d);
            None
        }
    }
}

/// Reads one changed file again into `l`, as `load` would have read it: a recommendation file
/// (added, changed or removed) or the index.md of a review already loaded. Returns `false`, with
/// `l` possibly half-updated, for any other change (site.yaml, the glossary, a page, a review
/// folder added or removed): then everything must be loaded again. `serve` uses it so that one
/// edit re-reads one file.
pub fn reload(l: &mut Loaded, root: &Path, rel: &str) -> Result<bool, FatalError> {
    let parts: Vec<&str> = rel.split('/').collect();
    let (slug, name) = match parts.as_slice() {
        ["content", "reviews", slug, name] => (*slug, *name),
        // Inside a folder of a review folder: never read.
        ["content", "reviews", slug, _, _, ..] if l.reviews.iter().any(|r| r.slug == *slug) => {
            return Ok(true);
        }
        _ => return Ok(false),
    };
    let dir = root.join("content/reviews").join(slug);
    if is_editor_temp(slug)
        || !dir.is_dir()
        || std::fs::symlink_metadata(&dir)
            .map(|m| m.file_type().is_symlink())
            .unwrap_or(true)
    {
        return Ok(false);
    }
    let Some(ri) = l.reviews.iter().position(|r| r.slug == slug) else {
        return Ok(false);
    };
    if is_editor_temp(name) {
        return Ok(true);
    }
    let real_root = root
        .canonicalize()
        .map_err(|e| FatalError::io(root, "open the site folder", e))?;
    let path = dir.join(name);
    l.diagnostics.retain(|d| d.path != rel);
    l.sources.remove(rel);
    if name == "index.md" {
        let folder = format!("content/reviews/{slug}");
        l.diagnostics.retain(|d| d.path != folder);
        let (raw, summary) = load_review_index(l, &real_root, root, slug, &dir);
        let review = &mut l.reviews[ri];
        review.raw = raw;
        review.summary = summary;
        return Ok(true);
    }
    let old = l.reviews[ri].recs.iter().position(|r| r.path == rel);
    if let Some(i) = old {
        l.reviews[ri].recs.remove(i);
    }
    if path.is_file()
        && let Some(rec) = load_rec(l, &real_root, root, rel, name)
    {
        let recs = &mut l.reviews[ri].recs;
        let at = recs.partition_point(|r| r.path.as_str() < rel);
        recs.insert(at, rec);
    }
    Ok(true)
}

/// Splits front matter, reporting a file that has none or leaves it open.
fn front_matter(l: &mut Loaded, rel: &str, text: &str) -> Option<(String, String)> {
    match frontmatter::split(text) {
        Ok(s) => Some((s.yaml, s.body.to_string())),
        Err(SplitError::Missing) => {
            let d = if text.trim().is_empty() {
                Diagnostic::error(rel, "this file is empty")
                    .at(text, 0..0)
                    .hint("a Markdown file here starts with front matter between two `---` lines, then its text")
            } else {
                Diagnostic::error(rel, "this file does not start with front matter")
                    .at(text, 0..text.find('\n').unwrap_or(text.len()))
                    .label("expected `---` on the first line")
                    .hint("start the file with a line `---`, the fields (such as `title: ...`), then another `---` line")
            };
            l.diagnostics.push(d);
            None
        }
        Err(SplitError::NotClosed) => {
            l.diagnostics.push(
                Diagnostic::error(rel, "the front matter is not closed")
                    .at(text, 0..3)
                    .label("front matter opened here is never closed")
                    .hint("add a line `---` after the last field, before the text"),
            );
            None
        }
    }
}

fn list_dir(dir: &Path) -> Result<Vec<PathBuf>, FatalError> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let rd = std::fs::read_dir(dir).map_err(|e| FatalError::io(dir, "read the folder", e))?;
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(|e| FatalError::io(dir, "read the folder", e))?;
        out.push(e.path());
    }
    out.sort();
    Ok(out)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A symbolic link is followed only when it leads somewhere inside the site folder.
fn link_stays_inside(l: &mut Loaded, real_root: &Path, path: &Path, rel: &str) -> bool {
    let is_link = std::fs::symlink_metadata(path)
        .map(|m| m.file_type().is_symlink())
        .unwrap_or(false);
    if !is_link {
        return true;
    }
    match path.canonicalize() {
        Ok(target) if target.starts_with(real_root) => true,
        Ok(target) => {
            l.diagnostics.push(
                Diagnostic::error(
                    rel,
                    format!(
                        "this is a link to {}, outside the site folder, so it is not read",
                        target.display()
                    ),
                )
                .hint("copy the file into the site folder instead of linking to it"),
            );
            false
        }
        Err(_) => {
            l.diagnostics.push(
                Diagnostic::error(rel, "this is a link to a file that does not exist")
                    .hint("remove the link, or point it at a file inside the site"),
            );
            false
        }
    }
}

/// Reads a content file as text: UTF-8 (a byte-order mark is dropped), `\r\n` made `\n`.
fn read_text(l: &mut Loaded, real_root: &Path, root: &Path, rel: &str) -> Option<String> {
    let path = root.join(rel);
    if !link_stays_inside(l, real_root, &path, rel) {
        return None;
    }
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            l.diagnostics.push(
                Diagnostic::error(rel, format!("this file could not be read: {e}"))
                    .hint("check that the file exists and that you can open it"),
            );
            return None;
        }
    };
    match decode(rel, &bytes) {
        Ok(text) => {
            l.sources.insert(rel.to_string(), text.clone());
            Some(text)
        }
        Err((d, lossy)) => {
            l.sources.insert(rel.to_string(), lossy);
            l.diagnostics.push(d);
            None
        }
    }
}

/// The text of a content file read again (for pointing at a problem found late, such as a broken
/// link), as `load` reads it; `None` if it cannot be read now.
pub fn reread(root: &Path, rel: &str) -> Option<String> {
    let bytes = std::fs::read(root.join(rel)).ok()?;
    decode(rel, &bytes).ok()
}

/// Decodes a content file's bytes: UTF-8 with any byte-order mark dropped and `\r\n` made `\n`.
/// Text that is not UTF-8 gives a diagnostic at the first bad byte, and the text as best it can
/// be read, to show the line.
pub fn decode(rel: &str, raw: &[u8]) -> Result<String, (Diagnostic, String)> {
    let bom = if raw.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let bytes = &raw[bom..];
    match std::str::from_utf8(bytes) {
        Ok(t) if t.contains('\r') => Ok(t.replace("\r\n", "\n").replace('\r', "\n")),
        Ok(t) => Ok(t.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
            // The line with the bad byte shown as U+FFFD, underlined; the text before it is unchanged.
            let lossy = String::from_utf8_lossy(bytes).into_owned();
            let d = Diagnostic::error(
                rel,
                format!("this file is not UTF-8 text: the byte at offset {} (line {line}) is 0x{:02X}", at + bom, bytes[at]),
            )
            .at(&lossy, at..at + '\u{FFFD}'.len_utf8())
            .label("this character is not UTF-8")
            .hint("save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8); text copied from Word or Excel is often Windows-1252");
            Err((d, lossy))
        }
    }
}

/// Everything the loader does with one file's bytes, for the fuzzer: decode, split front matter,
/// parse as each kind of record, render any diagnostic, render the Markdown body.
pub fn fuzz_one_file(raw: &[u8]) {
    let rel = "content/reviews/r/1.yaml";
    let text = match decode(rel, raw) {
        Ok(t) => t,
        Err((d, lossy)) => {
            let mut sources = Sources::new();
            sources.insert(rel.into(), lossy);
            let _ = crate::diagnostics::render_human(&[d], &sources, false);
            return;
        }
    };
    let mut sources = Sources::new();
    sources.insert(rel.into(), text.clone());
    let render = |d: Diagnostic| {
        let _ = crate::diagnostics::render_human(&[d], &sources, false);
    };
    let (yaml_text, body) = match frontmatter::split(&text) {
        Ok(s) => (s.yaml, s.body.to_string()),
        Err(_) => (text.clone(), String::new()),
    };
    if let Err(d) = yaml::parse::<RawRecommendation>(rel, &text, &yaml_text) {
        render(d);
    }
    if let Err(d) = yaml::parse::<RawReview>(rel, &text, &yaml_text) {
        render(d);
    }
    if let Err(d) = yaml::parse::<RawSite>(rel, &text, &yaml_text) {
        render(d);
    }
    if let Err(d) = yaml::parse::<RawGlossary>(rel, &text, &yaml_text) {
        render(d);
    }
    let glossary = crate::model::Glossary(vec![("IC".into(), "Islington Council".into())]);
    let _ = crate::markdown::to_html(&body, &glossary, 3);
    let _ = crate::markdown::first_sentence(&text, 100);
}
