//! New values written as YAML text for `edit` to splice in: a word or date bare when YAML reads
//! it back as that same text, else in double quotes; progress text as a literal block, its lines
//! kept as written; a list item of fields at a given indentation. Pure.

/// A list item of `fields`, its dash indented by `dash` spaces.
pub(super) fn item(dash: usize, fields: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (i, (key, value)) in fields.iter().enumerate() {
        let lead = if i == 0 {
            format!("{}- ", " ".repeat(dash))
        } else {
            " ".repeat(dash + 2)
        };
        let value = value.replace("\n\u{0}", &format!("\n{}", " ".repeat(dash + 4)));
        out.push_str(&format!("{lead}{key}: {value}\n"));
    }
    out
}

/// A value spanning lines: each line after the first is marked with `\n\0`, to be indented
/// under its key by `item`.
pub enum Value {
    Block(String),
}

impl From<Value> for String {
    fn from(v: Value) -> String {
        let Value::Block(text) = v;
        // A literal block keeps the text's lines as they are; an indentation indicator is
        // needed when the first line itself starts with a space.
        let indicator = if text.starts_with(' ') { "|2" } else { "|" };
        let mut out = indicator.to_string();
        for line in text.split('\n') {
            out.push_str(if line.is_empty() { "\n" } else { "\n\u{0}" });
            out.push_str(line);
        }
        out
    }
}

/// A one-line value: bare when it is a plain word or date that YAML reads as text, else quoted.
pub(super) fn scalar(s: &str) -> String {
    let bare = s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && (s.starts_with(|c: char| c.is_ascii_alphabetic()) || is_iso_date(s))
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null" | "nan" | "inf"
        );
    if bare { s.to_string() } else { quoted(s) }
}

fn is_iso_date(s: &str) -> bool {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() && s.len() == 10
}

/// Text in double quotes, escaped as JSON escapes it (which YAML reads the same way).
pub(super) fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}
