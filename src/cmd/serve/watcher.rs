//! Watching for `serve`: notify with its debouncer (or polling, with `--poll`) on the folders
//! `watch::roots` lists, and what to say when watching fails, above all when the system runs out
//! of file watches. Classifying the events is `watch`'s.

use crate::pipeline::session::Watched;
use crate::watch;
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, FileIdMap, RecommendedCache};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::time::Duration;

/// How long the file system must be quiet before a burst of events is acted on. An editor's save
/// (write, or write and rename) is one burst well inside it; a burst that outlasts it (a `git
/// checkout` of many files) is rebuilt for in turns, each cutting the last one's site-wide pages
/// short, so nothing is lost by acting early. Every millisecond here is one the officer waits.
const DEBOUNCE: Duration = Duration::from_millis(25);
/// How often the debouncer looks whether a burst has ended (its default is a quarter of
/// `DEBOUNCE`): a burst is acted on at most this long after it ends.
const TICK: Duration = Duration::from_millis(5);
/// How often `--poll` looks at the files.
const POLL_EVERY: Duration = Duration::from_millis(500);

/// Passes file events to the rebuilds, telling the session at once that a change worth
/// rebuilding for came.
pub(super) struct Events {
    pub(super) tx: Sender<DebounceEventResult>,
    pub(super) root: PathBuf,
    pub(super) watched: Arc<Watched>,
}

impl notify_debouncer_full::DebounceEventHandler for Events {
    fn handle_event(&mut self, result: DebounceEventResult) {
        if let Ok(evs) = &result {
            let relevant = evs
                .iter()
                .filter(|e| watch::matters(&e.kind))
                .flat_map(|e| &e.paths)
                .any(|p| self.watched.classify(p, &self.root).is_some());
            if relevant {
                self.watched.came();
            }
        }
        let _ = self.tx.send(result);
    }
}

/// notify with its debouncer, native or polling.
enum AnyDebouncer {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, FileIdMap>),
}

pub(super) struct Watching {
    debouncer: AnyDebouncer,
    pub(super) root: PathBuf,
    watched: Vec<(PathBuf, bool)>,
}

impl Watching {
    pub(super) fn start(
        root: &Path,
        theme: &str,
        poll: bool,
        tx: Events,
    ) -> Result<Watching, String> {
        let debouncer = if poll {
            let config = notify::Config::default().with_poll_interval(POLL_EVERY);
            notify_debouncer_full::new_debouncer_opt(
                DEBOUNCE,
                Some(TICK),
                tx,
                FileIdMap::new(),
                config,
            )
            .map(AnyDebouncer::Poll)
        } else {
            notify_debouncer_full::new_debouncer(DEBOUNCE, Some(TICK), tx).map(AnyDebouncer::Native)
        }
        .map_err(|e| watch_error(&e, root))?;
        let mut w = Watching {
            debouncer,
            root: root.to_path_buf(),
            watched: Vec::new(),
        };
        w.sync(theme, false).map_err(|e| watch_error(&e, root))?;
        Ok(w)
    }

    /// A folder whose creation or removal changes what must be watched: content/, themes/ or a
    /// theme's folder.
    pub(super) fn is_root(&self, p: &Path) -> bool {
        let themes = self.root.join("themes");
        p == self.root.join("content") || p == themes || p.parent() == Some(themes.as_path())
    }

    /// Watches what `watch::roots` lists now; `again` watches even those already watched anew (a
    /// folder deleted and made again).
    pub(super) fn sync(&mut self, theme: &str, again: bool) -> notify::Result<()> {
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
            let mode = if recursive {
                RecursiveMode::Recursive
            } else {
                RecursiveMode::NonRecursive
            };
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
pub(super) fn watch_error(e: &notify::Error, root: &Path) -> String {
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
        format!(
            "error: could not watch {} for changes: {e}\nhelp: run `followthrough serve --poll` to look for changes every half second instead",
            root.display()
        )
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
        assert!(
            full.contains("--poll") && full.contains("fs.inotify.max_user_watches"),
            "{full}"
        );
        let enospc = watch_error(
            &notify::Error::io(std::io::Error::from_raw_os_error(28)),
            root,
        );
        assert!(enospc.contains("ran out of file watches"), "{enospc}");
        let other = watch_error(&notify::Error::path_not_found(), root);
        assert!(
            other.contains("/site") && other.contains("--poll"),
            "{other}"
        );
    }
}
