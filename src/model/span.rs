//! Where the parts of a resolved record are written in its file, as byte ranges kept from
//! validation, so the rules after the index can point at a line without searching the file's text
//! or reading it again. Pure data; must not touch files or print.

use std::ops::Range;

/// A byte range of a content file.
pub type Span = Range<usize>;

/// A link written in a record's Markdown, and where it stands in the record's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenLink {
    /// The address as it is written (and as it stands in the page's `href` or `src`).
    pub target: String,
    /// Where the link is written in the file.
    pub span: Span,
}

/// Whether a link's address is one the link check looks at: one inside the site (relative, or
/// root-absolute, which the check refuses), not a fragment of the same page, another host, or a
/// mail, telephone or data address. The one rule for the check after rendering and for which
/// links validation notes the place of.
pub fn is_checked(target: &str) -> bool {
    let t = target.trim();
    let scheme = |s: &str| t.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s));
    !(t.is_empty()
        || t.starts_with('#')
        || t.starts_with("//")
        || ["http://", "https://", "mailto:", "tel:", "data:"]
            .into_iter()
            .any(scheme))
}

/// The first link to `target` among `links`, which are in the order of their file.
pub fn written<'a>(links: &'a [WrittenLink], target: &str) -> Option<&'a WrittenLink> {
    links.iter().find(|l| l.target == target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_links_inside_the_site_are_checked() {
        for t in ["../x/index.html", "x.pdf", "/abs/", "./"] {
            assert!(is_checked(t), "{t}");
        }
        for t in [
            "",
            "#top",
            "//cdn.example/x",
            "HTTPS://gov.uk",
            "http://a",
            "mailto:a@b",
            "tel:1",
            "data:x",
        ] {
            assert!(!is_checked(t), "{t}");
        }
    }
}
