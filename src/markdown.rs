//! Markdown to safe HTML: pulldown-cmark, glossary abbreviations marked up as `<abbr>`, images from
//! other hosts turned into links, then ammonia removes script, event handlers, `javascript:` URLs
//! and frames. Also plain-text helpers (first sentence). Pure: no files, no templates, no printing.

use crate::model::Glossary;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::sync::OnceLock;

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static B: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    B.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_tag_attributes("abbr", &["title"]);
        b.add_tag_attributes("th", &["scope"]);
        b.rm_tags(&["img"]);
        b.add_tags(&["img"]);
        b.add_tag_attributes("img", &["src", "alt", "width", "height"]);
        // Nothing may load from another host: drop the address of any image that is not the site's.
        b.attribute_filter(|el, attr, value| {
            if el == "img" && attr == "src" && is_external(value) {
                None
            } else {
                Some(value.into())
            }
        });
        b
    })
}

/// True for an address on another host (`https://…`, `//…`).
pub fn is_external(url: &str) -> bool {
    let u = url.trim().to_ascii_lowercase();
    u.starts_with("//") || u.contains("://")
}

/// Renders Markdown as sanitised HTML. Headings fit into the page's outline: the text's highest
/// heading becomes `<h{first}>`, and no heading is more than one level below the one before it,
/// so `##` under a page's `<h1>` is an `<h2>`, and a `####` straight after a `##` is one level
/// down (a skipped level confuses screen reader users, who move through a page by its headings).
pub fn to_html(md: &str, glossary: &Glossary, first_heading: u8) -> String {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    // One parse; the outline and the tables' column names are read from the same events.
    let parsed: Vec<Event> = Parser::new_ext(md, opts).collect();
    let mut outline = Outline::new(&parsed, first_heading);
    let headings = table_headings(&parsed);
    let mut in_code = 0usize;
    let mut pending_image: Option<(String, String)> = None;
    let mut marked = Marked::default();
    let mut events: Vec<Event> = Vec::with_capacity(parsed.len());
    // pulldown-cmark escapes text and attributes itself; only raw HTML in the source, or a link
    // to an address that could run script, needs the (slower) sanitiser.
    let mut needs_cleaning = false;
    // Raw HTML nested deeper than any real text is shown as the text it is: the sanitiser's work
    // grows with the square of the depth (100,000 nested `<div>`s took 23 seconds).
    let too_deep = html_depth(&parsed) > MAX_HTML_DEPTH;
    for ev in parsed {
        let ev = match ev {
            Event::Html(h) | Event::InlineHtml(h) if too_deep => Event::Text(h),
            other => other,
        };
        match &ev {
            Event::Html(_) | Event::InlineHtml(_) => needs_cleaning = true,
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })
                if !safe_url(dest_url) =>
            {
                needs_cleaning = true
            }
            _ => {}
        }
        match ev {
            Event::Start(Tag::CodeBlock(_)) => {
                in_code += 1;
                events.push(ev);
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = in_code.saturating_sub(1);
                events.push(ev);
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                events.push(Event::Start(Tag::Heading {
                    level: outline.open(level),
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(_)) => {
                events.push(Event::End(TagEnd::Heading(outline.close())))
            }
            // An image on another host becomes a link to it: the page loads nothing from elsewhere.
            Event::Start(Tag::Image { dest_url, .. }) if is_external(&dest_url) => {
                pending_image = Some((dest_url.to_string(), String::new()));
            }
            Event::End(TagEnd::Image) if pending_image.is_some() => {
                let (url, alt) = pending_image.take().unwrap_or_default();
                let label = if alt.trim().is_empty() {
                    "image".to_string()
                } else {
                    alt
                };
                events.push(Event::Html(CowStr::from(format!(
                    "<a href=\"{}\">{} (image on another website)</a>",
                    escape(&url),
                    escape(&label)
                ))));
            }
            Event::Text(t) if pending_image.is_some() => {
                if let Some((_, alt)) = pending_image.as_mut() {
                    alt.push_str(&t);
                }
            }
            Event::Text(t) if in_code == 0 && !glossary.0.is_empty() => {
                let mut html = String::with_capacity(t.len() + 16);
                abbr_into(&mut html, &t, glossary, &mut marked);
                events.push(Event::InlineHtml(CowStr::from(html)));
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if needs_cleaning {
        html = sanitizer().clean(&html).to_string();
    }
    wrap_tables(html, &headings)
}

/// The most elements raw HTML in one text may open inside each other. Real texts use a few.
pub const MAX_HTML_DEPTH: usize = 100;

/// How deep the raw HTML among these events nests its elements (void elements such as `<br>`
/// and self-closed ones count for nothing; a stray closing tag never makes it negative).
fn html_depth(events: &[Event]) -> usize {
    const VOID: [&str; 14] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param",
    ];
    let (mut depth, mut deepest) = (0usize, 0usize);
    for ev in events {
        let (Event::Html(h) | Event::InlineHtml(h)) = ev else {
            continue;
        };
        let mut rest: &str = h;
        while let Some(i) = rest.find('<') {
            rest = &rest[i + 1..];
            if let Some(after) = rest.strip_prefix('/') {
                depth = depth.saturating_sub(1);
                rest = after;
                continue;
            }
            let name_len = rest
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            if name_len == 0 || !rest.as_bytes()[0].is_ascii_alphabetic() {
                continue;
            }
            let name = rest[..name_len].to_ascii_lowercase();
            let self_closed = rest.find('>').is_some_and(|end| rest[..end].ends_with('/'));
            if !VOID.contains(&name.as_str()) && !self_closed {
                depth += 1;
                deepest = deepest.max(depth);
            }
            rest = &rest[name_len..];
        }
    }
    deepest
}

/// A link target that cannot run script: a web or mail address, or a relative path.
pub fn safe_url(u: &str) -> bool {
    let lower: String = u
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            matches!(scheme, "http" | "https" | "mailto" | "tel")
        }
        _ => true,
    }
}

/// The column headings of each table of some Markdown, in order: "Review, Agreed, Not agreed".
fn table_headings(events: &[Event]) -> Vec<String> {
    let mut out = Vec::new();
    let mut cells: Option<Vec<String>> = None;
    for ev in events {
        match ev {
            Event::Start(Tag::TableHead) => cells = Some(Vec::new()),
            Event::Start(Tag::TableCell) => {
                if let Some(c) = cells.as_mut() {
                    c.push(String::new());
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(cell) = cells.as_mut().and_then(|c| c.last_mut()) {
                    cell.push_str(t);
                }
            }
            Event::End(TagEnd::TableHead) => {
                let c = cells.take().unwrap_or_default();
                out.push(
                    c.iter()
                        .map(|s| s.trim())
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", "),
                );
            }
            _ => {}
        }
    }
    out
}

/// Puts each table in a wrapper that scrolls sideways on a narrow screen, as the theme's own tables
/// are: a region named after the table's columns, which says that it scrolls and can be scrolled
/// with the keyboard. `html` is sanitised, so every `<table>` in it is a table.
fn wrap_tables(html: String, headings: &[String]) -> String {
    if !html.contains("<table>") {
        return html;
    }
    let mut out = String::with_capacity(html.len() + 160);
    for (i, piece) in html.split("<table>").enumerate() {
        if i > 0 {
            let name = match headings.get(i - 1).filter(|h| !h.is_empty()) {
                Some(h) => format!("Table: {h}"),
                None => "Table".to_string(),
            };
            out.push_str(&format!(
                "<div class=\"table-wrap\" role=\"region\" aria-label=\"{} (scrolls sideways on small screens)\" tabindex=\"0\"><table>",
                escape(&name)
            ));
        }
        out.push_str(&piece.replace("</table>", "</table></div>"));
    }
    out
}

/// The heading levels a text's headings get on the page.
struct Outline {
    /// The levels the text uses, highest first: the n-th becomes `first + n`.
    used: Vec<u8>,
    first: u8,
    /// The level given to the heading before, or `first - 1` at the start.
    previous: u8,
}

impl Outline {
    fn new(events: &[Event], first: u8) -> Outline {
        let mut used: Vec<u8> = events
            .iter()
            .filter_map(|ev| match ev {
                Event::Start(Tag::Heading { level, .. }) => Some(*level as u8),
                _ => None,
            })
            .collect();
        used.sort_unstable();
        used.dedup();
        let first = first.clamp(1, 6);
        Outline {
            used,
            first,
            previous: first - 1,
        }
    }

    fn open(&mut self, level: HeadingLevel) -> HeadingLevel {
        let rank = self
            .used
            .iter()
            .position(|&l| l == level as u8)
            .unwrap_or(0) as u8;
        let n = (self.first + rank).min(self.previous + 1).min(6);
        self.previous = n;
        HeadingLevel::try_from(n as usize).unwrap_or(HeadingLevel::H6)
    }

    fn close(&self) -> HeadingLevel {
        HeadingLevel::try_from(self.previous as usize).unwrap_or(HeadingLevel::H6)
    }
}

/// Escapes text for HTML (element content and quoted attribute values).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, s);
    out
}

