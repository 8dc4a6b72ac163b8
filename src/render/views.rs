//! The small views the pages' views (`pages::*`) are made of: dates, deadlines, statuses, parties,
//! a recommendation as a row, groups of rows, counts, updates. They borrow from the SiteIndex and
//! take their URLs from its route table; nothing here is a copy of the whole site. Pure.

use crate::i18n::{Arg, Say};
use crate::index::{self, Counts, PageKind, RecEntry, SiteIndex};
use crate::markdown::abbr_html;
use crate::model::{Category, Deadline, Link, Recommendation, Response, StatusDef, Text};
use chrono::NaiveDate;
use serde::Serialize;

/// A date as templates show it.
#[derive(Serialize, Clone)]
pub struct DateView {
    /// `2014-08-31`, for `<time datetime>`.
    pub iso: String,
    /// "31 August 2014".
    pub display: String,
}

/// The date as a template shows it, in the page's language.
pub fn date(say: Say<'_>, d: NaiveDate) -> DateView {
    use chrono::Datelike;
    DateView {
        iso: format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        display: say.date(d),
    }
}

/// A deadline as templates show it.
#[derive(Serialize)]
pub struct DeadlineView {
    /// The work has no end date.
    pub ongoing: bool,
    /// The date, unless ongoing.
    pub date: Option<DateView>,
    /// "30 April 2014" or "Ongoing".
    pub display: String,
}

/// The deadline as a template shows it.
pub fn deadline(say: Say<'_>, d: Deadline) -> DeadlineView {
    match d {
        Deadline::Date(x) => {
            let v = date(say, x);
            DeadlineView {
                ongoing: false,
                display: v.display.clone(),
                date: Some(v),
            }
        }
        Deadline::Ongoing => DeadlineView {
            ongoing: true,
            date: None,
            display: say.word("deadline-ongoing"),
        },
    }
}

/// A status as templates show it.
#[derive(Serialize)]
pub struct StatusView<'a> {
    /// The status key, as written in content files.
    pub key: &'a str,
    /// The status label, in the page's language when it is one of the default vocabulary's;
    /// the key itself when the vocabulary lacks it.
    pub label: String,
    /// The key of its category, for CSS classes (`in-progress`).
    pub category: &'static str,
    /// The label of its category ("In progress").
    pub category_label: String,
}

/// The status with this key; one the vocabulary lacks shows as not started.
pub fn status<'a>(ix: &'a SiteIndex, say: Say<'_>, key: &'a str) -> StatusView<'a> {
    match ix.site.config.statuses.get(key) {
        Some(s) => StatusView {
            key,
            label: status_label(say, s),
            category: s.category.key(),
            category_label: category_label(say, s.category),
        },
        None => StatusView {
            key,
            label: key.to_string(),
            category: Category::NotStarted.key(),
            category_label: category_label(say, Category::NotStarted),
        },
    }
}

/// A status's label: the theme's words for a status of the default vocabulary with its default
/// label (`status-complete`), the label as the site wrote it otherwise.
pub fn status_label(say: Say<'_>, s: &StatusDef) -> String {
    say.status_label(s)
}

/// A category's label in the page's language ("In progress", "Ar y gweill").
pub fn category_label(say: Say<'_>, c: Category) -> String {
    say.with("category-label", &[("key", Arg::Text(c.key().into()))])
}

/// A response's label in the page's language ("Agreed", "Derbyniwyd").
pub fn response_label(say: Say<'_>, r: Response) -> String {
    say.with("response-label", &[("key", Arg::Text(r.key().into()))])
}

/// Someone responsible, as a link to their page.
#[derive(Serialize)]
pub struct PartyRef<'a> {
    /// The name as written.
    pub name: &'a str,
    /// The glossary meaning, when the name is an abbreviation.
    pub meaning: Option<&'a str>,
    /// The address of the party's page.
    pub url: String,
}

/// The names as links to their parties' pages, with their meanings.
pub fn parties<'a>(ix: &'a SiteIndex, say: Say<'_>, names: &'a [String]) -> Vec<PartyRef<'a>> {
    names
        .iter()
        .map(|n| PartyRef {
            name: n,
            meaning: ix.glossaries.get(say.lang).lookup(n),
            url: ix.party_url(n),
        })
        .collect()
}

