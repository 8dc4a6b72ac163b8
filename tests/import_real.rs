//! `followthrough import` on real published action plans, re-keyed as an officer would have
//! them (`tests/fixtures/import/real/`, sources in its README): the real binary imports each into
//! a temp copy of a small site, the written files are read back with the site's own loader, and
//! `check` proves them a valid site. Each test states what a correct import gives: the summary
//! line, numbers, themes, every formal response as the document states it (never an invented
//! `agreed`), who is responsible, lead officers, deadlines and statuses.

mod common;

use common::SiteTest;
use followthrough::model::{Deadline, Recommendation, Response, Review, Site};
use std::path::{Path, PathBuf};

const REAL: &str = "tests/fixtures/import/real";

/// The real plans, with the test that says what each gives.
const PLANS: &[(&str, &str)] = &[
    (
        "maidstone-2014-strategic-plan-refresh.xlsx",
        "a_scraip_with_lettered_recommendations_and_a_timetable_of_statuses_and_dates",
    ),
    (
        "maidstone-2011-waste-tendering.tsv",
        "a_scraip_whose_response_is_agreed_only_where_it_says_so",
    ),
    (
        "maidstone-2011-rural-economy.csv",
        "a_scraip_with_a_small_table_above_it_and_lengths_of_time_for_deadlines",
    ),
    (
        "maidstone-2014-cabinet-member-priorities.tsv",
        "a_scraip_whose_answers_are_lettered_like_its_recommendations",
    ),
    (
        "iow-2004-select-committee-tracker.xlsx",
        "a_tracker_with_unheaded_numbers_a_meeting_date_and_portfolio_holders",
    ),
];

fn fixture(name: &str) -> PathBuf {
    common::repo().join(REAL).join(name)
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn summary(&self) -> &str {
        self.stdout.lines().last().unwrap_or("")
    }
}

fn run(site: &SiteTest, args: &[&str]) -> Run {
    let out = site.cmd(args).output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `followthrough import <real plan> --review <slug> <more>` into the site.
fn import(site: &SiteTest, plan: &str, review: &str, more: &[&str]) -> Run {
    let file = fixture(plan);
    let mut args = vec!["import", file.to_str().unwrap(), "--review", review];
    args.extend(more);
    run(site, &args)
}

/// `check` on the imported site passes (warnings allowed: they do not stop a build).
fn check(site: &SiteTest, as_of: &str) {
    let out = run(site, &["check", "--as-of", as_of]);
    assert_eq!(out.code, 0, "check failed:\n{}\n{}", out.stdout, out.stderr);
}

/// The site as followthrough itself reads it, with no errors.
fn load(root: &Path) -> Site {
    let loaded = followthrough::load::load(root).unwrap();
    let (site, diags) = followthrough::validate::validate(&loaded);
    let errors: Vec<_> = diags
        .iter()
        .chain(&loaded.diagnostics)
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    site
}

fn review<'a>(site: &'a Site, slug: &str) -> &'a Review {
    site.reviews.iter().find(|r| r.slug == slug).unwrap()
}

fn rec<'a>(r: &'a Review, number: &str) -> &'a Recommendation {
    r.recommendations
        .iter()
        .find(|x| x.number.as_str() == number)
        .unwrap_or_else(|| panic!("no recommendation {number}"))
}

fn numbers(r: &Review) -> Vec<&str> {
    r.recommendations
        .iter()
        .map(|x| x.number.as_str())
        .collect()
}

fn date(y: i32, m: u32, d: u32) -> Option<Deadline> {
    Some(Deadline::Date(
        chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap(),
    ))
}

fn file(site: &SiteTest, review: &str, name: &str) -> String {
    std::fs::read_to_string(site.path(&format!("content/reviews/{review}/{name}"))).unwrap()
}

#[test]
fn every_real_plan_in_the_folder_has_a_test_stating_what_it_gives() {
    let mut found: Vec<String> = std::fs::read_dir(common::repo().join(REAL))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| {
            [".csv", ".tsv", ".xlsx", ".xls", ".ods"]
                .iter()
                .any(|x| n.ends_with(x))
        })
        .collect();
    found.sort();
    let mut listed: Vec<String> = PLANS.iter().map(|(f, _)| f.to_string()).collect();
    listed.sort();
    assert_eq!(found, listed);
    let readme = std::fs::read_to_string(common::repo().join(REAL).join("README.md")).unwrap();
    for (plan, _) in PLANS {
        assert!(
            readme.contains(plan),
            "README.md does not name the source of {plan}"
        );
    }
    // A made-up plan says so in its name; every plan here is real.
    assert!(found.iter().all(|f| !f.starts_with("invented-")));
    let tests = std::fs::read_to_string(common::repo().join("tests/import_real.rs")).unwrap();
    for (_, test) in PLANS {
        assert!(tests.contains(&format!("fn {test}()")), "no test {test}");
    }
}

