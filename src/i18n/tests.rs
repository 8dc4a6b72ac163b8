//! The theme's words as a reader meets them: Welsh plurals, Welsh dates, a theme's message over
//! the built-in one, and a broken message file found at its line.

use super::*;

fn words() -> Messages {
    Messages::builtin()
}

#[test]
fn welsh_counts_recommendations_in_all_six_plural_forms() {
    let m = words();
    let cy = Say::new(&m, Lang::CY);
    let said = |n: i64| cy.with("status-count", &[("count", Arg::Int(n))]);
    // CLDR: 0 zero, 1 one, 2 two, 3 few, 6 many, 20 other.
    assert_eq!(said(0), "Dim argymhellion ar draws pob adolygiad.");
    assert_eq!(said(1), "1 argymhelliad ar draws pob adolygiad.");
    assert_eq!(said(2), "2 argymhelliad ar draws pob adolygiad.");
    assert_eq!(said(3), "3 argymhelliad ar draws pob adolygiad.");
    assert_eq!(said(6), "6 argymhelliad ar draws pob adolygiad.");
    assert_eq!(said(20), "20 o argymhellion ar draws pob adolygiad.");
    let en = Say::new(&m, Lang::EN);
    assert_eq!(
        en.with("status-count", &[("count", Arg::Int(1))]),
        "1 recommendation across all reviews."
    );
    assert_eq!(
        en.with("status-count", &[("count", Arg::Int(20))]),
        "20 recommendations across all reviews."
    );
}

#[test]
fn welsh_durations_mutate_after_two() {
    let m = words();
    let cy = Say::new(&m, Lang::CY);
    assert_eq!(cy.duration(1), "1 diwrnod");
    assert_eq!(cy.duration(2), "2 ddiwrnod");
    assert_eq!(cy.duration(3), "3 diwrnod");
    assert_eq!(cy.duration(12), "12 o ddiwrnodau");
    assert_eq!(cy.duration(61), "2 fis");
    assert_eq!(cy.duration(365 * 3), "3 blynedd");
    let en = Say::new(&m, Lang::EN);
    assert_eq!(en.duration(1), "1 day");
    assert_eq!(en.duration(45), "45 days");
    assert_eq!(en.duration(100), "3 months");
    assert_eq!(en.duration(365 * 12), "12 years");
}

#[test]
fn dates_are_written_in_the_pages_language() {
    let m = words();
    let d = NaiveDate::from_ymd_opt(2014, 8, 31).unwrap();
    assert_eq!(Say::new(&m, Lang::EN).date(d), "31 August 2014");
    assert_eq!(Say::new(&m, Lang::CY).date(d), "31 Awst 2014");
    assert_eq!(Say::new(&m, Lang::CY).month_year(2014, 8), "Awst 2014");
    let welsh: Vec<&str> = (1..=12)
        .map(|mo| Say::new(&m, Lang::CY).month(mo))
        .collect();
    assert_eq!(
        welsh,
        [
            "Ionawr",
            "Chwefror",
            "Mawrth",
            "Ebrill",
            "Mai",
            "Mehefin",
            "Gorffennaf",
            "Awst",
            "Medi",
            "Hydref",
            "Tachwedd",
            "Rhagfyr"
        ]
    );
    let d = NaiveDate::from_ymd_opt(2011, 1, 1).unwrap();
    assert_eq!(Say::new(&m, Lang::EN).date(d), "1 January 2011");
}

#[test]
fn welsh_bodies_accept_or_reject_recommendations() {
    let m = words();
    let cy = Say::new(&m, Lang::CY);
    let label = |k: &str| cy.with("response-label", &[("key", Arg::from(k))]);
    assert_eq!(label("agreed"), "Derbyniwyd");
    assert_eq!(label("not-agreed"), "Gwrthodwyd");
    let status = |k: &str| cy.with("status-label", &[("key", Arg::from(k))]);
    assert_eq!(status("in-progress"), "Ar y gweill");
    assert_eq!(status("complete"), "Wedi'i gwblhau");
    assert_eq!(status("not-started"), "Heb ddechrau");
    assert_eq!(cy.word("skip-link"), "Neidio i'r prif gynnwys");
}

#[test]
fn a_message_can_name_another_and_pass_on_its_arguments() {
    let m = words();
    let t = Words::with("title-status", vec![("key", Arg::from("in-progress"))]);
    assert_eq!(
        Say::new(&m, Lang::EN).text(&t),
        "In progress: recommendations by status"
    );
    assert_eq!(
        Say::new(&m, Lang::CY).text(&t),
        "Ar y gweill: argymhellion yn ôl statws"
    );
}

