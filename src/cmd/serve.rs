//! `followthrough serve`: build the site, serve it on loopback, watch `content/` and the theme,
//! rebuild what changed and reload open pages; when the content is broken, print the problems as
//! `check` does and show them over every page while the last good site is still served.
//! Threads: tokio serves; one thread rebuilds after each burst of file events; one writes
//! `output/`. Prints; holds no business rules (those are in `pipeline::session` and `watch`).

use super::*;
use crate::cli::ServeArgs;
use crate::pipeline::session::{Publish, Rebuilt, Session};
use crate::server::{self, Files, Problems, Site};
use crate::watch::{self, Plan};
use axum::body::Bytes;
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, FileIdMap, RecommendedCache};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tower_livereload::Reloader;

/// How long the file system must be quiet before a burst of events is acted on.
const DEBOUNCE: Duration = Duration::from_millis(50);
/// How often `--poll` looks at the files.
const POLL_EVERY: Duration = Duration::from_millis(500);
/// After a change, its own pages are published at once; the pages listing every review (slow on
/// a large site) wait until no change has come for this long.
const SETTLE: Duration = Duration::from_secs(1);
/// How long publishing must pause before output/ is written, so that writing never slows editing.
const WRITE_WHEN_QUIET_FOR: Duration = Duration::from_secs(2);

pub fn run(args: &ServeArgs) -> u8 {
    let c = &args.common;
    let mut opts = match options(c, None) {
        Ok(o) => o,
        Err(e) => return fatal(&e),
    };
    // Absolute, as the watcher reports paths.
    let root = match opts.root.canonicalize() {
        Ok(r) => r,
        Err(e) => return fatal(&FatalError::io(&opts.root, "open the site folder", e)),
    };
    if !root.join(crate::load::SITE_FILE).is_file() {
        return fatal(&FatalError::NotASite { root: opts.root.clone() });
    }
    opts.output = root.join("output");
    opts.root = root.clone();

    // Listen first, so that a port in use is reported before a long first build.
    let addr = SocketAddr::new(args.bind, args.port);
    let listener = match std::net::TcpListener::bind(addr).and_then(|l| l.set_nonblocking(true).map(|_| l)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{}", listen_error(addr, &e));
            return FATAL;
        }
    };
    let url = format!("http://{}/", listener.local_addr().unwrap_or(addr));
    if !args.bind.is_loopback() {
        eprintln!(
            "warning: listening on {}, so other computers on the network can see this site, unfinished work and errors included\nhelp: leave out --bind to serve it to this computer only",
            args.bind
        );
    }

    let site = Arc::new(Site::default());
    let (router, reloader) = server::app(site.clone());
    let (write_tx, write_rx) = mpsc::channel();
    let writer = std::thread::spawn({
        let out = opts.output.clone();
        move || write_output(&out, write_rx)
    });
    let tty = std::io::stderr().is_terminal() && !c.quiet;
    let mut rb = Rebuilder { session: Session::new(opts), site, reloader, write_tx, quiet: c.quiet, tty, failing: false, warned: Vec::new(), change: String::new() };
    rb.rebuild(&Plan::everything(), true, &|| false);

    let (ev_tx, ev_rx) = mpsc::channel();
    let events = Events { tx: ev_tx, root: root.clone(), theme: Arc::new(Mutex::new(rb.session.theme_name().to_string())), pending: Arc::default() };
    let (theme, pending) = (events.theme.clone(), events.pending.clone());
    let watching = match Watching::start(&root, rb.session.theme_name(), args.poll, events) {
        Ok(w) => w,
        Err(message) => {
            eprintln!("{message}");
            return FATAL;
        }
    };
    println!("Serving the site at {url}");
    if tty {
        println!("Watching content/ and the theme for changes{}. Press Ctrl-C to stop.", if args.poll { " (checking every half second)" } else { "" });
    }
    if args.open {
        open_browser(&url);
    }

    let stop = Arc::new(AtomicBool::new(false));
    let (done_tx, done_rx) = mpsc::channel::<()>();
    std::thread::spawn({
        let stop = stop.clone();
        move || {
            rb.watch(ev_rx, watching, &stop, &pending, &theme);
            drop(rb);
            let _ = done_tx.send(());
        }
    });

    let served = serve_until_stopped(listener, router);
    stop.store(true, Ordering::Relaxed);
    // A rebuild under way may finish; what it wrote to output/ is then finished too.
    if done_rx.recv_timeout(Duration::from_secs(30)).is_ok() {
        let _ = writer.join();
    }
    match served {
        Ok(()) => {
            if tty {
                println!("Stopped.");
            }
            OK
        }
        Err(e) => {
            eprintln!("error: the server stopped: {e}");
            FATAL
        }
    }
}