/// Maidstone Borough Council, SCRAIP for "Strategic Plan Refresh 2014-15" (7 January 2014): no
/// number column (the recommendations are lettered a) to d) in their own text), a Cabinet Member
/// and a Lead Officer but no Responsible column, every response "Agreed", and a Timetable that
/// says "Completed" for three and "Meeting held by 28 February 2014" for one.
#[test]
fn a_scraip_with_lettered_recommendations_and_a_timetable_of_statuses_and_dates() {
    let site = SiteTest::import_site();
    let out = import(
        &site,
        "maidstone-2014-strategic-plan-refresh.xlsx",
        "strategic-plan-2014",
        &[],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.summary(),
        "Imported 4 recommendations, 0 themes (responses: 4 agreed), 0 actions, 0 updates, 0 problems, 1 warning"
    );
    assert!(
        out.stderr.contains("cell D8 (Timetable): the cell says \"Meeting held by 28 February 2014\": the date in it, 28 February 2014, is read as the deadline"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("column B (Cabinet Member) is read as who is responsible and column E (Lead Officer) as the lead officer; to make the lead officer responsible instead, write --columns \"Cabinet Member=ignore\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("numbered by the letter or number its text starts with"),
        "{}",
        out.stderr
    );
    check(&site, "2014-09-01");
    let s = load(site.root());
    let r = review(&s, "strategic-plan-2014");
    assert_eq!(
        r.title,
        "Scrutiny Committee Recommendation Action and Implementation Plan (SCRAIP)"
    );
    assert_eq!(numbers(r), ["a", "b", "c", "d"]);
    for x in &r.recommendations {
        assert_eq!(x.response, Response::Agreed, "{}", x.number.as_str());
        assert_eq!(x.responsible, ["Councillor Moss", "The Leader"]);
        assert_eq!(x.lead_officer.as_deref(), Some("Angela Woodhouse"));
        assert_eq!(x.theme, None);
    }
    let a = rec(r, "a");
    assert!(
        a.recommendation
            .starts_with("A focus group, consisting of all members")
    );
    assert_eq!(a.deadline, date(2014, 2, 28));
    assert_eq!(a.status, "not-started");
    assert_eq!(
        a.response_text.as_deref(),
        Some("Agreed dates have been circulated")
    );
    let b = rec(r, "b");
    assert_eq!(b.status, "complete");
    assert_eq!(b.deadline, None);
    assert_eq!(
        b.response_text.as_deref(),
        Some("Agreed. Strategic Plan has been changed to reflect this.")
    );
    // "Agreed" says no more than the response itself.
    assert_eq!(rec(r, "c").response_text, None);
    assert_eq!(rec(r, "d").status, "complete");
    assert!(
        file(&site, "strategic-plan-2014", "a.yaml")
            .contains("# D8 (Timetable) says \"Meeting held by 28 February 2014\"")
    );
}

/// Maidstone Borough Council, SCRAIP for the Waste Tendering Strategy (Communities Overview and
/// Scrutiny Committee, 11 October 2011): two recommendations, one answered "Agreed - this will
/// be provided" and one with an explanation that begins with no response word; an empty Cabinet
/// Member column; the Lead Officer the only name; the timetable "Cabinet – 12 October 2011".
#[test]
fn a_scraip_whose_response_is_agreed_only_where_it_says_so() {
    let site = SiteTest::import_site();
    let out = import(
        &site,
        "maidstone-2011-waste-tendering.tsv",
        "waste-tendering-2011",
        &[],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.summary(),
        "Imported 2 recommendations, 0 themes (responses: 1 agreed, 1 awaiting response), 0 actions, 0 updates, 0 problems, 2 warnings"
    );
    assert!(
        out.stderr.contains("the response to recommendation 1 does not begin with a word such as \"Agreed\" or \"Not agreed\", so `awaiting` is written"),
        "{}",
        out.stderr
    );
    check(&site, "2011-11-01");
    let s = load(site.root());
    let r = review(&s, "waste-tendering-2011");
    assert_eq!(numbers(r), ["1", "2"]);
    let one = rec(r, "1");
    // The council explains the clauses; it does not say "agreed", so neither does the site.
    assert_eq!(one.response, Response::Awaiting);
    assert!(
        one.response_text
            .as_deref()
            .unwrap()
            .starts_with("These clauses in the IAA refer to the withdrawal")
    );
    let two = rec(r, "2");
    assert_eq!(two.response, Response::Agreed);
    assert_eq!(
        two.response_text.as_deref(),
        Some("Agreed -  this will be provided")
    );
    for x in [one, two] {
        assert_eq!(x.responsible, ["Steve Goulette"]);
        assert_eq!(x.lead_officer.as_deref(), Some("Steve Goulette"));
        assert_eq!(x.deadline, date(2011, 10, 12));
        assert_eq!(x.status, "not-started");
    }
    site.build("2011-11-01");
    let one = site.main_text("reviews/waste-tendering-2011/1/index.html");
    assert!(one.contains("Response Awaiting response"), "{one}");
    assert!(one.contains("Responsible Steve Goulette"), "{one}");
    let two = site.main_text("reviews/waste-tendering-2011/2/index.html");
    assert!(two.contains("Response Agreed"), "{two}");
    let text = file(&site, "waste-tendering-2011", "1.yaml");
    assert!(
        text.contains(
            "# response: the response in the sheet does not begin with a word such as \"Agreed\""
        ),
        "{text}"
    );
    assert!(text.contains("# responsible: the Cabinet Member cell is empty, so the lead officer, Steve Goulette, is written here"), "{text}");
}

/// Maidstone Borough Council, SCRAIP for the Rural Economy Review (Leisure & Prosperity Overview
/// and Scrutiny Committee, published 9 June 2011): a small "Dates to report back" table above the
/// plan, a "Chief Officer /Cabinet Member" column, responses that state what will be done but
/// never whether the recommendation is accepted, and timetables of "October 2011 to March 2012",
/// "6 months" and "3 months".
#[test]
fn a_scraip_with_a_small_table_above_it_and_lengths_of_time_for_deadlines() {
    let site = SiteTest::import_site();
    let plan = "maidstone-2011-rural-economy.csv";
    let out = import(&site, plan, "rural-economy-2011", &[]);
    // "6 months" from when? Refused, naming the cells; nothing is written.
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(
        out.summary(),
        "Not imported: 3 recommendations, 0 themes (responses: 3 awaiting response), 0 actions, 0 updates, 2 problems, 1 warning"
    );
    for cell in [
        "D12 (Timetable): \"6 months\"",
        "D13 (Timetable): \"3 months\"",
    ] {
        assert!(
            out.stderr.contains(&format!(
                "{plan}, cell {cell} is a length of time, not a date"
            )),
            "{}",
            out.stderr
        );
    }
    assert!(!site.path("content/reviews/rural-economy-2011").exists());

    let out = import(&site, plan, "rural-economy-2011", &["--force"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.summary(),
        "Imported 3 recommendations, 0 themes (responses: 3 awaiting response), 0 actions, 0 updates, 2 problems, 1 warning"
    );
    check(&site, "2011-11-01");
    let s = load(site.root());
    let r = review(&s, "rural-economy-2011");
    assert_eq!(numbers(r), ["1", "2", "3"]);
    assert!(
        r.recommendations
            .iter()
            .all(|x| x.response == Response::Awaiting)
    );
    let expected = [
        (
            "1",
            "Chief Officers of Economic Development",
            "John Foster",
            date(2012, 3, 31),
        ),
        ("2", "Full Cabinet", "David Edwards", None),
        ("3", "Cabinet Members", "Flo Churchill/ Sue Whiteside", None),
    ];
    for (n, responsible, lead, deadline) in expected {
        let x = rec(r, n);
        assert_eq!(x.responsible, [responsible], "{n}");
        assert_eq!(x.lead_officer.as_deref(), Some(lead), "{n}");
        assert_eq!(x.deadline, deadline, "{n}");
        assert_eq!(x.status, "not-started", "{n}");
    }
    assert!(
        rec(r, "1")
            .recommendation
            .starts_with("The Economic Development Strategy July 2008")
    );
    // The report-back table above the plan is kept for the review's page, not read as its header.
    let index = file(&site, "rural-economy-2011", "index.md");
    assert!(
        index.contains("1st Dec 2011 6 months after publication"),
        "{index}"
    );
    assert!(
        file(&site, "rural-economy-2011", "2.yaml")
            .contains("# D12 (Timetable): \"6 months\" is a length of time")
    );
}

/// Maidstone Borough Council, SCRAIP for the Cabinet Member Review of Priorities 2013-14
/// (Planning, Transport and Development Overview and Scrutiny Committee, 15 April 2014): the
/// recommendations and the answers lettered alike ("b) Accepted."), one answer that never says
/// whether it is accepted, and the Cabinet Member the only name.
#[test]
fn a_scraip_whose_answers_are_lettered_like_its_recommendations() {
    let site = SiteTest::import_site();
    let out = import(
        &site,
        "maidstone-2014-cabinet-member-priorities.tsv",
        "priorities-2014",
        &[],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.summary(),
        "Imported 3 recommendations, 0 themes (responses: 2 agreed, 1 awaiting response), 0 actions, 0 updates, 0 problems, 0 warnings"
    );
    assert!(
        out.stderr.contains(
            "the response to recommendation c does not begin with a word such as \"Agreed\""
        ),
        "{}",
        out.stderr
    );
    check(&site, "2014-09-01");
    let s = load(site.root());
    let r = review(&s, "priorities-2014");
    assert_eq!(
        r.title,
        "140415 SCRAIP Cabinet Member Priority Review 2013-14"
    );
    assert_eq!(numbers(r), ["a", "b", "c"]);
    let a = rec(r, "a");
    assert_eq!(a.response, Response::Agreed);
    assert!(
        a.response_text
            .as_deref()
            .unwrap()
            .starts_with("a) Accepted.  Clarification of the role of Design South East")
    );
    assert_eq!(rec(r, "b").response, Response::Agreed);
    // "b) Accepted." says no more than the response.
    assert_eq!(rec(r, "b").response_text, None);
    // "We have not agreed permanent arrangements ... but continue to explore": the council does
    // not say whether it accepts the recommendation, so the site does not say it for them.
    let c = rec(r, "c");
    assert_eq!(c.response, Response::Awaiting);
    assert!(
        c.response_text
            .as_deref()
            .unwrap()
            .starts_with("c) We have undertaken joint specialist projects")
    );
    for x in &r.recommendations {
        assert_eq!(x.responsible, ["Cllr Paine"]);
        assert_eq!(x.lead_officer, None);
        assert_eq!(x.status, "not-started");
        assert_eq!(x.deadline, None);
    }
}

/// Isle of Wight Council, the Executive's tracker of select committee recommendations (17
/// November 2004): numbers SC18 to SC23 under an empty header, the committee on every row, the
/// date of its meeting, the portfolio holder each recommendation was made to, the action taken
/// and an outcome; no response column.
#[test]
fn a_tracker_with_unheaded_numbers_a_meeting_date_and_portfolio_holders() {
    let site = SiteTest::import_site();
    let plan = "iow-2004-select-committee-tracker.xlsx";
    let out = import(&site, plan, "select-committees-2004", &[]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("the progress notes need a date"),
        "{}",
        out.stderr
    );
    let out = import(
        &site,
        plan,
        "select-committees-2004",
        &["--updated", "2004-11-17"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.summary(),
        "Imported 6 recommendations, 1 theme (responses: 6 awaiting response), 0 actions, 9 updates, 0 problems, 0 warnings"
    );
    assert!(
        out.stderr.contains("column C (Meeting Date): its name says it gives the date of a meeting, not when the work is due, so it is not read as the deadline but kept as a comment in each file"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("the outcome cells of recommendations SC19, SC22, SC23 are kept as progress updates, not as outcomes"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("column A is read as the recommendation number"),
        "{}",
        out.stderr
    );
    check(&site, "2014-09-01");
    assert!(file(&site, "select-committees-2004", "sc18.yaml").contains(
        "# C2 (Meeting Date): 2 September 2004, the date of the meeting, not a deadline"
    ));
    let s = load(site.root());
    let r = review(&s, "select-committees-2004");
    assert_eq!(numbers(r), ["SC18", "SC19", "SC20", "SC21", "SC22", "SC23"]);
    let ed = "The Portfolio Holder for Economic Development, UK and EU Regional Issues";
    let sd = "The Portfolio Holder for Sustainable Development, Environment and Planning Policy";
    // "Actioned." and "Pending" in the Outcome column are statuses. The other cells speak of work
    // not yet done ("To be renegotiated") on recommendations not finished, so they are progress
    // updates, never an outcome the site would show as "We did".
    let expected = [
        ("SC18", ed, "complete", None),
        ("SC19", ed, "not-started", Some("To be renegotiated")),
        ("SC20", ed, "not-started", None),
        ("SC21", sd, "not-started", None),
        ("SC22", sd, "not-started", Some("To be incorporated in Q2.")),
        (
            "SC23",
            "The Portfolio Holder for Tourism and Leisure and the Head of Community Development",
            "not-started",
            Some("Dependant upon budget."),
        ),
    ];
    for (n, responsible, status, not_yet_done) in expected {
        let x = rec(r, n);
        assert_eq!(x.responsible, [responsible], "{n}");
        assert_eq!(x.status, status, "{n}");
        assert_eq!(
            x.outcome, None,
            "{n}: an unfinished recommendation has no outcome"
        );
        // The meeting that made it is no deadline: nothing is overdue from the day it was made.
        assert_eq!(x.deadline, None, "{n}");
        assert_eq!(x.response, Response::Awaiting, "{n}");
        assert_eq!(
            x.theme.as_deref(),
            Some("Economic Development, Planning, Tourism and Leisure Services")
        );
        let texts: Vec<&str> = x.updates.iter().map(|u| u.text.as_str()).collect();
        let mut want = vec!["Action List circulated"];
        want.extend(not_yet_done);
        assert_eq!(texts, want, "{n}");
        assert!(
            x.updates
                .iter()
                .all(|u| u.date == chrono::NaiveDate::from_ymd_opt(2004, 11, 17).unwrap())
        );
    }
}

/// The case issue 12 was filed over, in a plan made up for the test (its name says so: no real
/// plan with exactly these headings was found): the only response column is headed `Action /
/// Comments`, its cells begin "Agreed - ...", "Partially accepted - ...", "Not agreed", and the
/// plan names a Lead Officer but has no Responsible column.
#[test]
fn invented_plan_the_issues_case_action_comments_and_a_lead_officer() {
    let site = SiteTest::import_site();
    let file =
        common::repo().join("tests/fixtures/import/invented-action-comments-lead-officer.csv");
    let out = run(
        &site,
        &["import", file.to_str().unwrap(), "--review", "repairs-2015"],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.summary(),
        "Imported 4 recommendations, 0 themes (responses: 1 agreed, 1 partially agreed, 1 not agreed, 1 awaiting response), 0 actions, 0 updates, 0 problems, 0 warnings"
    );
    assert!(
        out.stderr.contains("column C `Action / Comments` is read as the formal response, though its name suggests the action: 3 of its 4 cells begin with a response such as \"Agreed\""),
        "{}",
        out.stderr
    );
    check(&site, "2015-01-01");
    let s = load(site.root());
    let r = review(&s, "repairs-2015");
    let expected = [
        ("1", Response::Agreed, "Head of Repairs", date(2015, 3, 31)),
        (
            "2",
            Response::PartiallyAgreed,
            "Head of Repairs",
            date(2015, 9, 30),
        ),
        ("3", Response::NotAgreed, "Head of Housing", None),
        (
            "4",
            Response::Awaiting,
            "Resident Involvement Manager",
            None,
        ),
    ];
    for (n, response, lead, deadline) in expected {
        let x = rec(r, n);
        assert_eq!(x.response, response, "{n}");
        assert_eq!(x.responsible, [lead], "{n}");
        assert_eq!(x.lead_officer.as_deref(), Some(lead), "{n}");
        assert_eq!(x.deadline, deadline, "{n}");
        // A response is not a planned action.
        assert!(x.actions.is_empty(), "{n}");
    }
    // What a resident reads on each recommendation's page.
    site.build("2015-01-01");
    for (n, says) in [
        ("1", "Response Agreed"),
        ("2", "Response Partially agreed"),
        ("3", "Response Not agreed"),
        ("4", "Response Awaiting response"),
    ] {
        let page = site.main_text(&format!("reviews/repairs-2015/{n}/index.html"));
        assert!(page.contains(says), "{n}: {page}");
    }
}
