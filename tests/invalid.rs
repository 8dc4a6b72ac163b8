//! Bad input: every class of mistake an officer can make gets its own clear message, located at
//! `path:line:col`, from `check` and `build` alike; nothing is written and nothing crashes.
//! The expected text of each case is kept beside it: tests/fixtures/invalid/<case>/expected.snap.

mod common;
use common::*;

/// (case, exit code, where the first problem is, words the message must hold)
const CASES: &[(&str, i32, &str, &str)] = &[
    (
        "yaml-syntax",
        1,
        "content/reviews/r/1.yaml:4:14",
        "this is not valid YAML",
    ),
    (
        "wrong-type",
        1,
        "content/reviews/r/1.yaml:5:11",
        "`deadline` has the wrong type: expected a date such as 2014-04-30",
    ),
    (
        "unknown-field",
        1,
        "content/reviews/r/1.yaml:6:1",
        "did you mean `deadline`?",
    ),
    (
        "missing-field",
        1,
        "content/reviews/r/1.yaml:",
        "required field `status` is missing",
    ),
    (
        "unknown-status",
        1,
        "content/reviews/r/1.yaml:6:9",
        "did you mean `complete`? The statuses are: not-started, in-progress, complete",
    ),
    (
        "unknown-response",
        1,
        "content/reviews/r/1.yaml:3:11",
        "did you mean `agreed`? The responses are: agreed, partially-agreed, not-agreed, noted, awaiting",
    ),
    (
        "impossible-date",
        1,
        "content/reviews/r/1.yaml:5:11",
        "`2014-02-31` is not a real date: February 2014 has 28 days",
    ),
    (
        "unreadable-date",
        1,
        "content/reviews/r/1.yaml:5:11",
        "`soon` is not a date",
    ),
    (
        "duplicate-number",
        1,
        "content/reviews/r/1.yaml:1:9",
        "recommendation number `1` is used twice in this review: here and in content/reviews/r/1-again.yaml",
    ),
    (
        "unknown-update-status",
        1,
        "content/reviews/r/1.yaml:9:13",
        "unknown status `finished`",
    ),
    (
        "empty-file",
        1,
        "content/reviews/r/1.yaml:1:1",
        "this file is empty",
    ),
    (
        "unclosed-front-matter",
        1,
        "content/reviews/r/index.md:1:1",
        "the front matter is not closed",
    ),
    (
        "not-utf8",
        1,
        "content/reviews/r/1.yaml:2:26",
        "not UTF-8 text: the byte at offset 37 (line 2) is 0x92",
    ),
    (
        "glossary-not-text",
        1,
        "content/glossary.yaml:3:3",
        "`PS` has the wrong type: expected text",
    ),
    (
        "alias-bomb",
        1,
        "content/reviews/r/1.yaml:6:8",
        "`responsible` has the wrong type",
    ),
    (
        "alias-flood",
        1,
        "content/reviews/r/1.yaml:5:",
        "uses YAML aliases (`*name`) too heavily",
    ),
    (
        "unsafe-number",
        1,
        "content/reviews/r/1.yaml:1:9",
        "`../../etc` cannot be a recommendation number",
    ),
    (
        "unsafe-link",
        1,
        "content/reviews/r/1.yaml:8:26",
        "`javascript:alert(1)` cannot be used as a link",
    ),
    (
        "bad-site-status-category",
        1,
        "content/site.yaml:5:42",
        "unknown status category `finished`",
    ),
    (
        "broken-link",
        1,
        "content/pages/about.md:4:19",
        "the link `../../reveiws/index.html` on page pages/about/index.html is broken",
    ),
    (
        "several-problems",
        1,
        "content/reviews/r/2.yaml:7:1",
        "did you mean `response`?",
    ),
    (
        "dangling-reference",
        1,
        "content/indicators/repairs.yaml:7:24",
        "the recommendation `r/9` does not exist",
    ),
    (
        "unknown-stage",
        1,
        "content/reviews/r/index.md:4:8",
        "did you mean `monitoring`? The stages, in order, are: proposed, scoping, evidence",
    ),
    (
        "stages-backwards",
        1,
        "content/reviews/r/index.md:6:30",
        "the stage history goes backwards in time: `evidence` begins on 2014-03-01, before `scoping` above it (2014-05-10)",
    ),
    (
        "impact-rating-misspelt",
        1,
        "content/reviews/r/index.md:8:11",
        "did you mean `significant`? The ratings are: significant, some, little, none, too-early",
    ),
    (
        "impact-assessed-without-impact",
        1,
        "content/reviews/r/index.md:4:8",
        "the review is `impact-assessed`, but it has no `impact:`",
    ),
    (
        "withdrawn-without-reason",
        1,
        "content/reviews/r/index.md:6:14",
        "this withdrawal does not say why the review was withdrawn",
    ),
    (
        "published-missing-for-stage",
        1,
        "content/reviews/r/index.md:3:8",
        "which comes after its report, but it has no `published:` date",
    ),
    (
        "missing-site-yaml",
        2,
        "",
        "content/site.yaml was not found",
    ),
];

