//! sitemap.xml (sitemaps.org 0.9): every HTML page but the 404, with `lastmod` from the progress
//! updates where a page has them, and on a site in more than one language each page's
//! alternates (`<xhtml:link rel="alternate" hreflang>`, every language's version of the page,
//! its own included, as search engines ask). Needs `base_url`, since a sitemap holds absolute
//! addresses. Pure: returns text for the OutputSet.

use crate::index::{PageKind, SiteIndex};

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// Where the sitemap goes.
pub const SITEMAP: &str = "sitemap.xml";

/// `sitemap.xml` for every page of `pages` (path, kind; sorted by path) but the 404s, with
/// `lastmod` from the updates where known. Needs `base_url` (a sitemap holds absolute
/// addresses); without it there is none.
pub fn sitemap(ix: &SiteIndex, pages: &[(&str, PageKind)]) -> Option<String> {
    let base = ix.site.config.base_url.as_deref()?;
    let mut lastmod = std::collections::BTreeMap::new();
    for e in &ix.recs {
        if let Some(d) = e.facts.last_updated {
            lastmod.insert(e.url.clone(), d);
        }
    }
    for (i, updated) in ix.review_updated.iter().enumerate() {
        if let Some(d) = *updated {
            lastmod.insert(ix.url(PageKind::Review(i)), d);
        }
    }
    // The pages that list the newest updates change with the newest update.
    if let Some(&(ri, ui)) = ix.updates.first() {
        let newest = ix.rec(ri).updates[ui].date;
        for page in [PageKind::Home, PageKind::Updates(1)] {
            lastmod.insert(ix.url(page), newest);
        }
    }
    let multilingual = ix.site.config.languages.is_multilingual();
    let mut s = String::from(if multilingual {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    } else {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    });
    let loc = |path: &str| xml_escape(&format!("{base}{}", path.trim_end_matches("index.html")));
    for &(path, kind) in pages
        .iter()
        .filter(|(p, _)| !crate::index::routes::is_not_found(p))
    {
        s.push_str("  <url><loc>");
        s.push_str(&loc(path));
        s.push_str("</loc>");
        if let Some(d) = lastmod.get(&ix.url(kind)) {
            s.push_str(&format!("<lastmod>{}</lastmod>", d.format("%Y-%m-%d")));
        }
        if multilingual {
            for (lang, alt) in ix.alternates(kind) {
                s.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    xml_escape(&ix.lang_tag(lang)),
                    loc(&alt)
                ));
            }
        }
        s.push_str("</url>\n");
    }
    s.push_str("</urlset>\n");
    Some(s)
}
