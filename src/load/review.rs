//! One review folder read: its index.md (front matter and summary) and its recommendation files,
//! each a YAML file or Markdown with front matter. Must not write files or know about templates.

use super::guard::{self, Kind};
use super::text::{self, harmless, look, read_text};
use super::{
    Loaded, LoadedRec, LoadedReview, file_name, front_matter, list_dir, load_translation, yaml,
};
use crate::diagnostics::Diagnostic;
use crate::error::FatalError;
use crate::layout::{self, is_editor_temp, is_record_name};
use crate::model::raw::{RawRecommendation, RawReview};
use std::path::Path;

pub(super) fn load_review(
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
        translations: Vec::new(),
    };
    (review.raw, review.summary) = load_review_index(l, real_root, root, slug, dir);
    for entry in list_dir(dir)? {
        let name = file_name(&entry);
        if is_editor_temp(&name) || name == layout::REVIEW_INDEX {
            continue;
        }
        let rel = layout::in_review(slug, &name);
        if let Some((stem, code)) = layout::translation_of(&name) {
            if stem == "index" {
                if let Some(t) = load_translation(l, real_root, root, &rel, code) {
                    review.translations.push(t);
                }
            } else {
                l.diagnostics.push(
                    Diagnostic::error(&rel, "only a review's index.md has a translation file beside it; this file is not read")
                        .hint(format!("write a recommendation's text in each language in its own file, such as `recommendation:` with `en: |` and `{code}: |` on the lines below it")),
                );
            }
            continue;
        }
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
pub(super) fn load_review_index(
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
pub(super) fn load_rec(
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
