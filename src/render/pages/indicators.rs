//! `/indicators/`: every performance indicator against its target. Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
use crate::render::cards::{IndicatorCard, indicator_card};
use serde::Serialize;

/// What `indicators.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    indicators: Vec<IndicatorCard<'a>>,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>) -> View<'a> {
    View {
        indicators: (0..ix.site.indicators.len())
            .map(|i| indicator_card(ix, say, i))
            .collect(),
    }
}
