//! `/search/`: the search page, with its index inline. Pure.

use crate::data;
use crate::i18n::{Arg, Say};
use crate::index::SiteIndex;
use crate::render::cards::{CategoryCard, category_cards};
use serde::Serialize;

/// What `search.html` gets.
#[derive(Serialize)]
pub(super) struct View {
    search_index: String,
    /// The words search.js says, in the page's language, as JSON for the page.
    search_words: String,
    categories: Vec<CategoryCard>,
    count: usize,
}

pub(super) fn view(ix: &SiteIndex, say: Say<'_>) -> View {
    View {
        search_index: data::search::for_html(&data::search::json(ix, say)),
        search_words: data::search::for_html(&words(say).to_string()),
        categories: category_cards(ix, say),
        count: ix.recs.len(),
    }
}

/// What search.js says, with `{count}`, `{what}`, `{query}`, `{status}`, `{limit}`, `{number}`,
/// `{title}` and `{names}` for it to fill in. A counted phrase is given once per plural category
/// of the language (`found.few`), for the script to choose with `Intl.PluralRules`.
fn words(say: Say<'_>) -> serde_json::Value {
    let keep = |k: &str| Arg::Text(format!("{{{k}}}"));
    let counted = |id: &str| -> serde_json::Map<String, serde_json::Value> {
        crate::i18n::plural_examples(say.lang)
            .iter()
            .map(|(category, n)| {
                let text = say.with(
                    id,
                    &[
                        ("count", Arg::Int(*n)),
                        ("shown", keep("count")),
                        ("what", keep("what")),
                    ],
                );
                ((*category).to_string(), serde_json::Value::String(text))
            })
            .collect()
    };
    serde_json::json!({
        "prompt": say.word("search-prompt"),
        "none": say.with("search-none", &[("what", keep("what"))]),
        "found": counted("search-found"),
        "more": say.with("search-more", &[("limit", keep("limit"))]),
        "for": say.with("search-for", &[("query", keep("query"))]),
        "status": say.with("search-in-status", &[("status", keep("status"))]),
        "title": say.with(
            "title-recommendation",
            &[("number", keep("number")), ("title", keep("title"))],
        ),
        "overdue": say.word("search-overdue"),
        "responsible": say.with("search-responsible", &[("names", keep("names"))]),
    })
}
