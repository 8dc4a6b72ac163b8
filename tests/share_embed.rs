//! Share and embed (SPEC "Share and embed"): the embeds a council puts in an `<iframe>`, the two
//! snippets a review page and the home page offer to copy, the description and Open Graph tags
//! every page carries, and Atom ids that an edited update keeps.

mod common;

use common::{SiteTest, files_under};
use scraper::{ElementRef, Html, Selector};

const BASE: &str = "https://example.org/scrutiny/";

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn basic() -> SiteTest {
    let site = SiteTest::fixture("basic");
    site.build("2014-06-01");
    site
}

/// The embeds of a built site: the site's and one per review.
fn embeds(site: &SiteTest) -> Vec<String> {
    let mut out: Vec<String> = site
        .output_files()
        .into_keys()
        .filter(|p| p.starts_with("embed/") && p.ends_with(".html"))
        .collect();
    out.sort();
    out
}

fn attr<'a>(e: &ElementRef<'a>, name: &str) -> Option<&'a str> {
    e.value().attr(name)
}

#[test]
fn every_review_has_an_embed_and_the_site_has_one() {
    let site = basic();
    assert_eq!(
        embeds(&site),
        [
            "embed/index.html",
            "embed/reviews/estates-2014/index.html",
            "embed/reviews/housing-2013/index.html",
        ]
    );
    let sitemap = site.page("sitemap.xml");
    assert!(
        !sitemap.contains("/embed/"),
        "embeds are shown inside other pages, not listed: {sitemap}"
    );
}

#[test]
fn embeds_weigh_under_10_kb_run_no_script_and_load_nothing_from_anywhere() {
    for site in [basic(), {
        let s = SiteTest::example();
        s.build("2026-11-22");
        s
    }] {
        let list = embeds(&site);
        assert!(list.len() >= 2, "{list:?}");
        for path in list {
            let html = site.page(&path);
            assert!(
                html.len() < 10 * 1024,
                "{path} weighs {} bytes, over 10 KB",
                html.len()
            );
            let doc = Html::parse_document(&html);
            assert_eq!(doc.select(&sel("script")).count(), 0, "{path} has a script");
            assert!(!has_event_handler(&doc), "{path} has an event handler");
            assert_eq!(
                doc.select(&sel(
                    "link[rel=stylesheet], img, iframe, object, embed, video, audio, source"
                ))
                .count(),
                0,
                "{path} loads another file"
            );
            let css: String = doc.select(&sel("style")).flat_map(|s| s.text()).collect();
            assert!(
                !css.contains("url(") && !css.contains("@import"),
                "{path}: {css}"
            );
            assert!(!css.is_empty(), "{path} has its CSS inline");
            // Every address is on the page's own site: relative, or (the canonical link) from
            // base_url; no attribute but an <a>'s or the canonical <link>'s names one.
            for e in doc.select(&sel("[href], [src]")) {
                let name = e.value().name();
                let url = attr(&e, "href").or(attr(&e, "src")).unwrap();
                match name {
                    "a" => {}
                    "link" => assert_eq!(attr(&e, "rel"), Some("canonical"), "{path}: {url}"),
                    other => panic!("{path}: <{other}> points at {url}"),
                }
                if url.contains("://") {
                    let base = site_base(&site);
                    assert!(url.starts_with(&base), "{path} points off the site: {url}");
                }
            }
        }
    }
}

/// Whether some tag has an `on…=` attribute (an inline event handler).
fn has_event_handler(doc: &Html) -> bool {
    doc.select(&sel("*")).any(|e| {
        e.value()
            .attrs()
            .any(|(n, _)| n.to_ascii_lowercase().starts_with("on"))
    })
}

fn site_base(site: &SiteTest) -> String {
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    yaml.lines()
        .find_map(|l| l.strip_prefix("base_url:"))
        .map(|b| b.trim().trim_matches('"').to_string())
        .unwrap_or_default()
}

#[test]
fn every_link_of_an_embed_opens_the_full_page_in_the_top_window() {
    let site = basic();
    for path in embeds(&site) {
        let doc = Html::parse_document(&site.page(&path));
        let links: Vec<ElementRef> = doc.select(&sel("a")).collect();
        assert!(!links.is_empty(), "{path} links to its full page");
        for a in links {
            assert_eq!(attr(&a, "target"), Some("_top"), "{path}: {}", a.html());
        }
    }
    let review = Html::parse_document(&site.page("embed/reviews/housing-2013/index.html"));
    let a = review.select(&sel("a")).next().unwrap();
    assert_eq!(
        attr(&a, "href"),
        Some("../../../reviews/housing-2013/index.html"),
        "the review embed links to the review's page, relative as every link of the site"
    );
    let home = Html::parse_document(&site.page("embed/index.html"));
    let a = home.select(&sel("a")).next().unwrap();
    assert_eq!(attr(&a, "href"), Some("../index.html"));
}

