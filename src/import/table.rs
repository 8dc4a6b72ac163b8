//! Rows → recommendations. Title rows above the header, header rows repeated at page breaks and
//! the page headings above them are set aside; a row with one filled cell is a section (the
//! `theme` of the rows below); every other row goes to `import::items`, which gathers them into
//! numbered items; then [`super::draft`] settles what the sheet left open, with the notes on what
//! the columns gave. Pure; must not touch files or print.

use super::cells::{item_number, quoted};
use super::columns::{self, Column, Field};
use super::dates;
use super::draft::{Draft, Given, default_status, finish};
use super::items::Builder;
use super::read::{Sheet, Value};
use super::row::Row;
use super::{Cell, Diagnostic};
use crate::model::SiteConfig;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)updated?[\s:\-–—]*(?:on\s+|in\s+)?([A-Za-z0-9][A-Za-z0-9 /.\-]*)")
        .expect("valid regex")
});

/// Everything the sheet gives.
#[derive(Debug, Default)]
pub struct Table {
    /// One draft per recommendation, in sheet order.
    pub drafts: Vec<Draft>,
    /// The first title row: the review's title.
    pub title: Option<String>,
    /// Other lines above the table (a glossary, a date), for the review's index.md.
    pub preamble: Vec<String>,
    /// The review's title from a `review_title` column (open data from a built site).
    pub review_title: Option<String>,
    /// The problems and warnings found, each at its cell.
    pub problems: Vec<Diagnostic>,
    /// Things done that the officer should know of (rows dropped, columns left out, defaults).
    pub notes: Vec<String>,
    /// A date a title row gives the plan ("Updated - August 2014"), to suggest for `--updated`.
    pub updated_hint: Option<NaiveDate>,
    /// The Progress column's header cell.
    pub progress_at: Option<Cell>,
    /// The Progress column's header as written.
    pub progress_column: Option<String>,
    /// The header row, as the spreadsheet numbers it.
    pub header_row: Option<usize>,
}

