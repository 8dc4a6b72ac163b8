//! Welsh and English, page for page (SPEC "Welsh and English, page for page"): with
//! `languages: [en, cy]` every page is made twice, the Welsh one under `cy/` at the same path, each
//! linking to its counterpart, and a Welsh page's links stay in Welsh.

mod common;
use common::*;
use scraper::{Html, Selector};
use std::collections::BTreeSet;

const AS_OF: &str = "2014-09-01";
/// The path of the fixture's base_url on its host.
const BASE_PATH: &str = "/craffu/";

fn built() -> SiteTest {
    let t = SiteTest::fixture("bilingual");
    t.build(AS_OF);
    t
}

/// The HTML pages of the output, by path, in the default language (not under `cy/`).
fn english_pages(t: &SiteTest) -> Vec<String> {
    t.output_files()
        .into_keys()
        .filter(|p| p.ends_with(".html") && !p.starts_with("cy/"))
        .collect()
}

/// `href` resolved against the page at `from` (both relative to the site root); `None` for a link
/// off the site or to a place in the same page.
fn resolve(from: &str, href: &str) -> Option<String> {
    if href.starts_with('#') || href.contains("://") || href.starts_with("mailto:") {
        return None;
    }
    let href = href.split('#').next().unwrap_or("");
    // The 404 pages link from the site's path on its host (the fixture's base_url is
    // https://example.org/craffu/), as a web host shows them at any missing address.
    let (from, href) = match href.strip_prefix(BASE_PATH) {
        Some(rest) => ("index.html", rest),
        None => (from, href),
    };
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in href.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if href.ends_with('/') || out.is_empty() {
        out.push_str(if out.is_empty() {
            "index.html"
        } else {
            "/index.html"
        });
    }
    Some(out)
}

/// The language switch: the link inside a `<nav>` that carries `hreflang`, as (href, hreflang,
/// lang, text, the nav's aria-label).
fn switch(html: &str) -> Vec<(String, String, String, String, String)> {
    let doc = Html::parse_document(html);
    let nav = Selector::parse("nav").unwrap();
    let a = Selector::parse("a[hreflang]").unwrap();
    let mut out = Vec::new();
    for n in doc.select(&nav) {
        for link in n.select(&a) {
            let attr = |k: &str| link.value().attr(k).unwrap_or("").to_string();
            out.push((
                attr("href"),
                attr("hreflang"),
                attr("lang"),
                link.text().collect::<String>().trim().to_string(),
                n.value().attr("aria-label").unwrap_or("").to_string(),
            ));
        }
    }
    out
}

fn html_lang(html: &str) -> String {
    let doc = Html::parse_document(html);
    let sel = Selector::parse("html").unwrap();
    let el = doc.select(&sel).next().unwrap();
    el.value().attr("lang").unwrap_or("").to_string()
}

#[test]
fn every_page_has_its_welsh_counterpart_and_the_switch_goes_to_it() {
    let t = built();
    let files: BTreeSet<String> = t.output_files().into_keys().collect();
    let pages = english_pages(&t);
    assert!(pages.len() > 10, "only {} pages were built", pages.len());
    for en in pages.iter().filter(|p| p.as_str() != "404.html") {
        let cy = format!("cy/{en}");
        assert!(files.contains(&cy), "{en} has no Welsh counterpart {cy}");

        // An embed is shown inside another site's page, in a frame: it has no header, so no
        // switch; its counterpart is there all the same.
        if en.starts_with("embed/") {
            continue;
        }
        let en_html = t.page(en);
        assert!(
            html_lang(&en_html).starts_with("en"),
            "{en}: <html lang> is not English"
        );
        let to_cy = switch(&en_html);
        assert_eq!(
            to_cy.len(),
            1,
            "{en}: one language switch expected, found {to_cy:?}"
        );
        let (href, hreflang, lang, text, label) = &to_cy[0];
        assert_eq!(
            resolve(en, href).as_deref(),
            Some(cy.as_str()),
            "{en}: the switch goes to {href}"
        );
        assert_eq!(
            (hreflang.as_str(), lang.as_str(), text.as_str()),
            ("cy", "cy", "Cymraeg"),
            "{en}"
        );
        assert!(!label.is_empty(), "{en}: the switch's <nav> has no label");

        let cy_html = t.page(&cy);
        assert_eq!(html_lang(&cy_html), "cy", "{cy}: <html lang> is not Welsh");
        let to_en = switch(&cy_html);
        assert_eq!(
            to_en.len(),
            1,
            "{cy}: one language switch expected, found {to_en:?}"
        );
        let (href, hreflang, lang, text, cy_label) = &to_en[0];
        assert_eq!(
            resolve(&cy, href).as_deref(),
            Some(en.as_str()),
            "{cy}: the switch goes to {href}"
        );
        assert!(
            hreflang.starts_with("en") && lang.starts_with("en"),
            "{cy}: {hreflang} {lang}"
        );
        assert_eq!(text, "English", "{cy}");
        assert_ne!(cy_label, label, "{cy}: the switch's label is not in Welsh");

        for page in [&en_html, &cy_html] {
            for l in ["en", "cy"] {
                assert!(
                    page.contains(&format!("rel=\"alternate\" hreflang=\"{l}")),
                    "{en}/{cy}: no <link rel=alternate hreflang={l}>"
                );
            }
        }
    }
}

