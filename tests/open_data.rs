//! Open data, feeds, sitemap and search index, as a journalist, a feed reader, a search engine or a
//! resident searching would meet them: built from a fixture site by the real binary.

mod data_support;

use data_support::*;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// The keys and columns SPEC.md promises, in its order.
const SPEC_KEYS: [&str; 21] = [
    "review",
    "review_title",
    "number",
    "title",
    "theme",
    "recommendation",
    "response",
    "response_text",
    "responsible",
    "lead_officer",
    "deadline",
    "current_deadline",
    "status",
    "status_label",
    "category",
    "overdue",
    "days_overdue",
    "last_updated",
    "not_updated",
    "progress",
    "url",
];

fn json_recs(site: &Site, rel: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(&site.read(rel))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn by_number<'a>(recs: &'a [Value], review: &str, number: &str) -> &'a Value {
    recs.iter()
        .find(|r| r["review"] == review && r["number"] == number)
        .unwrap_or_else(|| panic!("no {review}/{number}"))
}

/// The raw JSON text keeps keys in the documented order (serde_json's Value would sort them).
fn key_order(text: &str) -> Vec<String> {
    let first = text.lines().nth(1).unwrap();
    let mut keys = Vec::new();
    let mut rest = first;
    while let Some(i) = rest.find("\":") {
        let before = &rest[..i];
        let start = before.rfind('"').unwrap();
        let key = &before[start + 1..];
        if before[..start].ends_with('{') || before[..start].ends_with(',') {
            keys.push(key.to_string());
        }
        rest = &rest[i + 2..];
    }
    keys
}

