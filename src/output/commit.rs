//! Moving a staged build into the output folder so that, whatever happens, the folder is wholly
//! the old site or wholly the new one. Before a file moves, a journal of every move is written;
//! each step is one rename (atomic on every file system followthrough writes to). A failure, or
//! Ctrl-C, undoes the steps taken; after a crash or power cut the next run reads the journal and
//! undoes them (or, if the journal says the commit ended, finishes tidying up). Owns the journal
//! and the order of the steps; the files themselves are staged by `stage`.

use super::interrupt::Committing;
use super::manifest::WORK;
use crate::error::FatalError;
use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};

/// The file operations a commit is made of, so that tests can make any one of them fail.
pub(crate) trait Disk {
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn create_dir_all(&self, dir: &Path) -> io::Result<()>;
    fn remove_dir(&self, dir: &Path) -> io::Result<()>;
    fn remove_dir_all(&self, dir: &Path) -> io::Result<()>;
    /// Writes `bytes` to `path` whole: to a temporary file, flushed to disk, then renamed.
    fn write_durably(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
}

/// The real file system.
pub(crate) struct RealDisk;

impl Disk for RealDisk {
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir_all(dir)
    }
    fn remove_dir(&self, dir: &Path) -> io::Result<()> {
        std::fs::remove_dir(dir)
    }
    fn remove_dir_all(&self, dir: &Path) -> io::Result<()> {
        std::fs::remove_dir_all(dir)
    }
    fn write_durably(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        use std::io::Write;
        let tmp = path.with_extension("tmp");
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        if let Some(dir) = path.parent() {
            // The rename itself reaches the disk only when its folder is flushed.
            if let Ok(d) = std::fs::File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }
}

/// What a commit will do, written down before it does any of it.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub(crate) struct Journal {
    /// `false` while files are moving; `true` once the new site is wholly in place.
    pub(crate) done: bool,
    /// Staged files to move into place, in order (the list of files written comes last).
    pub(crate) put: Vec<String>,
    /// Files of the old site to take away.
    pub(crate) remove: Vec<String>,
    /// Folders the new site needs that were not there, shallowest first.
    pub(crate) new_dirs: Vec<String>,
}

/// The output folder and the work folder of a build into it, with the work folder's parts.
///
/// The work folder is beside the output folder (`.output.followthrough-work` for `output/`) when
/// it can be made there on the same disk; otherwise inside it (`output/.followthrough-work`).
/// Beside is faster: files made just where many were deleted (a build right after
/// `rm -rf output`) cost ext4 several times more system time, measured here. Either way each
/// move is a rename on one disk. A marker file says the folder is followthrough's, so that a
/// folder of that name that is someone else's is never cleared.
pub(crate) struct Places {
    pub(crate) out: PathBuf,
    pub(crate) work: PathBuf,
}

/// The marker file in a work folder.
const MARKER: &str = "FOLLOWTHROUGH-WORK";

impl Places {
    /// The two places a build into `out` may keep its work folder: beside it, then inside it.
    pub(crate) fn candidates(out: &Path) -> [Places; 2] {
        let name = out
            .file_name()
            .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        [
            Places {
                out: out.to_path_buf(),
                work: parent.join(format!(".{name}{WORK}")),
            },
            Places {
                out: out.to_path_buf(),
                work: out.join(WORK),
            },
        ]
    }

    pub(crate) fn work(&self) -> PathBuf {
        self.work.clone()
    }

    /// Whether the work folder is there and followthrough's.
    pub(crate) fn is_ours(&self) -> bool {
        self.work.join(MARKER).is_file()
    }

