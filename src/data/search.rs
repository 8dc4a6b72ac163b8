//! The search index: every recommendation's number, title, text, responsible parties, theme and
//! status, made at build time as compact JSON (arrays, not objects, and each review and status
//! written once) for the search page's own small script. Pure.

use crate::index::SiteIndex;
use crate::markdown::plain_text;
use serde::Serialize;

/// The recommendation text kept for searching, in characters: enough for the words that matter,
/// small enough that the index of 10,000 recommendations stays a few megabytes.
pub const TEXT_CHARS: usize = 300;

/// `{"reviews": [[slug, title]], "statuses": [[key, label, category]], "recs": [Rec]}`.
#[derive(Serialize)]
struct SearchIndex<'a> {
    /// Format version, so a theme's script can tell.
    v: u8,
    reviews: Vec<(&'a str, &'a str)>,
    statuses: Vec<(&'a str, &'a str, &'static str)>,
    recs: Vec<Rec<'a>>,
}

/// One recommendation: review index, number, URL slug, title, text, responsible, theme, status
/// index, overdue (1 or 0).
#[derive(Serialize)]
struct Rec<'a>(usize, &'a str, &'a str, &'a str, String, String, &'a str, usize, u8);

/// The index as JSON.
pub fn json(ix: &SiteIndex) -> String {
    let statuses = &ix.site.config.statuses.0;
    let recs = (0..ix.recs.len())
        .map(|i| {
            let e = &ix.recs[i];
            let r = ix.rec(i);
            let text: String = plain_text(&r.recommendation).chars().take(TEXT_CHARS).collect();
            let status = statuses.iter().position(|s| s.key == r.status).unwrap_or(0);
            Rec(e.review, r.number.as_str(), &r.slug, &e.title, text, r.responsible.join(", "), r.theme.as_deref().unwrap_or(""), status, u8::from(e.facts.overdue))
        })
        .collect();
    let index = SearchIndex {
        v: 1,
        reviews: ix.site.reviews.iter().map(|r| (r.slug.as_str(), r.title.as_str())).collect(),
        statuses: statuses.iter().map(|s| (s.key.as_str(), s.label.as_str(), s.category.key())).collect(),
        recs,
    };
    serde_json::to_string(&index).unwrap_or_else(|_| "{}".into())
}

/// The index made safe to put inside `<script type="application/json">`: no `<` at all, so no
/// `</script>` can end the element early (`\u003c` is the same character to JSON).
pub fn for_html(json: &str) -> String {
    json.replace('<', "\\u003c")
}
