//! Dates: reading `YYYY-MM-DD` (telling an impossible date from an unreadable one), and the
//! warnings for dates that cannot be right: a deadline before the review was published, an update
//! dated (or a request made) after the as-of date. Pure; must not touch files or print.

use super::check::Check;
use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::load::yaml::span_of;
use crate::model::raw::S;
use chrono::{Datelike, NaiveDate};

/// The date a review was published (its report date), and the file that says so.
#[derive(Clone, Copy)]
pub(super) struct Published<'a> {
    pub date: NaiveDate,
    pub source: &'a str,
}

/// Warns when a deadline (`what`: "deadline", "revised deadline") falls before the review was
/// published: a deadline cannot have been set before the report that asked for the work.
pub(super) fn deadline_not_before(
    c: &mut Check,
    at: &S<String>,
    date: NaiveDate,
    published: Option<Published>,
    what: &str,
) {
    let Some(p) = published.filter(|p| date < p.date) else {
        return;
    };
    let d = Diagnostic::warning(
        c.path,
        format!(
            "this {what} ({}) is before the review was published ({}): is the date a typing mistake?",
            iso(date),
            iso(p.date)
        ),
    )
    .at(c.text, span_of(&at.referenced, c.text))
    .label("before the report's date")
    .hint(format!(
        "check the year, month and day; the report's date is `published:` in {}",
        p.source
    ));
    c.diags.push(d);
}

/// Warnings for dates after `as_of`, the date the site is judged against: an update, or a
/// review's `updated:`, that has not happened yet is most likely a typing mistake, and would make
/// the recommendation look up to date when it is not.
pub fn after_as_of(loaded: &Loaded, as_of: NaiveDate) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut warn = |path: &str, at: &S<String>, what: &str| {
        let Ok(date) = parse_date(&at.value) else {
            return;
        };
        if date <= as_of {
            return;
        }
        let text = loaded.sources.get(path).map_or("", String::as_str);
        out.push(
            Diagnostic::warning(
                path,
                format!(
                    "{what} after the date the site is judged against (--as-of {}): is the date a typing mistake?",
                    iso(as_of)
                ),
            )
            .at(text, span_of(&at.referenced, text))
            .label(format!("{} is after {}", iso(date), iso(as_of)))
            .hint("correct the date if it is mistyped (until then the recommendation counts as recently updated); if it is right, build with a later `--as-of` (it is today's date unless you give one)"),
        );
    };
    for review in &loaded.reviews {
        if let Some(updated) = review.raw.as_ref().and_then(|r| r.updated.as_ref()) {
            warn(&review.path, updated, "the review's `updated:` date is");
        }
        for rec in &review.recs {
            for update in rec.raw.updates.iter().flatten() {
                warn(&rec.path, &update.date, "this update is dated");
            }
            for revision in rec.raw.revised_deadlines.iter().flatten() {
                if let Some(requested) = &revision.requested {
                    warn(
                        &rec.path,
                        requested,
                        "this extension was `requested:` on a date",
                    );
                }
            }
            if let Some(closure) = &rec.raw.closure_requested {
                warn(&rec.path, closure, "this `closure_requested:` date is");
            }
        }
    }
    out
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Why a date could not be read.
#[derive(Debug, PartialEq)]
pub enum DateError {
    /// It is not written as `YYYY-MM-DD`.
    Unreadable,
    /// It is written as one, but no such day exists (`2014-02-31`); holds why ("February 2014 has
    /// 28 days").
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
}
