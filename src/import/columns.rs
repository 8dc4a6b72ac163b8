//! The columns of an action plan: finding the header row by its names, matching each name
//! loosely to a field (case, spacing, punctuation and synonyms: `No.`, `Item`, `Ref`; `Owner` for
//! Responsible; `Timescale` for Deadline ...), classifying an ambiguous column (`Timeline`,
//! `Progress`, `Category`) by the values under it, and the explicit `--columns` mapping. Pure;
//! must not touch files or print.

use super::classify;
use super::headers::{Guess, guess, key};
use super::read::{Value, column_index, column_letter};
use super::{Cell, Diagnostic};
use crate::diagnostics::{did_you_mean, nearest};
use crate::model::Statuses;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The recommendation's number (`No.`, `Ref`).
    Number,
    /// A short title.
    Title,
    /// The theme it is grouped under.
    Theme,
    /// What the review asked for.
    Recommendation,
    /// The formal response: agreed, not agreed ...
    Response,
    /// The words of the response.
    ResponseText,
    /// Who is responsible (`Owner`).
    Responsible,
    /// The named officer who leads the work.
    LeadOfficer,
    /// The money or staff set aside.
    Resources,
    /// The original deadline (`Timescale`).
    Deadline,
    /// A later deadline that replaces it.
    RevisedDeadline,
    /// The current status.
    Status,
    /// `Timetable` holding statuses on some rows and dates on others: each cell is read by what
    /// it holds, a status as the status and a date as the deadline.
    Timetable,
    /// A planned action.
    Action,
    /// A progress note, kept as an update.
    Progress,
    /// What came of it.
    Outcome,
    /// The review a row belongs to (open data from a built site holds several).
    Review,
    /// The review's title, for a new index.md.
    ReviewTitle,
    /// Worked out by followthrough from the rest (overdue, status label, url ...): left out.
    Derived,
    /// Left out because `--columns` says so.
    Ignore,
    /// A date that is not the deadline (`Meeting Date`): kept as a comment in each file.
    MeetingDate,
}

/// The names `--columns` accepts, first the one shown in messages.
const FIELD_NAMES: &[(&str, Field)] = &[
    ("number", Field::Number),
    ("title", Field::Title),
    ("theme", Field::Theme),
    ("recommendation", Field::Recommendation),
    ("response", Field::Response),
    ("response_text", Field::ResponseText),
    ("responsible", Field::Responsible),
    ("lead_officer", Field::LeadOfficer),
    ("resources", Field::Resources),
    ("deadline", Field::Deadline),
    ("revised_deadline", Field::RevisedDeadline),
    ("status", Field::Status),
    ("action", Field::Action),
    ("progress", Field::Progress),
    ("outcome", Field::Outcome),
    ("review", Field::Review),
    ("review_title", Field::ReviewTitle),
    ("ignore", Field::Ignore),
    ("current_deadline", Field::RevisedDeadline),
    ("planned_action", Field::Action),
    ("update", Field::Progress),
    ("owner", Field::Responsible),
    ("skip", Field::Ignore),
    ("timetable", Field::Timetable),
];

impl Field {
    /// The field as `--columns` names it, or in words for those it cannot name.
    pub fn name(self) -> &'static str {
        match self {
            Field::Derived => "worked out by followthrough",
            Field::MeetingDate => "date of a meeting",
            f => FIELD_NAMES
                .iter()
                .find(|(_, g)| *g == f)
                .map_or("", |(n, _)| n),
        }
    }

    /// Text fields whose cells in two columns can simply be joined.
    fn joins(self) -> bool {
        matches!(
            self,
            Field::Recommendation
                | Field::ResponseText
                | Field::Action
                | Field::Progress
                | Field::Outcome
                | Field::Resources
                | Field::Responsible
        )
    }
}

