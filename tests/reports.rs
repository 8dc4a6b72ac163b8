//! Monitoring reports to committee (`content/reports/<slug>.yaml`), as an officer takes them to a
//! meeting: the page, its Word document and its open data. The fixture `reports` has five
//! recommendations whose dated updates span two quarters of 2014; every figure expected here is
//! worked out by hand from those files (see each test), never read from the program.

mod common;

use common::*;
use std::collections::BTreeMap;
use std::io::Read;
use std::process::Command as Process;

const Q2: &str = "reports/2014-q2/";

fn built(as_of: &str) -> SiteTest {
    let site = SiteTest::fixture("reports");
    site.build(as_of);
    site
}

/// The rows of the table that follows the heading whose id is `id`, as text cells (a row's
/// header cell first).
fn section_rows(html: &str, id: &str) -> Vec<Vec<String>> {
    let from = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no section #{id}"));
    let rest = &html[from..];
    let end = rest[4..].find("<h2").map_or(rest.len(), |e| e + 4);
    let part = &rest[..end];
    let cell = regex::Regex::new(r#"(?s)<(td|th scope="row")[^>]*>(.*?)</t[dh]>"#).unwrap();
    part.split("<tr")
        .skip(1)
        .filter(|tr| !tr.contains("<th scope=\"col\""))
        .map(|tr| {
            let tr = tr.split("</tr>").next().unwrap_or("");
            cell.captures_iter(tr).map(|c| text_of(&c[2])).collect()
        })
        .collect()
}

/// The words of a section, from its heading to the next.
fn section_text(html: &str, id: &str) -> String {
    let from = html.find(&format!("id=\"{id}\"")).unwrap();
    let rest = &html[from..];
    let end = rest[4..].find("<h2").map_or(rest.len(), |e| e + 4);
    text_of(&format!("<h2 {}", &rest[..end]))
}

#[test]
fn the_second_quarter_s_figures_are_those_worked_out_by_hand() {
    let site = built("2014-07-01");
    let page = site.page(&format!("{Q2}index.html"));
    // At the end of 31 March: 1, 2 and 5 in progress by their updates; 3 and 4 have no update
    // giving a status yet; 5 was due on 31 January. At the end of 30 June: 1 complete (20 May);
    // 2, 3 and 5 in progress; 4 still not recorded (it has no updates at all, whatever its
    // `status:` says); 2 (due 30 April) and 5 overdue, 3 not (revised to 30 September).
    assert_eq!(
        section_rows(&page, "headline"),
        [
            ["Not started", "0", "0", "0"],
            ["In progress", "3", "3", "0"],
            ["Done", "0", "1", "+1"],
            ["Closed", "0", "0", "0"],
            ["Not recorded", "2", "1", "-1"],
            ["All recommendations", "5", "5", "0"],
            ["Overdue", "1", "2", "+1"],
        ]
    );
    // Completed in the period: 1, in progress at the start, with the update that says so.
    let completed = section_rows(&page, "completed");
    assert_eq!(completed.len(), 1);
    assert!(
        completed[0][0].starts_with("1. Publish repair times"),
        "{completed:?}"
    );
    assert_eq!(completed[0][1..3], ["In progress", "Complete"]);
    assert!(
        completed[0][3].starts_with("20 May 2014 : Repair times are published every quarter"),
        "{completed:?}"
    );
    // ... which links to the whole update, under the updates of the period.
    assert!(page.contains("<a href=\"#update-housing-2014-1-1\">"));
    assert!(page.contains("<tr id=\"update-housing-2014-1-1\">"));
    // Fell overdue in the period: 2, due 30 April, nothing since March.
    let overdue = section_rows(&page, "newly-overdue");
    assert_eq!(overdue.len(), 1, "{overdue:?}");
    assert!(overdue[0][0].starts_with("2. Train the call centre"));
    assert_eq!(overdue[0][1..], ["IC", "30 April 2014", "In progress"]);
    // Revised in the period: 3, agreed on 15 April.
    let revised = section_rows(&page, "revised");
    assert_eq!(revised.len(), 1);
    assert!(revised[0][0].starts_with("3. Survey tenants after repairs"));
    assert_eq!(
        revised[0][1..],
        [
            "30 April 2014",
            "30 September 2014",
            "The survey contract was let late",
            "15 April 2014"
        ]
    );
    // Awaiting the committee: 5's extension (asked 10 June, the 31 January deadline still in
    // force) and its closure.
    let requests = section_text(&page, "requests");
    assert!(
        requests.contains("5. Replace the repairs system https://example.org/scrutiny/reviews/housing-2014/5/ 31 January 2014 31 December 2014 The new system goes live in November 10 June 2014"),
        "{requests}"
    );
    assert!(requests.contains("Closure requests (1)"), "{requests}");
    // Updates in the period: 1 (20 May), 3 (15 April) and 5 (10 June, no status).
    let updates = section_text(&page, "updates");
    assert!(
        updates.starts_with("Updates in the period (3)"),
        "{updates}"
    );
    assert!(updates.contains("10 June 2014 None given"), "{updates}");
    // No update in the period: 2 and 4, both IC's.
    let chase = section_text(&page, "no-update");
    assert!(chase.starts_with("No update in the period (2)"), "{chase}");
    assert!(chase.contains("IC (2)"), "{chase}");
    assert!(!chase.contains("PS"), "PS updated 3 in April: {chase}");
    // Due in July–September: 3's revised deadline.
    let due = section_rows(&page, "due-next");
    assert_eq!(due.len(), 1);
    assert!(due[0][0].starts_with("3. Survey tenants"));
    assert!(section_text(&page, "due-next").contains("from 1 July 2014 to 30 September 2014"));
    // 4 says complete and nothing says what was done.
    let without = section_rows(&page, "without-outcome");
    assert_eq!(without.len(), 1);
    assert!(without[0][0].starts_with("4. Review the repairs policy"));
    assert_eq!(without[0][2], "Complete");
}

#[test]
fn the_first_quarter_says_none_where_a_section_is_empty_and_names_every_review() {
    let site = built("2014-07-01");
    let page = site.page("reports/2014-q1/index.html");
    for id in ["completed", "revised"] {
        assert!(
            section_text(&page, id).ends_with("None."),
            "#{id}: {}",
            section_text(&page, id)
        );
    }
    assert!(
        section_text(&page, "requests")
            .contains("Extension requests (0) None. Closure requests (0) None.")
    );
    // No `reviews:` line: every review.
    assert!(text_of(main_of(&page)).contains("Reviews Housing Repairs Review"));
    // 5 fell overdue on 31 January; 2 and 3 fall due on 30 April, in April–June.
    let overdue = section_rows(&page, "newly-overdue");
    assert_eq!(overdue.len(), 1);
    assert!(overdue[0][0].starts_with("5. "));
    let due: Vec<String> = section_rows(&page, "due-next")
        .iter()
        .map(|r| r[0][..2].to_string())
        .collect();
    assert_eq!(due, ["2.", "3."]);
}

#[test]
fn each_section_links_to_the_recommendations_it_names() {
    let site = built("2014-07-01");
    let page = site.page(&format!("{Q2}index.html"));
    let completed =
        &page[page.find("id=\"completed\"").unwrap()..page.find("id=\"newly-overdue\"").unwrap()];
    assert!(completed.contains("href=\"../../reviews/housing-2014/1/index.html\""));
}

#[test]
fn a_report_is_byte_identical_whatever_the_as_of_date() {
    let early = built("2014-07-01");
    let late = built("2026-12-02");
    for file in ["index.html", "report.docx", "changes.csv"] {
        let path = format!("output/{Q2}{file}");
        let a = std::fs::read(early.path(&path)).unwrap();
        let b = std::fs::read(late.path(&path)).unwrap();
        assert!(
            a == b,
            "{path} differs between --as-of 2014-07-01 and 2026-12-02"
        );
    }
    // While the rest of the site does move with it.
    assert_ne!(
        early.page("overdue/index.html"),
        late.page("overdue/index.html")
    );
}

#[test]
fn the_home_page_and_each_review_link_to_the_latest_report() {
    let site = built("2014-07-01");
    for (page, link) in [
        ("index.html", "reports/2014-q2/index.html"),
        (
            "reviews/housing-2014/index.html",
            "../../reports/2014-q2/index.html",
        ),
    ] {
        let html = site.page(page);
        assert!(
            html.contains(&format!("href=\"{link}\"")),
            "{page} does not link to {link}"
        );
        assert!(
            text_of(&html)
                .contains("Latest report to committee: Repairs recommendations, second quarter")
        );
    }
    let list = site.main_text("reports/index.html");
    let (q2, q1) = (
        list.find("second quarter").unwrap(),
        list.find("first quarter").unwrap(),
    );
    assert!(q2 < q1, "the latest first: {list}");
}

#[test]
fn changes_csv_has_one_row_per_recommendation_and_section() {
    let site = built("2014-07-01");
    let csv = site.page(&format!("{Q2}changes.csv"));
    let rows: Vec<(String, String, String, String)> = csv
        .trim_start_matches('\u{feff}')
        .lines()
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split(',').collect();
            (c[1].into(), c[3].into(), c[7].into(), c[8].into())
        })
        .collect();
    let want = [
        ("completed", "1", "complete", "2014-05-20"),
        ("newly-overdue", "2", "in-progress", "2014-04-30"),
        ("deadline-revised", "3", "in-progress", "2014-04-15"),
        ("updated", "1", "complete", "2014-05-20"),
        ("updated", "3", "in-progress", "2014-04-15"),
        ("updated", "5", "in-progress", "2014-06-10"),
        ("no-update", "2", "in-progress", ""),
        ("no-update", "4", "not-recorded", ""),
        ("extension-requested", "5", "in-progress", "2014-06-10"),
        ("closure-requested", "5", "in-progress", "2014-06-10"),
        ("due-next-period", "3", "in-progress", "2014-09-30"),
        ("closed-without-outcome", "4", "not-recorded", ""),
    ];
    let want: Vec<(String, String, String, String)> = want
        .iter()
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
        .collect();
    assert_eq!(rows, want);
}

