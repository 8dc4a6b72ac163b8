//! Reporting periods of performance indicators, as councils write them: calendar years (`2023`),
//! financial years (`2023-24`, April to March), quarters (`2024-Q1`, calendar; `2025-26 Q1`,
//! financial, April to June), months (`2024-03`, `March 2024`). Reading one, ordering them and
//! saying them in words. Pure; must not touch files or print.

use chrono::NaiveDate;

/// The kinds of reporting period councils write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// A calendar year: `2023`.
    Year,
    /// A financial year, April to March: `2023-24`.
    FinancialYear,
    /// A calendar quarter: `2024-Q1`.
    Quarter,
    /// A quarter of a financial year, the first being April to June: `2025-26 Q1`.
    FinancialQuarter,
    /// A calendar month: `2024-03` or `March 2024`.
    Month,
}

/// One reporting period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// Which kind of period it is.
    pub kind: PeriodKind,
    /// Its first day.
    pub start: NaiveDate,
    /// Its last day.
    pub end: NaiveDate,
    /// How it is shown: `2023`, `2023-24`, `2024 Q1`, `2025-26 Q1`, `March 2024`.
    pub label: String,
}

impl Period {
    /// The order of periods: by last day, then first day (a year comes after the quarters it ends with).
    pub fn sort_key(&self) -> (NaiveDate, std::cmp::Reverse<NaiveDate>) {
        (self.end, std::cmp::Reverse(self.start))
    }
}

/// The months' names, lower-case, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let next = if m == 12 {
        ymd(y + 1, 1, 1)?
    } else {
        ymd(y, m + 1, 1)?
    };
    next.pred_opt()
}

fn year(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
        .filter(|y| (1900..=2200).contains(y))
}

/// `24` after 2023, `2024` after 2023: the second year of a financial year.
fn next_year(first: i32, s: &str) -> bool {
    match s.len() {
        2 => s.parse::<i32>().ok() == Some((first + 1) % 100),
        4 => s.parse::<i32>().ok() == Some(first + 1),
        _ => false,
    }
}

fn quarter(s: &str) -> Option<u32> {
    let s = s.strip_prefix('Q').or_else(|| s.strip_prefix('q'))?;
    s.parse::<u32>().ok().filter(|q| (1..=4).contains(q))
}

fn financial_year(y: i32) -> Option<Period> {
    Some(Period {
        kind: PeriodKind::FinancialYear,
        start: ymd(y, 4, 1)?,
        end: ymd(y + 1, 3, 31)?,
        label: format!("{y}-{:02}", (y + 1) % 100),
    })
}

