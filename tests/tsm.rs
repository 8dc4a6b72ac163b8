//! Tenant Satisfaction Measures: a landlord writes one file a year (`content/tsm/<year>.yaml`);
//! `check` says exactly what is missing or wrong, where, and how to fix it; the site shows the
//! latest year grouped as the regulator groups it, each year and each measure over the years, and
//! the figures as open data. Each bad-input case is a year file in
//! tests/fixtures/tsm-invalid/<case>/ put into the TSM fixture site, with its expected message.

mod common;
use common::*;

/// The 22 codes, as the Regulator of Social Housing lists them.
const CODES: [&str; 22] = [
    "TP01", "TP02", "TP03", "TP04", "TP05", "TP06", "TP07", "TP08", "TP09", "TP10", "TP11", "TP12",
    "BS01", "BS02", "BS03", "BS04", "BS05", "CH01", "CH02", "NM01", "RP01", "RP02",
];

/// (case, where the problem is, words the message must hold)
const CASES: &[(&str, &str, &str)] = &[
    (
        "missing-measure",
        "content/tsm/2024-25.yaml:5:3",
        "TP07 (Satisfaction that the landlord keeps tenants informed about things that matter to them) is missing",
    ),
    (
        "ownership-figure",
        "content/tsm/2024-25.yaml:6:29",
        "TP02 is for rented homes only: it has no figure for low-cost home ownership (lcho)",
    ),
    (
        "missing-tenure",
        "content/tsm/2024-25.yaml:10:3",
        "has no figure for Low-cost home ownership (LCHO)",
    ),
    (
        "missing-part",
        "content/tsm/2024-25.yaml:22:3",
        "CH01 has no `stage2` figure (Stage 2): both parts must be given",
    ),
    (
        "missing-timescale",
        "content/tsm/2024-25.yaml:28:9",
        "the RP02 timescale for `non_emergency` (Non-emergency repairs) is missing",
    ),
    (
        "missing-survey-item",
        "content/tsm/2024-25.yaml:31:3",
        "the survey's summary has no `weighting` (item f:",
    ),
    (
        "other-issues-from-2025-26",
        "content/tsm/2025-26.yaml:31:3",
        "the survey's summary has no `other_issues` (item k:",
    ),
    (
        "percentage-over-100",
        "content/tsm/2024-25.yaml:5:17",
        "`104.2` cannot be a percentage: TP01 is a percentage, from 0 to 100",
    ),
    (
        "negative-figure",
        "content/tsm/2024-25.yaml:24:28",
        "`-0.9` cannot be a number of cases per 1,000 homes: it cannot be negative",
    ),
    (
        "unknown-code",
        "content/tsm/2024-25.yaml:9:3",
        "did you mean `TP05`?",
    ),
    (
        "not-applicable-without-reason",
        "content/tsm/2024-25.yaml:21:27",
        "BS05 is marked not applicable, with no reason",
    ),
    (
        "year-and-file-name-differ",
        "content/tsm/2024-25.yaml:1:7",
        "this file is named `2024-25.yaml` but its year is 2023/24",
    ),
    (
        "unknown-tenure",
        "content/tsm/2024-25.yaml:2:17",
        "unknown tenure `shared-ownership`",
    ),
    (
        "not-a-number",
        "content/tsm/2024-25.yaml:7:17",
        "`65.9%` is not a number",
    ),
];

/// The TSM fixture site with the case's year files put into content/tsm/.
fn case_site(case: &str) -> SiteTest {
    let site = SiteTest::fixture("tsm");
    let dir = repo().join("tests/fixtures/tsm-invalid").join(case);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            site.write(
                &format!("content/tsm/{name}"),
                &std::fs::read_to_string(&path).unwrap(),
            );
        }
    }
    site
}

fn stderr_of(site: &SiteTest, args: &[&str], code: i32) -> String {
    let out = site.cmd(args).assert().code(code).get_output().clone();
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn every_tsm_rule_has_a_located_message_with_a_hint_and_nothing_is_built() {
    let mut seen = std::collections::BTreeSet::new();
    for &(case, location, words) in CASES {
        seen.insert(case);
        let site = case_site(case);
        let check = stderr_of(&site, &["check"], 1);
        assert!(
            check.contains(&format!("--> {location}")),
            "{case}: expected location {location} in:\n{check}"
        );
        assert!(
            check.contains(words),
            "{case}: expected `{words}` in:\n{check}"
        );
        assert!(
            check.contains("help:"),
            "{case}: says how to fix it:\n{check}"
        );
        assert!(
            check.contains("found 1 error;"),
            "{case}: one mistake, one message:\n{check}"
        );
        let build = stderr_of(&site, &["build"], 1);
        assert!(build.contains(words), "{case}: build says it too");
        assert!(!site.path("output").exists(), "{case}: nothing is written");
        insta::with_settings!({ snapshot_path => repo().join("tests/fixtures/tsm-invalid").join(case), prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!("expected", check);
        });
    }
    for entry in std::fs::read_dir(repo().join("tests/fixtures/tsm-invalid")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            seen.contains(name.as_str()),
            "fixture {name} is not in CASES"
        );
    }
}

