//! `followthrough import` as an officer uses it: the real binary on a temp copy of a small site,
//! then `check` and `build` on the result. An action plan becomes a site in two commands.

use assert_cmd::Command;
use followthrough::model::{Deadline, Recommendation, Response, Review, Site};
use std::path::{Path, PathBuf};

const SEED_000: &str = "tests/fixtures/import/000_7b7c5e5531f9a69c.txt";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temp copy of the fixture site.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = repo().join("tests/fixtures/import/site");
    for e in walkdir::WalkDir::new(&from).into_iter().map(Result::unwrap) {
        let to = dir.path().join(e.path().strip_prefix(&from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(e.path(), &to).unwrap();
        }
    }
    dir
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(root: &Path, args: &[&str]) -> Run {
    let out = Command::cargo_bin("followthrough")
        .unwrap()
        .current_dir(repo())
        .args(args)
        .arg("--root")
        .arg(root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn import(root: &Path, file: &str, review: &str, more: &[&str]) -> Run {
    let mut args = vec!["import", file, "--review", review];
    args.extend(more);
    run(root, &args)
}

/// The site as followthrough itself reads it.
fn load(root: &Path) -> Site {
    let loaded = followthrough::load::load(root).unwrap();
    let (site, diags) = followthrough::validate::validate(&loaded);
    let errors: Vec<_> = diags
        .iter()
        .chain(&loaded.diagnostics)
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    site
}

fn review<'a>(site: &'a Site, slug: &str) -> &'a Review {
    site.reviews
        .iter()
        .find(|r| r.slug == slug)
        .unwrap_or_else(|| panic!("no review {slug}"))
}

fn rec<'a>(r: &'a Review, number: &str) -> &'a Recommendation {
    r.recommendations
        .iter()
        .find(|x| x.number.as_str() == number)
        .unwrap_or_else(|| panic!("no recommendation {number}"))
}