#[test]
fn json_export_has_the_documented_keys_and_derived_values() {
    let site = build_fixture();
    let text = site.read("data/recommendations.json");
    let recs = json_recs(&site, "data/recommendations.json");
    let order: Vec<(String, String)> = recs
        .iter()
        .map(|r| {
            (
                r["review"].as_str().unwrap().into(),
                r["number"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            ("repairs-review", "1"),
            ("repairs-review", "2"),
            ("repairs-review", "10a"),
            ("second-review", "1")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string())),
        "one object per recommendation, in review then number order"
    );
    let keys = key_order(&text);
    assert_eq!(
        &keys[..21],
        SPEC_KEYS,
        "the keys SPEC.md lists come first, in its order, never renamed"
    );
    for r in &recs {
        for k in SPEC_KEYS {
            assert!(r.get(k).is_some(), "{k} missing from {r}");
        }
    }

    let slipped = by_number(&recs, "repairs-review", "1");
    assert_eq!(
        slipped["deadline"], "2014-03-31",
        "the deadline first promised"
    );
    assert_eq!(
        slipped["current_deadline"], "2014-06-30",
        "the revision is in force"
    );
    assert_eq!(slipped["overdue"], true);
    assert_eq!(slipped["days_overdue"], 63, "30 June to 1 September");
    assert_eq!(
        slipped["not_updated"], true,
        "123 days since the last update, over the site's 90"
    );
    assert_eq!(slipped["last_updated"], "2014-05-01");
    assert_eq!(slipped["progress"], 50, "one of two actions done");
    assert_eq!(slipped["responsible"], json!(["Repairs Team", "IC"]));
    assert_eq!(slipped["status"], "in-progress");
    assert_eq!(slipped["status_label"], "In progress");
    assert_eq!(slipped["category"], "in-progress");
    assert_eq!(slipped["response"], "agreed");
    assert_eq!(slipped["theme"], "Repairs");
    assert_eq!(slipped["lead_officer"], "Head of Repairs");
    assert_eq!(slipped["slipped"], true);
    assert_eq!(slipped["as_of"], AS_OF);
    assert!(
        slipped["recommendation"]
            .as_str()
            .unwrap()
            .contains("Ørsted café"),
        "Markdown source, as written"
    );

    let done = by_number(&recs, "repairs-review", "2");
    assert_eq!(
        (
            done["overdue"].clone(),
            done["days_overdue"].clone(),
            done["not_updated"].clone()
        ),
        (json!(false), json!(0), json!(false))
    );
    assert_eq!(done["category"], "done");
    assert_eq!(done["progress"], Value::Null, "no actions");
    assert_eq!(done["theme"], Value::Null);

    let ongoing = by_number(&recs, "repairs-review", "10a");
    assert_eq!(ongoing["deadline"], "ongoing");
    assert_eq!(ongoing["current_deadline"], "ongoing");
    assert_eq!(ongoing["overdue"], false, "ongoing work is never overdue");
    assert_eq!(ongoing["last_updated"], Value::Null);
    assert_eq!(
        ongoing["not_updated"], true,
        "nothing recorded since the review was published"
    );
    assert_eq!(
        ongoing["title"], "Keep the TMO Board informed",
        "the first sentence stands in for a title"
    );

    for r in &recs {
        let url = r["url"].as_str().unwrap();
        assert!(
            !url.starts_with('/') && site.exists(url),
            "url {url} is relative to the site root and is a page"
        );
    }
}

#[test]
fn overdue_and_current_deadline_follow_the_as_of_date() {
    let before = build_at(copy_fixture(FIXTURE), "2014-06-30", &[]);
    let recs = json_recs(&before, "data/recommendations.json");
    let r = by_number(&recs, "repairs-review", "1");
    assert_eq!(
        (r["overdue"].clone(), r["days_overdue"].clone()),
        (json!(false), json!(0)),
        "due today is not overdue"
    );
    assert_eq!(r["as_of"], "2014-06-30");
    let after = build_at(copy_fixture(FIXTURE), "2014-07-10", &[]);
    let recs = json_recs(&after, "data/recommendations.json");
    assert_eq!(by_number(&recs, "repairs-review", "1")["days_overdue"], 10);
}

#[test]
fn csv_opens_in_excel_with_the_same_columns_and_values() {
    let site = build_fixture();
    let bytes = site.bytes("data/recommendations.csv");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark, for Excel"
    );
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    assert!(
        text.split_inclusive('\n')
            .next()
            .unwrap()
            .ends_with("closure_requested\r\n"),
        "CRLF line ends (RFC 4180)"
    );
    let mut rdr = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        &header[..21],
        SPEC_KEYS,
        "same columns as the JSON keys, in the same order"
    );
    let json = json_recs(&site, "data/recommendations.json");
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), json.len());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let first = &rows[0];
    assert_eq!(
        &first[col("title")],
        "Repairs, complaints and \"fast\" fixes",
        "commas and quotes survive quoting"
    );
    assert!(
        first[col("recommendation")].contains("5 days;")
            && first[col("recommendation")].contains('\n'),
        "line breaks stay inside the field"
    );
    assert_eq!(
        &first[col("responsible")],
        "Repairs Team; IC",
        "lists joined with `; `"
    );
    assert_eq!(&first[col("overdue")], "true");
    assert_eq!(&first[col("days_overdue")], "63");
    assert_eq!(&first[col("current_deadline")], "2014-06-30");
    assert_eq!(&rows[1][col("progress")], "", "null is an empty cell");
    for (row, obj) in rows.iter().zip(&json) {
        for k in [
            "review",
            "number",
            "title",
            "status",
            "category",
            "current_deadline",
            "url",
        ] {
            let j = obj[k].as_str().unwrap_or("");
            assert_eq!(&row[col(k)], j, "{k} agrees between CSV and JSON");
        }
    }
    // Quoting is done by the csv crate: a field with a quote is wrapped and the quote doubled.
    assert!(
        text.contains("\"Repairs, complaints and \"\"fast\"\" fixes\""),
        "{text}"
    );
}

