//! The only module that reads content: walks `content/`, reads each file (refusing, through
//! `guard`, what is not a regular file or folder, such as a named pipe, and links that lead
//! outside the site; through `text`, what is not UTF-8), splits front matter, and parses raw
//! records; where each kind of file lives it asks `layout`. Problems become diagnostics; only
//! "no site here" and unreadable folders are fatal. Must not write files or know about templates.

pub mod fingerprint;
pub mod frontmatter;
pub mod guard;
mod reload;
mod review;
mod text;
pub use reload::reload;
pub use text::{quoted, read_exact};
pub mod theme;
pub mod yaml;

use crate::diagnostics::{Diagnostic, Sources};
use crate::error::FatalError;
use crate::layout::{self, is_editor_temp};
use crate::model::raw::{
    RawGlossary, RawIndicator, RawPage, RawRecommendation, RawReport, RawReview, RawSite,
    RawTranslation, RawTsmYear,
};
use frontmatter::SplitError;
use guard::Kind;
use rayon::prelude::*;
use review::load_review;
use std::path::{Path, PathBuf};
pub use text::decode;
use text::{harmless, look, read_text};

/// A recommendation file, parsed.
#[derive(Debug)]
pub struct LoadedRec {
    /// The file, relative to the site folder.
    pub path: String,
    /// Its fields, as written.
    pub raw: RawRecommendation,
    /// The body of a `.md` recommendation: its text.
    pub body: Option<String>,
}

/// One review folder: its index.md (if it parsed) and its recommendation files.
#[derive(Debug)]
pub struct LoadedReview {
    /// The folder's name: the review's slug.
    pub slug: String,
    /// Its index.md, relative to the site folder.
    pub path: String,
    /// The front matter of its index.md; `None` when it is missing or did not parse.
    pub raw: Option<RawReview>,
    /// The body of its index.md: the review's summary, in Markdown.
    pub summary: String,
    /// Its recommendation files that parsed, in file name order.
    pub recs: Vec<LoadedRec>,
    /// Its index.md's translations (`index.cy.md`), in file name order.
    pub translations: Vec<LoadedTranslation>,
}

/// A Markdown document's translation (`index.cy.md` beside `index.md`), parsed.
#[derive(Debug)]
pub struct LoadedTranslation {
    /// The language code of its name, as written (`cy`): known, not yet checked against the site.
    pub lang: String,
    /// The file, relative to the site folder.
    pub path: String,
    /// Its front matter (none when the file has none).
    pub raw: RawTranslation,
    /// Its body: the translated text, in Markdown.
    pub body: String,
}

/// A performance indicator file, parsed.
#[derive(Debug)]
pub struct LoadedIndicator {
    /// The file name without `.yaml`.
    pub id: String,
    /// The file, relative to the site folder.
    pub path: String,
    /// Its fields, as written.
    pub raw: RawIndicator,
}

/// A year of Tenant Satisfaction Measures (`tsm/<year>.yaml`), parsed.
#[derive(Debug)]
pub struct LoadedTsm {
    /// The file name without `.yaml`: `2024-25`.
    pub name: String,
    /// The file, relative to the site folder.
    pub path: String,
    /// Its fields, as written.
    pub raw: RawTsmYear,
}

/// A monitoring report file (`reports/<slug>.yaml`), parsed.
#[derive(Debug)]
pub struct LoadedReport {
    /// The file name without `.yaml`.
    pub slug: String,
    /// The file, relative to the site folder.
    pub path: String,
    /// Its fields, as written.
    pub raw: RawReport,
}

/// A free page (`pages/<slug>.md`), parsed.
#[derive(Debug)]
pub struct LoadedPage {
    /// The file name without `.md`.
    pub slug: String,
    /// The file, relative to the site folder.
    pub path: String,
    /// Its front matter, as written.
    pub raw: RawPage,
    /// Its body, in Markdown.
    pub body: String,
    /// Its translations (`about.cy.md`), in file name order.
    pub translations: Vec<LoadedTranslation>,
}

