//! A build with nothing changed since the last one into the same folder does nothing, quickly,
//! and says the same warnings; anything changed since, in the content, the theme, the settings or
//! the output folder itself, is built as if there had been no earlier build.

mod common;
use common::*;
use followthrough::pipeline::{self, Options};
use followthrough::render::Silent;

fn options(site: &SiteTest, as_of: &str) -> Options {
    Options {
        root: site.root().to_path_buf(),
        output: site.path("output"),
        as_of: as_of.parse().unwrap(),
        base_url: None,
        adopt: false,
    }
}

/// Builds through the library (the same pipeline as the binary), returning whether the build
/// found the output up to date.
fn up_to_date(site: &SiteTest, as_of: &str) -> bool {
    match pipeline::build(&options(site, as_of), &Silent).unwrap() {
        Ok(w) => w.up_to_date,
        Err(f) => panic!("{:?}", f.diagnostics),
    }
}

#[test]
fn a_second_build_with_nothing_changed_is_up_to_date_and_writes_nothing() {
    let site = SiteTest::fixture("basic");
    assert!(!up_to_date(&site, "2014-09-01"), "the first build builds");
    let first = site.output_files();
    assert!(
        up_to_date(&site, "2014-09-01"),
        "the second has nothing to do"
    );
    assert!(up_to_date(&site, "2014-09-01"));
    assert!(
        first == site.output_files(),
        "the output is as the first left it"
    );
}

#[test]
fn the_warnings_of_an_up_to_date_build_are_the_last_builds_with_their_lines() {
    let site = SiteTest::example();
    let run = || {
        let out = site
            .cmd(&["build", "--as-of", "2025-06-01"])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stderr).unwrap()
    };
    let first = run();
    assert!(
        first.contains("warning") && first.contains(" --> content/"),
        "the example site has warnings, each naming its file: {first}"
    );
    let second = run();
    assert_eq!(first, second, "the same warnings, quoted the same way");
}

#[test]
fn an_edited_recommendation_is_built_after_an_up_to_date_build() {
    let site = SiteTest::fixture("basic");
    up_to_date(&site, "2014-09-01");
    assert!(up_to_date(&site, "2014-09-01"));
    let rel = "content/reviews/housing-2013/03.yaml";
    let text = std::fs::read_to_string(site.path(rel)).unwrap();
    site.write(
        rel,
        &text.replace("title: Void inspections", "title: Resurfaced voids"),
    );
    assert!(!up_to_date(&site, "2014-09-01"), "an edit is built");
    assert!(
        site.main_text("reviews/housing-2013/3/index.html")
            .contains("Resurfaced"),
        "{}",
        site.main_text("reviews/housing-2013/3/index.html")
    );
}

#[test]
fn a_page_edited_or_deleted_by_hand_in_the_output_is_put_back() {
    let site = SiteTest::fixture("basic");
    up_to_date(&site, "2014-09-01");
    let built = site.page("index.html");
    // The same size, so only the file's times tell the edit.
    let page = site.path("output/index.html");
    std::fs::write(
        &page,
        built.replacen("<h1", "<h2", 1).replacen("</h1", "</h2", 1),
    )
    .unwrap();
    assert!(!up_to_date(&site, "2014-09-01"), "an edited page is seen");
    assert_eq!(site.page("index.html"), built, "and put back");
    std::fs::remove_file(site.path("output/glossary/index.html")).unwrap();
    assert!(!up_to_date(&site, "2014-09-01"), "a deleted page is seen");
    assert!(
        site.path("output/glossary/index.html").is_file(),
        "and put back"
    );
    assert!(up_to_date(&site, "2014-09-01"));
}

#[test]
fn another_as_of_date_or_base_url_is_another_site() {
    let site = SiteTest::fixture("basic");
    up_to_date(&site, "2014-09-01");
    assert!(!up_to_date(&site, "2014-03-01"), "another date");
    let mut other = options(&site, "2014-03-01");
    other.base_url = Some("https://scrutiny.example.org/".into());
    let w = pipeline::build(&other, &Silent).unwrap().ok().unwrap();
    assert!(!w.up_to_date, "another base address");
    assert!(
        site.page("sitemap.xml")
            .contains("https://scrutiny.example.org/")
    );
}

#[test]
fn a_new_theme_file_is_built_after_an_up_to_date_build() {
    let site = SiteTest::fixture("basic");
    up_to_date(&site, "2014-09-01");
    assert!(up_to_date(&site, "2014-09-01"));
    site.write("themes/default/static/extra.css", "p { margin: 0 }\n");
    assert!(!up_to_date(&site, "2014-09-01"));
    assert!(site.path("output/extra.css").is_file());
}

#[test]
fn content_with_errors_leaves_the_last_site_and_putting_it_right_needs_no_rebuild() {
    let site = SiteTest::fixture("basic");
    up_to_date(&site, "2014-09-01");
    let good = site.output_files();
    let rel = "content/reviews/housing-2013/03.yaml";
    let text = std::fs::read_to_string(site.path(rel)).unwrap();
    site.write(rel, &format!("{text}\nnot a field: [\n"));
    let failed = pipeline::build(&options(&site, "2014-09-01"), &Silent).unwrap();
    assert!(failed.is_err(), "the broken content is refused");
    assert!(
        good == site.output_files(),
        "the output is the last good site"
    );
    site.write(rel, &text);
    assert!(
        up_to_date(&site, "2014-09-01"),
        "the content is the last good site's again, and so is the output"
    );
}

#[test]
fn a_build_serve_or_import_writing_into_the_folder_takes_the_record_away_first() {
    let site = SiteTest::fixture("basic");
    up_to_date(&site, "2014-09-01");
    assert!(site.path("output/.followthrough-build").is_file());
    // Any write goes through the one commit, which removes the record before it changes a file.
    let mut files = std::collections::BTreeMap::new();
    files.insert("index.html".to_string(), b"changed".to_vec());
    followthrough::output::write_some(&site.path("output"), site.root(), &files, &[]).unwrap();
    assert!(!site.path("output/.followthrough-build").exists());
    assert!(!up_to_date(&site, "2014-09-01"));
    assert_ne!(site.page("index.html"), "changed");
}
