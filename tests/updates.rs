//! `followthrough import FILE --updates` (SPEC.md, "The quarterly update"): the tracker exported,
//! filled in as an action owner would, and brought back. The real binary on temp copies of the
//! example site; the filled-in workbook is written with rust_xlsxwriter from the exported one as
//! calamine reads it, the way an owner's spreadsheet program saves it; the CSV is re-saved as a
//! UK spreadsheet writes one; the ODS is the workbook converted by LibreOffice.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{SiteTest, files_under};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::collections::BTreeMap;
use std::process::Command;

const AS_OF: &str = "2026-12-02";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(site: &SiteTest, args: &[&str]) -> Run {
    let out = site
        .cmd(args)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn content(site: &SiteTest) -> BTreeMap<String, Vec<u8>> {
    files_under(&site.path("content"))
}

/// A cell an owner fills in.
#[derive(Clone)]
enum Cell {
    Text(&'static str),
    Date(u16, u8, u8),
}

/// The exported tracker's rows, as calamine reads them.
fn exported(site: &SiteTest) -> Vec<Vec<Data>> {
    let out = run(site, &["export", "--as-of", AS_OF, "--out", "tracker.xlsx"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut book: Xlsx<_> = open_workbook(site.path("tracker.xlsx")).unwrap();
    let range = book.worksheet_range("Tracker").unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

/// The row (0-based, in `rows`) of a recommendation or action.
fn row_of(rows: &[Vec<Data>], review: &str, no: &str, action: Option<u32>) -> usize {
    rows.iter()
        .position(|r| {
            r[0] == review
                && r[1] == no
                && match action {
                    None => r[2] == Data::Empty || r[2].to_string().is_empty(),
                    Some(n) => r[2].to_string() == n.to_string(),
                }
        })
        .unwrap_or_else(|| panic!("no row for {review} {no} {action:?}"))
}

fn col(name: &str) -> usize {
    followthrough::tracker::COLUMNS
        .iter()
        .position(|c| *c == name)
        .unwrap()
}

/// What the owners write: (review, No., action) → [(column, cell)].
type Filled = Vec<(
    (&'static str, &'static str, Option<u32>),
    Vec<(&'static str, Cell)>,
)>;

fn the_quarters_updates(bad_date: bool) -> Filled {
    let almo = "almo-support-framework-2005";
    let tmo = "tmo-scrutiny-2011";
    vec![
        (
            (almo, "1", None),
            vec![
                ("New status", Cell::Text("On-going")),
                (
                    "Progress update",
                    Cell::Text(
                        "The Board agreed the framework on 12 November: see the minutes, item #4.",
                    ),
                ),
                (
                    "Update date",
                    if bad_date {
                        Cell::Text("31/13/2026")
                    } else {
                        Cell::Date(2026, 11, 30)
                    },
                ),
            ],
        ),
        (
            (almo, "2", None),
            vec![
                ("Update date", Cell::Date(2026, 11, 30)),
                ("Revised deadline", Cell::Date(2027, 3, 31)),
                (
                    "Reason for new deadline",
                    Cell::Text("Waiting for the ODPM's guidance"),
                ),
            ],
        ),
        (
            (almo, "3", None),
            vec![
                (
                    "Progress update",
                    Cell::Text("Support offered to two ALMOs; nothing more to do."),
                ),
                ("Update date", Cell::Date(2026, 11, 28)),
                ("Close?", Cell::Text("Yes")),
            ],
        ),
        (
            (tmo, "1.2", Some(1)),
            vec![
                ("New status", Cell::Text("Complete")),
                ("Progress update", Cell::Text("All TMOs checked.")),
                ("Update date", Cell::Date(2026, 11, 29)),
            ],
        ),
    ]
}

/// The exported rows with the owners' cells filled in, and one blank row put in after the first
/// recommendation's, as owners leave them.
fn filled_rows(rows: &[Vec<Data>], filled: &Filled) -> Vec<Vec<Option<Cell>>> {
    let mut grid: Vec<Vec<Option<Cell>>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|d| match d {
                    Data::Empty => None,
                    Data::DateTime(_) => Some(Cell::Text("")), // dates the owner did not touch
                    other => Some(Cell::Text(Box::leak(other.to_string().into_boxed_str()))),
                })
                .collect()
        })
        .collect();
    for ((review, no, action), cells) in filled {
        let i = row_of(rows, review, no, *action);
        for (name, cell) in cells {
            let c = col(name);
            if grid[i].len() <= c {
                grid[i].resize(c + 1, None);
            }
            grid[i][c] = Some(cell.clone());
        }
    }
    let first = row_of(rows, "almo-support-framework-2005", "1", None);
    grid.insert(first + 1, Vec::new());
    grid
}

fn write_xlsx(site: &SiteTest, name: &str, grid: &[Vec<Option<Cell>>]) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Tracker").unwrap();
    let date = Format::new().set_num_format("d mmm yyyy");
    for (r, row) in grid.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            match cell {
                None => {}
                Some(Cell::Text("")) => {}
                Some(Cell::Text(t)) => {
                    // Numbers the sheet held as numbers (Action 1, 2) stay numbers, and so does
                    // a number typed into a column to fill in, as a spreadsheet stores it.
                    match t.parse::<f64>() {
                        Ok(n) if c == col("Action") || c >= col("New status") => {
                            sheet.write_number(r as u32, c as u16, n)
                        }
                        _ => sheet.write_string(r as u32, c as u16, *t),
                    }
                    .unwrap();
                }
                Some(Cell::Date(y, m, d)) => {
                    let dt = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                    sheet
                        .write_datetime_with_format(r as u32, c as u16, &dt, &date)
                        .unwrap();
                }
            }
        }
    }
    book.save(site.path(name)).unwrap();
}

