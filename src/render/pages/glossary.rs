//! `/glossary/`: every abbreviation and what it means. Pure.

use crate::index::SiteIndex;
use serde::Serialize;

#[derive(Serialize)]
struct Entry<'a> {
    abbr: &'a str,
    meaning: &'a str,
}

/// What `glossary.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    entries: Vec<Entry<'a>>,
}

pub(super) fn view(ix: &SiteIndex) -> View<'_> {
    View {
        entries: ix
            .site
            .glossary
            .0
            .iter()
            .map(|(a, m)| Entry {
                abbr: a,
                meaning: m,
            })
            .collect(),
    }
}
