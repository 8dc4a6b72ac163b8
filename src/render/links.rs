//! The internal link check: every `href` and `src` of every built page that points inside the
//! site must name a file of the OutputSet, and none may be root-absolute (`/…`), which would break
//! the site in a sub-folder. Pure.

use super::OutputSet;

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

/// The broken internal links of one page, `html` at `page`.
pub fn check_page(
    page: &str,
    html: &str,
    exists: &impl Fn(&str) -> bool,
    base_path: Option<&str>,
) -> Vec<BrokenLink> {
    let mut broken = Vec::new();
    for target in targets(html) {
        let from_base = match base_path {
            Some(b) if crate::index::routes::is_not_found(page) => {
                target.strip_prefix(b).map(str::to_string)
            }
            _ => None,
        };
        let found = match &from_base {
            // From the base path, so as from a page in the site root.
            Some(rel) => problem(exists, "404.html", rel),
            None => problem(exists, page, &target),
        };
        if let Some(why) = found {
            broken.push(BrokenLink {
                page: page.to_string(),
                target,
                why,
            });
        }
    }
    broken
}

fn problem(exists: &impl Fn(&str) -> bool, page: &str, target: &str) -> Option<&'static str> {
    let t = target.trim();
    if t.is_empty() || t.starts_with('#') {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("mailto:")
        || lower.starts_with("tel:")
        || lower.starts_with("data:")
    {
        return None;
    }
    if t.starts_with("//") {
        return None;
    }
    if t.starts_with('/') {
        return Some("it starts with `/`, so it breaks when the site is published in a sub-folder");
    }
    let path = t.split(['#', '?']).next().unwrap_or("");
    let resolved = resolve(page, path)?;
    let found = if resolved.is_empty() || resolved.ends_with('/') {
        exists(&format!("{resolved}index.html"))
    } else {
        exists(&resolved) || exists(&format!("{resolved}/index.html"))
    };
    (!found).then_some("no page or file of the site is there")
}

/// Resolves a relative link from a page to a site path; `None` when it climbs out of the site.
pub fn resolve(page: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    let trailing = rel.ends_with('/') || rel.is_empty();
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut s = parts.join("/");
    if trailing && !s.is_empty() {
        s.push('/');
    }
    Some(percent_decode(&s))
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The values of `href="…"` and `src="…"` attributes.
pub fn targets(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            let after = &rest[i + attr.len()..];
            let Some(end) = after.find('"') else { break };
            // Only real attributes: the character before must be a space.
            if rest[..i].ends_with(' ') || rest[..i].ends_with('\n') {
                out.push(unescape(&after[..end]));
            }
            rest = &after[end..];
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&#x2F;", "/")
        .replace("&#47;", "/")
        .replace("&quot;", "\"")
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
