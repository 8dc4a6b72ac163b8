//! `/you-said-we-did/` and `/reviews/<slug>/you-said-we-did/`: what each recommendation asked
//! ("you said") beside what was done ("we did"), by theme. On a large site the site-wide page
//! lists the reviews only, and each review's pairs are on its own page. Pure.

use crate::i18n::Say;
use crate::index::{PageKind, SiteIndex};
use crate::render::cards::{ReviewCard, review_card};
use crate::render::views::{DateView, RecRow, date, rec_row};
use serde::Serialize;

/// Above this many recommendations, /you-said-we-did/ lists the reviews and each review's pairs
/// are on its own page.
pub const YOU_SAID_ON_ONE_PAGE: usize = 150;

/// What `you-said-we-did.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    reviews: Vec<ReviewPairs<'a>>,
    summary_only: bool,
    single_review: bool,
}

/// The whole site's page (`None`) or one review's.
pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, which: Option<usize>) -> View<'a> {
    let whole = which.is_none();
    let summary_only = whole && ix.recs.len() > YOU_SAID_ON_ONE_PAGE;
    let reviews: Vec<usize> = match which {
        Some(ri) => vec![ri],
        None => (0..ix.site.reviews.len()).collect(),
    };
    View {
        reviews: reviews
            .iter()
            .map(|&ri| review_pairs(ix, say, ri, !summary_only))
            .collect(),
        summary_only,
        single_review: !whole,
    }
}

/// "You said" beside "we did" for one recommendation.
#[derive(Serialize)]
struct Pair<'a> {
    rec: RecRow<'a>,
    said_html: &'a str,
    response_text_html: Option<&'a str>,
    did_html: Option<&'a str>,
    did_date: Option<DateView>,
    did_is_outcome: bool,
}

#[derive(Serialize)]
struct ThemePairs<'a> {
    heading: Option<String>,
    pairs: Vec<Pair<'a>>,
}

#[derive(Serialize)]
struct ReviewPairs<'a> {
    review: ReviewCard<'a>,
    url: String,
    themes: Vec<ThemePairs<'a>>,
}

/// One review's pairs grouped by theme (themeless ones last); `with_pairs: false` for a summary.
fn review_pairs<'a>(
    ix: &'a SiteIndex,
    say: Say<'_>,
    ri: usize,
    with_pairs: bool,
) -> ReviewPairs<'a> {
    let mut themes: Vec<ThemePairs> = Vec::new();
    for i in ix.review_recs[ri].clone().filter(|_| with_pairs) {
        let e = &ix.recs[i];
        let r = ix.rec(i);
        let html = e.html.get(say.lang);
        let (did_html, did_date, did_is_outcome) = match (&html.outcome, r.updates.last()) {
            (Some(o), _) => (Some(o.as_str()), None, true),
            (None, Some(u)) => (
                html.updates.last().map(String::as_str),
                Some(date(say, u.date)),
                false,
            ),
            (None, None) => (None, None, false),
        };
        let pair = Pair {
            rec: rec_row(ix, say, i),
            said_html: &html.recommendation,
            response_text_html: html.response_text.as_deref(),
            did_html,
            did_date,
            did_is_outcome,
        };
        match themes
            .iter_mut()
            .find(|t| t.heading.as_deref() == r.theme.as_ref().map(|t| say.content(t)))
        {
            Some(t) => t.pairs.push(pair),
            None => themes.push(ThemePairs {
                heading: r.theme.as_ref().map(|t| say.content(t).to_string()),
                pairs: vec![pair],
            }),
        }
    }
    if let Some(pos) = themes.iter().position(|t| t.heading.is_none()) {
        let t = themes.remove(pos);
        let named = !themes.is_empty();
        themes.push(ThemePairs {
            heading: named.then(|| say.word("group-other")),
            ..t
        });
    }
    ReviewPairs {
        review: review_card(ix, say, ri),
        url: ix.url(PageKind::YouSaidWeDid(Some(ri))),
        themes,
    }
}
