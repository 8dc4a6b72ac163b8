//! Raw records → the resolved model, by destructuring every field so none can be forgotten; and the
//! rules across records (duplicate numbers, statuses from the vocabulary, real dates, safe slugs,
//! indicators that name recommendations which exist).
//! Every problem becomes a diagnostic; nothing stops at the first. Must not touch files or print.

use crate::config;
use crate::diagnostics::Diagnostic;
use crate::load::yaml::{nearest, span_of};
use crate::load::{GLOSSARY_FILE, Loaded, LoadedPage, LoadedRec, LoadedReview, SITE_FILE};
use crate::model::raw::{Names, RawAction, RawLink, RawRecommendation, RawRevision, RawUpdate, S};
use crate::model::slug::{check_segment, number_slug, slugify};
use crate::model::*;
use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use std::collections::BTreeMap;

mod indicator;
pub use indicator::parse_figure;

/// Validates everything loaded. The site is returned even when there are errors (with the bad
/// records left out), so every problem can be found in one run; callers must not publish it then.
pub fn validate(loaded: &Loaded) -> (Site, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let config = match &loaded.site {
        Some(raw) => {
            let text = loaded
                .sources
                .get(SITE_FILE)
                .map(String::as_str)
                .unwrap_or("");
            config::resolve(raw, text, &mut diags)
        }
        None => SiteConfig {
            title: String::new(),
            organisation: String::new(),
            base_url: None,
            language: "en-GB".into(),
            theme: "default".into(),
            stale_after_days: config::DEFAULT_STALE_AFTER_DAYS,
            statuses: Statuses::defaults(),
        },
    };
    let statuses_known = loaded.site.is_some();
    let glossary = glossary(loaded, &mut diags);
    let mut reviews = Vec::new();
    let mut review_slugs: BTreeMap<String, String> = BTreeMap::new();
    // Each review is checked on its own (in parallel); then the reviews are compared.
    let checked: Vec<(Option<Review>, Vec<Diagnostic>)> = loaded
        .reviews
        .par_iter()
        .map(|lr| {
            let mut d = Vec::new();
            (review(loaded, lr, &config, statuses_known, &mut d), d)
        })
        .collect();
    for (lr, (review, found)) in loaded.reviews.iter().zip(checked) {
        diags.extend(found);
        let Some(review) = review else { continue };
        if let Some(other) = review_slugs.insert(review.slug.clone(), lr.path.clone()) {
            diags.push(Diagnostic::error(&lr.path, format!("this review's web address `reviews/{}/` is the same as that of {other}", review.slug))
                .hint("rename one of the two folders so their names differ in more than capitals or punctuation"));
            continue;
        }
        reviews.push(review);
    }
    reviews.sort_by(|a, b| a.slug.cmp(&b.slug));
    let mut pages = Vec::new();
    for lp in &loaded.pages {
        if let Some(p) = page(lp, &mut diags) {
            if pages.iter().any(|q: &Page| q.slug == p.slug) {
                diags.push(
                    Diagnostic::error(
                        &lp.path,
                        format!(
                            "another page already has the web address `pages/{}/`",
                            p.slug
                        ),
                    )
                    .hint("rename one of the two files"),
                );
                continue;
            }
            pages.push(p);
        }
    }
    pages.sort_by(|a, b| a.slug.cmp(&b.slug));
    let indicators = indicator::indicators(loaded, &config, &mut diags);
    (
        Site {
            config,
            glossary,
            reviews,
            pages,
            indicators,
        },
        diags,
    )
}

