//! `followthrough serve` as an officer uses it: the real binary on a free loopback port, serving a
//! temporary copy of a small site, while the test edits, breaks, fixes and deletes its files.
//! Every wait is bounded; the server is stopped when a test ends, whatever happens.

mod common;
use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The longest any one thing may take: the first build, or a change reaching the page.
const PATIENCE: Duration = Duration::from_secs(30);
const REC: &str = "content/reviews/repairs-2020/1.yaml";
const REC_PAGE: &str = "reviews/repairs-2020/1/";

/// A running `serve`, killed when dropped.
struct Server {
    child: Child,
    url: String,
    stderr: Arc<Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(site: &SiteTest) -> Server {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("followthrough"))
            .args(["serve", "--port", "0", "--as-of", "2020-09-01"])
            .current_dir(site.root())
            .env("NO_COLOR", "1")
            .env_remove("SOURCE_DATE_EPOCH")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start followthrough serve");
        let stderr = Arc::new(Mutex::new(String::new()));
        let (err_pipe, log) = (child.stderr.take().unwrap(), stderr.clone());
        std::thread::spawn(move || {
            for line in BufReader::new(err_pipe).lines().map_while(Result::ok) {
                log.lock().unwrap().push_str(&line);
                log.lock().unwrap().push('\n');
            }
        });
        let (tx, rx) = std::sync::mpsc::channel();
        let out = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let mut server = Server {
            child,
            url: String::new(),
            stderr,
        };
        let deadline = Instant::now() + PATIENCE;
        while server.url.is_empty() {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    if let Some(at) = line.find("http://") {
                        server.url = line[at..].trim().to_string();
                    }
                }
                Err(_) => panic!(
                    "serve printed no address within {PATIENCE:?}; stderr:\n{}",
                    server.stderr()
                ),
            }
        }
        assert!(
            server.url.starts_with("http://127.0.0.1:"),
            "serves on loopback: {}",
            server.url
        );
        server
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until the terminal output has shown `needle`, for at most PATIENCE.
    fn wait_stderr(&self, needle: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let err = self.stderr();
            if err.contains(needle) {
                return err;
            }
            assert!(
                Instant::now() < deadline,
                "the terminal did not show {needle:?} within {PATIENCE:?}:\n{err}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// (status, body) of a site path such as `reviews/x/`.
    fn get(&self, path: &str) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(10)))
            .build()
            .into();
        let mut resp = agent
            .get(&format!("{}{path}", self.url))
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let status = resp.status().as_u16();
        (status, resp.body_mut().read_to_string().unwrap_or_default())
    }

    /// The raw response to a request line sent as it is (no client tidies the path).
    fn raw(&self, target: &str) -> String {
        let addr = self.url.trim_start_matches("http://").trim_end_matches('/');
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(
            s,
            "GET {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        out
    }

    /// Polls `path` until `ok` holds for its (status, body), for at most PATIENCE.
    fn wait_for(&self, path: &str, what: &str, ok: impl Fn(u16, &str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let (status, body) = self.get(path);
            if ok(status, &body) {
                return body;
            }
            if Instant::now() > deadline {
                panic!(
                    "{what}: not seen on /{path} within {PATIENCE:?} (last status {status}); stderr:\n{}\nbody:\n{body}",
                    self.stderr()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Saves a file the way many editors do: write a temporary file, then rename it over the old one.
fn save_atomically(site: &SiteTest, rel: &str, text: &str) {
    let path = site.path(rel);
    let tmp = path.with_file_name(format!(
        ".{}.tmp",
        path.file_name().unwrap().to_string_lossy()
    ));
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, &path).unwrap();
}

fn has_problems(body: &str) -> bool {
    body.contains("id=\"followthrough-problems\"")
}

#[test]
fn an_edited_recommendation_shows_on_its_page_and_the_dashboards() {
    let site = SiteTest::fixture("serve");
    let server = Server::start(&site);
    let before = server.wait_for(REC_PAGE, "the page", |s, b| {
        s == 200 && b.contains("within two minutes")
    });
    assert!(
        before.contains("_tower-livereload"),
        "the page reloads itself in serve"
    );
    let text = std::fs::read_to_string(site.path(REC))
        .unwrap()
        .replace("within two minutes", "within ninety seconds");
    save_atomically(&site, REC, &text);
    let page = server.wait_for(REC_PAGE, "the edited text", |s, b| {
        s == 200 && b.contains("within ninety seconds")
    });
    assert!(!has_problems(&page));
    server.wait_for(
        "you-said-we-did/",
        "the edit on the you-said-we-did page",
        |s, b| s == 200 && b.contains("within ninety seconds"),
    );
    // output/ follows what is served, without the reload script.
    let deadline = Instant::now() + PATIENCE;
    while !std::fs::read_to_string(site.path("output/reviews/repairs-2020/1/index.html"))
        .unwrap_or_default()
        .contains("within ninety seconds")
    {
        assert!(
            Instant::now() < deadline,
            "output/ was not brought up to date"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        !site
            .page("reviews/repairs-2020/1/index.html")
            .contains("tower-livereload")
    );
    assert!(!site.page("index.html").contains("tower-livereload"));
}

#[test]
fn a_broken_file_shows_its_problem_over_the_last_good_site_until_it_is_fixed() {
    let site = SiteTest::fixture("serve");
    let server = Server::start(&site);
    server.wait_for(REC_PAGE, "the page", |s, b| {
        s == 200 && b.contains("within two minutes")
    });
    let good = std::fs::read_to_string(site.path(REC)).unwrap();
    save_atomically(
        &site,
        REC,
        &good.replace("status: in-progress", "status: in-progres"),
    );
    let page = server.wait_for(REC_PAGE, "the problems panel", |_, b| has_problems(b));
    assert!(
        page.contains("role=\"alert\""),
        "announced to screen readers"
    );
    assert!(
        page.contains("content/reviews/repairs-2020/1.yaml"),
        "names the file: {page}"
    );
    assert!(page.contains("in-progres"), "quotes the wrong text");
    assert!(
        text_of(main_of(&page)).contains("within two minutes"),
        "the last good page is still served beneath"
    );
    // Every page shows it, the home page too, and the terminal says the same as `check`.
    server.wait_for("", "the panel on the home page", |_, b| has_problems(b));
    let stderr = server.wait_stderr("the last good version is still served");
    assert!(
        stderr.contains("--> content/reviews/repairs-2020/1.yaml:"),
        "{stderr}"
    );
    let check = site
        .cmd(&["check", "--as-of", "2020-09-01"])
        .assert()
        .failure()
        .get_output()
        .stderr
        .clone();
    let check = String::from_utf8_lossy(&check);
    let diagnostics = &check[..check.find("error: found").expect("check's summary")];
    assert!(
        stderr.contains(diagnostics.trim_end()),
        "serve prints what check prints:\n{diagnostics}\n---\n{stderr}"
    );

    save_atomically(
        &site,
        REC,
        &good.replace("within two minutes", "within one minute"),
    );
    let fixed = server.wait_for(REC_PAGE, "the fix", |s, b| {
        s == 200 && b.contains("within one minute")
    });
    assert!(
        !has_problems(&fixed),
        "the panel goes once the file is fixed"
    );
    let (_, home) = server.get("");
    assert!(!has_problems(&home));
}

#[test]
fn a_deleted_recommendation_loses_its_page() {
    let site = SiteTest::fixture("serve");
    let server = Server::start(&site);
    server.wait_for("reviews/repairs-2020/2/", "the page", |s, _| s == 200);
    std::fs::remove_file(site.path("content/reviews/repairs-2020/2.yaml")).unwrap();
    let gone = server.wait_for("reviews/repairs-2020/2/", "the page gone", |s, _| s == 404);
    assert!(
        text_of(main_of(&gone)).contains("Page not found"),
        "the site's own 404 page"
    );
    let review = server.wait_for("reviews/repairs-2020/", "the review without it", |s, b| {
        s == 200 && !b.contains("Text before a visit")
    });
    assert!(review.contains("Answer the repairs line"));
}

#[test]
fn a_new_review_folder_and_a_theme_change_are_picked_up() {
    let site = SiteTest::fixture("serve");
    let server = Server::start(&site);
    server.wait_for("", "the home page", |s, _| s == 200);
    // A new folder, then its files.
    std::fs::create_dir_all(site.path("content/reviews/voids-2021")).unwrap();
    site.write("content/reviews/voids-2021/index.md", "---\ntitle: Empty Homes Review\nbody: Housing Scrutiny Panel\npublished: 2021-01-10\n---\nEmpty homes.\n");
    site.write("content/reviews/voids-2021/1.yaml", "number: \"1\"\nrecommendation: Relet empty homes within 28 days.\nresponse: agreed\nresponsible: Voids Team\nstatus: not-started\n");
    server.wait_for(
        "reviews/voids-2021/1/",
        "the new review's recommendation",
        |s, b| s == 200 && b.contains("Relet empty homes within 28 days"),
    );
    // The site's own template, and a static file.
    site.write("themes/local/templates/404.html", "{% extends \"base.html\" %}{% block content %}<h1>Nothing here, sorry</h1>{% endblock content %}");
    server.wait_for("no-such-page/", "the new 404 template", |s, b| {
        s == 404 && b.contains("Nothing here, sorry")
    });
    site.write(
        "themes/local/static/extra.css",
        ".extra { color: #d4351c; }\n",
    );
    server.wait_for("extra.css", "the new static file", |s, b| {
        s == 200 && b.contains("#d4351c")
    });
}

#[test]
fn a_theme_static_index_html_shows_its_problem_instead_of_replacing_the_home_page() {
    let site = SiteTest::fixture("serve");
    let server = Server::start(&site);
    server.wait_for("", "the home page", |s, b| {
        s == 200 && b.contains("Serve test site")
    });
    site.write("themes/local/static/index.html", "<p>The theme's home</p>");
    let home = server.wait_for("", "the problems panel", |_, b| has_problems(b));
    assert!(
        home.contains("themes/local/static/index.html") && home.contains("the home page"),
        "names both files: {home}"
    );
    assert!(
        home.contains("Serve test site") && !home.contains("The theme's home"),
        "the site's own home page is still served beneath"
    );
    server.wait_stderr("themes/local/static/index.html");
    std::fs::remove_file(site.path("themes/local/static/index.html")).unwrap();
    server.wait_for("", "the fix", |s, b| s == 200 && !has_problems(b));
}

#[test]
fn requests_cannot_reach_outside_the_site() {
    let site = SiteTest::fixture("serve");
    // Something worth stealing inside the site folder but outside the built site (and /etc/passwd outside both).
    std::fs::write(site.path("content/secret.txt"), "SECRET-INSIDE").unwrap();
    let server = Server::start(&site);
    server.wait_for("", "the home page", |s, _| s == 200);
    for target in [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/reviews/../../content/secret.txt",
        "/..\\..\\content\\secret.txt",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/../content/secret.txt",
        "/content/secret.txt",
        "/content/site.yaml",
    ] {
        let resp = server.raw(target);
        let status = resp.split_whitespace().nth(1).unwrap_or("");
        assert!(status != "200", "{target} answered {status}");
        assert!(
            !resp.contains("root:")
                && !resp.contains("SECRET-INSIDE")
                && !resp.contains("organisation:"),
            "{target} leaked a file:\n{resp}"
        );
    }
}

#[test]
fn files_come_with_their_types_folders_with_their_index_and_unknown_paths_with_the_404_page() {
    let site = SiteTest::fixture("serve");
    let server = Server::start(&site);
    server.wait_for("", "the home page", |s, _| s == 200);
    let head = |path: &str| server.raw(path).to_ascii_lowercase();
    assert!(head("/").contains("content-type: text/html; charset=utf-8"));
    assert!(head("/extra.css").contains("content-type: text/css"));
    assert!(head("/sitemap.xml").contains("xml"));
    let redirect = head("/reviews/repairs-2020");
    assert!(
        redirect.starts_with("http/1.1 307")
            && redirect.contains("location: /reviews/repairs-2020/"),
        "{redirect}"
    );
    let (status, body) = server.get("reviews/repairs-2020/");
    assert_eq!(status, 200);
    assert!(text_of(main_of(&body)).contains("Repairs Review 2020"));
    let (status, body) = server.get("no/such/page.html");
    assert_eq!(status, 404);
    assert!(text_of(main_of(&body)).contains("Page not found"));
}

#[test]
fn a_site_broken_from_the_start_is_served_with_its_problems_and_builds_once_fixed() {
    let site = SiteTest::fixture("serve");
    let good = std::fs::read_to_string(site.path(REC)).unwrap();
    site.write(REC, &good.replace("number: \"1\"", "numbr: \"1\""));
    let server = Server::start(&site);
    let page = server.wait_for("", "the problems", |_, b| has_problems(b));
    assert!(page.contains("numbr"), "{page}");
    site.write(REC, &good);
    let home = server.wait_for("", "the built site", |s, b| s == 200 && !has_problems(b));
    assert!(home.contains("Serve test site"));
}

#[test]
fn a_site_broken_before_serve_starts_serves_the_last_build_with_its_problems_not_503() {
    let site = SiteTest::fixture("serve");
    site.cmd(&["build", "--as-of", "2020-09-01"])
        .assert()
        .success();
    // Files in output/ that followthrough did not write, or keeps for itself, are never served.
    std::fs::write(site.path("output/notes.txt"), "NOT-OURS").unwrap();
    std::fs::write(site.path("output/.env"), "SECRET").unwrap();
    let good = std::fs::read_to_string(site.path(REC)).unwrap();
    site.write(
        REC,
        &good.replace("status: in-progress", "status: in-progres"),
    );

    let server = Server::start(&site);
    let (status, home) = server.get("");
    assert_eq!(status, 200, "the last good site, not 503: {home}");
    assert!(has_problems(&home), "with the problems over it: {home}");
    assert!(home.contains("in-progres"), "naming them");
    assert!(
        home.contains("Serve test site"),
        "the old home page beneath"
    );
    let (status, page) = server.get(REC_PAGE);
    assert_eq!(status, 200);
    assert!(has_problems(&page));
    assert!(text_of(main_of(&page)).contains("within two minutes"));
    for foreign in ["notes.txt", ".env", ".followthrough-files"] {
        let (status, body) = server.get(foreign);
        assert_ne!(status, 200, "{foreign} is not served");
        assert!(
            !body.contains("NOT-OURS") && !body.contains("SECRET") && !body.contains("Do not edit")
        );
    }
    let stderr = server.wait_stderr("the site last built in output/ is served");
    assert!(
        stderr.contains("content/reviews/repairs-2020/1.yaml"),
        "{stderr}"
    );

    save_atomically(
        &site,
        REC,
        &good.replace("within two minutes", "within one minute"),
    );
    let fixed = server.wait_for(REC_PAGE, "the new build", |s, b| {
        s == 200 && b.contains("within one minute")
    });
    assert!(
        !has_problems(&fixed),
        "the panel goes once the file is fixed"
    );
    let (_, home) = server.get("");
    assert!(!has_problems(&home));
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_it() {
    let site = SiteTest::fixture("serve");
    let mut server = Server::start(&site);
    server.wait_for("", "the home page", |s, _| s == 200);
    let pid = server.child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
            .success()
    );
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        if let Some(s) = server.child.try_wait().unwrap() {
            break s;
        }
        assert!(
            Instant::now() < deadline,
            "still running {PATIENCE:?} after Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}; stderr:\n{}", server.stderr());
}