#[test]
fn csv_text_starting_like_a_formula_is_not_run_by_a_spreadsheet() {
    // Each cell that a spreadsheet would run as a formula gets a leading apostrophe in the CSV
    // files, as OWASP advises; the JSON keeps the text exactly; the /data/ page says so.
    let root = copy_fixture(FIXTURE);
    let dir = root.path().join("content/reviews/second-review");
    let rec = |number: &str, title: &str, extra: &str| {
        format!(
            "number: \"{number}\"\ntitle: '{title}'\nrecommendation: Publish the figures.\nresponse: agreed\nstatus: in-progress\n{extra}"
        )
    };
    let team = "responsible: Repairs Team\n";
    std::fs::write(dir.join("2.yaml"), rec("2", "=HYPERLINK(\"http://x\",\"click\")", "responsible: '@Repairs'\nupdates:\n  - date: 2014-08-21\n    text: '+1 more published'\n")).unwrap();
    std::fs::write(dir.join("3.yaml"), rec("3", "@SUM(1)", team)).unwrap();
    std::fs::write(dir.join("4.yaml"), rec("4", "-2+3", team)).unwrap();
    // A number is text as published: one written `-5` keeps its minus sign as text.
    std::fs::write(dir.join("5.yaml"), rec("-5", "Minus five", team)).unwrap();
    let site = build_at(root, AS_OF, &[]);

    let rows = |rel: &str| -> Vec<csv::StringRecord> {
        let bytes = site.bytes(rel);
        let mut rdr = csv::Reader::from_reader(&bytes[3..]);
        rdr.records().map(Result::unwrap).collect()
    };
    for rel in [
        "data/recommendations.csv",
        "reviews/second-review/data/recommendations.csv",
    ] {
        let recs = rows(rel);
        let row = |n: &str| {
            recs.iter()
                .find(|r| &r[0] == "second-review" && &r[2] == n)
                .unwrap_or_else(|| panic!("{rel}: no row {n}"))
        };
        assert_eq!(&row("2")[3], "'=HYPERLINK(\"http://x\",\"click\")", "{rel}");
        assert_eq!(&row("2")[8], "'@Repairs", "{rel}: names too");
        assert_eq!(&row("3")[3], "'@SUM(1)", "{rel}");
        assert_eq!(&row("4")[3], "'-2+3", "{rel}");
        assert_eq!(
            &row("1")[3],
            "Publish repair times",
            "{rel}: other text as it is"
        );
        assert_eq!(&row("2")[10], "", "{rel}: an empty cell stays empty");
        assert_eq!(&row("'-5")[3], "Minus five", "{rel}: the number as text");
        assert_eq!(
            &row("'-5")[20],
            "reviews/second-review/5/index.html",
            "{rel}: addresses unchanged"
        );
    }
    let updates = rows("data/updates.csv");
    let update = updates
        .iter()
        .find(|r| &r[0] == "second-review" && &r[1] == "2")
        .expect("the update of 2");
    assert_eq!(&update[7], "'+1 more published");
    assert_eq!(&update[3], "2014-08-21", "dates are never changed");

    let json = json_recs(&site, "data/recommendations.json");
    assert_eq!(
        by_number(&json, "second-review", "2")["title"],
        "=HYPERLINK(\"http://x\",\"click\")",
        "JSON holds the text exactly"
    );
    assert_eq!(
        by_number(&json, "second-review", "2")["responsible"],
        json!(["@Repairs"])
    );
    assert_eq!(by_number(&json, "second-review", "3")["title"], "@SUM(1)");
    assert_eq!(by_number(&json, "second-review", "4")["title"], "-2+3");
    assert_eq!(
        by_number(&json, "second-review", "-5")["title"],
        "Minus five"
    );

    let page = site.read("data/index.html");
    assert!(
        page.contains("begins with an apostrophe")
            && page.contains("JSON files always hold the text exactly"),
        "the data page says so"
    );
}

#[test]
fn updates_csv_has_one_row_per_update() {
    let site = build_fixture();
    let bytes = site.bytes("data/updates.csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut rdr = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "review",
            "number",
            "title",
            "date",
            "status",
            "status_label",
            "category",
            "text",
            "url"
        ]
    );
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4, "1 + 2 + 0 + 1 updates");
    assert_eq!(&rows[1][3], "2014-04-15");
    assert_eq!(&rows[1][5], "Complete");
    assert_eq!(
        &rows[2][4], "",
        "an update without a status leaves it empty"
    );
}

