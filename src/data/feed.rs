//! Atom feeds (RFC 4287) of progress updates, made with atom_syndication: one for the site
//! (`feed.xml`) and one per review (`reviews/<slug>/feed.xml`). Each entry is one update: its
//! recommendation, its status and its text, linking to the recommendation's page.
//!
//! Addresses: with `base_url`, ids and links are absolute (`<base>reviews/x/10/#update-2014-08-31-1`).
//! Without it, links are relative to the feed file (a reader resolves them against the address
//! it fetched the feed from, so the site still works from any folder), and ids, which must be
//! absolute IRIs, are `urn:followthrough:` names made from the review, number, date and position.
//! Every date is the update's day at midnight UTC: never the clock. Pure.

use crate::i18n::{Arg, Say};
use crate::index::{self, SiteIndex, UpdateRef};
use atom_syndication::{
    Category, Content, Entry, Feed, FixedDateTime, Generator, Link, Person, Text, WriteConfig,
};
use chrono::{NaiveDate, TimeZone, Utc};

/// Feeds hold the newest updates only, as feeds usually do (a reader fetches the feed often, and
/// a feed of every update grows with the site); the whole history is on the updates pages and in
/// updates.csv, which the feed's subtitle says.
pub const FEED_LIMIT: usize = 50;

/// The file name of a feed, in the site root or a review's folder.
pub const FEED_FILE: &str = "feed.xml";

fn midnight(d: NaiveDate) -> FixedDateTime {
    Utc.from_utc_datetime(&d.and_hms_opt(0, 0, 0).unwrap_or_default())
        .fixed_offset()
}

/// What differs between the site's feed and a review's.
struct Scope<'a> {
    /// Where the feed is, relative to the site root: `feed.xml` or `reviews/x/feed.xml`.
    path: String,
    title: String,
    subtitle: String,
    /// The HTML page showing the same updates, relative to the site root.
    page: String,
    author: &'a str,
    /// The tail of the feed's `urn:` id without a base URL.
    urn: String,
    /// When there are no updates: the date the feed is as of.
    fallback: NaiveDate,
}

/// The site's feed.
pub fn site(ix: &SiteIndex, say: Say<'_>) -> Vec<u8> {
    let c = &ix.site.config;
    let dir = ix.lang_dir(say.lang);
    let scope = Scope {
        path: format!("{dir}{FEED_FILE}"),
        title: say.with(
            "feed-site-title",
            &[("site", Arg::from(say.content(&c.title)))],
        ),
        subtitle: say.with(
            "feed-site-subtitle",
            &[
                ("organisation", Arg::from(say.content(&c.organisation))),
                ("count", Arg::from(FEED_LIMIT)),
            ],
        ),
        page: ix.url_in(index::PageKind::Updates(1), say.lang),
        author: say.content(&c.organisation),
        urn: urn(ix, say, "site".into()),
        fallback: ix
            .site
            .reviews
            .iter()
            .filter_map(|r| r.updated.or(r.published))
            .max()
            .unwrap_or(ix.as_of),
    };
    write(ix, say, &scope, ix.updates.iter().copied())
}

/// The feed of review `ri`.
pub fn review(ix: &SiteIndex, say: Say<'_>, ri: usize) -> Vec<u8> {
    let r = &ix.site.reviews[ri];
    let range = ix.review_recs[ri].clone();
    let title = say.content(&r.title);
    let scope = Scope {
        path: format!(
            "{}{}{FEED_FILE}",
            ix.lang_dir(say.lang),
            index::routes::review_dir(&r.slug)
        ),
        title: say.with("feed-review-title", &[("review", Arg::from(title))]),
        subtitle: say.with(
            "feed-review-subtitle",
            &[
                ("review", Arg::from(title)),
                ("count", Arg::from(FEED_LIMIT)),
            ],
        ),
        page: ix.url_in(index::PageKind::Review(ri), say.lang),
        author: say.content(&r.organisation),
        urn: urn(ix, say, format!("review:{}", r.slug)),
        fallback: ix.review_updated[ri].or(r.published).unwrap_or(ix.as_of),
    };
    write(
        ix,
        say,
        &scope,
        ix.updates
            .iter()
            .copied()
            .filter(|(i, _)| range.contains(i)),
    )
}

/// The tail of a feed's or entry's `urn:` id: with the language after it for a language other
/// than the default, so that the same update in Welsh is another entry.
fn urn(ix: &SiteIndex, say: Say<'_>, tail: String) -> String {
    if say.lang == ix.site.config.languages.default_lang() {
        tail
    } else {
        format!("{tail}:{}", say.lang.code())
    }
}