fn stderr_of(site: &SiteTest, args: &[&str], code: i32) -> String {
    let out = site.cmd(args).assert().code(code).get_output().clone();
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn every_class_of_bad_input_has_a_located_message_and_check_and_build_agree() {
    let mut seen = std::collections::BTreeSet::new();
    for &(case, code, location, words) in CASES {
        seen.insert(case);
        let site = SiteTest::invalid(case);
        let check = stderr_of(&site, &["check"], code);
        assert!(
            check.contains(location),
            "{case}: expected location {location} in:\n{check}"
        );
        assert!(
            check.contains(words),
            "{case}: expected `{words}` in:\n{check}"
        );
        assert!(
            check.contains("help:") || code == 2,
            "{case}: every problem says how to fix it:\n{check}"
        );
        let build = stderr_of(&site, &["build"], code);
        let problems = |s: &str| {
            s.lines()
                .filter(|l| {
                    !l.starts_with("error: the site was not built")
                        && !l.starts_with("error: found")
                })
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            problems(&check),
            problems(&build),
            "{case}: check and build report the same problems"
        );
        assert!(
            !site.path("output").exists(),
            "{case}: a failed build writes nothing"
        );
        insta::with_settings!({ snapshot_path => repo().join("tests/fixtures/invalid").join(case), prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!("expected", check);
        });
    }
    // Every fixture folder is in the table, so none is forgotten.
    for entry in std::fs::read_dir(repo().join("tests/fixtures/invalid")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            seen.contains(name.as_str()),
            "fixture {name} is not in CASES"
        );
    }
}

#[test]
fn several_problems_are_all_reported_in_one_run() {
    let site = SiteTest::invalid("several-problems");
    let err = stderr_of(&site, &["check"], 1);
    assert!(err.contains("unknown status `compelte`"));
    assert!(err.contains("there is no month 13"));
    assert!(err.contains("unknown field `respons`"));
    assert!(err.contains("found 3 errors"), "{err}");
}