fn glossary(loaded: &Loaded, diags: &mut Vec<Diagnostic>) -> Glossary {
    let Some(g) = &loaded.glossary else {
        return Glossary::default();
    };
    let text = loaded
        .sources
        .get(GLOSSARY_FILE)
        .map(String::as_str)
        .unwrap_or("");
    let mut out: Vec<(String, String)> = Vec::new();
    for (k, v) in &g.entries {
        let key = k.value.trim().to_string();
        let val = v.value.trim().to_string();
        if key.is_empty() || key.contains(char::is_whitespace) {
            diags.push(
                Diagnostic::error(
                    GLOSSARY_FILE,
                    format!("`{key}` cannot be an abbreviation: it must be one word"),
                )
                .at(text, span_of(&k.referenced, text))
                .hint("write each abbreviation as one word, such as `TMT: TMO Team`"),
            );
            continue;
        }
        if val.is_empty() {
            diags.push(
                Diagnostic::error(
                    GLOSSARY_FILE,
                    format!("the abbreviation `{key}` has no meaning"),
                )
                .at(text, span_of(&k.referenced, text))
                .hint(format!("write what it stands for: `{key}: ...`")),
            );
            continue;
        }
        out.push((key, val));
    }
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    Glossary(out)
}

/// Context for checking one file.
struct Check<'a> {
    path: &'a str,
    text: &'a str,
    statuses: &'a Statuses,
    statuses_known: bool,
    diags: &'a mut Vec<Diagnostic>,
}

impl Check<'_> {
    fn err<T>(&mut self, at: &S<T>, message: String) -> &mut Diagnostic {
        let d =
            Diagnostic::error(self.path, message).at(self.text, span_of(&at.referenced, self.text));
        self.diags.push(d);
        self.diags.last_mut().expect("just pushed")
    }

    fn date(&mut self, s: &S<String>, field: &str) -> Option<NaiveDate> {
        match parse_date(&s.value) {
            Ok(d) => Some(d),
            Err(DateError::Impossible(why)) => {
                let d = self.err(s, format!("`{}` is not a real date: {why}", s.value.trim()));
                d.label = Some("this date does not exist".into());
                d.hint = Some(format!("check the day and month of `{field}`"));
                None
            }
            Err(DateError::Unreadable) => {
                let d = self.err(s, format!("`{}` is not a date", s.value.trim()));
                d.label = Some("expected a date such as 2014-04-30".into());
                d.hint = Some(format!(
                    "write `{field}` as year-month-day, for example `{field}: 2014-04-30`"
                ));
                None
            }
        }
    }

    fn opt_date(&mut self, s: &Option<S<String>>, field: &str) -> Option<NaiveDate> {
        s.as_ref().and_then(|s| self.date(s, field))
    }

    fn status(&mut self, s: &S<String>) -> Option<String> {
        let v = s.value.trim();
        if self.statuses.get(v).is_some() {
            return Some(v.to_string());
        }
        if !self.statuses_known {
            return None;
        }
        let keys = self.statuses.keys();
        let by_label = self
            .statuses
            .0
            .iter()
            .find(|d| d.label.eq_ignore_ascii_case(v))
            .map(|d| d.key.clone());
        let guess = by_label.or_else(|| nearest(v, &keys).map(str::to_string));
        let listed = keys.join(", ");
        let d = self.err(s, format!("unknown status `{v}`"));
        d.label = Some("not one of this site's statuses".into());
        d.hint = Some(match guess {
            Some(g) => {
                format!("did you mean `{g}`? The statuses are: {listed} (set in content/site.yaml)")
            }
            None => format!("the statuses are: {listed} (set in content/site.yaml)"),
        });
        None
    }

    fn text(&self, s: &S<String>) -> String {
        s.value.trim().to_string()
    }

    fn opt_text(&self, s: &Option<S<String>>) -> Option<String> {
        s.as_ref()
            .map(|s| s.value.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    fn required_text(&mut self, s: &S<String>, field: &str) -> String {
        let v = self.text(s);
        if v.is_empty() {
            let d = self.err(s, format!("`{field}` is empty"));
            d.hint = Some(format!("write the {field} after `{field}:`"));
        }
        v
    }

    fn names(&mut self, s: &S<Names>, field: &str) -> Vec<String> {
        let out: Vec<String> = s
            .value
            .0
            .iter()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        if out.is_empty() {
            let d = self.err(s, format!("`{field}` names nobody"));
            d.hint = Some(format!(
                "write who is answerable, such as `{field}: TMO Team` or `{field}: [TMOs, IC]`"
            ));
        }
        out
    }

    fn links(&mut self, list: &Option<Vec<RawLink>>) -> Vec<Link> {
        list.iter().flatten().filter_map(|l| self.link(l)).collect()
    }

    fn link(&mut self, RawLink { title, url }: &RawLink) -> Option<Link> {
        let u = url.value.trim();
        if !safe_url(u) {
            let d = self.err(url, format!("`{u}` cannot be used as a link"));
            d.label = Some("not a web address or a file of the site".into());
            d.hint = Some(
                "use an address starting with https://, http:// or mailto:, or a path to a file of the site".into(),
            );
            return None;
        }
        Some(Link {
            title: self.text(title),
            url: u.to_string(),
        })
    }
}

/// Names inside a review's folder that the site uses for its own pages.
pub const RESERVED_IN_REVIEW: &[&str] = &["you-said-we-did", "data", "feed.xml", "index.html"];

/// A link target that cannot run script: web, mail, or relative; never empty.
pub fn safe_url(u: &str) -> bool {
    !u.trim().is_empty() && crate::markdown::safe_url(u)
}

#[derive(Debug, PartialEq)]
pub enum DateError {
    Unreadable,
    Impossible(String),
}

/// Reads `YYYY-MM-DD`, telling an impossible date (2014-02-31) from an unreadable one (soon).
pub fn parse_date(s: &str) -> Result<NaiveDate, DateError> {
    let s = s.trim();
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() != 3
        || parts[0].len() != 4
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(DateError::Unreadable);
    }
    let (y, m, d): (i32, u32, u32) = (
        parts[0].parse().map_err(|_| DateError::Unreadable)?,
        parts[1].parse().map_err(|_| DateError::Unreadable)?,
        parts[2].parse().map_err(|_| DateError::Unreadable)?,
    );
    if !(1..=12).contains(&m) {
        return Err(DateError::Impossible(format!("there is no month {m}")));
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        let first = NaiveDate::from_ymd_opt(y, m, 1).expect("valid month");
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)
        }
        .expect("valid month");
        let days = (next - first).num_days();
        DateError::Impossible(format!(
            "{} {} has {days} days",
            first.format("%B"),
            first.year()
        ))
    })
}

