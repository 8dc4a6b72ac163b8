//! A monitoring report as a Word document (`reports/<slug>/report.docx`) for the committee papers
//! system, made with `docx-rs` from the same view as the page (`render::report`), so the two hold
//! the same figures: A4, the title block, Word's own heading styles (so the document has an
//! outline and a table of contents can be made from it), real tables whose header row repeats on
//! every page and whose rows do not split, page numbers in the footer, and no images: every word
//! is text. The bytes are the same at every build: every paragraph's id is numbered here (not by
//! docx-rs's per-thread counter), no part carries a date, and the package is written again with a
//! fixed timestamp on every entry. docx-rs has no setting for a repeated header row, so its
//! `<w:tblHeader/>` is added to the rows marked for it (see `HEADER_MARK`). Pure.

use super::report::{Headline, RecRef, Revision, Row, StatusAt, View, view};
use super::views::{DateView, DeadlineView};
use crate::i18n::{Arg, Say};
use crate::index::SiteIndex;
use docx_rs::{
    AlignmentType, Docx, Footer, HeightRule, PageMargin, PageNum, Paragraph, Run, RunFonts,
    Shading, Style, StyleType, Table, TableCell, TableRow, WidthType,
};
use std::cell::Cell;
use std::io::{Cursor, Read, Write};

/// The width of the text on an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 11906 - 2 * 1134;

/// Header rows are given this exact height rule, which nothing else in the document has, so that
/// `<w:tblHeader/>` can be added to them after docx-rs has written the XML.
const HEADER_MARK: &str = r#"<w:trHeight w:val="397" w:hRule="atLeast" />"#;

/// The report at `i` of the site as a Word document.
pub fn report(ix: &SiteIndex, say: Say<'_>, i: usize) -> Vec<u8> {
    let v = view(ix, say, i);
    let mut w = Writer {
        next_id: Cell::new(1),
        doc: Some(document()),
        say,
    };
    w.body(ix, &v);
    let mut xml = w.doc.take().expect("the document").build();
    let marked = String::from_utf8_lossy(&xml.document)
        .replace(HEADER_MARK, &format!("{HEADER_MARK}<w:tblHeader />"));
    xml.document = marked.into_bytes();
    let mut packed = Cursor::new(Vec::new());
    // Writing to memory cannot fail.
    let _ = xml.pack(&mut packed);
    fixed_times(&packed.into_inner())
}

/// The same package with every entry dated 1 January 1980 (the earliest date a zip can hold),
/// in the same order, compressed: so the bytes depend on nothing but the report.
fn fixed_times(zipped: &[u8]) -> Vec<u8> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(zipped)) else {
        return zipped.to_vec();
    };
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for n in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(n) else {
            continue;
        };
        let Ok(name) = entry.name().map(|n| n.to_string()) else {
            continue;
        };
        if entry.is_dir() {
            let _ = out.add_directory(name, options);
            continue;
        }
        let mut bytes = Vec::new();
        let _ = entry.read_to_end(&mut bytes);
        let _ = out.start_file(name, options);
        let _ = out.write_all(&bytes);
    }
    out.finish().map(Cursor::into_inner).unwrap_or_default()
}

/// An A4 document with the heading styles the report uses, and page numbers in the footer.
fn document() -> Docx {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .outline_lvl(level)
    };
    Docx::new()
        .page_size(11906, 16838)
        .page_margin(PageMargin {
            top: 1134,
            left: 1134,
            bottom: 1134,
            right: 1134,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .default_fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial"))
        .default_size(22)
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .q_format(true),
        )
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .size(40),
        )
        .add_style(heading("Heading1", "heading 1", 32, 0))
        .add_style(heading("Heading2", "heading 2", 28, 1))
        .add_style(heading("Heading3", "heading 3", 24, 2))
}

/// Builds the document, numbering its paragraphs itself.
struct Writer<'a> {
    next_id: Cell<u32>,
    doc: Option<Docx>,
    say: Say<'a>,
}

