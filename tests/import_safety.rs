//! `import` never corrupts or invents (issue 11): numbers kept as written, a quote that never
//! closes named by its cell, `--force` renumbering nothing, sheets too big to be a plan refused
//! before they are read, and a file with no rows writing nothing. The real binary on a temp copy
//! of the import fixture site.

mod common;

use common::SiteTest;
use std::io::Write;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn import(site: &SiteTest, file: &str, more: &[&str]) -> Run {
    let mut args = vec!["import", file, "--review", "plan"];
    args.extend(more);
    let out = site
        .cmd(&args)
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn review_files(site: &SiteTest) -> Vec<String> {
    let dir = site.path("content/reviews/plan");
    if !dir.exists() {
        return Vec::new();
    }
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

const HEADER: &str = "No.,Recommendation,Responsible,Status\n";

#[test]
fn a_number_with_four_digits_after_the_dot_stays_whole_instead_of_becoming_title_and_theme() {
    let site = SiteTest::import_site();
    site.write(
        "plan.csv",
        &format!(
            "{HEADER}2.2014,Publish the repairs timetable,IC,Complete\n2.2015,Review the caretaking contract,IC,On-going\n"
        ),
    );
    let r = import(&site, "plan.csv", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("2 recommendations, 0 themes"),
        "{}",
        r.stdout
    );
    let yaml = std::fs::read_to_string(site.path("content/reviews/plan/2-2014.yaml")).unwrap();
    assert!(yaml.contains("number: \"2.2014\""), "{yaml}");
    assert!(!yaml.contains("title:"), "no title made of digits:\n{yaml}");
    assert!(!yaml.contains("theme:"), "no theme made of digits:\n{yaml}");
    assert!(site.path("content/reviews/plan/2-2015.yaml").is_file());
}

#[test]
fn a_quote_that_never_closes_is_a_problem_naming_its_cell_and_nothing_is_written() {
    let site = SiteTest::import_site();
    site.write(
        "plan.csv",
        &format!(
            "{HEADER}1,Open the office on Saturdays,IC,Complete\n2,\"Publish the \"\"you said\"\" page,IC,On-going\n3,Hold a residents' forum,IC,Not started\n"
        ),
    );
    let r = import(&site, "plan.csv", &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("plan.csv, cell B3: a quote (\") opens cell B3 and never closes"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("put the closing quote"), "{}", r.stderr);
    assert_eq!(review_files(&site), Vec::<String>::new(), "nothing written");
}

#[test]
fn with_force_an_unreadable_number_is_left_out_and_renumbers_no_neighbour() {
    let site = SiteTest::import_site();
    site.write(
        "plan.csv",
        &format!(
            "{HEADER}1,Open the office on Saturdays,IC,Complete\n2 & 3?,Publish the page,IC,On-going\nand keep it up to date,,,\n4,Hold a residents' forum,IC,Not started\n"
        ),
    );
    let plain = import(&site, "plan.csv", &[]);
    assert_eq!(plain.code, 1, "{}", plain.stderr);
    assert!(
        plain
            .stderr
            .contains("plan.csv, cell A3 (No.): \"2 & 3?\" is not a recommendation number"),
        "{}",
        plain.stderr
    );
    assert!(
        plain.stderr.contains("row 3 is left out"),
        "{}",
        plain.stderr
    );

    let forced = import(&site, "plan.csv", &["--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert_eq!(review_files(&site), ["1.yaml", "4.yaml", "index.md"]);
    let one = std::fs::read_to_string(site.path("content/reviews/plan/1.yaml")).unwrap();
    assert!(one.contains("number: \"1\""), "{one}");
    assert!(!one.contains("Publish the page"), "{one}");
    assert!(!one.contains("keep it up to date"), "{one}");
}

#[test]
fn a_file_with_only_a_header_row_writes_nothing_even_with_force() {
    let site = SiteTest::import_site();
    site.write("plan.csv", HEADER);
    for more in [&[][..], &["--force"][..]] {
        let r = import(&site, "plan.csv", more);
        assert_eq!(r.code, 1, "{more:?}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("there are no recommendations under the header row (row 1)"),
            "{}",
            r.stderr
        );
        assert!(r.stderr.contains("nothing was written"), "{}", r.stderr);
        assert!(!site.path("content/reviews/plan").exists(), "{more:?}");
    }
}

#[test]
fn a_small_workbook_that_unpacks_to_over_100_mb_is_refused_before_it_is_unpacked() {
    let site = SiteTest::import_site();
    let path = site.path("plan.xlsx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("xl/worksheets/sheet1.xml", deflated)
        .unwrap();
    let block = vec![b' '; 1 << 20];
    for _ in 0..101 {
        zip.write_all(&block).unwrap();
    }
    zip.finish().unwrap();
    let small = std::fs::metadata(&path).unwrap().len();
    assert!(small < 1 << 20, "the file itself is small: {small} bytes");

    let r = import(&site, "plan.xlsx", &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("plan.xlsx is too big to be an action plan: it unpacks to 101 MB"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("help: check it is the plan you meant"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.len() < 2_000,
        "one short message, not {} bytes",
        r.stderr.len()
    );
}

#[test]
fn a_cell_of_thousands_of_characters_does_not_bury_its_message() {
    let site = SiteTest::import_site();
    let long = "Delayed ".repeat(5_000);
    site.write(
        "plan.csv",
        &format!("{HEADER}1,Open the office on Saturdays,IC,{long}\n"),
    );
    let r = import(&site, "plan.csv", &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("cell D2 (Status): \"Delayed Delayed"),
        "{}",
        &r.stderr[..r.stderr.len().min(2_000)]
    );
    assert!(r.stderr.contains("…\" is not one of this site's statuses"));
    assert!(r.stderr.len() < 4_000, "{} bytes printed", r.stderr.len());
}

#[test]
fn thousands_of_problems_print_the_first_two_hundred_and_say_how_many_more() {
    let site = SiteTest::import_site();
    let mut csv = String::from(HEADER);
    for i in 1..=1_000 {
        csv.push_str(&format!("{i},Recommendation {i},IC,Delayed\n"));
    }
    site.write("plan.csv", &csv);
    let r = import(&site, "plan.csv", &[]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr
            .matches("is not one of this site's statuses")
            .count(),
        200
    );
    assert!(
        r.stderr
            .contains("... and 800 more problems and warnings like these in plan.csv"),
        "{}",
        r.stderr.lines().last().unwrap_or("")
    );
    assert!(r.stdout.contains("1000 problems"), "{}", r.stdout);
}

#[cfg(unix)]
#[test]
fn a_named_pipe_given_as_the_plan_is_refused_not_waited_on() {
    let site = SiteTest::import_site();
    let p = site.path("plan.csv");
    let ok = std::process::Command::new("mkfifo")
        .arg(&p)
        .status()
        .unwrap();
    assert!(ok.success());
    let r = import(&site, "plan.csv", &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("plan.csv is not a file"), "{}", r.stderr);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// Whatever its digits, a number in a plan's number column reaches its file as written: the
    /// whole path (CSV read, the table, the YAML text), not one function.
    #[test]
    fn a_number_survives_import_as_written(
        n in r"(R|Rec |[A-Z]{1,2}\.)?[1-9][0-9]{0,5}(\.[0-9]{1,7}){0,3}[a-z]?"
    ) {
        let site = SiteTest::import_site();
        site.write(
            "plan.csv",
            &format!("{HEADER}{n},Publish the repairs timetable,IC,Complete\n"),
        );
        let plan = followthrough::import::plan(
            site.root(),
            &followthrough::import::Options {
                file: site.path("plan.csv"),
                review: "plan".into(),
                sheet: None,
                updated: None,
                columns: Vec::new(),
            },
        )
        .unwrap();
        proptest::prop_assert!(plan.is_clean(), "{:?}", plan.problems);
        proptest::prop_assert_eq!(plan.summary.recommendations, 1);
        let file = &plan.files[0];
        proptest::prop_assert!(!file.text.contains("title:"), "{}", file.text);
        proptest::prop_assert!(!file.text.contains("theme:"), "{}", file.text);
        // Read back as the site reads it: the number is the text written in the cell.
        for f in &plan.files {
            site.write(&f.path, &f.text);
        }
        let loaded = followthrough::load::load(site.root()).unwrap();
        let (read, _) = followthrough::validate::validate(&loaded);
        let review = read.reviews.iter().find(|r| r.slug == "plan").unwrap();
        let numbers: Vec<&str> = review.recommendations.iter().map(|r| r.number.as_str()).collect();
        proptest::prop_assert_eq!(numbers, [n.as_str()], "{}", file.text);
    }
}
