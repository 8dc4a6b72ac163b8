//! `/embed/` and `/embed/reviews/<slug>/`: the site's headline figures and a review's progress,
//! small and self-contained for an `<iframe>` on another site (see `render::embed`). Pure.

use crate::i18n::Say;
use crate::index::{PageKind, SiteIndex};
use crate::render::embed::{Figures, figures};
use serde::Serialize;

/// What `embed.html` and `embed-review.html` get.
#[derive(Serialize)]
pub(super) struct View<'a> {
    figures: Figures<'a>,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, kind: PageKind) -> View<'a> {
    View {
        figures: figures(ix, say, kind),
    }
}
