//! Welsh and English from one set of files, as `check` tells an officer about it: the site's
//! languages, a text per language, a Markdown document's translation beside it, and what is still
//! untranslated (a warning, or an error with `translations: required`). Each case runs the real
//! binary on a copy of the example site, which is in English and Welsh.

mod common;
use common::*;

const ALMO: &str = "content/reviews/almo-support-framework-2005";

fn check(site: &SiteTest) -> (Option<i32>, String, String) {
    let out = site
        .cmd(&["check", "--as-of", "2014-08-31"])
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn read(site: &SiteTest, rel: &str) -> String {
    std::fs::read_to_string(site.path(rel)).unwrap()
}

/// Line and column (1-based) of the first `needle` in `text`.
fn at(text: &str, needle: &str) -> (usize, usize) {
    let i = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in {text}"));
    let line = text[..i].matches('\n').count() + 1;
    let col = i - text[..i].rfind('\n').map_or(0, |n| n + 1) + 1;
    (line, col)
}

#[test]
fn the_bilingual_example_checks_with_warnings_only_for_what_is_untranslated() {
    let site = SiteTest::example();
    let (code, out, err) = check(&site);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("30 recommendations"), "{out}");
    // The ALMO review, the pages, the glossary, the indicators and site.yaml are all in Welsh.
    for translated in [
        "almo-support-framework-2005",
        "content/pages/",
        "content/glossary.yaml",
        "content/indicators/",
        "content/site.yaml",
    ] {
        assert!(!err.contains(translated), "{translated} reported: {err}");
    }
    // The Islington review is in English only: each of its files is named, with its texts.
    assert!(
        err.contains("content/reviews/tmo-scrutiny-2011/index.md:2:8"),
        "{err}"
    );
    assert!(
        err.contains("4 texts have no Welsh (cy) text: title (line 2), body (line 3), organisation (line 4), the text below the front matter (line 12)"),
        "{err}"
    );
    assert!(err.contains("`index.cy.md`"), "{err}");
    assert_eq!(
        err.matches("--> content/reviews/tmo-scrutiny-2011/")
            .count(),
        28,
        "{err}"
    );
}

#[test]
fn an_unknown_language_in_languages_is_an_error_at_it_with_the_code_to_use() {
    let site = SiteTest::example();
    let yaml = read(&site, "content/site.yaml");
    let yaml = yaml.replace("languages: [en, cy]", "languages: [en, cym]");
    site.write("content/site.yaml", &yaml);
    let (line, col) = at(&yaml, "cym]");
    let (code, _, err) = check(&site);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("`languages:` has `cym`, which is not a language code"),
        "{err}"
    );
    assert!(
        err.contains(&format!("content/site.yaml:{line}:{col}")),
        "{err}"
    );
    assert!(err.contains("did you mean `cy`?"), "{err}");
}

#[test]
fn a_language_listed_twice_is_an_error() {
    let site = SiteTest::example();
    let yaml =
        read(&site, "content/site.yaml").replace("languages: [en, cy]", "languages: [en, cy, cy]");
    site.write("content/site.yaml", &yaml);
    let (code, _, err) = check(&site);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("`languages:` lists Welsh (cy) twice"), "{err}");
}

#[test]
fn an_unknown_language_as_a_text_key_is_an_error_at_the_key_naming_the_field() {
    let site = SiteTest::example();
    let rel = format!("{ALMO}/2.yaml");
    let yaml = read(&site, &rel).replace("  cy: |", "  cyy: |");
    site.write(&rel, &yaml);
    let (line, col) = at(&yaml, "cyy:");
    let (code, _, err) = check(&site);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("error: `recommendation`: `cyy` is not a language code"),
        "{err}"
    );
    assert!(err.contains(&format!("{rel}:{line}:{col}")), "{err}");
    assert!(err.contains("did you mean `cy`?"), "{err}");
}

#[test]
fn a_text_in_a_language_the_site_does_not_have_is_an_error() {
    let site = SiteTest::example();
    let yaml = read(&site, "content/site.yaml").replace("languages: [en, cy]\n", "");
    site.write("content/site.yaml", &yaml);
    let (code, _, err) = check(&site);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("`title` has a text in Welsh (cy), but this site is in English (en) only"),
        "{err}"
    );
    assert!(
        err.contains("add `languages: [en, cy]` to content/site.yaml"),
        "{err}"
    );
}