fn month(y: i32, m: u32) -> Option<Period> {
    Some(Period {
        kind: PeriodKind::Month,
        start: ymd(y, m, 1)?,
        end: month_end(y, m)?,
        label: format!("{} {y}", capitalised(MONTHS[(m - 1) as usize])),
    })
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// The forms a period may take, for hints.
pub const FORMS: &str = "a year (2023), a financial year (2023-24), a quarter (2024-Q1), a financial quarter (2025-26 Q1) or a month (2024-03 or March 2024)";

/// Reads a period; the error says what was wrong.
pub fn parse(text: &str) -> Result<Period, String> {
    let s = text.trim();
    let unreadable = || format!("`{s}` is not a period");
    // `Q1 2024`, `2024 Q1`, `2024-Q1`, `2025-26 Q1`, `2025/26-Q1`.
    let words: Vec<&str> = s.split([' ', '-', '/']).filter(|w| !w.is_empty()).collect();
    if let Some(qi) = words.iter().position(|w| quarter(w).is_some()) {
        let q = quarter(words[qi]).unwrap_or(1);
        let rest: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != qi)
            .map(|(_, w)| *w)
            .collect();
        return match rest.as_slice() {
            [y] => {
                let y = year(y).ok_or_else(unreadable)?;
                let m = (q - 1) * 3 + 1;
                Ok(Period {
                    kind: PeriodKind::Quarter,
                    start: ymd(y, m, 1).ok_or_else(unreadable)?,
                    end: month_end(y, m + 2).ok_or_else(unreadable)?,
                    label: format!("{y} Q{q}"),
                })
            }
            [y, y2] => {
                let y = year(y).ok_or_else(unreadable)?;
                if !next_year(y, y2) {
                    return Err(format!(
                        "`{s}` is not a financial quarter: the year after {y} is {}",
                        (y + 1) % 100
                    ));
                }
                // Financial quarters: Q1 is April to June.
                let (sy, m) = if q == 4 { (y + 1, 1) } else { (y, q * 3 + 1) };
                Ok(Period {
                    kind: PeriodKind::FinancialQuarter,
                    start: ymd(sy, m, 1).ok_or_else(unreadable)?,
                    end: month_end(sy, m + 2).ok_or_else(unreadable)?,
                    label: format!("{y}-{:02} Q{q}", (y + 1) % 100),
                })
            }
            _ => Err(unreadable()),
        };
    }
    // `March 2024`, `Mar 2024`.
    if let [name, y] = words.as_slice()
        && name.chars().all(char::is_alphabetic)
    {
        let lower = name.to_lowercase();
        let m = MONTHS
            .iter()
            .position(|full| lower.len() >= 3 && full.starts_with(&lower))
            .ok_or_else(unreadable)? as u32
            + 1;
        return month(year(y).ok_or_else(unreadable)?, m).ok_or_else(unreadable);
    }
    match words.as_slice() {
        [y] => {
            let y = year(y).ok_or_else(unreadable)?;
            Ok(Period {
                kind: PeriodKind::Year,
                start: ymd(y, 1, 1).ok_or_else(unreadable)?,
                end: ymd(y, 12, 31).ok_or_else(unreadable)?,
                label: y.to_string(),
            })
        }
        [y, second] => {
            let y = year(y).ok_or_else(unreadable)?;
            if next_year(y, second) {
                return financial_year(y).ok_or_else(unreadable);
            }
            match second.parse::<u32>() {
                Ok(m) if second.len() == 2 && (1..=12).contains(&m) => {
                    month(y, m).ok_or_else(unreadable)
                }
                _ => Err(format!(
                    "`{s}` is neither a financial year (the year after {y} is {:02}) nor a month (01 to 12)",
                    (y + 1) % 100
                )),
            }
        }
        _ => Err(unreadable()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Period {
        parse(s).unwrap()
    }
    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn forms() {
        assert_eq!(
            (p("2023").start, p("2023").end),
            (d("2023-01-01"), d("2023-12-31"))
        );
        let fy = p("2023-24");
        assert_eq!(
            (fy.kind, fy.start, fy.end, fy.label.as_str()),
            (
                PeriodKind::FinancialYear,
                d("2023-04-01"),
                d("2024-03-31"),
                "2023-24"
            )
        );
        assert_eq!(p("2023/24").label, "2023-24");
        assert_eq!(p("1999-00").end, d("2000-03-31"));
        let q = p("2024-Q1");
        assert_eq!(
            (q.start, q.end, q.label.as_str()),
            (d("2024-01-01"), d("2024-03-31"), "2024 Q1")
        );
        assert_eq!(p("Q4 2024").end, d("2024-12-31"));
        let fq = p("2025-26 Q1");
        assert_eq!(
            (fq.start, fq.end, fq.label.as_str()),
            (d("2025-04-01"), d("2025-06-30"), "2025-26 Q1")
        );
        assert_eq!(
            (p("2025-26 Q4").start, p("2025-26 Q4").end),
            (d("2026-01-01"), d("2026-03-31"))
        );
        let m = p("2024-02");
        assert_eq!(
            (m.end, m.label.as_str()),
            (d("2024-02-29"), "February 2024")
        );
        assert_eq!(p("Mar 2024").label, "March 2024");
    }

    #[test]
    fn ambiguous_pairs_are_financial_years() {
        // 2011-12 is December 2011 or the financial year 2011-12: councils mean the year.
        assert_eq!(p("2011-12").kind, PeriodKind::FinancialYear);
        assert_eq!(p("December 2011").kind, PeriodKind::Month);
    }

    #[test]
    fn errors() {
        assert!(
            parse("2023-13")
                .unwrap_err()
                .contains("neither a financial year")
        );
        assert!(parse("soon").is_err());
        assert!(parse("2024-Q5").is_err());
        assert!(
            parse("2025-27 Q1")
                .unwrap_err()
                .contains("not a financial quarter")
        );
        assert!(parse("").is_err());
    }

    #[test]
    fn order() {
        let mut v = [p("2024"), p("2024-Q4"), p("2023-24"), p("2024-Q1")];
        v.sort_by_key(Period::sort_key);
        let labels: Vec<&str> = v.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["2024 Q1", "2023-24", "2024 Q4", "2024"]);
    }
}