/// What a row warns of: overdue, silent, slipped, closed without an outcome.
#[derive(Serialize)]
pub struct Flags {
    /// The current deadline has passed and the work is still open.
    pub overdue: bool,
    /// Days past the current deadline (0 when not overdue).
    pub days_overdue: i64,
    /// "3 days", "5 months", "12 years".
    pub overdue_for: String,
    /// How long since the last update, in words, when it is known.
    pub not_updated_for: Option<String>,
    /// Open, and nothing recorded for longer than the site allows.
    pub not_updated: bool,
    /// Days since the last update, when known.
    pub days_since_update: Option<i64>,
    /// The deadline has been moved.
    pub slipped: bool,
    /// Done or closed, but nothing says what was done or why.
    pub closed_without_outcome: bool,
    /// Share of its actions that are done, 0–100, where its actions have a status.
    pub progress: Option<u8>,
}

/// One recommendation as a row of a table.
#[derive(Serialize)]
pub struct RecRow<'a> {
    /// Its number as published.
    pub number: &'a str,
    /// Its title, or the first sentence of its text.
    pub title: &'a str,
    /// The title as HTML, marked with its language where it is the default's stand-in.
    pub title_html: String,
    /// The address of its page.
    pub url: &'a str,
    /// The theme it is grouped under, if any.
    pub theme: Option<&'a str>,
    /// The title of its review.
    pub review_title: &'a str,
    /// The address of its review's page.
    pub review_url: String,
    /// Who is responsible for it.
    pub responsible: Vec<PartyRef<'a>>,
    /// The label of the response ("Partially agreed").
    pub response: String,
    /// The response key (`partially-agreed`), for templates to test.
    pub response_key: &'static str,
    /// Its current status.
    pub status: StatusView<'a>,
    /// The deadline in force, if any.
    pub deadline: Option<DeadlineView>,
    /// The original deadline, shown only when it has slipped.
    pub original_deadline: Option<DeadlineView>,
    /// The date of its latest update.
    pub last_updated: Option<DateView>,
    /// What the row warns of.
    pub flags: Flags,
    /// An extension or a closure asked for and not yet decided.
    pub requests: super::requests::Requests,
}

/// The recommendation at `idx` of the index, as a row.
pub fn rec_row<'a>(ix: &'a SiteIndex, say: Say<'_>, idx: usize) -> RecRow<'a> {
    let e: &RecEntry = &ix.recs[idx];
    let review = &ix.site.reviews[e.review];
    let r: &Recommendation = &review.recommendations[e.rec];
    let f = &e.facts;
    RecRow {
        number: r.number.as_str(),
        title: say.content(&e.title),
        title_html: marked(say, &e.title),
        url: &e.url,
        theme: r.theme.as_ref().map(|t| say.content(t)),
        review_title: say.content(&review.title),
        review_url: ix.url(PageKind::Review(e.review)),
        responsible: parties(ix, say, &r.responsible),
        response: response_label(say, r.response),
        response_key: r.response.key(),
        status: status(ix, say, &r.status),
        deadline: f.current_deadline.map(|d| deadline(say, d)),
        original_deadline: if f.slipped {
            r.deadline.map(|d| deadline(say, d))
        } else {
            None
        },
        last_updated: f.last_updated.map(|d| date(say, d)),
        flags: Flags {
            overdue: f.overdue,
            days_overdue: f.days_overdue,
            overdue_for: say.duration(f.days_overdue),
            not_updated_for: f.days_since_update.map(|d| say.duration(d)),
            not_updated: f.not_updated,
            days_since_update: f.days_since_update,
            slipped: f.slipped,
            closed_without_outcome: f.closed_without_outcome,
            progress: f.progress,
        },
        requests: super::requests::requests(say, f),
    }
}

/// Rows grouped under a heading (a theme, or a review).
#[derive(Serialize)]
pub struct Group<'a> {
    /// The group's heading; `None` when nothing is grouped under a name.
    pub heading: Option<String>,
    /// The address the heading links to (a review's page), if any.
    pub url: Option<String>,
    /// The rows, in order.
    pub rows: Vec<RecRow<'a>>,
}

/// Groups recommendations by theme, in order of first appearance.
pub fn by_theme<'a>(
    ix: &'a SiteIndex,
    say: Say<'_>,
    idxs: impl IntoIterator<Item = usize>,
) -> Vec<Group<'a>> {
    let mut groups: Vec<Group> = Vec::new();
    for i in idxs {
        let theme = ix.rec(i).theme.as_ref().map(|t| say.content(t).to_string());
        match groups.iter_mut().find(|g| g.heading == theme) {
            Some(g) => g.rows.push(rec_row(ix, say, i)),
            None => groups.push(Group {
                heading: theme,
                url: None,
                rows: vec![rec_row(ix, say, i)],
            }),
        }
    }
    // Recommendations without a theme come last, under "Other recommendations" when others have one.
    if let Some(pos) = groups.iter().position(|g| g.heading.is_none()) {
        let g = groups.remove(pos);
        let named = !groups.is_empty();
        groups.push(Group {
            heading: named.then(|| say.word("group-other")),
            ..g
        });
    }
    groups
}

