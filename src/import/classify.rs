//! Reading a column by its cells: how many begin with a response word (`Agreed - ...`), are dates,
//! statuses or RAG colours, short names or long text; and, where the cells disagree with what the
//! column's name suggested, the field the cells prove (a name is evidence, the cells are proof),
//! with a note saying so. Pure; must not touch files or print.

use super::cells::{has_letters, item_number, rag_category, response_word, status_of};
use super::columns::{Column, Field};
use super::dates;
use super::read::{Value, column_letter};
use crate::model::{Category, Statuses};

/// What the filled cells of one column hold.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Profile {
    /// How many cells are filled.
    pub filled: usize,
    /// Cells that begin with a response word: agreed, not agreed, partially accepted, noted ...
    pub responses: usize,
    /// Dates, `Apr-14`, spreadsheet dates and `Ongoing`.
    pub dates: usize,
    /// Dates on the calendar (not `Ongoing`, which is a status too).
    pub calendar: usize,
    /// Dates among other words (`Cabinet – 12 October 2011`), not counted in `dates`.
    pub in_words: usize,
    /// Status words of the site's vocabulary, their common synonyms, and RAG colours.
    pub statuses: usize,
    /// Red, Amber, Green or Blue.
    pub rag: usize,
    /// A few capitalised words, no sentence: `Housing Manager`, `J. Smith`, `TMOs/IC`.
    pub names: usize,
    /// More than a dozen words.
    pub long_text: usize,
    /// Recommendation numbers alone: `3`, `2.1`, `SC18`, `R3`.
    pub numbers: usize,
    /// No number is given twice.
    pub numbers_distinct: bool,
}

impl Profile {
    /// Whether most filled cells are of a kind: more than half of them.
    pub fn most(&self, n: usize) -> bool {
        self.filled > 0 && n * 2 > self.filled
    }
}

/// The profile of the cells under column `index`.
pub fn profile<'a>(cells: impl Iterator<Item = &'a Value>, statuses: &Statuses) -> Profile {
    let mut p = Profile::default();
    let mut seen = std::collections::HashSet::new();
    for v in cells.filter(|v| !v.is_empty()) {
        p.filled += 1;
        let text = v.text();
        let words = text.split_whitespace().count();
        if response_word(&text).is_some() {
            p.responses += 1;
        }
        let calendar = is_date(v);
        let date = calendar || dates::parse(&text).is_some();
        p.calendar += usize::from(calendar);
        let status = status_of(&text, statuses).is_some();
        if date {
            p.dates += 1;
        } else if !status && dates::within(&text).is_some() {
            p.in_words += 1;
        }
        if status {
            p.statuses += 1;
        }
        if rag_category(&text).is_some() {
            p.rag += 1;
        }
        if !date && !status && is_name(&text, words) {
            p.names += 1;
        }
        if words > 12 {
            p.long_text += 1;
        }
        let bare_number = |t: &str| item_number(t).is_some_and(|(_, heading)| heading.is_none());
        // A spreadsheet date is a number too, but no recommendation's.
        if !calendar && (matches!(v, Value::Number(_)) || bare_number(&text)) {
            p.numbers += 1;
            seen.insert(text.clone());
        }
    }
    p.numbers_distinct = seen.len() == p.numbers;
    p
}

fn is_name(text: &str, words: usize) -> bool {
    has_letters(text)
        && words <= 4
        && text.chars().count() <= 40
        && !text.trim_end().ends_with(['.', '!', '?', ':'])
        && text.chars().next().is_some_and(char::is_uppercase)
        && response_word(text).is_none()
}

/// `Timeline`, `Timetable`: cell by cell when it holds statuses on some rows and dates on others
/// (`Completed`, `Meeting held by 28 February 2014`); else the status when more of its cells are
/// statuses than dates, else the deadline.
pub fn timeline(p: &Profile) -> Field {
    if p.statuses > 0 && p.calendar + p.in_words > 0 {
        Field::Timetable
    } else if p.statuses > p.calendar {
        Field::Status
    } else {
        Field::Deadline
    }
}

