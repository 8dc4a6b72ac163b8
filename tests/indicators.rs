//! Performance indicators as a tenants' panel would read them: against target in words, the
//! direction since the figure before, benchmarks, a chart with the same figures in a table, links
//! to and from recommendations; and located errors for an officer who mistypes an indicator file.

mod data_support;

use data_support::*;
use serde_json::Value;

#[test]
fn lower_is_better_and_off_target_says_so_in_words() {
    let site = build_fixture();
    let list = words(&site.read("indicators/index.html"));
    assert!(list.contains("Rent arrears"), "{list}");
    assert!(
        list.contains("Off target 2.9%, target 2.5%: above target (2024-25 Q2)"),
        "{list}"
    );
    assert!(
        list.contains("down 0.2 points since 2023-24, better"),
        "lower is better, so going down is better: {list}"
    );
    let page = words(&site.read("indicators/arrears/index.html"));
    assert!(page.contains("Lower is better"), "{page}");
    assert!(
        page.contains("Off target 2.9%, target 2.5%: above target"),
        "{page}"
    );
}

#[test]
fn higher_is_better_below_target_with_a_missing_latest_period_and_a_benchmark() {
    let site = build_fixture();
    let page = words(&site.read("indicators/satisfaction/index.html"));
    assert!(
        page.contains("Off target 79.5%, target 80%: below target (February 2024)"),
        "the latest figure, not the empty period: {page}"
    );
    assert!(page.contains("No figure for March 2024 (n/a)"), "{page}");
    assert!(
        page.contains("down 1.5 points since January 2024, worse"),
        "{page}"
    );
    assert!(
        page.contains("1.5 points above Peer median (78%), better"),
        "{page}"
    );
}

#[test]
fn the_chart_is_an_accessible_svg_with_the_same_figures_in_a_table() {
    let site = build_fixture();
    let html = site.read("indicators/arrears/index.html");
    let svg_start = html.find("<svg").expect("an inline SVG chart");
    let svg = &html[svg_start..html.find("</svg>").unwrap()];
    assert!(
        svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"chart-title chart-desc\""),
        "{svg}"
    );
    assert!(svg.contains("<title id=\"chart-title\">Rent arrears: figures by period</title>"));
    let desc = &svg[svg.find("<desc id=\"chart-desc\">").unwrap()..svg.find("</desc>").unwrap()];
    for figure in [
        "2023-24: 3.1%",
        "2024-25 Q1: no figure",
        "2024-25 Q2: 2.9%",
        "Target line at 2.5%",
        "Lower is better",
    ] {
        assert!(
            desc.contains(figure),
            "the description gives {figure}: {desc}"
        );
    }
    assert_eq!(
        svg.matches("<rect").count(),
        2,
        "a gap where the figure is missing"
    );
    assert!(svg.contains(">n/a</text>"), "the gap is labelled");
    assert!(svg.contains(">Target 2.5%</text>"));
    assert!(!svg.contains("href"), "nothing loaded from anywhere");
    let after = words(&html[html.find("</svg>").unwrap()..]);
    assert!(after.contains("2023-24 3.1% above target"), "{after}");
    assert!(after.contains("2024-25 Q1 n/a (no figure)"), "{after}");
    assert!(
        after.contains("2024-25 Q2 Provisional 2.9% above target down 0.2 points, better"),
        "{after}"
    );
    assert!(words(&html).contains("Source Example Borough Council performance report"));
}

#[test]
fn indicators_and_recommendations_link_to_each_other() {
    let site = build_fixture();
    let ind = "indicators/satisfaction/index.html";
    let targets: Vec<String> = hrefs(&site.read(ind))
        .iter()
        .map(|h| resolve(ind, h))
        .collect();
    for rec in [
        "reviews/repairs-review/2/index.html",
        "reviews/second-review/1/index.html",
    ] {
        assert!(targets.contains(&rec.to_string()), "{ind} links to {rec}");
        let back: Vec<String> = hrefs(&site.read(rec))
            .iter()
            .map(|h| resolve(rec, h))
            .collect();
        assert!(back.contains(&ind.to_string()), "{rec} links back to {ind}");
        assert!(
            words(&site.read(rec))
                .contains("Off target Satisfaction with repairs: 79.5%, target 80%: below target")
        );
    }
    let unlinked = "reviews/repairs-review/10a/index.html";
    assert!(
        !site
            .read(unlinked)
            .contains("<h2>Performance indicators</h2>"),
        "no indicator section where none is linked"
    );
}

#[test]
fn navigation_shows_indicators_and_search() {
    let site = build_fixture();
    let home = site.read("index.html");
    assert!(home.contains("href=\"indicators/index.html\">Indicators</a>"));
    assert!(home.contains("href=\"search/index.html\">Search</a>"));
    assert!(home.contains("href=\"data/index.html\">Open data</a>"));
}

/// The diagnostics about one file.
fn about<'a>(diags: &'a [Value], path: &str) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["path"] == path).collect()
}

