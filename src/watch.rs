//! File events → what they ask to be rebuilt, for `serve`: a pure classification of one changed
//! path by where `layout` says it stands (table-tested, as Zola's `serve` does), the merging of a
//! burst of changes into one `Plan`, and the folders to watch. Must not read files, rebuild or
//! print; never looks into `output/`.

use crate::layout::{self, Place, is_editor_temp};
use notify::event::{EventKind, MetadataKind, ModifyKind};
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// What one changed path means for the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `content/site.yaml`: any page may change, and the theme with it.
    Config,
    /// A file or folder under `content/` (relative to the site folder, with `/`).
    Content(String),
    /// A template of the site's theme, or the theme's folders themselves.
    Template,
    /// A file under the theme's `static/` folder (the path under `static/`, with `/`).
    Static(String),
}

/// Classifies a changed path, or `None` when it cannot affect the site: `output/`, editor
/// temporary and swap files, hidden files and folders (`.git`), other themes, anything outside
/// the site folder.
pub fn classify(path: &Path, root: &Path, theme: &str) -> Option<Change> {
    let rel = path.strip_prefix(root).ok()?;
    let mut parts = Vec::new();
    for c in rel.components() {
        match c {
            Component::Normal(s) => parts.push(s.to_str()?),
            _ => return None,
        }
    }
    if parts.iter().any(|p| is_editor_temp(p)) {
        return None;
    }
    match layout::place(&parts) {
        Place::SiteFile => Some(Change::Config),
        Place::InReview { .. } | Place::BelowReview { .. } | Place::Content => {
            Some(Change::Content(parts.join("/")))
        }
        Place::Themes => Some(Change::Template),
        Place::ThemeTemplates { theme: t } if t == theme => Some(Change::Template),
        Place::ThemeStatic { theme: t, file } if t == theme => Some(Change::Static(file.join("/"))),
        _ => None,
    }
}

/// Whether an event of this kind can change the site. Reading a file (which every rebuild does)
/// cannot: acting on it would rebuild for ever.
pub fn matters(kind: &EventKind) -> bool {
    !matches!(
        kind,
        EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime))
    )
}

/// Everything a burst of changes asks for, merged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Read everything again: site.yaml changed, or the watcher lost track of events.
    pub everything: bool,
    /// Content files or folders added, changed or removed.
    pub content: BTreeSet<String>,
    /// The theme's templates (or its folders) changed.
    pub templates: bool,
    /// Static files of the theme added, changed or removed.
    pub statics: BTreeSet<String>,
}

impl Plan {
    /// The plan for the first build.
    pub fn everything() -> Plan {
        Plan {
            everything: true,
            ..Plan::default()
        }
    }

    /// Adds one change to the plan.
    pub fn add(&mut self, change: Change) {
        match change {
            Change::Config => self.everything = true,
            Change::Content(p) => {
                self.content.insert(p);
            }
            Change::Template => self.templates = true,
            Change::Static(p) => {
                self.statics.insert(p);
            }
        }
    }

    /// Merges a later plan into this one.
    pub fn merge(&mut self, other: Plan) {
        self.everything |= other.everything;
        self.templates |= other.templates;
        self.content.extend(other.content);
        self.statics.extend(other.statics);
    }

    /// Nothing to rebuild.
    pub fn is_empty(&self) -> bool {
        !self.everything && !self.templates && self.content.is_empty() && self.statics.is_empty()
    }

    /// Up to three paths it is about, for a message such as "after a change to …".
    pub fn describe(&self) -> String {
        if self.everything {
            return layout::SITE_FILE.into();
        }
        let mut names: Vec<String> = self.content.iter().cloned().collect();
        if self.templates {
            names.push("the theme's templates".into());
        }
        names.extend(self.statics.iter().map(|s| format!("static file {s}")));
        let more = names.len().saturating_sub(3);
        names.truncate(3);
        let mut s = names.join(", ");
        if more > 0 {
            s.push_str(&format!(" and {more} more"));
        }
        s
    }
}

