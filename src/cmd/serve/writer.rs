//! Keeping output/ the same as what `serve` serves: one thread writes what was published, once
//! publishing has paused, so that writing never slows editing.

use crate::server::Files;
use std::path::Path;
use std::sync::mpsc::Receiver;
use std::time::Duration;

/// How long publishing must pause before output/ is written.
const WRITE_WHEN_QUIET_FOR: Duration = Duration::from_secs(2);

/// Files to write into output/, so that it matches what is served.
pub(super) struct WriteJob {
    pub(super) files: Files,
    pub(super) removed: Vec<String>,
    pub(super) whole: bool,
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

pub(super) fn write_output(out: &Path, root: &Path, jobs: Receiver<WriteJob>) {
    while let Ok(mut job) = jobs.recv() {
        while let Ok(next) = jobs.recv_timeout(WRITE_WHEN_QUIET_FOR) {
            job.then(next);
        }
        let result = if job.whole {
            crate::output::write(out, root, &job.files)
        } else {
            crate::output::write_some(out, root, &job.files, &job.removed)
        };
        if let Err(e) = result {
            eprintln!(
                "warning: {e}\nhelp: the site is still served; output/ will be brought up to date after the next change"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Bytes;

    #[test]
    fn later_writes_of_output_fold_into_one() {
        let job = |files: &[&str], removed: &[&str], whole| WriteJob {
            files: files
                .iter()
                .map(|f| (f.to_string(), Bytes::from_static(b"x")))
                .collect(),
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
