//! Splitting a Markdown file into its YAML front matter and body, keeping line and byte positions
//! so errors in the front matter point at the right line of the file. Pure.

/// The parts of a file that begins with `---`.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The file with everything after the front matter cut off and the opening `---` turned into a
    /// comment, so positions in it are positions in the file.
    pub yaml: String,
    /// The Markdown after the closing `---`.
    pub body: &'a str,
}

/// Why a file's front matter could not be split off.
#[derive(Debug, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not start with `---`.
    Missing,
    /// The opening `---` has no closing `---`.
    NotClosed,
}

/// Splits `text` (BOM already removed, `\n` line endings).
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let rest = text.strip_prefix("---").ok_or(SplitError::Missing)?;
    let first_nl = rest.find('\n').ok_or(SplitError::NotClosed)?;
    if !rest[..first_nl].trim().is_empty() {
        return Err(SplitError::Missing);
    }
    // Look for a line that is exactly `---` (or `...`) after the opening one.
    let mut pos = 3 + first_nl + 1;
    while pos <= text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            let yaml = format!("#--{}", &text[3..pos]);
            let body = if end < text.len() {
                &text[end + 1..]
            } else {
                ""
            };
            return Ok(Split { yaml, body });
        }
        if end >= text.len() {
            break;
        }
        pos = end + 1;
    }
    Err(SplitError::NotClosed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_keeps_positions() {
        let t = "---\ntitle: A\n---\nBody *text*\n";
        let s = split(t).unwrap();
        assert_eq!(s.body, "Body *text*\n");
        assert_eq!(s.yaml.find("title"), t.find("title"));
    }

    #[test]
    fn unclosed_and_missing() {
        assert_eq!(split("---\ntitle: A\nbody"), Err(SplitError::NotClosed));
        assert_eq!(split("title: A\n"), Err(SplitError::Missing));
        assert_eq!(split("---"), Err(SplitError::NotClosed));
    }

    #[test]
    fn empty_body() {
        let s = split("---\ntitle: A\n---").unwrap();
        assert_eq!(s.body, "");
    }
}