    /// Makes the work folder, marked as followthrough's.
    pub(crate) fn make(&self) -> io::Result<()> {
        std::fs::create_dir_all(self.staged(""))?;
        std::fs::write(
            self.work.join(MARKER),
            "followthrough's work folder for a build under way; it is removed when the build ends\n",
        )
    }
    /// The folder the new site is staged in, laid out as the output folder will be.
    pub(crate) fn staged_root(&self) -> PathBuf {
        self.work().join("new")
    }
    pub(crate) fn staged(&self, rel: &str) -> PathBuf {
        self.work().join("new").join(rel)
    }
    /// Where an old file replaced by a new one waits until the commit ends.
    fn replaced(&self, rel: &str) -> PathBuf {
        self.work().join("replaced").join(rel)
    }
    /// Where an old file no longer part of the site waits until the commit ends. (Apart from the
    /// replaced ones: an old file `a` may be removed while an old `a/b` is replaced.)
    fn removed(&self, rel: &str) -> PathBuf {
        self.work().join("removed").join(rel)
    }
    fn live(&self, rel: &str) -> PathBuf {
        self.out.join(rel)
    }
    pub(crate) fn journal(&self) -> PathBuf {
        self.work().join("journal.json")
    }
}

/// Why a commit stopped before its end.
enum Stopped {
    Failed(FatalError),
    Interrupted,
}

/// Moves the staged files into place and takes the old ones away, as one step for anyone looking:
/// on any failure, or Ctrl-C, every move is undone before this returns.
pub(crate) fn commit(
    disk: &dyn Disk,
    places: &Places,
    journal: Journal,
    stop_asked: &dyn Fn() -> bool,
) -> Result<(), FatalError> {
    let Some(committing) = Committing::begin() else {
        return Err(FatalError::Interrupted);
    };
    let stop = || stop_asked() || committing.stop_asked();
    let json = serde_json::to_vec_pretty(&journal).unwrap_or_default();
    if let Err(e) = disk.write_durably(&places.journal(), &json) {
        // Nothing has moved yet.
        forget(disk, places);
        return Err(FatalError::io(
            places.journal(),
            "write the journal of the commit",
            e,
        ));
    }
    match apply(disk, places, &journal, &stop) {
        Ok(()) => {}
        Err(why) => {
            undo(disk, places, &journal)?;
            return Err(match why {
                Stopped::Failed(e) => e,
                Stopped::Interrupted => FatalError::Interrupted,
            });
        }
    }
    // The commit point: from here on the new site stands, even after a crash.
    let done = Journal {
        done: true,
        ..journal
    };
    let json = serde_json::to_vec_pretty(&done).unwrap_or_default();
    if let Err(e) = disk.write_durably(&places.journal(), &json) {
        undo(disk, places, &done)?;
        return Err(FatalError::io(
            places.journal(),
            "write the journal of the commit",
            e,
        ));
    }
    forget(disk, places);
    Ok(())
}

fn apply(
    disk: &dyn Disk,
    places: &Places,
    j: &Journal,
    stop: &dyn Fn() -> bool,
) -> Result<(), Stopped> {
    // For the tests of Ctrl-C and of a crash during a commit, which must catch it half-way.
    let pause = std::env::var("FOLLOWTHROUGH_TEST_COMMIT_STEP_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map(std::time::Duration::from_millis);
    let step = |r: io::Result<()>, path: &Path, action: &'static str| {
        r.map_err(|e| Stopped::Failed(FatalError::io(path, action, e)))?;
        if let Some(p) = pause {
            std::thread::sleep(p);
        }
        if stop() {
            Err(Stopped::Interrupted)
        } else {
            Ok(())
        }
    };
    if stop() {
        return Err(Stopped::Interrupted);
    }
    // The old files first, so that an old file where a new folder goes is out of the way.
    for rel in &j.remove {
        let old = places.removed(rel);
        if let Some(parent) = old.parent() {
            step(disk.create_dir_all(parent), parent, "create the folder")?;
        }
        step(
            disk.rename(&places.live(rel), &old),
            &places.live(rel),
            "move away the old file",
        )?;
        // A folder the old file leaves empty goes, so that a new file can take its name.
        let mut dir = places.live(rel);
        while dir.pop() && dir != places.out && dir.starts_with(&places.out) {
            if disk.remove_dir(&dir).is_err() {
                break;
            }
        }
    }
    for rel in &j.new_dirs {
        let dir = places.live(rel);
        step(disk.create_dir_all(&dir), &dir, "create the folder")?;
    }
    for rel in &j.put {
        let live = places.live(rel);
        if live.is_dir() {
            // An old folder where a new file goes: emptied of the old site's files above.
            step(
                disk.remove_dir(&live),
                &live,
                "replace a folder (which still holds files followthrough did not write) with a file",
            )?;
        }
        if live.exists() {
            let old = places.replaced(rel);
            if let Some(parent) = old.parent() {
                step(disk.create_dir_all(parent), parent, "create the folder")?;
            }
            step(disk.rename(&live, &old), &live, "move away the old file")?;
        }
        step(
            disk.rename(&places.staged(rel), &live),
            &live,
            "move the new file into place",
        )?;
    }
    Ok(())
}

