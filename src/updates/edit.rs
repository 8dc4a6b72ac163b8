//! Changing one recommendation file in place: a status set, an update, a revised deadline or a
//! closure request added, by splicing a few lines into the text at the places the YAML parser's
//! spans point to. Every other byte of the file stays as it was: comments, order, quoting, blank
//! lines, a byte-order mark and `\r\n` line ends. Each result is read back and must hold exactly
//! the old record plus the changes asked for, or the file is left alone with the reason why.
//! Pure: works on text; must not read or write files, or print.

use super::yaml_text::{Value, item, quoted, scalar};
use crate::load::yaml;
use serde::Deserialize;
use serde_json::{Map, Value as Json, json};
use serde_saphyr::Spanned;
use std::ops::Range;

/// One change to a recommendation file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The recommendation's `status:` becomes this key.
    Status(String),
    /// A new entry at the end of `updates:`.
    Update {
        /// `YYYY-MM-DD`.
        date: String,
        /// The status it reports, a key of the site's.
        status: Option<String>,
        /// What was done, as the owner wrote it.
        text: String,
    },
    /// A new entry at the end of `revised_deadlines:`, asked for and not yet agreed.
    Revision {
        /// `YYYY-MM-DD`, or `ongoing`.
        date: String,
        /// Why more time is needed.
        reason: String,
        /// The date it was asked for, `YYYY-MM-DD`.
        requested: String,
    },
    /// `closure_requested:` is set to this date.
    ClosureRequested(String),
    /// The status of the action numbered `n` (from 1, as the tracker numbers them).
    ActionStatus {
        /// The action's number.
        n: usize,
        /// Its new status, a key of the site's.
        status: String,
    },
}

/// Applies `changes` to a recommendation file's text (`markdown`: a `.md` file whose front
/// matter holds the record). `Err` says, for an officer, why the file could not be changed
/// safely; nothing is half-done.
pub fn apply(file: &str, markdown: bool, changes: &[Change]) -> Result<String, String> {
    let (bom, body) = match file.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", file),
    };
    let lf_count = body.matches('\n').count();
    let crlf = lf_count > 0 && body.matches("\r\n").count() == lf_count;
    let mut text = if crlf {
        body.replace("\r\n", "\n")
    } else {
        body.to_string()
    };
    let before = read_back(&text, markdown)?;
    for change in changes {
        let yaml_end = yaml_end(&text, markdown)?;
        let (at, with) = splice(&text[..yaml_end], change)?;
        text.replace_range(at, &with);
    }
    let after = read_back(&text, markdown)?;
    let mut expected = before;
    for change in changes {
        expect(&mut expected, change);
    }
    if after != expected {
        return Err(
            "the file is laid out in a way followthrough cannot add to without \
                    changing something else"
                .into(),
        );
    }
    if crlf {
        text = text.replace('\n', "\r\n");
    }
    Ok(format!("{bom}{text}"))
}

/// Where the YAML ends: the whole file, or the start of the front matter's closing `---`.
fn yaml_end(text: &str, markdown: bool) -> Result<usize, String> {
    if !markdown {
        return Ok(text.len());
    }
    crate::load::frontmatter::split(text)
        .map(|s| s.yaml.len())
        .map_err(|_| "its front matter (between the `---` lines) could not be found".into())
}

/// The record as plain data, to compare before and after.
fn read_back(text: &str, markdown: bool) -> Result<Json, String> {
    let yaml = if markdown {
        crate::load::frontmatter::split(text)
            .map_err(|_| "its front matter could not be found".to_string())?
            .yaml
    } else {
        text.to_string()
    };
    serde_saphyr::from_str_with_options::<Json>(&yaml, yaml::options())
        .map_err(|_| "it could not be read as YAML; run `followthrough check` to see why".into())
}

