//! The only module that reads content: walks `content/`, reads each file (refusing, through
//! `guard`, what is not a regular file or folder, such as a named pipe, and links that lead
//! outside the site; through `text`, what is not UTF-8), splits front matter, and parses raw
//! records; where each kind of file lives it asks `layout`. Problems become diagnostics; only
//! "no site here" and unreadable folders are fatal. Must not write files or know about templates.

pub mod frontmatter;
pub mod guard;
mod text;
pub use text::read_exact;
pub mod theme;
pub mod yaml;

use crate::diagnostics::{Diagnostic, Sources};
use crate::error::FatalError;
use crate::layout::{self, is_editor_temp, is_record_name};
use crate::model::raw::{
    RawGlossary, RawIndicator, RawPage, RawRecommendation, RawReview, RawSite,
};
use frontmatter::SplitError;
use guard::Kind;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
pub use text::decode;
use text::{harmless, look, read_text};

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

pub use crate::layout::{GLOSSARY_FILE, SITE_FILE};

/// Reads the site under `root`.
pub fn load(root: &Path) -> Result<Loaded, FatalError> {
    let content = root.join(layout::CONTENT);
    // Looked at, not opened: site.yaml may be a named pipe, reported below.
    if std::fs::symlink_metadata(root.join(SITE_FILE)).is_err() {
        return Err(FatalError::NotASite {
            root: root.to_path_buf(),
        });
    }
    let real_root = root
        .canonicalize()
        .map_err(|e| FatalError::io(root, "open the site folder", e))?;
    let mut l = Loaded::default();
    // Every entry below is checked as it is met; content/ itself is checked the whole way.
    if let Err(why) = guard::inspect_whole(&real_root, &content) {
        l.diagnostics.push(text::refused(layout::CONTENT, &why));
        return Ok(l);
    }

    if let Some(text) = read_text(&mut l, &real_root, root, SITE_FILE) {
        match yaml::parse::<RawSite>(SITE_FILE, &text, &text) {
            Ok(s) => l.site = Some(s),
            Err(d) => l.diagnostics.push(d),
        }
    }
    let glossary = root.join(GLOSSARY_FILE);
    if std::fs::symlink_metadata(&glossary).is_ok()
        && let Some(text) = read_text(&mut l, &real_root, root, GLOSSARY_FILE)
    {
        match yaml::parse::<RawGlossary>(GLOSSARY_FILE, &text, &text) {
            Ok(g) => l.glossary = Some(g),
            Err(d) => l.diagnostics.push(d),
        }
    }

    let mut review_dirs = Vec::new();
    for entry in folder(
        &mut l,
        &real_root,
        &root.join(layout::REVIEWS),
        layout::REVIEWS,
    )? {
        let name = file_name(&entry);
        if is_editor_temp(&name) {
            continue;
        }
        let rel = layout::in_reviews(&name);
        match look(&mut l, &real_root, &entry, &rel) {
            Some(Kind::Folder) => review_dirs.push((name, entry)),
            Some(Kind::File(_)) => l.diagnostics.push(
                Diagnostic::warning(
                    &rel,
                    "this file is not inside a review folder, so it is not used",
                )
                .hint("put each review in its own folder: content/reviews/<review-slug>/index.md"),
            ),
            Some(Kind::Missing) | None => {}
        }
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

    for entry in folder(&mut l, &real_root, &root.join(layout::PAGES), layout::PAGES)? {
        let name = file_name(&entry);
        let rel = layout::in_pages(&name);
        if is_editor_temp(&name) || entry.is_dir() || !harmless(&mut l, &real_root, &entry, &rel) {
            continue;
        }
        let Some(slug) = layout::page_slug(&name) else {
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

    for entry in folder(
        &mut l,
        &real_root,
        &root.join(layout::INDICATORS),
        layout::INDICATORS,
    )? {
        let name = file_name(&entry);
        let rel = layout::in_indicators(&name);
        if is_editor_temp(&name) || entry.is_dir() || !harmless(&mut l, &real_root, &entry, &rel) {
            continue;
        }
        let Some(id) = layout::indicator_id(&name) else {
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
        path: layout::review_index(slug),
        raw: None,
        summary: String::new(),
        recs: Vec::new(),
    };
    (review.raw, review.summary) = load_review_index(l, real_root, root, slug, dir);
    for entry in list_dir(dir)? {
        let name = file_name(&entry);
        if is_editor_temp(&name) || name == layout::REVIEW_INDEX {
            continue;
        }
        let rel = layout::in_review(slug, &name);
        if !is_record_name(&name) {
            harmless(l, real_root, &entry, &rel);
            continue;
        }
        match look(l, real_root, &entry, &rel) {
            Some(Kind::File(_)) => {
                if let Some(rec) = load_rec(l, real_root, root, &rel, &name) {
                    review.recs.push(rec);
                }
            }
            Some(Kind::Folder) => l.diagnostics.push(
                Diagnostic::warning(&rel, "this is a folder, not a recommendation file, so it is not read")
                    .hint("rename the folder so its name does not end in .yaml or .md, or move the files in it up into the review folder"),
            ),
            Some(Kind::Missing) | None => {}
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
    let index_rel = layout::review_index(slug);
    match look(l, real_root, &dir.join(layout::REVIEW_INDEX), &index_rel) {
        Some(Kind::File(_)) => {}
        Some(Kind::Missing) => {
            l.diagnostics.push(
                Diagnostic::error(layout::in_reviews(slug), "this review folder has no index.md")
                    .hint("add index.md with the review's title, body and published date in front matter (see `followthrough new`)"),
            );
            return (None, String::new());
        }
        Some(Kind::Folder) => {
            l.diagnostics
                .push(text::refused(&index_rel, &guard::Refusal::Folder));
            return (None, String::new());
        }
        None => return (None, String::new()),
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
    if !is_record_name(name) {
        return None;
    }
    let is_yaml = !name.ends_with(".md");
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
    let (slug, name) = match layout::place(&parts) {
        layout::Place::InReview { slug, name } => (slug, name),
        // Inside a folder of a review folder: never read.
        layout::Place::BelowReview { slug } if l.reviews.iter().any(|r| r.slug == slug) => {
            return Ok(true);
        }
        _ => return Ok(false),
    };
    let dir = root.join(layout::REVIEWS).join(slug);
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
    // A folder, a named pipe or a link leading out of the site is reported as `load` reports it.
    let kind = guard::inspect(&real_root, &path);
    if !matches!(kind, Ok(Kind::File(_) | Kind::Missing)) && name != layout::REVIEW_INDEX {
        return Ok(false);
    }
    l.diagnostics.retain(|d| d.path != rel);
    l.sources.remove(rel);
    if name == layout::REVIEW_INDEX {
        let folder = layout::in_reviews(slug);
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
    if matches!(kind, Ok(Kind::File(_)))
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

/// The entries of one of the folders of `content/` (`rel`), sorted; none if it is not there, and
/// none, with the reason reported, if it is not a folder inside the site.
fn folder(
    l: &mut Loaded,
    real_root: &Path,
    dir: &Path,
    rel: &str,
) -> Result<Vec<PathBuf>, FatalError> {
    match look(l, real_root, dir, rel) {
        Some(Kind::Folder) => list_dir(dir),
        Some(Kind::File(_)) => {
            l.diagnostics.push(
                Diagnostic::error(rel, "this is a file, but it must be a folder").hint(format!(
                    "rename or remove the file, and make {rel} a folder"
                )),
            );
            Ok(Vec::new())
        }
        Some(Kind::Missing) | None => Ok(Vec::new()),
    }
}

fn list_dir(dir: &Path) -> Result<Vec<PathBuf>, FatalError> {
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
