//! No command of followthrough removes or changes a file it did not write, and no failure leaves
//! a half-updated site (issue 11). Each test is named after what once went wrong.

mod common;

use common::{SiteTest, files_under};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const AS_OF: &str = "2014-09-01";
const LATER: &str = "2015-09-01";

fn bin() -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("followthrough"));
    c.env_remove("SOURCE_DATE_EPOCH").env("NO_COLOR", "1");
    c
}

/// Runs the binary in `dir`; returns its exit code and standard error.
fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = bin().current_dir(dir).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A folder of someone's own files: a document, a note in a subfolder, photos and a git folder.
fn users_files(dir: &Path) {
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::create_dir_all(dir.join("photos")).unwrap();
    std::fs::create_dir_all(dir.join(".git/refs")).unwrap();
    std::fs::write(dir.join("thesis.docx"), b"years of work").unwrap();
    std::fs::write(dir.join("sub/notes.txt"), b"notes").unwrap();
    std::fs::write(dir.join("photos/cat.jpg"), b"\xff\xd8\xff").unwrap();
    std::fs::write(dir.join(".git/HEAD"), b"ref: refs/heads/main\n").unwrap();
}

fn assert_users_files_intact(dir: &Path) {
    assert_eq!(
        std::fs::read(dir.join("thesis.docx")).unwrap(),
        b"years of work"
    );
    assert_eq!(std::fs::read(dir.join("sub/notes.txt")).unwrap(), b"notes");
    assert_eq!(
        std::fs::read(dir.join("photos/cat.jpg")).unwrap(),
        b"\xff\xd8\xff"
    );
    assert_eq!(
        std::fs::read(dir.join(".git/HEAD")).unwrap(),
        b"ref: refs/heads/main\n"
    );
    assert!(dir.join(".git/refs").is_dir());
}

/// The site's part of an output folder: followthrough's own list and work folder aside.
fn site_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files_under(dir)
        .into_iter()
        .filter(|(k, _)| !k.starts_with(".followthrough"))
        .collect()
}

