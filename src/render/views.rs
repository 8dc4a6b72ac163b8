//! The small views the pages' views (`pages::*`) are made of: dates, deadlines, statuses, parties,
//! a recommendation as a row, groups of rows, counts, updates. They borrow from the SiteIndex and
//! take their URLs from its route table; nothing here is a copy of the whole site. Pure.

use crate::index::{self, Counts, PageKind, RecEntry, SiteIndex};
use crate::markdown::abbr_html;
use crate::model::{Category, Deadline, Link, Recommendation};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Serialize, Clone)]
pub struct DateView {
    pub iso: String,
    /// "31 August 2014".
    pub display: String,
}

#[cfg(test)]
mod date_tests {
    #[test]
    fn dates_read_as_people_write_them() {
        let d = chrono::NaiveDate::from_ymd_opt(2014, 8, 1).unwrap();
        let v = super::date(d);
        assert_eq!(v.iso, "2014-08-01");
        assert_eq!(v.display, "1 August 2014");
        assert_eq!(v.display, d.format("%-d %B %Y").to_string());
    }
}

pub fn date(d: NaiveDate) -> DateView {
    // Written out by hand rather than with strftime: pages show many dates, and parsing the
    // format string for each was a measurable share of a build.
    use chrono::Datelike;
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    DateView {
        iso: format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        display: format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year()),
    }
}

#[derive(Serialize)]
pub struct DeadlineView {
    pub ongoing: bool,
    pub date: Option<DateView>,
    /// "30 April 2014" or "Ongoing".
    pub display: String,
}

pub fn deadline(d: Deadline) -> DeadlineView {
    match d {
        Deadline::Date(x) => {
            let v = date(x);
            DeadlineView {
                ongoing: false,
                display: v.display.clone(),
                date: Some(v),
            }
        }
        Deadline::Ongoing => DeadlineView {
            ongoing: true,
            date: None,
            display: "Ongoing".into(),
        },
    }
}

#[derive(Serialize)]
pub struct StatusView<'a> {
    pub key: &'a str,
    pub label: &'a str,
    pub category: &'static str,
    pub category_label: &'static str,
}

pub fn status<'a>(ix: &'a SiteIndex, key: &'a str) -> StatusView<'a> {
    match ix.site.config.statuses.get(key) {
        Some(s) => StatusView {
            key,
            label: &s.label,
            category: s.category.key(),
            category_label: s.category.label(),
        },
        None => StatusView {
            key,
            label: key,
            category: Category::NotStarted.key(),
            category_label: Category::NotStarted.label(),
        },
    }
}

#[derive(Serialize)]
pub struct PartyRef<'a> {
    pub name: &'a str,
    pub meaning: Option<&'a str>,
    pub url: String,
}

pub fn parties<'a>(ix: &'a SiteIndex, names: &'a [String]) -> Vec<PartyRef<'a>> {
    names
        .iter()
        .map(|n| PartyRef {
            name: n,
            meaning: ix.site.glossary.lookup(n),
            url: ix.party_url(n),
        })
        .collect()
}

#[derive(Serialize)]
pub struct Flags {
    pub overdue: bool,
    pub days_overdue: i64,
    /// "3 days", "5 months", "12 years".
    pub overdue_for: String,
    pub not_updated_for: Option<String>,
    pub not_updated: bool,
    pub days_since_update: Option<i64>,
    pub slipped: bool,
    pub closed_without_outcome: bool,
    pub progress: Option<u8>,
}

/// A span of days as people say it: "1 day", "45 days", "5 months", "12 years".
pub fn duration(days: i64) -> String {
    let plural = |n: i64, w: &str| {
        if n == 1 {
            format!("1 {w}")
        } else {
            format!("{n} {w}s")
        }
    };
    match days {
        d if d < 60 => plural(d, "day"),
        d if d < 730 => plural(d * 12 / 365, "month"),
        d => plural(d / 365, "year"),
    }
}

/// One recommendation as a row of a table.
#[derive(Serialize)]
pub struct RecRow<'a> {
    pub number: &'a str,
    pub title: &'a str,
    pub url: &'a str,
    pub theme: Option<&'a str>,
    pub review_title: &'a str,
    pub review_url: String,
    pub responsible: Vec<PartyRef<'a>>,
    pub response: &'static str,
    pub response_key: &'static str,
    pub status: StatusView<'a>,
    pub deadline: Option<DeadlineView>,
    pub original_deadline: Option<DeadlineView>,
    pub last_updated: Option<DateView>,
    pub flags: Flags,
    /// An extension or a closure asked for and not yet decided.
    pub requests: super::requests::Requests,
}