#[test]
fn measures_not_yet_entered_are_warnings_naming_each_code_and_the_example_site_still_builds() {
    // The example site: Dover District Council's published TP01-TP06 for two years.
    let site = SiteTest::example();
    let out = site
        .cmd(&["check", "--as-of", "2025-06-01"])
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    for code in &CODES[6..] {
        assert!(
            err.contains(&format!("warning: {code} (")),
            "{code} not yet entered is a warning:\n{err}"
        );
    }
    assert!(err.contains("content/tsm/2024-25.yaml:14:3"), "{err}");
    assert!(
        err.contains("the summary of how the tenant survey was done is not entered yet"),
        "{err}"
    );
    assert!(!err.contains("error:"), "{err}");
    site.build("2025-06-01");
    let page = site.main_text("tsm/index.html");
    assert!(
        page.contains("Tenant Satisfaction Measures 2024/25"),
        "{page}"
    );
    assert!(
        page.contains("TP01 Overall satisfaction 77.3% 2023/24: 68.1% up 9.2 points, better"),
        "{page}"
    );
    assert!(page.contains("TP07 Satisfaction that the landlord keeps tenants informed about things that matter to them Not yet entered"), "{page}");
    assert!(page.contains("16 of the 22 measures"), "{page}");
    assert!(
        page.contains("Where the figures come from Dover District Council: Tenant satisfaction measures (2024 survey)"),
        "{page}"
    );
    assert!(
        page.contains(
            "TP02 Satisfaction with repairs Low-cost rental (LCRA) 74% 4.7 points above, better"
        ),
        "{page}"
    );
    // The indicators made from the same figures still build.
    assert!(
        site.main_text("indicators/index.html")
            .contains("Dover TP02")
    );
}

#[test]
fn a_missing_measure_is_an_error_not_a_warning() {
    let site = case_site("missing-measure");
    let err = stderr_of(&site, &["check"], 1);
    assert!(err.contains("error: TP07"), "{err}");
}

#[test]
fn a_complete_year_shows_all_22_measures_grouped_with_each_tenure_and_part_in_its_own_column() {
    let site = SiteTest::fixture("tsm");
    site.build("2025-06-01");
    let html = site.page("tsm/index.html");
    let page = text_of(main_of(&html));
    for code in CODES {
        assert!(page.contains(code), "{code} is on /tsm/");
        assert!(
            site.path(&format!("output/tsm/{}/index.html", code.to_lowercase()))
                .is_file(),
            "{code} has its own page"
        );
    }
    for group in [
        "Tenant perception",
        "Building safety",
        "Complaints",
        "Anti-social behaviour",
        "Repairs and decency",
    ] {
        assert!(html.contains(&format!(">{group}</h2>")), "{group}");
    }
    for head in [
        "Low-cost rental (LCRA)</th>",
        "Low-cost home ownership (LCHO)</th>",
        "Stage 1</th>",
        "Stage 2</th>",
        "All cases</th>",
        "Involving hate incidents</th>",
        "Emergency repairs</th>",
        "Non-emergency repairs</th>",
    ] {
        assert!(
            html.contains(&format!("<th scope=\"col\" class=\"num\">{head}")),
            "column {head}"
        );
    }
    assert!(page.contains("TP01 Overall satisfaction 77.3% 2023/24: 71.0% up 6.3 points, better 61.0% 2023/24: 58.2% up 2.8 points, better"), "{page}");
    assert!(
        page.contains(
            "BS05 Lift safety checks Not applicable: None of our blocks has a passenger lift"
        ),
        "{page}"
    );
    // The target timescales and the survey's summary, items a to k.
    assert!(
        page.contains(
            "RP02: Repairs completed within target timescale, Emergency repairs 24 hours"
        ),
        "{page}"
    );
    assert!(page.contains("CH02: Complaints responded to within Complaint Handling Code timescales, Stage 2 20 working days"), "{page}");
    for item in [
        "a. Achieved sample size 1,204 responses",
        "f. Weighting applied to the reported measures None",
        "j. Incentives offered to take part None",
    ] {
        assert!(page.contains(item), "{item}: {page}");
    }
    assert!(
        page.contains(
            "TP01 Overall satisfaction Low-cost home ownership (LCHO) 48% 13.0 points above, better"
        ),
        "{page}"
    );
    // Each year keeps its own page.
    assert!(
        site.main_text("tsm/2023-24/index.html")
            .contains("Tenant Satisfaction Measures 2023/24")
    );
    // Wide tables scroll in their own labelled region.
    assert!(html.contains("<div class=\"table-wrap\" role=\"region\" aria-label=\"Tenant perception measures, 2024/25 (scrolls sideways on small screens)\" tabindex=\"0\">"));
}

