//! `/pages/<slug>/`: a free page of the site's own (about, contact). Pure.

use crate::index::SiteIndex;
use serde::Serialize;

/// What `page.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    description: &'a Option<crate::model::Text>,
    body_html: &'a str,
}

pub(super) fn view(ix: &SiteIndex, i: usize) -> View<'_> {
    View {
        description: &ix.site.pages[i].description,
        body_html: &ix.pages_html[i],
    }
}
