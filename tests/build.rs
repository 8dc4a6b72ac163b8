//! Building sites with the real binary, and what a reader then sees on the pages.

mod common;
use common::*;

#[test]
fn item_10_of_the_islington_plan_shows_both_actions_with_their_owners_and_statuses() {
    let site = SiteTest::example();
    site.build("2014-09-01");
    let html = site.page("reviews/tmo-scrutiny-2011/10/index.html");
    let main = main_of(&html);
    let rows = table_rows(&main[main.find("What we will do").expect("actions section")..]);
    let monitor = rows
        .iter()
        .find(|r| r[0].contains("TMT to monitor status of committee members"))
        .expect("first action");
    assert_eq!(monitor[1], "TMT");
    assert_eq!(monitor[2], "On-going");
    let details = rows
        .iter()
        .find(|r| r[0].contains("IC to provide details of TMOs to ward Cllrs"))
        .expect("second action");
    assert_eq!(details[1], "IC");
    assert_eq!(details[2], "Complete");
}

#[test]
fn the_example_site_has_a_page_with_the_real_text_for_every_recommendation_of_seed_000() {
    let site = SiteTest::example();
    site.build("2014-09-01");
    let pages: Vec<String> = site
        .output_files()
        .into_keys()
        .filter(|p| {
            p.starts_with("reviews/tmo-scrutiny-2011/")
                && p.ends_with("/index.html")
                && p.matches('/').count() == 3
                && !p.contains("/you-said-we-did/")
        })
        .collect();
    assert_eq!(pages.len(), 27, "{pages:?}");
    let text = site.main_text("reviews/tmo-scrutiny-2011/1.1/index.html");
    assert!(
        text.contains("All TMOs to ensure that LLW is included within their employees salaries"),
        "{text}"
    );
    assert!(text.contains("Employment practise"), "{text}");
    let review = site.main_text("reviews/tmo-scrutiny-2011/index.html");
    for n in ["1.1", "1.4", "7.2", "8.2", "10", "22"] {
        assert!(review.contains(&format!(" {n} ")), "action plan lists {n}");
    }
}

/// The numbers on the home page, read back by label.
fn figure(home: &str, label: &str) -> usize {
    let needle = format!("</span> <span class=\"figure-label\">{label}</span>");
    let end = home
        .find(&needle)
        .unwrap_or_else(|| panic!("no figure {label}"));
    let start = home[..end].rfind('>').unwrap() + 1;
    home[start..end].trim().parse().unwrap()
}

fn rows_on(site: &SiteTest, page: &str) -> usize {
    table_rows(main_of(&site.page(page))).len()
}

#[test]
fn headline_counts_on_the_home_page_and_the_dashboards_add_up() {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    let home = site.page("index.html");
    let total = figure(&home, "recommendations");
    let done = figure(&home, "done");
    let in_progress = figure(&home, "in progress");
    assert_eq!(total, 7);
    assert_eq!(done, rows_on(&site, "status/done/index.html"));
    assert_eq!(in_progress, rows_on(&site, "status/in-progress/index.html"));
    let by_status: usize = ["not-started", "in-progress", "done", "closed"]
        .iter()
        .map(|c| rows_on(&site, &format!("status/{c}/index.html")))
        .sum();
    assert_eq!(
        by_status, total,
        "every recommendation is in exactly one status group"
    );
    let overdue = figure(&home, "overdue");
    let overdue_page = site.page("overdue/index.html");
    let overdue_part = &overdue_page[overdue_page.find("id=\"overdue\"").unwrap()
        ..overdue_page.find("id=\"not-updated\"").unwrap()];
    assert_eq!(overdue, table_rows(overdue_part).len());
    // Each party's page lists the recommendations they are responsible for.
    assert!(rows_on(&site, "responsible/ho/index.html") >= 3);
}

#[test]
fn moving_as_of_changes_what_is_overdue() {
    let site = SiteTest::fixture("basic");
    site.build("2014-03-01");
    let before = site.main_text("overdue/index.html");
    assert!(
        !before.contains("Void inspections"),
        "not yet due on 1 March: {before}"
    );
    site.build("2014-06-01");
    let after = site.main_text("overdue/index.html");
    assert!(after.contains("Void inspections"), "{after}");
    assert!(after.contains("Overdue by 2 months"), "{after}");
    let page = site.main_text("reviews/housing-2013/3/index.html");
    assert!(
        page.contains("the deadline of 31 March 2014 passed"),
        "{page}"
    );
    // Ongoing work has no date to miss.
    assert!(
        !site
            .main_text("reviews/estates-2014/1/index.html")
            .contains("Overdue")
    );
}