#[test]
fn the_data_page_lists_each_report_s_files_and_says_what_each_column_of_changes_csv_holds() {
    let site = built("2014-07-01");
    let data = site.main_text("data/index.html");
    let header = site.page(&format!("{Q2}changes.csv"));
    let header = header
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap()
        .to_string();
    for column in header.split(',') {
        assert!(
            data.contains(&format!("{column} ")),
            "the data page explains the column `{column}`: {data}"
        );
    }
    let html = site.page("data/index.html");
    assert!(
        html.contains(&format!("href=\"../{Q2}changes.csv\" download")),
        "{html}"
    );
    assert!(
        html.contains(&format!("href=\"../{Q2}report.docx\" download")),
        "{html}"
    );
    assert!(data.contains("one row for each recommendation in each section of the report"));
}

/// The parts of a docx, by name.
fn docx_parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a docx is a zip");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut s = String::new();
        if f.is_file() {
            f.read_to_string(&mut s).unwrap();
            out.insert(f.name().unwrap().to_string(), s);
        }
    }
    out
}

#[test]
fn the_word_document_has_headings_real_tables_with_repeated_headers_and_no_images() {
    let site = built("2014-07-01");
    let bytes = std::fs::read(site.path(&format!("output/{Q2}report.docx"))).unwrap();
    let parts = docx_parts(&bytes);
    let doc = &parts["word/document.xml"];
    assert!(
        doc.contains("<w:pStyle w:val=\"Heading1\" />"),
        "no Heading 1"
    );
    assert!(
        parts["word/styles.xml"].contains("w:val=\"heading 1\""),
        "Heading1 is not Word's heading 1"
    );
    let tables = doc.matches("<w:tbl>").count();
    assert!(tables >= 8, "{tables} tables");
    assert_eq!(
        doc.matches("<w:tblHeader />").count(),
        tables,
        "every table repeats its header row"
    );
    assert!(
        !doc.contains("<w:drawing") && !parts.keys().any(|k| k.starts_with("word/media")),
        "an image"
    );
    assert!(doc.contains("w:w=\"11906\" w:h=\"16838\""), "not A4");
    assert!(
        parts
            .values()
            .any(|p| p.contains("<w:instrText>PAGE</w:instrText>")),
        "no page numbers"
    );
}