pub fn rec_row(ix: &SiteIndex, idx: usize) -> RecRow<'_> {
    let e: &RecEntry = &ix.recs[idx];
    let review = &ix.site.reviews[e.review];
    let r: &Recommendation = &review.recommendations[e.rec];
    let f = &e.facts;
    RecRow {
        number: r.number.as_str(),
        title: &e.title,
        url: &e.url,
        theme: r.theme.as_deref(),
        review_title: &review.title,
        review_url: ix.url(PageKind::Review(e.review)),
        responsible: parties(ix, &r.responsible),
        response: r.response.label(),
        response_key: r.response.key(),
        status: status(ix, &r.status),
        deadline: f.current_deadline.map(deadline),
        original_deadline: if f.slipped {
            r.deadline.map(deadline)
        } else {
            None
        },
        last_updated: f.last_updated.map(date),
        flags: Flags {
            overdue: f.overdue,
            days_overdue: f.days_overdue,
            overdue_for: duration(f.days_overdue),
            not_updated_for: f.days_since_update.map(duration),
            not_updated: f.not_updated,
            days_since_update: f.days_since_update,
            slipped: f.slipped,
            closed_without_outcome: f.closed_without_outcome,
            progress: f.progress,
        },
        requests: super::requests::requests(f),
    }
}

/// Rows grouped under a heading (a theme, or a review).
#[derive(Serialize)]
pub struct Group<'a> {
    pub heading: Option<String>,
    pub url: Option<String>,
    pub rows: Vec<RecRow<'a>>,
}

/// Groups recommendations by theme, in order of first appearance.
pub fn by_theme(ix: &SiteIndex, idxs: impl IntoIterator<Item = usize>) -> Vec<Group<'_>> {
    let mut groups: Vec<Group> = Vec::new();
    for i in idxs {
        let theme = ix.rec(i).theme.clone();
        match groups.iter_mut().find(|g| g.heading == theme) {
            Some(g) => g.rows.push(rec_row(ix, i)),
            None => groups.push(Group {
                heading: theme,
                url: None,
                rows: vec![rec_row(ix, i)],
            }),
        }
    }
    // Recommendations without a theme come last, under "Other recommendations" when others have one.
    if let Some(pos) = groups.iter().position(|g| g.heading.is_none()) {
        let g = groups.remove(pos);
        let named = !groups.is_empty();
        groups.push(Group {
            heading: named.then(|| "Other recommendations".to_string()),
            ..g
        });
    }
    groups
}

/// Groups recommendations by review, in index order.
pub fn by_review(ix: &SiteIndex, idxs: impl IntoIterator<Item = usize>) -> Vec<Group<'_>> {
    let mut groups: Vec<(usize, Group)> = Vec::new();
    for i in idxs {
        let ri = ix.recs[i].review;
        match groups.last_mut().filter(|(r, _)| *r == ri) {
            Some((_, g)) => g.rows.push(rec_row(ix, i)),
            None => {
                let review = &ix.site.reviews[ri];
                groups.push((
                    ri,
                    Group {
                        heading: Some(review.title.clone()),
                        url: Some(ix.url(PageKind::Review(ri))),
                        rows: vec![rec_row(ix, i)],
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
    #[serde(flatten)]
    pub counts: Counts,
    pub percent_done: u32,
}

pub fn counts(c: &Counts) -> CountsView {
    CountsView {
        counts: *c,
        percent_done: c.percent_done(),
    }
}

/// A status of the vocabulary with how many recommendations have it.
#[derive(Serialize)]
pub struct StatusCount<'a> {
    pub status: StatusView<'a>,
    pub count: usize,
}

pub fn status_breakdown(
    ix: &SiteIndex,
    idxs: impl IntoIterator<Item = usize> + Clone,
) -> Vec<StatusCount<'_>> {
    ix.site
        .config
        .statuses
        .0
        .iter()
        .map(|s| StatusCount {
            status: status(ix, &s.key),
            count: idxs
                .clone()
                .into_iter()
                .filter(|&i| ix.rec(i).status == s.key)
                .count(),
        })
        .filter(|c| c.count > 0)
        .collect()
}

#[derive(Serialize)]
pub struct UpdateView<'a> {
    pub date: DateView,
    pub status: Option<StatusView<'a>>,
    pub html: &'a str,
    pub rec: RecRow<'a>,
}

pub fn update(ix: &SiteIndex, (ri, ui): index::UpdateRef) -> UpdateView<'_> {
    let r = ix.rec(ri);
    let u = &r.updates[ui];
    UpdateView {
        date: date(u.date),
        status: u.status.as_deref().map(|s| status(ix, s)),
        html: &ix.recs[ri].html.updates[ui],
        rec: rec_row(ix, ri),
    }
}

/// Plain text with the glossary's abbreviations marked up, already escaped.
pub fn abbr(ix: &SiteIndex, text: &str) -> String {
    abbr_html(text, &ix.site.glossary)
}

#[derive(Serialize)]
pub struct LinkView<'a> {
    pub title: &'a str,
    pub url: &'a str,
}

pub fn link(l: &Link) -> LinkView<'_> {
    LinkView {
        title: &l.title,
        url: &l.url,
    }
}