/// Puts the old site back after a commit that did not reach its end. Each step looks at where
/// the file is, so undoing again after a crash during the undo is safe.
fn undo(disk: &dyn Disk, places: &Places, j: &Journal) -> Result<(), FatalError> {
    let io = |r: io::Result<()>, path: &Path| {
        r.map_err(|e| FatalError::io(path, "put the old site back (the journal of the commit is kept in the output folder, and the next build tries again)", e))
    };
    for rel in j.put.iter().rev() {
        let (staged, live, old) = (places.staged(rel), places.live(rel), places.replaced(rel));
        if !staged.exists() && live.is_file() {
            io(disk.rename(&live, &staged), &live)?;
        }
        if old.exists() {
            if let Some(parent) = live.parent() {
                io(disk.create_dir_all(parent), parent)?;
            }
            io(disk.rename(&old, &live), &live)?;
        }
    }
    // The folders the new site made go before the old files come back: an old file may have
    // had a new folder's name.
    for rel in j.new_dirs.iter().rev() {
        let _ = disk.remove_dir(&places.live(rel));
    }
    for rel in j.remove.iter().rev() {
        let (live, old) = (places.live(rel), places.removed(rel));
        if old.exists() {
            if let Some(parent) = live.parent() {
                io(disk.create_dir_all(parent), parent)?;
            }
            io(disk.rename(&old, &live), &live)?;
        }
    }
    forget(disk, places);
    Ok(())
}

/// The work folder goes: after the commit point the old files and the journal, after an undo
/// the staged files.
fn forget(disk: &dyn Disk, places: &Places) {
    let _ = disk.remove_dir_all(&places.work());
}

/// Settles a commit a crash left unfinished in a build into `out`, wherever its work folder is:
/// undone if it had not reached its end, tidied if it had. A work folder without a journal (a
/// build stopped before its commit) is cleared.
pub(crate) fn recover_output(disk: &dyn Disk, out: &Path) -> Result<Recovered, FatalError> {
    let mut found = Recovered::Nothing;
    for places in Places::candidates(out) {
        if places.is_ours() || places.journal().exists() {
            let r = recover(disk, &places)?;
            if r != Recovered::Nothing {
                found = r;
            }
        }
    }
    Ok(found)
}

/// [`recover_output`] for one work folder.
fn recover(disk: &dyn Disk, places: &Places) -> Result<Recovered, FatalError> {
    let path = places.journal();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            forget(disk, places);
            return Ok(Recovered::Nothing);
        }
        Err(e) => {
            return Err(FatalError::io(
                &path,
                "read the journal of an unfinished commit",
                e,
            ));
        }
    };
    let Ok(j) = serde_json::from_slice::<Journal>(&bytes) else {
        // Not written whole: the commit never moved a file.
        forget(disk, places);
        return Ok(Recovered::Nothing);
    };
    if j.done {
        forget(disk, places);
        Ok(Recovered::Finished)
    } else {
        undo(disk, places, &j)?;
        Ok(Recovered::Undone)
    }
}

/// What settling an unfinished commit found.
#[derive(Debug, PartialEq, Eq)]
pub enum Recovered {
    /// No commit was left unfinished.
    Nothing,
    /// A commit had ended; only its tidying up was left.
    Finished,
    /// A commit had not ended: its moves were undone, and the old site is back.
    Undone,
}
