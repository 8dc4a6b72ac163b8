//! Flags are untrusted too: a huge `--jobs`, a base address that is not one, a date that cannot
//! be. Each case runs the real binary on a copy of the example site and asserts what the officer
//! sees: one usage error (exit 2) naming the flag, or one located error in site.yaml (exit 1),
//! and nothing written.

mod common;
use common::*;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn huge_jobs_is_capped_with_a_note_instead_of_starting_100000_threads() {
    let site = SiteTest::example();
    let out = site
        .cmd(&["build", "--as-of", "2014-08-31", "--jobs", "100000"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("note: --jobs 100000 is more threads than this computer can use; using"),
        "{err}"
    );
    assert!(site.path("output/index.html").is_file());
}

#[test]
fn jobs_zero_is_a_usage_error() {
    let site = SiteTest::example();
    let out = site.cmd(&["check", "--jobs", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--jobs must be at least 1"));
}

#[test]
fn output_is_the_same_whatever_jobs_was_asked_for_beyond_the_cap() {
    let a = SiteTest::example();
    let b = SiteTest::example();
    a.cmd(&["build", "--as-of", "2014-08-31", "--jobs", "1"])
        .assert()
        .success();
    b.cmd(&["build", "--as-of", "2014-08-31", "--jobs", "1000000"])
        .assert()
        .success();
    assert!(
        a.output_files() == b.output_files(),
        "pages differ with --jobs"
    );
}

#[test]
fn javascript_base_url_is_one_usage_error_not_67_broken_links_blamed_on_the_theme() {
    let site = SiteTest::example();
    let out = site
        .cmd(&[
            "build",
            "--as-of",
            "2014-08-31",
            "--base-url",
            "javascript:alert(1)",
        ])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("--base-url `javascript:alert(1)` cannot be the site's address"),
        "{err}"
    );
    assert!(err.contains("https://"), "{err}");
    assert!(
        !err.contains("broken link") && !err.contains("theme"),
        "{err}"
    );
    assert_eq!(err.matches("error").count(), 1, "{err}");
    assert!(!site.path("output").exists());
}

#[test]
fn base_url_holding_markup_is_a_usage_error_naming_the_character() {
    let site = SiteTest::example();
    let out = site
        .cmd(&[
            "check",
            "--base-url",
            "https://x.gov.uk/\"><script>alert(1)</script>",
        ])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("it holds `\"`"), "{err}");
}

#[test]
fn base_url_without_a_host_is_refused_and_a_good_one_is_used() {
    let site = SiteTest::example();
    let out = site
        .cmd(&["check", "--base-url", "www.example.gov.uk"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not a full web address with a host name"));
    site.cmd(&[
        "build",
        "--as-of",
        "2014-08-31",
        "--base-url",
        "https://council.example/scrutiny",
    ])
    .assert()
    .success();
    assert!(
        site.page("sitemap.xml")
            .contains("https://council.example/scrutiny/")
    );
}

#[test]
fn base_url_in_site_yaml_holding_markup_is_a_located_error_in_site_yaml() {
    let site = SiteTest::example();
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    let line = yaml
        .lines()
        .position(|l| l.starts_with("base_url:"))
        .unwrap()
        + 1;
    site.write(
        "content/site.yaml",
        &yaml.replace(
            "base_url: https://www.example.gov.uk/scrutiny/",
            "base_url: \"https://x.gov.uk/<img src=x onerror=alert(1)>\"",
        ),
    );
    let out = site
        .cmd(&["build", "--as-of", "2014-08-31"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(&format!("content/site.yaml:{line}:")), "{err}");
    assert!(
        err.contains("cannot be the site's address: it holds `<`"),
        "{err}"
    );
    // No error about the theme follows from it (the example's untranslated texts are warnings).
    assert!(
        err.lines()
            .filter(|l| l.starts_with("error"))
            .all(|l| !l.contains("theme")),
        "{err}"
    );
    assert!(!site.path("output").exists());
}

#[test]
fn as_of_minus_0001_is_refused() {
    let site = SiteTest::example();
    for bad in ["-0001-01-01", "+10000-01-01", "0001-01-01", "2400-01-01"] {
        let flag = format!("--as-of={bad}");
        let out = site.cmd(&["check", &flag]).output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{bad}: {err}");
        assert!(err.contains("--as-of"), "{bad}: {err}");
    }
}

#[test]
fn source_date_epoch_far_outside_sane_dates_is_refused() {
    let site = SiteTest::example();
    let out = site
        .cmd(&["check"])
        .env("SOURCE_DATE_EPOCH", "-99999999999")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("SOURCE_DATE_EPOCH"), "{err}");
}

#[test]
fn a_reader_that_stops_reading_ends_the_command_quietly_not_with_a_panic() {
    // `followthrough check | head -0`: the pipe is closed before the report is printed.
    let site = SiteTest::example();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("followthrough"))
        .current_dir(site.root())
        .args(["check", "--as-of", "2026-12-02"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(141), "{stderr}");
}