/// The record with `change` made, as `apply` must leave it.
fn expect(record: &mut Json, change: &Change) {
    let Some(map) = record.as_object_mut() else {
        return;
    };
    let push = |map: &mut Map<String, Json>, key: &str, item: Json| {
        let list = map.entry(key).or_insert(Json::Null);
        if !list.is_array() {
            *list = Json::Array(Vec::new());
        }
        if let Json::Array(items) = list {
            items.push(item);
        }
    };
    match change {
        Change::Status(s) => {
            map.insert("status".into(), json!(s));
        }
        Change::Update { date, status, text } => {
            let mut u = Map::new();
            u.insert("date".into(), json!(date));
            if let Some(s) = status {
                u.insert("status".into(), json!(s));
            }
            u.insert("text".into(), json!(format!("{text}\n")));
            push(map, "updates", Json::Object(u));
        }
        Change::Revision {
            date,
            reason,
            requested,
        } => push(
            map,
            "revised_deadlines",
            json!({"date": date, "reason": reason, "requested": requested}),
        ),
        Change::ClosureRequested(d) => {
            map.insert("closure_requested".into(), json!(d));
        }
        Change::ActionStatus { n, status } => {
            if let Some(a) = map
                .get_mut("actions")
                .and_then(|a| a.get_mut(n - 1))
                .and_then(Json::as_object_mut)
            {
                a.insert("status".into(), json!(status));
            }
        }
    }
}

/// The parts of a record the edits need the places of.
#[derive(Deserialize)]
struct Places {
    status: Option<Spanned<String>>,
    closure_requested: Option<Spanned<String>>,
    actions: Option<Vec<Spanned<ActionPlaces>>>,
}

#[derive(Deserialize)]
struct ActionPlaces {
    status: Option<Spanned<String>>,
}

/// One line of the YAML: where it starts and ends (without its `\n`), and its indentation.
struct Line<'a> {
    start: usize,
    end: usize,
    indent: usize,
    text: &'a str,
}

impl Line<'_> {
    fn blank(&self) -> bool {
        self.text.trim().is_empty()
    }
    fn comment(&self) -> bool {
        self.text.trim_start().starts_with('#')
    }
}

fn lines(yaml: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for text in yaml.split_inclusive('\n') {
        let line = text.trim_end_matches('\n').trim_end_matches('\r');
        out.push(Line {
            start,
            end: start + line.len(),
            indent: line.len() - line.trim_start_matches(' ').len(),
            text: line,
        });
        start += text.len();
    }
    out
}

/// The line that starts the top-level `key:`.
fn key_line(lines: &[Line], key: &str) -> Option<usize> {
    lines.iter().position(|l| {
        l.indent == 0
            && l.text
                .strip_prefix(key)
                .and_then(|r| r.strip_prefix(':'))
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
    })
}

/// The line after the last of the top-level entry starting at line `k`.
fn entry_end(lines: &[Line], k: usize) -> usize {
    (k + 1..lines.len())
        .find(|&i| {
            let l = &lines[i];
            l.indent == 0 && !l.blank() && !l.comment() && !l.text.starts_with('-')
        })
        .unwrap_or(lines.len())
}

/// The last line in `from..to` that holds something other than blank lines and comments
/// indented no more than `indent` (which belong to what follows).
fn last_content(lines: &[Line], from: usize, to: usize, indent: usize) -> usize {
    (from..to)
        .rev()
        .find(|&i| !(lines[i].blank() || lines[i].comment() && lines[i].indent <= indent))
        .unwrap_or(from)
}

/// Where to put a new line after line `i`: its end, past the `\n` (one is added if the file
/// has none at its end).
fn after_line(yaml: &str, lines: &[Line], i: usize) -> (usize, &'static str) {
    match lines.get(i) {
        Some(l) if l.end < yaml.len() => (l.end + 1, ""),
        Some(l) => (l.end, "\n"),
        None => (
            yaml.len(),
            if yaml.ends_with('\n') || yaml.is_empty() {
                ""
            } else {
                "\n"
            },
        ),
    }
}