impl Writer<'_> {
    fn para(&self) -> Paragraph {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        Paragraph::new().id(format!("{id:08X}"))
    }

    fn text(&self, text: &str) -> Paragraph {
        self.para().add_run(Run::new().add_text(text))
    }

    fn add(&mut self, p: Paragraph) {
        self.doc = self.doc.take().map(|d| d.add_paragraph(p));
    }

    fn heading(&mut self, level: u8, text: &str) {
        let p = self
            .text(text)
            .style(&format!("Heading{level}"))
            .keep_next(true);
        self.add(p);
    }

    fn line(&mut self, text: &str) {
        let p = self.text(text);
        self.add(p);
    }

    fn none(&mut self) {
        let none = self.say.word("report-none");
        self.line(&none);
    }

    fn cell(&self, lines: &[String], width: usize, header: bool) -> TableCell {
        let mut cell = TableCell::new().width(width, WidthType::Dxa);
        if header {
            cell = cell.shading(Shading::new().fill("E5E6E7"));
        }
        for l in lines {
            let run = Run::new().add_text(l.as_str());
            let run = if header { run.bold() } else { run };
            cell = cell.add_paragraph(self.para().add_run(run));
        }
        if lines.is_empty() {
            cell = cell.add_paragraph(self.para());
        }
        cell
    }

    /// A table with a header row that repeats on each page, and rows that never split.
    fn table(&mut self, head: &[String], widths: &[usize], rows: Vec<Vec<Vec<String>>>) {
        let total: usize = widths.iter().sum();
        let widths: Vec<usize> = widths.iter().map(|w| w * TEXT_WIDTH / total).collect();
        let header = TableRow::new(
            head.iter()
                .zip(&widths)
                .map(|(h, w)| self.cell(&[h.to_string()], *w, true))
                .collect(),
        )
        .cant_split()
        .row_height(397.0)
        .height_rule(HeightRule::AtLeast);
        let mut all = vec![header];
        for r in rows {
            all.push(
                TableRow::new(
                    r.iter()
                        .zip(&widths)
                        .map(|(lines, w)| self.cell(lines, *w, false))
                        .collect(),
                )
                .cant_split(),
            );
        }
        let t = Table::new(all)
            .set_grid(widths.clone())
            .width(TEXT_WIDTH, WidthType::Dxa);
        self.doc = self.doc.take().map(|d| d.add_table(t));
        // A paragraph after each table, so that two tables never run together.
        let gap = self.para();
        self.add(gap);
    }

    fn body(&mut self, ix: &SiteIndex, v: &View) {
        let say = self.say;
        let footer = Footer::new().add_paragraph(
            self.para()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text(format!(
                    "{} ",
                    say.with("report-docx-page", &[("title", Arg::from(v.title))])
                )))
                .add_page_num(PageNum::new()),
        );
        self.doc = self.doc.take().map(|d| d.footer(footer));
        let committee = || ("committee", Arg::from(v.committee));
        let to = match &v.meeting {
            Some(m) => say.with(
                "report-docx-to-meeting",
                &[committee(), ("date", Arg::from(m.display.as_str()))],
            ),
            None => say.with("report-to", &[committee()]),
        };
        self.line(&to);
        let title = self.text(v.title).style("Title");
        self.add(title);
        let period = |from: &DateView, to: &DateView| {
            [
                ("from", Arg::from(from.display.as_str())),
                ("to", Arg::from(to.display.as_str())),
            ]
        };
        let mut facts = vec![
            (self.say.word("report-field-to"), v.committee.to_string()),
            (
                self.say.word("report-field-period"),
                say.with("report-docx-period", &period(&v.from, &v.to)),
            ),
            (
                self.say.word("report-field-reviews"),
                v.reviews
                    .iter()
                    .map(|r| r.title)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            (
                self.say.word("report-field-from"),
                ix.site.config.organisation.as_str().to_string(),
            ),
        ];
        if let Some(m) = &v.meeting {
            facts.insert(
                1,
                (self.say.word("report-field-meeting"), m.display.clone()),
            );
        }
        if let Some(a) = &v.address {
            facts.push((self.say.word("report-field-online"), a.clone()));
        }
        for (label, value) in facts {
            let p = self
                .para()
                .add_run(Run::new().add_text(format!("{label}: ")).bold())
                .add_run(Run::new().add_text(value));
            self.add(p);
        }
        for text in v.introduction.map(paragraphs).unwrap_or_default() {
            self.line(&text);
        }
        let method = self.say.word("report-method");
        self.line(&method);

        self.heading(1, &self.say.word("report-headline"));
        let head = self.words(&[
            "report-col-status",
            "report-col-start",
            "report-col-end",
            "report-col-change",
        ]);
        let rows = v.headline.iter().map(|h| self.headline_row(h)).collect();
        self.table(&head, &[4, 2, 2, 2], rows);

        self.heading(
            1,
            &self.say.with("report-completed", &count(v.completed.len())),
        );
        if v.completed.is_empty() {
            self.none();
        } else {
            let rows = v
                .completed
                .iter()
                .map(|r| {
                    vec![
                        rec_lines(&r.rec),
                        vec![self.status(&r.start)],
                        vec![self.status(&r.end)],
                        [
                            vec![self.date(&r.date)],
                            r.text.map(paragraphs).unwrap_or_default(),
                        ]
                        .concat(),
                    ]
                })
                .collect();
            let head = self.words(&[
                "report-col-recommendation",
                "report-col-start",
                "report-col-end",
                "report-col-update-says",
            ]);
            self.table(&head, &[4, 2, 2, 5], rows);
        }

        self.heading(
            1,
            &self
                .say
                .with("report-newly-overdue", &count(v.newly_overdue.len())),
        );
        self.dated(&v.newly_overdue, "report-col-deadline");

        self.heading(1, &self.say.with("report-revised", &count(v.revised.len())));
        self.revisions(
            &v.revised,
            &[
                "report-col-recommendation",
                "report-col-original",
                "report-col-new",
                "report-col-reason",
                "report-col-agreed",
            ],
            |r| &r.agreed,
        );

        self.heading(1, &self.say.word("report-requests"));
        self.heading(
            2,
            &self
                .say
                .with("report-extensions", &count(v.extensions.len())),
        );
        self.revisions(
            &v.extensions,
            &[
                "report-col-recommendation",
                "report-col-in-force",
                "report-col-asked-for",
                "report-col-reason",
                "report-col-asked-on",
            ],
            |r| &r.requested,
        );
        self.heading(
            2,
            &self.say.with("report-closures", &count(v.closures.len())),
        );
        self.dated(&v.closures, "report-col-asked-on");

        self.heading(1, &self.say.with("report-updates", &count(v.update_count)));
        if v.updates.is_empty() {
            self.none();
        }
        for g in &v.updates {
            self.heading(2, g.title);
            for t in &g.themes {
                let theme = t
                    .theme
                    .map_or_else(|| self.say.word("report-no-theme"), str::to_string);
                self.heading(3, &theme);
                let rows = t
                    .updates
                    .iter()
                    .map(|u| {
                        vec![
                            rec_lines(&u.rec),
                            vec![self.date(&u.date)],
                            vec![u.end.as_ref().map_or_else(
                                || self.say.word("report-no-status-given"),
                                |s| s.label.to_string(),
                            )],
                            u.text.map(paragraphs).unwrap_or_default(),
                        ]
                    })
                    .collect();
                let head = self.words(&[
                    "report-col-recommendation",
                    "report-col-date",
                    "report-col-status-given",
                    "report-col-update",
                ]);
                self.table(&head, &[4, 2, 2, 6], rows);
            }
        }

        self.heading(1, &self.say.with("report-chase", &count(v.chase_count)));
        if v.chase.is_empty() {
            self.none();
        } else {
            let intro = self.say.word("report-chase-intro");
            self.line(&intro);
        }
        for c in &v.chase {
            let name = match c.party.meaning {
                Some(m) => format!("{} ({m})", c.party.name),
                None => c.party.name.to_string(),
            };
            self.heading(2, &format!("{name} ({})", c.rows.len()));
            let rows = c
                .rows
                .iter()
                .map(|r| {
                    vec![
                        rec_lines(&r.rec),
                        vec![r.rec.review_title.to_string()],
                        vec![self.status(&r.end)],
                    ]
                })
                .collect();
            let head = self.words(&[
                "report-col-recommendation",
                "report-col-review",
                "report-col-status-end",
            ]);
            self.table(&head, &[5, 4, 2], rows);
        }

        self.heading(
            1,
            &self.say.with("report-due-next", &count(v.due_next.len())),
        );
        let intro = say.with(
            "report-docx-due-next-intro",
            &period(&v.next_from, &v.next_to),
        );
        self.line(&intro);
        self.dated(&v.due_next, "report-col-deadline");

        self.heading(
            1,
            &self
                .say
                .with("report-without-outcome", &count(v.without_outcome.len())),
        );
        if v.without_outcome.is_empty() {
            self.none();
        } else {
            let rows = v
                .without_outcome
                .iter()
                .map(|r| {
                    vec![
                        rec_lines(&r.rec),
                        vec![responsible(&r.rec)],
                        vec![self.status(&r.end)],
                    ]
                })
                .collect();
            let head = self.words(&[
                "report-col-recommendation",
                "report-col-responsible",
                "report-col-status",
            ]);
            self.table(&head, &[5, 3, 2], rows);
        }
    }

    /// The messages `ids`, for a table's header row.
    fn words(&self, ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| self.say.word(id)).collect()
    }

    /// A section of recommendations with a date (its column `date_col`) and their status at the
    /// end.
    fn dated(&mut self, rows: &[Row], date_col: &str) {
        if rows.is_empty() {
            self.none();
            return;
        }
        let rows = rows
            .iter()
            .map(|r| {
                vec![
                    rec_lines(&r.rec),
                    vec![responsible(&r.rec)],
                    vec![self.date(&r.date)],
                    vec![self.status(&r.end)],
                ]
            })
            .collect();
        let head = self.words(&[
            "report-col-recommendation",
            "report-col-responsible",
            date_col,
            "report-col-status-end",
        ]);
        self.table(&head, &[5, 3, 2, 2], rows);
    }

    /// Deadlines revised, or asked to be: before, after, why, and when (`when`).
    fn revisions(
        &mut self,
        rows: &[Revision],
        head: &[&str],
        when: impl for<'r> Fn(&'r Revision<'_>) -> &'r Option<DateView>,
    ) {
        if rows.is_empty() {
            self.none();
            return;
        }
        let rows = rows
            .iter()
            .map(|r| {
                vec![
                    rec_lines(&r.rec),
                    vec![self.deadline(&r.before)],
                    vec![r.after.display.clone()],
                    vec![r.reason.to_string()],
                    vec![self.date(when(r))],
                ]
            })
            .collect();
        let head = self.words(head);
        self.table(&head, &[4, 2, 2, 4, 2], rows);
    }

    fn headline_row(&self, h: &Headline) -> Vec<Vec<String>> {
        vec![
            vec![
                self.say
                    .with("report-headline-row", &[("key", Arg::from(h.key))]),
            ],
            vec![h.start.to_string()],
            vec![h.end.to_string()],
            vec![h.change.clone()],
        ]
    }

    fn status(&self, s: &StatusAt) -> String {
        s.as_ref().map_or_else(
            || self.say.word("report-not-recorded"),
            |s| s.label.to_string(),
        )
    }

    fn date(&self, d: &Option<DateView>) -> String {
        d.as_ref()
            .map_or_else(|| self.say.word("report-no-date"), |d| d.display.clone())
    }

    fn deadline(&self, d: &Option<DeadlineView>) -> String {
        d.as_ref()
            .map_or_else(|| self.say.word("deadline-none-set"), |d| d.display.clone())
    }
}

/// The argument of a counted message.
fn count(n: usize) -> [(&'static str, Arg); 1] {
    [("count", Arg::from(n))]
}

/// A recommendation's number and title, and its address when the site has one.
fn rec_lines(r: &RecRef) -> Vec<String> {
    let mut out = vec![format!("{}. {}", r.number, r.title)];
    out.extend(r.address.clone());
    out
}

fn responsible(r: &RecRef) -> String {
    r.responsible
        .iter()
        .map(|p| p.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Markdown as plain paragraphs, its markup left out: one per block, its lines joined.
fn paragraphs(text: &str) -> Vec<String> {
    crate::markdown::plain_blocks(text)
}
