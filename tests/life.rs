//! The life of a review, as a resident follows it: what the panel is looking at now (the work
//! programme, grouped by stage), where each review is (its stages as steps, the current one
//! marked in words and for screen readers), whether the landlord answered in time (late
//! responses flagged, counted on the home page and reported by `check`), and whether it made a
//! difference (the impact assessment, its rating on the lists of reviews and in the open data).
//! The fixture `tests/fixtures/sites/life` has a review at every stage, judged as of 2 December
//! 2026.

mod common;

use common::*;
use scraper::{ElementRef, Html, Selector};

const AS_OF: &str = "2026-12-02";

fn built() -> SiteTest {
    let site = SiteTest::fixture("life");
    site.build(AS_OF);
    site
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: ElementRef) -> String {
    e.text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The steps of a review's page: (text, state class, whether marked `aria-current="step"`).
fn steps(site: &SiteTest, slug: &str) -> Vec<(String, String, bool)> {
    let doc = Html::parse_document(&site.page(&format!("reviews/{slug}/index.html")));
    doc.select(&sel("main ol.steps > li"))
        .map(|li| {
            let class = li.value().attr("class").unwrap_or("").to_string();
            let current = li.value().attr("aria-current") == Some("step");
            (text(li), class, current)
        })
        .collect()
}

#[test]
fn a_review_at_every_stage_shows_its_steps_with_one_current_in_words() {
    let site = built();
    // (review, the current step as a reader reads it, how many steps are listed)
    for (slug, current, count) in [
        (
            "a-proposed",
            "Proposed Current stage from 1 October 2026",
            8,
        ),
        (
            "b-scoping",
            "Scoping Current stage from 1 September 2026",
            8,
        ),
        (
            "c-evidence",
            "Gathering evidence Current stage from 1 July 2026",
            8,
        ),
        (
            "d-reporting",
            "Writing the report Current stage from 15 October 2026",
            8,
        ),
        (
            "e-awaiting-late",
            "Awaiting the response Current stage from 15 June 2026",
            8,
        ),
        (
            "g-monitoring-ready",
            "Monitoring Current stage from 20 October 2025",
            8,
        ),
        (
            "h-impact-assessed",
            "Impact assessed Current stage from 1 September 2026",
            8,
        ),
        ("i-closed", "Closed Current stage from 10 January 2022", 8),
        (
            "j-withdrawn",
            "Withdrawn Current stage from 1 March 2026 Reason: The service was brought back in-house",
            3,
        ),
    ] {
        let steps = steps(&site, slug);
        assert_eq!(steps.len(), count, "{slug}: {steps:?}");
        let marked: Vec<&(String, String, bool)> = steps.iter().filter(|s| s.2).collect();
        assert_eq!(marked.len(), 1, "{slug}: one step is aria-current");
        assert_eq!(marked[0].0, current, "{slug}");
        assert!(marked[0].1.contains("step--current"), "{slug}: styled too");
        let at = steps.iter().position(|s| s.2).unwrap();
        assert!(
            steps[..at]
                .iter()
                .all(|s| s.0.contains("Done") || s.0.contains("Not done")),
            "{slug}: every step before the current one says it is done: {steps:?}"
        );
        assert!(
            steps[at + 1..].iter().all(|s| s.0.contains("To come")),
            "{slug}: every step after it says it is to come: {steps:?}"
        );
    }
}

#[test]
fn steps_to_come_say_when_the_report_and_the_response_are_expected() {
    let site = built();
    let evidence = steps(&site, "c-evidence");
    assert_eq!(
        evidence[4].0,
        "Awaiting the response To come expected by 28 February 2027"
    );
    let awaiting = steps(&site, "f-awaiting-in-time");
    assert_eq!(
        awaiting[5].0,
        "Monitoring To come expected by 1 January 2027"
    );
    let closed = steps(&site, "i-closed");
    assert_eq!(
        closed[6].0, "Impact assessed Not done",
        "a review closed without an assessment says so"
    );
}

/// The titles of the reviews listed under the heading `id` of the work programme.
fn group(doc: &Html, id: &str) -> Vec<String> {
    let heading = doc
        .select(&sel(&format!("main h2#{id}")))
        .next()
        .unwrap_or_else(|| panic!("the programme has a heading #{id}"));
    let mut out = Vec::new();
    for sib in heading.next_siblings().filter_map(ElementRef::wrap) {
        if sib.value().name() == "h2" {
            break;
        }
        out.extend(sib.select(&sel("h3")).map(text));
    }
    out
}

#[test]
fn the_work_programme_groups_every_review_by_its_stage_late_responses_first() {
    let site = built();
    let doc = Html::parse_document(&site.page("programme/index.html"));
    assert_eq!(group(&doc, "proposed"), ["Proposed review"]);
    assert_eq!(
        group(&doc, "under-way"),
        ["Evidence review", "Scoping review", "Reporting review"],
        "the soonest expected report first, one with no date last"
    );
    assert_eq!(
        group(&doc, "awaiting-response"),
        ["Late response review", "Response in time review"]
    );
    assert_eq!(group(&doc, "monitoring"), ["Ready for impact review"]);
    assert_eq!(group(&doc, "assessed"), ["Assessed review"]);
    assert_eq!(group(&doc, "closed"), ["Closed review"]);
    assert_eq!(group(&doc, "withdrawn"), ["Withdrawn review"]);
    let page = words(main_of(&site.page("programme/index.html")));
    for said in [
        "1 response is late.",
        "Report expected by 28 February 2027.",
        "No date is set for the report yet.",
        "Response late by 3 months The formal response was due by 15 August 2026 and has not been recorded.",
        "The formal response is due by 1 January 2027.",
        "Ready for an impact assessment",
        "Impact: Some impact assessed on 1 September 2026",
        "Why this review: Complaints about repairs",
    ] {
        assert!(page.contains(said), "the programme says {said:?}:\n{page}");
    }
}

#[test]
fn the_home_page_counts_late_responses_and_lists_the_impact_rating() {
    let site = built();
    let home = words(main_of(&site.page("index.html")));
    assert!(home.contains("1 late response"), "{home}");
    assert!(
        home.contains("Stage: Impact assessed Impact: Some impact"),
        "{home}"
    );
    assert!(
        home.contains("Stage: Awaiting the response Response late by 3 months"),
        "{home}"
    );
    let earlier = SiteTest::fixture("life");
    earlier.build("2026-08-15");
    let home = words(main_of(&earlier.page("index.html")));
    assert!(
        home.contains("0 late responses"),
        "on the day it is due the response is not late yet: {home}"
    );
}

#[test]
fn the_impact_assessment_is_a_section_of_its_own_and_a_response_given_says_if_in_time() {
    let site = built();
    let page = words(main_of(&site.page("reviews/h-impact-assessed/index.html")));
    assert!(
        page.contains("Did it make a difference? Impact assessment: Some impact Assessed on 1 September 2026 by Tenants' Scrutiny Panel. Repairs are now booked at the first call for most tenants."),
        "{page}"
    );
    assert!(
        page.contains("The formal response was given on 10 June 2024, 40 days after it was due"),
        "{page}"
    );
    let monitored = words(main_of(&site.page("reviews/g-monitoring-ready/index.html")));
    assert!(
        monitored.contains("The formal response was given on 20 October 2025, in time."),
        "{monitored}"
    );
    assert!(monitored.contains("this review is ready for an impact assessment"));
    assert!(!monitored.contains("Did it make a difference?"));
}

#[test]
fn reviews_csv_and_json_give_one_row_per_review_with_its_stage_dates_and_rating() {
    let site = built();
    let csv = site.page("data/reviews.csv");
    let mut rows =
        ::csv::ReaderBuilder::new().from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = rows.headers().unwrap().iter().map(str::to_string).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 10, "one row per review");
    let late = &records[4];
    assert_eq!(&late[col("review")], "e-awaiting-late");
    assert_eq!(&late[col("stage")], "awaiting-response");
    assert_eq!(&late[col("published")], "2026-06-15");
    assert_eq!(&late[col("response_due")], "2026-08-15");
    assert_eq!(&late[col("response_late")], "true");
    assert_eq!(&late[col("days_late")], "109");
    let assessed = &records[7];
    assert_eq!(&assessed[col("impact_rating")], "some");
    assert_eq!(&assessed[col("impact_rating_label")], "Some impact");
    assert_eq!(&assessed[col("impact_date")], "2026-09-01");
    assert_eq!(&records[6][col("ready_for_impact")], "true");
    let json: serde_json::Value = serde_json::from_str(&site.page("data/reviews.json")).unwrap();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), 10);
    assert_eq!(items[2]["stage"], "evidence");
    assert_eq!(items[2]["expected"], "2027-02-28");
    assert_eq!(items[0]["impact_rating"], serde_json::Value::Null);
    assert_eq!(items[7]["impact_by"], "Tenants' Scrutiny Panel");
    let data = words(main_of(&site.page("data/index.html")));
    assert!(
        data.contains("reviews.csv"),
        "the data page documents the file"
    );
    assert!(data.contains("response_late"), "and its columns");
}

