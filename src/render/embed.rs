//! Share and embed: what an embed shows (the site's headline figures, or one review's progress by
//! status category), and the snippets that put it on another site's page (an `<iframe>`, and plain
//! HTML for editors that strip iframes), as the home and review pages offer them. The embeds'
//! fixed sizes live here alone, for the snippet and the tests. Pure: addresses come from the
//! route table.

use super::views::{CountsView, category_label, counts};
use crate::i18n::Say;
use crate::index::{Counts, PageKind, SiteIndex};
use crate::model::Category;
use serde::Serialize;

/// The width an embed's `<iframe>` asks for, in CSS pixels; the snippet lets it shrink to fit
/// (down to 280 pixels, which the embeds are made to read well at).
pub const EMBED_WIDTH: u32 = 800;

/// The fixed height of an embed's `<iframe>`, in CSS pixels: tall enough for the embed at 280
/// pixels wide, the narrowest it is made for.
pub fn embed_height(kind: PageKind) -> u32 {
    match kind {
        PageKind::EmbedReview(_) => 400,
        _ => 360,
    }
}

/// One status category in an embed: its words, its colour (by key) and its count.
#[derive(Serialize)]
pub struct Part {
    /// The category's key, for its colour (`in-progress`).
    pub key: &'static str,
    /// The category in words, in the page's language ("In progress").
    pub label: String,
    /// How many recommendations are in it.
    pub count: usize,
}

/// The figures an embed (and the HTML snippet) shows, as of the build.
#[derive(Serialize)]
pub struct Figures<'a> {
    /// What the figures are of: the site's title, or the review's.
    pub heading: &'a str,
    /// The full page they come from, relative to the site root.
    pub page_url: String,
    /// The counts by category, overdue and not updated.
    pub counts: CountsView,
    /// Each status category with its count, in dashboard order, leaving out the empty ones.
    pub parts: Vec<Part>,
    /// Whether these are one review's figures (else the whole site's).
    pub is_review: bool,
}

/// The figures of the embed `kind` (`Embed` or `EmbedReview`); any other kind of page gets the
/// figures of the page it would embed, or the site's.
pub fn figures<'a>(ix: &'a SiteIndex, say: Say<'_>, kind: PageKind) -> Figures<'a> {
    let (heading, c, is_review) = match kind.embed().unwrap_or(kind) {
        PageKind::EmbedReview(i) => (
            ix.site.reviews[i].title.as_str(),
            &ix.review_counts[i],
            true,
        ),
        _ => (ix.site.config.title.as_str(), &ix.counts, false),
    };
    Figures {
        heading,
        page_url: ix.url(kind.embed().unwrap_or(kind).full_page()),
        counts: counts(c),
        parts: parts(say, c),
        is_review,
    }
}

fn parts(say: Say<'_>, c: &Counts) -> Vec<Part> {
    Category::ALL
        .into_iter()
        .map(|cat| Part {
            key: cat.key(),
            label: category_label(say, cat),
            count: c.of(cat),
        })
        .filter(|p| p.count > 0)
        .collect()
}

/// What the "Show this on your website" details of a page get: the embed's address and size
/// for the `<iframe>` snippet, and the figures and addresses for the HTML snippet.
#[derive(Serialize)]
pub struct Share<'a> {
    /// The embed's address: absolute from `base_url`, else relative to the site root.
    pub embed_src: String,
    /// The embed's title, for the `<iframe>`'s `title`.
    pub embed_title: String,
    /// The full page's address, as `embed_src`.
    pub page_href: String,
    /// The site's home page's address, as `embed_src`.
    pub home_href: String,
    /// Whether the addresses are absolute; when not (no `base_url`), the page says to put the
    /// site's address in front of them.
    pub absolute: bool,
    /// The `<iframe>`'s width, in CSS pixels.
    pub width: u32,
    /// The `<iframe>`'s fixed height, in CSS pixels.
    pub height: u32,
    /// The figures, as of the build.
    pub figures: Figures<'a>,
}

/// The share details of the page `kind`, if it has an embed (the home page, and the pages of
/// reviews that have recommendations: a review still under way has no progress to show).
pub fn share<'a>(ix: &'a SiteIndex, say: Say<'_>, kind: PageKind) -> Option<Share<'a>> {
    let embed = kind.embed()?;
    if let PageKind::Review(i) = kind
        && ix.review_counts[i].total == 0
    {
        return None;
    }
    let address = |k: PageKind| {
        ix.absolute(k, say.lang).unwrap_or_else(|| {
            let path = ix
                .url_in(k, say.lang)
                .trim_end_matches("index.html")
                .to_string();
            if path.is_empty() { "./".into() } else { path }
        })
    };
    Some(Share {
        embed_src: address(embed),
        embed_title: say.text(&ix.route(embed, say.lang).title),
        page_href: address(kind),
        home_href: address(PageKind::Home),
        absolute: ix.site.config.base_url.is_some(),
        width: EMBED_WIDTH,
        height: embed_height(embed),
        figures: figures(ix, say, embed),
    })
}
