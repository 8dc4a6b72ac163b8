//! A monitoring report as the page, its print and its Word document show it: one view, made from
//! what `report::find` found, so the page and the document cannot disagree on a figure. Dates,
//! statuses and links as the other pages give them; the words are the theme's (and the Word
//! document's, in `docx`). Pure.

use super::views::{DateView, DeadlineView, PartyRef, StatusView, date, deadline, parties, status};
use crate::i18n::Say;
use crate::index::{PageKind, SiteIndex, routes};
use crate::markdown::first_sentence;
use crate::model::Category;
use crate::report::{Findings, RecAt, StatusOn};
use serde::Serialize;

/// The file name of a report's Word document, in its folder.
pub const DOCX_FILE: &str = "report.docx";
/// The file name of a report's open data, in its folder.
pub const CSV_FILE: &str = "changes.csv";

/// A report's Word document: `reports/<slug>/report.docx`.
pub fn docx_path(ix: &SiteIndex, i: usize) -> String {
    format!(
        "{}{DOCX_FILE}",
        routes::report_dir(&ix.site.reports[i].slug)
    )
}

/// A report's open data: `reports/<slug>/changes.csv`.
pub fn csv_path(ix: &SiteIndex, i: usize) -> String {
    format!("{}{CSV_FILE}", routes::report_dir(&ix.site.reports[i].slug))
}

/// A recommendation a section names.
#[derive(Serialize)]
pub struct RecRef<'a> {
    /// Its number as published.
    pub number: &'a str,
    /// Its title, or the first sentence of its text.
    pub title: &'a str,
    /// Its page, relative to the site root.
    pub url: &'a str,
    /// Its page's full address, when the site has a `base_url` (printed beside it on paper).
    pub address: Option<String>,
    /// The title of its review.
    pub review_title: &'a str,
    /// Its theme, if any.
    pub theme: Option<&'a str>,
    /// Who is responsible for it.
    pub responsible: Vec<PartyRef<'a>>,
}

/// A status on a day: `None` when not recorded.
pub type StatusAt<'a> = Option<StatusView<'a>>;

/// One line of the headline figures: a category (or "not recorded", the total, overdue).
#[derive(Serialize)]
pub struct Headline {
    /// `not-started`, `in-progress`, `done`, `closed`, `not-recorded`, `overdue` or `total`.
    pub key: &'static str,
    /// At the start of the period.
    pub start: usize,
    /// At the end of the period.
    pub end: usize,
    /// End less start, with its sign: `+3`, `-1`, `0`.
    pub change: String,
}

/// A recommendation with its status at the end, and a date that matters to its section.
#[derive(Serialize)]
pub struct Row<'a> {
    /// The recommendation.
    pub rec: RecRef<'a>,
    /// Its status at the start of the period (completed only).
    pub start: StatusAt<'a>,
    /// Its status at the end of the period.
    pub end: StatusAt<'a>,
    /// The deadline, the request's date or the update's date.
    pub date: Option<DateView>,
    /// The update that says it was done (completed only): its text, rendered.
    pub html: Option<&'a str>,
    /// The same update's text as written (for the Word document).
    pub text: Option<&'a str>,
    /// The update's first sentence, as plain text (completed only: the page links to the whole
    /// update in the updates section rather than repeat it).
    pub summary: Option<String>,
    /// The id of the update's row in the updates section.
    pub anchor: Option<String>,
}

/// A deadline revised in the period, or an extension asked for.
#[derive(Serialize)]
pub struct Revision<'a> {
    /// The recommendation.
    pub rec: RecRef<'a>,
    /// The deadline first promised (revised) or in force (extension).
    pub before: Option<DeadlineView>,
    /// The new deadline, or the one asked for.
    pub after: DeadlineView,
    /// Why.
    pub reason: &'a str,
    /// When it was agreed (revised only).
    pub agreed: Option<DateView>,
    /// When it was asked for.
    pub requested: Option<DateView>,
}

