//! The theme's words come from its message files (`i18n/en.ftl`, `i18n/cy.ftl`). A site's theme
//! can replace one message and leave every other as it was; a template asking for a message
//! that is not there, or a message file that does not parse, stops the build naming the file
//! and the message; a site whose `language:` is Welsh gets its pages in Welsh.

mod common;
use common::*;

const AS_OF: &str = "2014-06-01";

fn with_theme(site: &SiteTest) {
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &format!("{yaml}theme: council\n"));
}

/// Runs `build`, expecting exit code 2; returns standard error.
fn refused(site: &SiteTest) -> String {
    let out = site.cmd(&["build", "--as-of", AS_OF]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    stderr
}

#[test]
fn a_theme_replaces_one_message_and_every_other_stays_as_it_was() {
    let plain = SiteTest::fixture("basic");
    plain.build(AS_OF);
    let before = plain.output_files();

    let themed = SiteTest::fixture("basic");
    with_theme(&themed);
    themed.write(
        "themes/council/i18n/en.ftl",
        "# Our own words for one message.\nskip-link = Jump to the content\n",
    );
    themed.build(AS_OF);
    let after = themed.output_files();

    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    let mut pages = 0;
    for (path, bytes) in &after {
        // The embeds sit inside another site's page and have no skip link of their own.
        if !path.ends_with(".html") || path.starts_with("embed/") {
            continue;
        }
        pages += 1;
        let text = String::from_utf8_lossy(bytes);
        assert!(
            text.contains(r##"<a class="skip-link" href="#main">Jump to the content</a>"##),
            "{path} shows the theme's message"
        );
        assert_eq!(
            text.replace("Jump to the content", "Skip to main content"),
            String::from_utf8_lossy(&before[path]),
            "{path}: nothing but that message changed"
        );
    }
    assert!(pages > 10, "every page was compared: {pages}");
}

#[test]
fn a_template_asking_for_a_message_that_is_not_there_names_the_template_and_the_message() {
    let site = SiteTest::fixture("basic");
    with_theme(&site);
    site.write(
        "themes/council/templates/glossary.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ t(id=\"glosary-heading\") }}</h1>{% endblock content %}",
    );
    let err = refused(&site);
    assert!(
        err.contains("themes/council/templates/glossary.html"),
        "names the template:\n{err}"
    );
    assert!(
        err.contains("`glosary-heading`"),
        "names the message:\n{err}"
    );
    assert!(
        err.contains("i18n/en.ftl"),
        "says where it should be:\n{err}"
    );
}

#[test]
fn a_message_asked_for_by_a_computed_id_that_is_not_there_is_an_error_not_a_blank() {
    let site = SiteTest::fixture("basic");
    with_theme(&site);
    site.write(
        "themes/council/templates/glossary.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ t(id=\"glossary-\" ~ \"title\") }}</h1>{% endblock content %}",
    );
    let out = site.cmd(&["build", "--as-of", AS_OF]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_ne!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("glossary.html"),
        "names the template:\n{stderr}"
    );
    assert!(
        stderr.contains("glossary-title"),
        "names the message:\n{stderr}"
    );
}

#[test]
fn a_broken_message_file_names_its_file_line_and_message() {
    let site = SiteTest::fixture("basic");
    with_theme(&site);
    site.write(
        "themes/council/i18n/cy.ftl",
        "skip-link = Neidio i'r cynnwys\n\nnav-home = { $oops\nnav-search = Chwilio\n",
    );
    let err = refused(&site);
    assert!(
        err.contains("themes/council/i18n/cy.ftl:3"),
        "names the file and line:\n{err}"
    );
    assert!(err.contains("`nav-home`"), "names the message:\n{err}");
}

#[test]
fn a_welsh_site_has_its_pages_in_welsh() {
    let site = SiteTest::fixture("basic");
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &format!("{yaml}language: cy\n"));
    site.build(AS_OF);
    let home = site.page("index.html");
    assert!(
        home.contains(r#"<html lang="cy">"#),
        "keeps the site's language tag"
    );
    assert!(
        home.contains("Neidio i&#39;r prif gynnwys") || home.contains("Neidio i'r prif gynnwys")
    );
    assert!(home.contains(">Chwilio</a>"), "the navigation is in Welsh");
    assert!(home.contains("Mehefin 2014"), "dates are in Welsh: {home}");
    assert!(!home.contains("Skip to main content"));
}
