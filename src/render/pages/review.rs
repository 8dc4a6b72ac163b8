//! `/reviews/<slug>/`: one review, its recommendations by theme, its documents and open data.
//! Pure.

use crate::i18n::Say;
use crate::index::{PageKind, SiteIndex};
use crate::render::cards::{DataLinks, ReviewCard, data_links, review_card};
use crate::render::life::{self, LifeView};
use crate::render::views::{
    DateView, Group, LinkView, StatusCount, by_theme, date, link, status_breakdown,
};
use serde::Serialize;

/// What `review.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    review: ReviewCard<'a>,
    summary_html: &'a str,
    response_date: Option<DateView>,
    documents: Vec<LinkView<'a>>,
    breakdown: Vec<StatusCount<'a>>,
    groups: Vec<Group<'a>>,
    source: &'a str,
    review_feed: String,
    data_links: DataLinks,
    you_said_url: String,
    life: LifeView<'a>,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, i: usize) -> View<'a> {
    let r = &ix.site.reviews[i];
    let range = ix.review_recs[i].clone();
    let links = data_links(ix, say, i);
    View {
        review: review_card(ix, say, i),
        summary_html: ix.review_summaries[i].get(say.lang),
        response_date: r.response_date.map(|d| date(say, d)),
        documents: r.documents.iter().map(|l| link(say, l)).collect(),
        breakdown: status_breakdown(ix, say, range.clone()),
        groups: by_theme(ix, say, range),
        source: &r.source,
        review_feed: links.feed.clone(),
        data_links: links,
        you_said_url: ix.url(PageKind::YouSaidWeDid(Some(i))),
        life: life::view(ix, say, i),
    }
}
