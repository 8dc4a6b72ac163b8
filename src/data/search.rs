//! The search index: every recommendation's number, title, opening text, responsible parties,
//! theme and status, made at build time as compact JSON (arrays, not objects; each review,
//! status, party and theme written once) for the search page's own small script. Pure.

use crate::i18n::Say;
use crate::index::SiteIndex;
use crate::markdown::plain_text;
use serde::Serialize;
use std::collections::BTreeMap;

/// The recommendation text kept for searching, in characters: the opening words, which say what
/// was asked. Measured: the example site's 30 recommendations make a 6.3 KB index; 10,000 make
/// 2.7 MB (235 KB gzipped), where keeping 300 characters made 4.1 MB.
pub const TEXT_CHARS: usize = 200;

/// `{"v": 1, "reviews": [[slug, title]], "statuses": [[key, label, category]], "parties": [name],
/// "themes": [name], "recs": [Rec]}`: each review, status, party and theme written once.
#[derive(Serialize)]
struct SearchIndex<'a> {
    /// Format version, so a theme's script can tell.
    v: u8,
    reviews: Vec<(&'a str, &'a str)>,
    statuses: Vec<(&'a str, String, &'static str)>,
    parties: Vec<&'a str>,
    /// Index 0 is "no theme".
    themes: Vec<&'a str>,
    recs: Vec<Rec<'a>>,
}

/// One recommendation: review, number, URL slug, title, text, responsible parties, theme,
/// status (indexes into the tables above), overdue (1 or 0).
#[derive(Serialize)]
struct Rec<'a>(
    usize,
    &'a str,
    &'a str,
    &'a str,
    String,
    Vec<usize>,
    usize,
    usize,
    u8,
);

/// The index as JSON, its texts in `say`'s language (each language's search page has its own).
pub fn json(ix: &SiteIndex, say: Say<'_>) -> String {
    let lang = say.lang;
    let statuses = &ix.site.config.statuses.0;
    let mut parties: BTreeMap<&str, usize> = BTreeMap::new();
    let mut themes: BTreeMap<&str, usize> = BTreeMap::new();
    for i in 0..ix.recs.len() {
        let r = ix.rec(i);
        for p in &r.responsible {
            parties.entry(p.as_str()).or_insert(0);
        }
        themes
            .entry(r.theme.as_ref().map_or("", |t| t.get(lang).text))
            .or_insert(0);
    }
    themes.entry("").or_insert(0);
    for (n, v) in parties.values_mut().enumerate() {
        *v = n;
    }
    for (n, v) in themes.values_mut().enumerate() {
        *v = n;
    }
    let recs = (0..ix.recs.len())
        .map(|i| {
            let e = &ix.recs[i];
            let r = ix.rec(i);
            let text: String = plain_text(r.recommendation.get(lang).text)
                .chars()
                .take(TEXT_CHARS)
                .collect();
            let status = statuses.iter().position(|s| s.key == r.status).unwrap_or(0);
            let who = r.responsible.iter().map(|p| parties[p.as_str()]).collect();
            let theme = themes[r.theme.as_ref().map_or("", |t| t.get(lang).text)];
            Rec(
                e.review,
                r.number.as_str(),
                &r.slug,
                e.title.get(lang).text,
                text,
                who,
                theme,
                status,
                u8::from(e.facts.overdue),
            )
        })
        .collect();
    let index = SearchIndex {
        v: 1,
        reviews: ix
            .site
            .reviews
            .iter()
            .map(|r| (r.slug.as_str(), r.title.get(lang).text))
            .collect(),
        statuses: statuses
            .iter()
            .map(|s| (s.key.as_str(), say.status_label(s), s.category.key()))
            .collect(),
        parties: parties.into_keys().collect(),
        themes: themes.into_keys().collect(),
        recs,
    };
    serde_json::to_string(&index).unwrap_or_else(|_| "{}".into())
}

/// The index made safe to put inside `<script type="application/json">`: no `<` at all, so no
/// `</script>` can end the element early (`\u003c` is the same character to JSON).
pub fn for_html(json: &str) -> String {
    json.replace('<', "\\u003c")
}
