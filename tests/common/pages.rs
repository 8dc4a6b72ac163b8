//! The helpers every test helper shares (`common` and `data_support` both include this file):
//! copying a fixture folder, and reading a page as a reader sees it.
#![allow(dead_code)]

use std::path::Path;

/// Copies the folder `from` (files and folders, recursively) into `to`, which it makes.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else if entry.file_type().is_file() {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// The `<main>` element of a page (from `<main` up to `</main>`).
pub fn main_of(html: &str) -> &str {
    let start = html.find("<main").expect("page has <main>");
    let end = html.find("</main>").expect("page has </main>");
    &html[start..end]
}

/// Tags removed, entities decoded, whitespace collapsed.
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text_of`, with no space left before a comma, a full stop or a colon that followed a tag: a
/// sentence as a reader reads it.
pub fn words(html: &str) -> String {
    text_of(html)
        .replace(" ,", ",")
        .replace(" .", ".")
        .replace(" :", ":")
}