/// The same rows as a UK spreadsheet saves them as CSV: dates as 30/11/2026.
fn write_csv(site: &SiteTest, name: &str, grid: &[Vec<Option<Cell>>]) {
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .from_path(site.path(name))
        .unwrap();
    for row in grid {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                None => String::new(),
                Some(Cell::Text(t)) => t.to_string(),
                Some(Cell::Date(y, m, d)) => format!("{d:02}/{m:02}/{y}"),
            })
            .collect();
        w.write_record(if cells.is_empty() {
            vec![String::new()]
        } else {
            cells
        })
        .unwrap();
    }
    w.flush().unwrap();
}

/// The lines each changed file lost and gained.
fn changes(
    before: &BTreeMap<String, Vec<u8>>,
    after: &BTreeMap<String, Vec<u8>>,
) -> BTreeMap<String, (Vec<String>, Vec<String>)> {
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "no file is added or removed"
    );
    let mut out = BTreeMap::new();
    for (path, old) in before {
        let new = &after[path];
        if old == new {
            continue;
        }
        let (old, new) = (String::from_utf8_lossy(old), String::from_utf8_lossy(new));
        let diff = similar::TextDiff::from_lines(old.as_ref(), new.as_ref());
        let (mut lost, mut gained) = (Vec::new(), Vec::new());
        for c in diff.iter_all_changes() {
            let line = c.value().trim_end_matches('\n').to_string();
            match c.tag() {
                similar::ChangeTag::Delete => lost.push(line),
                similar::ChangeTag::Insert => gained.push(line),
                similar::ChangeTag::Equal => {}
            }
        }
        out.insert(path.clone(), (lost, gained));
    }
    out
}

fn lines(s: &[&str]) -> Vec<String> {
    s.iter().map(|l| l.to_string()).collect()
}

fn expected_changes() -> BTreeMap<String, (Vec<String>, Vec<String>)> {
    let r = "reviews/";
    BTreeMap::from([
        (
            format!("{r}almo-support-framework-2005/1.yaml"),
            (
                lines(&["status: not-started"]),
                lines(&[
                    "status: on-going",
                    "updates:",
                    "  - date: 2026-11-30",
                    "    status: on-going",
                    "    text: |",
                    "      The Board agreed the framework on 12 November: see the minutes, item #4.",
                ]),
            ),
        ),
        (
            format!("{r}almo-support-framework-2005/2.yaml"),
            (
                vec![],
                lines(&[
                    "revised_deadlines:",
                    "  - date: 2027-03-31",
                    "    reason: \"Waiting for the ODPM's guidance\"",
                    "    requested: 2026-11-30",
                ]),
            ),
        ),
        (
            format!("{r}almo-support-framework-2005/3.yaml"),
            (
                vec![],
                lines(&[
                    "closure_requested: 2026-11-28",
                    "updates:",
                    "  - date: 2026-11-28",
                    "    text: |",
                    "      Support offered to two ALMOs; nothing more to do.",
                ]),
            ),
        ),
        (
            format!("{r}tmo-scrutiny-2011/01-2.yaml"),
            (
                lines(&["    status: on-going"]),
                lines(&[
                    "    status: complete",
                    "  - date: 2026-11-29",
                    "    text: |",
                    "      Action 1: All TMOs checked.",
                ]),
            ),
        ),
    ])
}