/// `--columns "Ref=number, Who=responsible, G=ignore"`: column names (or letters) and fields.
pub fn parse_mapping(text: &str) -> Result<Vec<(String, Field)>, String> {
    let mut out = Vec::new();
    for pair in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let Some((col, field)) = pair.rsplit_once('=') else {
            return Err(format!(
                "`{pair}` has no `=`: write each column as NAME=FIELD, such as \"Ref=number\""
            ));
        };
        let wanted = key(field).replace(' ', "_");
        let Some((_, f)) = FIELD_NAMES.iter().find(|(n, _)| *n == wanted) else {
            let names: Vec<&str> = FIELD_NAMES[..18].iter().map(|(n, _)| *n).collect();
            // `did you mean `x`? ` before the list, as the sentence goes on.
            let hint = did_you_mean(nearest(&wanted, &names), "");
            return Err(format!(
                "`{}` is not a field: {hint}the fields are {}",
                field.trim(),
                names.join(", ")
            ));
        };
        out.push((col.trim().to_string(), *f));
    }
    Ok(out)
}

/// One column of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Where it is in the table, counting from 0.
    pub index: usize,
    /// Its header as written.
    pub header: String,
    /// `None`: a column with cells under it that nothing recognised.
    pub field: Option<Field>,
}

impl Column {
    /// `D (Planned Action)`.
    pub fn label(&self) -> String {
        if self.header.is_empty() {
            column_letter(self.index)
        } else {
            format!("{} ({})", column_letter(self.index), self.header)
        }
    }
}

/// How many cells of a row name a known column (or one `--columns` names).
fn named(row: &[Value], mapping: &[(String, Field)]) -> usize {
    row.iter()
        .filter(|v| matches!(v, Value::Text(_)))
        .filter(|v| {
            let t = v.text();
            guess(&t).is_some() || mapping.iter().any(|(m, _)| key(m) == key(&t))
        })
        .count()
}

/// The header row: the first that names at least two known columns, unless one of the next few
/// rows names the recommendation column as well (a small table above the plan's, such as "Update
/// | Date" for the dates it reports back, is not its header). Rows above it are titles.
pub fn find_header(rows: &[Vec<Value>], mapping: &[(String, Field)]) -> Option<usize> {
    let first = rows.iter().position(|r| named(r, mapping) >= 2)?;
    let names_recommendation = |r: &[Value]| {
        r.iter().filter(|v| matches!(v, Value::Text(_))).any(|v| {
            let k = key(&v.text());
            guess(&v.text()) == Some(Guess::Is(Field::Recommendation))
                || mapping
                    .iter()
                    .any(|(m, f)| *f == Field::Recommendation && key(m) == k)
        })
    };
    if names_recommendation(&rows[first]) {
        return Some(first);
    }
    let later = rows
        .iter()
        .enumerate()
        .skip(first + 1)
        .take(20)
        .find(|(_, r)| named(r, mapping) >= 2 && names_recommendation(r));
    Some(later.map_or(first, |(i, _)| i))
}

/// Whether `row` repeats the header (as tables copied from Word do at every page break).
pub fn repeats_header(row: &[Value], header: &[Value]) -> bool {
    let filled: Vec<(usize, String)> = row
        .iter()
        .enumerate()
        .filter(|(_, v)| !v.is_empty())
        .map(|(i, v)| (i, key(&v.text())))
        .collect();
    let same = filled
        .iter()
        .filter(|(i, k)| header.get(*i).is_some_and(|h| key(&h.text()) == *k))
        .count();
    same >= 2 && same * 2 > filled.len()
}

/// The columns of a table, the problems with them, and what was decided about them.
pub type Resolved = (Vec<Column>, Vec<Diagnostic>, Vec<String>);