/// Serves until Ctrl-C (or a termination signal); open connections get a moment to finish.
fn serve_until_stopped(listener: std::net::TcpListener, router: axum::Router) -> std::io::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let result = rt.block_on(async move {
        // Listen for the signals before the first request can be answered.
        let stopped = stop_signal()?;
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = stop_rx.await;
                })
                .await
        });
        stopped.await;
        let _ = stop_tx.send(());
        // Live-reload connections never end by themselves: wait for the others only briefly.
        let _ = tokio::time::timeout(Duration::from_millis(500), server).await;
        Ok(())
    });
    rt.shutdown_timeout(Duration::from_millis(500));
    result
}

/// Ctrl-C or a termination signal, listened for from the moment this is called.
#[cfg(unix)]
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let (mut int, mut term) = (signal(SignalKind::interrupt())?, signal(SignalKind::terminate())?);
    Ok(async move {
        tokio::select! {
            _ = int.recv() => {}
            _ = term.recv() => {}
        }
    })
}

#[cfg(windows)]
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    let mut c = tokio::signal::windows::ctrl_c()?;
    Ok(async move {
        c.recv().await;
    })
}

/// The rebuild side: the session, and what to tell the server, the browser and the terminal.
struct Rebuilder {
    session: Session,
    site: Arc<Site>,
    reloader: Reloader,
    write_tx: Sender<WriteJob>,
    quiet: bool,
    tty: bool,
    /// The latest build failed.
    failing: bool,
    /// The warnings last printed, so that each edit does not print them again.
    warned: Vec<Diagnostic>,
    /// The latest change, in words.
    change: String,
}

impl Rebuilder {
    /// Rebuilds, publishes and reports; says whether `stop` cut it short.
    fn rebuild(&mut self, plan: &Plan, first: bool, stop: &(dyn Fn() -> bool + Sync)) -> bool {
        let started = Instant::now();
        let (site, reloader, write_tx) = (&self.site, &self.reloader, &self.write_tx);
        let mut publish = |p: Publish| {
            let files: Files = p.files.into_iter().map(|(k, v)| (k, Bytes::from(v))).collect();
            let now = site.snapshot();
            let changed = p.whole || !p.removed.is_empty() || files.iter().any(|(k, v)| now.files.get(k) != Some(v));
            site.publish(files.clone(), &p.removed, p.whole);
            // Open pages reload only when something did change.
            if changed || now.problems.is_some() {
                reloader.reload();
            }
            let _ = write_tx.send(WriteJob { files, removed: p.removed, whole: p.whole });
        };
        let result = self.session.rebuild(plan, &mut publish, stop);
        if !plan.is_empty() {
            self.change = plan.describe();
        }
        let what = if first { "Built".to_string() } else { format!("Rebuilt after a change to {}:", self.change) };
        match result {
            Ok(Rebuilt::Interrupted) => {
                if self.failing {
                    self.failing = false;
                    self.site.set_problems(None);
                }
                return true;
            }
            Ok(Rebuilt::Done { warnings, remade, pages }) => {
                if self.failing {
                    self.failing = false;
                    self.site.set_problems(None);
                    self.reloader.reload();
                    if !self.quiet {
                        eprintln!("Fixed: the site builds again, and open pages have reloaded.");
                    }
                }
                if warnings != self.warned {
                    print_diagnostics(&warnings, self.session.sources(), self.quiet);
                    self.warned = warnings;
                }
                if self.tty {
                    let made = if remade == pages { format!("{} pages", thousands(pages)) } else { format!("{} of {} pages", thousands(remade), thousands(pages)) };
                    println!("{what} {made} in {:.2} s", started.elapsed().as_secs_f64());
                }
            }
            Ok(Rebuilt::Failed { diagnostics: diags }) => {
                self.failing = true;
                self.warned.clear();
                print_diagnostics(&diags, self.session.sources(), self.quiet);
                let summary = diagnostics::summary(&diags);
                eprintln!(
                    "error: the site was not {} because of {summary}; {}\nhelp: fix the file and save it: the site rebuilds by itself, and open pages reload",
                    if first { "built" } else { "rebuilt" },
                    if first { "the problems are shown on every page" } else { "the last good version is still served, with the problems shown over every page" }
                );
                let errors: Vec<Diagnostic> = diags.iter().filter(|d| d.is_error()).cloned().collect();
                let text = diagnostics::render_human(&errors, self.session.sources(), false);
                self.fail(format!("The site could not be {}: {}", if first { "built" } else { "rebuilt" }, diagnostics::summary(&errors)), text);
            }
            Err(e) => {
                eprintln!("error: {e}\nhelp: fix it and save: the site rebuilds by itself, and open pages reload");
                self.fail(format!("The site could not be {}", if first { "built" } else { "rebuilt" }), format!("error: {e}"));
            }
        }
        false
    }