#[test]
fn a_returned_tracker_adds_the_quarters_updates_and_changes_nothing_else() {
    let site = SiteTest::example();
    let rows = exported(&site);
    let before = content(&site);

    // A bad cell: reported by sheet and cell, and nothing is written.
    write_xlsx(
        &site,
        "returned.xlsx",
        &filled_rows(&rows, &the_quarters_updates(true)),
    );
    let bad = run(
        &site,
        &["import", "returned.xlsx", "--updates", "--as-of", AS_OF],
    );
    assert_eq!(bad.code, 1, "{}", bad.stderr);
    let row = row_of(&rows, "almo-support-framework-2005", "1", None) + 1;
    assert!(
        bad.stderr.contains(&format!(
            "error: returned.xlsx, sheet \"Tracker\", cell K{row} (Update date): `31/13/2026` is not a date that can be read"
        )),
        "{}",
        bad.stderr
    );
    assert!(bad.stderr.contains("nothing was written"), "{}", bad.stderr);
    assert_eq!(
        content(&site),
        before,
        "a tracker with a problem changes no file"
    );

    // Corrected: exactly the expected lines are added, every other byte unchanged.
    write_xlsx(
        &site,
        "returned.xlsx",
        &filled_rows(&rows, &the_quarters_updates(false)),
    );
    let dry = run(
        &site,
        &[
            "import",
            "returned.xlsx",
            "--updates",
            "--as-of",
            AS_OF,
            "--dry-run",
        ],
    );
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(
        dry.stdout.contains(
            "=== content/reviews/almo-support-framework-2005/2.yaml\n+   12 | revised_deadlines:"
        ),
        "{}",
        dry.stdout
    );
    assert_eq!(content(&site), before, "--dry-run writes nothing");

    let good = run(
        &site,
        &["import", "returned.xlsx", "--updates", "--as-of", AS_OF],
    );
    assert_eq!(good.code, 0, "{}", good.stderr);
    assert!(
        good.stdout.contains(
            "Imported updates: 4 recommendations changed, 3 updates added, 2 statuses changed, 1 deadline revised, 1 closure request, 55 rows unchanged (55 with no update received), 0 problems"
        ),
        "{}",
        good.stdout
    );
    assert!(
        good.stdout.contains("No update received for 55 rows"),
        "{}",
        good.stdout
    );
    assert!(
        good.stdout
            .contains("  TMT (17): tmo-scrutiny-2011 1.1 action 1, 1.3 action 1, 1.4 action 1"),
        "{}",
        good.stdout
    );
    let after = content(&site);
    assert_eq!(changes(&before, &after), expected_changes());

    // Again: nothing changes.
    let again = run(
        &site,
        &["import", "returned.xlsx", "--updates", "--as-of", AS_OF],
    );
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again
            .stdout
            .contains("0 recommendations changed, 0 updates added"),
        "{}",
        again.stdout
    );
    assert_eq!(content(&site), after, "the second import changes nothing");

    // The site shows the quarter's progress.
    site.build(AS_OF);
    let one = site.main_text("reviews/almo-support-framework-2005/1/index.html");
    assert!(
        one.contains("The Board agreed the framework on 12 November"),
        "{one}"
    );
    assert!(one.contains("On-going"), "{one}");
    let two = site.main_text("reviews/almo-support-framework-2005/2/index.html");
    assert!(
        two.contains(
            "Extension requested on 30 November 2026 to 31 March 2027: awaiting agreement"
        ),
        "{two}"
    );
    assert!(two.contains("Waiting for the ODPM's guidance"), "{two}");
    let three = site.main_text("reviews/almo-support-framework-2005/3/index.html");
    assert!(
        three.contains("Closure requested on 28 November 2026"),
        "{three}"
    );
    let action = String::from_utf8(after["reviews/tmo-scrutiny-2011/01-2.yaml"].clone()).unwrap();
    assert!(
        action.contains(
            "  - action: TMT to monitor TMOs\n    responsible: TMT\n    status: complete\nupdates:"
        ),
        "the action's status changed, not the update's: {action}"
    );
    let tmo = site.main_text("reviews/tmo-scrutiny-2011/1.2/index.html");
    assert!(tmo.contains("Action 1: All TMOs checked."), "{tmo}");
}