#[test]
fn build_into_a_folder_of_the_users_own_files_deletes_none_of_them() {
    let site = SiteTest::example();
    let mydocs = site.path("mydocs");
    users_files(&mydocs);
    let (code, err) = run(
        site.root(),
        &["build", "--as-of", AS_OF, "--output", "mydocs"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("refusing to write the site into mydocs"),
        "{err}"
    );
    assert!(
        err.contains("`.git`") && err.contains("did not write"),
        "names what it found: {err}"
    );
    assert!(err.contains("--force"), "says how to proceed: {err}");
    assert_users_files_intact(&mydocs);
    assert!(!mydocs.join("index.html").exists(), "nothing written");

    // Taken over with --force: the site is written beside the files, none of which is removed,
    // then or on any later build.
    let (code, err) = run(
        site.root(),
        &["build", "--as-of", AS_OF, "--output", "mydocs", "--force"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(mydocs.join("index.html").is_file());
    assert_users_files_intact(&mydocs);
    std::fs::remove_dir_all(site.path("content/reviews/tmo-scrutiny-2011")).unwrap();
    // With it goes the report to committee on it, which would name a review that is no more.
    std::fs::remove_dir_all(site.path("content/reports")).unwrap();
    let (code, err) = run(
        site.root(),
        &["build", "--as-of", LATER, "--output", "mydocs"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        !mydocs.join("reviews/tmo-scrutiny-2011").exists(),
        "its own stale pages go"
    );
    assert_users_files_intact(&mydocs);
}

#[test]
fn build_output_dot_in_the_site_folder_does_not_delete_the_content() {
    let site = SiteTest::example();
    let before = files_under(&site.path("content"));
    for out in [".", "content", "content/reviews", "./content/../content"] {
        let (code, err) = run(site.root(), &["build", "--as-of", AS_OF, "--output", out]);
        assert_eq!(code, 2, "--output {out}: {err}");
        assert!(
            err.contains("refusing to write the site into"),
            "--output {out}: {err}"
        );
        assert_eq!(
            files_under(&site.path("content")),
            before,
            "--output {out}: content untouched"
        );
    }
    std::fs::create_dir_all(site.path("themes/mine/static")).unwrap();
    let (code, err) = run(
        site.root(),
        &["build", "--as-of", AS_OF, "--output", "themes/mine"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("inside themes/"), "{err}");
}

#[test]
fn build_output_the_top_of_the_file_system_or_a_home_folder_is_refused() {
    let site = SiteTest::example();
    let (code, err) = run(site.root(), &["build", "--as-of", AS_OF, "--output", "/"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("top of the file system"), "{err}");
    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join(".bashrc"), b"# mine").unwrap();
    let out = bin()
        .current_dir(site.root())
        .env("HOME", home.path())
        .args(["build", "--as-of", AS_OF, "--output"])
        .arg(home.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("home folder"), "{err}");
    assert_eq!(
        std::fs::read(home.path().join(".bashrc")).unwrap(),
        b"# mine"
    );
}

#[test]
fn a_deploy_folders_git_and_htaccess_inside_output_survive_every_build() {
    let site = SiteTest::example();
    site.build(AS_OF);
    let out = site.path("output");
    std::fs::create_dir_all(out.join(".git")).unwrap();
    std::fs::write(out.join(".git/HEAD"), b"ref: refs/heads/gh-pages\n").unwrap();
    std::fs::write(out.join(".htaccess"), b"Options -Indexes\n").unwrap();
    std::fs::write(out.join("reviews/README.txt"), b"uploaded by hand").unwrap();
    site.build(LATER);
    std::fs::remove_dir_all(site.path("content/reviews/tmo-scrutiny-2011")).unwrap();
    // With it goes the report to committee on it, which would name a review that is no more.
    std::fs::remove_dir_all(site.path("content/reports")).unwrap();
    site.build(LATER);
    assert_eq!(
        std::fs::read(out.join(".git/HEAD")).unwrap(),
        b"ref: refs/heads/gh-pages\n"
    );
    assert_eq!(
        std::fs::read(out.join(".htaccess")).unwrap(),
        b"Options -Indexes\n"
    );
    assert_eq!(
        std::fs::read(out.join("reviews/README.txt")).unwrap(),
        b"uploaded by hand"
    );
    assert!(!out.join("reviews/tmo-scrutiny-2011").exists());
}

#[test]
fn an_output_folder_built_by_an_older_version_is_taken_over_only_with_force() {
    let site = SiteTest::example();
    site.build(AS_OF);
    // An older followthrough kept no list.
    std::fs::remove_file(site.path("output/.followthrough-files")).unwrap();
    let before = site.output_files();
    let (code, err) = run(site.root(), &["build", "--as-of", LATER]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("older followthrough") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(site.output_files(), before, "nothing changed");
    let (code, err) = run(site.root(), &["build", "--as-of", LATER, "--force"]);
    assert_eq!(code, 0, "{err}");
    let (code, err) = run(site.root(), &["build", "--as-of", AS_OF]);
    assert_eq!(
        code, 0,
        "once taken over, later builds need no --force: {err}"
    );
}

#[test]
fn a_users_file_where_the_new_site_puts_a_page_is_not_replaced() {
    let site = SiteTest::example();
    site.build(AS_OF);
    site.write(
        "content/pages/notes.md",
        "---\ntitle: Notes\n---\nA new page.\n",
    );
    std::fs::create_dir_all(site.path("output/pages/notes")).unwrap();
    std::fs::write(
        site.path("output/pages/notes/index.html"),
        b"the user's own page",
    )
    .unwrap();
    let before = site.output_files();
    let (code, err) = run(site.root(), &["build", "--as-of", AS_OF]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("pages/notes/index.html") && err.contains("did not write"),
        "{err}"
    );
    assert_eq!(site.output_files(), before, "the old site stands whole");
}

/// Starts a build whose commit moves slowly, and waits until it is half-way.
fn build_caught_in_its_commit(site: &SiteTest, as_of: &str) -> std::process::Child {
    let journal = site.path(".output.followthrough-work/journal.json");
    let child = bin()
        .current_dir(site.root())
        .args(["build", "--as-of", as_of])
        .env("FOLLOWTHROUGH_TEST_COMMIT_STEP_MS", "20")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !journal.exists() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the build never began its commit"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    // A few files have moved; many have not.
    std::thread::sleep(Duration::from_millis(300));
    child
}

fn signal(child: &std::process::Child, sig: &str) {
    let ok = Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}

/// The example site built on `as_of` in a folder of its own: what a whole new site looks like.
fn fresh(as_of: &str) -> BTreeMap<String, Vec<u8>> {
    let site = SiteTest::example();
    site.build(as_of);
    site_files(&site.path("output"))
}

#[test]
fn ctrl_c_during_the_commit_leaves_wholly_the_old_site() {
    let site = SiteTest::example();
    site.build(AS_OF);
    let old = site_files(&site.path("output"));
    let new = fresh(LATER);
    let changed = old.iter().filter(|(k, v)| new.get(*k) != Some(v)).count();
    assert!(changed > 20, "the two builds differ in {changed} files");

    let child = build_caught_in_its_commit(&site, LATER);
    signal(&child, "-INT");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(
        err.contains("Ctrl-C") && err.contains("old site exactly as it was"),
        "{err}"
    );
    assert_eq!(site_files(&site.path("output")), old, "wholly the old site");
    assert!(!site.path(".output.followthrough-work").exists());

    site.build(LATER);
    assert_eq!(
        site_files(&site.path("output")),
        new,
        "the next build makes wholly the new one"
    );
}

#[test]
fn a_build_killed_during_the_commit_is_undone_by_the_next_run() {
    let site = SiteTest::example();
    site.build(AS_OF);
    let old = site_files(&site.path("output"));
    let child = build_caught_in_its_commit(&site, LATER);
    signal(&child, "-KILL");
    let _ = child.wait_with_output().unwrap();
    assert_ne!(
        site_files(&site.path("output")),
        old,
        "killed half-way: the folder is mixed"
    );

    // The next run settles it first, even one that then fails on the content.
    site.write("content/reviews/tmo-scrutiny-2011/01.yaml", "status: [");
    let (code, err) = run(site.root(), &["build", "--as-of", LATER]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        site_files(&site.path("output")),
        old,
        "wholly the old site again"
    );
}

#[test]
fn a_failed_build_into_a_new_folder_leaves_no_folder_behind() {
    let site = SiteTest::example();
    site.write("content/reviews/tmo-scrutiny-2011/01.yaml", "status: [");
    let (code, _) = run(
        site.root(),
        &["build", "--as-of", AS_OF, "--output", "new/site"],
    );
    assert_eq!(code, 1);
    assert!(!site.path("new/site").exists());
}

/// Runs `serve` on a free loopback port for a few seconds (long enough for it to write
/// output/), then stops it; returns what it printed on standard error.
fn serve_for_a_while(site: &SiteTest) -> String {
    use std::io::{BufRead, BufReader};
    let mut child = bin()
        .current_dir(site.root())
        .args(["serve", "--port", "0", "--as-of", AS_OF])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(line) if line.contains("http://127.0.0.1:") => break,
            Ok(_) => {}
            Err(_) => {
                let _ = child.kill();
                panic!("serve did not start");
            }
        }
    }
    // serve writes output/ once it has been quiet for two seconds.
    std::thread::sleep(Duration::from_secs(4));
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn serve_never_writes_into_an_output_folder_of_the_users_files() {
    let site = SiteTest::example();
    users_files(&site.path("output"));
    let err = serve_for_a_while(&site);
    assert!(err.contains("refusing to write the site into"), "{err}");
    assert!(err.contains("served from memory"), "{err}");
    assert_users_files_intact(&site.path("output"));
    assert!(
        !site.path("output/index.html").exists(),
        "serve wrote nothing there"
    );
}

#[test]
fn serve_keeps_a_built_output_folder_up_to_date_and_the_users_files_in_it() {
    let site = SiteTest::example();
    site.build(LATER);
    std::fs::write(site.path("output/.htaccess"), b"Options -Indexes\n").unwrap();
    let err = serve_for_a_while(&site);
    assert!(!err.contains("refusing"), "{err}");
    assert_eq!(
        site_files(&site.path("output")),
        fresh(AS_OF)
            .into_iter()
            .chain([(".htaccess".to_string(), b"Options -Indexes\n".to_vec())])
            .collect::<BTreeMap<_, _>>()
    );
}