fn review(
    loaded: &Loaded,
    lr: &LoadedReview,
    config: &SiteConfig,
    statuses_known: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<Review> {
    let LoadedReview {
        slug: folder,
        path,
        raw,
        summary,
        recs,
    } = lr;
    if let Err(why) = check_segment(folder) {
        diags.push(
            Diagnostic::error(
                path,
                format!(
                    "the folder name `{}` cannot be used as a web address: {}",
                    folder.escape_default(),
                    why.explain()
                ),
            )
            .hint(
                "rename the folder with letters, digits and hyphens, such as `tmo-scrutiny-2011`",
            ),
        );
        return None;
    }
    let slug = slugify(folder);
    let text = loaded.sources.get(path).map(String::as_str).unwrap_or("");
    let mut c = Check {
        path,
        text,
        statuses: &config.statuses,
        statuses_known,
        diags,
    };
    let head = raw.as_ref().map(|r| {
        let crate::model::raw::RawReview {
            title,
            body,
            organisation,
            published,
            response_date,
            updated,
            documents,
        } = r;
        (
            c.required_text(title, "title"),
            c.opt_text(body),
            c.opt_text(organisation),
            c.opt_date(published, "published"),
            c.opt_date(response_date, "response_date"),
            c.opt_date(updated, "updated"),
            c.links(documents),
        )
    });
    let mut out: Vec<Recommendation> = Vec::new();
    let mut seen: BTreeMap<String, (String, String)> = BTreeMap::new();
    for rec in recs {
        let text = loaded
            .sources
            .get(&rec.path)
            .map(String::as_str)
            .unwrap_or("");
        let mut c = Check {
            path: &rec.path,
            text,
            statuses: &config.statuses,
            statuses_known,
            diags,
        };
        let Some(r) = recommendation(&mut c, rec) else {
            continue;
        };
        if let Some((other_path, other_number)) = seen.get(&r.slug) {
            let msg = if *other_number == r.number.0 {
                format!(
                    "recommendation number `{}` is used twice in this review: here and in {other_path}",
                    r.number.0
                )
            } else {
                format!(
                    "recommendation number `{}` has the same web address as number `{other_number}` in {other_path}",
                    r.number.0
                )
            };
            let d = c.err(&rec.raw.number, msg);
            d.label = Some("this number is already taken".into());
            d.hint = Some(
                "give each recommendation of a review its own number (for example 10a and 10b)"
                    .into(),
            );
            continue;
        }
        seen.insert(r.slug.clone(), (rec.path.clone(), r.number.0.clone()));
        out.push(r);
    }
    out.sort_by(|a, b| a.number.cmp(&b.number));
    let (title, body, organisation, published, response_date, updated, documents) = head?;
    Some(Review {
        slug,
        title,
        body,
        organisation: organisation.unwrap_or_else(|| config.organisation.clone()),
        published,
        response_date,
        updated,
        documents,
        summary: summary.clone(),
        recommendations: out,
        source: path.clone(),
    })
}

fn recommendation(c: &mut Check, rec: &LoadedRec) -> Option<Recommendation> {
    let LoadedRec { path, raw, body } = rec;
    let RawRecommendation {
        number,
        title,
        theme,
        recommendation,
        response,
        response_text,
        responsible,
        lead_officer,
        resources,
        deadline,
        revised_deadlines,
        status,
        actions,
        updates,
        outcome,
        evidence,
    } = raw;
    let mut ok = true;
    let num = number.value.trim().to_string();
    if let Err(why) = check_segment(&num) {
        let d = c.err(
            number,
            format!(
                "`{}` cannot be a recommendation number: {}",
                num.escape_default(),
                why.explain()
            ),
        );
        d.label = Some("the number becomes part of the page's web address".into());
        d.hint = Some("use the number as published, such as `10`, `10a` or `1.2`".into());
        ok = false;
    }
    if RESERVED_IN_REVIEW.contains(&number_slug(&num).as_str()) {
        let d = c.err(number, format!("`{num}` cannot be a recommendation number: the review's page `{num}` is already there"));
        d.hint = Some("use the number as published, such as `10`, `10a` or `1.2`".into());
        ok = false;
    }
    let text = match (recommendation, body) {
        (Some(r), Some(b)) if !b.trim().is_empty() => {
            let d = c.err(r, "the recommendation is written twice: in `recommendation:` and as the text below the front matter".into());
            d.hint = Some("keep one of them".into());
            ok = false;
            String::new()
        }
        (Some(r), _) => c.required_text(r, "recommendation"),
        (None, Some(b)) if !b.trim().is_empty() => b.trim().to_string(),
        (None, _) => {
            c.diags.push(Diagnostic::error(path.as_str(), "this recommendation has no text")
                .at(c.text, span_of(&number.referenced, c.text))
                .hint("add `recommendation: |` with what the panel asked for, on the lines below it"));
            ok = false;
            String::new()
        }
    };
    let response_v = match Response::from_key(response.value.trim()) {
        Some(r) => Some(r),
        None => {
            let keys: Vec<&str> = Response::ALL.iter().map(|r| r.key()).collect();
            let v = response.value.trim().to_string();
            let guess = nearest(&v, &keys);
            let d = c.err(response, format!("unknown response `{v}`"));
            d.label = Some("not one of the responses".into());
            d.hint = Some(match guess {
                Some(g) => format!("did you mean `{g}`? The responses are: {}", keys.join(", ")),
                None => format!("the responses are: {}", keys.join(", ")),
            });
            None
        }
    };
    let responsible_v = c.names(responsible, "responsible");
    let deadline_v = deadline.as_ref().and_then(|d| {
        if d.value.trim().eq_ignore_ascii_case("ongoing")
            || d.value.trim().eq_ignore_ascii_case("on-going")
        {
            Some(Deadline::Ongoing)
        } else {
            c.date(d, "deadline").map(Deadline::Date)
        }
    });
    if deadline
        .as_ref()
        .is_some_and(|d| deadline_v.is_none() && !d.value.trim().is_empty())
    {
        ok = false;
    }
    let mut revisions = Vec::new();
    for RawRevision {
        date,
        reason,
        agreed,
    } in revised_deadlines.iter().flatten()
    {
        let d = c.date(date, "date");
        let a = c.opt_date(agreed, "agreed");
        let why = c.required_text(reason, "reason");
        match d {
            Some(d) => revisions.push(Revision {
                date: d,
                reason: why,
                agreed: a,
            }),
            None => ok = false,
        }
    }
    let status_v = c.status(status);
    let mut actions_v = Vec::new();
    for RawAction {
        action,
        responsible,
        status,
    } in actions.iter().flatten()
    {
        let st = status.as_ref().map(|s| c.status(s));
        if matches!(st, Some(None)) {
            ok = false;
        }
        let who = responsible
            .as_ref()
            .map(|r| c.names(r, "responsible"))
            .unwrap_or_default();
        actions_v.push(Action {
            action: c.required_text(action, "action"),
            responsible: who,
            status: st.flatten(),
        });
    }
    let mut updates_v = Vec::new();
    for RawUpdate { date, status, text } in updates.iter().flatten() {
        let d = c.date(date, "date");
        let st = status.as_ref().map(|s| c.status(s));
        if matches!(st, Some(None)) {
            ok = false;
        }
        let t = c.required_text(text, "text");
        match d {
            Some(d) => updates_v.push(Update {
                date: d,
                status: st.flatten(),
                text: t,
            }),
            None => ok = false,
        }
    }
    updates_v.sort_by_key(|u| u.date);
    let evidence_v = c.links(evidence);
    let r = Recommendation {
        slug: number_slug(&num),
        number: RecNumber(num),
        title: c.opt_text(title),
        theme: c.opt_text(theme),
        recommendation: text,
        response: response_v?,
        response_text: c.opt_text(response_text),
        responsible: responsible_v,
        lead_officer: c.opt_text(lead_officer),
        resources: c.opt_text(resources),
        deadline: deadline_v,
        revised_deadlines: revisions,
        status: status_v?,
        actions: actions_v,
        updates: updates_v,
        outcome: c.opt_text(outcome),
        evidence: evidence_v,
        source: path.clone(),
    };
    ok.then_some(r)
}

fn page(lp: &LoadedPage, diags: &mut Vec<Diagnostic>) -> Option<Page> {
    let LoadedPage {
        slug,
        path,
        raw,
        body,
    } = lp;
    let crate::model::raw::RawPage { title, description } = raw;
    if let Err(why) = check_segment(slug) {
        diags.push(
            Diagnostic::error(
                path,
                format!(
                    "this file name cannot be used as a web address: {}",
                    why.explain()
                ),
            )
            .hint("rename the file with letters, digits and hyphens"),
        );
        return None;
    }
    Some(Page {
        slug: slugify(slug),
        title: title.value.trim().to_string(),
        description: description.as_ref().map(|d| d.value.trim().to_string()),
        body: body.clone(),
        source: path.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2014-04-30"),
            Ok(NaiveDate::from_ymd_opt(2014, 4, 30).unwrap())
        );
        assert_eq!(
            parse_date("2014-02-31"),
            Err(DateError::Impossible("February 2014 has 28 days".into()))
        );
        assert_eq!(
            parse_date("2014-13-01"),
            Err(DateError::Impossible("there is no month 13".into()))
        );
        assert_eq!(parse_date("soon"), Err(DateError::Unreadable));
        assert_eq!(parse_date("30/04/2014"), Err(DateError::Unreadable));
    }

    #[test]
    fn urls() {
        assert!(safe_url("https://example.org/a"));
        assert!(safe_url("../docs/report.pdf"));
        assert!(safe_url("mailto:scrutiny@example.gov.uk"));
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url(" JaVa\tScRiPt:alert(1)"));
        assert!(!safe_url("data:text/html,<script>"));
    }
}
