//! The pages as a reader meets them: the `<main>` of one page of each kind of the example site,
//! built as of 2 December 2026, compared with the expected files in `tests/expected/example/`.
//! A change to what a page says shows here as a diff; when it is meant, rewrite the expected
//! files with `FOLLOWTHROUGH_BLESS=1 cargo test --test pages` and read the diff before committing.

mod common;

use common::SiteTest;

#[test]
fn each_kind_of_page_says_what_the_expected_files_say() {
    let site = SiteTest::example();
    site.build("2026-12-02");
    for (page, expected) in [
        ("index.html", "home.html"),
        ("reviews/index.html", "reviews.html"),
        ("programme/index.html", "programme.html"),
        // A review under way: its steps, its expected report and its scope.
        (
            "reviews/complaints-handling-2026/index.html",
            "review-under-way.html",
        ),
        ("reviews/tmo-scrutiny-2011/index.html", "review.html"),
        // The recommendation with an extension request awaiting agreement.
        (
            "reviews/tmo-scrutiny-2011/3/index.html",
            "recommendation-with-a-request.html",
        ),
        ("status/index.html", "status-index.html"),
        ("responsible/index.html", "responsible-index.html"),
        ("overdue/index.html", "overdue.html"),
        (
            "reviews/almo-support-framework-2005/you-said-we-did/index.html",
            "you-said-we-did.html",
        ),
        ("glossary/index.html", "glossary.html"),
        ("404.html", "not-found.html"),
    ] {
        site.check_main(page, &format!("example/{expected}"));
    }
}
