//! Parsing one YAML document into a raw record, and turning serde-saphyr's errors into diagnostics
//! a council officer can act on: the field, what was expected, the nearest known field. Pure.

use crate::diagnostics::{Diagnostic, one_of};
use serde::de::DeserializeOwned;
use serde_saphyr::{Budget, Location, Options};

/// Byte range of a located value in its file.
pub fn span_of(loc: &Location, text: &str) -> std::ops::Range<usize> {
    let s = loc.span();
    match (s.byte_offset(), s.byte_len()) {
        (Some(o), Some(l)) => (o as usize)..(o as usize + l as usize),
        _ => {
            // Fall back to line and column.
            let start = offset_of(text, loc.line() as usize, loc.column() as usize);
            start..start
        }
    }
}

/// Byte offset of a 1-based line and character column.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut off = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return off
                + l.char_indices()
                    .nth(column.saturating_sub(1))
                    .map_or(l.len(), |(b, _)| b);
        }
        off += l.len();
    }
    text.len()
}

/// How every YAML document is parsed: with limits on aliases and sizes.
pub fn options() -> Options {
    // An alias bomb expands a few lines into billions of nodes; stop long before memory grows.
    let mut budget = Budget::default();
    budget.max_aliases = 1_000;
    budget.max_nodes = 2_000_000;
    budget.max_total_scalar_bytes = 64 * 1024 * 1024;
    serde_saphyr::options! { with_snippet: false, budget: Some(budget) }
}

/// Parses `yaml` (which may be a whole file, or a front matter block positioned as in `file`).
pub fn parse<T: DeserializeOwned>(path: &str, file: &str, yaml: &str) -> Result<T, Diagnostic> {
    if yaml.trim_start_matches("#--").trim().is_empty() {
        return Err(Diagnostic::error(path, "this file is empty")
            .at(file, 0..0)
            .label("nothing here")
            .hint(
                "write the record's fields in it, one `field: value` per line, or delete the file",
            ));
    }
    serde_saphyr::from_str_with_options::<T>(yaml, options())
        .map_err(|e| to_diagnostic(path, file, &e))
}

