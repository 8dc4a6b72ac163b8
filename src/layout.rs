//! The content layout, in one place: where each kind of file lives in the site folder
//! (`content/site.yaml`, the glossary, `content/reviews/<slug>/index.md` beside its recommendation
//! files, `content/pages/*.md`, `content/indicators/*.yaml`, `content/tsm/*.yaml`,
//! `content/reports/*.yaml`, `themes/<name>/templates` and
//! `static`), which names are never content (editor temp files), and what a changed path is by
//! where it stands. `load`, `watch` and serve's session ask it; names and paths only: must not
//! touch files or print.

/// The folder of the content, in the site folder.
pub const CONTENT: &str = "content";
/// The site's settings.
pub const SITE_FILE: &str = "content/site.yaml";
/// Abbreviations and what they stand for.
pub const GLOSSARY_FILE: &str = "content/glossary.yaml";
/// One folder per review.
pub const REVIEWS: &str = "content/reviews";
/// One Markdown file per page.
pub const PAGES: &str = "content/pages";
/// One YAML file per performance indicator.
pub const INDICATORS: &str = "content/indicators";
/// One YAML file per year of Tenant Satisfaction Measures (`2024-25.yaml`).
pub const TSM: &str = "content/tsm";
/// One YAML file per monitoring report to committee.
pub const REPORTS: &str = "content/reports";
/// A review folder's own file: its front matter and summary.
pub const REVIEW_INDEX: &str = "index.md";
/// The folder of the site's themes, one folder each.
pub const THEMES: &str = "themes";
/// A theme's templates.
pub const TEMPLATES: &str = "templates";
/// A theme's files copied as they are.
pub const STATIC: &str = "static";
/// A theme's message files, one per language (`cy.ftl`).
pub const I18N: &str = "i18n";

/// Files an editor leaves behind while saving: never content.
pub fn is_editor_temp(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name == "4913"
}

/// Whether a file of a review folder, by its name, is a recommendation (`.yaml`, `.yml`, `.md`).
pub fn is_record_name(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".md")
}

/// A Markdown document's translation, by its name: `about.cy.md` is `about`'s in `cy`. Only a
/// known language code counts (`notes.old.md` is not a translation); whether the site has that
/// language is for `validate` to say.
pub fn translation_of(name: &str) -> Option<(&str, &str)> {
    let (stem, code) = name.strip_suffix(".md")?.rsplit_once('.')?;
    (!stem.is_empty() && crate::model::Lang::from_code(code).is_some()).then_some((stem, code))
}

/// The translation into `code` of the Markdown file `name` (`index.md` → `index.cy.md`).
pub fn translation_name(name: &str, code: &str) -> String {
    format!("{}.{code}.md", name.strip_suffix(".md").unwrap_or(name))
}

/// A file or folder directly in `content/reviews/`.
pub fn in_reviews(name: &str) -> String {
    format!("{REVIEWS}/{name}")
}

/// A file of the review folder `slug`.
pub fn in_review(slug: &str, name: &str) -> String {
    format!("{REVIEWS}/{slug}/{name}")
}

/// The index.md of the review folder `slug`.
pub fn review_index(slug: &str) -> String {
    in_review(slug, REVIEW_INDEX)
}

/// A file of `content/pages/`.
pub fn in_pages(name: &str) -> String {
    format!("{PAGES}/{name}")
}

/// A page's slug, from its file name: Markdown files only.
pub fn page_slug(name: &str) -> Option<&str> {
    name.strip_suffix(".md")
}

/// A file of `content/indicators/`.
pub fn in_indicators(name: &str) -> String {
    format!("{INDICATORS}/{name}")
}

/// An indicator's id, from its file name: YAML files only.
pub fn indicator_id(name: &str) -> Option<&str> {
    name.strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))
}

/// A file of `content/tsm/`.
pub fn in_tsm(name: &str) -> String {
    format!("{TSM}/{name}")
}

/// A file of `content/reports/`.
pub fn in_reports(name: &str) -> String {
    format!("{REPORTS}/{name}")
}

