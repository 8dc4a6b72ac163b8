//! What a page says about itself where it is shared (search results, link previews in messaging
//! apps and community groups): its description, made here alone from the page's content (a
//! review's summary, a recommendation's text, a page's own description), or from its title for
//! any kind of page that has none. Plain text, cut at a word. Pure: every page's frame gets it
//! from `description`; `meta.html` turns it into the tags.

use crate::i18n::{Arg, Say};
use crate::index::{Counts, PageKind, SiteIndex};
use crate::markdown::plain_text;

/// The longest description, in characters: about what search engines and link previews show.
pub const DESCRIPTION_CHARS: usize = 155;

/// The description of the page `kind`, titled `title`, in the language of `say`: plain text of at
/// most [`DESCRIPTION_CHARS`] characters.
pub fn description(ix: &SiteIndex, say: Say<'_>, kind: PageKind, title: &str) -> String {
    let c = &ix.site.config;
    let from_content = match kind {
        PageKind::Home | PageKind::Embed => Some(figures(say, &c.organisation, &ix.counts, ix)),
        PageKind::Review(i) | PageKind::EmbedReview(i) => {
            let r = &ix.site.reviews[i];
            Some(plain_text(&r.summary))
                .filter(|s| !s.is_empty())
                .or_else(|| Some(figures(say, &r.title, &ix.review_counts[i], ix)))
        }
        PageKind::Recommendation(i) => Some(plain_text(&ix.rec(i).recommendation)),
        PageKind::Indicator(i) => ix.site.indicators[i].description.as_deref().map(plain_text),
        PageKind::Page(i) => {
            let p = &ix.site.pages[i];
            p.description
                .as_deref()
                .map(plain_text)
                .or_else(|| Some(plain_text(&p.body)))
        }
        _ => None,
    };
    let text = from_content.filter(|s| !s.is_empty()).unwrap_or_else(|| {
        say.with(
            "meta-description-default",
            &[
                ("title", Arg::from(title)),
                ("site", Arg::from(c.title.as_str())),
                ("organisation", Arg::from(c.organisation.as_str())),
            ],
        )
    });
    cut(&text, DESCRIPTION_CHARS)
}

/// "Example Council: 12 of 40 recommendations done, 3 in progress, 1 overdue, as of 1 June 2014."
fn figures(say: Say<'_>, whose: &str, c: &Counts, ix: &SiteIndex) -> String {
    say.with(
        "meta-description-figures",
        &[
            ("whose", Arg::from(whose)),
            ("count", Arg::from(c.total)),
            ("done", Arg::from(c.done)),
            ("in_progress", Arg::from(c.in_progress)),
            ("overdue", Arg::from(c.overdue)),
            ("as_of", Arg::from(say.date(ix.as_of))),
        ],
    )
}

/// `text` cut to at most `max` characters, at the end of a word, with "…" when cut.
fn cut(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let head: String = text.chars().take(max - 1).collect();
    let head = match head.rsplit_once(' ') {
        Some((words, _)) if !words.is_empty() => words,
        _ => head.as_str(),
    };
    format!(
        "{}…",
        head.trim_end_matches([',', ';', ':', '.', ' ', '-', '–'])
    )
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn a_short_text_is_kept_whole() {
        assert_eq!(cut("Fix  the\nroofs.", 155), "Fix the roofs.");
    }

    #[test]
    fn a_long_text_is_cut_at_a_word_with_an_ellipsis_within_the_limit() {
        let text = "The council should publish every repair's target time, and report each quarter how many repairs met it, by trade and by area.";
        let out = cut(text, 60);
        assert!(out.chars().count() <= 60, "{out}");
        assert_eq!(
            out,
            "The council should publish every repair's target time, and…"
        );
    }

    #[test]
    fn one_long_word_is_cut_inside_it() {
        let out = cut(&"a".repeat(200), 10);
        assert_eq!(out.chars().count(), 10);
        assert!(out.ends_with('…'));
    }
}
