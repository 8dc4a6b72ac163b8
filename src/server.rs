//! The HTTP side of `serve`: the last good site, held in memory, served with axum; the live-reload
//! script (tower-livereload) in every HTML page; when the latest build failed, a panel listing the
//! problems over every page; request paths checked so that nothing outside the site can be named.
//! The server's state lives here and in `cmd::serve`, never in the SiteIndex. Must not build,
//! read content or print.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use tower_livereload::{LiveReloadLayer, Reloader};

/// The files served, by site path.
pub type Files = BTreeMap<String, Bytes>;

/// What the latest failed build found, shown over every page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems {
    /// "The site could not be rebuilt: 2 errors".
    pub heading: String,
    /// The diagnostics as plain text, as `check` prints them.
    pub text: String,
}

/// One consistent state of the site: its files and the problems of the latest build.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// Every file of the site, by site path.
    pub files: Files,
    /// What the latest build found, when it failed; `None` when it built.
    pub problems: Option<Problems>,
}

/// The site being served, shared by the request handlers and the rebuilds.
#[derive(Debug, Default)]
pub struct Site {
    now: RwLock<Arc<Snapshot>>,
}

impl Site {
    /// The state of the site now, to serve one request from.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.now.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Serves new files (all of them when `whole`), and takes the problems away: the site builds.
    pub fn publish(&self, files: Files, removed: &[String], whole: bool) {
        let mut now = self.now.write().unwrap_or_else(|e| e.into_inner());
        let mut all = if whole {
            Files::new()
        } else {
            now.files.clone()
        };
        for r in removed {
            all.remove(r);
        }
        all.extend(files);
        *now = Arc::new(Snapshot {
            files: all,
            problems: None,
        });
    }

    /// Serves `files` beneath the problems shown, until a build publishes its own: the site an
    /// earlier build left in output/, when the first build fails.
    pub fn serve_last_good(&self, files: Files) {
        let mut now = self.now.write().unwrap_or_else(|e| e.into_inner());
        *now = Arc::new(Snapshot {
            files,
            problems: now.problems.clone(),
        });
    }

    /// Shows problems over every page (or none), serving the same files.
    pub fn set_problems(&self, problems: Option<Problems>) {
        let mut now = self.now.write().unwrap_or_else(|e| e.into_inner());
        if now.problems != problems {
            *now = Arc::new(Snapshot {
                files: now.files.clone(),
                problems,
            });
        }
    }
}

/// The app: every GET is answered from `site`, with live reload. The reloader tells open pages to
/// reload themselves.
pub fn app(site: Arc<Site>) -> (Router, Reloader) {
    let livereload = LiveReloadLayer::new();
    let reloader = livereload.reloader();
    let router = Router::new()
        .fallback(handle)
        .with_state(site)
        .layer(livereload);
    (router, reloader)
}

async fn handle(State(site): State<Arc<Site>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "Only GET and HEAD requests are answered.\n",
        )
            .into_response();
    }
    respond(&site.snapshot(), uri.path())
}

/// The answer to a request for `raw_path` (as sent, percent-encoded).
pub fn respond(snap: &Snapshot, raw_path: &str) -> Response {
    let Some(path) = site_path(raw_path) else {
        return (
            StatusCode::BAD_REQUEST,
            "This address cannot name a file of the site.\n",
        )
            .into_response();
    };
    if snap.files.contains_key(&path) {
        return file(snap, &path, StatusCode::OK);
    }
    // A folder asked for without its final slash: relative links need it.
    if !path.is_empty()
        && !path.ends_with("index.html")
        && snap.files.contains_key(&format!("{path}/index.html"))
    {
        return (
            StatusCode::TEMPORARY_REDIRECT,
            [(header::LOCATION, format!("{raw_path}/"))],
        )
            .into_response();
    }
    if snap.files.contains_key("404.html") {
        return file(snap, "404.html", StatusCode::NOT_FOUND);
    }
    if snap.files.is_empty() {
        // Nothing has built yet: a bare page, to carry the problems.
        let page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>The site has not been built</title></head>\
                    <body><main><h1>The site has not been built yet</h1></main></body></html>\n";
        return html(snap, page.as_bytes(), StatusCode::SERVICE_UNAVAILABLE);
    }
    (StatusCode::NOT_FOUND, "There is no page at this address.\n").into_response()
}

