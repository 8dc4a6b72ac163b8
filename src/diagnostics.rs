//! Problems found in the content: what, where (`path:line:col`, or a sheet's cell: `sheet`), and
//! how to fix it. Collected, never thrown, so one run reports them all; rendered rustc-style with
//! annotate-snippets, or as JSON. Must not read files or print: the command layer prints what this
//! module renders.

mod sheet;
mod suggest;

pub use sheet::{Cell, SheetPlace, column_letter};
pub use suggest::{did_you_mean, nearest, one_of};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// It stops the build or import: nothing is written.
    Error,
    /// Worth fixing, but the build or import goes ahead.
    Warning,
}

/// One problem in one place. Read back (`Deserialize`) only from the record of a build's warnings
/// (`output::stamp`), which never have a sheet place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Whether it is an error or a warning.
    pub severity: Severity,
    /// Relative to the site folder, with `/` separators: `content/reviews/x/10.yaml`; for a
    /// problem in a spreadsheet, the spreadsheet's file name (`plan.xlsx`).
    pub path: String,
    /// Where in the spreadsheet, for a problem in one (`import`); line and column are then 0.
    #[serde(skip_serializing_if = "Option::is_none", skip_deserializing)]
    pub sheet: Option<SheetPlace>,
    /// 1-based; 0 when the problem is with the whole file.
    pub line: usize,
    /// 1-based, in characters; 0 when the problem is with the whole file.
    pub column: usize,
    /// What is wrong, in words for an officer.
    pub message: String,
    /// What the underline says: what was found or expected there.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub label: Option<String>,
    /// How to fix it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub hint: Option<String>,
    /// The offending text, as it stands in the file.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub found: Option<String>,
    /// Byte range in the file, for the underline.
    #[serde(skip)]
    pub span: Option<Range<usize>>,
}

impl Diagnostic {
    /// An error about the file at `path`, placed nowhere in it yet.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            sheet: None,
            line: 0,
            column: 0,
            message: message.into(),
            label: None,
            hint: None,
            found: None,
            span: None,
        }
    }
    /// A warning about the file at `path`, placed nowhere in it yet.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }
    /// Places the problem at a byte range of `source`, filling line, column and the found text.
    pub fn at(mut self, source: &str, span: Range<usize>) -> Diagnostic {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
        let before = &source[..start];
        self.line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        self.column = source[line_start..start].chars().count() + 1;
        let found = source[start..end].lines().next().unwrap_or("").trim_end();
        if !found.is_empty() {
            self.found = Some(truncate(found, 80));
        }
        self.span = Some(start..end);
        self
    }
    /// Says what the underline says.
    pub fn label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }
    /// Says how to fix it.
    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }
    /// Whether it stops the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
    /// `path:line:col`, or the path alone when the problem is with the whole file; in a
    /// spreadsheet, `plan.xlsx, sheet "Actions", cell E17 (Status)`.
    pub fn location(&self) -> String {
        if let Some(place) = &self.sheet {
            sheet::location(&self.path, place)
        } else if self.line == 0 {
            self.path.clone()
        } else {
            format!("{}:{}:{}", self.path, self.line, self.column)
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// The text of every content file read, by path, so a diagnostic can show its line.
pub type Sources = BTreeMap<String, String>;

/// Sorts diagnostics into a stable order: by file, then place, then message.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.severity, &a.message)
            .cmp(&(&b.path, b.line, b.column, b.severity, &b.message))
    });
}

/// Renders diagnostics rustc-style: the location, the line, the offending text underlined, the
/// hint. `color` adds terminal colours. A problem in a spreadsheet has no line to show: it is one
/// plain line with its cell, then its hint.
pub fn render_human(diags: &[Diagnostic], sources: &Sources, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diags {
        if d.sheet.is_some() {
            out.push_str(&sheet::render(d));
            continue;
        }
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let title = level.primary_title(d.message.as_str());
        let source = sources.get(&d.path).map(String::as_str);
        let mut groups: Vec<Group> = Vec::new();
        match (source, &d.span) {
            (Some(src), Some(span)) if !src.trim().is_empty() => {
                // Show only the lines around the problem, so huge files stay readable.
                let (window, offset, first_line) = window(src, span.clone());
                // The window may end before a long span does: underline only what is shown.
                let start = (span.start - offset).min(window.len());
                let local = start..(span.end.saturating_sub(offset)).clamp(start, window.len());
                let mut ann = AnnotationKind::Primary.span(local);
                if let Some(l) = &d.label {
                    ann = ann.label(l.as_str());
                }
                groups.push(
                    title.element(
                        Snippet::source(window)
                            .line_start(first_line)
                            .path(d.path.as_str())
                            .annotation(ann),
                    ),
                );
            }
            _ => {
                // No line to show (an empty file, a file that is not text): name the place alone.
                groups.push(
                    title.element(
                        Snippet::<annotate_snippets::Annotation>::source("")
                            .path(d.location())
                            .fold(false),
                    ),
                );
            }
        }
        if let Some(h) = &d.hint {
            groups.push(Group::with_title(Level::HELP.secondary_title(h.as_str())));
        }
        out.push_str(&renderer.render(&groups));
        out.push_str("\n\n");
    }
    out
}