#[test]
fn check_reports_late_responses_and_reviews_ready_for_an_impact_assessment() {
    let site = SiteTest::fixture("life");
    let out = site
        .cmd(&["check", "--as-of", AS_OF])
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("warning: the response to \"Late response review\" is late: it was due on 2026-08-15 and is 109 days late as of 2026-12-02\n --> content/reviews/e-awaiting-late/index.md:3:8"),
        "{err}"
    );
    assert!(
        err.contains("warning: \"Ready for impact review\" is ready for an impact assessment: every recommendation is done or closed, but the review is still `monitoring`\n --> content/reviews/g-monitoring-ready/index.md:3:8"),
        "{err}"
    );
    let before = site
        .cmd(&["check", "--as-of", "2026-08-15"])
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(before.stderr).unwrap();
    assert!(!err.contains("is late"), "judged against --as-of: {err}");
}

#[test]
fn a_review_that_states_no_stage_is_monitored_once_published_with_recommendations() {
    let site = SiteTest::fixture("life");
    site.write(
        "content/reviews/k-unstated/index.md",
        "---\ntitle: Unstated review\npublished: 2025-01-10\n---\nOlder review.\n",
    );
    site.write(
        "content/reviews/k-unstated/1.yaml",
        "number: \"1\"\nrecommendation: Do it.\nresponse: agreed\nresponsible: Housing\nstatus: in-progress\n",
    );
    site.write(
        "content/reviews/l-unstated-draft/index.md",
        "---\ntitle: Unstated draft\n---\nNo report yet.\n",
    );
    site.build(AS_OF);
    let page = words(main_of(&site.page("reviews/k-unstated/index.html")));
    assert!(
        page.contains("Stage now: Monitoring. (Worked out from the review's dates and recommendations: the review does not state its stage.)"),
        "{page}"
    );
    let draft = words(main_of(&site.page("reviews/l-unstated-draft/index.html")));
    assert!(draft.contains("Stage now: Writing the report."), "{draft}");
}

