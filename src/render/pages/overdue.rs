//! `/overdue/`: recommendations past their deadline, then those not updated for too long. Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
use crate::render::views::{RecRow, rec_row};
use serde::Serialize;

/// What `overdue.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    overdue: Vec<RecRow<'a>>,
    not_updated: Vec<RecRow<'a>>,
    stale_after_days: u32,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>) -> View<'a> {
    View {
        overdue: ix.overdue.iter().map(|&i| rec_row(ix, say, i)).collect(),
        not_updated: ix
            .not_updated
            .iter()
            .map(|&i| rec_row(ix, say, i))
            .collect(),
        stale_after_days: ix.site.config.stale_after_days,
    }
}
