//! What `serve` serves after each kind of change is what `build` would make: the session's
//! rebuilds (one file re-read, only the pages it affects re-made, in two steps) checked against a
//! full build of the same content, on a copy of a fixture site.

mod common;
use common::*;
use followthrough::pipeline::session::{Publish, Rebuilt, Session};
use followthrough::pipeline::{self, Options};
use followthrough::render::OutputSet;
use followthrough::watch::{Change, Plan};
use std::path::Path;

fn options(root: &Path) -> Options {
    Options {
        root: root.to_path_buf(),
        output: root.join("output"),
        as_of: chrono::NaiveDate::from_ymd_opt(2014, 9, 1).unwrap(),
        base_url: None,
        adopt: false,
    }
}

/// Applies what a rebuild publishes, as the server does.
fn apply(served: &mut OutputSet, p: Publish) {
    if p.whole {
        served.clear();
    }
    for r in &p.removed {
        served.remove(r);
    }
    served.extend(p.files);
}

fn rebuild(s: &mut Session, served: &mut OutputSet, plan: &Plan) -> Rebuilt {
    let mut got = Vec::new();
    let r = s.rebuild(plan, &mut |p| got.push(p), &|| false).unwrap();
    for p in got {
        apply(served, p);
    }
    r
}

fn plan(changes: &[Change]) -> Plan {
    let mut p = Plan::default();
    for c in changes {
        p.add(c.clone());
    }
    p
}

/// What `build` makes of the same content.
fn made(root: &Path) -> OutputSet {
    match pipeline::make(&options(root)).unwrap() {
        Ok(b) => b.files,
        Err(f) => panic!("{:?}", f.diagnostics),
    }
}

/// A copy of the `basic` fixture served by a session after its first build, which serves what a
/// full build makes.
fn started() -> (SiteTest, Session, OutputSet) {
    let site = SiteTest::fixture("basic");
    let mut s = Session::new(options(site.root()));
    let mut served = OutputSet::new();
    assert!(matches!(
        rebuild(&mut s, &mut served, &Plan::everything()),
        Rebuilt::Done { .. }
    ));
    assert_eq!(served, made(site.root()));
    (site, s, served)
}

/// The recommendation the scenarios edit, and its text as the fixture has it.
const REC: &str = "content/reviews/housing-2013/01.yaml";

fn rec_text(root: &Path) -> String {
    std::fs::read_to_string(root.join(REC)).unwrap()
}

#[test]
fn an_edited_recommendation_remakes_only_some_pages_and_serves_what_a_full_build_makes() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    let rec = REC;
    let text = rec_text(root);
    std::fs::write(
        root.join(rec),
        text.replacen("Publish allocation policy", "A new title for one", 1),
    )
    .unwrap();
    match rebuild(&mut s, &mut served, &plan(&[Change::Content(rec.into())])) {
        Rebuilt::Done { remade, pages, .. } => assert!(remade < pages, "{remade} of {pages}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(served, made(root));
    assert!(
        String::from_utf8_lossy(&served["reviews/housing-2013/1/index.html"])
            .contains("A new title for one")
    );
}

#[test]
fn a_broken_file_fixed_after_another_changed_meanwhile_serves_what_a_full_build_makes() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    let rec = REC;
    let text = rec_text(root);
    std::fs::write(
        root.join(rec),
        "number: \"01\"\nrecommendation: [unclosed\n",
    )
    .unwrap();
    assert!(matches!(
        rebuild(&mut s, &mut served, &plan(&[Change::Content(rec.into())])),
        Rebuilt::Failed { .. }
    ));
    let other = "content/reviews/estates-2014/1.yaml";
    let t2 = std::fs::read_to_string(root.join(other)).unwrap();
    std::fs::write(
        root.join(other),
        t2.replacen(
            "Clean the stairwells weekly",
            "Estates changed while broken",
            1,
        ),
    )
    .unwrap();
    assert!(matches!(
        rebuild(&mut s, &mut served, &plan(&[Change::Content(other.into())])),
        Rebuilt::Failed { .. }
    ));
    std::fs::write(root.join(rec), &text).unwrap();
    assert!(matches!(
        rebuild(&mut s, &mut served, &plan(&[Change::Content(rec.into())])),
        Rebuilt::Done { .. }
    ));
    assert_eq!(served, made(root));
}