/// The few lines around `span`, with the byte offset and line number they start at.
fn window(src: &str, span: Range<usize>) -> (&str, usize, usize) {
    let start = floor_char_boundary(src, span.start.min(src.len()));
    let end = floor_char_boundary(src, span.end.min(src.len()).max(start));
    let line_of_start = src[..start].matches('\n').count();
    // Two lines of context before.
    let mut from = start;
    for _ in 0..3 {
        match src[..from].rfind('\n') {
            Some(i) if from > 0 => from = i,
            _ => {
                from = 0;
                break;
            }
        }
    }
    if from > 0 {
        from += 1;
    }
    let lines_before = src[from..start].matches('\n').count();
    // To the end of the span's last line, and at most 12 lines in all.
    let mut to = src[end..].find('\n').map_or(src.len(), |i| end + i);
    let shown = &src[from..to];
    if shown.matches('\n').count() > 12 {
        let mut n = 0;
        to = from
            + shown
                .char_indices()
                .find(|(_, c)| {
                    if *c == '\n' {
                        n += 1;
                    }
                    n > 12
                })
                .map_or(shown.len(), |(i, _)| i);
    }
    (&src[from..to], from, line_of_start + 1 - lines_before)
}

/// One JSON object per problem, in an array.
pub fn render_json(diags: &[Diagnostic]) -> String {
    serde_json::to_string_pretty(diags).unwrap_or_else(|_| "[]".into())
}

/// "2 errors and 1 warning".
pub fn summary(diags: &[Diagnostic]) -> String {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let plural = |n: usize, w: &str| {
        if n == 1 {
            format!("1 {w}")
        } else {
            format!("{n} {w}s")
        }
    };
    match (errors, warnings) {
        (0, w) => plural(w, "warning"),
        (e, 0) => plural(e, "error"),
        (e, w) => format!("{} and {}", plural(e, "error"), plural(w, "warning")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_finds_line_and_column_in_characters() {
        let src = "title: x\nnümber: 1\ndeadline: soon\n";
        let start = src.find("soon").unwrap();
        let d = Diagnostic::error("a.yaml", "bad date").at(src, start..start + 4);
        assert_eq!((d.line, d.column), (3, 11));
        assert_eq!(d.found.as_deref(), Some("soon"));
        assert_eq!(d.location(), "a.yaml:3:11");
    }

    /// Found by the fuzzer: a span longer than the lines shown made annotate-snippets panic.
    #[test]
    fn a_diagnostic_spanning_more_lines_than_are_shown_does_not_crash() {
        let src: String = (0..40).map(|i| format!("  - line {i}\n")).collect();
        let d = Diagnostic::error("a.yaml", "too long").at(&src, 0..src.len());
        let mut sources = Sources::new();
        sources.insert("a.yaml".into(), src.clone());
        let out = render_human(&[d], &sources, false);
        assert!(out.contains("a.yaml:1:1"), "{out}");
    }

    #[test]
    fn human_rendering_shows_path_line_and_hint() {
        let src = "number: 1\ndeadline: soon\n";
        let start = src.find("soon").unwrap();
        let d = Diagnostic::error("content/r/1.yaml", "`soon` is not a date")
            .at(src, start..start + 4)
            .label("expected a date such as 2014-04-30")
            .hint("write the date as YYYY-MM-DD");
        let mut sources = Sources::new();
        sources.insert("content/r/1.yaml".into(), src.into());
        let out = render_human(&[d], &sources, false);
        assert!(out.contains("content/r/1.yaml:2:11"), "{out}");
        assert!(out.contains("^^^^"), "{out}");
        assert!(out.contains("help: write the date as YYYY-MM-DD"), "{out}");
    }
}