/// The folder of the theme `name`, relative to the site folder.
pub fn theme_folder(name: &str) -> String {
    format!("{THEMES}/{name}")
}

/// What a path in the site folder (its parts, relative to the site folder) is, by where it
/// stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    /// `content/site.yaml`.
    SiteFile,
    /// A file directly in a review folder: the folder's slug and the file's name.
    InReview {
        /// The review folder's name.
        slug: &'a str,
        /// The file's name.
        name: &'a str,
    },
    /// Further down inside a review folder (never read).
    BelowReview {
        /// The review folder's name.
        slug: &'a str,
    },
    /// Anything else under `content/`, or `content/` itself.
    Content,
    /// `themes/` itself.
    Themes,
    /// The folder of a theme, its `static/` folder, or anything under its `templates/` or its
    /// `i18n/` (its message files): the theme is compiled again.
    ThemeTemplates {
        /// The theme's folder name.
        theme: &'a str,
    },
    /// A file under a theme's `static/`: its parts below `static/`.
    ThemeStatic {
        /// The theme's folder name.
        theme: &'a str,
        /// The file's path below `static/`, part by part.
        file: &'a [&'a str],
    },
    /// Anything else: never part of the site.
    Elsewhere,
}

/// Where the path whose parts are `parts` stands.
pub fn place<'a>(parts: &'a [&'a str]) -> Place<'a> {
    match parts {
        ["content", "site.yaml"] => Place::SiteFile,
        ["content", "reviews", slug, name] => Place::InReview { slug, name },
        ["content", "reviews", slug, _, _, ..] => Place::BelowReview { slug },
        ["content", ..] => Place::Content,
        ["themes"] => Place::Themes,
        ["themes", theme, rest @ ..] => match rest {
            [] | ["static"] | ["templates", ..] | ["i18n", ..] => Place::ThemeTemplates { theme },
            ["static", file @ ..] => Place::ThemeStatic { theme, file },
            _ => Place::Elsewhere,
        },
        _ => Place::Elsewhere,
    }
}

/// The slug of the review folder a content path (with `/`) is in, if it is in one.
pub fn review_of(rel: &str) -> Option<&str> {
    rel.strip_prefix(REVIEWS)?
        .strip_prefix('/')?
        .split('/')
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `path` stands where `want` says.
    fn is(path: &str, want: Place<'_>) {
        let parts: Vec<&str> = path.split('/').collect();
        assert_eq!(place(&parts), want, "{path}");
    }

    #[test]
    fn places() {
        is("content/site.yaml", Place::SiteFile);
        let name = "1.yaml";
        is(
            "content/reviews/r/1.yaml",
            Place::InReview { slug: "r", name },
        );
        is("content/reviews/r/a/b", Place::BelowReview { slug: "r" });
        is("content/reviews/r", Place::Content);
        is("content/pages/about.md", Place::Content);
        is("themes", Place::Themes);
        is("themes/t/static", Place::ThemeTemplates { theme: "t" });
        is(
            "themes/t/templates/page.html",
            Place::ThemeTemplates { theme: "t" },
        );
        let file = &["css", "site.css"][..];
        is(
            "themes/t/static/css/site.css",
            Place::ThemeStatic { theme: "t", file },
        );
        is("themes/t/i18n/cy.ftl", Place::ThemeTemplates { theme: "t" });
        is("themes/t/notes.txt", Place::Elsewhere);
        is("output/index.html", Place::Elsewhere);
        assert_eq!(review_of("content/reviews/r/1.yaml"), Some("r"));
        assert_eq!(review_of("content/pages/about.md"), None);
        assert_eq!(review_index("r"), "content/reviews/r/index.md");
        assert_eq!(translation_of("about.cy.md"), Some(("about", "cy")));
        assert_eq!(translation_of("index.cy.md"), Some(("index", "cy")));
        assert_eq!(translation_of("notes.old.md"), None);
        assert_eq!(translation_of("about.md"), None);
        assert_eq!(translation_name("index.md", "cy"), "index.cy.md");
    }
}