#[test]
fn pages_listing_every_review_cut_short_by_another_change_are_made_by_the_next_rebuild() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    let rec = REC;
    let text = rec_text(root);
    // Another change comes while the pages listing every review are made: they wait for the
    // next rebuild, which makes them even when nothing else changed.
    std::fs::write(
        root.join(rec),
        text.replacen("Publish allocation policy", "Interrupted title", 1),
    )
    .unwrap();
    let mut got = Vec::new();
    let r = s
        .rebuild(
            &plan(&[Change::Content(rec.into())]),
            &mut |p| got.push(p),
            &|| true,
        )
        .unwrap();
    assert!(matches!(r, Rebuilt::Interrupted), "{r:?}");
    for p in got {
        apply(&mut served, p);
    }
    assert!(
        String::from_utf8_lossy(&served["reviews/housing-2013/1/index.html"])
            .contains("Interrupted title")
    );
    assert!(
        !String::from_utf8_lossy(&served["you-said-we-did/index.html"])
            .contains("Interrupted title")
    );
    assert!(matches!(
        rebuild(&mut s, &mut served, &Plan::default()),
        Rebuilt::Done { .. }
    ));
    assert_eq!(served, made(root));
    std::fs::write(root.join(rec), &text).unwrap();
    assert!(matches!(
        rebuild(&mut s, &mut served, &plan(&[Change::Content(rec.into())])),
        Rebuilt::Done { .. }
    ));
    assert_eq!(served, made(root));
}

#[test]
fn a_recommendation_removed_one_added_and_a_review_renamed_serve_what_a_full_build_makes() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    std::fs::remove_file(root.join("content/reviews/housing-2013/03.yaml")).unwrap();
    std::fs::write(root.join("content/reviews/estates-2014/9.yaml"), "number: \"9\"\nrecommendation: A ninth one.\nresponse: agreed\nresponsible: Someone New\nstatus: not-started\n").unwrap();
    let idx = "content/reviews/estates-2014/index.md";
    let t3 = std::fs::read_to_string(root.join(idx)).unwrap();
    std::fs::write(root.join(idx), t3.replacen("title: ", "title: Renamed ", 1)).unwrap();
    let changes = [
        Change::Content("content/reviews/housing-2013/03.yaml".into()),
        Change::Content("content/reviews/estates-2014/9.yaml".into()),
        Change::Content(idx.into()),
    ];
    assert!(matches!(
        rebuild(&mut s, &mut served, &plan(&changes)),
        Rebuilt::Done { .. }
    ));
    assert_eq!(served, made(root));
    assert!(!served.contains_key("reviews/housing-2013/3/index.html"));
}

#[test]
fn a_theme_of_the_sites_own_a_template_then_a_static_file_serve_what_a_full_build_makes() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    std::fs::write(
        root.join("content/site.yaml"),
        std::fs::read_to_string(root.join("content/site.yaml")).unwrap() + "theme: mine\n",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("themes/mine/static")).unwrap();
    std::fs::create_dir_all(root.join("themes/mine/templates")).unwrap();
    assert!(matches!(
        rebuild(&mut s, &mut served, &plan(&[Change::Config])),
        Rebuilt::Done { .. }
    ));
    assert_eq!(served, made(root));
    std::fs::write(root.join("themes/mine/static/extra.txt"), "hello").unwrap();
    assert!(matches!(
        rebuild(
            &mut s,
            &mut served,
            &plan(&[Change::Static("extra.txt".into())])
        ),
        Rebuilt::Done { remade: 0, .. }
    ));
    assert_eq!(served, made(root));
    let base = followthrough::render::templates::builtin_templates()
        .into_iter()
        .find(|(n, _)| n == "404.html")
        .unwrap()
        .1;
    std::fs::write(
        root.join("themes/mine/templates/404.html"),
        base.replacen("</h1>", "</h1><p>Our own 404.</p>", 1),
    )
    .unwrap();
    assert!(matches!(
        rebuild(&mut s, &mut served, &plan(&[Change::Template])),
        Rebuilt::Done { .. }
    ));
    assert!(String::from_utf8_lossy(&served["404.html"]).contains("Our own 404."));
    assert_eq!(served, made(root));
}

