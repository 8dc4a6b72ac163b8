//! Reading one changed file again into what was loaded, for `serve`: a recommendation file or a
//! review's index.md, as `load` reads them; anything else asks for everything to be read again.
//! Must not write files or know about templates.

use super::Loaded;
use super::guard::{self, Kind};
use super::review::{load_rec, load_review_index};
use crate::error::FatalError;
use crate::layout::{self, is_editor_temp};
use std::path::Path;

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
    // A translation (`index.cy.md`) is read with its review: everything is read again.
    if layout::translation_of(name).is_some() {
        return Ok(false);
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