#[test]
fn every_link_inside_a_welsh_page_stays_in_welsh() {
    let t = built();
    let files: BTreeSet<String> = t.output_files().into_keys().collect();
    let a = Selector::parse("a[href]").unwrap();
    for cy in files
        .iter()
        .filter(|p| p.starts_with("cy/") && p.ends_with(".html"))
    {
        let doc = Html::parse_document(&t.page(cy));
        for link in doc.select(&a) {
            if link.value().attr("hreflang").is_some() {
                continue; // the switch to the English page
            }
            let href = link.value().attr("href").unwrap();
            let Some(target) = resolve(cy, href) else {
                continue;
            };
            let data_or_feed = [".csv", ".json", ".xml"]
                .iter()
                .any(|e| target.ends_with(e));
            assert!(
                target.starts_with("cy/") || data_or_feed,
                "{cy} links to {href}, which leaves the Welsh site ({target})"
            );
            assert!(
                files.contains(&target),
                "{cy} links to {href}: no such file {target}"
            );
        }
    }
}

#[test]
fn a_welsh_page_shows_welsh_text_and_welsh_dates() {
    let t = built();
    let rec = t.main_text("cy/reviews/repairs-2014/1/index.html");
    assert!(
        rec.contains("Rhoi gwybod am atgyweiriadau ar-lein"),
        "{rec}"
    );
    assert!(
        rec.contains("Agorodd y ffurflen atgyweiriadau ar-lein"),
        "{rec}"
    );
    assert!(
        rec.contains("31 Awst 2014"),
        "the update's date is not in Welsh: {rec}"
    );
    assert!(!rec.contains("August"), "{rec}");
    let review = t.main_text("cy/reviews/repairs-2014/index.html");
    assert!(
        review.contains("Edrychodd y panel"),
        "index.cy.md is not the Welsh summary: {review}"
    );
    let about = t.main_text("cy/pages/about/index.html");
    assert!(about.contains("Mae'r wefan hon"), "{about}");
    let en = t.main_text("reviews/repairs-2014/1/index.html");
    assert!(
        en.contains("Report repairs online") && en.contains("31 August 2014"),
        "{en}"
    );
}

#[test]
fn a_welsh_page_that_lacks_a_text_shows_the_english_marked_as_english() {
    let t = built();
    let html = t.page("cy/reviews/repairs-2014/3/index.html");
    let doc = Html::parse_document(&html);
    let sel = Selector::parse("main [lang=\"en\"]").unwrap();
    let marked: Vec<String> = doc
        .select(&sel)
        .map(|e| e.text().collect::<String>())
        .collect();
    assert!(
        marked.iter().any(|s| s.contains("Publish repair times")),
        "the English title is not marked lang=\"en\": {marked:?}"
    );
    assert!(
        marked
            .iter()
            .any(|s| s.contains("Publish the average time")),
        "the English recommendation is not marked lang=\"en\": {marked:?}"
    );
}

