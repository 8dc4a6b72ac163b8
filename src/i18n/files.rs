//! One message file: its text as read (`Source`), parsed into a Fluent resource, or `Broken` at
//! the line and message where it stops making sense. Pure.

use super::Lang;
use fluent_bundle::FluentResource;

/// A message file's text, with the language it is for and where it was read from.
#[derive(Debug, Clone)]
pub struct Source {
    /// Its language (`cy` for `cy.ftl`).
    pub lang: Lang,
    /// Where it is, as the officer would look for it: `themes/council/i18n/cy.ftl`.
    pub path: String,
    /// Its text.
    pub text: String,
}

/// The built-in theme's message files, compiled into the binary.
pub fn builtin_sources() -> Vec<Source> {
    [
        (Lang::EN, include_str!("../../themes/default/i18n/en.ftl")),
        (Lang::CY, include_str!("../../themes/default/i18n/cy.ftl")),
    ]
    .into_iter()
    .map(|(lang, text)| Source {
        lang,
        path: format!("i18n/{}.ftl (built-in theme)", lang.code()),
        text: text.to_string(),
    })
    .collect()
}

/// A message file that does not parse: where, and in which message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The file.
    pub path: String,
    /// The line (from 1) where the problem is.
    pub line: usize,
    /// The column (from 1).
    pub column: usize,
    /// The id of the message the problem is in, when there is one.
    pub id: Option<String>,
    /// What the parser found wrong.
    pub message: String,
}

impl std::fmt::Display for Broken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.id {
            Some(id) => write!(f, "the message `{id}` could not be read: {}", self.message),
            None => write!(f, "this could not be read: {}", self.message),
        }
    }
}

/// Parses a message file; the first problem in it is `Broken`.
pub(super) fn parse(s: &Source) -> Result<FluentResource, Broken> {
    match FluentResource::try_new(s.text.clone()) {
        Ok(r) => Ok(r),
        Err((_, errors)) => {
            let e = &errors[0];
            // Where the broken message begins (the parser's slice starts after the last good
            // one, blank lines and comments included), else where the parser stopped.
            let at = e.pos.start.min(s.text.len());
            let begin = e.slice.as_ref().map_or(at, |r| {
                let from = r.start.min(at);
                s.text[from..at]
                    .lines()
                    .scan(from, |pos, l| {
                        let here = *pos;
                        *pos += l.len() + 1;
                        Some((here, l))
                    })
                    .find(|(_, l)| message_id(l).is_some())
                    .map_or(at, |(p, _)| p)
            });
            let id = s.text[begin..]
                .lines()
                .next()
                .and_then(message_id)
                .or_else(|| s.text[..at].lines().rev().find_map(message_id));
            let before = &s.text[..begin];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Broken {
                path: s.path.clone(),
                line,
                column,
                id,
                message: e.kind.to_string(),
            })
        }
    }
}

/// The id a line defines (`skip-link = ...`), if it starts a message.
fn message_id(line: &str) -> Option<String> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let ok = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then(|| id.to_string())
}
