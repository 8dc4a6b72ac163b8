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

/// The first link to `target` among `links`, which are in the order of their file.
pub fn written<'a>(links: &'a [WrittenLink], target: &str) -> Option<&'a WrittenLink> {
    links.iter().find(|l| l.target == target)
}