#[test]
fn a_revised_deadline_shows_the_original_and_the_reason() {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    let text = site.main_text("reviews/housing-2013/2/index.html");
    assert!(text.contains("Deadline revised"), "{text}");
    assert!(
        text.contains("30 September 2014 was 30 April 2014"),
        "{text}"
    );
    assert!(
        text.contains("The deadline first promised was 30 April 2014"),
        "{text}"
    );
    assert!(
        text.contains("Waits for the new repairs contract"),
        "{text}"
    );
    assert!(
        text.contains("15 April 2014"),
        "the date it was agreed: {text}"
    );
    // Not overdue: the revised deadline has not passed.
    assert!(!text.contains("Overdue by"), "{text}");
}

#[test]
fn not_updated_and_closed_without_outcome_are_flagged() {
    let site = SiteTest::fixture("basic");
    let out = site
        .cmd(&["build", "--as-of", "2014-09-01"])
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    let stderr = String::from_utf8_lossy(&out);
    assert!(
        stderr.contains(
            "recommendation 2 is marked \"Complete\" but nothing records what was done or why"
        ),
        "{stderr}"
    );
    let text = site.main_text("reviews/estates-2014/2/index.html");
    assert!(text.contains("No outcome recorded"), "{text}");
    let stale = site.main_text("reviews/housing-2013/10a/index.html");
    assert!(stale.contains("Not updated"), "{stale}");
    // Not agreed, with its reason: explained, so not flagged.
    let na = site.main_text("reviews/housing-2013/10/index.html");
    assert!(!na.contains("No outcome recorded"), "{na}");
}

#[test]
fn you_said_we_did_includes_what_was_not_agreed_and_why() {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    let text = site.main_text("you-said-we-did/index.html");
    assert!(
        text.contains("Visitors to estates should park for free"),
        "{text}"
    );
    assert!(
        text.contains("Not agreed Not agreed because parking income pays for estate lighting"),
        "{text}"
    );
    assert!(
        text.contains("We did ( 1 November 2013 ) The policy is on the website"),
        "{text}"
    );
    assert!(
        text.contains("Other recommendations 10: Free parking for visitors"),
        "a recommendation without a theme is not shown under the theme before it: {text}"
    );
}

#[test]
fn recommendation_numbers_sort_naturally_in_the_action_plan() {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    let numbers: Vec<String> = table_rows(main_of(&site.page("reviews/housing-2013/index.html")))
        .into_iter()
        .filter(|r| r.len() == 5)
        .map(|r| r[0].clone())
        .collect();
    // Grouped by theme in order of first appearance, then numbers in natural order within each.
    assert_eq!(numbers, ["1", "10a", "2", "3", "10"]);
}

#[test]
fn glossary_terms_become_abbr_in_text_and_names() {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    let html = site.page("reviews/housing-2013/1/index.html");
    assert!(
        html.contains("The <abbr title=\"Housing Options Team\">HO</abbr> should publish"),
        "in Markdown text"
    );
    assert!(
        html.contains("<abbr title=\"Housing Options Team\">HO</abbr></a>"),
        "in the responsible party"
    );
    assert!(
        site.main_text("glossary/index.html")
            .contains("RT Repairs Team")
    );
}

#[test]
fn a_theme_override_replaces_one_template_and_keeps_the_rest() {
    let site = SiteTest::fixture("basic");
    let cfg = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &format!("{cfg}theme: council\n"));
    site.write(
        "themes/council/templates/glossary.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Our own glossary</h1>{% for e in entries %}<p>{{ e.abbr }} = {{ e.meaning }}</p>{% endfor %}{% endblock content %}",
    );
    site.write("themes/council/static/extra.txt", "hello");
    site.build("2014-06-01");
    let g = site.page("glossary/index.html");
    assert!(
        g.contains("<h1>Our own glossary</h1>") && g.contains("HO = Housing Options Team"),
        "{g}"
    );
    assert!(
        g.contains("Skip to main content"),
        "the built-in base template still wraps it"
    );
    assert!(
        site.page("index.html").contains("At a glance"),
        "other pages keep the built-in templates"
    );
    assert_eq!(site.page("extra.txt"), "hello");
    assert!(
        !site.page("style.css").is_empty(),
        "built-in static files are kept"
    );
}