/// Works out every column's field from its name, the mapping and the values under it (the cells
/// win where they prove another field, see [`classify`]). Problems are columns nothing recognised
/// and fields given twice; notes say where the cells overruled a name.
pub fn resolve(
    header_row: usize,
    rows: &[Vec<Value>],
    mapping: &[(String, Field)],
    statuses: &Statuses,
) -> Result<Resolved, String> {
    let header = &rows[header_row];
    let body = &rows[header_row + 1..];
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut mapped: Vec<Option<Field>> = vec![None; width];
    for (name, field) in mapping {
        let by_name = header
            .iter()
            .position(|h| !h.is_empty() && key(&h.text()) == key(name));
        let Some(i) = by_name.or_else(|| column_index(name.trim()).filter(|i| *i < width)) else {
            let names: Vec<String> = header
                .iter()
                .filter(|h| !h.is_empty())
                .map(|h| format!("\"{}\"", h.text()))
                .collect();
            return Err(format!(
                "--columns: there is no column \"{name}\" in the header row (row {}); its columns are {}; a column can also be given by its letter, such as C=deadline",
                header_row + 1,
                names.join(", ")
            ));
        };
        mapped[i] = Some(*field);
    }
    let values = |i: usize| {
        body.iter()
            .filter_map(move |r| r.get(i))
            .filter(|v| !v.is_empty())
    };
    let mut guesses: Vec<(usize, String, Option<Guess>)> = Vec::new();
    for (i, m) in mapped.iter().enumerate() {
        let h = header.get(i).map(Value::text).unwrap_or_default();
        let g = m.map(Guess::Is).or_else(|| guess(&h));
        if g.is_none() && h.is_empty() && values(i).next().is_none() {
            continue; // a blank column
        }
        guesses.push((i, h, g));
    }
    let has = |f: Field, gs: &[(usize, String, Option<Guess>)]| {
        gs.iter().any(|(_, _, g)| *g == Some(Guess::Is(f)))
    };
    let (mut columns, mut profiles) = (Vec::new(), Vec::new());
    let (mut not_deadlines, mut not_deadline_names) = (Vec::new(), Vec::new());
    for (i, h, g) in &guesses {
        let p = classify::profile(values(*i), statuses);
        let field = g.map(|g| match g {
            Guess::Is(f) => f,
            Guess::StatusLabel if has(Field::Status, &guesses) => Field::Derived,
            Guess::StatusLabel => Field::Status,
            Guess::Progress => classify::progress(values(*i)),
            Guess::Category => classify::category(values(*i)),
            Guess::Timeline if has(Field::Status, &guesses) => Field::Deadline,
            Guess::Timeline if has(Field::Deadline, &guesses) => Field::Status,
            Guess::Timeline => classify::timeline(&p),
            Guess::NotDeadline => Field::MeetingDate,
        });
        if g == &Some(Guess::NotDeadline) {
            not_deadlines.push(format!("column {} ({h})", column_letter(*i)));
            not_deadline_names.push(h.clone());
        }
        profiles.push(p);
        columns.push(Column {
            index: *i,
            header: h.clone(),
            field,
        });
    }
    let fixed: Vec<bool> = columns.iter().map(|c| mapped[c.index].is_some()).collect();
    let mut notes = classify::by_cells(&mut columns, &profiles, &fixed, statuses);
    if !not_deadlines.is_empty() {
        notes.push(format!(
            "{}: its name says it gives the date of a meeting, not when the work is due, so it is not read as the deadline but kept as a comment in each file (if it is the deadline, say so with --columns \"{}=deadline\")",
            not_deadlines.join(" and "),
            not_deadline_names.join("=deadline, ")
        ));
    }
    let of = |f: Field| columns.iter().find(|c| c.field == Some(f));
    if let (Some(member), Some(officer)) = (of(Field::Responsible), of(Field::LeadOfficer))
        && [
            "cabinet",
            "portfolio",
            "member",
            "made to",
            "decision maker",
        ]
        .iter()
        .any(|w| key(&member.header).contains(w))
    {
        notes.push(format!(
            "column {} is read as who is responsible and column {} as the lead officer; to make the lead officer responsible instead, write --columns \"{}=ignore\"",
            member.label(),
            officer.label(),
            or_letter(member)
        ));
    }
    let mut empty = Vec::new();
    let mut problems = Vec::new();
    for (n, c) in columns.iter().enumerate() {
        let at = Cell {
            row: header_row + 1,
            col: c.index,
        };
        match c.field {
            None if values(c.index).next().is_none() => empty.push(c.label()),
            None => {
                let filled = values(c.index).count();
                let p = profiles[n];
                let names = if p.most(p.names) {
                    format!(
                        "its cells look like names: if they say who is responsible, write --columns \"{}=responsible\"; otherwise ",
                        or_letter(c)
                    )
                } else {
                    String::new()
                };
                problems.push(Diagnostic::cell_error(
                    Some(at),
                    (!c.header.is_empty()).then(|| c.header.clone()),
                    format!(
                        "column {} is not one followthrough knows, and {filled} {} under it would not be imported",
                        c.label(),
                        if filled == 1 { "cell" } else { "cells" }
                    ),
                    format!(
                        "{names}say what it holds with --columns, such as --columns \"{}=resources\", or leave it out with --columns \"{}=ignore\"",
                        or_letter(c),
                        or_letter(c)
                    ),
                ));
            }
            Some(f)
                if !matches!(f, Field::Derived | Field::Ignore | Field::MeetingDate)
                    && !f.joins() =>
            {
                if let Some(first) = columns[..n].iter().find(|o| o.field == Some(f)) {
                    problems.push(Diagnostic::cell_error(
                        Some(at),
                        Some(c.header.clone()),
                        format!("columns {} and {} both look like the {}", first.label(), c.label(), f.name()),
                        format!(
                            "say which is which with --columns, such as --columns \"{}={}\" --columns \"{}=ignore\"",
                            or_letter(first),
                            f.name(),
                            or_letter(c)
                        ),
                    ));
                }
            }
            _ => {}
        }
    }
    if !empty.is_empty() {
        notes.push(format!(
            "left out column {}: nothing is written under {}",
            empty.join(" and column "),
            if empty.len() == 1 { "it" } else { "them" }
        ));
    }
    Ok((columns, problems, notes))
}