#[test]
fn a_static_file_change_copies_that_file_without_reading_the_templates_again() {
    let site = SiteTest::fixture("basic");
    let root = site.root();
    std::fs::write(
        root.join("content/site.yaml"),
        std::fs::read_to_string(root.join("content/site.yaml")).unwrap() + "theme: mine\n",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("themes/mine/static")).unwrap();
    std::fs::create_dir_all(root.join("themes/mine/templates")).unwrap();
    let mut s = Session::new(options(root));
    let mut served = OutputSet::new();
    assert!(matches!(
        rebuild(&mut s, &mut served, &Plan::everything()),
        Rebuilt::Done { .. }
    ));
    // A template that would not compile, which the session is not told of: only the static file
    // is read again.
    std::fs::write(root.join("themes/mine/templates/404.html"), "{% if %}").unwrap();
    std::fs::write(root.join("themes/mine/static/extra.txt"), "hello").unwrap();
    assert!(matches!(
        rebuild(
            &mut s,
            &mut served,
            &plan(&[Change::Static("extra.txt".into())])
        ),
        Rebuilt::Done { remade: 0, .. }
    ));
    assert_eq!(served["extra.txt"], b"hello");
    std::fs::write(root.join("themes/mine/static/extra.txt"), "hello again").unwrap();
    rebuild(
        &mut s,
        &mut served,
        &plan(&[Change::Static("extra.txt".into())]),
    );
    assert_eq!(served["extra.txt"], b"hello again");
}

/// What `build` reports about the same content: its errors and warnings, or its warnings.
fn reported(root: &Path) -> Vec<followthrough::diagnostics::Diagnostic> {
    match pipeline::make(&options(root)).unwrap() {
        Ok(b) => b.diagnostics,
        Err(f) => f.diagnostics,
    }
}

#[test]
fn a_review_checked_again_after_an_edit_reports_what_a_full_check_reports_and_the_others_stay_checked()
 {
    let (site, mut s, mut served) = started();
    let root = site.root();
    let text = rec_text(root);
    // A status not in the vocabulary: an error in one review, found by checking it again.
    std::fs::write(
        root.join(REC),
        text.replacen("status: complete", "status: half-done", 1),
    )
    .unwrap();
    let diagnostics = match rebuild(&mut s, &mut served, &plan(&[Change::Content(REC.into())])) {
        Rebuilt::Failed { diagnostics } => diagnostics,
        other => panic!("{other:?}"),
    };
    assert!(
        diagnostics
            .iter()
            .any(|d| d.path == REC && d.message.contains("half-done")),
        "{diagnostics:?}"
    );
    assert_eq!(diagnostics, reported(root), "the same as a full check");
    // Another review edited meanwhile: the broken one, taken as checked, is still reported.
    let other = "content/reviews/estates-2014/1.yaml";
    let t2 = std::fs::read_to_string(root.join(other)).unwrap();
    std::fs::write(
        root.join(other),
        t2.replacen("Clean the stairwells weekly", "Changed", 1),
    )
    .unwrap();
    match rebuild(&mut s, &mut served, &plan(&[Change::Content(other.into())])) {
        Rebuilt::Failed { diagnostics } => assert_eq!(diagnostics, reported(root)),
        other => panic!("{other:?}"),
    }
    // Fixed: the site builds again, with the warnings a full build gives.
    std::fs::write(root.join(REC), &text).unwrap();
    match rebuild(&mut s, &mut served, &plan(&[Change::Content(REC.into())])) {
        Rebuilt::Done { warnings, .. } => assert_eq!(warnings, reported(root)),
        other => panic!("{other:?}"),
    }
    assert_eq!(served, made(root));
}

/// Rewrites `rel` under `root`, replacing `from` (which must be there) with `to`.
fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    assert!(text.contains(from), "{rel} has no {from:?}");
    std::fs::write(root.join(rel), text.replacen(from, to, 1)).unwrap();
}

/// Rebuilds after `rel` changed, incrementally (the pages' addresses stay the same), and checks
/// that what is served is what a full build makes; returns the pages whose bytes changed.
fn edited(s: &mut Session, served: &mut OutputSet, root: &Path, rel: &str) -> Vec<String> {
    let before = served.clone();
    match rebuild(s, served, &plan(&[Change::Content(rel.into())])) {
        Rebuilt::Done { remade, pages, .. } => assert!(remade < pages, "{remade} of {pages}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(*served, made(root), "what a full build makes");
    served
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(*bytes))
        .map(|(path, _)| path.clone())
        .collect()
}

fn assert_among(changed: &[String], paths: &[&str]) {
    for p in paths {
        assert!(
            changed.iter().any(|c| c == p),
            "{p} not remade: {changed:?}"
        );
    }
}

/// The other review, taken over whole from the last index, stays where it was in every list.
const OTHER: &str = "content/reviews/estates-2014/1.yaml";

#[test]
fn a_recommendation_done_moves_between_the_status_dashboards_home_counts_and_its_partys_page() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    edit(root, OTHER, "status: in-progress", "status: complete");
    let changed = edited(&mut s, &mut served, root, OTHER);
    assert_among(
        &changed,
        &[
            "index.html",
            "status/in-progress/index.html",
            "status/done/index.html",
            "responsible/estate-services/index.html",
        ],
    );
}