/// Turns a parse error into a diagnostic with a plain-English message and a hint.
pub fn to_diagnostic(path: &str, file: &str, e: &serde_saphyr::Error) -> Diagnostic {
    let raw = e.to_string();
    let msg = match raw.rfind(" at line ") {
        Some(i) => raw[..i].to_string(),
        None => raw.clone(),
    };
    let loc = e.location();
    let span = loc.as_ref().map(|l| span_of(l, file));
    let place = |d: Diagnostic| match &span {
        Some(s) => d.at(file, s.clone()),
        None => d,
    };
    let key = span.as_ref().and_then(|s| key_on_line(file, s.start));
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or("");
        let known: Vec<&str> = rest
            .split_once("expected one of ")
            .or_else(|| rest.split_once("expected "))
            .map(|(_, list)| {
                list.split(',')
                    .map(|s| s.trim().trim_matches('`'))
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let d = place(Diagnostic::error(path, format!("unknown field `{field}`")));
        let d = d.label("this field is not part of the format");
        return d.hint(one_of(field, &known, "fields here"));
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or("");
        return place(Diagnostic::error(
            path,
            format!("required field `{field}` is missing"),
        ))
        .label(format!("`{field}` is needed in this record"))
        .hint(format!(
            "add a line `{field}: ...` (see the content format in README.md)"
        ));
    }
    if let Some(rest) = msg.strip_prefix("duplicate mapping key: ") {
        let k = rest.split(',').next().unwrap_or(rest).trim();
        return place(Diagnostic::error(path, format!("`{k}` is written twice")))
            .label("second time here")
            .hint(format!("keep one `{k}:` line and delete the other"));
    }
    let lower = msg.to_lowercase();
    if lower.contains("budget") || lower.contains("alias") || lower.contains("anchor") {
        return place(Diagnostic::error(
            path,
            "this file uses YAML aliases (`*name`) too heavily to be read safely",
        ))
        .hint(
            "write the values out in full instead of repeating them with `&anchor` and `*alias`",
        );
    }
    if let Some(d) = not_a_map(path, file, span.as_ref(), &lower) {
        return d;
    }
    let is_type_error = lower.starts_with("expected ")
        || lower.starts_with("invalid type")
        || lower.contains("cannot deserialize");
    if is_type_error {
        // A text field given a list or map below its key (`PS:` then `  - Property`) is refused
        // at the key: point at the value instead, as a plain text field's refusal does.
        let span = span.map(|s| value_below_key(file, s));
        let place = |d: Diagnostic| match &span {
            Some(s) => d.at(file, s.clone()),
            None => d,
        };
        let mut found = span
            .as_ref()
            .map_or("something else", |s| found_kind(file, s.start));
        let in_list_item = span.as_ref().is_some_and(|s| {
            let start = file[..s.start.min(file.len())]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            file[start..].trim_start().starts_with("- ")
        });
        if in_list_item && found == "a list" {
            found = "a list inside the list";
        } else if in_list_item && found == "a map" {
            found = "a map inside the list";
        }
        let expected = key.as_deref().map(expected_for).unwrap_or("text");
        let what = match &key {
            Some(k) => format!("`{k}` has the wrong type: expected {expected}, found {found}"),
            None => format!("wrong type: expected {expected}, found {found}"),
        };
        let hint = match key.as_deref() {
            Some(k) if is_date_field(k) => "write a date as YYYY-MM-DD, for example `2014-04-30`".to_string(),
            Some("responsible") => "write one name (`responsible: TMO`) or a list (`responsible: [TMO, IC]`)".into(),
            Some(_) if found == "a list" || found == "a map" => {
                "write the value as plain text on the same line; put text with `:`, `[` or `{` in quotes".into()
            }
            Some(_) if found == "nothing" => "write a value after the colon, or delete the line".into(),
            _ => "check the value against the content format in README.md".into(),
        };
        return place(Diagnostic::error(path, what))
            .label(format!("expected {expected}"))
            .hint(hint);
    }
    // A YAML syntax error.
    place(Diagnostic::error(path, format!("this is not valid YAML: {msg}")))
        .label("the problem is here")
        .hint("check the indentation and the `field: value` form; text containing `: ` or starting with a quote or `[` needs quotes around it")
}

/// `at`, or, when `at` is a key with nothing after its colon (`PS:`), the start of the value on
/// the next line that is not blank.
fn value_below_key(file: &str, at: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let start = at.start.min(file.len());
    let line_end = file[start..].find('\n').map_or(file.len(), |i| start + i);
    let line = &file[start..line_end];
    let bare_key = line
        .split_once(':')
        .is_some_and(|(k, v)| !k.trim().is_empty() && v.trim().is_empty());
    if !bare_key {
        return at;
    }
    let rest = &file[(line_end + 1).min(file.len())..];
    let Some(next) = rest.lines().find(|l| !l.trim().is_empty()) else {
        return at;
    };
    let offset =
        line_end + 1 + rest.find(next).unwrap_or(0) + (next.len() - next.trim_start().len());
    offset..offset
}

/// A whole file (or front matter) that is a list or a line of text where a record's
/// `field: value` lines belong. Said as that, not as a wrong type found inside a list.
fn not_a_map(
    path: &str,
    file: &str,
    span: Option<&std::ops::Range<usize>>,
    lower: &str,
) -> Option<Diagnostic> {
    if !lower.contains("expected mapping") && !lower.contains("expected struct") {
        return None;
    }
    let at = span?.start.min(file.len());
    let before_is_blank = file[..at].lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---"
    });
    if !before_is_blank {
        return None;
    }
    let first = file[at..].trim_start();
    let (found, label) = if first.starts_with('-') || first.starts_with('[') {
        ("a list", "this line starts a list item")
    } else {
        ("a single value", "a value on its own, with no field name")
    };
    Some(
        Diagnostic::error(
            path,
            format!("this file is {found}, but a record is a set of `field: value` lines"),
        )
        .at(file, at..at + first.len().min(1))
        .label(label)
        .hint("write each field on its own line without a `- ` in front, such as `title: Repairs review`; see the content format in README.md"),
    )
}

