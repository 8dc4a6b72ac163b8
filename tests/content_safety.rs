//! What the content, the theme and the flags cannot do to a run: a named pipe or a link out of the
//! site is refused, never waited on or published; flags out of range are usage errors; a content
//! file of the wrong shape gets a message that says so. Every run of the binary here is bounded
//! in time, so a regression fails instead of hanging the suite.

mod common;
use common::*;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The longest any one run may take before it is taken to hang.
const LIMIT: Duration = Duration::from_secs(20);

/// What a run of the binary did.
struct Run {
    code: i32,
    stderr: String,
}

/// Runs followthrough in `dir` with `args`; kills it and fails if it runs longer than LIMIT.
fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("followthrough"));
    cmd.current_dir(dir)
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("start followthrough");
    // Read the pipes on their own threads, so a full pipe cannot stall the child.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "followthrough {} did not finish within {LIMIT:?}: it hangs",
                args.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = out.join();
    Run {
        code: status.code().unwrap_or(-1),
        stderr: err.join().unwrap(),
    }
}

fn run(site: &SiteTest, args: &[&str]) -> Run {
    run_in(site.root(), args, &[])
}

/// Makes a named pipe at `rel` in the site (replacing a file there).
#[cfg(unix)]
fn mkfifo(site: &SiteTest, rel: &str) {
    let p = site.path(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(&p);
    let ok = Command::new("mkfifo").arg(&p).status().expect("run mkfifo");
    assert!(ok.success(), "mkfifo {}", p.display());
}

/// Asserts that `run` stopped with `code`, naming `rel` as a named pipe.
fn refuses_pipe(r: &Run, code: i32, rel: &str) {
    assert_eq!(r.code, code, "exit code; stderr:\n{}", r.stderr);
    assert!(r.stderr.contains(rel), "names {rel}:\n{}", r.stderr);
    assert!(r.stderr.contains("is a named pipe"), "{}", r.stderr);
    assert!(r.stderr.contains("move it out of"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_review_folder_does_not_hang_check_or_build() {
    let site = SiteTest::fixture("basic");
    let rel = "content/reviews/housing-2013/04.yaml";
    mkfifo(&site, rel);
    refuses_pipe(&run(&site, &["check", "--as-of", "2014-06-01"]), 1, rel);
    refuses_pipe(&run(&site, &["build", "--as-of", "2014-06-01"]), 1, rel);
    assert!(!site.path("output/index.html").exists(), "nothing built");
    // Whatever its name: a pipe in a review folder is refused, never opened.
    std::fs::remove_file(site.path(rel)).unwrap();
    let rel = "content/reviews/housing-2013/notes.txt";
    mkfifo(&site, rel);
    refuses_pipe(&run(&site, &["check", "--as-of", "2014-06-01"]), 1, rel);
}

#[cfg(unix)]
#[test]
fn a_fifo_as_glossary_or_site_yaml_or_a_page_or_an_indicator_does_not_hang_build() {
    for rel in [
        "content/glossary.yaml",
        "content/site.yaml",
        "content/pages/about.md",
        "content/indicators/rent.yaml",
        "content/reviews/housing-2013/index.md",
    ] {
        let site = SiteTest::fixture("basic");
        mkfifo(&site, rel);
        refuses_pipe(&run(&site, &["build", "--as-of", "2014-06-01"]), 1, rel);
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_theme_does_not_hang_build() {
    for rel in [
        "themes/council/templates/base.html",
        "themes/council/static/css/site.css",
    ] {
        let site = with_theme();
        mkfifo(&site, rel);
        refuses_pipe(&run(&site, &["build", "--as-of", "2014-06-01"]), 2, rel);
        refuses_pipe(&run(&site, &["check", "--as-of", "2014-06-01"]), 2, rel);
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_review_folder_does_not_stop_serve_answering() {
    use std::io::{BufRead, BufReader};
    let site = SiteTest::fixture("basic");
    let rel = "content/reviews/housing-2013/04.yaml";
    mkfifo(&site, rel);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("followthrough"))
        .args(["serve", "--port", "0", "--as-of", "2014-06-01"])
        .current_dir(site.root())
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    struct Kill(std::process::Child);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let (out, err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let _child = Kill(child);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let log2 = log.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            log2.lock().unwrap().push_str(&format!("{line}\n"));
        }
    });
    let deadline = Instant::now() + LIMIT;
    let url = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = rx
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("serve printed no address: {}", log.lock().unwrap()));
        if let Some(at) = line.find("http://") {
            break line[at..].trim().to_string();
        }
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(LIMIT))
        .build()
        .into();
    let mut resp = agent
        .get(&url)
        .call()
        .unwrap_or_else(|e| panic!("serve does not answer: {e}"));
    let body = resp.body_mut().read_to_string().unwrap_or_default();
    assert!(
        body.contains("named pipe"),
        "the page shows the problem:\n{body}"
    );
    let shown = log.lock().unwrap().clone();
    assert!(
        shown.contains(rel) && shown.contains("named pipe"),
        "{shown}"
    );
}

/// The basic site with `theme: council` and a theme folder holding one static file.
fn with_theme() -> SiteTest {
    let site = SiteTest::fixture("basic");
    let yaml = std::fs::read_to_string(site.path("content/site.yaml")).unwrap();
    site.write("content/site.yaml", &format!("{yaml}theme: council\n"));
    site.write("themes/council/static/robots.txt", "User-agent: *\n");
    site
}

#[cfg(unix)]
#[test]
fn a_theme_static_folder_linked_outside_the_site_is_not_published() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "private").unwrap();
    let site = with_theme();
    std::fs::remove_dir_all(site.path("themes/council/static")).unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path("themes/council/static")).unwrap();
    let r = run(&site, &["build", "--as-of", "2014-06-01"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("themes/council/static"), "{}", r.stderr);
    assert!(r.stderr.contains("outside the site folder"), "{}", r.stderr);
    assert!(!site.path("output/secret.txt").exists(), "not published");

    // One file linked out, or a template, is refused the same way.
    for rel in [
        "themes/council/static/secret.txt",
        "themes/council/templates/base.html",
    ] {
        let site = with_theme();
        std::fs::create_dir_all(site.path(rel).parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), site.path(rel)).unwrap();
        let r = run(&site, &["build", "--as-of", "2014-06-01"]);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains(rel), "{}", r.stderr);
        assert!(r.stderr.contains("outside the site folder"), "{}", r.stderr);
        assert!(!site.path("output/secret.txt").exists(), "not published");
    }

    // The whole theme folder linked in from outside: refused too.
    let site = with_theme();
    let theme_elsewhere = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(theme_elsewhere.path().join("static")).unwrap();
    std::fs::write(theme_elsewhere.path().join("static/secret.txt"), "private").unwrap();
    std::fs::remove_dir_all(site.path("themes/council")).unwrap();
    std::os::unix::fs::symlink(theme_elsewhere.path(), site.path("themes/council")).unwrap();
    let r = run(&site, &["build", "--as-of", "2014-06-01"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("themes/council"), "{}", r.stderr);
    assert!(!site.path("output/secret.txt").exists(), "not published");
}

#[cfg(unix)]
#[test]
fn a_theme_static_file_linked_inside_the_site_is_published() {
    let site = with_theme();
    site.write("shared/logo.svg", "<svg/>");
    std::os::unix::fs::symlink(
        site.path("shared/logo.svg"),
        site.path("themes/council/static/logo.svg"),
    )
    .unwrap();
    let r = run(&site, &["build", "--as-of", "2014-06-01"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(site.page("logo.svg"), "<svg/>");
    assert_eq!(site.page("robots.txt"), "User-agent: *\n");
}
