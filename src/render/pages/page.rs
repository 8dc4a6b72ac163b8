//! `/pages/<slug>/`: a free page of the site's own (about, contact), in the page's language
//! (`about.cy.md`). Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
use serde::Serialize;

/// What `page.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    description: Option<&'a str>,
    body_html: &'a str,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, i: usize) -> View<'a> {
    View {
        description: ix.site.pages[i]
            .description
            .as_ref()
            .map(|d| say.content(d)),
        body_html: ix.pages_html[i].get(say.lang),
    }
}
