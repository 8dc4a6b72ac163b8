//! A theme's `static/` files are copied into the site as they are, but never over a file the site
//! makes itself: a page, the open data, a feed or the sitemap. `check` and `build` refuse such a
//! theme naming both files, and `build` leaves the last site in output/ as it was.

mod common;
use common::*;

/// The basic site with `theme: council`, built once, then given the theme static file `rel`.
fn built_then_themed(rel: &str, text: &str) -> SiteTest {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &format!("{yaml}theme: council\n"));
    site.write("themes/council/static/robots.txt", "User-agent: *\n");
    site.write(rel, text);
    site
}

/// Runs `args`, expecting exit code 2; returns standard error.
fn refused(site: &SiteTest, args: &[&str]) -> String {
    let out = site.cmd(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{args:?}:\n{stderr}");
    stderr
}

fn assert_refused_untouched(site: &SiteTest, theme_file: &str, replaced: &[&str]) {
    let before = site.output_files();
    for args in [
        &["check", "--as-of", "2014-06-01"][..],
        &["build", "--as-of", "2014-06-01"][..],
    ] {
        let err = refused(site, args);
        assert!(err.contains(theme_file), "names the theme file:\n{err}");
        for r in replaced {
            assert!(err.contains(r), "names what it would replace ({r}):\n{err}");
        }
        assert!(err.contains("rename or remove"), "says what to do:\n{err}");
    }
    assert!(
        site.output_files() == before,
        "output/ is exactly as the last good build left it"
    );
    assert!(!site.path("output/robots.txt").exists(), "nothing written");
}

#[test]
fn a_theme_static_index_html_does_not_replace_the_home_page() {
    let site = built_then_themed("themes/council/static/index.html", "<p>theme</p>");
    assert_refused_untouched(
        &site,
        "themes/council/static/index.html",
        &["the home page /", "index.html in the output"],
    );
    assert!(site.page("index.html").contains("Test scrutiny site"));
}

#[test]
fn a_theme_static_data_file_does_not_replace_the_open_data() {
    let site = built_then_themed("themes/council/static/data/recommendations.json", "[]");
    assert_refused_untouched(
        &site,
        "themes/council/static/data/recommendations.json",
        &["the open data file /data/recommendations.json"],
    );
    assert_ne!(site.page("data/recommendations.json"), "[]");
}

#[test]
fn a_theme_static_file_differing_in_case_does_not_replace_a_page() {
    // On Windows and macOS `Index.HTML` is the home page's file: refused on every computer.
    let site = built_then_themed("themes/council/static/Index.HTML", "<p>theme</p>");
    assert_refused_untouched(
        &site,
        "themes/council/static/Index.HTML",
        &["the home page /", "letter case"],
    );
}

#[test]
fn a_theme_static_file_in_place_of_a_page_folder_or_the_sitemap_is_refused_listing_each() {
    let site = built_then_themed("themes/council/static/sitemap.xml", "<urlset/>");
    site.write("themes/council/static/reviews", "not a folder");
    let err = refused(&site, &["check", "--as-of", "2014-06-01"]);
    assert!(err.contains("2 files of the theme"), "{err}");
    assert!(
        err.contains("themes/council/static/sitemap.xml would replace the sitemap /sitemap.xml"),
        "{err}"
    );
    assert!(
        err.contains("themes/council/static/reviews would replace the folder that the page"),
        "{err}"
    );
}

#[test]
fn a_theme_static_file_beside_the_pages_is_still_published() {
    let site = built_then_themed("themes/council/static/data/licence.txt", "OGL");
    site.build("2014-06-01");
    assert_eq!(site.page("data/licence.txt"), "OGL");
    assert!(site.page("data/index.html").contains("<main"));
}
