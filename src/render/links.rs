//! The internal link check: every `href` and `src` of every built page that points inside the
//! site must name a file of the OutputSet, and none may be root-absolute (`/…`), which would break
//! the site in a sub-folder. Pure.

use super::OutputSet;
use std::borrow::Cow;

/// A link that does not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    /// The page the link is on, relative to the site root.
    pub page: String,
    /// The address as written in the page.
    pub target: String,
    /// What is wrong with it, in words ("it starts with `/`...").
    pub why: &'static str,
}

/// Finds every internal link of every HTML page that does not lead to a built file. `base_path`
/// is the site's path on its host (`/scrutiny/`, from base_url) when it has one: the 404 page's
/// links start with it, since the page is shown at any missing address.
pub fn check(out: &OutputSet, base_path: Option<&str>) -> Vec<BrokenLink> {
    check_pages(out, |p| out.contains_key(p), base_path)
}

/// Finds the broken internal links of the HTML pages of `pages`, where `exists` says whether the
/// site has a file at a path (`serve` checks only the pages it made again against the whole site).
pub fn check_pages(
    pages: &OutputSet,
    exists: impl Fn(&str) -> bool,
    base_path: Option<&str>,
) -> Vec<BrokenLink> {
    let mut broken = Vec::new();
    for (page, bytes) in pages {
        if page.ends_with(".html") {
            broken.extend(check_page(
                page,
                &String::from_utf8_lossy(bytes),
                &exists,
                base_path,
            ));
        }
    }
    broken
}

/// The broken internal links of one page, `html` at `page`. Allocates only for a broken link:
/// every page of a large site is checked, and most of their links are the shared frame's.
pub fn check_page(
    page: &str,
    html: &str,
    exists: &impl Fn(&str) -> bool,
    base_path: Option<&str>,
) -> Vec<BrokenLink> {
    let mut broken = Vec::new();
    let mut buf = String::new();
    let not_found = base_path.filter(|_| crate::index::routes::is_not_found(page));
    for target in targets(html) {
        let found = match not_found.and_then(|b| target.strip_prefix(b)) {
            // From the base path, so as from a page in the site root.
            Some(rel) => problem(exists, "404.html", rel, &mut buf),
            None => problem(exists, page, &target, &mut buf),
        };
        if let Some(why) = found {
            broken.push(BrokenLink {
                page: page.to_string(),
                target: target.into_owned(),
                why,
            });
        }
    }
    broken
}

fn problem(
    exists: &impl Fn(&str) -> bool,
    page: &str,
    target: &str,
    buf: &mut String,
) -> Option<&'static str> {
    if !crate::model::span::is_checked(target) {
        return None;
    }
    let t = target.trim();
    if t.starts_with('/') {
        return Some("it starts with `/`, so it breaks when the site is published in a sub-folder");
    }
    let path = t.split(['#', '?']).next().unwrap_or("");
    if !resolve_into(page, path, buf) {
        return None;
    }
    let at = buf.len();
    let found = if buf.is_empty() || buf.ends_with('/') {
        buf.push_str("index.html");
        exists(buf)
    } else {
        exists(buf) || {
            buf.push_str("/index.html");
            exists(buf)
        }
    };
    buf.truncate(at);
    (!found).then_some("no page or file of the site is there")
}

/// Resolves a relative link from a page to a site path; `None` when it climbs out of the site.
pub fn resolve(page: &str, rel: &str) -> Option<String> {
    let mut buf = String::new();
    resolve_into(page, rel, &mut buf).then_some(buf)
}

/// [`resolve`] into `buf` (emptied first), so that checking many links reuses one string.
/// Returns `false` when the link climbs out of the site.
fn resolve_into(page: &str, rel: &str, buf: &mut String) -> bool {
    buf.clear();
    // The page's folder, each segment followed by `/`.
    buf.push_str(page.rfind('/').map_or("", |i| &page[..=i]));
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if buf.is_empty() {
                    return false;
                }
                buf.pop();
                buf.truncate(buf.rfind('/').map_or(0, |i| i + 1));
            }
            s => {
                buf.push_str(s);
                buf.push('/');
            }
        }
    }
    let trailing = rel.ends_with('/') || rel.is_empty();
    if !trailing && buf.ends_with('/') {
        buf.pop();
    }
    if buf.contains('%') {
        let decoded = percent_encoding::percent_decode_str(buf).decode_utf8_lossy();
        *buf = decoded.into_owned();
    }
    true
}

/// The values of `href="…"` and `src="…"` attributes, unescaped.
pub fn targets(html: &str) -> impl Iterator<Item = Cow<'_, str>> {
    ["href=\"", "src=\""].into_iter().flat_map(move |attr| {
        let mut rest = html;
        std::iter::from_fn(move || {
            loop {
                let i = rest.find(attr)?;
                let after = &rest[i + attr.len()..];
                let end = after.find('"')?;
                // Only real attributes: the character before must be a space.
                let real = rest[..i].ends_with(' ') || rest[..i].ends_with('\n');
                let value = &after[..end];
                rest = &after[end..];
                if real {
                    return Some(unescape(value));
                }
            }
        })
    })
}

fn unescape(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.replace("&amp;", "&")
            .replace("&#x2F;", "/")
            .replace("&#47;", "/")
            .replace("&quot;", "\""),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_links() {
        assert_eq!(
            resolve("reviews/a/1/index.html", "../../../index.html").as_deref(),
            Some("index.html")
        );
        assert_eq!(
            resolve("reviews/a/1/index.html", "../2/index.html").as_deref(),
            Some("reviews/a/2/index.html")
        );
        assert_eq!(resolve("index.html", "../x"), None);
        assert_eq!(resolve("index.html", "").as_deref(), Some(""));
        assert_eq!(resolve("a/index.html", "../").as_deref(), Some(""));
        assert_eq!(
            resolve("a/b/index.html", "./c/../d").as_deref(),
            Some("a/b/d")
        );
        assert_eq!(
            resolve("a/index.html", "x%20y.pdf").as_deref(),
            Some("a/x y.pdf")
        );
        assert_eq!(resolve("a/index.html", "../../x"), None);
    }

    #[test]
    fn finds_broken_and_absolute_links() {
        let mut out = OutputSet::new();
        out.insert("index.html".into(), b"<a href=\"a/index.html\">a</a> <a href=\"/b/\">b</a> <a href=\"c/\">c</a> <a href=\"https://x.org\">x</a>".to_vec());
        out.insert(
            "a/index.html".into(),
            b"<link href=\"../style.css\">".to_vec(),
        );
        out.insert("style.css".into(), vec![]);
        let b = check(&out, None);
        let targets: Vec<&str> = b.iter().map(|l| l.target.as_str()).collect();
        assert_eq!(targets, ["/b/", "c/"]);
    }

    #[test]
    fn the_404_page_links_from_the_base_path() {
        let mut out = OutputSet::new();
        out.insert("404.html".into(), b"<link href=\"/scrutiny/style.css\"> <a href=\"/scrutiny/reviews/index.html\">r</a> <a href=\"/other/\">o</a>".to_vec());
        out.insert("style.css".into(), vec![]);
        let b = check(&out, Some("/scrutiny/"));
        let targets: Vec<&str> = b.iter().map(|l| l.target.as_str()).collect();
        assert_eq!(targets, ["/scrutiny/reviews/index.html", "/other/"]);
    }
}
