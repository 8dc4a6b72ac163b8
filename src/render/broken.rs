//! Broken internal links as diagnostics, against the content file they are written in (its span
//! kept in the model since validation) or else the theme's templates. Pure: it needs the text of a
//! content file only to show its line, and never searches it.

use super::links::BrokenLink;
use crate::diagnostics::{Diagnostic, Sources};
use crate::index::{PageKind, SiteIndex};
use crate::model::span::written;
use crate::model::{Site, WrittenLink};
use std::collections::{BTreeMap, BTreeSet};

/// The content files the site's pages are made from that have links written in them: those a
/// broken link can be shown in.
pub fn files_with_links(site: &Site) -> BTreeSet<&str> {
    let recs = site.reviews.iter().flat_map(|r| &r.recommendations);
    let recs = recs
        .filter(|r| !r.links.is_empty())
        .map(|r| r.source.as_str());
    let reviews = site.reviews.iter().filter(|r| !r.links.is_empty());
    let pages = site.pages.iter().filter(|p| !p.links.is_empty());
    recs.chain(reviews.map(|r| r.source.as_str()))
        .chain(pages.map(|p| p.source.as_str()))
        .collect()
}

/// Broken internal links, reported against the content file the link is written in; `sources`
/// gives the file's text to show its line.
pub fn link_errors(ix: &SiteIndex, broken: Vec<BrokenLink>, sources: &Sources) -> Vec<Diagnostic> {
    // A page in every language shows the links of the same file.
    let mut files: Vec<(PageKind, &str, &[WrittenLink])> = Vec::new();
    for i in 0..ix.recs.len() {
        let r = ix.rec(i);
        files.push((PageKind::Recommendation(i), &r.source, &r.links));
    }
    for (i, r) in ix.site.reviews.iter().enumerate() {
        files.push((PageKind::Review(i), &r.source, &r.links));
    }
    for (i, p) in ix.site.pages.iter().enumerate() {
        files.push((PageKind::Page(i), &p.source, &p.links));
    }
    let written_in: BTreeMap<String, (&str, &[WrittenLink])> = files
        .into_iter()
        .flat_map(|(kind, source, links)| {
            ix.alternates(kind)
                .into_iter()
                .map(move |(_, url)| (url, (source, links)))
        })
        .collect();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for b in broken {
        let found = written_in
            .get(&b.page)
            .and_then(|(path, links)| Some((*path, written(links, &b.target)?)));
        let path = match found {
            Some((path, _)) => path.to_string(),
            None => format!("templates (page {})", b.page),
        };
        if !seen.insert((path.clone(), b.target.clone())) {
            continue;
        }
        let d = Diagnostic::error(
            &path,
            format!(
                "the link `{}` on page {} is broken: {}",
                b.target, b.page, b.why
            ),
        );
        let d = match found {
            None => d.hint("the link comes from a template of the theme; correct it there"),
            Some((_, link)) => {
                let d = d.hint("links between pages are relative to the page, such as `../../glossary/index.html`; check the address");
                match sources.get(&path) {
                    Some(text) => d
                        .at(text, link.span.clone())
                        .label("this link leads nowhere"),
                    None => d,
                }
            }
        };
        out.push(d);
    }
    out
}
