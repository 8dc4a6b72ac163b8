//! Test helper, after mdBook's `BookTest`: copy a fixture site into a temp dir, run the real
//! binary on it, and read the pages it wrote.
#![allow(dead_code)]

mod pages;
pub use pages::*;

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub struct SiteTest {
    pub dir: tempfile::TempDir,
}

/// The repository root (where `content/` holds the example site).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

impl SiteTest {
    /// A copy of `tests/fixtures/sites/<name>`.
    pub fn fixture(name: &str) -> SiteTest {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("tests/fixtures/sites").join(name), dir.path());
        SiteTest { dir }
    }

    /// A copy of the small site the import tests import into (`tests/fixtures/import/site`).
    pub fn import_site() -> SiteTest {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("tests/fixtures/import/site"), dir.path());
        SiteTest { dir }
    }

    /// A copy of the example site in `content/` (and the repository's theme folder).
    pub fn example() -> SiteTest {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("content"), &dir.path().join("content"));
        SiteTest { dir }
    }

    /// A copy of a fixture under `tests/fixtures/invalid/<case>`.
    pub fn invalid(case: &str) -> SiteTest {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(
            &repo()
                .join("tests/fixtures/invalid")
                .join(case)
                .join("site"),
            dir.path(),
        );
        SiteTest { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// The binary, run in the site folder.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("followthrough").unwrap();
        c.current_dir(self.root())
            .args(args)
            .env_remove("SOURCE_DATE_EPOCH")
            .env("NO_COLOR", "1");
        c
    }

    /// Builds with `--as-of`, asserting success.
    pub fn build(&self, as_of: &str) {
        self.cmd(&["build", "--as-of", as_of]).assert().success();
    }

    /// The text of a built file.
    pub fn page(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path("output").join(rel))
            .unwrap_or_else(|e| panic!("output/{rel}: {e}"))
    }

    /// The `<main>` element of a built page, tags stripped and spaces collapsed: what a reader sees.
    pub fn main_text(&self, rel: &str) -> String {
        text_of(main_of(&self.page(rel)))
    }

    /// Compares the `<main>` of the built page `rel` with the expected file
    /// `tests/expected/<expected>`, as mdBook's `BookTest` does. With `FOLLOWTHROUGH_BLESS=1` in the
    /// environment, the expected file is (re)written from the page instead: review the diff.
    pub fn check_main(&self, rel: &str, expected: &str) {
        let got = format!("{}</main>\n", main_of(&self.page(rel)));
        let file = repo().join("tests/expected").join(expected);
        if std::env::var_os("FOLLOWTHROUGH_BLESS").is_some() {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, &got).unwrap();
            return;
        }
        let want = std::fs::read_to_string(&file).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; run the test with FOLLOWTHROUGH_BLESS=1 to write it",
                file.display()
            )
        });
        if got != want {
            let diff = similar::TextDiff::from_lines(&want, &got);
            panic!(
                "the <main> of {rel} differs from tests/expected/{expected} (- expected, + built); if the change is meant, run with FOLLOWTHROUGH_BLESS=1 and review the diff:\n{}",
                diff.unified_diff().context_radius(2)
            );
        }
    }

    /// Every file of output/, by relative path.
    pub fn output_files(&self) -> BTreeMap<String, Vec<u8>> {
        files_under(&self.path("output"))
    }
}

pub fn files_under(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
    {
        if e.file_type().is_file() {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel, std::fs::read(e.path()).unwrap());
        }
    }
    out
}

/// The rows of the first table after `marker` in `html`, as text cells.
pub fn table_rows(html: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for tr in html.split("<tr>").skip(1) {
        let tr = tr.split("</tr>").next().unwrap_or("");
        let cells: Vec<String> = tr
            .split("<td")
            .skip(1)
            .map(|td| text_of(&format!("<td{}", td.split("</td>").next().unwrap_or(""))))
            .collect();
        if !cells.is_empty() {
            rows.push(cells);
        }
    }
    rows
}
