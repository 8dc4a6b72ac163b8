//! Where the one loop that makes a site's files (`render::make`) puts them: a [`Sink`]. The
//! staging folder of a build ([`super::Stage`]) is one; [`Memory`] (for `check` and `serve`) is
//! the other. Must not parse or render.

use super::Stage;
use crate::error::FatalError;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// Takes the files of a site as they are made, from many threads.
pub trait Sink: Sync {
    /// Takes the file at `path`; says whether it differs from what the sink held there.
    fn put(&self, path: &str, bytes: Cow<'_, [u8]>) -> Result<bool, FatalError>;
}

impl Sink for Stage {
    fn put(&self, path: &str, bytes: Cow<'_, [u8]>) -> Result<bool, FatalError> {
        Stage::put(self, path, &bytes)
    }
}

/// The files kept in memory: path → bytes, sorted.
#[derive(Default)]
pub struct Memory(Mutex<BTreeMap<String, Vec<u8>>>);

impl Memory {
    /// The files put, by path.
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.0.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for Memory {
    fn put(&self, path: &str, bytes: Cow<'_, [u8]>) -> Result<bool, FatalError> {
        let mut files = self.0.lock().unwrap_or_else(|e| e.into_inner());
        files.insert(path.to_string(), bytes.into_owned());
        Ok(true)
    }
}