#[test]
fn a_review_embed_says_its_progress_by_status_in_words_with_the_overdue_count() {
    let site = basic();
    let html = site.page("embed/reviews/housing-2013/index.html");
    let doc = Html::parse_document(&html);
    let lang = doc.select(&sel("html")).next().unwrap();
    assert!(attr(&lang, "lang").is_some_and(|l| !l.is_empty()));
    let title: String = doc.select(&sel("title")).flat_map(|t| t.text()).collect();
    assert!(title.contains("Housing"), "{title}");
    let text = common::words(&html);
    // The review page's own figures, said the same way.
    let page = common::words(&site.page("reviews/housing-2013/index.html"));
    let progress = page
        .split(" done (")
        .next()
        .and_then(|s| s.rsplit(". ").next())
        .unwrap();
    let done_of = progress.rsplit("Progress ").next().unwrap().trim();
    assert!(
        text.contains(done_of),
        "the embed gives the review page's figures ({done_of}): {text}"
    );
    assert!(text.contains("overdue"), "{text}");
    for (label, class) in [("Done", "done"), ("In progress", "in-progress")] {
        let item = doc
            .select(&sel(".parts li"))
            .find(|li| li.text().collect::<String>().contains(label))
            .unwrap_or_else(|| panic!("{label} is said in words: {text}"));
        assert!(item.inner_html().contains(class), "and shown in colour");
    }
}

/// The text in the read-only box `id` of a built page: what the Copy button copies.
fn snippet(html: &str, id: &str) -> String {
    let doc = Html::parse_document(html);
    let boxes: Vec<ElementRef> = doc
        .select(&sel(&format!("details textarea#{id}")))
        .collect();
    assert_eq!(boxes.len(), 1, "one box {id}");
    assert!(attr(&boxes[0], "readonly").is_some(), "{id} is read-only");
    boxes[0].text().collect()
}

#[test]
fn the_plain_html_snippet_uses_only_headings_paragraphs_lists_tables_and_absolute_links() {
    const ALLOWED: [&str; 17] = [
        "h2", "h3", "h4", "p", "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th",
        "td", "a", "html", "body",
    ];
    let site = basic();
    for page in ["index.html", "reviews/housing-2013/index.html"] {
        let code = snippet(&site.page(page), "share-html");
        let frag = Html::parse_fragment(&code);
        assert!(frag.errors.is_empty(), "{page}: {:?}\n{code}", frag.errors);
        let mut links = 0;
        for e in frag.select(&sel("*")) {
            let name = e.value().name();
            assert!(ALLOWED.contains(&name), "{page}: <{name}> in {code}");
            for (a, v) in e.value().attrs() {
                assert!(name == "a" && a == "href", "{page}: {a}={v} on <{name}>");
                assert!(v.starts_with(BASE), "{page}: not absolute: {v}");
                links += 1;
            }
        }
        assert!(links >= 1, "{page}: the snippet links to the full page");
    }
    let code = snippet(&site.page("reviews/housing-2013/index.html"), "share-html");
    assert!(
        code.contains(&format!("href=\"{BASE}reviews/housing-2013/\"")),
        "{code}"
    );
    assert!(
        code.contains("as of 1 June 2014"),
        "figures as of the build: {code}"
    );
}

#[test]
fn the_iframe_snippet_has_a_title_a_size_lazy_loading_and_the_embeds_absolute_address() {
    let site = basic();
    for (page, embed) in [
        ("index.html", "embed/"),
        (
            "reviews/housing-2013/index.html",
            "embed/reviews/housing-2013/",
        ),
    ] {
        let html = site.page(page);
        let code = snippet(&html, "share-iframe");
        let frag = Html::parse_fragment(&code);
        let frames: Vec<ElementRef> = frag.select(&sel("iframe")).collect();
        assert_eq!(frames.len(), 1, "{code}");
        let f = &frames[0];
        assert_eq!(attr(f, "src"), Some(format!("{BASE}{embed}").as_str()));
        assert!(attr(f, "title").is_some_and(|t| !t.is_empty()));
        assert_eq!(attr(f, "loading"), Some("lazy"));
        let height: u32 = attr(f, "height").unwrap().parse().unwrap();
        assert!(attr(f, "width").unwrap().parse::<u32>().unwrap() >= 280);
        assert!(
            common::words(&html).contains(&format!("{height} pixels high")),
            "the page says the height the snippet gives"
        );
        assert!(site.path("output").join(embed).join("index.html").exists());
    }
}

