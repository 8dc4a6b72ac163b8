//! The commands and flags as typed (clap), and their resolution into options: the as-of date from
//! `--as-of`, then `SOURCE_DATE_EPOCH`, then today. Must not read content or print.

use crate::error::FatalError;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// The command line as typed.
#[derive(Parser, Debug)]
#[command(name = "followthrough", version, about = "Publish scrutiny reviews, recommendations and action plans as an accessible static website.", long_about = None)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The six commands: build, check, new, serve, import and export.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read content/ and write the whole site to output/ (the old site is kept if anything is wrong).
    Build(BuildArgs),
    /// Check everything a build would, and write nothing.
    Check(CheckArgs),
    /// Create a new site with example content in DIR.
    New(NewArgs),
    /// Build the site, serve it on this computer, and rebuild and reload the page on every change.
    Serve(ServeArgs),
    /// Turn an action plan (CSV, TSV, XLSX, XLS or ODS) into content files for one review; or,
    /// with --updates, bring a filled-in tracker back into the content.
    #[command(after_help = "Examples:\n  \
        followthrough import plan.xlsx --review tmo-scrutiny-2011 --updated 2014-08-31 --dry-run\n  \
        followthrough import plan.xlsx --review tmo-scrutiny-2011 --updated 2014-08-31\n  \
        followthrough import plan.csv --review repairs-2015 --columns \"Ref=number, What we asked=recommendation\"\n  \
        followthrough import tracker-2026-12-02.xlsx --updates --dry-run\n  \
        followthrough import tracker-2026-12-02.xlsx --updates --updated 2026-11-30\n\n\
        Fields for --columns: number, title, theme, recommendation, response, response_text, responsible, lead_officer, \
        resources, deadline, revised_deadline, status, action, progress, outcome, review, review_title, ignore.")]
    Import(ImportArgs),
    /// Write the tracker to send round to action owners each quarter: a spreadsheet with one row
    /// per recommendation and action, and columns for them to fill in.
    #[command(after_help = "Examples:\n  \
        followthrough export --as-of 2026-12-02\n  \
        followthrough export --review tmo-scrutiny-2011 --responsible IC --out tracker-ic.xlsx\n  \
        followthrough export --out tracker.csv\n\n\
        Bring the filled-in tracker back with `followthrough import FILE --updates`.")]
    Export(ExportArgs),
}

