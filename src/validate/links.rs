//! Where each link of a record's Markdown is written in its file: found here, once, while the
//! file's text is in hand, and kept in the model (`model::span::WrittenLink`) so a broken link is
//! pointed at after rendering without the file. Must not touch files or print.

use crate::model::span::{WrittenLink, is_checked};
use pulldown_cmark::{Event, Options, Parser, Tag};

/// The links inside the site of the Markdown texts `markdown` (Markdown links and images, and the
/// `href` and `src` of raw HTML; not those to other hosts, see `span::is_checked`), each located
/// in `file`, the text of the file they come from; in the order
/// they stand in the file, each address once. A link not found in the file is left out.
pub(super) fn written_links<'a>(
    file: &str,
    markdown: impl IntoIterator<Item = &'a str>,
) -> Vec<WrittenLink> {
    let mut out: Vec<WrittenLink> = Vec::new();
    for md in markdown {
        // Only a link the check looks at can be reported broken, and need its place.
        for target in targets(md).into_iter().filter(|t| is_checked(t)) {
            if out.iter().any(|l| l.target == target) {
                continue;
            }
            if let Some(at) = locate(file, &target) {
                out.push(WrittenLink {
                    span: at..at + target.len(),
                    target,
                });
            }
        }
    }
    out.sort_by_key(|l| l.span.start);
    out
}

/// Every address a Markdown text links to.
fn targets(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Read as `markdown::to_html` reads it, so a link in a table is found as there.
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                out.push(dest_url.to_string());
            }
            Event::Html(h) | Event::InlineHtml(h) => out.extend(attributes(&h)),
            _ => {}
        }
    }
    out
}

/// The values of the `href` and `src` attributes of raw HTML.
fn attributes(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let lower = html.to_ascii_lowercase();
    for name in ["href=", "src="] {
        let mut from = 0;
        while let Some(i) = lower[from..].find(name) {
            let start = from + i + name.len();
            let rest = &html[start..];
            let value = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
                _ => rest
                    .split(|c: char| c.is_whitespace() || c == '>')
                    .next()
                    .unwrap_or(""),
            };
            if !value.is_empty() {
                out.push(value.to_string());
            }
            from = start;
        }
    }
    out
}

/// Where a link target is written in a content file: as a Markdown or HTML link if possible.
fn locate(src: &str, target: &str) -> Option<usize> {
    for (before, after) in [("(", ")"), ("\"", "\""), ("'", "'"), ("=", "")] {
        if let Some(i) = src.find(&format!("{before}{target}{after}")) {
            return Some(i + before.len());
        }
    }
    (target.len() > 3).then(|| src.find(target)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_found_where_they_are_written() {
        let file = "title: A\nbody: |\n  See [the reviews](../../reviews/index.html) and\n  <a href='../x/index.html'>x</a>.\n";
        let md =
            "See [the reviews](../../reviews/index.html) and\n<a href='../x/index.html'>x</a>.\n";
        let links = written_links(file, [md]);
        let targets: Vec<&str> = links.iter().map(|l| l.target.as_str()).collect();
        assert_eq!(targets, ["../../reviews/index.html", "../x/index.html"]);
        assert_eq!(&file[links[0].span.clone()], "../../reviews/index.html");
        assert_eq!(&file[links[1].span.clone()], "../x/index.html");
    }

    #[test]
    fn a_link_to_another_website_is_not_noted_it_cannot_be_broken_inside_the_site() {
        let md = "See [the report](https://www.example.gov.uk/r.pdf), [mail](mailto:a@b.uk) and [top](#top).";
        assert!(written_links(md, [md]).is_empty());
    }
}
