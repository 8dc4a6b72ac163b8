//! `/glossary/`: every abbreviation and what it means, in the page's language. Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
use serde::Serialize;

#[derive(Serialize)]
struct Entry<'a> {
    abbr: &'a str,
    /// The meaning in the page's language, for `<abbr title>`.
    meaning: &'a str,
    /// The meaning as HTML, marked with its language where it is the default's stand-in.
    meaning_html: String,
}

/// What `glossary.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    entries: Vec<Entry<'a>>,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>) -> View<'a> {
    View {
        entries: ix
            .site
            .glossary
            .0
            .iter()
            .map(|(a, m)| Entry {
                abbr: a,
                meaning: say.content(m),
                meaning_html: crate::render::views::marked(say, m),
            })
            .collect(),
    }
}