/// The text to put where: `(range of the YAML to replace, replacement)`.
fn splice(yaml: &str, change: &Change) -> Result<(Range<usize>, String), String> {
    let places: Places = serde_saphyr::from_str_with_options(yaml, yaml::options())
        .map_err(|_| "it could not be read as YAML; run `followthrough check` to see why")?;
    let lines = lines(yaml);
    match change {
        Change::Status(s) => {
            let at = places.status.as_ref().ok_or("it has no `status:`")?;
            Ok((span(at)?, scalar(s)))
        }
        Change::ClosureRequested(d) => match &places.closure_requested {
            Some(at) => Ok((span(at)?, scalar(d))),
            None => {
                let after = match key_line(&lines, "status") {
                    Some(k) => last_content(&lines, k, entry_end(&lines, k), 0),
                    None => last_content(&lines, 0, lines.len(), 0),
                };
                let (at, nl) = after_line(yaml, &lines, after);
                Ok((at..at, format!("{nl}closure_requested: {}\n", scalar(d))))
            }
        },
        Change::Update { date, status, text } => {
            let mut fields = vec![("date", scalar(date))];
            if let Some(s) = status {
                fields.push(("status", scalar(s)));
            }
            fields.push(("text", Value::Block(text.clone()).into()));
            append(yaml, &lines, "updates", &fields)
        }
        Change::Revision {
            date,
            reason,
            requested,
        } => {
            let fields = [
                ("date", scalar(date)),
                ("reason", quoted(reason)),
                ("requested", scalar(requested)),
            ];
            append(yaml, &lines, "revised_deadlines", &fields)
        }
        Change::ActionStatus { n, status } => {
            let actions = places.actions.as_ref().ok_or("it has no `actions:`")?;
            let action = actions
                .get(n - 1)
                .ok_or_else(|| format!("it has no action {n}"))?;
            if let Some(at) = &action.value.status {
                return Ok((span(at)?, scalar(status)));
            }
            let first = action.referenced.line() as usize - 1;
            let col = action.referenced.column() as usize - 1;
            if lines.get(first).and_then(|l| l.text.get(col..col + 1)) == Some("{") {
                return Err(format!("its action {n} is written on one line ({{...}})"));
            }
            let next = actions
                .get(*n)
                .map(|a| a.referenced.line() as usize - 1)
                .unwrap_or_else(|| {
                    key_line(&lines, "actions").map_or(lines.len(), |k| entry_end(&lines, k))
                });
            let after = last_content(&lines, first, next, col.saturating_sub(1));
            let (at, nl) = after_line(yaml, &lines, after);
            Ok((
                at..at,
                format!("{nl}{}status: {}\n", " ".repeat(col), scalar(status)),
            ))
        }
    }
}

/// Adds an item to the top-level list `key`, making the list if there is none.
fn append(
    yaml: &str,
    lines: &[Line],
    key: &str,
    fields: &[(&str, String)],
) -> Result<(Range<usize>, String), String> {
    let Some(k) = key_line(lines, key) else {
        let after = last_content(lines, 0, lines.len(), 0);
        let (at, nl) = after_line(yaml, lines, after);
        return Ok((at..at, format!("{nl}{key}:\n{}", item(2, fields))));
    };
    let end = entry_end(lines, k);
    let rest = lines[k].text[key.len() + 1..].trim_start();
    let rest = if rest.starts_with('#') { "" } else { rest };
    if let Some(after_brackets) = rest.strip_prefix("[]") {
        // `updates: []`: the empty list becomes a list of one, written below the key.
        if !(after_brackets.trim().is_empty() || after_brackets.trim_start().starts_with('#')) {
            return Err(format!("its `{key}:` line could not be read"));
        }
        let l = &lines[k];
        let open = l.start + l.text.find("[]").unwrap_or(0);
        let (at, nl) = after_line(yaml, lines, k);
        let tail = &yaml[open + 2..at];
        return Ok((open..at, format!("{tail}{nl}{}", item(2, fields))));
    }
    if !rest.is_empty() {
        return Err(format!(
            "its `{key}:` list is written on one line ([...]); followthrough adds to lists written one item per line, as `- date: ...`"
        ));
    }
    let dash = (k + 1..end)
        .map(|i| &lines[i])
        .find(|l| l.text.trim_start().starts_with('-'))
        .map_or(2, |l| l.indent);
    let after = last_content(lines, k, end, dash);
    let (at, nl) = after_line(yaml, lines, after);
    Ok((at..at, format!("{nl}{}", item(dash, fields))))
}

/// The byte range of a value in the text that was parsed.
fn span<T>(s: &Spanned<T>) -> Result<Range<usize>, String> {
    let sp = s.referenced.span();
    match (sp.byte_offset(), sp.byte_len()) {
        (Some(o), Some(n)) if n > 0 => Ok(o as usize..(o + n) as usize),
        _ => Err("a value in it could not be found".into()),
    }
}

#[cfg(test)]
mod tests;
