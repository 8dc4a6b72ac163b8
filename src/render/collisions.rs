//! The one rule on where a theme's static files may go: never where the site makes a file of its
//! own (a page, the open data, a feed, the sitemap: anything in the OutputSet but the statics),
//! nor where a folder of those files goes, nor inside one of those files. `build`, `check` and
//! `serve` all ask `check` before any page is made. Pure: reads and writes nothing.
//!
//! Paths are compared without regard to case, on every computer. On Windows and macOS, and on
//! web servers such as IIS, `Index.HTML` and `index.html` are one file: a theme that built on
//! Linux would replace the home page once the site was copied there, and on those computers the
//! build itself would write both into one file, the last one winning. One rule everywhere keeps a
//! site that builds on one computer building on every other. (Unicode normalisation is not
//! considered: macOS keeps `é` in one form, Linux in either, and a theme file is rarely named so.)

use super::manifest::{Kind, Manifest, Output};
use crate::error::{Collision, FatalError};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Refuses a theme (`theme`, as named in site.yaml) whose static files would take the place of a
/// file the site makes: any output of `manifest` (its pages, open data, feeds and sitemap) that is
/// not a static file itself.
pub fn check(manifest: &Manifest, theme: &str) -> Result<(), FatalError> {
    let (statics, made): (Vec<&Output>, Vec<&Output>) = manifest
        .outputs
        .iter()
        .partition(|o| o.kind() == Kind::Static);
    let statics = statics.into_iter().map(|o| o.path.as_str());
    let made = made.into_iter().map(|o| (o.path.as_str(), o.kind()));
    let files = find(statics, made)
        .into_iter()
        .map(|(file, made, path)| Collision {
            theme_file: format!("themes/{theme}/static/{file}"),
            replaces: describe(made, &path, file),
        })
        .collect::<Vec<_>>();
    if files.is_empty() {
        Ok(())
    } else {
        Err(FatalError::ThemeCollision {
            theme: theme.to_string(),
            files,
        })
    }
}

/// Each static file (path under static/) that collides with a made file, with what is made there
/// and its path; at most one per static file, in the statics' order.
pub fn find<'a>(
    statics: impl IntoIterator<Item = &'a str>,
    made: impl IntoIterator<Item = (&'a str, Kind)>,
) -> Vec<(&'a str, Kind, String)> {
    // Folded static path → its name as written. Few, so made paths are looked up in it.
    let statics: BTreeMap<Cow<str>, &str> = statics.into_iter().map(|s| (fold(s), s)).collect();
    let mut found: BTreeMap<&str, (Kind, String)> = BTreeMap::new();
    for (path, what) in made {
        let folded = fold(path);
        // The same file, or a file where the made file needs a folder.
        let mut hit = statics.get(folded.as_ref()).copied();
        if hit.is_none() {
            hit = folded
                .match_indices('/')
                .find_map(|(i, _)| statics.get(&folded[..i]).copied());
        }
        // A static file inside the made file, as if it were a folder.
        if hit.is_none() {
            let below = format!("{folded}/");
            hit = statics
                .range::<str, _>((
                    std::ops::Bound::Included(below.as_str()),
                    std::ops::Bound::Unbounded,
                ))
                .next()
                .filter(|(k, _)| k.starts_with(&below))
                .map(|(_, s)| *s);
        }
        if let Some(s) = hit {
            found.entry(s).or_insert_with(|| (what, path.to_string()));
        }
    }
    found.into_iter().map(|(s, (m, p))| (s, m, p)).collect()
}

/// `s` in lower case (borrowed when it is already).
fn fold(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_uppercase) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// The address of an output path, as a reader types it: `reviews/a/index.html` → `/reviews/a/`.
fn address(path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some(dir) if dir.is_empty() || dir.ends_with('/') => format!("/{dir}"),
        _ => format!("/{path}"),
    }
}

/// What the static file `file` would replace, in words: `the home page / (index.html)`.
fn describe(made: Kind, path: &str, file: &str) -> String {
    let what = match made {
        Kind::Page if path == "index.html" => "the home page".to_string(),
        Kind::Page => "the page".to_string(),
        Kind::Feed => "the feed".to_string(),
        Kind::Data => "the open data file".to_string(),
        Kind::Sitemap => "the sitemap".to_string(),
        Kind::Static => "the theme's static file".to_string(),
        Kind::Document => "the report's Word document".to_string(),
    };
    let place = format!("{what} {} ({path} in the output)", address(path));
    let (f, p) = (fold(file), fold(path));
    if f == p {
        if file == path {
            place
        } else {
            format!("{place}, the same file where letter case does not count (Windows, macOS)")
        }
    } else if p.starts_with(f.as_ref()) {
        format!("the folder that {place} goes in")
    } else {
        format!("{place}, as if it were a folder")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages<'a>(paths: &[&'a str]) -> Vec<(&'a str, Kind)> {
        paths.iter().map(|p| (*p, Kind::Page)).collect()
    }

    #[test]
    fn a_static_file_at_a_page_path_collides() {
        let found = find(
            ["index.html", "style.css"],
            pages(&["index.html", "reviews/index.html"]),
        );
        assert_eq!(found, vec![("index.html", Kind::Page, "index.html".into())]);
    }

    #[test]
    fn a_static_file_differing_only_in_case_collides() {
        let found = find(["Index.HTML", "Data/Recommendations.json"], {
            let mut m = pages(&["index.html"]);
            m.push(("data/recommendations.json", Kind::Data));
            m
        });
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(describe(found[1].1, &found[1].2, found[1].0).contains("letter case"));
    }

    #[test]
    fn a_static_file_in_place_of_a_folder_or_inside_a_file_collides() {
        let found = find(
            [
                "reviews",
                "feed.xml/x.css",
                "reviews-extra.css",
                "data/logo.svg",
            ],
            vec![
                ("reviews/a/index.html", Kind::Page),
                ("feed.xml", Kind::Feed),
                ("data/index.html", Kind::Page),
            ],
        );
        let names: Vec<&str> = found.iter().map(|f| f.0).collect();
        assert_eq!(names, ["feed.xml/x.css", "reviews"]);
        assert!(describe(found[1].1, &found[1].2, found[1].0).starts_with("the folder that"));
        assert!(describe(found[0].1, &found[0].2, found[0].0).contains("as if it were a folder"));
    }

    #[test]
    fn addresses_are_as_a_reader_types_them() {
        assert_eq!(address("index.html"), "/");
        assert_eq!(address("reviews/a/index.html"), "/reviews/a/");
        assert_eq!(
            address("data/recommendations.json"),
            "/data/recommendations.json"
        );
        assert_eq!(address("404.html"), "/404.html");
    }
}
