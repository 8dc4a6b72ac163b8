//! Messages that misled: one real error buried under cascaded ones, or a wrong kind of problem
//! named. Each case runs the real binary on a copy of the example site with one file changed and
//! asserts the one message an officer should see, at its file, line and column.

mod common;
use common::*;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn empty_statuses_is_one_error_at_its_line_not_21_cascaded_ones() {
    let site = SiteTest::example();
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    let head = yaml.split("statuses:").next().unwrap();
    let line = head.lines().count() + 1;
    site.write("content/site.yaml", &format!("{head}statuses: {{}}\n"));
    let out = site
        .cmd(&["check", "--as-of", "2014-08-31"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("`statuses:` lists no usable status"), "{err}");
    assert!(err.contains(&format!("content/site.yaml:{line}:")), "{err}");
    assert!(!err.contains("unknown status"), "{err}");
    assert!(err.contains("found 1 error"), "{err}");
}

#[test]
fn a_bad_status_category_does_not_cascade_into_every_record_using_it() {
    let site = SiteTest::example();
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        &yaml.replace("category: in-progress", "category: in-progres"),
    );
    let out = site
        .cmd(&["check", "--as-of", "2014-08-31"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("unknown status category `in-progres`"),
        "{err}"
    );
    assert!(err.contains("did you mean `in-progress`?"), "{err}");
    assert!(!err.contains("unknown status `"), "{err}");
}

#[test]
fn a_yaml_file_that_is_a_list_is_called_a_list_not_a_wrong_type_inside_a_list() {
    let site = SiteTest::example();
    let rec = "content/reviews/tmo-scrutiny-2011/01.yaml";
    site.write(rec, "- number: 1\n- title: Repairs\n");
    let out = site
        .cmd(&["check", "--as-of", "2014-08-31"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error: this file is a list, but a record is a set of `field: value` lines"),
        "{err}"
    );
    assert!(err.contains(&format!("{rec}:1:1")), "{err}");
    assert!(!err.contains("inside the list"), "{err}");
}

#[test]
fn a_site_yaml_of_one_line_of_text_is_called_that() {
    let site = SiteTest::example();
    site.write("content/site.yaml", "TMO scrutiny\n");
    let out = site.cmd(&["check"]).output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("this file is a single value"), "{err}");
    assert!(err.contains("content/site.yaml:1:1"), "{err}");
}

#[test]
fn a_broken_link_in_an_update_or_in_raw_html_is_shown_at_its_line_by_build_as_by_check() {
    let site = SiteTest::example();
    let rec = "content/reviews/tmo-scrutiny-2011/02.yaml";
    let yaml = std::fs::read_to_string(site.path(rec)).unwrap();
    let yaml = yaml.replace(
        "pass onto employees.",
        "pass onto employees (see [the list](../../../unions/index.html)).",
    );
    site.write(rec, &yaml);
    let line = yaml
        .lines()
        .position(|l| l.contains("unions/index.html"))
        .unwrap()
        + 1;
    let column = yaml
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("../../../unions")
        .unwrap()
        + 1;
    site.write(
        "content/pages/links.md",
        "---\ntitle: Links\n---\n\nOur <a href=\"../nowhere/index.html\">report</a>.\n",
    );
    for command in ["check", "build"] {
        let out = site
            .cmd(&[command, "--as-of", "2014-08-31"])
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{command}: {err}");
        assert!(
            err.contains(&format!("--> {rec}:{line}:{column}")),
            "{command}: {err}"
        );
        assert!(
            err.contains("--> content/pages/links.md:5:14"),
            "{command}: {err}"
        );
        assert_eq!(
            err.matches("this link leads nowhere").count(),
            2,
            "{command}: both links underlined: {err}"
        );
    }
    assert!(
        !site.path("output").exists(),
        "a failed build writes nothing"
    );
}