#[test]
fn a_review_with_no_recommendations_yet_says_so_and_not_0_of_0_done() {
    let site = SiteTest::example();
    site.build(AS_OF);
    for page in [
        "index.html",
        "reviews/index.html",
        "reviews/complaints-handling-2026/index.html",
        "embed/reviews/complaints-handling-2026/index.html",
    ] {
        let text = words(&site.page(page));
        assert!(!text.contains("0 of 0"), "{page}: {text}");
        assert!(text.contains("No recommendations yet"), "{page}: {text}");
    }
    let cy = words(&site.page("cy/reviews/index.html"));
    assert!(cy.contains("Dim argymhellion eto"), "{cy}");
}

#[test]
fn the_example_programme_shows_the_islington_review_monitored_since_its_report_and_the_illustrations()
 {
    let site = SiteTest::example();
    site.build(AS_OF);
    let doc = Html::parse_document(&site.page("programme/index.html"));
    assert_eq!(
        group(&doc, "proposed"),
        ["Repairs to homes managed by TMOs (illustration)"]
    );
    assert_eq!(
        group(&doc, "under-way"),
        ["Complaints handling (illustration)"]
    );
    assert!(group(&doc, "monitoring").contains(&"TMO Scrutiny Review".to_string()));
    let steps = steps(&site, "tmo-scrutiny-2011");
    assert_eq!(
        steps[4].0, "Awaiting the response Done from 6 December 2011",
        "the report of 6 December 2011 began the wait for the response"
    );
    assert_eq!(steps[5].0, "Monitoring Current stage");
    for slug in ["repairs-tmo-homes-2027", "complaints-handling-2026"] {
        let page = words(main_of(&site.page(&format!("reviews/{slug}/index.html"))));
        assert!(
            page.contains("Illustration: this review is an example, not a real review."),
            "{slug} says it is an illustration: {page}"
        );
    }
}

