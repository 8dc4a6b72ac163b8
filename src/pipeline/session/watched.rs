//! What `serve`'s threads share with the session: the theme to watch and classify changes
//! against (its only copy: the session sets it when site.yaml names another), and whether a
//! change came that no rebuild has taken yet (which cuts the slow second step short). Must not
//! print.

use crate::watch::{self, Change};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// The theme to watch and whether a change is waiting, shared between `serve`'s threads.
pub struct Watched {
    theme: Mutex<String>,
    pending: AtomicBool,
}

impl Default for Watched {
    fn default() -> Watched {
        Watched {
            theme: Mutex::new("default".into()),
            pending: AtomicBool::new(false),
        }
    }
}

impl Watched {
    /// The theme site.yaml named when it last validated (`default` until it has been read).
    pub fn theme(&self) -> String {
        self.theme.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub(super) fn set_theme(&self, name: &str) {
        *self.theme.lock().unwrap_or_else(|e| e.into_inner()) = name.to_string();
    }

    /// What a changed path means for the site, against the theme watched now.
    pub fn classify(&self, path: &Path, root: &Path) -> Option<Change> {
        let theme = self.theme.lock().unwrap_or_else(|e| e.into_inner());
        watch::classify(path, root, &theme)
    }

    /// A change worth rebuilding for came.
    pub fn came(&self) {
        self.pending.store(true, Ordering::SeqCst);
    }

    /// A rebuild takes the changes that came.
    pub fn take(&self) {
        self.pending.store(false, Ordering::SeqCst);
    }

    /// Whether a change came since the last `take`.
    pub fn pending(&self) -> bool {
        self.pending.load(Ordering::SeqCst)
    }
}