    fn fail(&mut self, heading: String, text: String) {
        self.failing = true;
        self.site.set_problems(Some(Problems { heading, text }));
        self.reloader.reload();
    }

    /// Rebuilds after each burst of file events until `stop`. The pages of what changed are
    /// published at once; the pages listing every review wait until changes settle (`SETTLE`), and
    /// give way again if another change comes while they are made (`pending`). `theme` tells the
    /// event handler which theme to watch for.
    fn watch(&mut self, events: Receiver<DebounceEventResult>, mut watching: Watching, stop: &AtomicBool, pending: &AtomicBool, theme: &Mutex<String>) {
        let mut unfinished = false;
        while !stop.load(Ordering::Relaxed) {
            let first = if unfinished {
                match events.recv_timeout(SETTLE) {
                    Ok(e) => Some(e),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            } else {
                match events.recv_timeout(Duration::from_millis(200)) {
                    Ok(e) => Some(e),
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            };
            pending.store(false, Ordering::SeqCst);
            let mut plan = Plan::default();
            let mut rewatch = false;
            for result in first.into_iter().chain(events.try_iter()) {
                match result {
                    Ok(evs) => {
                        for ev in evs.into_iter().filter(|ev| watch::matters(&ev.kind)) {
                            if ev.need_rescan() {
                                plan.everything = true;
                                rewatch = true;
                            }
                            for p in &ev.paths {
                                rewatch |= watching.is_root(p);
                                if let Some(change) = watch::classify(p, &watching.root, self.session.theme_name()) {
                                    plan.add(change);
                                }
                            }
                        }
                    }
                    Err(errors) => {
                        for e in errors {
                            eprintln!("{}", watch_error(&e, &watching.root));
                        }
                    }
                }
            }
            if plan.is_empty() && !unfinished {
                continue;
            }
            let theme_before = self.session.theme_name().to_string();
            let fresh = !plan.is_empty();
            unfinished = self.rebuild(&plan, false, &|| fresh || pending.load(Ordering::SeqCst));
            if self.session.theme_name() != theme_before {
                *theme.lock().unwrap_or_else(|e| e.into_inner()) = self.session.theme_name().to_string();
            }
            if rewatch || plan.everything || plan.templates || self.session.theme_name() != theme_before {
                if let Err(e) = watching.sync(self.session.theme_name(), rewatch) {
                    eprintln!("{}", watch_error(&e, &watching.root));
                }
            }
        }
    }
}

/// Passes file events to the rebuilds, noting at once that a change worth rebuilding for came.
struct Events {
    tx: Sender<DebounceEventResult>,
    root: PathBuf,
    theme: Arc<Mutex<String>>,
    pending: Arc<AtomicBool>,
}

impl notify_debouncer_full::DebounceEventHandler for Events {
    fn handle_event(&mut self, result: DebounceEventResult) {
        if let Ok(evs) = &result {
            let theme = self.theme.lock().unwrap_or_else(|e| e.into_inner()).clone();
            let relevant = evs.iter().filter(|e| watch::matters(&e.kind)).flat_map(|e| &e.paths).any(|p| watch::classify(p, &self.root, &theme).is_some());
            if relevant {
                self.pending.store(true, Ordering::SeqCst);
            }
        }
        let _ = self.tx.send(result);
    }
}

/// Files to write into output/, so that it matches what is served.
struct WriteJob {
    files: Files,
    removed: Vec<String>,
    whole: bool,
}

impl WriteJob {
    /// This job followed by `next`, as one.
    fn then(&mut self, next: WriteJob) {
        if next.whole {
            *self = next;
            return;
        }
        for r in &next.removed {
            self.files.remove(r);
        }
        self.removed.retain(|r| !next.files.contains_key(r));
        self.files.extend(next.files);
        if !self.whole {
            self.removed.extend(next.removed);
        }
    }
}

fn write_output(out: &Path, jobs: Receiver<WriteJob>) {
    while let Ok(mut job) = jobs.recv() {
        while let Ok(next) = jobs.recv_timeout(WRITE_WHEN_QUIET_FOR) {
            job.then(next);
        }
        let result = if job.whole { crate::output::write(out, &job.files) } else { crate::output::write_some(out, &job.files, &job.removed) };
        if let Err(e) = result {
            eprintln!("warning: {e}\nhelp: the site is still served; output/ will be brought up to date after the next change");
        }
    }
}

/// notify with its debouncer, native or polling.
enum AnyDebouncer {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, FileIdMap>),
}

struct Watching {
    debouncer: AnyDebouncer,
    root: PathBuf,
    watched: Vec<(PathBuf, bool)>,
}

impl Watching {
    fn start(root: &Path, theme: &str, poll: bool, tx: Events) -> Result<Watching, String> {
        let debouncer = if poll {
            let config = notify::Config::default().with_poll_interval(POLL_EVERY);
            notify_debouncer_full::new_debouncer_opt(DEBOUNCE, None, tx, FileIdMap::new(), config).map(AnyDebouncer::Poll)
        } else {
            notify_debouncer_full::new_debouncer(DEBOUNCE, None, tx).map(AnyDebouncer::Native)
        }
        .map_err(|e| watch_error(&e, root))?;
        let mut w = Watching { debouncer, root: root.to_path_buf(), watched: Vec::new() };
        w.sync(theme, false).map_err(|e| watch_error(&e, root))?;
        Ok(w)
    }