#[test]
fn a_theme_that_does_not_exist_is_a_clear_fatal_error() {
    let site = SiteTest::fixture("basic");
    let cfg = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &format!("{cfg}theme: missing\n"));
    let out = site
        .cmd(&["build"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(
        err.contains("the theme `missing` named in content/site.yaml was not found"),
        "{err}"
    );
}

/// Every `href`/`src` of every page, resolved by hand.
#[test]
fn every_relative_link_in_the_example_site_resolves_and_nothing_loads_from_another_host() {
    let site = SiteTest::example();
    site.build("2026-11-22");
    let files = site.output_files();
    let mut checked = 0;
    for (page, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        for attr in ["href=\"", "src=\""] {
            for piece in html.split(attr).skip(1) {
                let mut target = piece.split('"').next().unwrap().replace("&amp;", "&");
                // The 404 pages (English, and Welsh at cy/404.html) are shown at any missing
                // address, so they link from the path of base_url
                // (https://www.example.gov.uk/scrutiny/), as from the site's root.
                let mut from = page.as_str();
                if (page == "404.html" || page == "cy/404.html") && target.starts_with('/') {
                    target = target
                        .strip_prefix("/scrutiny/")
                        .unwrap_or_else(|| panic!("{page}: link {target} is not under /scrutiny/"))
                        .to_string();
                    from = "index.html";
                }
                assert!(
                    !target.starts_with('/'),
                    "{page}: root-absolute link {target}"
                );
                if attr == "src=\"" {
                    assert!(
                        !target.contains("://"),
                        "{page} loads {target} from another host"
                    );
                }
                if target.contains("://")
                    || target.starts_with('#')
                    || target.starts_with("mailto:")
                {
                    continue;
                }
                let path = target.split('#').next().unwrap();
                let mut parts: Vec<&str> = from.split('/').collect();
                parts.pop();
                for seg in path.split('/') {
                    match seg {
                        ".." => {
                            parts.pop().unwrap_or_else(|| {
                                panic!("{page}: {target} climbs out of the site")
                            });
                        }
                        "." | "" => {}
                        s => parts.push(s),
                    }
                }
                let resolved = parts.join("/");
                assert!(
                    files.contains_key(&resolved),
                    "{page}: link {target} → {resolved} does not exist"
                );
                checked += 1;
            }
        }
        assert!(
            !html.contains("<link rel=\"stylesheet\" href=\"http"),
            "{page}"
        );
    }
    assert!(checked > 1000, "checked {checked} links");
}

#[test]
fn two_builds_and_any_thread_count_give_byte_identical_output() {
    let site = SiteTest::example();
    site.cmd(&["build", "--as-of", "2026-11-22", "--output", "a"])
        .assert()
        .success();
    site.cmd(&[
        "build",
        "--as-of",
        "2026-11-22",
        "--output",
        "b",
        "--jobs",
        "1",
    ])
    .assert()
    .success();
    site.cmd(&[
        "build",
        "--as-of",
        "2026-11-22",
        "--output",
        "c",
        "--jobs",
        "2",
    ])
    .assert()
    .success();
    let a = files_under(&site.path("a"));
    assert!(a.len() > 50);
    assert!(a == files_under(&site.path("b")), "--jobs 1 differs");
    assert!(a == files_under(&site.path("c")), "second build differs");
}

#[test]
fn source_date_epoch_sets_the_as_of_date() {
    let site = SiteTest::fixture("basic");
    // 2014-06-01T00:00:00Z
    site.cmd(&["build"])
        .env("SOURCE_DATE_EPOCH", "1401580800")
        .assert()
        .success();
    assert!(
        site.main_text("overdue/index.html")
            .contains("As of 1 June 2014")
    );
}

#[test]
fn a_rebuild_updates_output_in_place_and_removes_stale_pages() {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    assert!(
        site.path("output/reviews/estates-2014/2/index.html")
            .exists()
    );
    std::fs::remove_file(site.path("content/reviews/estates-2014/2.yaml")).unwrap();
    site.build("2014-06-01");
    assert!(
        !site
            .path("output/reviews/estates-2014/2/index.html")
            .exists(),
        "stale page removed"
    );
    assert!(
        !site.path("output/reviews/estates-2014/2").exists(),
        "and its folder"
    );
    assert!(
        site.path("output/reviews/estates-2014/1/index.html")
            .exists()
    );
}

#[test]
fn new_creates_a_site_that_builds_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("my-site");
    assert_cmd::Command::cargo_bin("followthrough")
        .unwrap()
        .arg("new")
        .arg(&target)
        .assert()
        .success();
    assert_cmd::Command::cargo_bin("followthrough")
        .unwrap()
        .args(["build", "--as-of", "2025-12-01", "--root"])
        .arg(&target)
        .assert()
        .success();
    assert!(
        target
            .join("output/reviews/repairs-review-2025/1/index.html")
            .exists()
    );
    // A second `new` into the same folder refuses and changes nothing.
    let before = files_under(&target.join("content"));
    assert_cmd::Command::cargo_bin("followthrough")
        .unwrap()
        .arg("new")
        .arg(&target)
        .assert()
        .code(2);
    assert!(before == files_under(&target.join("content")));
}

