//! The rebuild side of `serve`: one thread that turns each burst of file events into a plan,
//! rebuilds through the session (which owns every piece of serve's state: the theme, work left
//! unfinished, failing, changes pending, warnings shown), hands the files to the server and to
//! output/, reloads open pages, and tells the terminal. The outputs of what changed come at once;
//! those of the whole site wait until the changes settle.

use super::super::*;
use super::watcher::{Watching, watch_error};
use super::writer::WriteJob;
use crate::pipeline::session::{Publish, Rebuilt, Session};
use crate::server::{Files, Problems, Site};
use crate::watch::{self, Plan};
use axum::body::Bytes;
use notify_debouncer_full::DebounceEventResult;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};
use tower_livereload::Reloader;

/// After a change, its own pages are published at once; the pages listing every review (slow on
/// a large site) wait until no change has come for this long.
const SETTLE: Duration = Duration::from_secs(1);

/// The rebuild side: the session, and what to tell the server, the browser and the terminal.
pub(super) struct Rebuilder {
    pub(super) session: Session,
    pub(super) site: Arc<Site>,
    pub(super) reloader: Reloader,
    pub(super) write_tx: Sender<WriteJob>,
    pub(super) quiet: bool,
    pub(super) tty: bool,
    /// The latest change, in words.
    pub(super) change: String,
    /// The output folder, whose last good site is served if the first build fails.
    pub(super) output: std::path::PathBuf,
}

impl Rebuilder {
    /// Rebuilds, publishes and reports.
    pub(super) fn rebuild(&mut self, plan: &Plan, first: bool, stop: &(dyn Fn() -> bool + Sync)) {
        let started = Instant::now();
        let (site, reloader, write_tx) = (&self.site, &self.reloader, &self.write_tx);
        let mut publish = |p: Publish| {
            let files: Files = p
                .files
                .into_iter()
                .map(|(k, v)| (k, Bytes::from(v)))
                .collect();
            let now = site.snapshot();
            let changed = p.whole
                || !p.removed.is_empty()
                || files.iter().any(|(k, v)| now.files.get(k) != Some(v));
            site.publish(files.clone(), &p.removed, p.whole);
            // Open pages reload only when something did change.
            if changed || now.problems.is_some() {
                reloader.reload();
            }
            let _ = write_tx.send(WriteJob {
                files,
                removed: p.removed,
                whole: p.whole,
            });
        };
        let result = self.session.rebuild(plan, &mut publish, stop);
        if !plan.is_empty() {
            self.change = plan.describe();
        }
        let what = if first {
            "Built".to_string()
        } else {
            format!("Rebuilt after a change to {}:", self.change)
        };
        match result {
            // The outputs of the change are published, so its problems are gone.
            Ok(Rebuilt::Interrupted) => self.site.set_problems(None),
            Ok(Rebuilt::Done {
                warnings,
                remade,
                pages,
                fixed,
                new_warnings,
            }) => {
                if fixed {
                    self.site.set_problems(None);
                    self.reloader.reload();
                    if !self.quiet {
                        eprintln!("Fixed: the site builds again, and open pages have reloaded.");
                    }
                }
                if new_warnings {
                    print_diagnostics(&warnings, self.session.sources(), self.quiet);
                }
                if self.tty {
                    let made = if remade == pages {
                        format!("{} pages", thousands(pages))
                    } else {
                        format!("{} of {} pages", thousands(remade), thousands(pages))
                    };
                    println!("{what} {made} in {:.2} s", started.elapsed().as_secs_f64());
                }
            }
            Ok(Rebuilt::Failed { diagnostics: diags }) => {
                print_diagnostics(&diags, self.session.sources(), self.quiet);
                let summary = diagnostics::summary(&diags);
                let served = if !first {
                    "the last good version is still served, with the problems shown over every page"
                } else if self.serve_last_built() {
                    "the site last built in output/ is served, with the problems shown over every page"
                } else {
                    "the problems are shown on every page"
                };
                eprintln!(
                    "error: the site was not {} because of {summary}; {served}\nhelp: fix the file and save it: the site rebuilds by itself, and open pages reload",
                    if first { "built" } else { "rebuilt" },
                );
                let errors: Vec<Diagnostic> =
                    diags.iter().filter(|d| d.is_error()).cloned().collect();
                let text = diagnostics::render_human(&errors, self.session.sources(), false);
                self.fail(
                    format!(
                        "The site could not be {}: {}",
                        if first { "built" } else { "rebuilt" },
                        diagnostics::summary(&errors)
                    ),
                    text,
                );
            }
            Err(e) => {
                let note = if first && self.serve_last_built() {
                    "\nnote: the site last built in output/ is served, with the problem shown over every page"
                } else {
                    ""
                };
                eprintln!(
                    "error: {e}{note}\nhelp: fix it and save: the site rebuilds by itself, and open pages reload"
                );
                self.fail(
                    format!(
                        "The site could not be {}",
                        if first { "built" } else { "rebuilt" }
                    ),
                    format!("error: {e}"),
                );
            }
        }
    }

    /// After a first build failed: serves the site an earlier build left in output/ (only the
    /// files it lists as written), beneath the problems, until a build succeeds. Says whether
    /// there was one.
    fn serve_last_built(&self) -> bool {
        match crate::output::last_good::read(&self.output) {
            Ok(Some(files)) => {
                let files: Files = files
                    .into_iter()
                    .map(|(k, v)| (k, Bytes::from(v)))
                    .collect();
                self.site.serve_last_good(files);
                true
            }
            Ok(None) => false,
            Err(e) => {
                eprintln!("warning: {e}\nnote: the site last built in output/ is not served");
                false
            }
        }
    }

    fn fail(&mut self, heading: String, text: String) {
        self.site.set_problems(Some(Problems { heading, text }));
        self.reloader.reload();
    }

    /// Rebuilds after each burst of file events until `stop`. The outputs of what changed are
    /// published at once; those of the whole site wait until changes settle (`SETTLE`), and give
    /// way again if another change comes while they are made (the session's `pending`).
    pub(super) fn watch(
        &mut self,
        events: Receiver<DebounceEventResult>,
        mut watching: Watching,
        stop: &AtomicBool,
    ) {
        let watched = self.session.watched();
        while !stop.load(Ordering::Relaxed) {
            let unfinished = self.session.is_unfinished();
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
            watched.take();
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
                                if let Some(change) = watched.classify(p, &watching.root) {
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
            let theme_before = watched.theme();
            let fresh = !plan.is_empty();
            self.rebuild(&plan, false, &|| fresh || watched.pending());
            let theme = watched.theme();
            if (rewatch || plan.everything || plan.templates || theme != theme_before)
                && let Err(e) = watching.sync(&theme, rewatch)
            {
                eprintln!("{}", watch_error(&e, &watching.root));
            }
        }
    }
}