/// Everything read from `content/`, as raw records, with the problems met on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The text of every file read, by path, for diagnostics to quote.
    pub sources: Sources,
    /// `site.yaml`, when it was read and parsed.
    pub site: Option<RawSite>,
    /// `glossary.yaml`, when there is one and it parsed.
    pub glossary: Option<RawGlossary>,
    /// The review folders, by slug.
    pub reviews: Vec<LoadedReview>,
    /// The free pages, by slug.
    pub pages: Vec<LoadedPage>,
    /// The indicator files, by id.
    pub indicators: Vec<LoadedIndicator>,
    /// The years of Tenant Satisfaction Measures, by file name.
    pub tsm: Vec<LoadedTsm>,
    /// The monitoring reports, by slug.
    pub reports: Vec<LoadedReport>,
    /// The problems met while reading.
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

    let mut page_translations: Vec<(String, LoadedTranslation)> = Vec::new();
    for entry in folder(&mut l, &real_root, &root.join(layout::PAGES), layout::PAGES)? {
        let name = file_name(&entry);
        let rel = layout::in_pages(&name);
        if is_editor_temp(&name) || entry.is_dir() || !harmless(&mut l, &real_root, &entry, &rel) {
            continue;
        }
        if let Some((stem, code)) = layout::translation_of(&name) {
            if let Some(t) = load_translation(&mut l, &real_root, root, &rel, code) {
                page_translations.push((stem.to_string(), t));
            }
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
                translations: Vec::new(),
            }),
            Err(d) => l.diagnostics.push(d),
        }
    }
    for (stem, t) in page_translations {
        match l.pages.iter_mut().find(|p| p.slug == stem) {
            Some(p) => p.translations.push(t),
            None => {
                let page = layout::in_pages(&format!("{stem}.md"));
                if !l.diagnostics.iter().any(|d| d.path == page) {
                    l.diagnostics.push(
                        Diagnostic::error(&t.path, format!("this is a translation of {page}, which is not there"))
                            .hint(format!("a page's translation sits beside it: add {page}, or rename this file after the page it translates, such as `about.{}.md` beside `about.md`", t.lang)),
                    );
                }
            }
        }
    }

    for (id, path, raw) in yaml_files::<RawIndicator>(
        &mut l,
        &real_root,
        root,
        layout::INDICATORS,
        layout::in_indicators,
        "indicators",
    )? {
        l.indicators.push(LoadedIndicator { id, path, raw });
    }
    for (slug, path, raw) in yaml_files::<RawReport>(
        &mut l,
        &real_root,
        root,
        layout::REPORTS,
        layout::in_reports,
        "reports",
    )? {
        l.reports.push(LoadedReport { slug, path, raw });
    }
    for (name, path, raw) in yaml_files::<RawTsmYear>(
        &mut l,
        &real_root,
        root,
        layout::TSM,
        layout::in_tsm,
        "years of Tenant Satisfaction Measures (name each after its year, such as `2024-25.yaml`)",
    )? {
        l.tsm.push(LoadedTsm { name, path, raw });
    }
    Ok(l)
}

/// The YAML files of the folder `dir` of `content/` (indicators, reports), each parsed as a `T`:
/// (file name without `.yaml`, path, record). Other files are warned about and left out.
fn yaml_files<T: serde::de::DeserializeOwned>(
    l: &mut Loaded,
    real_root: &Path,
    root: &Path,
    dir: &str,
    in_dir: fn(&str) -> String,
    what: &str,
) -> Result<Vec<(String, String, T)>, FatalError> {
    let mut out = Vec::new();
    for entry in folder(l, real_root, &root.join(dir), dir)? {
        let name = file_name(&entry);
        let rel = in_dir(&name);
        if is_editor_temp(&name) || entry.is_dir() || !harmless(l, real_root, &entry, &rel) {
            continue;
        }
        let Some(id) = layout::indicator_id(&name) else {
            l.diagnostics.push(
                Diagnostic::warning(
                    &rel,
                    format!("only YAML files (.yaml) in {dir} become {what}; this one is not used"),
                )
                .hint(format!(
                    "rename it to end in .yaml, or move it out of {dir}"
                )),
            );
            continue;
        };
        let Some(text) = read_text(l, real_root, root, &rel) else {
            continue;
        };
        match yaml::parse::<T>(&rel, &text, &text) {
            Ok(raw) => out.push((id.to_string(), rel, raw)),
            Err(d) => l.diagnostics.push(d),
        }
    }
    Ok(out)
}

/// A Markdown document's translation (`rel`, in the language `code`): its front matter if it has
/// any (the translated title), and its body.
pub(super) fn load_translation(
    l: &mut Loaded,
    real_root: &Path,
    root: &Path,
    rel: &str,
    code: &str,
) -> Option<LoadedTranslation> {
    let text = read_text(l, real_root, root, rel)?;
    let (raw, body) = match frontmatter::split(&text) {
        Err(SplitError::Missing) => (RawTranslation::default(), text.clone()),
        _ => {
            let (yaml_text, body) = front_matter(l, rel, &text)?;
            let raw = if yaml_text.trim_start_matches("#--").trim().is_empty() {
                RawTranslation::default()
            } else {
                match yaml::parse::<RawTranslation>(rel, &text, &yaml_text) {
                    Ok(r) => r,
                    Err(d) => {
                        l.diagnostics.push(d);
                        return None;
                    }
                }
            };
            (raw, body)
        }
    };
    Some(LoadedTranslation {
        lang: code.to_string(),
        path: rel.to_string(),
        raw,
        body,
    })
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