/// Escapes `s` onto the end of `out`, as [`escape`] does, without a String of its own: the
/// glossary pass escapes every character of every text, and one allocation each was a tenth of a
/// build's instructions.
fn escape_into(out: &mut String, s: &str) {
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut *out, s);
}

/// Escapes plain text and marks up the glossary's abbreviations: `TMT` → `<abbr title="TMO Team">TMT</abbr>`.
/// A plural or possessive (`TMOs`, `TRA's`) is marked up by its stem.
pub fn abbr_html(text: &str, glossary: &Glossary) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    abbr_into(&mut out, text, glossary, &mut Marked::default());
    out
}

/// The abbreviations already marked up in one text: each is marked up where it first appears
/// in the text, and later uses are plain, as WCAG's technique for abbreviations (H28) does it. A
/// page of many updates would otherwise repeat the same expansion dozens of times.
#[derive(Default)]
struct Marked<'g>(std::collections::HashSet<&'g str>);

/// [`abbr_html`] into `out`, marking up only the abbreviations `marked` does not hold yet.
fn abbr_into<'g>(out: &mut String, text: &str, glossary: &'g Glossary, marked: &mut Marked<'g>) {
    let mut word = String::new();
    // A word ends at anything but a letter, a digit or an apostrophe inside it; a trailing
    // apostrophe that was not a possessive goes back to the text.
    let mut flush = |word: &mut String, out: &mut String| {
        let trailing = if word.ends_with('\'') || word.ends_with('’') {
            word.pop()
        } else {
            None
        };
        if !word.is_empty() {
            match glossary.lookup(word).filter(|t| marked.0.insert(t)) {
                Some(t) => {
                    out.push_str("<abbr title=\"");
                    escape_into(out, t);
                    out.push_str("\">");
                    escape_into(out, word);
                    out.push_str("</abbr>");
                }
                None => escape_into(out, word),
            }
        }
        if let Some(q) = trailing {
            escape_into(out, q.encode_utf8(&mut [0; 4]));
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || ((c == '\'' || c == '’') && !word.is_empty()) {
            word.push(c);
        } else {
            flush(&mut word, out);
            escape_into(out, c.encode_utf8(&mut [0; 4]));
        }
    }
    flush(&mut word, out);
}