fn ids(text: &str) -> std::collections::BTreeSet<String> {
    text.lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn english_and_welsh_have_the_same_messages() {
    let s = builtin_sources();
    let en = ids(&s[0].text);
    let cy = ids(&s[1].text);
    assert!(en.len() > 200, "the theme has its words: {}", en.len());
    let only_en: Vec<_> = en.difference(&cy).collect();
    let only_cy: Vec<_> = cy.difference(&en).collect();
    assert!(only_en.is_empty(), "no Welsh for {only_en:?}");
    assert!(only_cy.is_empty(), "no English for {only_cy:?}");
}

#[test]
fn every_welsh_message_is_marked_or_comes_from_a_published_term() {
    // Each message of cy.ftl is either marked `# check:` above it or is in the list of
    // published terms of docs/welsh-terms.md; the file's header says what the marks mean.
    let cy = &builtin_sources()[1].text;
    assert!(
        cy.contains("# check: <why>"),
        "the header explains the marks"
    );
    let lines: Vec<&str> = cy.lines().collect();
    let mut unmarked = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some((id, _)) = l.split_once(" = ") else {
            continue;
        };
        if id.starts_with(' ') || id.starts_with('#') {
            continue;
        }
        let marked = lines[..i]
            .iter()
            .rev()
            .take_while(|p| p.starts_with('#'))
            .any(|p| p.starts_with("# check:"));
        if !marked {
            unmarked.push(id.to_string());
        }
    }
    let terms = include_str!("../../docs/welsh-terms.md");
    for id in &unmarked {
        assert!(
            terms.contains(&format!("`{id}`")),
            "`{id}` is neither marked `# check:` nor listed as a published term in docs/welsh-terms.md"
        );
    }
}

#[test]
fn every_message_the_program_asks_for_is_in_the_built_in_files() {
    let re = regex::Regex::new(r#"(?:say\.(?:word|with)|Words::(?:msg|with))\(\s*"([a-z0-9-]+)""#)
        .unwrap();
    let m = words();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut asked = 0;
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for cap in re.captures_iter(&text) {
            asked += 1;
            for lang in crate::i18n::BUILT_IN {
                assert!(
                    m.has(lang, &cap[1]),
                    "{} asks for `{}`, which {}.ftl lacks",
                    entry.path().display(),
                    &cap[1],
                    lang.code()
                );
            }
        }
    }
    assert!(asked > 20, "found the program's messages: {asked}");
}

#[test]
fn a_themes_message_replaces_only_that_message() {
    let site = [Source {
        lang: Lang::CY,
        path: "themes/council/i18n/cy.ftl".into(),
        text: "skip-link = Ewch i'r cynnwys\n".into(),
    }];
    let m = Messages::new(&builtin_sources(), &site).unwrap();
    let cy = Say::new(&m, Lang::CY);
    assert_eq!(cy.word("skip-link"), "Ewch i'r cynnwys");
    assert_eq!(cy.word("nav-search"), "Chwilio");
    assert_eq!(
        Say::new(&m, Lang::EN).word("skip-link"),
        "Skip to main content"
    );
}

#[test]
fn a_broken_message_file_is_found_at_its_line_and_message() {
    let site = [Source {
        lang: Lang::EN,
        path: "themes/council/i18n/en.ftl".into(),
        text: "skip-link = Skip\n\nnav-home = { $oops\nnav-search = Find\n".into(),
    }];
    let b = Messages::new(&builtin_sources(), &site).unwrap_err();
    assert_eq!(b.path, "themes/council/i18n/en.ftl");
    assert_eq!(b.line, 3, "{b:?}");
    assert_eq!(b.id.as_deref(), Some("nav-home"), "{b:?}");
    assert!(b.to_string().contains("`nav-home`"), "{b}");
}

#[test]
fn a_missing_message_says_which() {
    let m = words();
    let e = m.text(Lang::CY, "no-such-message", &[]).unwrap_err();
    assert_eq!(e.id, "no-such-message");
    assert!(e.why.contains("cy.ftl"), "{}", e.why);
}

#[test]
fn languages_come_from_html_tags() {
    assert_eq!(Lang::of_tag("en-GB"), Some(Lang::EN));
    assert_eq!(Lang::of_tag("cy"), Some(Lang::CY));
    assert_eq!(Lang::of_tag("CY-gb"), Some(Lang::CY));
    assert_eq!(Lang::of_tag("xx"), None);
    assert_eq!(crate::i18n::of_site("xx"), Lang::EN);
}

#[test]
fn every_open_data_column_is_explained_in_both_languages() {
    use crate::data::records::{REC_COLUMNS, UPDATE_COLUMNS, meaning_id};
    let m = words();
    for (columns, updates) in [(REC_COLUMNS, false), (UPDATE_COLUMNS, true)] {
        for c in columns {
            for lang in crate::i18n::BUILT_IN {
                let id = meaning_id(c.name, updates);
                assert!(m.has(lang, &id), "{}.ftl lacks `{id}`", lang.code());
            }
        }
    }
    let cy = Say::new(&m, Lang::CY);
    assert_eq!(
        cy.word(&meaning_id("review_title", false)),
        "Teitl yr adolygiad."
    );
}