/// The options every site command takes.
#[derive(Args, Debug, Clone)]
pub struct Common {
    /// The site folder (the one holding content/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    /// Judge "overdue" and "not updated" on this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<String>,
    /// The address the site is published at; overrides base_url in site.yaml.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// How many threads to use (default: all cores).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `followthrough build`.
#[derive(Args, Debug)]
pub struct BuildArgs {
    /// The options every site command takes.
    #[command(flatten)]
    pub common: Common,
    /// Where to write the site (default: output/ in the site folder).
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Take over an output folder that holds files followthrough did not write (a site built by
    /// an older version, say). Nothing in it is removed; the site's files replace any of the
    /// same name.
    #[arg(long)]
    pub force: bool,
}

/// How `check` reports what it found.
// Its variants carry `//` comments, not docs: clap would show doc comments in `--format`'s help.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    // Messages for people, with the lines they concern.
    Human,
    // One JSON document, for other programs.
    Json,
}

/// `followthrough check`.
#[derive(Args, Debug)]
pub struct CheckArgs {
    /// The options every site command takes.
    #[command(flatten)]
    pub common: Common,
    /// `human` for people, `json` for other programs.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
}

/// `followthrough new`.
#[derive(Args, Debug)]
pub struct NewArgs {
    /// The folder to create (it must not exist, or be empty).
    pub dir: PathBuf,
}

/// `followthrough import`.
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The action plan: a CSV or TSV file (or text copied from Word), or a spreadsheet (XLSX, XLS, ODS).
    pub file: PathBuf,
    /// The review's folder under content/reviews/, such as tmo-scrutiny-2011 (made if it is not there).
    #[arg(long, value_name = "SLUG", required_unless_present = "updates")]
    pub review: Option<String>,
    /// The file is a tracker from `followthrough export`, filled in: add its updates, statuses,
    /// revised deadlines and closure requests to the content files, changing nothing else.
    #[arg(long, conflicts_with_all = ["review", "columns", "force"])]
    pub updates: bool,
    /// With --updates: no update may be dated after this day (YYYY-MM-DD; default today).
    #[arg(long, value_name = "YYYY-MM-DD", requires = "updates")]
    pub as_of: Option<String>,
    /// The site folder (the one holding content/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    /// The sheet to read in a spreadsheet (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The date of the progress notes: each becomes an update dated this day (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub updated: Option<String>,
    /// Say what columns hold when their names are not recognised: "Ref=number, Ask=recommendation, G=ignore".
    #[arg(long, value_name = "NAME=FIELD,...")]
    pub columns: Vec<String>,
    /// Show the files that would be written, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Write even if cells could not be understood (they are kept as comments), replacing files already there.
    #[arg(long)]
    pub force: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `followthrough export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Only this review (its folder under content/reviews/); give it again for more (default: all).
    #[arg(long, value_name = "SLUG")]
    pub review: Vec<String>,
    /// Only the rows this party is responsible for: a name or abbreviation as written, or its
    /// meaning in glossary.yaml (any case).
    #[arg(long, value_name = "PARTY")]
    pub responsible: Option<String>,
    /// The date the tracker is as of (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<String>,
    /// The file to write: .xlsx, .ods or .csv (default: tracker-YYYY-MM-DD.xlsx, dated by --as-of, in the current folder).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace the file if it is already there.
    #[arg(long)]
    pub force: bool,
    /// The site folder (the one holding content/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
}

/// `followthrough serve`.
#[derive(Args, Debug)]
pub struct ServeArgs {
    /// The options every site command takes.
    #[command(flatten)]
    pub common: Common,
    /// The port to serve on (0: any free port).
    #[arg(long, value_name = "PORT", default_value_t = 1111)]
    pub port: u16,
    /// The address to listen on. The default lets only this computer see the site.
    #[arg(long, value_name = "IP", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Open the site in the web browser.
    #[arg(long)]
    pub open: bool,
    /// Look for changes every half second instead of being told by the system (for network
    /// drives, or when the system has run out of file watches).
    #[arg(long)]
    pub poll: bool,
}

/// The earliest date "overdue" can be judged on: before any scrutiny review of today's kind.
pub const EARLIEST_AS_OF: NaiveDate = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap();
/// The latest: far enough ahead for any plan, near enough that a slip of the keyboard is caught.
pub const LATEST_AS_OF: NaiveDate = NaiveDate::from_ymd_opt(2199, 12, 31).unwrap();

/// The date to judge against: `--as-of`, else `SOURCE_DATE_EPOCH`, else today. Either must be a
/// real date from 1990 to 2199: `-0001-01-01` or `+10000-01-01` is a typing slip, not a date.
pub fn as_of(flag: Option<&str>) -> Result<NaiveDate, FatalError> {
    let in_range = |d: NaiveDate, what: String| {
        if (EARLIEST_AS_OF..=LATEST_AS_OF).contains(&d) {
            Ok(d)
        } else {
            Err(FatalError::Usage {
                message: format!(
                    "{what} is {d}, which is outside the dates followthrough judges against ({EARLIEST_AS_OF} to {LATEST_AS_OF}); check the year"
                ),
            })
        }
    };
    if let Some(s) = flag {
        let t = s.trim();
        // chrono reads a signed or five-digit year; a date here starts with a four-digit year.
        let shaped = t
            .split('-')
            .next()
            .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
        let date = NaiveDate::parse_from_str(t, "%Y-%m-%d").ok().filter(|_| shaped).ok_or_else(|| FatalError::Usage {
            message: format!("--as-of `{s}` is not a date: write it as YYYY-MM-DD, for example --as-of 2014-08-31"),
        })?;
        return in_range(date, format!("--as-of {t}"));
    }
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        let secs: i64 = epoch.trim().parse().map_err(|_| FatalError::Usage {
            message: format!("SOURCE_DATE_EPOCH `{epoch}` is not a number of seconds since 1970; unset it or fix it"),
        })?;
        let date = chrono::DateTime::from_timestamp(secs, 0)
            .map(|d| d.date_naive())
            .ok_or_else(|| FatalError::Usage {
                message: format!("SOURCE_DATE_EPOCH `{epoch}` is out of range; unset it or give seconds since 1970"),
            })?;
        return in_range(
            date,
            format!("the date in SOURCE_DATE_EPOCH ({})", epoch.trim()),
        );
    }
    Ok(chrono::Local::now().date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_of_is_a_real_date_in_a_sane_range() {
        assert_eq!(
            as_of(Some("2014-08-31")).unwrap(),
            NaiveDate::from_ymd_opt(2014, 8, 31).unwrap()
        );
        for bad in [
            "-0001-01-01",
            "+10000-01-01",
            "0001-01-01",
            "2300-01-01",
            "2014-02-30",
            "31/08/2014",
        ] {
            assert!(as_of(Some(bad)).is_err(), "{bad} was accepted");
        }
    }
}