/// A program the test needs, from Debian (tests/apt-packages.txt; tests/run.sh installs it).
fn need(program: &str, package: &str) {
    let found = Process::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "this test needs `{program}` (Debian package {package}, listed in tests/apt-packages.txt)"
    );
}

#[test]
fn the_word_document_opens_in_libreoffice_and_holds_the_page_s_numbers() {
    need("soffice", "libreoffice-writer-nogui");
    need("pdftotext", "poppler-utils");
    let site = built("2014-07-01");
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("report.docx");
    std::fs::copy(site.path(&format!("output/{Q2}report.docx")), &docx).unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let out = Process::new("soffice")
        .args([&profile, "--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .output()
        .unwrap();
    let pdf = dir.path().join("report.pdf");
    assert!(
        pdf.exists(),
        "LibreOffice did not convert the document: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = Process::new("pdftotext")
        .args(["-raw"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // The headline figures as the page gives them, row by row.
    let page = site.page(&format!("{Q2}index.html"));
    for row in section_rows(&page, "headline") {
        let line = row.join(" ");
        assert!(
            text.contains(&line),
            "the Word document lacks the headline row `{line}`:\n{text}"
        );
    }
    for words in [
        "Completed or closed in the period (1)",
        "Newly overdue (1)",
        "Deadlines revised in the period (1)",
        "Extension requests (1)",
        "Closure requests (1)",
        "Updates in the period (3)",
        "No update in the period (2)",
        "Due in the next period (1)",
        "Closed without a recorded outcome (1)",
        "Period covered: 1 April 2014 to 30 June 2014",
        "The survey contract was let late",
        "Repairs recommendations, second quarter: page 2",
    ] {
        assert!(
            section_or_page_holds(&page, words) || words.contains(": page"),
            "the page lacks `{words}`"
        );
        assert!(
            text.contains(words),
            "the Word document lacks `{words}`:\n{text}"
        );
    }
}

fn section_or_page_holds(page: &str, words: &str) -> bool {
    let t = text_of(main_of(page)).replace(" : ", ": ");
    t.contains(words) || t.contains(&words.replace(": ", " "))
}

#[test]
fn the_example_site_s_report_for_march_to_august_2014() {
    let site = SiteTest::example();
    site.build("2026-12-02");
    let page = site.page("reports/2014-09-communities/index.html");
    // Worked out from content/reviews/tmo-scrutiny-2011: 27 recommendations, each with updates
    // dated 31 August 2014 only, so nothing is recorded at the start. At the end 20 are
    // complete, 6 on-going (1.2, 3, 7.1, 7.2, 8.2 and 10: its two updates of that day disagree,
    // and its `status:` says on-going) and 13 is N/A (closed). None has a deadline that has come.
    assert_eq!(
        section_rows(&page, "headline"),
        [
            ["Not started", "0", "0", "0"],
            ["In progress", "0", "6", "+6"],
            ["Done", "0", "20", "+20"],
            ["Closed", "0", "1", "+1"],
            ["Not recorded", "27", "0", "-27"],
            ["All recommendations", "27", "27", "0"],
            ["Overdue", "0", "0", "0"],
        ]
    );
    let main = text_of(main_of(&page));
    for words in [
        "Completed or closed in the period (21)",
        "Newly overdue (0) None.",
        "Deadlines revised in the period (0) None.",
        "Extension requests (1)",
        "Closure requests (1)",
        "Updates in the period (29)",
        "No update in the period (0) None.",
        "Due in the next period (0)",
        "Closed without a recorded outcome (0) None.",
    ] {
        assert!(main.contains(words), "the example report lacks `{words}`");
    }
    let due = section_text(&page, "due-next");
    assert!(
        due.contains("1 September 2014 to 28 February 2015") && due.ends_with("None."),
        "{due}"
    );
    let requests = section_text(&page, "requests");
    assert!(requests.contains("3. NFTMO Kitemark"), "{requests}");
    assert!(requests.contains("10. TMO Boards"), "{requests}");
}

#[test]
fn mistakes_in_a_report_file_are_each_reported_where_they_are_written() {
    let site = SiteTest::fixture("reports");
    site.write(
        "content/reports/bad.yaml",
        "title: Bad report\ncommittee: Housing Scrutiny Committee\nfrom: 2014-06-30\nto: 2014-04-01\nreviews: [housing-2041]\n",
    );
    site.write(
        "content/reports/typo.yaml",
        "title: x\ncommittee: y\nfrom: 2014-01-01\nto: 2014-03-31\nmeetng: 2014-07-01\n",
    );
    site.write(
        "content/reports/dates.yaml",
        "title: x\ncommittee: y\nfrom: 2014-02-30\nto: soon\n",
    );
    let out = site
        .cmd(&["check"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let out = String::from_utf8_lossy(&out);
    for (at, words) in [
        (
            "content/reports/bad.yaml:4:5",
            "the period ends (`to: 2014-04-01`) before it begins (`from: 2014-06-30`)",
        ),
        (
            "content/reports/bad.yaml:5:11",
            "there is no review `housing-2041`",
        ),
        (
            "content/reports/bad.yaml:5:11",
            "did you mean `housing-2014`?",
        ),
        (
            "content/reports/dates.yaml:3:7",
            "`2014-02-30` is not a real date: February 2014 has 28 days",
        ),
        ("content/reports/dates.yaml:4:5", "`soon` is not a date"),
        ("content/reports/typo.yaml:5:1", "did you mean `meeting`?"),
    ] {
        assert!(out.contains(at), "no problem located at {at}:\n{out}");
        assert!(out.contains(words), "no `{words}`:\n{out}");
    }
    assert!(out.contains("found 5 errors"), "{out}");
    // The good reports are not published with the bad: nothing is built.
    site.cmd(&["build", "--as-of", "2014-07-01"])
        .assert()
        .code(1);
    assert!(!site.path("output/reports").exists());
}

#[test]
fn the_word_document_gives_markdown_as_plain_text() {
    let site = built("2014-07-01");
    let bytes = std::fs::read(site.path(&format!("output/{Q2}report.docx"))).unwrap();
    let doc = &docx_parts(&bytes)["word/document.xml"];
    // The introduction says "decide **two requests**" in Markdown.
    assert!(
        doc.contains("The committee is asked to note the progress and to decide two requests.")
    );
    assert!(!doc.contains("**"));
}

#[test]
fn a_welsh_site_has_its_report_and_its_word_document_in_welsh() {
    let site = SiteTest::fixture("reports");
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &format!("{yaml}language: cy\n"));
    site.build("2014-07-01");
    let page = site.page(&format!("{Q2}index.html"));
    let main = text_of(main_of(&page));
    for words in [
        "Prif ffigurau",
        "Cyfnod dan sylw 1 Ebrill 2014 i 30 Mehefin 2014",
        "Heb ei gofnodi",
        "Ceisiadau am estyniad (1)",
    ] {
        assert!(
            main.contains(words),
            "the Welsh report lacks `{words}`: {main}"
        );
    }
    assert!(!main.contains("Headline figures"), "{main}");
    let bytes = std::fs::read(site.path(&format!("output/{Q2}report.docx"))).unwrap();
    let doc = &docx_parts(&bytes)["word/document.xml"];
    for words in [
        "Prif ffigurau",
        "Cyfnod dan sylw: ",
        "1 Ebrill 2014 i 30 Mehefin 2014",
        "Heb ei gofnodi",
    ] {
        assert!(
            doc.contains(words),
            "the Welsh Word document lacks `{words}`"
        );
    }
    assert!(text_of(&site.page("index.html")).contains("Yr adroddiad diweddaraf i'r pwyllgor"));
}