/// The updates of one theme of a review, in the period.
#[derive(Serialize)]
pub struct ThemeUpdates<'a> {
    /// The theme; `None` for recommendations without one.
    pub theme: Option<&'a str>,
    /// Its updates: the update's date and status, and its recommendation.
    pub updates: Vec<Row<'a>>,
}

/// The updates of one review in the period, by theme.
#[derive(Serialize)]
pub struct ReviewUpdates<'a> {
    /// The review's title.
    pub title: &'a str,
    /// Its page.
    pub url: String,
    /// Its themes, in the order of its recommendations.
    pub themes: Vec<ThemeUpdates<'a>>,
}

/// A party's recommendations with no update in the period.
#[derive(Serialize)]
pub struct Chase<'a> {
    /// The party.
    pub party: PartyRef<'a>,
    /// Its recommendations, with their status at the end.
    pub rows: Vec<Row<'a>>,
}

/// A review the report covers.
#[derive(Serialize)]
pub struct Covered<'a> {
    /// Its title.
    pub title: &'a str,
    /// Its page.
    pub url: String,
}

/// What the report's page, its print and its Word document show.
#[derive(Serialize)]
pub struct View<'a> {
    /// The report's title.
    pub title: &'a str,
    /// Who receives it.
    pub committee: &'a str,
    /// The meeting it goes to.
    pub meeting: Option<DateView>,
    /// The first day of the period.
    pub from: DateView,
    /// The last day of the period.
    pub to: DateView,
    /// The next period of the same length: first and last days.
    pub next_from: DateView,
    /// The last day of the next period.
    pub next_to: DateView,
    /// The reviews it covers.
    pub reviews: Vec<Covered<'a>>,
    /// The introduction, rendered.
    pub introduction_html: Option<&'a str>,
    /// The introduction as written (for the Word document).
    pub introduction: Option<&'a str>,
    /// The Word document, relative to the site root.
    pub docx: String,
    /// The open data, relative to the site root.
    pub csv: String,
    /// The page's full address, when the site has a `base_url`.
    pub address: Option<String>,
    /// The headline figures at the start and at the end, by category.
    pub headline: Vec<Headline>,
    /// Done or closed in the period, with the update that says so.
    pub completed: Vec<Row<'a>>,
    /// Overdue at the end and not at the start: the deadline as `date`.
    pub newly_overdue: Vec<Row<'a>>,
    /// Deadlines revised in the period.
    pub revised: Vec<Revision<'a>>,
    /// How many updates are dated in the period.
    pub update_count: usize,
    /// The updates dated in the period, by review and theme.
    pub updates: Vec<ReviewUpdates<'a>>,
    /// Open with no update in the period, by responsible party.
    pub chase: Vec<Chase<'a>>,
    /// How many recommendations the chase list names (each once).
    pub chase_count: usize,
    /// Extensions awaiting the committee's decision.
    pub extensions: Vec<Revision<'a>>,
    /// Closures awaiting the committee's decision: the date asked as `date`.
    pub closures: Vec<Row<'a>>,
    /// Open, with a deadline in the next period: the deadline as `date`.
    pub due_next: Vec<Row<'a>>,
    /// Done or closed with nothing recorded of what was done or why.
    pub without_outcome: Vec<Row<'a>>,
}

/// The status on a day, as a view (its key borrowed from the site's vocabulary).
fn status_at<'a>(ix: &'a SiteIndex, say: Say<'_>, s: &StatusOn) -> StatusAt<'a> {
    match s {
        StatusOn::NotRecorded => None,
        StatusOn::Recorded { key, .. } => {
            let def = ix.site.config.statuses.get(key)?;
            Some(status(ix, say, &def.key))
        }
    }
}