#[test]
fn the_copy_buttons_need_javascript_and_stay_hidden_without_it() {
    let site = basic();
    let html = site.page("reviews/housing-2013/index.html");
    let doc = Html::parse_document(&html);
    let buttons: Vec<ElementRef> = doc.select(&sel("button[data-copy]")).collect();
    assert_eq!(buttons.len(), 2);
    for b in &buttons {
        let wrap = ElementRef::wrap(b.parent().unwrap()).unwrap();
        assert!(
            attr(&wrap, "hidden").is_some() && attr(&wrap, "data-needs-js").is_some(),
            "{}",
            wrap.html()
        );
        let target = attr(b, "data-copy").unwrap();
        assert_eq!(doc.select(&sel(&format!("textarea#{target}"))).count(), 1);
    }
    assert!(
        common::words(&html).contains("Without JavaScript, or to copy by hand"),
        "the page says how to copy without the button"
    );
    assert_eq!(
        doc.select(&sel("script[src]"))
            .filter_map(|s| attr(&s, "src"))
            .collect::<Vec<_>>(),
        ["../../share.js"],
        "no inline script: the buttons' script is a file of the theme"
    );
    assert!(site.path("output/share.js").exists());
}

#[test]
fn without_a_base_url_the_snippets_say_their_addresses_start_from_the_home_page() {
    let site = SiteTest::fixture("basic");
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        &yaml.replace(&format!("base_url: {BASE}\n"), ""),
    );
    site.build("2014-06-01");
    let html = site.page("reviews/housing-2013/index.html");
    let code = snippet(&html, "share-iframe");
    assert!(
        code.contains("src=\"embed/reviews/housing-2013/\""),
        "{code}"
    );
    assert!(
        common::words(&html).contains("no base_url"),
        "the page says so"
    );
    assert!(!html.contains("og:url"), "no absolute address to give");
}

/// The `content` of the `<meta>` with `name` or `property` `key`, asserting there is one.
fn meta(doc: &Html, page: &str, key: &str) -> String {
    let found: Vec<String> = doc
        .select(&sel(&format!(
            "meta[name=\"{key}\"], meta[property=\"{key}\"]"
        )))
        .filter_map(|m| attr(&m, "content").map(str::to_string))
        .collect();
    assert_eq!(found.len(), 1, "{page} has one {key}: {found:?}");
    found.into_iter().next().unwrap()
}

#[test]
fn every_page_describes_itself_for_search_results_and_link_previews() {
    let site = SiteTest::example();
    site.build("2026-11-22");
    let out = files_under(&site.path("output"));
    let mut pages = 0;
    for (path, bytes) in out.iter().filter(|(p, _)| p.ends_with(".html")) {
        pages += 1;
        let doc = Html::parse_document(&String::from_utf8_lossy(bytes));
        let description = meta(&doc, path, "description");
        assert!(!description.trim().is_empty(), "{path}");
        assert!(description.chars().count() <= 155, "{path}: {description}");
        assert!(!description.contains('<'), "plain text: {description}");
        assert_eq!(meta(&doc, path, "og:description"), description, "{path}");
        let title: String = doc.select(&sel("title")).flat_map(|t| t.text()).collect();
        let og_title = meta(&doc, path, "og:title");
        assert!(title.contains(&og_title), "{path}: {og_title} / {title}");
        assert_eq!(meta(&doc, path, "og:type"), "website");
        assert_eq!(meta(&doc, path, "twitter:card"), "summary");
        let canonical: Vec<&str> = doc
            .select(&sel("link[rel=canonical]"))
            .filter_map(|l| attr(&l, "href"))
            .collect();
        let og_url: Vec<String> = doc
            .select(&sel("meta[property=\"og:url\"]"))
            .filter_map(|m| attr(&m, "content").map(str::to_string))
            .collect();
        // The 404 page, in every language, is shown at whatever address was missing.
        if path == "404.html" || path.ends_with("/404.html") {
            assert!(
                canonical.is_empty() && og_url.is_empty(),
                "{path}: the 404 has no address"
            );
        } else {
            let want = format!(
                "https://www.example.gov.uk/scrutiny/{}",
                path.trim_end_matches("index.html")
            );
            assert_eq!(canonical, [want.as_str()], "{path}");
            assert_eq!(og_url, [want], "{path}");
        }
    }
    assert!(pages > 50, "{pages}");

    let doc = |p: &str| Html::parse_document(&site.page(p));
    let review = meta(
        &doc("reviews/tmo-scrutiny-2011/index.html"),
        "review",
        "description",
    );
    assert!(
        review.starts_with("The Communities Review Committee carried out a scrutiny review"),
        "a review is described by its summary: {review}"
    );
    let rec_yaml =
        std::fs::read_to_string(site.path("content/reviews/tmo-scrutiny-2011/01-1.yaml")).unwrap();
    let rec = meta(
        &doc("reviews/tmo-scrutiny-2011/1.1/index.html"),
        "rec",
        "description",
    );
    let first_words: String = rec.split_whitespace().take(5).collect::<Vec<_>>().join(" ");
    assert!(
        common::words(&rec_yaml).contains(&first_words),
        "a recommendation is described by its text: {rec}"
    );
    let home = meta(&doc("index.html"), "home", "description");
    assert!(home.contains("recommendations done"), "{home}");
    let overdue = meta(&doc("overdue/index.html"), "overdue", "description");
    assert!(
        overdue.starts_with("Overdue and not updated"),
        "a page with nothing of its own is described by its title: {overdue}"
    );
}