#[test]
fn each_review_has_its_own_data_linked_from_its_pages() {
    let site = build_fixture();
    let second =
        String::from_utf8(site.bytes("reviews/second-review/data/recommendations.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(&second.as_bytes()[3..]);
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "second-review");
    let csv_text =
        String::from_utf8(site.bytes("reviews/repairs-review/data/recommendations.csv")).unwrap();
    assert_eq!(
        csv_text.matches("\r\nrepairs-review,").count(),
        3,
        "only this review's rows"
    );
    assert!(site.exists("reviews/repairs-review/data/updates.csv"));
    for page in [
        "reviews/repairs-review/1/index.html",
        "reviews/repairs-review/index.html",
    ] {
        let html = site.read(page);
        let targets: BTreeSet<String> = hrefs(&html).iter().map(|h| resolve(page, h)).collect();
        for f in ["recommendations.csv", "updates.csv"] {
            assert!(
                targets.contains(&format!("reviews/repairs-review/data/{f}")),
                "{page} links to its review's {f}"
            );
        }
        assert!(
            targets.contains("data/recommendations.json"),
            "{page} links to the JSON of every review, which holds this one's"
        );
        assert!(
            targets.contains("data/index.html"),
            "{page} links to the page explaining the columns"
        );
    }
}

#[test]
fn the_data_page_documents_every_column_and_links_every_file() {
    let site = build_fixture();
    let html = site.read("data/index.html");
    let recs = site.read("data/recommendations.json");
    for k in key_order(&recs) {
        assert!(
            html.contains(&format!("<code>{k}</code>")),
            "the data page explains `{k}`"
        );
    }
    for k in ["date", "text", "status_label"] {
        assert!(html.contains(&format!("<code>{k}</code>")));
    }
    let targets: BTreeSet<String> = hrefs(&html)
        .iter()
        .map(|h| resolve("data/index.html", h))
        .collect();
    for f in [
        "data/recommendations.csv",
        "data/recommendations.json",
        "data/updates.csv",
        "feed.xml",
        "reviews/second-review/data/recommendations.csv",
        "reviews/second-review/feed.xml",
    ] {
        assert!(targets.contains(f), "the data page links {f}");
        assert!(site.exists(f));
    }
}

#[test]
fn feeds_are_valid_atom_and_each_entry_is_one_update() {
    let site = build_fixture();
    let feed = site.read("feed.xml");
    assert_eq!(feed.matches("<entry>").count(), 4, "one entry per update");
    assert!(feed.contains("<title>Recommendation 1: Repairs, complaints and &quot;fast&quot; fixes (In progress)</title>") || feed.contains("<title>Recommendation 1: Repairs, complaints and \"fast\" fixes (In progress)</title>"), "{feed}");
    assert!(feed.contains("<link href=\"https://www.example.gov.uk/scrutiny/reviews/repairs-review/1/\" rel=\"alternate\""), "entries link to the recommendation's page");
    assert!(
        feed.contains("<updated>2014-08-20T00:00:00+00:00</updated>"),
        "the feed is as new as its newest update, at midnight UTC"
    );
    assert!(
        feed.contains("#update-2014-04-15-1</id>") && feed.contains("#update-2014-04-15-2</id>"),
        "two updates on one day get distinct ids"
    );
    let review_feed = site.read("reviews/second-review/feed.xml");
    assert_eq!(
        review_feed.matches("<entry>").count(),
        1,
        "a review's feed holds its own updates only"
    );
    if let Some(jing) = tool("jing", "jing") {
        let rnc = schema("atom.rnc");
        for f in [
            "feed.xml",
            "reviews/repairs-review/feed.xml",
            "reviews/second-review/feed.xml",
        ] {
            assert_valid(&jing, &["-c", &rnc], &site.path(f));
        }
    }
}

#[test]
fn a_review_has_no_json_of_its_own_as_it_would_repeat_the_sites() {
    let site = build_fixture();
    assert!(!site.exists("reviews/repairs-review/data/recommendations.json"));
    let all = json_recs(&site, "data/recommendations.json");
    let repairs: Vec<&Value> = all
        .iter()
        .filter(|r| r["review"] == "repairs-review")
        .collect();
    assert_eq!(
        repairs.len(),
        3,
        "the site's JSON holds the review's recommendations"
    );
    let data = site.read("data/index.html");
    assert!(
        data.contains("There is no JSON file for each review"),
        "the data page says where a review's JSON went"
    );
}

#[test]
fn feeds_hold_the_latest_50_updates_and_say_where_the_rest_are() {
    let root = copy_fixture(FIXTURE);
    let dir = root.path().join("content/reviews/repairs-review");
    // 60 updates on one recommendation, one a day from 1 June 2014: the newest is 30 July.
    let mut yaml = String::from(
        "number: \"9\"\ntitle: Daily progress\nrecommendation: Report every day.\nresponse: agreed\nresponsible: Repairs Team\nstatus: in-progress\nupdates:\n",
    );
    let start = chrono::NaiveDate::from_ymd_opt(2014, 6, 1).unwrap();
    for d in 0..60 {
        let day = start + chrono::Days::new(d);
        yaml.push_str(&format!(
            "  - date: {day}\n    text: Day {} of reporting.\n",
            d + 1
        ));
    }
    std::fs::write(dir.join("9.yaml"), yaml).unwrap();
    let site = build_at(root, AS_OF, &[]);
    for feed in ["feed.xml", "reviews/repairs-review/feed.xml"] {
        let text = site.read(feed);
        assert_eq!(text.matches("<entry>").count(), 50, "{feed}: the latest 50");
        assert!(
            text.contains("Day 60 of reporting."),
            "{feed}: the newest is in"
        );
        assert!(
            !text.contains("Day 1 of reporting."),
            "{feed}: the oldest is left out"
        );
        assert!(
            text.contains("The latest progress updates (at most 50)")
                && text.contains("Every update is on"),
            "{feed}: its subtitle says it holds the latest only, and where the rest are"
        );
    }
    let updates = site.read("data/updates.csv");
    assert!(
        updates.contains("Day 1 of reporting.") && updates.contains("Day 60 of reporting."),
        "the open data keeps every update"
    );
    assert!(
        site.read("reviews/repairs-review/data/updates.csv")
            .contains("Day 1 of reporting."),
        "and so does the review's"
    );
    let data = site.read("data/index.html");
    assert!(
        data.contains("newest 50 progress updates"),
        "the data page says so too"
    );
}

#[test]
fn feeds_without_a_base_url_use_urn_ids_and_relative_links() {
    let root = copy_fixture(FIXTURE);
    let site_yaml = root.path().join("content/site.yaml");
    let text = std::fs::read_to_string(&site_yaml)
        .unwrap()
        .replace("base_url: https://www.example.gov.uk/scrutiny/\n", "");
    std::fs::write(&site_yaml, text).unwrap();
    let site = build_at(root, AS_OF, &[]);
    let feed = site.read("reviews/repairs-review/feed.xml");
    assert!(
        feed.contains("<id>urn:followthrough:review:repairs-review</id>"),
        "{feed}"
    );
    assert!(feed.contains("<id>urn:followthrough:repairs-review:1:2014-05-01:1</id>"));
    assert!(
        feed.contains("<link href=\"../../reviews/repairs-review/1/\" rel=\"alternate\""),
        "relative to the feed file: {feed}"
    );
    assert!(
        !site.exists("sitemap.xml"),
        "a sitemap needs absolute addresses"
    );
    if let Some(jing) = tool("jing", "jing") {
        assert_valid(&jing, &["-c", &schema("atom.rnc")], &site.path("feed.xml"));
        assert_valid(
            &jing,
            &["-c", &schema("atom.rnc")],
            &site.path("reviews/repairs-review/feed.xml"),
        );
    }
}

#[test]
fn the_atom_schema_check_catches_a_broken_feed() {
    // The validation above means something only if the schema rejects a feed that breaks RFC 4287.
    let Some(jing) = tool("jing", "jing") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.xml");
    std::fs::write(&bad, "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title><updated>yesterday</updated></feed>\n").unwrap();
    let o = std::process::Command::new(&jing)
        .args(["-c", &schema("atom.rnc")])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(
        !o.status.success(),
        "a feed with no id and a bad date must be rejected"
    );
}

#[test]
fn pages_advertise_their_feeds() {
    let site = build_fixture();
    let home = site.read("index.html");
    assert!(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\""));
    assert!(
        home.contains("href=\"feed.xml\""),
        "the site feed, relative"
    );
    for page in [
        "reviews/repairs-review/index.html",
        "reviews/repairs-review/2/index.html",
    ] {
        let html = site.read(page);
        let alternates: Vec<String> = html
            .lines()
            .filter(|l| l.contains("rel=\"alternate\""))
            .flat_map(hrefs)
            .map(|h| resolve(page, &h))
            .collect();
        assert!(
            alternates.contains(&"feed.xml".to_string())
                && alternates.contains(&"reviews/repairs-review/feed.xml".to_string()),
            "{page}: {alternates:?}"
        );
    }
}

