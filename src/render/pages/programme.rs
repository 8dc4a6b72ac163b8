//! `/programme/`: the work programme. Every review by the stage of its life: proposed, under way
//! (with the report's expected date), awaiting the response (late ones first), being monitored,
//! assessed (with the rating in words), then closed and withdrawn. Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
use crate::render::cards::{ReviewCard, review_card};
use crate::render::life::{Group, group};
use serde::Serialize;

/// What `programme.html` gets: the reviews of each group, in the order described.
#[derive(Serialize)]
pub(super) struct View<'a> {
    proposed: Vec<ReviewCard<'a>>,
    under_way: Vec<ReviewCard<'a>>,
    awaiting: Vec<ReviewCard<'a>>,
    monitoring: Vec<ReviewCard<'a>>,
    assessed: Vec<ReviewCard<'a>>,
    closed: Vec<ReviewCard<'a>>,
    withdrawn: Vec<ReviewCard<'a>>,
    late: usize,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>) -> View<'a> {
    let reviews = &ix.site.reviews;
    let of = |g: Group| -> Vec<usize> {
        (0..reviews.len())
            .filter(|&i| group(reviews[i].stage, reviews[i].impact.is_some()) == g)
            .collect()
    };
    let cards = |idxs: Vec<usize>| idxs.into_iter().map(|i| review_card(ix, say, i)).collect();
    let mut under_way = of(Group::UnderWay);
    // The soonest expected report first; those with no date after.
    under_way.sort_by_key(|&i| (reviews[i].expected.is_none(), reviews[i].expected, i));
    let mut awaiting = of(Group::Awaiting);
    // Late first, the latest of them first; then the soonest due.
    awaiting.sort_by_key(|&i| {
        let f = &ix.review_life[i];
        (!f.late, -f.days_late, f.response_due, i)
    });
    let mut assessed = of(Group::Assessed);
    // The newest assessment first.
    assessed.sort_by_key(|&i| {
        (
            std::cmp::Reverse(reviews[i].impact.as_ref().map(|x| x.date)),
            i,
        )
    });
    View {
        proposed: cards(of(Group::Proposed)),
        under_way: cards(under_way),
        awaiting: cards(awaiting),
        monitoring: cards(of(Group::Monitoring)),
        assessed: cards(assessed),
        closed: cards(of(Group::Closed)),
        withdrawn: cards(of(Group::Withdrawn)),
        late: ix.late_responses.len(),
    }
}