/// Reads the table of `sheet`. `Err` is a usage error in `mapping`.
pub fn read(
    sheet: &Sheet,
    mapping: &[(String, Field)],
    config: &SiteConfig,
    review: &str,
) -> Result<Table, String> {
    let rows = &sheet.rows;
    let mut t = Table::default();
    let Some(h) = columns::find_header(rows, mapping) else {
        t.problems.push(Diagnostic::cell_error(
            None,
            None,
            "no header row was found: no row names two or more of the columns followthrough knows",
            "the table needs a row of column names such as No. | Recommendation | Responsible | Planned Action | Progress | Status; \
             if the names are different, say which is which with --columns, such as --columns \"Ref=number, Ask=recommendation\"",
        ));
        return Ok(t);
    };
    let (cols, problems, notes) = columns::resolve(h, rows, mapping, &config.statuses)?;
    t.problems = problems;
    t.notes = notes;
    t.header_row = Some(h + 1);
    let titles: Vec<String> = rows[..h]
        .iter()
        .map(|r| row_line(r))
        .filter(|l| !l.is_empty())
        .collect();
    t.title = titles.first().cloned();
    t.preamble = titles.iter().skip(1).cloned().collect();
    t.updated_hint = titles.iter().find_map(|l| updated_in(l));
    if let Some(c) = cols.iter().find(|c| c.field == Some(Field::Progress)) {
        t.progress_at = Some(Cell {
            row: h + 1,
            col: c.index,
        });
        t.progress_column = Some(c.header.clone());
    }
    let derived: Vec<String> = cols
        .iter()
        .filter(|c| c.field == Some(Field::Derived))
        .map(|c| c.header.clone())
        .collect();
    if !derived.is_empty() {
        t.notes.push(format!(
            "left out the columns followthrough works out for itself: {}",
            derived.join(", ")
        ));
    }
    let has = |f: Field| cols.iter().any(|c| c.field == Some(f));
    let leftmost = cols
        .iter()
        .filter(|c| c.field != Some(Field::Ignore))
        .map(|c| c.index)
        .min()
        .unwrap_or(0);
    let review_filter = review_rows(rows, h, &cols, review)?;

    let mut b = Builder {
        config,
        items: Vec::new(),
        problems: Vec::new(),
        section: None,
        has_number: has(Field::Number),
        labelled: false,
        skipping: false,
    };
    let mut pending: Vec<(usize, String)> = Vec::new();
    let (mut repeated, mut page_headings, mut skipped) = (Vec::new(), Vec::new(), 0);
    for (i, cells) in rows.iter().enumerate().skip(h + 1) {
        let mut row = Row {
            number: i + 1,
            cells: cols
                .iter()
                .filter(|c| c.field != Some(Field::Ignore))
                .filter_map(|c| cells.get(c.index).filter(|v| !v.is_empty()).map(|v| (c, v)))
                .collect(),
        };
        // A broken formula holds no text of the plan: report it, and read the row without it.
        row.cells.retain(|(c, v)| {
            let Value::Error(e) = v else { return true };
            b.problems.push(Diagnostic::cell_error(
                Some(Cell {
                    row: i + 1,
                    col: c.index,
                }),
                Some(c.header.clone()),
                format!("the cell shows the spreadsheet error {e}: its formula is broken"),
                "correct the formula, or copy the column and paste it back as values only",
            ));
            false
        });
        if row.cells.is_empty() {
            continue;
        }
        if columns::repeats_header(cells, &rows[h]) {
            page_headings.append(&mut pending);
            repeated.push(row.number);
            continue;
        }
        if let (Some(keep), Some((v, _, _))) = (&review_filter, row.value(Field::Review))
            && v.text() != *keep
        {
            skipped += 1;
            continue;
        }
        if t.review_title.is_none() {
            t.review_title = row.text(Field::ReviewTitle).map(|(text, _, _)| text);
        }
        if let [(c, v)] = row.cells[..] {
            let bare_number = c.field == Some(Field::Number)
                && item_number(&v.text()).is_some_and(|(_, heading)| heading.is_none());
            if c.index <= leftmost && !bare_number {
                pending.push((row.number, v.text()));
                continue;
            }
        }
        b.sections(&mut pending, &mut t.notes);
        b.row(&row);
    }
    for (r, text) in pending {
        t.notes.push(format!("row {r} ({}) looks like a heading, but no recommendation follows it, so it was not used", quoted(&text)));
    }
    if !repeated.is_empty() {
        t.notes.push(format!(
            "dropped {} header {} repeated at page breaks ({})",
            repeated.len(),
            rows_word(repeated.len()),
            list_rows(&repeated)
        ));
    }
    if !page_headings.is_empty() {
        let texts: Vec<&str> = page_headings.iter().map(|(_, s)| s.as_str()).collect();
        t.notes.push(format!(
            "dropped the page {} above them: {}",
            if texts.len() == 1 {
                "heading"
            } else {
                "headings"
            },
            texts.join(" / ")
        ));
        if t.updated_hint.is_none() {
            t.updated_hint = page_headings.iter().find_map(|(_, l)| updated_in(l));
        }
    }
    if skipped > 0 {
        t.notes
            .push(format!("left out {skipped} rows of other reviews"));
    }
    let default_status = default_status(config);
    if let Some(c) = cols.iter().find(|c| c.field == Some(Field::Timetable)) {
        t.notes.push(format!(
            "column {} holds statuses on some rows and dates on others: each cell is read by what it holds, a status as the status and a date as the deadline{}",
            c.label(),
            if has(Field::Status) {
                String::new()
            } else {
                format!("; a recommendation it gives no status is marked `{default_status}`")
            }
        ));
    } else if let (false, Some(c)) = (
        has(Field::Status),
        cols.iter().find(|c| c.field == Some(Field::Outcome)),
    ) {
        t.notes.push(format!(
            "the sheet has no status column: a recommendation is marked `{default_status}` unless column {} gives a status word such as Actioned or Pending, which is read as its status and not as what was done",
            c.label()
        ));
    } else if !has(Field::Status) {
        t.notes.push(format!(
            "the sheet has no status column: every recommendation is marked `{default_status}`"
        ));
    }
    let Builder {
        items,
        problems,
        labelled,
        ..
    } = b;
    if labelled {
        t.notes.push("the sheet has no number column, so each recommendation is numbered by the letter or number its text starts with, such as `a)`, which is taken off the text".into());
    }
    t.problems.extend(problems);
    let given = Given {
        status: has(Field::Status),
        response: has(Field::Response) || has(Field::ResponseText),
        responsible: cols
            .iter()
            .find(|c| c.field == Some(Field::Responsible))
            .map(|c| c.header.clone()),
        lead_officer: cols
            .iter()
            .find(|c| c.field == Some(Field::LeadOfficer))
            .map(|c| format!("column {}", c.label())),
    };
    t.drafts = finish(
        items,
        &given,
        &default_status,
        config,
        &mut t.problems,
        &mut t.notes,
    );
    Ok(t)
}

