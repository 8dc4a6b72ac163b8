//! `/reports/`: the monitoring reports to committee, the latest first. Pure.

use crate::i18n::Say;
use crate::index::{PageKind, SiteIndex};
use crate::render::views::{DateView, date};
use serde::Serialize;

/// A report as the list and the latest-report link show it.
#[derive(Serialize)]
pub(super) struct ReportCard<'a> {
    /// Its title.
    title: &'a str,
    /// Who receives it.
    committee: &'a str,
    /// The meeting it goes to.
    meeting: Option<DateView>,
    /// The first day of its period.
    from: DateView,
    /// The last day of its period.
    to: DateView,
    /// Its page.
    url: String,
}

/// The report at `i`, as a card.
pub(super) fn card<'a>(ix: &'a SiteIndex, say: Say<'_>, i: usize) -> ReportCard<'a> {
    let r = &ix.site.reports[i];
    ReportCard {
        title: &r.title,
        committee: &r.committee,
        meeting: r.meeting.map(|d| date(say, d)),
        from: date(say, r.from),
        to: date(say, r.to),
        url: ix.url(PageKind::Report(i)),
    }
}

/// What `reports.html` gets.
#[derive(Serialize)]
pub(super) struct View<'a> {
    reports: Vec<ReportCard<'a>>,
}

pub(super) fn view<'a>(ix: &'a SiteIndex, say: Say<'_>) -> View<'a> {
    let mut order: Vec<usize> = (0..ix.site.reports.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| {
            let r = &ix.site.reports[i];
            (r.to, r.meeting, &r.slug)
        };
        key(b).cmp(&key(a))
    });
    View {
        reports: order.into_iter().map(|i| card(ix, say, i)).collect(),
    }
}