#[test]
fn the_same_tracker_resaved_as_csv_or_ods_imports_the_same_way() {
    let reference = SiteTest::example();
    let rows = exported(&reference);
    let grid = filled_rows(&rows, &the_quarters_updates(false));
    write_xlsx(&reference, "returned.xlsx", &grid);
    assert_eq!(
        run(
            &reference,
            &["import", "returned.xlsx", "--updates", "--as-of", AS_OF]
        )
        .code,
        0
    );
    let want = content(&reference);

    let csv_site = SiteTest::example();
    write_csv(&csv_site, "returned.csv", &grid);
    let out = run(
        &csv_site,
        &["import", "returned.csv", "--updates", "--as-of", AS_OF],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert_eq!(content(&csv_site), want, "CSV: {}", out.stdout);

    let ods_site = SiteTest::example();
    write_xlsx(&ods_site, "returned.xlsx", &grid);
    let soffice = Command::new("soffice")
        .args(["--headless", "--convert-to", "ods", "--outdir"])
        .arg(ods_site.root())
        .arg(ods_site.path("returned.xlsx"))
        .env("HOME", ods_site.root())
        .output()
        .expect("LibreOffice (soffice) re-saves the tracker as ODS: install libreoffice-calc-nogui, as tests/run.sh does");
    assert!(
        ods_site.path("returned.ods").exists(),
        "{}",
        String::from_utf8_lossy(&soffice.stderr)
    );
    let out = run(
        &ods_site,
        &["import", "returned.ods", "--updates", "--as-of", AS_OF],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert_eq!(content(&ods_site), want, "ODS: {}", out.stdout);
}

#[test]
fn every_problem_in_a_returned_tracker_is_named_by_its_cell_in_one_run_and_nothing_is_written() {
    let site = SiteTest::example();
    let rows = exported(&site);
    let almo = "almo-support-framework-2005";
    let filled: Filled = vec![
        (
            (almo, "1", None),
            vec![("New status", Cell::Text("Nearly there"))],
        ),
        (
            (almo, "2", None),
            vec![
                ("Progress update", Cell::Text("Done")),
                ("Update date", Cell::Date(2027, 1, 5)),
            ],
        ),
        (
            (almo, "3", None),
            vec![
                ("Revised deadline", Cell::Date(2027, 6, 30)),
                ("Update date", Cell::Date(2026, 11, 30)),
            ],
        ),
        (
            ("tmo-scrutiny-2011", "1.1", None),
            vec![("Progress update", Cell::Text("Checked"))],
        ),
        (
            ("tmo-scrutiny-2011", "1.1", Some(1)),
            vec![
                ("Close?", Cell::Text("Yes")),
                ("Update date", Cell::Date(2026, 11, 30)),
            ],
        ),
    ];
    let mut grid = filled_rows(&rows, &filled);
    // A number typed into the progress column, and a row for a recommendation that is not there.
    let tmo2 = row_of(&rows, "tmo-scrutiny-2011", "2", None) + 1; // +1: the blank row put in
    grid[tmo2].resize(14, None);
    grid[tmo2][col("Progress update")] = Some(Cell::Text("12"));
    grid[tmo2][col("Update date")] = Some(Cell::Date(2026, 11, 30));
    let mut ghost = grid[tmo2].clone();
    ghost[col("No.")] = Some(Cell::Text("99"));
    grid.push(ghost);
    write_xlsx(&site, "returned.xlsx", &grid);
    // Progress update as a number cell, as a spreadsheet stores "12".
    let before = content(&site);
    let out = run(
        &site,
        &["import", "returned.xlsx", "--updates", "--as-of", AS_OF],
    );
    assert_eq!(out.code, 1, "{}", out.stdout);
    let at = |review: &str, no: &str, action: Option<u32>| {
        let r = row_of(&rows, review, no, action);
        // Rows after the first recommendation's moved down one for the blank row.
        if r > row_of(&rows, almo, "1", None) {
            r + 2
        } else {
            r + 1
        }
    };
    let want = [
        format!(
            "cell I{} (New status): `Nearly there` is not one of this site's statuses",
            at(almo, "1", None)
        ),
        format!(
            "cell K{} (Update date): the update is dated 2027-01-05, after today (2026-12-02)",
            at(almo, "2", None)
        ),
        format!(
            "cell M{} (Reason for new deadline): the revised deadline has no reason: a deadline never moves without one",
            at(almo, "3", None)
        ),
        format!(
            "cell K{} (Update date): this update has no date",
            at("tmo-scrutiny-2011", "1.1", None)
        ),
        format!(
            "cell N{} (Close?): Close? is asked of a recommendation, not of one of its actions",
            at("tmo-scrutiny-2011", "1.1", Some(1))
        ),
        format!(
            "cell J{} (Progress update): Progress update holds `12`, not words",
            tmo2 + 1
        ),
        format!(
            "cell B{} (No.): review tmo-scrutiny-2011 has no recommendation numbered `99`",
            grid.len()
        ),
    ];
    for w in &want {
        assert!(
            out.stderr
                .contains(&format!("error: returned.xlsx, sheet \"Tracker\", {w}")),
            "missing {w}\n{}",
            out.stderr
        );
    }
    assert!(
        out.stderr
            .contains("nothing was written, because of the 7 problems above"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout
            .contains("Not imported: 0 recommendations changed"),
        "{}",
        out.stdout
    );
    assert_eq!(content(&site), before);

    // With --updated, the undated update is dated; the other problems remain.
    let out = run(
        &site,
        &[
            "import",
            "returned.xlsx",
            "--updates",
            "--as-of",
            AS_OF,
            "--updated",
            "2026-11-30",
        ],
    );
    assert!(
        !out.stderr.contains("this update has no date"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("the 6 problems above"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_file_that_is_not_a_tracker_is_refused_saying_what_to_bring_back() {
    let site = SiteTest::example();
    site.write("plan.csv", "Ref,Recommendation,Response\n1,Do it,Agreed\n");
    let out = run(&site, &["import", "plan.csv", "--updates"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("plan.csv is not a returned tracker: no row of it is headed `Review`, `No.` and `Action`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("leave out --updates and give --review"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_revised_deadline_of_ongoing_is_asked_for_and_shown_awaiting_agreement() {
    let site = SiteTest::example();
    let rows = exported(&site);
    let filled: Filled = vec![(
        ("almo-support-framework-2005", "1", None),
        vec![
            ("Update date", Cell::Date(2026, 11, 30)),
            ("Revised deadline", Cell::Text("Ongoing")),
            (
                "Reason for new deadline",
                Cell::Text("Support continues for as long as ALMOs ask for it"),
            ),
        ],
    )];
    write_csv(&site, "returned.csv", &filled_rows(&rows, &filled));
    let out = run(
        &site,
        &["import", "returned.csv", "--updates", "--as-of", AS_OF],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("1 deadline revised"), "{}", out.stdout);
    let file =
        std::fs::read_to_string(site.path("content/reviews/almo-support-framework-2005/1.yaml"))
            .unwrap();
    assert!(
        file.ends_with("revised_deadlines:\n  - date: ongoing\n    reason: \"Support continues for as long as ALMOs ask for it\"\n    requested: 2026-11-30\n"),
        "{file}"
    );
    site.build(AS_OF);
    let page = site.main_text("reviews/almo-support-framework-2005/1/index.html");
    assert!(
        page.contains("Extension requested on 30 November 2026 to Ongoing: awaiting agreement"),
        "{page}"
    );
}
