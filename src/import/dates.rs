//! Dates as action plans write them: ISO, UK day-first (`30/04/2014`), `30 April 2014`, a month
//! alone (`Apr-14`, `Nov 13`, `April 2014`: its last day), spreadsheet serial numbers, and
//! `ongoing`. Pure; must not touch files or print. Anything else is `None`, for the caller to
//! report with its cell.

use crate::model::Deadline;
use chrono::{Datelike, Days, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// Serial numbers accepted as dates: 1 January 1990 to 31 December 2099. A number outside this
/// range in a date column is far more likely a typing slip than a deadline.
const SERIAL_RANGE: std::ops::RangeInclusive<f64> = 32_874.0..=73_050.0;

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})$").expect("valid regex")
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$").expect("valid regex")
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?,?[\s\-/.']*(\d{4}|\d{2})$")
        .expect("valid regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$").expect("valid regex")
});
static MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([a-z]{3,9})\.?[\s\-/.']*(\d{4}|\d{2})$").expect("valid regex"));
/// A date among other words: `12 October 2011`, `30/04/2014`, `2014-04-30`, `March 2012`.
static INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|[a-z]{3,9}\.?\s+\d{4})\b",
    )
    .expect("valid regex")
});
/// A length of time (`6 months`), which is no date until its start is known.
static LENGTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d+\s*(?:days?|weeks?|months?|years?|yrs?)\b").expect("valid regex")
});
static SERIAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{5}(?:\.\d+)?$").expect("valid regex"));

use crate::model::period::MONTHS;

/// Reads a deadline written as text. `None` when it is not one of the known forms.
pub fn parse(text: &str) -> Option<Deadline> {
    let t = normalise(text);
    if is_ongoing(&t) {
        return Some(Deadline::Ongoing);
    }
    parse_date(&t).map(Deadline::Date)
}