#[test]
fn sitemap_is_valid_and_carries_lastmod_from_the_updates() {
    let site = build_fixture();
    let xml = site.read("sitemap.xml");
    assert!(xml.contains("<url><loc>https://www.example.gov.uk/scrutiny/reviews/repairs-review/1/</loc><lastmod>2014-05-01</lastmod></url>"), "{xml}");
    assert!(xml.contains("<url><loc>https://www.example.gov.uk/scrutiny/reviews/second-review/</loc><lastmod>2014-08-20</lastmod></url>"));
    assert!(xml.contains(
        "<url><loc>https://www.example.gov.uk/scrutiny/</loc><lastmod>2014-08-20</lastmod></url>"
    ));
    assert!(!xml.contains("404"));
    if let Some(xmllint) = tool("xmllint", "libxml2-utils") {
        assert_valid(
            &xmllint,
            &["--noout", "--schema", &schema("sitemap.xsd")],
            &site.path("sitemap.xml"),
        );
    }
}

/// The search index embedded in the search page.
fn search_index(site: &Site) -> Value {
    let html = site.read("search/index.html");
    let start = html
        .find("<script type=\"application/json\" id=\"search-index\">")
        .unwrap();
    let rest = &html[start..];
    let body = &rest[rest.find('>').unwrap() + 1..rest.find("</script>").unwrap()];
    serde_json::from_str(body).unwrap()
}

