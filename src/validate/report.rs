//! Monitoring reports to committee: raw → resolved by destructuring every field; the dates read,
//! the period the right way round, every review named checked to exist (the nearest one
//! suggested), the file name checked as a web address. Must not touch files or print.

use super::check::Check;
use crate::config::StatusCheck;
use crate::diagnostics::{Diagnostic, one_of};
use crate::load::{Loaded, LoadedReport};
use crate::model::raw::RawReport;
use crate::model::slug::{check_named, shown, slugify};
use crate::model::{Report, SiteConfig};

/// Validates every report file; the bad ones are left out, with diagnostics. Sorted by slug.
pub(super) fn reports(
    loaded: &Loaded,
    config: &SiteConfig,
    status_check: &StatusCheck,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Report> {
    // The reviews as loaded, so a review with errors of its own does not make a report naming it
    // look wrong too.
    let mut known: Vec<String> = loaded.reviews.iter().map(|r| slugify(&r.slug)).collect();
    known.sort();
    known.dedup();
    let mut out: Vec<Report> = Vec::new();
    for lr in &loaded.reports {
        let text = loaded.sources.get(&lr.path).map_or("", String::as_str);
        let mut c = Check {
            path: &lr.path,
            text,
            statuses: &config.statuses,
            status_check,
            diags,
            texts: super::text::Texts::new(&lr.path, text, &config.languages),
        };
        if let Some(r) = report(&mut c, lr, &known) {
            out.push(r);
        }
        c.finish();
    }
    out.sort_by(|a, b| a.slug.cmp(&b.slug));
    out
}

fn report(c: &mut Check, lr: &LoadedReport, known: &[String]) -> Option<Report> {
    let LoadedReport { slug, path, raw } = lr;
    let RawReport {
        title,
        committee,
        meeting,
        from,
        to,
        reviews,
        introduction,
    } = raw;
    let report_slug = slugify(slug);
    if let Err(why) = check_named(slug, &report_slug) {
        let example =
            "rename the file with letters, digits and hyphens, such as `2014-09-committee.yaml`";
        c.diags.push(
            Diagnostic::error(
                path,
                format!(
                    "the file name `{}` cannot be used as a web address: {}",
                    shown(slug),
                    why.explain()
                ),
            )
            .hint(match why.advice() {
                Some(a) => format!("{a}; {example}"),
                None => example.into(),
            }),
        );
        return None;
    }
    let title_text = c.required_text(title, "title");
    let committee_text = c.required_text(committee, "committee");
    let meeting = c.opt_date(meeting, "meeting");
    let from_date = c.date(from, "from");
    let to_date = c.date(to, "to");
    if let (Some(f), Some(t)) = (from_date, to_date)
        && t < f
    {
        let d = c.err(
            to,
            format!("the period ends (`to: {t}`) before it begins (`from: {f}`)"),
        );
        d.label = Some("the last day of the period".into());
        d.hint = Some(
            "`from` is the first day the report covers and `to` the last: swap them, or check the year"
                .into(),
        );
    }
    let mut names = Vec::new();
    let mut ok = true;
    if let Some(list) = reviews {
        if list.value.is_empty() {
            let d = c.err(list, "`reviews` names no review".into());
            d.hint = Some(
                "name the reviews the report covers, such as `reviews: [tmo-scrutiny-2011]`, or remove the line to cover every review"
                    .into(),
            );
            ok = false;
        }
        for name in &list.value {
            let s = slugify(&name.value);
            if known.contains(&s) {
                if !names.contains(&s) {
                    names.push(s);
                }
                continue;
            }
            let refs: Vec<&str> = known.iter().map(String::as_str).collect();
            let d = c.err(name, format!("there is no review `{}`", name.value.trim()));
            d.label = Some("not a folder of content/reviews".into());
            d.hint = Some(one_of(&s, &refs, "reviews of this site"));
            ok = false;
        }
    } else {
        names = known.to_vec();
    }
    if let (Some(m), Some(t)) = (meeting, to_date)
        && m < t
        && let Some(at) = &raw.meeting
    {
        let d = Diagnostic::warning(
            c.path,
            format!("the meeting ({m}) is before the end of the period the report covers ({t})"),
        )
        .at(c.text, crate::load::yaml::span_of(&at.referenced, c.text))
        .label("before `to`")
        .hint("a report can only go to a meeting after its period has ended: check the dates");
        c.diags.push(d);
    }
    let introduction = c.opt_text(introduction);
    let (from, to) = (from_date?, to_date?);
    (ok && to >= from && !title_text.is_empty() && !committee_text.is_empty()).then(|| Report {
        slug: report_slug,
        title: title_text,
        committee: committee_text,
        meeting,
        from,
        to,
        reviews: names,
        introduction,
        source: path.clone(),
    })
}
