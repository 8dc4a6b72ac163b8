//! Cards: the views of one review, status category or indicator, and a review's data links, as
//! the pages that list them (and their own pages) show them. Pure.

use super::life::{self, LifeCard};
use super::views::{CountsView, DateView, LinkView, category_label, counts, date, link};
use crate::i18n::Say;
use crate::index::{PageKind, SiteIndex, routes};
use crate::indicator::with_unit;
use crate::model::{Better, Category};
use serde::Serialize;

/// A review as listed on the home page and the reviews page.
#[derive(Serialize)]
pub struct ReviewCard<'a> {
    /// The review's title.
    pub title: &'a str,
    /// The title as HTML, marked with its language where it is the default's stand-in.
    pub title_html: String,
    /// The address of the review's page.
    pub url: String,
    /// The panel or committee that carried out the review.
    pub body: Option<&'a str>,
    /// The organisation the recommendations were made to.
    pub organisation: &'a str,
    /// When the report was published.
    pub published: Option<DateView>,
    /// When it was last brought up to date.
    pub updated: Option<DateView>,
    /// Its recommendations counted by category.
    pub counts: CountsView,
    /// Its life in short: stage, expected report, response due, impact rating.
    pub life: LifeCard,
    /// Why the review was chosen, if said.
    pub origin: Option<&'a str>,
}

/// The review at `i` of the index, as a card.
pub fn review_card<'a>(ix: &'a SiteIndex, say: Say<'_>, i: usize) -> ReviewCard<'a> {
    let r = &ix.site.reviews[i];
    ReviewCard {
        title: say.content(&r.title),
        title_html: super::views::marked(say, &r.title),
        url: ix.url(PageKind::Review(i)),
        body: r.body.as_ref().map(|b| say.content(b)),
        organisation: say.content(&r.organisation),
        published: r.published.map(|d| date(say, d)),
        updated: ix.review_updated[i].map(|d| date(say, d)),
        counts: counts(&ix.review_counts[i]),
        life: life::card(ix, say, i),
        origin: r.origin.as_deref(),
    }
}

/// Every review's card, in index order.
pub fn review_cards<'a>(ix: &'a SiteIndex, say: Say<'_>) -> Vec<ReviewCard<'a>> {
    (0..ix.site.reviews.len())
        .map(|i| review_card(ix, say, i))
        .collect()
}

/// A status category as the home page lists it.
#[derive(Serialize)]
pub struct CategoryCard {
    /// The category's key, for CSS classes (`in-progress`).
    pub key: &'static str,
    /// The category's label ("In progress").
    pub label: String,
    /// The address of the category's page.
    pub url: String,
    /// How many recommendations are in it.
    pub count: usize,
}

/// A status category with how many recommendations are in it.
pub fn category_card(ix: &SiteIndex, say: Say<'_>, c: Category, count: usize) -> CategoryCard {
    CategoryCard {
        key: c.key(),
        label: category_label(say, c),
        url: ix.url(PageKind::Status(c, 1)),
        count,
    }
}

/// Every status category, with the site's counts.
pub fn category_cards(ix: &SiteIndex, say: Say<'_>) -> Vec<CategoryCard> {
    Category::ALL
        .iter()
        .map(|c| category_card(ix, say, *c, ix.counts.of(*c)))
        .collect()
}

/// Where an indicator stands, for lists and for its own page.
#[derive(Serialize)]
pub struct IndicatorCard<'a> {
    /// The indicator's id: its file name and URL segment.
    pub id: &'a str,
    /// The indicator's title.
    pub title: &'a str,
    /// The address of the indicator's page.
    pub url: String,
    /// `%`, `days`, or empty.
    pub unit: &'a str,
    /// "Higher is better".
    pub better: String,
    /// `higher` or `lower`, for the style.
    pub better_key: &'static str,
    /// The latest period with a figure, and the figure.
    pub latest_period: Option<&'a str>,
    /// That figure, with its unit.
    pub latest_value: Option<String>,
    /// The newest period, when it has no figure ("n/a") and so is not the latest figure.
    pub newest_missing: Option<&'a str>,
    /// The figure aimed for, with its unit.
    pub target: Option<String>,
    /// `on-target`, `off-target`, `no-target`, `no-figure`, and the same in words.
    pub status_key: &'static str,
    /// The status in words ("Off target").
    pub status_label: String,
    /// "98.1%, target 98.5%: below target".
    pub summary: String,
    /// "up 9.2 points since 2023, better".
    pub direction: Option<String>,
    /// `better`, `worse` or `same`, for the direction's style.
    pub direction_key: Option<&'static str>,
    /// An arrow for the way the figure moved (▲ or ▼), hidden from screen readers: the words say it.
    pub movement: Option<&'static str>,
    /// One sentence per benchmark: "4.7 points above Sector median (74%), better".
    pub benchmarks: Vec<String>,
    /// Where the figures come from, if given.
    pub source: Option<LinkView<'a>>,
}

/// The indicator at `i` of the site, as a card.
pub fn indicator_card<'a>(ix: &'a SiteIndex, say: Say<'_>, i: usize) -> IndicatorCard<'a> {
    let ind = &ix.site.indicators[i];
    let r = crate::indicator::read(ind, say);
    let newest = ind.values.last();
    IndicatorCard {
        id: &ind.id,
        title: say.content(&ind.title),
        url: ix.url(PageKind::Indicator(i)),
        unit: &ind.unit,
        better: say.word(if ind.better == Better::Higher {
            "indicator-higher-better"
        } else {
            "indicator-lower-better"
        }),
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
        status_label: say.with(
            "indicator-status",
            &[("key", crate::i18n::Arg::Text(r.status.key().into()))],
        ),
        summary: r.summary,
        direction: r.direction,
        direction_key: r.change.as_ref().map(|c| match c.better {
            Some(true) => "better",
            Some(false) => "worse",
            None => "same",
        }),
        movement: r
            .change
            .as_ref()
            .and_then(|c| c.up.map(|up| if up { "▲" } else { "▼" })),
        benchmarks: r.benchmarks,
        source: ind.source.as_ref().map(|l| link(say, l)),
    }
}

/// A review's open data and feed, relative to the site root.
#[derive(Serialize)]
pub struct DataLinks {
    /// The review's title.
    pub title: String,
    /// The address of the review's page.
    pub url: String,
    /// The site's recommendations as JSON, every review's in one file (each object names its
    /// review): there is no JSON file per review.
    pub json: String,
    /// Its recommendations as CSV.
    pub csv: String,
    /// Its updates as CSV.
    pub updates: String,
    /// Its feed of updates.
    pub feed: String,
}

/// The data links of the review at `ri`.
pub fn data_links(ix: &SiteIndex, say: Say<'_>, ri: usize) -> DataLinks {
    let r = &ix.site.reviews[ri];
    let dir = crate::data::review_data_dir(&r.slug);
    DataLinks {
        title: say.content(&r.title).to_string(),
        url: ix.url(PageKind::Review(ri)),
        json: format!("{}{}", crate::data::DATA_DIR, crate::data::RECS_JSON),
        csv: format!("{dir}{}", crate::data::RECS_CSV),
        updates: format!("{dir}{}", crate::data::UPDATES_CSV),
        feed: format!(
            "{}{}",
            routes::review_dir(&r.slug),
            crate::data::feed::FEED_FILE
        ),
    }
}