#[test]
fn the_search_index_contains_every_recommendation() {
    let site = build_fixture();
    let ix = search_index(&site);
    let reviews = ix["reviews"].as_array().unwrap();
    let statuses = ix["statuses"].as_array().unwrap();
    let recs = ix["recs"].as_array().unwrap();
    let all = json_recs(&site, "data/recommendations.json");
    assert_eq!(recs.len(), all.len(), "every recommendation is searchable");
    for (r, full) in recs.iter().zip(&all) {
        let review = &reviews[r[0].as_u64().unwrap() as usize];
        assert_eq!(review[0], full["review"]);
        assert_eq!(r[1], full["number"]);
        assert_eq!(r[3], full["title"]);
        assert_eq!(
            statuses[r[7].as_u64().unwrap() as usize][1],
            full["status_label"]
        );
        assert_eq!(r[8], json!(u8::from(full["overdue"] == true)));
        // The page it leads to exists.
        let url = format!(
            "reviews/{}/{}/index.html",
            review[0].as_str().unwrap(),
            r[2].as_str().unwrap()
        );
        assert_eq!(url, full["url"].as_str().unwrap());
    }
    assert!(
        recs[0][4].as_str().unwrap().contains("Ørsted café"),
        "text is searchable"
    );
    let party = |i: &Value| {
        ix["parties"][i.as_u64().unwrap() as usize]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        recs[0][5]
            .as_array()
            .unwrap()
            .iter()
            .map(party)
            .collect::<Vec<_>>(),
        ["Repairs Team", "IC"],
        "responsible is searchable"
    );
    assert_eq!(
        ix["themes"][recs[0][6].as_u64().unwrap() as usize],
        "Repairs",
        "theme is searchable"
    );
    assert_eq!(
        ix["themes"][recs[1][6].as_u64().unwrap() as usize],
        "",
        "no theme"
    );
    let html = site.read("search/index.html");
    assert!(
        !html.contains("arrears < 2%") && html.contains("arrears \\u003c 2%"),
        "no `<` inside the script element"
    );
    assert!(
        html.contains("<noscript>") && html.contains("id=\"search-app\" hidden"),
        "without JavaScript the page says so and hides the form"
    );
    let targets: BTreeSet<String> = hrefs(&html)
        .iter()
        .map(|h| resolve("search/index.html", h))
        .collect();
    for dashboard in [
        "status/index.html",
        "responsible/index.html",
        "overdue/index.html",
        "reviews/index.html",
    ] {
        assert!(
            targets.contains(dashboard),
            "the search page offers {dashboard}"
        );
    }
    assert!(
        html.contains("<script src=\"../search.js\""),
        "its own script, from this site"
    );
    assert!(site.exists("search.js"));
}

#[test]
fn data_files_are_byte_identical_whatever_the_thread_count() {
    let one = build_at(copy_fixture(FIXTURE), AS_OF, &["--jobs", "1"]);
    let many = build_at(copy_fixture(FIXTURE), AS_OF, &["--jobs", "4"]);
    for f in [
        "data/recommendations.json",
        "data/recommendations.csv",
        "data/updates.csv",
        "feed.xml",
        "reviews/repairs-review/feed.xml",
        "sitemap.xml",
        "search/index.html",
    ] {
        assert_eq!(one.bytes(f), many.bytes(f), "{f}");
    }
}
