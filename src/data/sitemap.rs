//! sitemap.xml (sitemaps.org 0.9): every HTML page but the 404, with `lastmod` from the progress
//! updates where a page has them. Needs `base_url`, since a sitemap holds absolute addresses.
//! Pure: returns text for the OutputSet.

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

/// `sitemap.xml` for every HTML page but the 404, with `lastmod` from the updates where known.
/// Needs `base_url` (a sitemap holds absolute addresses); without it there is none.
pub fn sitemap(ix: &SiteIndex, paths: &std::collections::BTreeSet<&str>) -> Option<String> {
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
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths
        .iter()
        .filter(|p| p.ends_with(".html") && **p != "404.html")
    {
        let loc = format!("{base}{}", path.trim_end_matches("index.html"));
        s.push_str("  <url><loc>");
        s.push_str(&xml_escape(&loc));
        s.push_str("</loc>");
        if let Some(d) = lastmod.get(*path) {
            s.push_str(&format!("<lastmod>{}</lastmod>", d.format("%Y-%m-%d")));
        }
        s.push_str("</url>\n");
    }
    s.push_str("</urlset>\n");
    Some(s)
}