/// The `<id>` of every entry of an Atom feed, in order.
fn entry_ids(feed: &str) -> Vec<String> {
    feed.split("<entry>")
        .skip(1)
        .map(|e| {
            e.split("<id>")
                .nth(1)
                .unwrap()
                .split("</id>")
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn an_edited_update_keeps_its_atom_id_and_a_new_update_gets_a_new_one() {
    for with_base in [true, false] {
        let site = SiteTest::fixture("basic");
        if !with_base {
            let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
            site.write(
                "content/site.yaml",
                &yaml.replace(&format!("base_url: {BASE}\n"), ""),
            );
        }
        site.build("2014-06-01");
        let before = entry_ids(&site.page("feed.xml"));
        assert!(!before.is_empty());
        let rec = "content/reviews/housing-2013/01.yaml";
        let yaml = std::fs::read_to_string(site.path(rec)).unwrap();
        let edited = yaml.replace(
            "The policy is on the website.",
            "The policy is on the website and in the housing office.",
        );
        assert_ne!(yaml, edited);
        site.write(rec, &edited);
        site.build("2014-06-01");
        let feed = site.page("feed.xml");
        assert!(
            feed.contains("in the housing office"),
            "the edit is in the feed"
        );
        assert_eq!(
            entry_ids(&feed),
            before,
            "an edited update keeps its id (base_url: {with_base})"
        );
        // A second update on the same day, and one on a new day.
        site.write(
            rec,
            &format!(
                "{edited}  - {{ date: 2013-11-01, text: A summary went to every tenant. }}\n  - {{ date: 2014-02-01, text: Reviewed. }}\n"
            ),
        );
        site.build("2014-06-01");
        let after = entry_ids(&site.page("feed.xml"));
        for id in &before {
            assert!(after.contains(id), "{id} is kept when updates are added");
        }
        let new: Vec<&String> = after.iter().filter(|i| !before.contains(i)).collect();
        assert_eq!(new.len(), 2, "each new update gets a new id: {after:?}");
        assert_ne!(new[0], new[1]);
    }
}

#[test]
fn a_new_update_at_the_top_of_a_file_written_newest_first_leaves_the_days_other_ids_alone() {
    let site = SiteTest::fixture("basic");
    let rec = "content/reviews/housing-2013/01.yaml";
    let yaml = std::fs::read_to_string(site.path(rec)).unwrap();
    let (head, _) = yaml.split_once("updates:\n").unwrap();
    let write = |top: &str| {
        site.write(
            rec,
            &format!(
                "{head}updates:\n{top}  - {{ date: 2014-01-10, text: Translated. }}\n  - {{ date: 2013-11-01, status: complete, text: The policy is on the website. }}\n"
            ),
        )
    };
    write("");
    site.build("2014-06-01");
    let before = entry_ids(&site.page("reviews/housing-2013/feed.xml"));
    write("  - { date: 2014-01-10, text: Printed copies in every office. }\n");
    site.build("2014-06-01");
    let after = entry_ids(&site.page("reviews/housing-2013/feed.xml"));
    for id in &before {
        assert!(after.contains(id), "{id} kept: {after:?}");
    }
    assert_eq!(after.len(), before.len() + 1);
}
