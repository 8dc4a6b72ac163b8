//! Helpers for the open-data, feed, search and indicator tests: build a fixture site with the real
//! binary, read what it wrote, and run the XML validators the repository's schemas are for.
#![allow(dead_code)]

#[path = "../common/pages.rs"]
mod pages;
pub use pages::*;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub const FIXTURE: &str = "tests/fixtures/open-data";
pub const AS_OF: &str = "2014-09-01";

/// A built site in a temporary folder.
pub struct Site {
    pub root: tempfile::TempDir,
    pub out: PathBuf,
}

impl Site {
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out.join(rel))
            .unwrap_or_else(|e| panic!("{rel} was not written: {e}"))
    }
    pub fn bytes(&self, rel: &str) -> Vec<u8> {
        std::fs::read(self.out.join(rel)).unwrap_or_else(|e| panic!("{rel} was not written: {e}"))
    }
    pub fn path(&self, rel: &str) -> PathBuf {
        self.out.join(rel)
    }
    pub fn exists(&self, rel: &str) -> bool {
        self.out.join(rel).is_file()
    }
}

/// Copies a fixture site into a temporary folder, so a test can change it.
pub fn copy_fixture(from: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(from).as_path(),
        dir.path(),
    );
    dir
}

/// The repository's example site (its content/ folder) in a temporary folder.
pub fn copy_example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        &dir.path().join("content"),
    );
    dir
}

/// Builds the site in `root` as of `as_of`, asserting that the build succeeds.
pub fn build_at(root: tempfile::TempDir, as_of: &str, extra: &[&str]) -> Site {
    let out = root.path().join("output");
    let o = Command::cargo_bin("followthrough")
        .unwrap()
        .args(["build", "--quiet", "--as-of", as_of, "--root"])
        .arg(root.path())
        .arg("--output")
        .arg(&out)
        .args(extra)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    Site { root, out }
}

/// The fixture site, built as of 2014-09-01.
pub fn build_fixture() -> Site {
    build_at(copy_fixture(FIXTURE), AS_OF, &[])
}

/// `followthrough check --format json` on `root`: (exit code, diagnostics).
pub fn check_json(root: &Path) -> (i32, Vec<serde_json::Value>) {
    let o = Command::cargo_bin("followthrough")
        .unwrap()
        .args(["check", "--format", "json", "--as-of", AS_OF, "--root"])
        .arg(root)
        .output()
        .unwrap();
    let diags: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stdout)));
    (o.status.code().unwrap_or(-1), diags)
}

/// A validator the tests need, or `None` (after saying why) when it is not installed. On CI
/// (`CI=true`) a missing validator fails the test instead: the check must never be skipped there.
pub fn tool(name: &str, package: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        let msg = format!(
            "`{name}` is not installed (Debian package `{package}`: apt-get install -y {package})"
        );
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{msg}; CI must run this check");
        }
        eprintln!("SKIPPED: {msg}");
    }
    found
}

/// Runs a validator and asserts that it accepts the file.
pub fn assert_valid(cmd: &Path, args: &[&str], file: &Path) {
    let o = std::process::Command::new(cmd)
        .args(args)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{} rejects {}:\n{}{}",
        cmd.display(),
        file.display(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

pub fn schema(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/schemas")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// The values of `href="…"` attributes in a page, unescaped enough for our links.
pub fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(|s| s.replace("&amp;", "&"))
        .collect()
}

/// Resolves a relative link from a page to a site path.
pub fn resolve(page: &str, rel: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for seg in rel.split(['#', '?']).next().unwrap_or("").split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}
