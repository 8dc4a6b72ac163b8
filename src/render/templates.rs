//! The theme as Tera 2 templates: the built-in theme compiled into the binary, with a site's own
//! templates overriding any single one by name (fallback prefix `builtin/`). Pure: the site's files
//! are read by `load::theme`.

use crate::error::FatalError;
use crate::i18n::{self, Lang, Messages};
use crate::load::theme::ThemeFiles;
use include_dir::{Dir, include_dir};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The built-in theme, `themes/default/` at compile time.
pub static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

const BUILTIN_PREFIX: &str = "builtin/";

/// Compiled templates and the static files to copy.
pub struct Theme {
    /// The theme's templates, compiled.
    pub tera: tera::Tera,
    /// Output path → bytes: the built-in static files, overridden by the site's.
    pub statics: BTreeMap<String, Vec<u8>>,
    /// The theme's words in every language: the built-in messages, the site's over them.
    pub messages: Arc<Messages>,
}

/// The built-in templates as (name, text).
pub fn builtin_templates() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    if let Some(dir) = BUILTIN.get_dir("templates") {
        collect(dir, "templates/", &mut out);
    }
    out.sort();
    out
}

fn collect(dir: &'static Dir<'static>, strip: &str, out: &mut Vec<(String, &'static str)>) {
    for f in dir.files() {
        if let Some(text) = f.contents_utf8() {
            let name = f.path().to_string_lossy().replace('\\', "/");
            out.push((name.strip_prefix(strip).unwrap_or(&name).to_string(), text));
        }
    }
    for d in dir.dirs() {
        collect(d, strip, out);
    }
}

fn builtin_statics(dir: &'static Dir<'static>, out: &mut BTreeMap<String, Vec<u8>>) {
    for f in dir.files() {
        let name = f.path().to_string_lossy().replace('\\', "/");
        out.insert(
            name.strip_prefix("static/").unwrap_or(&name).to_string(),
            f.contents().to_vec(),
        );
    }
    for d in dir.dirs() {
        builtin_statics(d, out);
    }
}

/// Compiles the built-in theme with the site's overrides on top.
pub fn compile(site_theme: &ThemeFiles, theme_name: &str) -> Result<Theme, FatalError> {
    let mut tera = tera::Tera::default();
    tera.set_fallback_prefixes([BUILTIN_PREFIX])
        .map_err(|e| template_error("(theme)", &e))?;
    tera.autoescape_on([".html", ".xml"]);
    // The words first: templates are checked for the functions they call as they are added.
    let messages = Arc::new(messages(site_theme, theme_name)?);
    super::say::register(&mut tera, Arc::clone(&messages));
    let mut all: Vec<(String, String)> = builtin_templates()
        .into_iter()
        .map(|(n, t)| (format!("{BUILTIN_PREFIX}{n}"), t.to_string()))
        .collect();
    all.extend(site_theme.templates.iter().cloned());
    tera.add_raw_templates(all.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .map_err(|e| {
            // Name the file the officer can open.
            let msg = format!("{e:#}");
            let culprit = all
                .iter()
                .find(|(n, _)| msg.contains(n.as_str()))
                .map(|(n, _)| match n.strip_prefix(BUILTIN_PREFIX) {
                    Some(b) => format!("{b} (built-in theme)"),
                    None => format!("themes/{theme_name}/templates/{n}"),
                })
                .unwrap_or_else(|| format!("a template of the theme `{theme_name}`"));
            template_error(&culprit, &e)
        })?;
    if let Some((template, id, lang)) =
        super::say::check_ids(all.iter().map(|(n, t)| (n.as_str(), t.as_str())), &messages)
            .into_iter()
            .next()
    {
        let shown = match template.strip_prefix(BUILTIN_PREFIX) {
            Some(b) => format!("{b} (built-in theme)"),
            None => format!("themes/{theme_name}/templates/{template}"),
        };
        return Err(FatalError::Template {
            path: shown,
            message: format!(
                "this template says the message `{id}`, which is not in the theme's words for {} ({}.ftl): add it to themes/{theme_name}/i18n/{}.ftl, or check the id for a typing mistake",
                lang.code(),
                lang.code(),
                lang.code()
            ),
        });
    }
    let mut statics = BTreeMap::new();
    if let Some(dir) = BUILTIN.get_dir("static") {
        builtin_statics(dir, &mut statics);
    }
    for (name, bytes) in &site_theme.statics {
        statics.insert(name.clone(), bytes.clone());
    }
    Ok(Theme {
        tera,
        statics,
        messages,
    })
}

/// The built-in theme's words with the site theme's message files (`i18n/<lang>.ftl`) over them.
fn messages(site_theme: &ThemeFiles, theme_name: &str) -> Result<Messages, FatalError> {
    let mut site = Vec::new();
    for (file, text) in &site_theme.messages {
        let path = format!("themes/{theme_name}/i18n/{file}");
        let lang = file
            .strip_suffix(".ftl")
            .and_then(Lang::from_code)
            .ok_or_else(|| FatalError::ThemeFile {
                path: path.clone(),
                message: "this is not a message file of a language followthrough knows".into(),
                hint: format!(
                    "name message files after their language's two-letter code: {}",
                    Lang::codes()
                        .into_iter()
                        .map(|c| format!("{c}.ftl"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })?;
        site.push(i18n::Source {
            lang,
            path,
            text: text.clone(),
        });
    }
    Messages::new(&i18n::builtin_sources(), &site).map_err(|b| FatalError::ThemeFile {
        path: format!("{}:{}:{}", b.path, b.line, b.column),
        message: b.to_string(),
        hint: "a message is `id = text` on one line; a text that goes on is indented on the lines below it; write `{\"{\"}` for a brace. Compare it with the built-in i18n files".into(),
    })
}

/// A Tera error with its whole chain of causes.
pub fn error_text(e: &tera::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(inner) = src {
        s.push_str("\n  ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    s
}

fn template_error(path: &str, e: &tera::Error) -> FatalError {
    FatalError::Template {
        path: path.to_string(),
        message: error_text(e),
    }
}
