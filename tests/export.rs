//! `followthrough export`: the quarterly tracker, as an officer sends it round (SPEC.md, "The
//! quarterly update"). The real binary on a temp copy of the example site; the workbook read back
//! with calamine, as the officer's spreadsheet program would open it.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::SiteTest;

const COLUMNS: [&str; 14] = [
    "Review",
    "No.",
    "Action",
    "Recommendation or action",
    "Responsible",
    "Current deadline",
    "Status",
    "Last update",
    "New status",
    "Progress update",
    "Update date",
    "Revised deadline",
    "Reason for new deadline",
    "Close?",
];

fn rows_of(site: &SiteTest, file: &str) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = open_workbook(site.path(file)).unwrap();
    let first = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&first).unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

#[test]
fn the_tracker_has_the_spec_columns_a_title_row_and_one_row_per_recommendation_and_action() {
    let site = SiteTest::example();
    let out = site
        .cmd(&["export", "--as-of", "2014-09-01"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains(
            "Wrote tracker-2014-09-01.xlsx: 59 rows (30 recommendations, 29 actions) for 2 reviews"
        ),
        "{said}"
    );
    let rows = rows_of(&site, "tracker-2014-09-01.xlsx");
    let title: String = rows[0].iter().map(|c| c.to_string()).collect();
    assert!(
        title.contains("2014"),
        "the title row names the as-of date: {title}"
    );
    let header: Vec<String> = rows[1].iter().map(|c| c.to_string()).collect();
    assert_eq!(header, COLUMNS);
    assert_eq!(
        rows.len() - 2,
        59,
        "one row per recommendation and per action"
    );
    // A recommendation's row leaves Action empty; its actions follow, numbered 1, 2 ...
    let first = &rows[2];
    assert_eq!(first[2], Data::Empty, "{first:?}");
    // Deadlines are real dates, not text that looks like one.
    assert!(
        rows[2..].iter().any(|r| matches!(r[5], Data::DateTime(_))),
        "some Current deadline is a date cell"
    );
    // The sheet keeps its header frozen, filtered, and New status offers the site's statuses.
    let bytes = std::fs::read(site.path("tracker-2014-09-01.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(xml.contains("<pane"), "frozen header");
    assert!(xml.contains("<autoFilter"), "filtered header");
    assert!(xml.contains("<dataValidation"), "a drop-down list");
    assert!(
        xml.contains("orientation=\"landscape\""),
        "prints landscape"
    );
}

#[test]
fn responsible_keeps_only_that_owners_rows() {
    let site = SiteTest::example();
    let out = site
        .cmd(&[
            "export",
            "--as-of",
            "2014-09-01",
            "--responsible",
            "IC",
            "--out",
            "ic.xlsx",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = rows_of(&site, "ic.xlsx");
    assert_eq!(rows.len() - 2, 27, "IC's rows only");
    let unknown = site
        .cmd(&[
            "export",
            "--as-of",
            "2014-09-01",
            "--responsible",
            "Nobody",
            "--out",
            "n.xlsx",
        ])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(!site.path("n.xlsx").exists());
}

#[test]
fn an_existing_tracker_is_not_overwritten_without_force() {
    let site = SiteTest::example();
    site.write("tracker-2014-09-01.xlsx", "the officer's own copy");
    let out = site
        .cmd(&["export", "--as-of", "2014-09-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("is already there, and was left as it is"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(site.path("tracker-2014-09-01.xlsx")).unwrap(),
        "the officer's own copy"
    );
    let forced = site
        .cmd(&["export", "--as-of", "2014-09-01", "--force"])
        .output()
        .unwrap();
    assert!(forced.status.success());
    assert_eq!(
        rows_of(&site, "tracker-2014-09-01.xlsx")[1][0],
        Data::String("Review".into())
    );
}

#[test]
fn a_csv_tracker_has_the_same_columns_and_rows() {
    let site = SiteTest::example();
    let out = site
        .cmd(&["export", "--as-of", "2014-09-01", "--out", "tracker.csv"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(site.path("tracker.csv")).unwrap();
    let mut csv = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = csv.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, COLUMNS);
    assert_eq!(csv.records().count(), 59);
}

/// One part of a zip package (an `.ods` or `.xlsx`), as text.
fn part(site: &SiteTest, file: &str, name: &str) -> String {
    let bytes = std::fs::read(site.path(file)).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut xml).unwrap();
    xml
}

#[test]
fn an_ods_tracker_has_the_same_sheet_for_offices_that_use_libreoffice() {
    let site = SiteTest::example();
    let out = site
        .cmd(&["export", "--as-of", "2014-09-01", "--out", "tracker.ods"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("Wrote tracker.ods: 59 rows (30 recommendations, 29 actions)"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let mut book: calamine::Ods<_> = open_workbook(site.path("tracker.ods")).unwrap();
    assert_eq!(book.sheet_names()[0], "Tracker");
    let range = book.worksheet_range("Tracker").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
    let title: String = rows[0].iter().map(|c| c.to_string()).collect();
    assert!(title.contains("2014"), "{title}");
    let header: Vec<String> = rows[1].iter().map(|c| c.to_string()).collect();
    assert_eq!(header, COLUMNS);
    assert_eq!(rows.len() - 2, 59);
    assert!(
        rows[2..]
            .iter()
            .any(|r| matches!(r[5], Data::DateTime(_) | Data::DateTimeIso(_))),
        "some Current deadline is a date cell"
    );
    let content = part(&site, "tracker.ods", "content.xml");
    assert!(
        content.contains("of:cell-content-is-in-list([Statuses.A2:.A6])"),
        "New status offers the site's five statuses"
    );
    assert!(
        content.contains("<table:table-header-rows>"),
        "the header repeats on every printed page"
    );
    let styles = part(&site, "tracker.ods", "styles.xml");
    assert!(
        styles.contains("style:print-orientation=\"landscape\""),
        "prints landscape"
    );
    let settings = part(&site, "tracker.ods", "settings.xml");
    assert!(
        settings.contains(
            "<config:config-item config:name=\"VerticalSplitMode\" config:type=\"short\">2<"
        ),
        "frozen header"
    );
    // Sent back untouched, it changes nothing and every row is one to chase.
    let back = site
        .cmd(&[
            "import",
            "tracker.ods",
            "--updates",
            "--as-of",
            "2014-09-01",
            "--dry-run",
        ])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&back.stdout);
    assert!(
        back.status.success(),
        "{}",
        String::from_utf8_lossy(&back.stderr)
    );
    assert!(
        said.contains("0 recommendations changed")
            && said.contains("59 rows unchanged (59 with no update received)"),
        "{said}"
    );
}