/// The site path a request path names: percent-decoded, folders mapped to their `index.html`.
/// `None` for anything that could name a file outside the site: `..` or `.` segments (however
/// encoded), backslashes, NUL, a second leading slash, a drive letter, text that is not UTF-8.
pub fn site_path(raw: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .ok()?;
    let rest = decoded.strip_prefix('/')?;
    if rest.starts_with('/') || rest.contains(['\\', '\0', ':']) {
        return None;
    }
    if rest.split('/').any(|seg| seg == ".." || seg == ".") {
        return None;
    }
    // Empty segments (`a//b`) name nothing.
    let trimmed = rest.strip_suffix('/').unwrap_or(rest);
    if !trimmed.is_empty() && trimmed.split('/').any(str::is_empty) {
        return None;
    }
    Some(if rest.is_empty() || rest.ends_with('/') {
        format!("{rest}index.html")
    } else {
        rest.to_string()
    })
}

/// The `Content-Type` for a site path.
pub fn content_type(path: &str) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let essence = mime.essence_str();
    let texty = mime.type_() == mime_guess::mime::TEXT
        || matches!(
            essence,
            "application/json"
                | "application/javascript"
                | "application/xml"
                | "application/atom+xml"
                | "image/svg+xml"
        );
    if texty {
        format!("{essence}; charset=utf-8")
    } else {
        essence.to_string()
    }
}