#[test]
fn a_recommendation_made_overdue_joins_the_overdue_list_and_the_counts() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    edit(root, OTHER, "deadline: ongoing", "deadline: 2014-06-30");
    let changed = edited(&mut s, &mut served, root, OTHER);
    assert_among(&changed, &["index.html", "overdue/index.html"]);
}

#[test]
fn a_recommendation_given_another_party_leaves_one_partys_page_for_the_others() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    // RT keeps the recommendations of the other review; HO gains one.
    let rec = "content/reviews/estates-2014/2.yaml";
    edit(root, rec, "responsible: RT", "responsible: HO");
    let changed = edited(&mut s, &mut served, root, rec);
    assert_among(
        &changed,
        &[
            "responsible/rt/index.html",
            "responsible/ho/index.html",
            "responsible/index.html",
        ],
    );
}

#[test]
fn a_site_yaml_edit_derives_every_review_again_though_none_changed() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    let before = served.clone();
    // Every review reads the same as before, but silence counts as too long later: no review's
    // facts may be taken over from the last index.
    edit(
        root,
        "content/site.yaml",
        "stale_after_days: 90",
        "stale_after_days: 200",
    );
    assert!(matches!(
        rebuild(&mut s, &mut served, &plan(&[Change::Config])),
        Rebuilt::Done { .. }
    ));
    assert_eq!(served, made(root));
    assert_ne!(served["index.html"], before["index.html"]);
}

#[test]
fn a_glossary_edit_gives_every_party_and_record_its_new_meaning() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    let glossary = "content/glossary.yaml";
    edit(
        root,
        glossary,
        "RT: Repairs Team",
        "RT: Responsive Repairs Team",
    );
    assert!(matches!(
        rebuild(
            &mut s,
            &mut served,
            &plan(&[Change::Content(glossary.into())])
        ),
        Rebuilt::Done { .. }
    ));
    assert_eq!(served, made(root));
    assert!(
        String::from_utf8_lossy(&served["responsible/rt/index.html"])
            .contains("Responsive Repairs Team")
    );
}

#[test]
fn two_edits_in_a_row_to_different_reviews_each_serve_what_a_full_build_makes() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    edit(root, OTHER, "status: in-progress", "status: complete");
    edited(&mut s, &mut served, root, OTHER);
    // The first review is now taken over from an index that was itself made incrementally.
    let rec = "content/reviews/housing-2013/02.yaml";
    edit(root, rec, "status: in-progress", "status: complete");
    edit(
        root,
        rec,
        "responsible: [RT, HO]",
        "responsible: [Estate Services]",
    );
    let changed = edited(&mut s, &mut served, root, rec);
    assert_among(
        &changed,
        &[
            "status/done/index.html",
            "responsible/estate-services/index.html",
        ],
    );
}

#[test]
fn a_recommendation_added_to_one_review_shifts_the_next_reviews_in_every_list() {
    let (site, mut s, mut served) = started();
    let root = site.root();
    // estates-2014 comes first: housing-2013's records, taken over, move one place on.
    let new = "content/reviews/estates-2014/3.yaml";
    std::fs::write(root.join(new), "number: \"3\"\nrecommendation: Paint the doors.\nresponse: agreed\nresponsible: HO\ndeadline: 2014-01-31\nstatus: in-progress\nupdates:\n  - { date: 2014-01-02, text: Started. }\n").unwrap();
    assert!(matches!(
        rebuild(&mut s, &mut served, &plan(&[Change::Content(new.into())])),
        Rebuilt::Done { .. }
    ));
    assert_eq!(served, made(root));
    // And an edit after it, taken incrementally.
    edit(root, REC, "Publish allocation policy", "Publish it");
    edited(&mut s, &mut served, root, REC);
}
