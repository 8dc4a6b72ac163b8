//! Cards: the views of one review, status category or indicator, and a review's data links, as
//! the pages that list them (and their own pages) show them. Pure.

use super::views::{CountsView, DateView, LinkView, counts, date, link};
use crate::index::{PageKind, SiteIndex, routes};
use crate::indicator::with_unit;
use crate::model::{Better, Category};
use serde::Serialize;

#[derive(Serialize)]
pub struct ReviewCard<'a> {
    pub title: &'a str,
    pub url: String,
    pub body: Option<&'a str>,
    pub organisation: &'a str,
    pub published: Option<DateView>,
    pub updated: Option<DateView>,
    pub counts: CountsView,
}

pub fn review_card(ix: &SiteIndex, i: usize) -> ReviewCard<'_> {
    let r = &ix.site.reviews[i];
    ReviewCard {
        title: &r.title,
        url: ix.url(PageKind::Review(i)),
        body: r.body.as_deref(),
        organisation: &r.organisation,
        published: r.published.map(date),
        updated: ix.review_updated[i].map(date),
        counts: counts(&ix.review_counts[i]),
    }
}

/// Every review's card, in index order.
pub fn review_cards(ix: &SiteIndex) -> Vec<ReviewCard<'_>> {
    (0..ix.site.reviews.len())
        .map(|i| review_card(ix, i))
        .collect()
}

#[derive(Serialize)]
pub struct CategoryCard {
    pub key: &'static str,
    pub label: &'static str,
    pub url: String,
    pub count: usize,
}

/// A status category with how many recommendations are in it.
pub fn category_card(ix: &SiteIndex, c: Category, count: usize) -> CategoryCard {
    CategoryCard {
        key: c.key(),
        label: c.label(),
        url: ix.url(PageKind::Status(c)),
        count,
    }
}

/// Every status category, with the site's counts.
pub fn category_cards(ix: &SiteIndex) -> Vec<CategoryCard> {
    Category::ALL
        .iter()
        .map(|c| category_card(ix, *c, ix.counts.of(*c)))
        .collect()
}

/// Where an indicator stands, for lists and for its own page.
#[derive(Serialize)]
pub struct IndicatorCard<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub url: String,
    pub unit: &'a str,
    /// "Higher is better".
    pub better: &'static str,
    pub better_key: &'static str,
    /// The latest period with a figure, and the figure.
    pub latest_period: Option<&'a str>,
    pub latest_value: Option<String>,
    /// The newest period, when it has no figure ("n/a") and so is not the latest figure.
    pub newest_missing: Option<&'a str>,
    pub target: Option<String>,
    /// `on-target`, `off-target`, `no-target`, `no-figure`, and the same in words.
    pub status_key: &'static str,
    pub status_label: &'static str,
    /// "98.1%, target 98.5%: below target".
    pub summary: &'a str,
    /// "up 9.2 points since 2023, better".
    pub direction: Option<&'a str>,
    /// `better`, `worse` or `same`, for the direction's style.
    pub direction_key: Option<&'static str>,
    /// An arrow for the way the figure moved (▲ or ▼), hidden from screen readers: the words say it.
    pub movement: Option<&'static str>,
    pub benchmarks: &'a [String],
    pub source: Option<LinkView<'a>>,
}

pub fn indicator_card(ix: &SiteIndex, i: usize) -> IndicatorCard<'_> {
    let ind = &ix.site.indicators[i];
    let r = &ix.readings[i];
    let newest = ind.values.last();
    IndicatorCard {
        id: &ind.id,
        title: &ind.title,
        url: ix.url(PageKind::Indicator(i)),
        unit: &ind.unit,
        better: if ind.better == Better::Higher {
            "Higher is better"
        } else {
            "Lower is better"
        },
        better_key: ind.better.key(),
        latest_period: r.latest.map(|l| ind.values[l].period.label.as_str()),
        latest_value: r
            .latest
            .and_then(|l| ind.values[l].value)
            .map(|f| with_unit(f, &ind.unit)),
        newest_missing: newest
            .filter(|v| v.value.is_none() && r.latest.is_some())
            .map(|v| v.period.label.as_str()),
        target: ind.target.map(|t| with_unit(t, &ind.unit)),
        status_key: r.status.key(),
        status_label: r.status.label(),
        summary: &r.summary,
        direction: r.direction.as_deref(),
        direction_key: r.change.as_ref().map(|c| match c.better {
            Some(true) => "better",
            Some(false) => "worse",
            None => "same",
        }),
        movement: r.change.as_ref().and_then(|c| {
            if c.amount.starts_with("up") {
                Some("▲")
            } else if c.amount.starts_with("down") {
                Some("▼")
            } else {
                None
            }
        }),
        benchmarks: &r.benchmarks,
        source: ind.source.as_ref().map(link),
    }
}

/// A review's open data and feed, relative to the site root.
#[derive(Serialize)]
pub struct DataLinks {
    pub title: String,
    pub url: String,
    pub json: String,
    pub csv: String,
    pub updates: String,
    pub feed: String,
}

pub fn data_links(ix: &SiteIndex, ri: usize) -> DataLinks {
    let r = &ix.site.reviews[ri];
    let dir = crate::data::review_data_dir(&r.slug);
    DataLinks {
        title: r.title.clone(),
        url: ix.url(PageKind::Review(ri)),
        json: format!("{dir}{}", crate::data::RECS_JSON),
        csv: format!("{dir}{}", crate::data::RECS_CSV),
        updates: format!("{dir}{}", crate::data::UPDATES_CSV),
        feed: format!(
            "{}{}",
            routes::review_dir(&r.slug),
            crate::data::feed::FEED_FILE
        ),
    }
}