    /// A folder whose creation or removal changes what must be watched: content/, themes/ or a
    /// theme's folder.
    fn is_root(&self, p: &Path) -> bool {
        let themes = self.root.join("themes");
        p == self.root.join("content") || p == themes || p.parent() == Some(themes.as_path())
    }

    /// Watches what `watch::roots` lists now; `again` watches even those already watched anew (a
    /// folder deleted and made again).
    fn sync(&mut self, theme: &str, again: bool) -> notify::Result<()> {
        let want = watch::roots(&self.root, theme, |p| p.is_dir());
        for (path, recursive) in self.watched.clone() {
            if again || !want.contains(&(path.clone(), recursive)) {
                let _ = match &mut self.debouncer {
                    AnyDebouncer::Native(d) => d.unwatch(&path),
                    AnyDebouncer::Poll(d) => d.unwatch(&path),
                };
                self.watched.retain(|w| w.0 != path);
            }
        }
        for (path, recursive) in want {
            if self.watched.iter().any(|w| w.0 == path) {
                continue;
            }
            let mode = if recursive { RecursiveMode::Recursive } else { RecursiveMode::NonRecursive };
            match &mut self.debouncer {
                AnyDebouncer::Native(d) => d.watch(&path, mode)?,
                AnyDebouncer::Poll(d) => d.watch(&path, mode)?,
            }
            self.watched.push((path, recursive));
        }
        Ok(())
    }
}

/// What to say when watching fails, above all when the system runs out of file watches.
fn watch_error(e: &notify::Error, root: &Path) -> String {
    let os = match &e.kind {
        notify::ErrorKind::Io(io) => io.raw_os_error(),
        _ => None,
    };
    const ENOSPC: i32 = 28;
    const EMFILE: i32 = 24;
    if matches!(e.kind, notify::ErrorKind::MaxFilesWatch) || os == Some(ENOSPC) {
        format!(
            "error: the system ran out of file watches (inotify) while watching {} for changes, so some changes would not be seen\n\
             help: run `followthrough serve --poll` to look for changes every half second instead, or raise the limit:\n      \
             sudo sysctl fs.inotify.max_user_watches=524288\n      \
             (add `fs.inotify.max_user_watches=524288` to /etc/sysctl.conf to keep it after a restart)",
            root.display()
        )
    } else if os == Some(EMFILE) {
        format!(
            "error: the system would not start another file watcher (inotify) for {}: too many are open\n\
             help: run `followthrough serve --poll` to look for changes every half second instead, or raise the limit:\n      \
             sudo sysctl fs.inotify.max_user_instances=512",
            root.display()
        )
    } else {
        format!("error: could not watch {} for changes: {e}\nhelp: run `followthrough serve --poll` to look for changes every half second instead", root.display())
    }
}

fn listen_error(addr: SocketAddr, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => format!(
            "error: could not serve on {addr}: that port is already in use, perhaps by another `followthrough serve`\n\
             help: stop the other server, or choose another port, such as `--port {}`",
            addr.port().wrapping_add(1).max(1024)
        ),
        std::io::ErrorKind::PermissionDenied => {
            format!("error: could not serve on {addr}: permission denied\nhelp: choose a port above 1023, such as the default `--port 1111`")
        }
        _ => format!("error: could not serve on {addr}: {e}\nhelp: leave out --bind to serve on 127.0.0.1, this computer only"),
    }
}