fn rec_ref(ix: &SiteIndex, at: RecAt) -> RecRef<'_> {
    let idx = ix.rec_at(at);
    let e = &ix.recs[idx];
    let r = ix.rec(idx);
    RecRef {
        number: r.number.as_str(),
        title: &e.title,
        url: &e.url,
        address: ix
            .site
            .config
            .base_url
            .as_deref()
            .map(|b| format!("{b}{}", e.url.trim_end_matches("index.html"))),
        review_title: &ix.site.reviews[at.0].title,
        theme: r.theme.as_deref(),
        responsible: crate::render::views::parties(
            ix,
            Say::new(
                &crate::i18n::Messages::builtin(),
                ix.site.config.languages.default_lang(),
            ),
            &r.responsible,
        ),
    }
}

fn row<'a>(
    ix: &'a SiteIndex,
    say: Say<'_>,
    at: RecAt,
    end: &StatusOn,
    day: Option<chrono::NaiveDate>,
) -> Row<'a> {
    Row {
        rec: rec_ref(ix, at),
        start: None,
        end: status_at(ix, say, end),
        date: day.map(|d| date(say, d)),
        html: None,
        text: None,
        summary: None,
        anchor: None,
    }
}

/// The id of the row of update `u` of a recommendation in the updates section.
fn anchor(ix: &SiteIndex, (ri, i): RecAt, u: usize) -> String {
    let review = &ix.site.reviews[ri];
    format!(
        "update-{}-{}-{u}",
        review.slug, review.recommendations[i].slug
    )
}

fn headline(f: &Findings) -> Vec<Headline> {
    let (s, e) = (&f.start, &f.end);
    let line = |key, start: usize, end: usize| Headline {
        key,
        start,
        end,
        change: match end as i64 - start as i64 {
            0 => "0".to_string(),
            n if n > 0 => format!("+{n}"),
            n => n.to_string(),
        },
    };
    vec![
        line(Category::NotStarted.key(), s.not_started, e.not_started),
        line(Category::InProgress.key(), s.in_progress, e.in_progress),
        line(Category::Done.key(), s.done, e.done),
        line(Category::Closed.key(), s.closed, e.closed),
        line("not-recorded", s.not_recorded, e.not_recorded),
        line("total", s.total, e.total),
        line("overdue", s.overdue, e.overdue),
    ]
}