/// Groups recommendations by review, in index order.
pub fn by_review<'a>(
    ix: &'a SiteIndex,
    say: Say<'_>,
    idxs: impl IntoIterator<Item = usize>,
) -> Vec<Group<'a>> {
    let mut groups: Vec<(usize, Group)> = Vec::new();
    for i in idxs {
        let ri = ix.recs[i].review;
        match groups.last_mut().filter(|(r, _)| *r == ri) {
            Some((_, g)) => g.rows.push(rec_row(ix, say, i)),
            None => {
                let review = &ix.site.reviews[ri];
                groups.push((
                    ri,
                    Group {
                        heading: Some(say.content(&review.title).to_string()),
                        url: Some(ix.url(PageKind::Review(ri))),
                        rows: vec![rec_row(ix, say, i)],
                    },
                ))
            }
        }
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

/// The counts as templates read them (`counts.total`, `counts.done` ...), with the share done.
#[derive(Serialize)]
pub struct CountsView {
    /// The counts by category, overdue and not updated.
    #[serde(flatten)]
    pub counts: Counts,
    /// Done, as a whole percentage of all.
    pub percent_done: u32,
}

/// The counts as templates read them.
pub fn counts(c: &Counts) -> CountsView {
    CountsView {
        counts: *c,
        percent_done: c.percent_done(),
    }
}

/// A status of the vocabulary with how many recommendations have it.
#[derive(Serialize)]
pub struct StatusCount<'a> {
    /// The status.
    pub status: StatusView<'a>,
    /// How many recommendations have it.
    pub count: usize,
}

/// Each status of the vocabulary with how many of `idxs` have it, leaving out those none have.
pub fn status_breakdown<'a>(
    ix: &'a SiteIndex,
    say: Say<'_>,
    idxs: impl IntoIterator<Item = usize> + Clone,
) -> Vec<StatusCount<'a>> {
    ix.site
        .config
        .statuses
        .0
        .iter()
        .map(|s| StatusCount {
            status: status(ix, say, &s.key),
            count: idxs
                .clone()
                .into_iter()
                .filter(|&i| ix.rec(i).status == s.key)
                .count(),
        })
        .filter(|c| c.count > 0)
        .collect()
}

/// An update as the updates list shows it, with its recommendation.
#[derive(Serialize)]
pub struct UpdateView<'a> {
    /// When the update was given.
    pub date: DateView,
    /// The status it reported, if any.
    pub status: Option<StatusView<'a>>,
    /// Its text, rendered to HTML.
    pub html: &'a str,
    /// The recommendation it is on, as a row.
    pub rec: RecRow<'a>,
}

/// The update `(rec, update)` as the updates list shows it.
pub fn update<'a>(ix: &'a SiteIndex, say: Say<'_>, (ri, ui): index::UpdateRef) -> UpdateView<'a> {
    let r = ix.rec(ri);
    let u = &r.updates[ui];
    UpdateView {
        date: date(say, u.date),
        status: u.status.as_deref().map(|s| status(ix, say, s)),
        html: &ix.recs[ri].html.get(say.lang).updates[ui],
        rec: rec_row(ix, say, ri),
    }
}

/// Plain text with the glossary's abbreviations marked up, already escaped.
pub fn abbr(ix: &SiteIndex, say: Say<'_>, text: &str) -> String {
    abbr_html(text, ix.glossaries.get(say.lang))
}

/// A text of the content as HTML on a page in `say`'s language: escaped as a template would,
/// and, where the page's language has no translation and the default language's text stands
/// in, inside `<span lang="…">` so that it is read in its own language (WCAG 3.1.2). For a
/// template to show with `| safe`; attributes take the plain text ([`Say::content`]) instead.
pub fn marked(say: Say<'_>, t: &Text) -> String {
    let shown = t.get(say.lang);
    let mut out = Vec::new();
    let _ = tera::escape_html(shown.text, &mut out);
    let html = String::from_utf8(out).unwrap_or_default();
    match shown.fallback {
        Some(l) => crate::index::html::marked(&html, l, false),
        None => html,
    }
}

/// A titled link as templates show it.
#[derive(Serialize)]
pub struct LinkView<'a> {
    /// The text shown for the link.
    pub title: &'a str,
    /// Where the link goes.
    pub url: &'a str,
}

/// A titled link as templates show it.
pub fn link<'a>(say: Say<'_>, l: &'a Link) -> LinkView<'a> {
    LinkView {
        title: say.content(&l.title),
        url: &l.url,
    }
}