#[test]
fn each_language_has_its_own_feeds_search_index_and_open_data() {
    let t = built();
    let files: BTreeSet<String> = t.output_files().into_keys().collect();
    for f in [
        "feed.xml",
        "data/recommendations.json",
        "data/recommendations.csv",
        "data/updates.csv",
    ] {
        assert!(files.contains(f), "no {f}");
        assert!(files.contains(&format!("cy/{f}")), "no cy/{f}");
    }
    let en: serde_json::Value = serde_json::from_str(&t.page("data/recommendations.json")).unwrap();
    let cy: serde_json::Value =
        serde_json::from_str(&t.page("cy/data/recommendations.json")).unwrap();
    let keys = |v: &serde_json::Value| {
        v[0].as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(keys(&en), keys(&cy), "the Welsh open data has other keys");
    assert_eq!(en[0]["title"], "Report repairs online");
    assert_eq!(cy[0]["title"], "Rhoi gwybod am atgyweiriadau ar-lein");
    assert!(
        t.page("cy/feed.xml").contains("Agorodd y ffurflen"),
        "the Welsh feed has no Welsh update"
    );
    // The search index is inline in the search page (one request, and no script to fetch it):
    // the Welsh search page holds its own, in Welsh.
    let index_of = |page: &str| {
        let doc = Html::parse_document(&t.page(page));
        let sel = Selector::parse("script#search-index").unwrap();
        doc.select(&sel)
            .next()
            .map(|e| e.text().collect::<String>())
            .unwrap_or_default()
    };
    let (en_index, cy_index) = (
        index_of("search/index.html"),
        index_of("cy/search/index.html"),
    );
    assert!(
        en_index.contains("Report repairs online"),
        "no English search index: {en_index}"
    );
    assert!(
        cy_index.contains("Rhoi gwybod am atgyweiriadau ar-lein")
            && !cy_index.contains("Report repairs online"),
        "the Welsh search page has no Welsh search index: {cy_index}"
    );
}

#[test]
fn the_sitemap_lists_each_page_with_its_alternates() {
    let t = built();
    let map = t.page("sitemap.xml");
    assert!(
        map.contains("https://example.org/craffu/cy/reviews/repairs-2014/1/"),
        "{map}"
    );
    assert!(
        map.contains("hreflang=\"cy\""),
        "no Welsh alternates in the sitemap: {map}"
    );
    assert!(
        map.contains("hreflang=\"en"),
        "no English alternates in the sitemap"
    );
}

#[test]
fn a_single_language_site_has_no_welsh_pages_and_no_switch() {
    let t = SiteTest::fixture("basic");
    t.build(AS_OF);
    let files = t.output_files();
    assert!(
        !files.keys().any(|p| p.starts_with("cy/")),
        "a site without languages got cy/ pages"
    );
    assert!(
        switch(&t.page("index.html")).is_empty(),
        "a one-language site shows a language switch"
    );
}

#[test]
fn a_language_the_theme_has_no_words_for_stops_the_build_naming_the_file_to_add() {
    let t = SiteTest::fixture("bilingual");
    let site = std::fs::read_to_string(t.path("content/site.yaml")).unwrap();
    t.write(
        "content/site.yaml",
        &site.replace("languages: [en, cy]", "languages: [en, cy, ga]"),
    );
    let out = t.cmd(&["build", "--as-of", AS_OF]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("Irish (ga)"),
        "the language is not named: {stderr}"
    );
    assert!(
        stderr.contains("i18n/ga.ftl"),
        "the file to add is not named: {stderr}"
    );
    assert!(
        !t.path("output/index.html").exists(),
        "a site was written all the same"
    );
}

#[test]
fn the_welsh_feed_links_to_the_welsh_pages_and_says_it_is_welsh() {
    let t = built();
    let feed = t.page("cy/feed.xml");
    assert!(feed.contains("xml:lang=\"cy\""), "{feed}");
    assert!(
        feed.contains("https://example.org/craffu/cy/reviews/repairs-2014/1/"),
        "the Welsh feed's entries do not link to the Welsh pages: {feed}"
    );
    assert!(
        !t.page("feed.xml").contains("/craffu/cy/"),
        "the English feed links to Welsh pages"
    );
    let csv = t.page("cy/data/recommendations.csv");
    assert!(
        csv.contains("cy/reviews/repairs-2014/1/index.html"),
        "{csv}"
    );
}