/// `Progress`: text (updates), or the percentage open data gives (worked out, so left out).
pub fn progress<'a>(mut cells: impl Iterator<Item = &'a Value> + Clone) -> Field {
    if cells.clone().next().is_some() && cells.all(is_percent) {
        Field::Derived
    } else {
        Field::Progress
    }
}

/// `Category`: a theme, or the status category open data gives (worked out, so left out).
pub fn category<'a>(mut cells: impl Iterator<Item = &'a Value> + Clone) -> Field {
    if cells.clone().next().is_some() && cells.all(|v| is_category(&v.text())) {
        Field::Derived
    } else {
        Field::Theme
    }
}

/// A cell a date column can read: a real date, a serial number or a written date.
pub fn is_date(v: &Value) -> bool {
    match v {
        Value::Date(_) => true,
        Value::Number(n) => dates::from_serial(*n).is_some(),
        _ => dates::parse_date(&v.text()).is_some(),
    }
}

/// `75`, `75%`, `0.75` when a spreadsheet shows it as a percentage.
fn is_percent(v: &Value) -> bool {
    match v {
        Value::Number(n) => (0.0..=100.0).contains(n),
        _ => v
            .text()
            .trim_end_matches('%')
            .trim()
            .parse::<f64>()
            .is_ok_and(|n| (0.0..=100.0).contains(&n)),
    }
}

/// A status category as open data writes it (`in-progress`, `Done`).
fn is_category(text: &str) -> bool {
    Category::ALL.iter().any(|c| {
        c.key().eq_ignore_ascii_case(text.trim()) || c.label().eq_ignore_ascii_case(text.trim())
    })
}

/// `column C \`Action / Comments\``, as notes name a column.
fn named(c: &Column) -> String {
    if c.header.is_empty() {
        format!("column {}", column_letter(c.index))
    } else {
        format!("column {} `{}`", column_letter(c.index), c.header)
    }
}