#[test]
fn a_stage_behind_its_own_history_is_an_error_and_odd_combinations_are_warned_of() {
    let site = SiteTest::fixture("life");
    site.write(
        "content/reviews/b-scoping/index.md",
        "---\ntitle: Scoping review\nstage: scoping\nstages:\n  - { stage: evidence, date: 2026-09-01 }\n---\nx\n",
    );
    let out = site
        .cmd(&["check", "--as-of", AS_OF])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("error: the review is at the stage `scoping`, but its stage history says it reached `evidence`\n --> content/reviews/b-scoping/index.md:3:8"),
        "{err}"
    );
    assert!(err.contains("help: set `stage: evidence`"), "{err}");

    let site = SiteTest::fixture("life");
    site.write(
        "content/reviews/c-evidence/index.md",
        "---\ntitle: Evidence review\nstage: evidence\npublished: 2026-11-01\n---\nx\n",
    );
    site.write(
        "content/reviews/g-monitoring-ready/index.md",
        "---\ntitle: Ready\nstage: monitoring\npublished: 2025-09-01\nimpact:\n  date: 2026-10-01\n  rating: little\n  text: Little changed.\n---\nx\n",
    );
    let out = site
        .cmd(&["check", "--as-of", AS_OF])
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("warning: the review has a `published:` date (2026-11-01), but its stage `evidence` comes before the report"),
        "{err}"
    );
    assert!(
        err.contains(
            "warning: this review has an impact assessment, but its stage is `monitoring`"
        ),
        "{err}"
    );
}

#[test]
fn a_welsh_site_says_the_stages_the_programme_and_the_impact_in_welsh() {
    let site = SiteTest::fixture("life");
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &format!("{yaml}language: cy\n"));
    site.build(AS_OF);
    let steps = steps(&site, "h-impact-assessed");
    assert_eq!(
        steps[6].0,
        "Effaith wedi'i hasesu Y cam presennol o 1 Medi 2026"
    );
    let page = words(main_of(&site.page("reviews/h-impact-assessed/index.html")));
    assert!(
        page.contains("A wnaeth wahaniaeth? Asesiad effaith: Peth effaith"),
        "{page}"
    );
    let programme = site.page("programme/index.html");
    assert!(programme.contains("<h1>Rhaglen waith</h1>"));
    let said = words(main_of(&programme));
    assert!(
        said.contains("Casglu tystiolaeth") && !said.contains("Gathering evidence"),
        "the stages are in Welsh: {said}"
    );
}
