//! Ctrl-C and the commit: a stop asked for while files move into the output folder is honoured
//! only once the folder is wholly the old site again, never half-way. Owns one process-wide
//! state; knows nothing of signals (the command installs the handler and calls [`request`]).

use std::sync::atomic::{AtomicUsize, Ordering};

/// The process is exiting: no commit may start.
const EXITING: usize = 1 << (usize::BITS - 1);
/// Ctrl-C was pressed while commits were under way: they undo themselves.
const STOP: usize = 1 << (usize::BITS - 2);
/// The rest counts the commits under way.
const COUNT: usize = !(EXITING | STOP);

static STATE: AtomicUsize = AtomicUsize::new(0);

/// Called by the Ctrl-C handler. Returns `true` when the process may exit at once (no commit is
/// under way, and none will start); `false` when commits are moving files: each then puts the
/// old site back and returns [`crate::error::FatalError::Interrupted`].
pub fn request() -> bool {
    let mut now = STATE.load(Ordering::SeqCst);
    loop {
        let next = if now & COUNT == 0 {
            now | EXITING
        } else {
            now | STOP
        };
        match STATE.compare_exchange(now, next, Ordering::SeqCst, Ordering::SeqCst) {
            Ok(_) => return next & EXITING != 0,
            Err(seen) => now = seen,
        }
    }
}

/// One commit under way; dropped when it ends.
pub(super) struct Committing(());

impl Committing {
    /// Counts a commit as begun. `None` when the process is already exiting on Ctrl-C: the
    /// caller must then touch nothing.
    pub(super) fn begin() -> Option<Committing> {
        let mut now = STATE.load(Ordering::SeqCst);
        loop {
            if now & EXITING != 0 {
                return None;
            }
            match STATE.compare_exchange(now, now + 1, Ordering::SeqCst, Ordering::SeqCst) {
                Ok(_) => return Some(Committing(())),
                Err(seen) => now = seen,
            }
        }
    }

    /// Whether Ctrl-C was pressed since a commit began.
    pub(super) fn stop_asked(&self) -> bool {
        STATE.load(Ordering::SeqCst) & STOP != 0
    }
}

impl Drop for Committing {
    fn drop(&mut self) {
        let mut now = STATE.load(Ordering::SeqCst);
        loop {
            let count = (now & COUNT) - 1;
            // The last commit to end clears the stop: it has been honoured.
            let next = if count == 0 {
                now & EXITING
            } else {
                (now & !COUNT) | count
            };
            match STATE.compare_exchange(now, next, Ordering::SeqCst, Ordering::SeqCst) {
                Ok(_) => return,
                Err(seen) => now = seen,
            }
        }
    }
}
