//! Requests awaiting a decision, as the quarterly tracker brings them back: an extension of the
//! deadline asked for and not yet agreed (`requested:` without `agreed:`), and a request to close
//! (`closure_requested:`). The deadline in force stays until the extension is agreed; the pages
//! and the open data show both requests in words.

mod data_support;

use data_support::*;
use serde_json::Value;

const REQUESTS: &str = "number: \"1\"
title: Publish repair times
recommendation: Publish average repair times every quarter.
response: partially-agreed
responsible: Repairs Team
deadline: 2014-08-01
revised_deadlines:
  - { date: 2014-12-31, reason: The new repairs system goes live in November, requested: 2014-08-20 }
closure_requested: 2014-08-25
status: in-progress
updates:
  - date: 2014-08-20
    status: in-progress
    text: The first quarter's times are published.
";

fn with_requests() -> Site {
    let root = copy_fixture(FIXTURE);
    std::fs::write(
        root.path().join("content/reviews/second-review/1.yaml"),
        REQUESTS,
    )
    .unwrap();
    build_at(root, AS_OF, &[])
}

fn text(site: &Site, rel: &str) -> String {
    text_of(main_of(&site.read(rel)))
}

#[test]
fn an_extension_request_awaiting_agreement_is_shown_beside_the_deadline_still_in_force() {
    let site = with_requests();
    let page = text(&site, "reviews/second-review/1/index.html");
    assert!(
        page.contains("Deadline 1 August 2014 Extension requested on 20 August 2014 to 31 December 2014 : awaiting agreement Reason: The new repairs system goes live in November"),
        "{page}"
    );
    assert!(
        page.contains("Overdue: the deadline of 1 August 2014 passed"),
        "overdue is judged against the deadline in force: {page}"
    );
    assert!(
        page.contains("Awaiting agreement (requested on 20 August 2014 )"),
        "{page}"
    );
    let list = text(&site, "reviews/second-review/index.html");
    assert!(
        list.contains("1 August 2014 Extension requested on 20 August 2014 to 31 December 2014 : awaiting agreement"),
        "the review's action plan shows it too: {list}"
    );
}

#[test]
fn a_closure_request_is_shown_with_its_date_in_words() {
    let site = with_requests();
    let page = text(&site, "reviews/second-review/1/index.html");
    assert!(
        page.contains("Closure requested on 25 August 2014"),
        "{page}"
    );
    let list = text(&site, "reviews/second-review/index.html");
    assert!(
        list.contains("In progress Overdue by 31 days Closure requested on 25 August 2014"),
        "{list}"
    );
}

#[test]
fn open_data_gives_both_requests_after_every_existing_column() {
    let site = with_requests();
    let json: Vec<Value> = serde_json::from_str(&site.read("data/recommendations.json")).unwrap();
    let r = json
        .iter()
        .find(|r| r["review"] == "second-review" && r["number"] == "1")
        .unwrap();
    assert_eq!(
        r["current_deadline"], "2014-08-01",
        "the request is not in force"
    );
    assert_eq!(r["overdue"], true);
    assert_eq!(r["slipped"], false, "no revision is in force");
    assert_eq!(r["extension_requested"], "2014-08-20");
    assert_eq!(r["extension_requested_to"], "2014-12-31");
    assert_eq!(
        r["extension_reason"],
        "The new repairs system goes live in November"
    );
    assert_eq!(r["closure_requested"], "2014-08-25");
    let other = json
        .iter()
        .find(|r| r["review"] == "repairs-review")
        .unwrap();
    assert_eq!(
        (
            other["extension_requested"].clone(),
            other["closure_requested"].clone()
        ),
        (Value::Null, Value::Null)
    );

    let bytes = site.bytes("data/recommendations.csv");
    let mut rdr = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    let as_of = header.iter().position(|h| h == "as_of").unwrap();
    assert_eq!(
        &header[as_of + 1..],
        [
            "extension_requested",
            "extension_requested_to",
            "extension_reason",
            "closure_requested"
        ],
        "new columns come last, so spreadsheets reading by position keep working"
    );
    let row = rdr
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == "second-review")
        .unwrap();
    assert_eq!(&row[as_of + 1], "2014-08-20");
    assert_eq!(&row[as_of + 4], "2014-08-25");
    let page = site.read("data/index.html");
    assert!(page.contains("extension_requested_to") && page.contains("closure_requested"));
}

#[test]
fn a_request_date_that_cannot_be_read_is_an_error_at_its_line_and_a_future_one_a_warning() {
    let root = copy_fixture(FIXTURE);
    let file = root.path().join("content/reviews/second-review/1.yaml");
    std::fs::write(
        &file,
        REQUESTS.replace("requested: 2014-08-20", "requested: soon"),
    )
    .unwrap();
    let (code, diags) = check_json(root.path());
    assert_eq!(code, 1);
    let d = diags
        .iter()
        .find(|d| d["message"] == "`soon` is not a date")
        .unwrap_or_else(|| panic!("{diags:?}"));
    assert_eq!(d["line"], 8);

    std::fs::write(
        &file,
        REQUESTS.replace(
            "closure_requested: 2014-08-25",
            "closure_requested: 2014-10-01",
        ),
    )
    .unwrap();
    let (code, diags) = check_json(root.path());
    assert_eq!(code, 0, "{diags:?}");
    assert!(
        diags.iter().any(|d| d["severity"] == "warning"
            && d["line"] == 9
            && d["message"]
                .as_str()
                .unwrap()
                .contains("--as-of 2014-09-01")),
        "{diags:?}"
    );
}