#[test]
fn a_dangling_reference_is_an_error_at_the_reference_with_the_nearest_suggested() {
    let root = copy_fixture(FIXTURE);
    let file = "content/indicators/arrears.yaml";
    let p = root.path().join(file);
    let text = std::fs::read_to_string(&p).unwrap().replace(
        "recommendations: [repairs-review/1]",
        "recommendations: [repairs-review/11, repairs-reviw/2]",
    );
    std::fs::write(&p, &text).unwrap();
    let (code, diags) = check_json(root.path());
    assert_eq!(code, 1, "an error stops the build");
    let mine = about(&diags, file);
    assert_eq!(mine.len(), 2, "both bad references, in one run: {diags:#?}");
    let line = text
        .lines()
        .position(|l| l.starts_with("recommendations:"))
        .unwrap()
        + 1;
    let first = mine
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .contains("`repairs-review/11`")
        })
        .unwrap();
    assert_eq!(
        first["message"],
        "the recommendation `repairs-review/11` does not exist"
    );
    assert_eq!(
        (
            first["line"].as_u64().unwrap() as usize,
            first["column"].as_u64().unwrap()
        ),
        (line, 19),
        "located at the reference"
    );
    assert!(
        first["hint"]
            .as_str()
            .unwrap()
            .starts_with("did you mean `repairs-review/1`?"),
        "{first}"
    );
    let second = mine
        .iter()
        .find(|d| d["message"].as_str().unwrap().contains("repairs-reviw/2"))
        .unwrap();
    assert!(
        second["hint"]
            .as_str()
            .unwrap()
            .starts_with("did you mean `repairs-review/2`?"),
        "{second}"
    );
}

#[test]
fn mistakes_in_an_indicator_file_are_all_located() {
    let root = copy_fixture(FIXTURE);
    let file = "content/indicators/broken.yaml";
    let text = "title: Broken\nunit: \"%\"\nbetter: hgher\ntarget: n/a\nvalues:\n  - { period: 2024-13, value: 3 }\n  - { period: 2024, value: 98.1% }\n  - { period: 2024, value: 4 }\n  - { period: 2025, value: 5 }\n  - { period: 2025, value: 6 }\nbenchmarks:\n  - { label: Peers, value: lots }\n";
    std::fs::write(root.path().join(file), text).unwrap();
    let (code, diags) = check_json(root.path());
    assert_eq!(code, 1);
    let mine = about(&diags, file);
    let find = |needle: &str| {
        mine.iter()
            .find(|d| d["message"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("no diagnostic saying {needle}: {mine:#?}"))
    };
    let better = find("`better` must be `higher` or `lower`, not `hgher`");
    assert_eq!(better["line"], 3);
    assert!(
        better["hint"]
            .as_str()
            .unwrap()
            .starts_with("did you mean `higher`?")
    );
    let target = find("`n/a` is not a number");
    assert_eq!(target["line"], 4);
    assert!(
        target["hint"]
            .as_str()
            .unwrap()
            .contains("delete the `target` line")
    );
    let period = find("`2024-13` is neither a financial year");
    assert_eq!(
        (period["line"].clone(), period["column"].clone()),
        (Value::from(6), Value::from(15))
    );
    let unit = find("`98.1%` is not a number");
    assert_eq!(unit["line"], 7);
    assert!(
        unit["hint"]
            .as_str()
            .unwrap()
            .contains("the unit (such as %) goes once in `unit:`")
    );
    let twice = find("the period 2025 is given twice");
    assert_eq!(twice["line"], 10, "at the second one");
    let bench = find("`lots` is not a number");
    assert_eq!(bench["line"], 12);
    assert!(mine.iter().all(|d| d["severity"] == "error"));
}

#[test]
fn a_misspelt_indicator_field_names_the_field_and_the_nearest_one() {
    let root = copy_fixture(FIXTURE);
    let file = "content/indicators/typo.yaml";
    std::fs::write(root.path().join(file), "title: T\nbetter: higher\ntarget: 1\nbenchmark: []\nvalues:\n  - { period: 2024, value: 1 }\n").unwrap();
    let (_, diags) = check_json(root.path());
    let d = about(&diags, file)[0];
    assert_eq!(d["message"], "unknown field `benchmark`");
    assert_eq!(d["line"], 4);
    assert!(
        d["hint"]
            .as_str()
            .unwrap()
            .starts_with("did you mean `benchmarks`?")
    );
}

#[test]
fn the_example_site_shows_real_figures_with_their_source() {
    let site = build_at(copy_example(), "2026-11-22", &[]);
    let page = words(&site.read("indicators/dover-tp02-repairs/index.html"));
    assert!(page.contains("78.7%, no target set (2024)"), "{page}");
    assert!(page.contains("up 5.9 points since 2023, better"));
    assert!(page.contains("Source Dover District Council: Tenant satisfaction measures"));
    assert!(
        page.contains("Regulator of Social Housing"),
        "the benchmark's source is named too"
    );
    let rotherham = words(&site.read("indicators/rotherham-decent-homes/index.html"));
    assert!(
        rotherham.contains("Off target 6.2%, target 0%: above target"),
        "{rotherham}"
    );
    assert!(rotherham.contains("Lower is better"));
}