/// Reads a date written as text (not `ongoing`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = normalise(text);
    if let Some(c) = ISO.captures(&t) {
        return NaiveDate::from_ymd_opt(year(&c[1])?, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    if let Some(c) = NUMERIC.captures(&t) {
        return NaiveDate::from_ymd_opt(year(&c[3])?, c[2].parse().ok()?, c[1].parse().ok()?);
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(&t) {
        return NaiveDate::from_ymd_opt(year(&c[3])?, month(&c[2])?, c[1].parse().ok()?);
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(&t) {
        return NaiveDate::from_ymd_opt(year(&c[3])?, month(&c[1])?, c[2].parse().ok()?);
    }
    if let Some(c) = MONTH_YEAR.captures(&t) {
        return last_day(year(&c[2])?, month(&c[1])?);
    }
    if SERIAL.is_match(&t) {
        return from_serial(t.parse().ok()?);
    }
    None
}

/// The date written among other words, as timetables do: `Cabinet – 12 October 2011`, `Meeting
/// held by 28 February 2014`; of a span, its end (`October 2011 to March 2012`: 31 March 2012).
/// `None` when no date is there, when two dates are not a span (`March 2015 (was December
/// 2014)`: which one is meant is the officer's to say), or when the cell gives a length of time
/// (`within 6 months of 1 April 2014`), whose end would be a guess.
pub fn within(text: &str) -> Option<NaiveDate> {
    let t = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if LENGTH.is_match(&t) {
        return None;
    }
    let found: Vec<(usize, usize, NaiveDate)> = INSIDE
        .find_iter(&t)
        .filter_map(|m| Some((m.start(), m.end(), parse_date(m.as_str())?)))
        .collect();
    match found[..] {
        [] => None,
        [(_, _, d)] => Some(d),
        [.., (_, end, _), (start, _, d)] => {
            let between = t[end..start].trim();
            ["to", "-", "–", "—", "until", "till"]
                .contains(&between)
                .then_some(d)
        }
    }
}

/// `6 months`, `within 2 weeks`: a length of time, not a date.
pub fn is_length(text: &str) -> bool {
    LENGTH.is_match(&text.to_lowercase())
}

/// A spreadsheet serial date (days since 30 December 1899, as Excel and LibreOffice count them).
pub fn from_serial(serial: f64) -> Option<NaiveDate> {
    if !SERIAL_RANGE.contains(&serial) {
        return None;
    }
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    epoch.checked_add_days(Days::new(serial.floor() as u64))
}

/// The serial number of a date, the inverse of [`from_serial`].
pub fn to_serial(date: NaiveDate) -> f64 {
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).expect("valid date");
    (date - epoch).num_days() as f64
}

/// `Ongoing`, `On going`, `on-going`.
pub fn is_ongoing(text: &str) -> bool {
    let letters: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    letters == "ongoing"
}

/// Lower case, single spaces, and the words that often come before a deadline dropped
/// (`by`, `end of`, `w/e`).
fn normalise(text: &str) -> String {
    let t = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let t = t.trim_matches(|c: char| c == '.' || c == ',' || c == '(' || c == ')');
    for prefix in [
        "by the end of ",
        "by end of ",
        "end of ",
        "by ",
        "end ",
        "w/e ",
        "w/c ",
    ] {
        if let Some(rest) = t.strip_prefix(prefix) {
            return rest.trim().to_string();
        }
    }
    t.trim().to_string()
}

/// A month by its name or an abbreviation of at least three letters (`Sept`, `Apr`, `April`).
fn month(name: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| m.starts_with(name) || (name == "sept" && *m == "september"))
        .map(|i| i as u32 + 1)
}

/// A four-digit year from 1900 to 2100, or two digits: `14` is 2014, `98` is 1998.
fn year(digits: &str) -> Option<i32> {
    let y: i32 = digits.parse().ok()?;
    match digits.len() {
        2 if y < 70 => Some(2000 + y),
        2 => Some(1900 + y),
        _ => (1900..=2100).contains(&y).then_some(y),
    }
}

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }?;
    first_of_next.pred_opt().filter(|d| d.month() == month)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn the_forms_of_the_spec() {
        assert_eq!(parse_date("2014-04-30"), d(2014, 4, 30));
        assert_eq!(parse_date("30/04/2014"), d(2014, 4, 30));
        assert_eq!(parse_date("30/4/14"), d(2014, 4, 30));
        assert_eq!(parse_date("30.04.2014"), d(2014, 4, 30));
        assert_eq!(parse_date("Apr-14"), d(2014, 4, 30));
        assert_eq!(parse_date("Nov 13"), d(2013, 11, 30));
        assert_eq!(parse_date("April 2014"), d(2014, 4, 30));
        assert_eq!(parse_date("Feb 2016"), d(2016, 2, 29));
        assert_eq!(parse_date("30 April 2014"), d(2014, 4, 30));
        assert_eq!(parse_date("1st Sept 2014"), d(2014, 9, 1));
        assert_eq!(parse_date("31-Mar-15"), d(2015, 3, 31));
        assert_eq!(parse_date("End of March 2015"), d(2015, 3, 31));
        assert_eq!(parse_date("41759"), d(2014, 4, 30));
        assert_eq!(parse_date("2014-04-30T00:00:00"), d(2014, 4, 30));
        assert_eq!(parse("On going"), Some(Deadline::Ongoing));
        assert_eq!(parse("Ongoing"), Some(Deadline::Ongoing));
        assert_eq!(parse("on-going"), Some(Deadline::Ongoing));
    }

    #[test]
    fn a_date_among_words() {
        assert_eq!(within("Cabinet \u{2013} 12 October 2011"), d(2011, 10, 12));
        assert_eq!(within("Meeting held by 28 February 2014"), d(2014, 2, 28));
        assert_eq!(within("October 2011 to March 2012"), d(2012, 3, 31));
        assert_eq!(within("Review on 30/04/2014"), d(2014, 4, 30));
        assert_eq!(within("6 months"), None);
        assert_eq!(within("within 6 months of 1 April 2014"), None);
        assert_eq!(within("As soon as possible"), None);
        assert_eq!(within("Phase 2014"), None);
        assert_eq!(within("Apr 2014 - Sept 2014"), d(2014, 9, 30));
        assert_eq!(within("March 2015 (was December 2014)"), None);
    }

    #[test]
    fn what_is_not_a_date() {
        for s in [
            "33/11/2",
            "31/02/2014",
            "soon",
            "April",
            "2014",
            "Q3 2014",
            "COMPLETE",
            "",
            "764011",
            "13/13/2013",
        ] {
            assert_eq!(parse(s), None, "{s}");
        }
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (1990i32..2070, 1u32..=12, 1u32..=31)
            .prop_filter_map("a real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
    }

    proptest! {
        #[test]
        fn whole_dates_read_back(date in any_date()) {
            for fmt in ["%Y-%m-%d", "%d/%m/%Y", "%-d/%-m/%y", "%-d %B %Y", "%d %b %Y", "%-d-%b-%y", "%d.%m.%Y", "%B %-d, %Y"] {
                let text = date.format(fmt).to_string();
                prop_assert_eq!(parse_date(&text), Some(date), "{}", text);
                prop_assert_eq!(parse_date(&text.to_uppercase()), Some(date), "{}", text);
            }
        }

        #[test]
        fn a_month_alone_is_its_last_day(date in any_date()) {
            let end = last_day(date.year(), date.month()).unwrap();
            for fmt in ["%b-%y", "%b %y", "%B %Y", "%b %Y", "%B-%y"] {
                let text = date.format(fmt).to_string();
                prop_assert_eq!(parse_date(&text), Some(end), "{}", text);
            }
            prop_assert_eq!(end.succ_opt().unwrap().day(), 1);
        }

        #[test]
        fn serial_dates_read_back(date in any_date()) {
            prop_assert_eq!(from_serial(to_serial(date)), Some(date));
            prop_assert_eq!(parse_date(&to_serial(date).to_string()), Some(date));
        }

        #[test]
        fn any_text_is_read_or_refused_without_panic(text in "\\PC{0,40}") {
            if let Some(Deadline::Date(date)) = parse(&text) {
                prop_assert!((1900..=2100).contains(&date.year()));
            }
        }

        #[test]
        fn numbers_with_impossible_days_are_refused(day in 32u32..99, m in 1u32..=12, y in 1990i32..2070) {
            let text = format!("{day}/{m}/{y}");
            prop_assert_eq!(parse_date(&text), None);
        }
    }
}