/// The report at `i` of the site, as its page and its Word document show it.
pub fn view<'a>(ix: &'a SiteIndex, say: Say<'_>, i: usize) -> View<'a> {
    let report = &ix.site.reports[i];
    let f = &ix.reports[i];
    let rec = |at: RecAt| ix.rec(ix.rec_at(at));
    let base = ix.site.config.base_url.as_deref();
    let page = ix.url(PageKind::Report(i));
    let completed = f
        .completed
        .iter()
        .map(|c| {
            let update = match c.end {
                StatusOn::Recorded { update, .. } => Some(update),
                StatusOn::NotRecorded => None,
            };
            let idx = ix.rec_at(c.rec);
            Row {
                start: status_at(ix, say, &c.start),
                date: update.map(|u| date(say, rec(c.rec).updates[u].date)),
                html: update.map(|u| ix.recs[idx].html.default_value().updates[u].as_str()),
                text: update.map(|u| rec(c.rec).updates[u].text.trim()),
                summary: update.map(|u| first_sentence(&rec(c.rec).updates[u].text, 120)),
                anchor: update.map(|u| anchor(ix, c.rec, u)),
                ..row(ix, say, c.rec, &c.end, None)
            }
        })
        .collect();
    let revised = f
        .revised
        .iter()
        .map(|r| {
            let rv = &rec(r.rec).revised_deadlines[r.revision];
            Revision {
                rec: rec_ref(ix, r.rec),
                before: rec(r.rec).deadline.map(|d| deadline(say, d)),
                after: deadline(say, rv.date),
                reason: &rv.reason,
                agreed: rv.agreed.map(|d| date(say, d)),
                requested: rv.requested.map(|d| date(say, d)),
            }
        })
        .collect();
    let extensions = f
        .extensions
        .iter()
        .map(|x| {
            let rv = &rec(x.rec).revised_deadlines[x.revision];
            Revision {
                rec: rec_ref(ix, x.rec),
                before: x.current.map(|d| deadline(say, d)),
                after: deadline(say, rv.date),
                reason: &rv.reason,
                agreed: None,
                requested: rv.requested.map(|d| date(say, d)),
            }
        })
        .collect();
    let mut updates: Vec<ReviewUpdates> = Vec::new();
    for &(at, u) in &f.updates {
        let r = rec(at);
        let up = &r.updates[u];
        let line = Row {
            rec: rec_ref(ix, at),
            start: None,
            end: up.status.as_deref().map(|s| status(ix, say, s)),
            date: Some(date(say, up.date)),
            html: Some(&ix.recs[ix.rec_at(at)].html.default_value().updates[u]),
            text: Some(up.text.trim()),
            summary: None,
            anchor: Some(anchor(ix, at, u)),
        };
        let title = ix.site.reviews[at.0].title.as_str();
        if updates.last().is_none_or(|g| g.title != title) {
            updates.push(ReviewUpdates {
                title,
                url: ix.url(PageKind::Review(at.0)),
                themes: vec![],
            });
        }
        let themes = &mut updates.last_mut().expect("just pushed").themes;
        let theme = r.theme.as_deref();
        match themes.iter_mut().find(|t| t.theme == theme) {
            Some(t) => t.updates.push(line),
            None => themes.push(ThemeUpdates {
                theme,
                updates: vec![line],
            }),
        }
    }
    let mut chased: Vec<RecAt> = f.silent.iter().flat_map(|s| s.recs.clone()).collect();
    chased.sort();
    chased.dedup();
    let end_of = |at: RecAt| crate::report::status_on(rec(at), &ix.site.config.statuses, report.to);
    View {
        title: &report.title,
        committee: &report.committee,
        meeting: report.meeting.map(|d| date(say, d)),
        from: date(say, report.from),
        to: date(say, report.to),
        next_from: date(say, f.next.0),
        next_to: date(say, f.next.1),
        reviews: ix
            .site
            .reviews
            .iter()
            .enumerate()
            .filter(|(_, r)| report.reviews.contains(&r.slug))
            .map(|(ri, r)| Covered {
                title: &r.title,
                url: ix.url(PageKind::Review(ri)),
            })
            .collect(),
        introduction_html: ix.report_intros[i].as_deref(),
        introduction: report.introduction.as_deref(),
        docx: docx_path(ix, i),
        csv: csv_path(ix, i),
        address: base.map(|b| format!("{b}{}", page.trim_end_matches("index.html"))),
        headline: headline(f),
        completed,
        newly_overdue: f
            .newly_overdue
            .iter()
            .map(|x| row(ix, say, x.rec, &x.status, Some(x.date)))
            .collect(),
        revised,
        update_count: f.updates.len(),
        updates,
        chase: f
            .silent
            .iter()
            .map(|s| Chase {
                party: parties(ix, say, std::slice::from_ref(&s.party))
                    .pop()
                    .expect("one name, one party"),
                rows: s
                    .recs
                    .iter()
                    .map(|&at| row(ix, say, at, &end_of(at), None))
                    .collect(),
            })
            .collect(),
        chase_count: chased.len(),
        extensions,
        closures: f
            .closures
            .iter()
            .map(|x| row(ix, say, x.rec, &x.status, Some(x.date)))
            .collect(),
        due_next: f
            .due_next
            .iter()
            .map(|x| row(ix, say, x.rec, &x.status, Some(x.date)))
            .collect(),
        without_outcome: f
            .without_outcome
            .iter()
            .map(|&at| Row {
                end: Some(status(ix, say, &rec(at).status)),
                ..row(ix, say, at, &StatusOn::NotRecorded, None)
            })
            .collect(),
    }
}
