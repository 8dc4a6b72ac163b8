//! Dates: reading `YYYY-MM-DD` (telling an impossible date from an unreadable one). Pure; must
//! not touch files or print.

use chrono::{Datelike, NaiveDate};

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