fn file(snap: &Snapshot, path: &str, status: StatusCode) -> Response {
    let bytes = snap.files[path].clone();
    let ct = content_type(path);
    if ct.starts_with("text/html") {
        return html(snap, &bytes, status);
    }
    with_headers(Response::builder().status(status), &ct)
        .body(Body::from(bytes))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

fn html(snap: &Snapshot, bytes: &[u8], status: StatusCode) -> Response {
    let body = match &snap.problems {
        Some(p) => Bytes::from(inject(bytes, &panel(p))),
        None => Bytes::copy_from_slice(bytes),
    };
    with_headers(
        Response::builder().status(status),
        "text/html; charset=utf-8",
    )
    .body(Body::from(body))
    .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

fn with_headers(
    b: axum::http::response::Builder,
    content_type: &str,
) -> axum::http::response::Builder {
    b.header(
        header::CONTENT_TYPE,
        HeaderValue::from_str(content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    )
    // While editing, never show a page the browser kept.
    .header(header::CACHE_CONTROL, "no-store")
    .header("x-content-type-options", "nosniff")
}

/// The problems panel: fixed over the top of the page, announced to screen readers, the text
/// escaped (it quotes content, which is not trusted).
pub fn panel(p: &Problems) -> String {
    use crate::markdown::escape;
    format!(
        "<section id=\"followthrough-problems\" role=\"alert\" aria-labelledby=\"followthrough-problems-heading\" \
style=\"position:fixed;top:0;left:0;right:0;z-index:2147483647;max-height:60vh;overflow:auto;box-sizing:border-box;margin:0;\
padding:1rem 1.25rem;background:#fff;color:#0b0c0c;border:5px solid #d4351c;box-shadow:0 4px 16px rgba(0,0,0,.35);\
font:16px/1.4 system-ui,-apple-system,'Segoe UI',Arial,sans-serif;text-align:left\">\
<h2 id=\"followthrough-problems-heading\" style=\"margin:0 0 .5rem;font-size:1.25rem;color:#0b0c0c\">{heading}</h2>\
<p style=\"margin:0 0 .75rem\">Below is the last version of this page that built. Fix the problems listed here and save \
the file: this page reloads by itself when the site builds again.</p>\
<pre style=\"margin:0 0 .75rem;white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.4 ui-monospace,Menlo,Consolas,monospace;\
background:#f3f2f1;color:#0b0c0c;padding:.75rem\">{text}</pre>\
<button type=\"button\" onclick=\"this.parentNode.remove()\" style=\"font:inherit;padding:.25rem .75rem\">Hide this message</button>\
</section>",
        heading = escape(&p.heading),
        text = escape(p.text.trim_end()),
    )
}

/// Puts `panel` at the start of the page's `<body>` (or at the start of the page, if it has none).
pub fn inject(page: &[u8], panel: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(page);
    let at = find_ascii_ci(&text, "<body")
        .and_then(|i| text[i..].find('>').map(|j| i + j + 1))
        .unwrap_or(0);
    let mut out = String::with_capacity(text.len() + panel.len());
    out.push_str(&text[..at]);
    out.push_str(panel);
    out.push_str(&text[at..]);
    out.into_bytes()
}

fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_cannot_leave_the_site() {
        let cases: &[(&str, Option<&str>)] = &[
            ("/", Some("index.html")),
            ("/reviews/x/", Some("reviews/x/index.html")),
            ("/style.css", Some("style.css")),
            ("/reviews/x", Some("reviews/x")),
            ("/a%20b.pdf", Some("a b.pdf")),
            ("/../etc/passwd", None),
            ("/reviews/../../etc/passwd", None),
            ("/%2e%2e/etc/passwd", None),
            ("/%2E%2E%2Fetc%2Fpasswd", None),
            ("/..%2f..%2fetc/passwd", None),
            ("/./index.html", None),
            ("//etc/passwd", None),
            ("/%2fetc/passwd", None),
            ("/..\\windows", None),
            ("/%5c..%5cwindows", None),
            ("/C:/Windows", None),
            ("/a%00.html", None),
            ("/%ff", None),
            ("/a//b", None),
            ("relative", None),
        ];
        for (raw, want) in cases {
            assert_eq!(site_path(raw).as_deref(), *want, "{raw}");
        }
    }

    #[test]
    fn content_types_by_extension() {
        for (path, want) in [
            ("index.html", "text/html; charset=utf-8"),
            ("style.css", "text/css; charset=utf-8"),
            ("app.js", "text/javascript; charset=utf-8"),
            (
                "data/recommendations.json",
                "application/json; charset=utf-8",
            ),
            ("data/recommendations.csv", "text/csv; charset=utf-8"),
            ("chart.svg", "image/svg+xml; charset=utf-8"),
            ("logo.png", "image/png"),
            ("report.pdf", "application/pdf"),
            ("photo.jpg", "image/jpeg"),
            ("notes.txt", "text/plain; charset=utf-8"),
            ("odd.unknownext", "application/octet-stream"),
        ] {
            assert_eq!(content_type(path), want, "{path}");
        }
        assert!(content_type("sitemap.xml").ends_with("xml; charset=utf-8"));
    }

    #[test]
    fn the_problems_panel_is_escaped_and_goes_inside_body() {
        let p = Problems {
            heading: "1 error".into(),
            text: "error: bad <script>alert(1)</script> & more".into(),
        };
        let out = String::from_utf8(inject(
            b"<html><BODY class=\"x\"><main>old</main></body></html>",
            &panel(&p),
        ))
        .unwrap();
        assert!(
            out.starts_with(
                "<html><BODY class=\"x\"><section id=\"followthrough-problems\" role=\"alert\""
            ),
            "{out}"
        );
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assert!(!out.contains("<script>"));
        assert!(
            out.contains("<main>old</main>"),
            "the last good page is still there"
        );
        assert!(
            String::from_utf8(inject(b"no body", "P"))
                .unwrap()
                .starts_with("Pno body")
        );
    }

    #[test]
    fn serves_files_folders_redirects_and_the_404_page() {
        let site = Site::default();
        let mut files = Files::new();
        files.insert(
            "index.html".into(),
            Bytes::from_static(b"<body>home</body>"),
        );
        files.insert(
            "reviews/x/index.html".into(),
            Bytes::from_static(b"<body>review</body>"),
        );
        files.insert(
            "404.html".into(),
            Bytes::from_static(b"<body>not here</body>"),
        );
        site.publish(files, &[], true);
        let snap = site.snapshot();
        assert_eq!(respond(&snap, "/").status(), StatusCode::OK);
        assert_eq!(respond(&snap, "/reviews/x/").status(), StatusCode::OK);
        let r = respond(&snap, "/reviews/x");
        assert_eq!(r.status(), StatusCode::TEMPORARY_REDIRECT);
        assert_eq!(r.headers()[header::LOCATION], "/reviews/x/");
        assert_eq!(respond(&snap, "/nope/").status(), StatusCode::NOT_FOUND);
        assert_eq!(respond(&snap, "/../x").status(), StatusCode::BAD_REQUEST);
        site.publish(Files::new(), &["reviews/x/index.html".to_string()], false);
        assert_eq!(
            respond(&site.snapshot(), "/reviews/x/").status(),
            StatusCode::NOT_FOUND
        );
        assert!(site.snapshot().files.contains_key("index.html"));
    }
}