#[test]
fn a_missing_welsh_title_is_a_warning_at_its_file_line_and_column() {
    let site = SiteTest::example();
    let rel = format!("{ALMO}/3.yaml");
    let yaml = read(&site, &rel).replace(
        "number: \"3\"\n",
        "number: \"3\"\ntitle: Willing to support others\n",
    );
    site.write(&rel, &yaml);
    let (line, col) = at(&yaml, "Willing");
    let (code, _, err) = check(&site);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains(&format!(
            "warning: title has no Welsh (cy) text\n --> {rel}:{line}:{col}"
        )),
        "{err}"
    );
    assert!(err.contains("`title: { en: ..., cy: ... }`"), "{err}");
}

#[test]
fn with_translations_required_a_missing_welsh_text_is_an_error() {
    let site = SiteTest::example();
    let yaml = read(&site, "content/site.yaml").replace(
        "languages: [en, cy]\n",
        "languages: [en, cy]\ntranslations: required\n",
    );
    site.write("content/site.yaml", &yaml);
    let rel = format!("{ALMO}/3.yaml");
    let rec = read(&site, &rel).replace(
        "number: \"3\"\n",
        "number: \"3\"\ntitle: Willing to support others\n",
    );
    site.write(&rel, &rec);
    let (line, col) = at(&rec, "Willing");
    let (code, _, err) = check(&site);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "error: title has no Welsh (cy) text\n --> {rel}:{line}:{col}"
        )),
        "{err}"
    );
    assert!(!err.contains("warning: title has no Welsh"), "{err}");
}

#[test]
fn a_pages_welsh_file_is_its_translation_not_a_page_of_its_own() {
    let site = SiteTest::example();
    site.build("2014-08-31");
    assert!(site.path("output/pages/about/index.html").exists());
    assert!(!site.path("output/pages/about.cy").exists());
    assert!(!site.path("output/pages/about-cy").exists());
    let (_, out_with, _) = check(&site);
    // Without it, the page's text and title are untranslated.
    std::fs::remove_file(site.path("content/pages/about.cy.md")).unwrap();
    let (code, out_without, err) = check(&site);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("3 texts have no Welsh (cy) text: title (line 2), description (line 3), the text below the front matter (line 5)"),
        "{err}"
    );
    assert!(err.contains("`about.cy.md`"), "{err}");
    // The same number of pages either way: the translation was never a page.
    let pages = |s: &str| {
        s.split(" pages checked")
            .next()
            .unwrap()
            .rsplit(' ')
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(pages(&out_with), pages(&out_without));
}

#[test]
fn a_reviews_welsh_file_is_its_summary_not_a_recommendation() {
    let site = SiteTest::example();
    let (code, out, err) = check(&site);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("30 recommendations"), "{out}");
    std::fs::remove_file(site.path(&format!("{ALMO}/index.cy.md"))).unwrap();
    let (_, out, err) = check(&site);
    assert!(out.contains("30 recommendations"), "{out}");
    assert!(
        err.contains("the text below the front matter has no Welsh (cy) text"),
        "{err}"
    );
    assert!(err.contains(&format!("{ALMO}/index.md")), "{err}");
}

#[test]
fn a_translation_into_a_language_the_site_does_not_have_is_an_error_naming_the_file() {
    let site = SiteTest::example();
    site.write(
        "content/pages/about.fr.md",
        "---\ntitle: À propos\n---\nLe contrôle par les locataires.\n",
    );
    let (code, _, err) = check(&site);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("this file is in French (fr), which is not one of this site's languages"),
        "{err}"
    );
    assert!(err.contains("content/pages/about.fr.md"), "{err}");
}

#[test]
fn a_welsh_title_in_the_translation_file_counts_as_the_titles_welsh() {
    let site = SiteTest::example();
    let rel = format!("{ALMO}/index.md");
    let index = read(&site, &rel).replace(
        "title: { en: ALMO Support Network, cy: Rhwydwaith Cymorth ALMO }",
        "title: ALMO Support Network",
    );
    site.write(&rel, &index);
    let cy_rel = format!("{ALMO}/index.cy.md");
    let cy = read(&site, &cy_rel).replacen("---\n", "---\ntitle: Rhwydwaith Cymorth ALMO\n", 1);
    site.write(&cy_rel, &cy);
    let (code, _, err) = check(&site);
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("almo-support-framework-2005"), "{err}");
}