#[test]
fn usage_errors_exit_2_and_say_what_to_do() {
    let site = SiteTest::fixture("basic");
    let out = site
        .cmd(&["build", "--as-of", "tomorrow"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("write it as YYYY-MM-DD"));
    let empty = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::cargo_bin("followthrough")
        .unwrap()
        .current_dir(empty.path())
        .arg("build")
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(
        err.contains("content/site.yaml was not found") && err.contains("followthrough new"),
        "{err}"
    );
}

#[test]
fn a_large_site_pages_its_updates_and_gives_each_review_its_own_you_said_we_did_page() {
    let site = SiteTest::fixture("basic");
    for i in 100..260 {
        site.write(
            &format!("content/reviews/estates-2014/{i}.yaml"),
            &format!(
                "number: \"{i}\"\nrecommendation: Recommendation {i}.\nresponse: agreed\nresponsible: RT\nstatus: in-progress\nupdates:\n  - {{ date: 2014-04-{:02}, text: Update {i}. }}\n",
                1 + i % 28
            ),
        );
    }
    site.build("2014-06-01");
    // 4 updates of the fixture plus 160: two pages of 100.
    let first = site.main_text("updates/index.html");
    assert!(first.contains("Showing 1 to 100 of 164"), "{first}");
    assert!(first.contains("Older page 2 of 2"), "{first}");
    let second = site.main_text("updates/2/index.html");
    assert!(second.contains("Showing 101 to 164 of 164"), "{second}");
    assert!(second.contains("Newer page 1 of 2"), "{second}");
    assert!(
        second.contains("1 November 2013"),
        "the oldest update is on the last page: {second}"
    );
    // The site-wide page lists the reviews; each review's page has its pairs.
    let all = site.main_text("you-said-we-did/index.html");
    assert!(
        all.contains("Choose a review") && all.contains("Estates Review 2014 (162 recommendations"),
        "{all}"
    );
    assert!(!all.contains("Recommendation 150."), "{all}");
    let one = site.main_text("reviews/estates-2014/you-said-we-did/index.html");
    assert!(one.contains("You said Recommendation 150. We did"), "{one}");
}

#[test]
fn a_large_site_pages_its_dashboards_and_every_recommendation_is_on_one_page_of_each() {
    let site = SiteTest::fixture("basic");
    // 130 overdue (a deadline passed), 120 not updated since long before the as-of date: with
    // the fixture's own, 131 and 122.
    for i in 100..350 {
        let (deadline, updated) = if i < 230 {
            ("deadline: 2014-01-31\n", "2014-05-01")
        } else {
            ("", "2013-06-01")
        };
        site.write(
            &format!("content/reviews/estates-2014/{i}.yaml"),
            &format!(
                "number: \"{i}\"\nrecommendation: Recommendation {i}.\nresponse: agreed\nresponsible: RT\nstatus: in-progress\n{deadline}updates:\n  - {{ date: {updated}, text: Update {i}. }}\n"
            ),
        );
    }
    site.build("2014-06-01");
    let on = |page: &str, i: usize| {
        site.page(page)
            .contains(&format!("estates-2014/{i}/index.html"))
    };
    // /status/in-progress/: every one of them once, a hundred to a page.
    let status: Vec<String> = [
        "status/in-progress/index.html",
        "status/in-progress/2/index.html",
        "status/in-progress/3/index.html",
    ]
    .map(String::from)
    .to_vec();
    for i in 100..350 {
        let n = status.iter().filter(|p| on(p, i)).count();
        assert_eq!(
            n, 1,
            "recommendation {i} is on {n} pages of /status/in-progress/"
        );
    }
    let first = site.main_text("status/in-progress/index.html");
    assert!(first.contains("Showing 1 to 100 of"), "{first}");
    assert!(first.contains("Next page 2 of 3"), "{first}");
    let last = site.main_text("status/in-progress/3/index.html");
    assert!(
        last.contains("Previous page 2 of 3") && !last.contains("Next page"),
        "{last}"
    );
    assert!(
        site.page("status/in-progress/2/index.html")
            .contains("<title>In progress: recommendations by status, page 2 of 3")
    );
    // /overdue/: the overdue first, then those not updated, each under its heading with its total.
    let overdue = [
        "overdue/index.html",
        "overdue/2/index.html",
        "overdue/3/index.html",
    ];
    for i in 100..350 {
        let n = overdue.iter().filter(|p| on(p, i)).count();
        assert_eq!(n, 1, "recommendation {i} is on {n} pages of /overdue/");
    }
    let page2 = site.main_text("overdue/2/index.html");
    assert!(
        page2.contains("Overdue (131)") && page2.contains("Not updated (122)"),
        "{page2}"
    );
    let page3 = site.main_text("overdue/3/index.html");
    assert!(
        !page3.contains("Overdue (") && page3.contains("Not updated (122)"),
        "{page3}"
    );
    // The home page's "not updated" figure goes to the page where that list begins.
    assert!(
        site.page("index.html")
            .contains("href=\"overdue/2/index.html#not-updated\"")
    );
}

#[test]
fn a_party_answerable_for_many_recommendations_has_its_page_in_pages_in_every_language() {
    let site = SiteTest::fixture("basic");
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &format!("{yaml}languages: [en, cy]\n"));
    // 150 recommendations for the Repairs Board, which owns no action: pages of 100 and 50.
    for i in 100..250 {
        site.write(
            &format!("content/reviews/estates-2014/{i}.yaml"),
            &format!(
                "number: \"{i}\"\nrecommendation: Recommendation {i}.\nresponse: agreed\nresponsible: Repairs Board\nstatus: in-progress\nupdates:\n  - {{ date: 2014-05-01, text: Update {i}. }}\n"
            ),
        );
    }
    site.build("2014-06-01");
    let (first, second) = (
        "responsible/repairs-board/index.html",
        "responsible/repairs-board/2/index.html",
    );
    let listed = |page: &str| -> Vec<usize> {
        let html = site.page(page);
        let main = main_of(&html);
        (100..250)
            .filter(|i| main.contains(&format!("estates-2014/{i}/index.html")))
            .collect()
    };
    let (on_first, on_second) = (listed(first), listed(second));
    assert_eq!(on_first.len(), 100, "{on_first:?}");
    assert_eq!(on_second.len(), 50, "{on_second:?}");
    assert!(on_first.iter().all(|i| !on_second.contains(i)));
    let text = site.main_text(first);
    assert!(text.contains("Showing 1 to 100 of 150"), "{text}");
    assert!(text.contains("Recommendations (150)"), "{text}");
    assert!(text.contains("Next page 2 of 2"), "{text}");
    assert!(
        site.page(first)
            .contains("href=\"../../responsible/repairs-board/2/index.html\" rel=\"next\"")
    );
    let text = site.main_text(second);
    assert!(text.contains("Showing 101 to 150 of 150"), "{text}");
    assert!(
        text.contains("Previous page 1 of 2") && !text.contains("Next page"),
        "{text}"
    );
    let page2 = site.page(second);
    assert!(page2.contains("href=\"../../../responsible/repairs-board/index.html\" rel=\"prev\""));
    assert!(
        page2.contains("<title>Repairs Board: responsibilities, page 2 of 2"),
        "{page2}"
    );
    assert!(page2.contains(
        "<link rel=\"canonical\" href=\"https://example.org/scrutiny/responsible/repairs-board/2/\">"
    ));
    // The Welsh pages, at the same paths under cy/.
    let cy = site.page(&format!("cy/{second}"));
    assert!(cy.contains("tudalen 2 o 2"), "{cy}");
    assert!(cy.contains("Blaenorol"), "{cy}");
    assert_eq!(listed(&format!("cy/{second}")), on_second);
    let sitemap = site.page("sitemap.xml");
    for page in [
        "responsible/repairs-board/2/",
        "cy/responsible/repairs-board/2/",
    ] {
        assert!(
            sitemap.contains(&format!("https://example.org/scrutiny/{page}<")),
            "{page} is not in the sitemap"
        );
    }
    // Elsewhere the party's name links to its first page.
    assert!(
        site.page("reviews/estates-2014/120/index.html")
            .contains("../../../responsible/repairs-board/index.html")
    );
    assert!(
        site.page("responsible/index.html")
            .contains("href=\"../responsible/repairs-board/index.html\"")
    );
}