/// The text of Markdown without its markup, on one line.
pub fn plain_text(md: &str) -> String {
    let mut out = String::new();
    for ev in Parser::new(md) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) if !out.ends_with(' ') => {
                out.push(' ');
            }
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The blocks of some Markdown (paragraphs, list items, headings, quotes) as plain text, their
/// inline markup left out and their lines joined: for a document that is not HTML (a report's
/// Word document).
pub fn plain_blocks(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut block = String::new();
    let end = |block: &mut String, out: &mut Vec<String>| {
        let text = block.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            out.push(text);
        }
        block.clear();
    };
    for ev in Parser::new(md) {
        match ev {
            Event::Text(t) | Event::Code(t) => block.push_str(&t),
            Event::SoftBreak | Event::HardBreak => block.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::Heading(_)
                | TagEnd::CodeBlock
                | TagEnd::TableRow,
            ) => end(&mut block, &mut out),
            Event::End(TagEnd::TableCell) => block.push(' '),
            _ => {}
        }
    }
    end(&mut block, &mut out);
    out
}

/// The first sentence of some Markdown, for a default title; long sentences are cut at a word.
pub fn first_sentence(md: &str, max_chars: usize) -> String {
    let text = plain_text(md);
    let mut end = text.len();
    for (i, _) in text.match_indices(". ") {
        // "e.g. " and "No. " are not the end of a sentence.
        let before = &text[..i];
        let last_word = before.rsplit(' ').next().unwrap_or("");
        if last_word.len() > 3
            || last_word.chars().next().is_some_and(|c| c.is_lowercase()) && last_word.len() > 2
        {
            end = i + 1;
            break;
        }
    }
    let sentence = text[..end].trim().trim_end_matches('.').trim();
    let mut s = if sentence.chars().count() > max_chars {
        let cut: String = sentence.chars().take(max_chars).collect();
        let cut = cut
            .rsplit_once(' ')
            .map_or(cut.as_str(), |(a, _)| a)
            .to_string();
        format!("{cut}…")
    } else {
        sentence.to_string()
    };
    if let Some(first) = s.chars().next()
        && first.is_lowercase()
    {
        s = first.to_uppercase().collect::<String>() + &s[first.len_utf8()..];
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::collections::HashSet;

    /// Tags that would run script or pull in another page: none of these may reach a page.
    fn active_markup(html: &str) -> Vec<String> {
        let lower = html.to_ascii_lowercase();
        let mut found = HashSet::new();
        for bad in [
            "<script",
            "<iframe",
            "<object",
            "<embed",
            "javascript:",
            " onerror=",
            " onload=",
            " onclick=",
            " onmouseover=",
            "<frame",
        ] {
            if lower.contains(bad) {
                found.insert(bad.to_string());
            }
        }
        let mut v: Vec<String> = found.into_iter().collect();
        v.sort();
        v
    }

    fn g() -> Glossary {
        Glossary(vec![
            ("IC".into(), "Islington Council".into()),
            ("TMO".into(), "Tenant Management Organisation".into()),
            ("TRA".into(), "Tenants' and Residents' Association".into()),
        ])
    }

    #[test]
    fn script_and_handlers_are_removed() {
        let html = to_html(
            "Hi <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) <iframe src=//e.com></iframe>",
            &g(),
            3,
        );
        assert!(active_markup(&html).is_empty(), "{html}");
    }

    #[test]
    fn abbreviations_are_marked_up() {
        let html = to_html(
            "The TMOs and IC met the TRA's chair. `IC` in code stays.",
            &g(),
            3,
        );
        assert!(
            html.contains("<abbr title=\"Islington Council\">IC</abbr> met"),
            "{html}"
        );
        assert!(
            html.contains("<abbr title=\"Tenant Management Organisation\">TMOs</abbr>"),
            "{html}"
        );
        assert!(
            html.contains(
                "<abbr title=\"Tenants&#39; and Residents&#39; Association\">TRA's</abbr>"
            ) || html.contains("TRA&#39;s</abbr>"),
            "{html}"
        );
        assert!(html.contains("<code>IC</code>"), "{html}");
    }

    #[test]
    fn an_abbreviation_is_expanded_where_a_text_first_uses_it_and_plain_after() {
        let html = to_html(
            "The TMO wrote.\n\n- Each *TMO* and the TMOs' chairs met IC.\n- IC agreed.",
            &g(),
            3,
        );
        assert_eq!(html.matches("<abbr").count(), 2, "{html}");
        assert!(
            html.contains("The <abbr title=\"Tenant Management Organisation\">TMO</abbr> wrote"),
            "{html}"
        );
        assert!(html.contains("<em>TMO</em> and the TMOs"), "{html}");
        assert!(html.contains("IC agreed"), "{html}");
        // Another text marks it up again: each update, each response, stands on its own.
        let again = to_html("The TMO replied.", &g(), 3);
        assert_eq!(again.matches("<abbr").count(), 1, "{again}");
    }

    #[test]
    fn headings_move_down_and_external_images_become_links() {
        let html = to_html(
            "# Heading\n\n![A chart](https://example.org/c.png)",
            &Glossary::default(),
            3,
        );
        assert!(html.contains("<h3>Heading</h3>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("A chart (image on another website)"),
            "{html}"
        );
    }

    #[test]
    fn headings_never_skip_a_level() {
        let levels = |md: &str, first: u8| -> Vec<String> {
            let html = to_html(md, &Glossary::default(), first);
            html.match_indices("<h")
                .map(|(i, _)| html[i + 1..i + 3].to_string())
                .collect()
        };
        // `##` sections of a free page sit straight under its <h1>.
        assert_eq!(
            levels("## One\n\ntext\n\n## Two\n\n### Two a", 2),
            ["h2", "h2", "h3"]
        );
        // A gap the author left is closed up.
        assert_eq!(
            levels("## One\n\n#### Deep\n\n## Two", 2),
            ["h2", "h3", "h2"]
        );
        // A text that starts deeper than it goes on is never more than one below what came before.
        assert_eq!(
            levels("### Small\n\n# Big\n\n### Small again", 3),
            ["h3", "h3", "h4"]
        );
        assert_eq!(levels("###### Tiny", 6), ["h6"]);
    }

    #[test]
    fn tables_scroll_in_a_named_region_that_says_so() {
        let html = to_html(
            "Text\n\n| Review | Agreed |\n| --- | --- |\n| Housing | 3 |\n\n| A \"q\" |\n| - |\n| 1 |\n",
            &g(),
            2,
        );
        assert!(html.contains(r#"<div class="table-wrap" role="region" aria-label="Table: Review, Agreed (scrolls sideways on small screens)" tabindex="0"><table>"#), "{html}");
        assert!(
            html.contains(
                r#"aria-label="Table: A &quot;q&quot; (scrolls sideways on small screens)""#
            ),
            "{html}"
        );
        assert_eq!(html.matches("</table></div>").count(), 2, "{html}");
        assert_eq!(
            to_html("No table, just `<table>` in code.", &g(), 2)
                .matches("table-wrap")
                .count(),
            0
        );
    }

    #[test]
    fn html_nested_100000_deep_is_shown_as_text_not_sanitised_for_minutes() {
        let n = 100_000;
        let md = format!("{}deep{}", "<div>".repeat(n), "</div>".repeat(n));
        let html = to_html(&md, &Glossary::default(), 3);
        assert!(!html.contains("<div>"), "deep markup kept as markup");
        assert!(
            html.contains("&lt;div&gt;&lt;div&gt;"),
            "deep markup not shown as text"
        );
        assert!(html.contains("deep"));
    }

    #[test]
    fn html_nested_as_real_texts_do_is_kept() {
        let md = "<div><p>One<br>two</p><ul><li><em>three</em></li></ul></div>";
        let html = to_html(md, &Glossary::default(), 3);
        assert!(html.contains("<div><p>One<br>two</p>"), "{html}");
        let deep = format!(
            "{}x{}",
            "<span>".repeat(MAX_HTML_DEPTH),
            "</span>".repeat(MAX_HTML_DEPTH)
        );
        assert!(to_html(&deep, &Glossary::default(), 3).contains("<span><span>"));
        let over = format!(
            "{}x{}",
            "<span>".repeat(MAX_HTML_DEPTH + 1),
            "</span>".repeat(MAX_HTML_DEPTH + 1)
        );
        assert!(!to_html(&over, &Glossary::default(), 3).contains("<span>"));
    }

    #[test]
    fn first_sentences() {
        assert_eq!(
            first_sentence("All TMOs to ensure that LLW is paid. And more.", 80),
            "All TMOs to ensure that LLW is paid"
        );
        assert_eq!(
            first_sentence("to support the proposal", 80),
            "To support the proposal"
        );
        assert_eq!(
            first_sentence("word ".repeat(50).as_str(), 20),
            "Word word word word…"
        );
    }

    #[test]
    fn plain_blocks_keep_the_blocks_and_drop_the_markup() {
        assert_eq!(
            plain_blocks("The **first** part.\nGoes on.\n\n- one\n- `two`\n"),
            ["The first part. Goes on.", "one", "two"]
        );
    }

    #[test]
    fn plain_text_escapes_in_abbr_html() {
        assert_eq!(
            abbr_html("<b>IC</b>", &g()),
            "&lt;b&gt;<abbr title=\"Islington Council\">IC</abbr>&lt;/b&gt;"
        );
    }
}