/// Opens `url` in the default browser; says so if it cannot, and carries on.
fn open_browser(url: &str) {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    let spawned = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match spawned {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(e) => eprintln!("note: could not open a web browser ({program}: {e}); open {url} yourself"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_out_of_file_watches_offers_poll_and_the_limit() {
        let root = Path::new("/site");
        let full = watch_error(&notify::Error::new(notify::ErrorKind::MaxFilesWatch), root);
        assert!(full.contains("ran out of file watches"), "{full}");
        assert!(full.contains("--poll") && full.contains("fs.inotify.max_user_watches"), "{full}");
        let enospc = watch_error(&notify::Error::io(std::io::Error::from_raw_os_error(28)), root);
        assert!(enospc.contains("ran out of file watches"), "{enospc}");
        let other = watch_error(&notify::Error::path_not_found(), root);
        assert!(other.contains("/site") && other.contains("--poll"), "{other}");
    }

    #[test]
    fn a_port_in_use_says_so_and_suggests_another() {
        let addr: SocketAddr = "127.0.0.1:1111".parse().unwrap();
        let msg = listen_error(addr, &std::io::Error::from(std::io::ErrorKind::AddrInUse));
        assert!(msg.contains("already in use") && msg.contains("--port 1112"), "{msg}");
    }

    #[test]
    fn later_writes_of_output_fold_into_one() {
        let job = |files: &[&str], removed: &[&str], whole| WriteJob {
            files: files.iter().map(|f| (f.to_string(), Bytes::from_static(b"x"))).collect(),
            removed: removed.iter().map(|r| r.to_string()).collect(),
            whole,
        };
        let mut a = job(&["a.html", "b.html"], &["c.html"], false);
        a.then(job(&["c.html"], &["b.html"], false));
        assert_eq!(a.files.keys().collect::<Vec<_>>(), ["a.html", "c.html"]);
        assert_eq!(a.removed, ["b.html"]);
        a.then(job(&["z.html"], &[], true));
        assert!(a.whole && a.files.len() == 1);
    }
}