/// The YAML key the value at byte `at` belongs to: on its own line (`  deadline: [2014]` →
/// `deadline`), or, for an item of a block list, on the nearest line above that is indented less.
fn key_on_line(file: &str, at: usize) -> Option<String> {
    let at = at.min(file.len());
    let start = file[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = file[start..].find('\n').map_or(file.len(), |i| start + i);
    let line = &file[start..end];
    if let Some(k) = key_of(line) {
        return Some(k);
    }
    let indent = line.len() - line.trim_start().len();
    file[..start]
        .lines()
        .rev()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .find(|l| l.len() - l.trim_start().len() < indent)
        .and_then(key_of)
}

fn key_of(line: &str) -> Option<String> {
    let line = line.trim_start().trim_start_matches("- ").trim_start();
    let (key, _) = line.split_once(':')?;
    let key = key.trim().trim_matches('"').trim_matches('\'');
    (!key.is_empty() && key.len() < 60 && !key.contains(['[', '{', ','])).then(|| key.to_string())
}

fn found_kind(file: &str, at: usize) -> &'static str {
    match file.get(at..).and_then(|s| s.trim_start().chars().next()) {
        Some('[') | Some('-') => "a list",
        Some('{') => "a map",
        Some('~') | None | Some('\n') => "nothing",
        _ => {
            let rest = file.get(at..).unwrap_or("");
            let line = rest.lines().next().unwrap_or("").trim();
            if line.is_empty() {
                "a list or a map"
            } else if line.starts_with("null") {
                "nothing"
            } else {
                "something else"
            }
        }
    }
}

fn is_date_field(key: &str) -> bool {
    matches!(
        key,
        "deadline"
            | "date"
            | "published"
            | "response_date"
            | "updated"
            | "agreed"
            | "requested"
            | "closure_requested"
    )
}

fn expected_for(key: &str) -> &'static str {
    match key {
        "deadline" => "a date such as 2014-04-30, or `ongoing`",
        k if is_date_field(k) => "a date such as 2014-04-30",
        "responsible" => "a name or a list of names",
        "actions" => "a list of actions",
        "updates" => "a list of dated updates",
        "revised_deadlines" => "a list of revisions, each with a date and a reason",
        "documents" | "evidence" => "a list of links, each with a title and a url",
        "statuses" => "a map of statuses",
        "values" => "a list of figures, each with a period and a value",
        "benchmarks" => "a list of benchmarks, each with a label and a value",
        "recommendations" => "a list of recommendations such as [tmo-scrutiny-2011/14]",
        "source" => "a link with a title and a url",
        "value" | "target" => "a number such as 98.1",
        _ => "text",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::nearest;
    use crate::model::raw::RawRecommendation;

    fn err(src: &str) -> Diagnostic {
        parse::<RawRecommendation>("r.yaml", src, src).unwrap_err()
    }

    const OK: &str =
        "number: \"1\"\nrecommendation: x\nresponse: agreed\nresponsible: TMO\nstatus: complete\n";

    #[test]
    fn misspelt_field_suggests_nearest() {
        let d = err(&format!("{OK}deadlin: 2014-01-01\n"));
        assert_eq!(d.message, "unknown field `deadlin`");
        assert_eq!((d.line, d.column), (6, 1));
        assert!(d.hint.unwrap().starts_with("did you mean `deadline`?"));
    }

    #[test]
    fn wrong_type_names_field_and_expectation() {
        let d = err(&format!("{OK}deadline: [2014, 4]\n"));
        assert_eq!(
            d.message,
            "`deadline` has the wrong type: expected a date such as 2014-04-30, or `ongoing`, found a list"
        );
        assert_eq!(d.line, 6);
    }

    #[test]
    fn a_file_that_is_a_list_is_said_to_be_a_list_not_a_wrong_type_inside_a_list() {
        let yaml = "# site\n- title: x\n- organisation: y\n";
        let e = serde_saphyr::from_str::<crate::model::raw::RawSite>(yaml).unwrap_err();
        let d = to_diagnostic("content/site.yaml", yaml, &e);
        assert_eq!(
            d.message,
            "this file is a list, but a record is a set of `field: value` lines"
        );
        assert_eq!(d.line, 2);
        assert!(d.hint.unwrap().contains("without a `- ` in front"));
    }

    #[test]
    fn missing_field() {
        let d = err("number: \"1\"\nresponse: agreed\nresponsible: TMO\n");
        assert!(d.message.contains("`status` is missing"), "{}", d.message);
    }

    #[test]
    fn empty_file() {
        assert_eq!(err("  \n").message, "this file is empty");
    }

    #[test]
    fn nearest_names() {
        assert_eq!(nearest("statsu", &["status", "number"]), Some("status"));
        assert_eq!(nearest("zzzzzzzz", &["status", "number"]), None);
    }
}