/// The folders to watch, each with whether to watch inside it recursively: `content/` (which holds
/// site.yaml) and the theme's folder, plus the site folder and `themes/` alone, so that a theme
/// folder created later is noticed. Never `output/`. Only folders that exist are listed.
pub fn roots(root: &Path, theme: &str, exists: impl Fn(&Path) -> bool) -> Vec<(PathBuf, bool)> {
    let candidates = [
        (root.to_path_buf(), false),
        (root.join(layout::CONTENT), true),
        (root.join(layout::THEMES), false),
        (root.join(layout::theme_folder(theme)), true),
    ];
    candidates.into_iter().filter(|(p, _)| exists(p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, AccessMode, CreateKind, DataChange, RemoveKind, RenameMode};

    #[test]
    fn classifies_each_kind_of_path() {
        use Change::*;
        let root = Path::new("/site");
        let content = |p: &str| Some(Content(p.to_string()));
        let cases: &[(&str, Option<Change>)] = &[
            // content
            ("/site/content/site.yaml", Some(Config)),
            (
                "/site/content/glossary.yaml",
                content("content/glossary.yaml"),
            ),
            (
                "/site/content/reviews/r/1.yaml",
                content("content/reviews/r/1.yaml"),
            ),
            (
                "/site/content/reviews/r/10a.md",
                content("content/reviews/r/10a.md"),
            ),
            (
                "/site/content/reviews/r/index.md",
                content("content/reviews/r/index.md"),
            ),
            (
                "/site/content/reviews/new-review",
                content("content/reviews/new-review"),
            ),
            (
                "/site/content/pages/about.md",
                content("content/pages/about.md"),
            ),
            ("/site/content", content("content")),
            // editor temporary and swap files, hidden files
            ("/site/content/reviews/r/.1.yaml.swp", None),
            ("/site/content/reviews/r/1.yaml~", None),
            ("/site/content/reviews/r/#1.yaml#", None),
            ("/site/content/reviews/r/.#1.yaml", None),
            ("/site/content/reviews/r/4913", None),
            ("/site/content/reviews/r/1.yaml.tmp", None),
            ("/site/content/.DS_Store", None),
            ("/site/.git/index", None),
            ("/site/content/.git/HEAD", None),
            // the built site, and other folders
            ("/site/output/index.html", None),
            ("/site/output", None),
            ("/site/README.md", None),
            ("/site", None),
            ("/elsewhere/content/site.yaml", None),
            // the theme
            ("/site/themes", Some(Template)),
            ("/site/themes/civic", Some(Template)),
            ("/site/themes/civic/templates/base.html", Some(Template)),
            ("/site/themes/civic/templates", Some(Template)),
            ("/site/themes/civic/static", Some(Template)),
            (
                "/site/themes/civic/static/style.css",
                Some(Static("style.css".into())),
            ),
            (
                "/site/themes/civic/static/img/logo.png",
                Some(Static("img/logo.png".into())),
            ),
            ("/site/themes/civic/templates/.base.html.swp", None),
            ("/site/themes/civic/README.md", None),
            ("/site/themes/other/templates/base.html", None),
            ("/site/themes/other/static/style.css", None),
        ];
        for (path, want) in cases {
            assert_eq!(&classify(Path::new(path), root, "civic"), want, "{path}");
        }
    }

    #[test]
    fn reading_a_file_is_not_a_change() {
        let cases = [
            (EventKind::Access(AccessKind::Open(AccessMode::Read)), false),
            (
                EventKind::Access(AccessKind::Close(AccessMode::Read)),
                false,
            ),
            (
                EventKind::Access(AccessKind::Close(AccessMode::Write)),
                false,
            ),
            (
                EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)),
                false,
            ),
            (EventKind::Create(CreateKind::File), true),
            (EventKind::Create(CreateKind::Folder), true),
            (EventKind::Modify(ModifyKind::Data(DataChange::Any)), true),
            (EventKind::Modify(ModifyKind::Name(RenameMode::Both)), true),
            (
                EventKind::Modify(ModifyKind::Metadata(MetadataKind::Permissions)),
                true,
            ),
            (EventKind::Remove(RemoveKind::File), true),
            (EventKind::Remove(RemoveKind::Folder), true),
            (EventKind::Any, true),
            (EventKind::Other, true),
        ];
        for (kind, want) in cases {
            assert_eq!(matters(&kind), want, "{kind:?}");
        }
    }

    #[test]
    fn a_burst_of_changes_merges_into_one_plan() {
        let mut plan = Plan::default();
        assert!(plan.is_empty());
        for c in [
            Change::Content("content/reviews/r/1.yaml".into()),
            Change::Content("content/reviews/r/1.yaml".into()),
            Change::Static("a.css".into()),
        ] {
            plan.add(c);
        }
        assert_eq!(plan.content.len(), 1);
        assert!(!plan.everything && !plan.templates);
        let mut later = Plan::default();
        later.add(Change::Config);
        plan.merge(later);
        assert!(plan.everything);
        assert_eq!(plan.describe(), "content/site.yaml");
    }

    #[test]
    fn describes_what_changed() {
        let mut plan = Plan::default();
        for i in 1..=5 {
            plan.add(Change::Content(format!("content/reviews/r/{i}.yaml")));
        }
        assert_eq!(
            plan.describe(),
            "content/reviews/r/1.yaml, content/reviews/r/2.yaml, content/reviews/r/3.yaml and 2 more"
        );
    }

    #[test]
    fn watches_content_and_the_theme_but_never_output() {
        let root = Path::new("/site");
        let all = roots(root, "civic", |_| true);
        assert_eq!(
            all,
            vec![
                (PathBuf::from("/site"), false),
                (PathBuf::from("/site/content"), true),
                (PathBuf::from("/site/themes"), false),
                (PathBuf::from("/site/themes/civic"), true),
            ]
        );
        assert!(all.iter().all(|(p, _)| !p.ends_with("output")));
        let no_theme = roots(root, "default", |p| !p.starts_with("/site/themes"));
        assert_eq!(no_theme.len(), 2);
    }
}