#[test]
fn a_change_in_complaints_or_anti_social_behaviour_is_higher_or_lower_never_better_or_worse() {
    let site = SiteTest::fixture("tsm");
    site.build("2025-06-01");
    let html = site.page("tsm/index.html");
    for code in ["CH01", "NM01"] {
        let row = html
            .lines()
            .find(|l| l.contains(&format!(">{code}</a>")))
            .unwrap_or_else(|| panic!("{code} row"));
        let row = text_of(row);
        assert!(row.contains("higher") || row.contains("lower"), "{row}");
        assert!(!row.contains("better") && !row.contains("worse"), "{row}");
    }
    let ch01 = site.main_text("tsm/ch01/index.html");
    assert!(ch01.contains("up 5.0 per 1,000 homes, higher"), "{ch01}");
    assert!(
        ch01.contains("Higher is neither better nor worse"),
        "{ch01}"
    );
    // A measure where higher is better still says so.
    assert!(
        site.main_text("tsm/ch02/index.html")
            .contains("up 3.0 points, better")
    );
}

#[test]
fn each_measure_has_a_chart_per_tenure_or_part_with_its_table() {
    let site = SiteTest::fixture("tsm");
    site.build("2025-06-01");
    let html = site.page("tsm/tp01/index.html");
    assert_eq!(html.matches("<svg").count(), 2, "LCRA and LCHO");
    let text = text_of(main_of(&html));
    assert!(
        text.contains("2023/24: 71.0%. 2024/25: 77.3%."),
        "the chart's figures in words: {text}"
    );
    assert!(
        text.contains("2024/25 77.3% up 6.3 points, better"),
        "{text}"
    );
    let rp02 = site.page("tsm/rp02/index.html");
    assert_eq!(
        rp02.matches("<svg").count(),
        2,
        "emergency and non-emergency"
    );
}

#[test]
fn a_measure_links_to_recommendations_and_their_pages_show_it() {
    let site = SiteTest::fixture("tsm");
    site.build("2025-06-01");
    let rec = site.page("reviews/repairs-2024/2/index.html");
    assert!(rec.contains("<a href=\"../../../tsm/ch01/index.html\">CH01: Complaints relative to the size of the landlord</a>"), "{rec}");
    assert!(
        rec.contains("CH02: Complaints responded to within Complaint Handling Code timescales")
    );
    let ch02 = site.main_text("tsm/ch02/index.html");
    assert!(ch02.contains("Complaints answered on time"), "{ch02}");
    let tp03 = site.main_text("tsm/tp03/index.html");
    assert!(
        tp03.contains("This measure is not linked to any recommendation"),
        "{tp03}"
    );
}

#[test]
fn the_home_page_links_to_the_measures_only_when_there_are_any() {
    let site = SiteTest::fixture("tsm");
    site.build("2025-06-01");
    assert!(site.page("index.html").contains("href=\"tsm/index.html\""));
    let plain = SiteTest::fixture("basic");
    plain.build("2014-06-01");
    assert!(!plain.page("index.html").contains("tsm/"));
    assert!(!plain.path("output/tsm").exists());
    assert!(!plain.path("output/data/tsm.csv").exists());
}

/// The figures written in the `measures:` of a year file: (code, key) of every number.
fn figures_in(yaml: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in yaml.lines() {
        if line.starts_with("measures:") {
            inside = true;
            continue;
        }
        if !inside {
            continue;
        }
        if !line.starts_with("  ") {
            break;
        }
        let Some((code, rest)) = line.trim().split_once(": {") else {
            continue;
        };
        for pair in rest.trim_end_matches('}').split(", ") {
            if let Some((k, v)) = pair.split_once(": ")
                && v.trim().parse::<f64>().is_ok()
            {
                out.push((code.to_string(), k.trim().to_string()));
            }
        }
    }
    out
}

#[test]
fn the_csv_has_one_row_per_value() {
    let site = SiteTest::fixture("tsm");
    site.build("2025-06-01");
    let csv = site.page("data/tsm.csv");
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    assert_eq!(lines.next(), Some("year,code,name,part,tenure,value,unit"));
    let rows: Vec<Vec<String>> = lines
        .map(|l| {
            let mut r = ::csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(l.as_bytes());
            r.records()
                .next()
                .unwrap()
                .unwrap()
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    let mut written = 0;
    for (file, year) in [("2023-24", "2023/24"), ("2024-25", "2024/25")] {
        let yaml = std::fs::read_to_string(site.path(&format!("content/tsm/{file}.yaml"))).unwrap();
        let figures = figures_in(&yaml);
        written += figures.len();
        for (code, key) in figures {
            let found = rows.iter().filter(|r| {
                r[0] == year && r[1] == code && (r[3] == key || r[3].is_empty() && r[4] == key)
            });
            assert_eq!(found.count(), 1, "{year} {code} {key}: one row");
        }
    }
    assert_eq!(rows.len(), written, "no other rows");
    let ch01: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[0] == "2024/25" && r[1] == "CH01")
        .collect();
    assert_eq!(
        ch01[0][2..],
        [
            "Complaints relative to the size of the landlord",
            "stage1",
            "lcra+lcho",
            "45.2",
            "per-1000-homes"
        ]
    );
    assert!(
        site.main_text("data/index.html")
            .contains("tsm.csv holds every figure")
    );
}