fn or_letter(c: &Column) -> String {
    if c.header.is_empty() || c.header.contains([',', ';', '=', '"']) {
        column_letter(c.index)
    } else {
        c.header.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Value {
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s.into())
        }
    }

    fn fields(rows: &[&[&str]], mapping: &[(String, Field)]) -> Vec<Option<Field>> {
        let rows: Vec<Vec<Value>> = rows
            .iter()
            .map(|r| r.iter().map(|s| t(s)).collect())
            .collect();
        let h = find_header(&rows, mapping).unwrap();
        resolve(h, &rows, mapping, &Statuses::defaults())
            .unwrap()
            .0
            .into_iter()
            .map(|c| c.field)
            .collect()
    }

    #[test]
    fn names_match_loosely() {
        assert_eq!(guess("No."), Some(Guess::Is(Field::Number)));
        assert_eq!(
            guess("Recommendation(s)"),
            Some(Guess::Is(Field::Recommendation))
        );
        assert_eq!(
            guess("Recommendations"),
            Some(Guess::Is(Field::Recommendation))
        );
        assert_eq!(guess("Response/Action"), Some(Guess::Is(Field::Response)));
        assert_eq!(
            guess("  Lead   Officer "),
            Some(Guess::Is(Field::LeadOfficer))
        );
        assert_eq!(guess("Planned Action"), Some(Guess::Is(Field::Action)));
        assert_eq!(guess("Target date"), Some(Guess::Is(Field::Deadline)));
        assert_eq!(
            guess("Status as at August 2014"),
            Some(Guess::Is(Field::Status))
        );
        assert_eq!(guess("RAG"), Some(Guess::Is(Field::Status)));
        assert_eq!(
            guess("current_deadline"),
            Some(Guess::Is(Field::RevisedDeadline))
        );
        assert_eq!(guess("Budget code"), None);
    }

    #[test]
    fn an_ambiguous_column_is_classified_by_its_values() {
        let by_status: &[&[&str]] = &[
            &["Item", "Recommendation", "Timeline"],
            &["1", "Do it", "COMPLETE"],
            &["2", "Do more", "On-going"],
        ];
        assert_eq!(fields(by_status, &[])[2], Some(Field::Status));
        let by_date: &[&[&str]] = &[
            &["Item", "Recommendation", "Timeline"],
            &["1", "Do it", "Apr-14"],
            &["2", "Do more", "30/06/2014"],
        ];
        assert_eq!(fields(by_date, &[])[2], Some(Field::Deadline));
        let percent: &[&[&str]] = &[
            &["number", "recommendation", "progress"],
            &["1", "Do it", "50"],
            &["2", "Do more", ""],
        ];
        assert_eq!(fields(percent, &[])[2], Some(Field::Derived));
        let text: &[&[&str]] = &[
            &["number", "recommendation", "progress"],
            &["1", "Do it", "Half done"],
        ];
        assert_eq!(fields(text, &[])[2], Some(Field::Progress));
    }

    #[test]
    fn names_of_real_plans() {
        let f = |h: &str| guess(h);
        assert_eq!(f("Cabinet Member"), Some(Guess::Is(Field::Responsible)));
        assert_eq!(
            f("Chief Officer /Cabinet Member"),
            Some(Guess::Is(Field::Responsible))
        );
        // Who it was made to is who answers for it, not more recommendation text.
        assert_eq!(
            f("Recommendation made to:"),
            Some(Guess::Is(Field::Responsible))
        );
        assert_eq!(f("Select Committee"), Some(Guess::Is(Field::Theme)));
        assert_eq!(f("Meeting Date"), Some(Guess::NotDeadline));
        assert_eq!(
            f("Action taken or Planned to Date"),
            Some(Guess::Is(Field::Progress))
        );
        assert_eq!(f("Timetable"), Some(Guess::Timeline));
    }

    #[test]
    fn cells_settle_what_names_leave_open() {
        let tracker: &[&[&str]] = &[
            &[
                "",
                "Meeting Date",
                "Recommendation Made",
                "Recommendation made to:",
            ],
            &[
                "SC18",
                "2 September 2004",
                "Involve members.",
                "The Portfolio Holder",
            ],
            &[
                "SC19",
                "2 September 2004",
                "Resolve it.",
                "The Portfolio Holder",
            ],
        ];
        assert_eq!(
            fields(tracker, &[]),
            [
                Some(Field::Number),
                Some(Field::MeetingDate),
                Some(Field::Recommendation),
                Some(Field::Responsible)
            ]
        );
        let timetable: &[&[&str]] = &[
            &["Recommendation", "Timetable", "Cabinet Member"],
            &["a) Do it", "Meeting held by 28 February 2014", ""],
            &["b) Do more", "Completed", ""],
        ];
        assert_eq!(
            fields(timetable, &[]),
            [
                Some(Field::Recommendation),
                Some(Field::Timetable),
                Some(Field::Responsible)
            ]
        );
        // A number given twice is no recommendation number.
        let twice: &[&[&str]] = &[
            &["Recommendation", "Code", "Owner"],
            &["Do it", "12", "IC"],
            &["Do more", "12", "IC"],
        ];
        assert_eq!(fields(twice, &[])[1], None);
    }

    #[test]
    fn an_unknown_column_with_nothing_under_it_is_left_out_with_a_note() {
        let rows: Vec<Vec<Value>> = [["No", "Recommendation", "Portfolio"], ["1", "Do it", ""]]
            .iter()
            .map(|r| r.iter().map(|s| t(s)).collect())
            .collect();
        let (_, problems, notes) = resolve(0, &rows, &[], &Statuses::defaults()).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            notes,
            ["left out column C (Portfolio): nothing is written under it"]
        );
    }

    #[test]
    fn a_small_table_above_the_plan_is_not_its_header() {
        let rows: Vec<Vec<Value>> = [
            &["Update", "Date", "Note"][..],
            &["1st", "Dec 2011", "6 months after publication"],
            &[],
            &["Recommendation", "Response", "Lead Officer"],
            &["Do it", "Agreed", "J. Smith"],
        ]
        .iter()
        .map(|r| r.iter().map(|s| t(s)).collect())
        .collect();
        assert_eq!(find_header(&rows, &[]), Some(3));
        // Without a recommendation column further down, the first is the header.
        assert_eq!(find_header(&rows[..3], &[]), Some(0));
    }

    #[test]
    fn the_mapping_names_columns_by_header_or_letter() {
        let m = parse_mapping("Ask=recommendation, C=responsible").unwrap();
        let rows: &[&[&str]] = &[&["Ref", "Ask", "Who does it"], &["1", "Do it", "IC"]];
        assert_eq!(
            fields(rows, &m),
            [
                Some(Field::Number),
                Some(Field::Recommendation),
                Some(Field::Responsible)
            ]
        );
        assert!(
            parse_mapping("Ask=recomendation")
                .unwrap_err()
                .contains("did you mean `recommendation`?")
        );
        assert!(parse_mapping("Ask").is_err());
    }

    #[test]
    fn repeated_headers() {
        let h: Vec<Value> = ["Item", "Recommendation", "Responsible"]
            .iter()
            .map(|s| t(s))
            .collect();
        assert!(repeats_header(&h, &h));
        let data: Vec<Value> = ["1", "Recommendation", "IC"].iter().map(|s| t(s)).collect();
        assert!(!repeats_header(&data, &h));
    }
}