/// `target` (relative to the site root) as seen from the feed: absolute with a base URL, else
/// relative to the feed file.
fn href(ix: &SiteIndex, scope: &Scope, target: &str) -> String {
    let target = target.strip_suffix("index.html").unwrap_or(target);
    match &ix.site.config.base_url {
        Some(base) => format!("{base}{target}"),
        None => {
            let up = "../".repeat(scope.path.matches('/').count());
            let t = format!("{up}{target}");
            if t.is_empty() { "./".into() } else { t }
        }
    }
}

fn write(
    ix: &SiteIndex,
    say: Say<'_>,
    scope: &Scope,
    updates: impl Iterator<Item = UpdateRef>,
) -> Vec<u8> {
    let c = &ix.site.config;
    let base = c.base_url.as_deref();
    let mut entries = Vec::new();
    for (idx, ui) in updates.take(FEED_LIMIT) {
        let e = &ix.recs[idx];
        let r = ix.rec(idx);
        let review = ix.review_of(idx);
        let u = &r.updates[ui];
        // Position among the recommendation's updates of the same day, for a stable id.
        let nth = r.updates[..=ui].iter().filter(|x| x.date == u.date).count();
        let day = u.date.format("%Y-%m-%d").to_string();
        let status = u.status.as_deref().and_then(|k| c.statuses.get(k));
        let link = href(
            ix,
            scope,
            &ix.url_in(index::PageKind::Recommendation(idx), say.lang),
        );
        let id = match base {
            Some(_) => format!("{link}#update-{day}-{nth}"),
            None => format!(
                "urn:followthrough:{}",
                urn(ix, say, format!("{}:{}:{day}:{nth}", review.slug, r.slug))
            ),
        };
        let number = Arg::from(r.number.as_str());
        let rec_title = Arg::from(say.content(&e.title));
        let label = status.map(|s| say.status_label(s));
        let title = match &label {
            Some(l) => say.with(
                "feed-entry-title-status",
                &[
                    ("number", number.clone()),
                    ("title", rec_title),
                    ("status", Arg::from(l.as_str())),
                ],
            ),
            None => say.with(
                "feed-entry-title",
                &[("number", number.clone()), ("title", rec_title)],
            ),
        };
        let mut html = String::new();
        if let Some(l) = &label {
            html.push_str(&format!(
                "<p>{} <strong>{}</strong></p>\n",
                crate::markdown::escape(&say.word("update-status")),
                crate::markdown::escape(l)
            ));
        }
        html.push_str(&e.html.get(say.lang).updates[ui]);
        html.push_str(&format!(
            "\n<p>{}</p>",
            crate::markdown::escape(&say.with(
                "feed-entry-footer",
                &[
                    ("review", Arg::from(say.content(&review.title))),
                    ("number", number)
                ],
            ))
        ));
        entries.push(Entry {
            title: Text::plain(title),
            id,
            updated: midnight(u.date),
            published: Some(midnight(u.date)),
            links: vec![Link {
                href: link.clone(),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Link::default()
            }],
            categories: status
                .map(|s| Category {
                    term: s.key.clone(),
                    scheme: None,
                    label: label.clone(),
                })
                .into_iter()
                .collect(),
            content: Some(Content {
                base: Some(link),
                lang: None,
                value: Some(html),
                src: None,
                content_type: Some("html".into()),
            }),
            ..Entry::default()
        });
    }
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .unwrap_or_else(|| midnight(scope.fallback));
    let feed = Feed {
        title: Text::plain(scope.title.clone()),
        subtitle: Some(Text::plain(scope.subtitle.clone())),
        id: match base {
            Some(_) => href(ix, scope, &scope.path),
            None => format!("urn:followthrough:{}", scope.urn),
        },
        updated,
        authors: vec![Person {
            name: scope.author.to_string(),
            ..Person::default()
        }],
        links: vec![
            Link {
                href: href(ix, scope, &scope.path),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
            Link {
                href: href(ix, scope, &scope.page),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Link::default()
            },
        ],
        generator: Some(Generator {
            value: "followthrough".into(),
            uri: None,
            version: None,
        }),
        lang: Some(ix.lang_tag(say.lang)),
        entries,
        ..Feed::default()
    };
    let config = WriteConfig {
        write_document_declaration: true,
        indent_size: Some(2),
    };
    let mut out = feed
        .write_with_config(Vec::new(), config)
        .unwrap_or_default();
    out.push(b'\n');
    out
}