fn files_in(dir: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn build_and_check_pages(root: &Path, pages: &[&str]) {
    let checked = run(root, &["check", "--as-of", "2014-09-01"]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    let built = run(root, &["build", "--as-of", "2014-09-01"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    for p in pages {
        assert!(root.join("output").join(p).is_file(), "no page {p}");
    }
}

#[test]
fn seed_000_becomes_a_site_in_two_commands() {
    let dir = site();
    let out = import(
        dir.path(),
        SEED_000,
        "tmo-scrutiny-2011",
        &["--updated", "2014-08-31"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout.lines().last().unwrap(),
        "Imported 27 recommendations, 22 themes (responses: 27 awaiting response), 29 actions, 29 updates, 0 problems, 2 warnings"
    );
    // The two stray cells are reported where they are, and kept in the files.
    assert!(
        out.stderr
            .contains("000_7b7c5e5531f9a69c.txt, cell F24 (Timeline): \"33/11/2\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("cell D35 (Planned Action): \"764011\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("dropped 7 header rows repeated at page breaks"),
        "{}",
        out.stderr
    );

    let site = load(dir.path());
    let r = review(&site, "tmo-scrutiny-2011");
    assert_eq!(r.title, "TMO SCRUTINY REVIEW RECOMMENDATIONS ACTION PLAN");
    assert!(r.summary.contains("TMT = TMO Team"));
    assert_eq!(r.recommendations.len(), 27);
    let mut items: Vec<&str> = r
        .recommendations
        .iter()
        .map(|x| x.number.as_str().split('.').next().unwrap())
        .collect();
    items.dedup();
    assert_eq!(items, (1..=22).map(|n| n.to_string()).collect::<Vec<_>>());
    for n in ["1.1", "1.2", "1.3", "1.4"] {
        assert_eq!(
            rec(r, n).theme.as_deref(),
            Some("Employment practise"),
            "{n}"
        );
    }
    assert_eq!(
        rec(r, "1.4").recommendation,
        "Model document and templates on employment practises"
    );
    assert_eq!(rec(r, "1.4").responsible, ["IC"]);
    assert!(
        r.recommendations
            .iter()
            .all(|x| !x.recommendation.contains("Recommendation") && x.number.as_str() != "Item")
    );

    let ten = rec(r, "10");
    assert_eq!(ten.title.as_deref(), Some("TMO Boards"));
    assert!(
        ten.recommendation
            .ends_with("should be invited to attend TMO Board meetings as contributing observers.")
    );
    let owners: Vec<(&[String], Option<&str>)> = ten
        .actions
        .iter()
        .map(|a| (a.responsible.as_slice(), a.status.as_deref()))
        .collect();
    assert_eq!(
        owners,
        [
            (&["TMT".to_string()][..], Some("on-going")),
            (&["IC".to_string()][..], Some("complete"))
        ]
    );
    assert_eq!(ten.status, "on-going");
    assert_eq!(ten.updates.len(), 2);

    assert_eq!(rec(r, "13").status, "n-a");
    assert_eq!(rec(r, "2").status, "complete");
    assert_eq!(rec(r, "3").status, "on-going");
    assert_eq!(
        rec(r, "7.2").recommendation,
        "IC should provide a list of options that would be match-funded in order to improve estates."
    );
    assert_eq!(rec(r, "15").responsible, ["IC", "TMOs"]);
    // Text cut by a page break is joined up again.
    assert!(
        rec(r, "4").updates[0]
            .text
            .contains("indicates that TMOs are not keen to explore this at this stage.")
    );
    assert!(
        rec(r, "12").updates[0]
            .text
            .ends_with("understanding the Modular Management Agreement to TMOs.")
    );
    // The plan has no response column: its planned actions are not taken as agreement, and
    // the officer is told so.
    assert!(
        r.recommendations
            .iter()
            .all(|x| x.response == Response::Awaiting)
    );
    assert!(
        out.stderr.contains("the sheet has no response column, so it states no formal response: every recommendation is marked `awaiting`"),
        "{}",
        out.stderr
    );
    assert!(
        r.recommendations
            .iter()
            .all(|x| x.updates.iter().all(|u| u.date.to_string() == "2014-08-31"))
    );

    let folder = dir.path().join("content/reviews/tmo-scrutiny-2011");
    let nine = std::fs::read_to_string(folder.join("09.yaml")).unwrap();
    assert!(
        nine.starts_with("# D35 (Planned Action): \"764011\""),
        "{nine}"
    );
    let names: Vec<String> = files_in(&folder).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        &names[..6],
        [
            "01-1.yaml",
            "01-2.yaml",
            "01-3.yaml",
            "01-4.yaml",
            "02.yaml",
            "03.yaml"
        ]
    );

    build_and_check_pages(
        dir.path(),
        &[
            "reviews/tmo-scrutiny-2011/index.html",
            "reviews/tmo-scrutiny-2011/1.1/index.html",
            "reviews/tmo-scrutiny-2011/10/index.html",
        ],
    );
}

#[test]
fn without_a_date_for_the_progress_notes_nothing_is_written() {
    let dir = site();
    let out = import(dir.path(), SEED_000, "tmo", &[]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("cell E8 (Progress): the progress notes need a date"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("perhaps --updated 2014-08-31"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("nothing was written"));
    assert!(!dir.path().join("content/reviews/tmo").exists());
}

#[test]
fn a_dry_run_shows_the_files_and_writes_nothing() {
    let dir = site();
    let out = import(
        dir.path(),
        SEED_000,
        "tmo",
        &["--updated", "2014-08-31", "--dry-run"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains(
            "=== content/reviews/tmo/01-1.yaml\nnumber: \"1.1\"\ntheme: Employment practise\n"
        ),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("=== content/reviews/tmo/index.md\n---\ntitle: TMO SCRUTINY REVIEW RECOMMENDATIONS ACTION PLAN\n---"));
    assert!(
        out.stdout
            .lines()
            .last()
            .unwrap()
            .starts_with("Dry run, nothing written: 27 recommendations")
    );
    assert!(!dir.path().join("content/reviews/tmo").exists());
}

#[test]
fn a_second_import_leaves_the_files_as_they_were_unless_forced() {
    let dir = site();
    assert_eq!(
        import(dir.path(), SEED_000, "tmo", &["--updated", "2014-08-31"]).code,
        0
    );
    let folder = dir.path().join("content/reviews/tmo");
    let edited = folder.join("03.yaml");
    let mut text = std::fs::read_to_string(&edited).unwrap();
    text = text.replace("status: on-going\nactions", "status: complete\nactions");
    std::fs::write(&edited, &text).unwrap();
    let before = files_in(&folder);

    let again = import(dir.path(), SEED_000, "tmo", &["--updated", "2014-08-31"]);
    assert_eq!(again.code, 1);
    assert!(
        again
            .stderr
            .contains("nothing was written, because 27 files are already there"),
        "{}",
        again.stderr
    );
    assert!(again.stderr.contains("content/reviews/tmo/03.yaml"));
    assert_eq!(files_in(&folder), before);

    let forced = import(
        dir.path(),
        SEED_000,
        "tmo",
        &["--updated", "2014-08-31", "--force"],
    );
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(
        std::fs::read_to_string(&edited)
            .unwrap()
            .contains("status: on-going\nactions")
    );
    // index.md is never replaced.
    assert_eq!(
        files_in(&folder).iter().find(|(n, _)| n == "index.md"),
        before.iter().find(|(n, _)| n == "index.md")
    );
}

/// An action plan as a council keeps it in Excel: a cover sheet, then the plan with a title row,
/// a blank column, a column nobody foresaw, section rows, and dates of every kind.
fn workbook(path: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut wb = Workbook::new();
    wb.add_worksheet()
        .set_name("Cover")
        .unwrap()
        .write(0, 0, "Repairs scrutiny review")
        .unwrap();
    let ws = wb.add_worksheet().set_name("Action plan").unwrap();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    ws.write(0, 0, "Repairs Review: Action Plan (updated March 2015)")
        .unwrap();
    for (c, h) in [
        "Ref",
        "Recommendation",
        "",
        "Owner",
        "Target date",
        "Status",
        "Progress update",
        "Budget code",
    ]
    .iter()
    .enumerate()
    {
        if !h.is_empty() {
            ws.write(2, c as u16, *h).unwrap();
        }
    }
    ws.write(3, 0, "Reporting repairs").unwrap();
    ws.write(4, 0, 1).unwrap();
    ws.write(4, 1, "Answer 90% of calls within a minute.")
        .unwrap();
    ws.write(4, 3, "Repairs Team").unwrap();
    ws.write_datetime_with_format(4, 4, ExcelDateTime::from_ymd(2014, 3, 31).unwrap(), &date)
        .unwrap();
    ws.write(4, 5, "Complete").unwrap();
    ws.write(
        4,
        6,
        "The new call system answers 93% of calls within a minute.",
    )
    .unwrap();
    ws.write(4, 7, 4410).unwrap();
    ws.write(5, 0, 2).unwrap();
    ws.write(5, 1, "Let residents report repairs online.")
        .unwrap();
    ws.write(5, 3, "IC/Repairs Team").unwrap();
    ws.write(5, 4, "Apr-14").unwrap();
    ws.write(5, 5, "On going").unwrap();
    ws.write(6, 0, "Doing repairs").unwrap();
    ws.write(7, 0, 3).unwrap();
    ws.write(7, 1, "Operatives should carry ID.").unwrap();
    ws.write(7, 3, "Repairs Team").unwrap();
    ws.write(7, 4, 41759).unwrap(); // a serial date, 30 April 2014, not formatted as one
    ws.write(7, 5, "In progress").unwrap();
    ws.write(8, 0, 4).unwrap();
    ws.write(8, 1, "Visit one repair in ten afterwards.")
        .unwrap();
    ws.write(8, 3, "TMT").unwrap();
    ws.write(8, 4, "On going").unwrap();
    ws.write(8, 5, "Not started").unwrap();
    wb.save(path).unwrap();
}

#[test]
fn a_spreadsheet_with_sections_dates_and_an_unknown_column() {
    let dir = site();
    let xlsx = dir.path().join("Repairs plan.xlsx");
    workbook(&xlsx);
    let file = xlsx.to_str().unwrap();

    let cover = import(dir.path(), file, "repairs", &[]);
    assert_eq!(cover.code, 1);
    assert!(
        cover
            .stderr
            .contains("sheet \"Cover\": no header row was found"),
        "{}",
        cover.stderr
    );

    let missing = import(dir.path(), file, "repairs", &["--sheet", "Plan"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .contains("its sheets are: \"Cover\", \"Action plan\""),
        "{}",
        missing.stderr
    );

    let unknown = import(
        dir.path(),
        file,
        "repairs",
        &["--sheet", "Action plan", "--updated", "2015-03-31"],
    );
    assert_eq!(unknown.code, 1);
    assert!(
        unknown.stderr.contains("Repairs plan.xlsx, sheet \"Action plan\", cell H3 (Budget code): column H (Budget code) is not one followthrough knows"),
        "{}",
        unknown.stderr
    );
    assert!(unknown.stderr.contains("--columns \"Budget code=ignore\""));
    assert!(!dir.path().join("content/reviews/repairs").exists());

    let no_date = import(
        dir.path(),
        file,
        "repairs",
        &[
            "--sheet",
            "Action plan",
            "--columns",
            "Budget code=resources",
        ],
    );
    assert!(
        no_date.stderr.contains("perhaps --updated 2015-03-31"),
        "{}",
        no_date.stderr
    );

    let ok = import(
        dir.path(),
        file,
        "repairs",
        &[
            "--sheet",
            "Action plan",
            "--columns",
            "Budget code=resources",
            "--updated",
            "2015-03-31",
        ],
    );
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    assert!(ok.stdout.ends_with("Imported 4 recommendations, 2 themes (responses: 4 awaiting response), 0 actions, 1 update, 0 problems, 0 warnings\n"), "{}", ok.stdout);
    let site = load(dir.path());
    let r = review(&site, "repairs");
    assert_eq!(r.title, "Repairs Review: Action Plan (updated March 2015)");
    let date = |y, m, d| {
        Some(Deadline::Date(
            chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap(),
        ))
    };
    assert_eq!(rec(r, "1").deadline, date(2014, 3, 31));
    assert_eq!(rec(r, "2").deadline, date(2014, 4, 30));
    assert_eq!(rec(r, "3").deadline, date(2014, 4, 30));
    assert_eq!(rec(r, "4").deadline, Some(Deadline::Ongoing));
    assert_eq!(rec(r, "1").theme.as_deref(), Some("Reporting repairs"));
    assert_eq!(rec(r, "3").theme.as_deref(), Some("Doing repairs"));
    assert_eq!(rec(r, "1").resources.as_deref(), Some("4410"));
    assert_eq!(rec(r, "2").responsible, ["IC", "Repairs Team"]);
    let statuses: Vec<&str> = r
        .recommendations
        .iter()
        .map(|x| x.status.as_str())
        .collect();
    assert_eq!(
        statuses,
        ["complete", "on-going", "on-going", "not-started"]
    );
    build_and_check_pages(
        dir.path(),
        &["reviews/repairs/index.html", "reviews/repairs/4/index.html"],
    );
}

#[test]
fn a_windows_csv_with_a_cell_not_understood() {
    let dir = site();
    let csv = dir.path().join("plan.csv");
    // Excel's "CSV" on a British Windows: Windows-1252, semicolons where commas are decimal marks.
    std::fs::write(
        &csv,
        b"Recommendations \x96 caf\xe9 review;;;;\r\nNo.;Recommendation;Responsible;Target date;Status\r\n1;Open the caf\xe9 at 8am;IC;30/04/2014;Complete\r\n2;Sell fair-trade coffee;IC;Spring 2015;Delayed\r\n",
    )
    .unwrap();
    let file = csv.to_str().unwrap();
    let out = import(dir.path(), file, "cafe", &[]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .contains("plan.csv, cell D4 (Target date): \"Spring 2015\" is not a date"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("plan.csv, cell E4 (Status): \"Delayed\" is not one of this site's statuses"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("note: read plan.csv as windows-1252 text, semicolon-separated")
    );
    assert!(out.stdout.contains("2 problems"));
    assert!(!dir.path().join("content/reviews/cafe").exists());

    let forced = import(dir.path(), file, "cafe", &["--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    let two = std::fs::read_to_string(dir.path().join("content/reviews/cafe/2.yaml")).unwrap();
    assert!(
        two.contains("# D4 (Target date): \"Spring 2015\" is not a date"),
        "{two}"
    );
    assert!(two.contains("# E4 (Status) says \"Delayed\""), "{two}");
    let site = load(dir.path());
    let r = review(&site, "cafe");
    assert_eq!(r.title, "Recommendations – café review");
    assert_eq!(rec(r, "1").recommendation, "Open the café at 8am");
    build_and_check_pages(dir.path(), &["reviews/cafe/2/index.html"]);
}

/// `/data/recommendations.csv` as a built site publishes it (see SPEC.md).
fn open_data_csv(site: &Site, path: &Path) {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record([
        "review",
        "review_title",
        "number",
        "title",
        "theme",
        "recommendation",
        "response",
        "response_text",
        "responsible",
        "lead_officer",
        "deadline",
        "current_deadline",
        "status",
        "status_label",
        "category",
        "overdue",
        "days_overdue",
        "last_updated",
        "not_updated",
        "progress",
        "url",
    ])
    .unwrap();
    for r in &site.reviews {
        for x in &r.recommendations {
            let current = x.revised_deadlines.last().map(|v| v.date).or(x.deadline);
            let label = site.config.statuses.get(&x.status).unwrap();
            let title =
                x.title.as_ref().map(|t| t.to_string()).unwrap_or_else(|| {
                    followthrough::markdown::first_sentence(&x.recommendation, 100)
                });
            w.write_record([
                r.slug.as_str(),
                &r.title,
                x.number.as_str(),
                &title,
                x.theme.as_deref().unwrap_or(""),
                &x.recommendation,
                x.response.key(),
                x.response_text.as_deref().unwrap_or(""),
                &x.responsible.join("; "),
                x.lead_officer.as_deref().unwrap_or(""),
                &x.deadline.map(Deadline::iso).unwrap_or_default(),
                &current.map(Deadline::iso).unwrap_or_default(),
                &x.status,
                &label.label,
                label.category.key(),
                "false",
                "",
                &x.updates
                    .last()
                    .map(|u| u.date.to_string())
                    .unwrap_or_default(),
                "false",
                if x.actions.is_empty() { "" } else { "50" },
                &format!("reviews/{}/{}/", r.slug, x.slug),
            ])
            .unwrap();
        }
    }
    w.write_record([
        "other-2012",
        "Another review",
        "1",
        "",
        "",
        "Something else",
        "agreed",
        "",
        "IC",
        "",
        "",
        "",
        "complete",
        "Complete",
        "done",
        "false",
        "",
        "",
        "false",
        "",
        "",
    ])
    .unwrap();
    w.flush().unwrap();
}

#[test]
fn open_data_from_a_built_site_imports_back_to_the_same_recommendations() {
    let original = site();
    let before = load(original.path());
    let copy = site();
    std::fs::remove_dir_all(copy.path().join("content/reviews/housing-2013")).unwrap();
    let csv = copy.path().join("recommendations.csv");
    open_data_csv(&before, &csv);

    let out = import(copy.path(), csv.to_str().unwrap(), "housing-2013", &[]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("left out 1 rows of other reviews"),
        "{}",
        out.stderr
    );
    let after = load(copy.path());
    let (a, b) = (
        review(&before, "housing-2013"),
        review(&after, "housing-2013"),
    );
    assert_eq!(b.title, a.title);
    assert_eq!(b.recommendations.len(), a.recommendations.len());
    for (x, y) in a.recommendations.iter().zip(&b.recommendations) {
        let n = x.number.as_str();
        assert_eq!(y.number, x.number);
        assert_eq!(y.title, x.title, "{n}");
        assert_eq!(y.theme, x.theme, "{n}");
        assert_eq!(y.recommendation, x.recommendation, "{n}");
        assert_eq!(y.response, x.response, "{n}");
        assert_eq!(y.response_text, x.response_text, "{n}");
        assert_eq!(y.responsible, x.responsible, "{n}");
        assert_eq!(y.lead_officer, x.lead_officer, "{n}");
        assert_eq!(y.deadline, x.deadline, "{n}");
        assert_eq!(
            y.revised_deadlines
                .iter()
                .map(|v| v.date)
                .collect::<Vec<_>>(),
            x.revised_deadlines
                .iter()
                .map(|v| v.date)
                .collect::<Vec<_>>(),
            "{n}"
        );
        assert_eq!(y.status, x.status, "{n}");
    }

    let wrong = import(copy.path(), csv.to_str().unwrap(), "nowhere", &[]);
    assert_eq!(wrong.code, 2);
    assert!(
        wrong.stderr.contains(
            "the sheet holds the recommendations of 2 reviews (housing-2013, other-2012)"
        ),
        "{}",
        wrong.stderr
    );
}

#[test]
fn usage_errors_say_what_to_do() {
    let dir = site();
    let bad_slug = import(dir.path(), SEED_000, "../escape", &[]);
    assert_eq!(bad_slug.code, 2);
    assert!(
        bad_slug.stderr.contains("cannot be a review folder name"),
        "{}",
        bad_slug.stderr
    );
    let bad_field = import(dir.path(), SEED_000, "x", &["--columns", "Item=numbr"]);
    assert_eq!(bad_field.code, 2);
    assert!(
        bad_field.stderr.contains("did you mean `number`?"),
        "{}",
        bad_field.stderr
    );
    let bad_date = import(dir.path(), SEED_000, "x", &["--updated", "last summer"]);
    assert_eq!(bad_date.code, 2);
    assert!(
        bad_date
            .stderr
            .contains("--updated `last summer` is not a date")
    );
    let no_file = import(
        dir.path(),
        "tests/fixtures/import/nothing-here.xlsx",
        "x",
        &[],
    );
    assert_eq!(no_file.code, 2);
    assert!(
        no_file.stderr.contains("nothing-here.xlsx"),
        "{}",
        no_file.stderr
    );
}