fn rows_word(n: usize) -> &'static str {
    if n == 1 { "row" } else { "rows" }
}

fn list_rows(rows: &[usize]) -> String {
    let s: Vec<String> = rows.iter().map(|r| format!("row {r}")).collect();
    s.join(", ")
}

/// The cells of a row outside the table, as one line of text.
fn row_line(cells: &[Value]) -> String {
    cells
        .iter()
        .filter(|v| !v.is_empty())
        .map(Value::text)
        .collect::<Vec<_>>()
        .join(" ")
}

fn updated_in(line: &str) -> Option<NaiveDate> {
    let c = UPDATED.captures(line)?;
    dates::parse_date(c[1].trim())
}

/// Open data from a built site holds every review: keep the rows of this one.
fn review_rows(
    rows: &[Vec<Value>],
    h: usize,
    cols: &[Column],
    review: &str,
) -> Result<Option<String>, String> {
    let Some(c) = cols.iter().find(|c| c.field == Some(Field::Review)) else {
        return Ok(None);
    };
    let mut found: Vec<String> = rows[h + 1..]
        .iter()
        .filter_map(|r| r.get(c.index))
        .filter(|v| !v.is_empty())
        .map(Value::text)
        .collect();
    found.sort();
    found.dedup();
    if found.len() <= 1 {
        return Ok(None);
    }
    if found.iter().any(|f| f == review) {
        return Ok(Some(review.to_string()));
    }
    Err(format!(
        "the sheet holds the recommendations of {} reviews ({}), in column {}\nhelp: import one at a time, naming it with --review, such as --review {}",
        found.len(),
        found.join(", "),
        c.label(),
        found[0]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, Response, StatusDef, Statuses};

    fn config() -> SiteConfig {
        let d = |k: &str, l: &str, c| StatusDef {
            key: k.into(),
            label: l.into(),
            category: c,
        };
        SiteConfig {
            title: "t".into(),
            organisation: "Test Council".into(),
            base_url: None,
            language: "en-GB".into(),
            languages: crate::model::Languages::default(),
            theme: "default".into(),
            stale_after_days: 180,
            statuses: Statuses(vec![
                d("not-started", "Not started", Category::NotStarted),
                d("on-going", "On-going", Category::InProgress),
                d("complete", "Complete", Category::Done),
                d("n-a", "N/A", Category::Closed),
            ]),
        }
    }

    /// A sheet from lines of tab-separated cells.
    fn sheet(lines: &[&str]) -> Sheet {
        let rows = lines
            .iter()
            .map(|l| {
                l.split('\t')
                    .map(|c| {
                        if c.trim().is_empty() {
                            Value::Empty
                        } else {
                            Value::Text(c.to_string())
                        }
                    })
                    .collect()
            })
            .collect();
        Sheet {
            name: "Sheet1".into(),
            workbook: true,
            rows,
            encoding: None,
            delimiter: None,
            unclosed_quote: None,
        }
    }

    fn table(lines: &[&str]) -> Table {
        read(&sheet(lines), &[], &config(), "r").unwrap()
    }

    #[test]
    fn sections_items_and_continuations() {
        let t = table(&[
            "Repairs action plan",
            "",
            "No.\tRecommendation\tOwner\tAction\tStatus",
            "Reporting",
            "1\tAnswer calls quickly\tIC\tIC to staff the line\tComplete",
            "\tRecord calls.\tIC\tTMT to train staff\tOn going",
            "Doing repairs",
            "2\tCarry ID cards when\tTMOs\tTMOs to issue cards\tN/A",
            "\tvisiting homes.\tIC\tIC to check\tComplete",
            "\t\t\tand report back",
        ]);
        assert!(t.problems.is_empty(), "{:?}", t.problems);
        assert_eq!(t.title.as_deref(), Some("Repairs action plan"));
        let numbers: Vec<&str> = t.drafts.iter().map(|d| d.number.as_str()).collect();
        assert_eq!(numbers, ["1.1", "1.2", "2"]);
        assert_eq!(t.drafts[0].theme.as_deref(), Some("Reporting"));
        assert_eq!(t.drafts[1].status, "on-going");
        let two = &t.drafts[2];
        assert_eq!(two.theme.as_deref(), Some("Doing repairs"));
        assert_eq!(two.recommendation, "Carry ID cards when visiting homes.");
        assert_eq!(two.responsible, ["TMOs", "IC"]);
        assert_eq!(two.status, "n-a");
        assert_eq!(two.actions.len(), 2);
        assert_eq!(two.actions[1].action, "IC to check and report back");
        assert_eq!(two.actions[1].status.as_deref(), Some("complete"));
        // The sheet states no response: a planned action is not taken as agreement.
        assert_eq!(two.response, Response::Awaiting);
        assert!(
            t.notes
                .iter()
                .any(|n| n.contains("no response column, so it states no formal response")),
            "{:?}",
            t.notes
        );
    }

    #[test]
    fn a_cell_not_understood_is_reported_with_its_place_and_kept() {
        let t = table(&[
            "Ref\tRecommendation\tResponsible\tDeadline\tStatus",
            "1\tDo it\tIC\tsoonish\tDelayed",
        ]);
        let places: Vec<String> = t
            .problems
            .iter()
            .map(|p| format!("{} {}", p.cell().unwrap(), p.found.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(places, ["E2 Delayed", "D2 soonish"]);
        assert!(t.problems.iter().all(|p| p.is_error()));
        let comments = t.drafts[0].comments.join("\n");
        assert!(
            comments.contains("\"Delayed\"") && comments.contains("\"soonish\""),
            "{comments}"
        );
        assert_eq!(t.drafts[0].status, "not-started");
    }

    #[test]
    fn without_a_number_column_rows_are_numbered_in_order() {
        let t = table(&[
            "Recommendation\tResponsible\tResponse",
            "Do one thing\tIC\tAgreed",
            "Do another\tIC\tNot accepted: too dear",
        ]);
        let numbers: Vec<&str> = t.drafts.iter().map(|d| d.number.as_str()).collect();
        assert_eq!(numbers, ["1", "2"]);
        assert_eq!(t.drafts[1].response, Response::NotAgreed);
        assert_eq!(
            t.drafts[1].response_text.as_deref(),
            Some("Not accepted: too dear")
        );
        assert_eq!(t.drafts[0].response_text, None);
        assert!(t.notes.iter().any(|n| n.contains("no status column")));
    }

    #[test]
    fn a_broken_formula_is_reported_not_read_as_a_status() {
        let mut s = sheet(&["No\tRecommendation\tOwner\tStatus", "1\tDo it\tIC\t"]);
        s.rows[1][3] = Value::Error("#N/A".into());
        let t = read(&s, &[], &config(), "r").unwrap();
        let found: Vec<String> = t
            .problems
            .iter()
            .map(|p| format!("{} {}", p.cell().unwrap(), p.message))
            .collect();
        assert_eq!(
            found[0],
            "D2 the cell shows the spreadsheet error #N/A: its formula is broken"
        );
        assert_ne!(t.drafts[0].status, "n-a");
    }

    #[test]
    fn the_date_of_the_plan_is_found_in_a_title() {
        assert_eq!(
            updated_in("Action Plan (Updated - August 2014)"),
            NaiveDate::from_ymd_opt(2014, 8, 31)
        );
        assert_eq!(
            updated_in("Last updated: 3 March 2015"),
            NaiveDate::from_ymd_opt(2015, 3, 3)
        );
        assert_eq!(updated_in("Action plan"), None);
    }
}