#[test]
fn check_json_gives_one_object_per_problem_with_the_same_facts() {
    let site = SiteTest::invalid("several-problems");
    let out = site
        .cmd(&["check", "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 3);
    let status = items
        .iter()
        .find(|d| d["message"] == "unknown status `compelte`")
        .expect("status problem");
    assert_eq!(status["severity"], "error");
    assert_eq!(status["path"], "content/reviews/r/1.yaml");
    assert_eq!(status["line"], 6);
    assert_eq!(status["column"], 9);
    assert_eq!(status["found"], "compelte");
    assert!(
        status["hint"]
            .as_str()
            .unwrap()
            .starts_with("did you mean `complete`?")
    );
}

#[test]
fn warnings_are_printed_but_do_not_fail_check_or_build() {
    let site = SiteTest::fixture("basic");
    let out = site
        .cmd(&["check", "--as-of", "2014-06-01"])
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("warning: recommendation 2 is marked \"Complete\" but nothing records what was done or why"), "{err}");
    assert!(
        err.contains("content/reviews/estates-2014/2.yaml:7:1"),
        "{err}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 warning: 7 recommendations"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_failed_build_leaves_the_previous_output_exactly_as_it_was() {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    let before = site.output_files();
    let good = std::fs::read_to_string(site.path("content/reviews/housing-2013/01.yaml")).unwrap();
    site.write(
        "content/reviews/housing-2013/01.yaml",
        &good
            .replace("status: complete", "status: compelte")
            .replace("The HO should", "CHANGED"),
    );
    site.write("content/reviews/housing-2013/99.yaml", "number: \"99\"\n");
    site.cmd(&["build", "--as-of", "2014-06-01"])
        .assert()
        .code(1);
    assert!(
        before == site.output_files(),
        "output/ changed after a failed build"
    );
}

#[test]
fn a_byte_order_mark_and_windows_line_endings_are_accepted() {
    let site = SiteTest::fixture("basic");
    let text = std::fs::read_to_string(site.path("content/reviews/housing-2013/02.yaml")).unwrap();
    let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    site.write("content/reviews/housing-2013/02.yaml", &windows);
    let idx = std::fs::read_to_string(site.path("content/reviews/housing-2013/index.md")).unwrap();
    site.write(
        "content/reviews/housing-2013/index.md",
        &format!("\u{feff}{}", idx.replace('\n', "\r\n")),
    );
    site.build("2014-06-01");
    let text = site.main_text("reviews/housing-2013/2/index.html");
    assert!(
        text.contains("Emergency repairs should be done within 24 hours."),
        "{text}"
    );
    assert!(
        site.main_text("reviews/housing-2013/index.html")
            .contains("housing allocations")
    );
}

#[cfg(unix)]
#[test]
fn symlinks_that_lead_outside_the_site_are_refused() {
    let site = SiteTest::fixture("basic");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.yaml"), "number: \"5\"\nrecommendation: secret\nresponse: agreed\nresponsible: X\nstatus: complete\n").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.yaml"),
        site.path("content/reviews/housing-2013/05.yaml"),
    )
    .unwrap();
    let err = stderr_of(&site, &["check"], 1);
    assert!(
        err.contains("content/reviews/housing-2013/05.yaml"),
        "{err}"
    );
    assert!(
        err.contains("outside the site folder, so it is not read"),
        "{err}"
    );
    // A link inside the site is fine.
    std::fs::remove_file(site.path("content/reviews/housing-2013/05.yaml")).unwrap();
    std::os::unix::fs::symlink(
        site.path("content/reviews/housing-2013/03.yaml"),
        site.path("content/reviews/estates-2014/3.yaml"),
    )
    .unwrap();
    site.cmd(&["check"]).assert().success();
}

#[test]
fn a_very_large_text_builds() {
    let site = SiteTest::fixture("basic");
    let paragraph =
        "The committee heard evidence from residents about repairs and allocations. ".repeat(40);
    let big: String = (0..400)
        .map(|i| format!("Paragraph {i}. {paragraph}\n\n"))
        .collect();
    assert!(big.len() > 1_000_000);
    let indented: String = big.lines().map(|l| format!("  {l}\n")).collect();
    site.write(
        "content/reviews/housing-2013/50.yaml",
        &format!("number: \"50\"\nrecommendation: |\n{indented}response: agreed\nresponsible: HO\nstatus: in-progress\n"),
    );
    site.build("2014-06-01");
    assert!(site.page("reviews/housing-2013/50/index.html").len() > 1_000_000);
}

/// Tags and attributes that would run script, pull in another page or restyle the page.
fn active_markup(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let mut found = Vec::new();
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let name = el.value().name();
        // The theme's own script file and the search page's JSON data are the only scripts allowed;
        // the data may hold no `<` at all, so nothing in it can close the element.
        let own_script = name == "script"
            && (el.value().attr("type") == Some("application/json")
                && !el.inner_html().contains('<')
                || el
                    .value()
                    .attr("src")
                    .is_some_and(|s| !s.contains(':') && s.ends_with(".js"))
                    && el.inner_html().trim().is_empty());
        // An embed's CSS is inline, in its <head>, which no content reaches (the page's
        // description there is an escaped attribute); a <style> anywhere else is not the theme's.
        let own_style = name == "style"
            && el
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.value().name() == "head");
        let own_form = name == "form"
            && el.value().attr("action").is_some_and(|a| !a.contains(':'))
            && el.value().attr("method") == Some("get");
        if matches!(
            name,
            "script" | "iframe" | "object" | "embed" | "base" | "form" | "frame" | "style"
        ) && !own_script
            && !own_style
            && !own_form
        {
            found.push(format!("<{name}>"));
        }
        if name == "meta" && el.value().attr("http-equiv").is_some() {
            found.push("<meta http-equiv>".into());
        }
        for (attr, value) in el.value().attrs() {
            if attr.starts_with("on") {
                found.push(format!("<{name} {attr}>"));
            }
            let v: String = value
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_lowercase();
            if matches!(
                attr,
                "href" | "src" | "action" | "data" | "formaction" | "style"
            ) && (v.starts_with("javascript:") || v.contains("javascript:"))
            {
                found.push(format!("<{name} {attr}={value}>"));
            }
            if attr == "src" && v.contains("://") {
                found.push(format!("<{name} src> from another host"));
            }
        }
    }
    found
}

#[test]
fn script_in_content_never_reaches_a_page() {
    let site = SiteTest::fixture("xss");
    site.build("2015-01-01");
    let files = site.output_files();
    let mut pages = 0;
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        assert_eq!(active_markup(&html), Vec::<String>::new(), "{path}");
        pages += 1;
    }
    assert!(pages > 10);
    // The text is still there, shown as text.
    let rec = site.main_text("reviews/r/1/index.html");
    assert!(
        rec.contains("<script>alert(9)</script>"),
        "titles are escaped, not dropped: {rec}"
    );
    // And the scanner does find script when it is there.
    assert!(!active_markup("<p onclick=\"x()\">a</p><script>1</script>").is_empty());
}

/// The pages are staged as they are made; a problem found only then (a broken link) must still
/// leave output/ as it was, and no staging folder behind.
#[test]
fn a_build_that_fails_while_making_pages_leaves_the_previous_output_and_no_staging_folder() {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    let before = site.output_files();
    site.write(
        "content/pages/about.md",
        "---\ntitle: About\n---\nSee [this](../../nowhere/index.html).\n",
    );
    let out = site
        .cmd(&["build", "--as-of", "2014-06-01"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("the link `../../nowhere/index.html`"));
    assert!(
        before == site.output_files(),
        "output/ changed after a failed build"
    );
    assert!(
        !site.path(".output.followthrough-work").exists()
            && !site.path("output/.followthrough-work").exists(),
        "the staging folder is removed"
    );
}