#[test]
fn a_recommendation_cannot_take_the_address_of_a_page_of_its_review() {
    let site = SiteTest::fixture("basic");
    site.write(
        "content/reviews/estates-2014/x.yaml",
        "number: \"data\"\nrecommendation: x\nresponse: agreed\nresponsible: RT\nstatus: in-progress\n",
    );
    let out = site
        .cmd(&["check"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&out).contains(
        "`data` cannot be a recommendation number: the review's page `data` is already there"
    ));
}

/// A web host shows 404.html at whatever address was missing, however deep: its links and its
/// stylesheet must work from there, so they start from the path of base_url.
#[test]
fn the_404_page_links_from_the_path_of_base_url() {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    let page = site.page("404.html");
    assert!(
        page.contains(r#"<link rel="stylesheet" href="/scrutiny/style.css">"#),
        "{page}"
    );
    assert!(page.contains(r#"href="/scrutiny/index.html""#), "{page}");
    assert!(!page.contains(r#"href="style.css""#), "{page}");

    // Without a base_url the address is unknown, and the page links relatively, from the root.
    let cfg = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    let without: String = cfg
        .lines()
        .filter(|l| !l.starts_with("base_url:"))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("content/site.yaml", &without);
    site.build("2014-06-01");
    let page = site.page("404.html");
    assert!(
        page.contains(r#"<link rel="stylesheet" href="style.css">"#),
        "{page}"
    );
}

/// The breadcrumbs of a page, as (text, href) pairs.
fn crumbs(html: &str) -> Vec<(String, String)> {
    let Some(start) = html.find("<nav class=\"breadcrumbs\"") else {
        return Vec::new();
    };
    let nav = &html[start..start + html[start..].find("</nav>").unwrap()];
    nav.split("<a href=\"")
        .skip(1)
        .map(|a| {
            let (href, rest) = a.split_once('"').unwrap();
            let text = rest[1..rest.find("</a>").unwrap()].to_string();
            (text, href.to_string())
        })
        .collect()
}

#[test]
fn breadcrumbs_lead_from_the_home_page_down_to_the_page_above() {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    let pair = |t: &str, h: &str| (t.to_string(), h.to_string());
    assert_eq!(
        crumbs(&site.page("reviews/housing-2013/1/index.html")),
        [
            pair("Home", "../../../index.html"),
            pair("Reviews", "../../../reviews/index.html"),
            pair(
                "Housing Review 2013",
                "../../../reviews/housing-2013/index.html"
            ),
        ]
    );
    assert_eq!(
        crumbs(&site.page("status/done/index.html")),
        [
            pair("Home", "../../index.html"),
            pair("By status", "../../status/index.html"),
        ]
    );
    assert_eq!(
        crumbs(&site.page("reviews/housing-2013/you-said-we-did/index.html")),
        [
            pair("Home", "../../../index.html"),
            pair("You said, we did", "../../../you-said-we-did/index.html"),
        ]
    );
    assert!(
        crumbs(&site.page("index.html")).is_empty(),
        "none on the home page"
    );
}