/// Settles each column by its cells where they prove another field than its name suggested:
/// response words make it the formal response, statuses (or RAG colours) the status, dates the
/// deadline. Columns named by `--columns` (`fixed`) are left as they were told. Returns notes.
pub fn by_cells(
    columns: &mut [Column],
    profiles: &[Profile],
    fixed: &[bool],
    statuses: &Statuses,
) -> Vec<String> {
    let mut notes = Vec::new();
    let holds = |cols: &[Column], f: Field| cols.iter().any(|c| c.field == Some(f));
    let response_by_cells = |cols: &[Column]| {
        cols.iter()
            .zip(profiles)
            .any(|(c, p)| c.field == Some(Field::Response) && p.most(p.responses))
    };
    for i in 0..columns.len() {
        let (p, field) = (profiles[i], columns[i].field);
        if fixed[i] {
            continue;
        }
        use Field::*;
        let loose = matches!(
            field,
            None | Some(Action | Progress | Outcome | Resources | Title)
        );
        let was = match field {
            Some(f) => format!("its name suggests the {}", f.name()),
            None => "followthrough does not know its name".into(),
        };
        let read_as = if field.is_none()
            && p.filled >= 2
            && p.numbers == p.filled
            && p.numbers_distinct
            && !holds(columns, Number)
        {
            Some((
                Number,
                "recommendation number",
                p.numbers,
                "are numbers such as 3, 2.1 or SC18",
            ))
        } else if loose && p.most(p.responses) && !response_by_cells(columns) {
            if let Some(j) = columns.iter().position(|c| c.field == Some(Response)) {
                columns[j].field = Some(ResponseText);
                notes.push(format!(
                    "{} is read as the text of the response, not the response itself: its cells do not begin with a response such as \"Agreed\"",
                    named(&columns[j])
                ));
            }
            Some((
                Response,
                "formal response",
                p.responses,
                "begin with a response such as \"Agreed\"; its text is kept as response_text",
            ))
        } else if matches!(field, None | Some(Action | Progress | Outcome | Response))
            && p.most(p.statuses)
            && !p.most(p.responses)
            && !holds(columns, Status)
        {
            Some((Status, "status", p.statuses, "are statuses"))
        } else if matches!(field, None | Some(Action | Progress | Outcome | Resources))
            && p.most(p.dates)
            && !holds(columns, Deadline)
        {
            Some((Deadline, "deadline", p.dates, "are dates"))
        } else {
            None
        };
        if let Some((to, label, count, cells_are)) = read_as {
            columns[i].field = Some(to);
            notes.push(format!(
                "{} is read as the {label}, though {was}: {count} of its {} cells {cells_are}",
                named(&columns[i]),
                p.filled
            ));
        }
    }
    for (c, p) in columns.iter().zip(profiles) {
        if c.field == Some(Field::Status) && p.rag > 0 {
            let key = |word: &str| status_of(word, statuses).unwrap_or_else(|| "?".into());
            notes.push(format!(
                "{} gives RAG colours: Blue is read as `{}` (done); Green, Amber and Red as `{}` (in progress), since a colour says how the work is going, not that it is finished. Where Red means not started, write that status in the file instead",
                named(c),
                key("Blue"),
                key("Green")
            ));
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(cells: &[&str]) -> Profile {
        let values: Vec<Value> = cells.iter().map(|s| Value::Text(s.to_string())).collect();
        profile(values.iter(), &Statuses::defaults())
    }

    #[test]
    fn cells_are_counted_by_what_they_hold() {
        let r = p(&[
            "Agreed - will form part of the Service Review",
            "Partially accepted - subject to funding",
            "Not agreed",
            "The panel will be told",
        ]);
        assert_eq!((r.filled, r.responses), (4, 3));
        assert!(r.most(r.responses));
        let d = p(&["30/04/2014", "Apr-14", "Ongoing", "soon"]);
        assert_eq!(d.dates, 3);
        let s = p(&["Green", "Amber", "Blue", "Complete"]);
        assert_eq!((s.statuses, s.rag), (4, 3));
        let n = p(&["Housing Manager", "J. Smith", "TMOs/IC"]);
        assert_eq!(n.names, 3);
        let numbers = p(&["SC18", "SC19", "2.1"]);
        assert_eq!((numbers.numbers, numbers.numbers_distinct), (3, true));
        let serials = [Value::Number(41640.0), Value::Number(41641.0)];
        assert_eq!(profile(serials.iter(), &Statuses::defaults()).numbers, 0);
    }

    fn col(index: usize, header: &str, field: Option<Field>) -> Column {
        Column {
            index,
            header: header.into(),
            field,
        }
    }

    #[test]
    fn response_words_beat_a_name_that_says_action() {
        let mut cols = vec![
            col(0, "Recommendation", Some(Field::Recommendation)),
            col(2, "Action / Comments", Some(Field::Action)),
        ];
        let profiles = [
            p(&["Do it", "Do more"]),
            p(&["Agreed - yes", "Not agreed", "Noted"]),
        ];
        let notes = by_cells(&mut cols, &profiles, &[false, false], &Statuses::defaults());
        assert_eq!(cols[1].field, Some(Field::Response));
        assert_eq!(cols[0].field, Some(Field::Recommendation));
        assert_eq!(
            notes,
            [
                "column C `Action / Comments` is read as the formal response, though its name suggests the action: 3 of its 3 cells begin with a response such as \"Agreed\"; its text is kept as response_text"
            ]
        );
        // A column named by --columns is never second-guessed.
        let mut cols = vec![col(2, "Action / Comments", Some(Field::Action))];
        by_cells(&mut cols, &profiles[1..], &[true], &Statuses::defaults());
        assert_eq!(cols[0].field, Some(Field::Action));
    }

    #[test]
    fn statuses_and_dates_by_their_cells() {
        let mut cols = vec![col(3, "Response", Some(Field::Response)), col(4, "", None)];
        let profiles = [
            p(&["Complete", "Ongoing", "Blue"]),
            p(&["Apr-14", "30/06/2014"]),
        ];
        let notes = by_cells(&mut cols, &profiles, &[false, false], &Statuses::defaults());
        assert_eq!(cols[0].field, Some(Field::Status));
        assert_eq!(cols[1].field, Some(Field::Deadline));
        assert!(notes[2].contains("Blue is read as `complete`"), "{notes:?}");
        assert!(notes[2].contains("Red as `in-progress`"), "{notes:?}");
    }
}
