//! The output folder's promises, step by step: a stage changes nothing until it is committed, a
//! commit that fails at any step (or is interrupted, or crashes) leaves wholly the old site, and
//! nothing followthrough did not write is ever touched.

use super::commit::{self, Disk, RealDisk};
use super::*;
use crate::render::OutputSet;
use std::cell::Cell;
use std::io;

/// Every file under `dir` with its bytes, followthrough's work folder aside.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .filter(|(r, _)| !r.starts_with(manifest::WORK))
        .collect()
}

/// Neither place a work folder may be holds one.
fn no_work_left(out: &Path) -> bool {
    commit::Places::candidates(out)
        .iter()
        .all(|p| !p.work.exists())
}

fn set(files: &[(&str, &str)]) -> OutputSet {
    files
        .iter()
        .map(|(p, b)| (p.to_string(), b.as_bytes().to_vec()))
        .collect()
}

fn site_dir() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("content")).unwrap();
    d
}

#[test]
fn a_stage_changes_nothing_until_it_is_committed() {
    let dir = site_dir();
    let out = dir.path().join("output");
    write(
        &out,
        dir.path(),
        &set(&[("a/index.html", "one"), ("old.html", "old")]),
    )
    .unwrap();
    let begin = || Stage::begin(&out, open(&out, dir.path(), false).unwrap().target).unwrap();
    let stage = begin();
    assert!(
        !stage.put("a/index.html", b"one").unwrap(),
        "same bytes: not staged"
    );
    assert!(stage.put("b/index.html", b"two").unwrap());
    assert!(
        !out.join("b/index.html").exists(),
        "nothing in output/ before the commit"
    );
    drop(stage);
    assert!(no_work_left(&out), "a dropped stage leaves nothing");
    assert!(out.join("old.html").exists());

    let stage = begin();
    stage.put("a/index.html", b"one").unwrap();
    stage.put("b/index.html", b"two").unwrap();
    let report = stage.commit(Keep::Put, 1).unwrap();
    assert_eq!(
        report,
        WriteReport {
            written: 1,
            unchanged: 1,
            removed: 1
        }
    );
    assert_eq!(std::fs::read(out.join("b/index.html")).unwrap(), b"two");
    assert!(!out.join("old.html").exists());
    assert!(no_work_left(&out));
    let listed = manifest::read(&out).unwrap().unwrap();
    assert_eq!(
        listed.into_iter().collect::<Vec<_>>(),
        ["a/index.html", "b/index.html"]
    );
}

#[test]
fn paths_cannot_leave_output() {
    let o = Path::new("out");
    assert!(safe_join(o, "a/b.html").is_some());
    assert!(safe_join(o, "../x").is_none());
    assert!(safe_join(o, "/etc/passwd").is_none());
    assert!(safe_join(o, "a/../../x").is_none());
    assert!(safe_join(o, "C:x").is_none());
}

#[test]
fn writes_changed_and_removes_stale() {
    let dir = site_dir();
    let out = dir.path().join("output");
    let mut files = set(&[("a/index.html", "one"), ("b.css", "css")]);
    let w = |f: &OutputSet| write(&out, dir.path(), f).unwrap();
    assert_eq!(
        w(&files),
        WriteReport {
            written: 2,
            unchanged: 0,
            removed: 0
        }
    );
    assert_eq!(
        w(&files),
        WriteReport {
            written: 0,
            unchanged: 2,
            removed: 0
        }
    );
    files.remove("a/index.html");
    files.insert("b.css".into(), b"new".to_vec());
    assert_eq!(
        w(&files),
        WriteReport {
            written: 1,
            unchanged: 0,
            removed: 1
        }
    );
    assert!(!out.join("a").exists(), "emptied folder removed");
}

#[test]
fn writes_some_files_and_removes_others() {
    let dir = site_dir();
    let out = dir.path().join("output");
    write(
        &out,
        dir.path(),
        &set(&[("a/b/index.html", "one"), ("c.css", "css"), ("d.html", "d")]),
    )
    .unwrap();
    let report = write_some(
        &out,
        dir.path(),
        &set(&[("c.css", "new")]),
        &["a/b/index.html".to_string(), "../x".to_string()],
    )
    .unwrap();
    assert_eq!(
        report,
        WriteReport {
            written: 1,
            unchanged: 0,
            removed: 1
        }
    );
    assert_eq!(std::fs::read(out.join("c.css")).unwrap(), b"new");
    assert!(!out.join("a").exists(), "emptied folders removed");
    let listed = manifest::read(&out).unwrap().unwrap();
    assert_eq!(listed.into_iter().collect::<Vec<_>>(), ["c.css", "d.html"]);
}

#[test]
fn files_followthrough_did_not_write_survive_every_build() {
    let dir = site_dir();
    let out = dir.path().join("output");
    write(
        &out,
        dir.path(),
        &set(&[("index.html", "v1"), ("old/index.html", "old")]),
    )
    .unwrap();
    std::fs::create_dir_all(out.join(".git/objects")).unwrap();
    std::fs::write(out.join(".git/HEAD"), "ref: refs/heads/main").unwrap();
    std::fs::write(out.join(".htaccess"), "Options -Indexes").unwrap();
    std::fs::write(out.join("old/notes.txt"), "mine").unwrap();
    write(&out, dir.path(), &set(&[("index.html", "v2")])).unwrap();
    let t = tree(&out);
    assert_eq!(t[".git/HEAD"], b"ref: refs/heads/main");
    assert_eq!(t[".htaccess"], b"Options -Indexes");
    assert_eq!(t["old/notes.txt"], b"mine");
    assert!(!t.contains_key("old/index.html"));
    assert_eq!(t["index.html"], b"v2");
    assert!(
        out.join(".git/objects").is_dir(),
        "an empty folder of the user's stays too"
    );
}

#[test]
fn a_file_of_the_users_where_a_page_goes_is_not_replaced() {
    let dir = site_dir();
    let out = dir.path().join("output");
    write(&out, dir.path(), &set(&[("index.html", "v1")])).unwrap();
    std::fs::write(out.join("about.html"), "the user's").unwrap();
    let e = write(
        &out,
        dir.path(),
        &set(&[("index.html", "v2"), ("about.html", "ours")]),
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("about.html") && e.contains("did not write"),
        "{e}"
    );
    assert_eq!(
        std::fs::read(out.join("about.html")).unwrap(),
        b"the user's"
    );
    assert_eq!(
        std::fs::read(out.join("index.html")).unwrap(),
        b"v1",
        "nothing else changed"
    );
}

/// A disk whose `fail_at`-th operation fails; after it, with `crash`, every operation fails too
/// (the machine went down: nothing more reaches the disk, not even an undo).
struct Faulty {
    fail_at: usize,
    crash: bool,
    ops: Cell<usize>,
}

impl Faulty {
    fn op(&self) -> io::Result<()> {
        let n = self.ops.get() + 1;
        self.ops.set(n);
        if n == self.fail_at || (self.crash && n > self.fail_at) {
            Err(io::Error::other("injected failure"))
        } else {
            Ok(())
        }
    }
}

impl Disk for Faulty {
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.op()?;
        RealDisk.rename(from, to)
    }
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        self.op()?;
        RealDisk.create_dir_all(dir)
    }
    fn remove_dir(&self, dir: &Path) -> io::Result<()> {
        self.op()?;
        RealDisk.remove_dir(dir)
    }
    fn remove_dir_all(&self, dir: &Path) -> io::Result<()> {
        self.op()?;
        RealDisk.remove_dir_all(dir)
    }
    fn write_durably(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.op()?;
        RealDisk.write_durably(path, bytes)
    }
}

/// An old site and a new one that differ in every way a commit must handle: a changed file, a
/// new file in a new folder, a stale file, an old file where a new folder goes, an old folder
/// where a new file goes, an unchanged file, and a user's file that must be left alone.
fn old_and_new() -> (OutputSet, OutputSet) {
    let old = set(&[
        ("index.html", "old home"),
        ("same.css", "same"),
        ("stale/index.html", "stale"),
        ("page", "old page as a file"),
        ("section/a.html", "old section"),
        ("section/b/c.html", "old deep"),
    ]);
    let new = set(&[
        ("index.html", "new home"),
        ("same.css", "same"),
        ("fresh/deep/index.html", "fresh"),
        ("page/index.html", "new page as a folder"),
        ("section", "new section as a file"),
    ]);
    (old, new)
}

fn commit_with(
    disk: &dyn Disk,
    out: &Path,
    root: &Path,
    files: &OutputSet,
    stop: &dyn Fn() -> bool,
) -> Result<WriteReport, FatalError> {
    let stage = Stage::begin(out, open(out, root, false)?.target)?;
    let mut unchanged = 0;
    for (rel, bytes) in files {
        unchanged += usize::from(!stage.put(rel, bytes)?);
    }
    stage.commit_on(disk, Keep::Put, unchanged, stop)
}

/// The site part of a tree: without the user's file and the list.
fn site_part(t: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<u8>> {
    t.iter()
        .filter(|(k, _)| *k != "mine.txt" && *k != manifest::MANIFEST)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

#[test]
fn a_commit_failing_at_any_step_leaves_wholly_the_old_site() {
    let (old, new) = old_and_new();
    let mut steps = 0;
    for fail_at in 1.. {
        let dir = site_dir();
        let out = dir.path().join("output");
        write(&out, dir.path(), &old).unwrap();
        std::fs::write(out.join("mine.txt"), "the user's").unwrap();
        let before = tree(&out);
        let disk = Faulty {
            fail_at,
            crash: false,
            ops: Cell::new(0),
        };
        match commit_with(&disk, &out, dir.path(), &new, &|| false) {
            Ok(_) => {
                // The step that failed was one that may (an emptied folder left in place).
                assert_eq!(
                    site_part(&tree(&out)),
                    new,
                    "step {fail_at}: a commit that ran to its end shows the new site"
                );
                assert_eq!(tree(&out)["mine.txt"], b"the user's");
            }
            Err(e) => {
                // The failure may show one step later (a folder left in place is in the way).
                assert!(
                    e.to_string().contains("injected failure")
                        || e.to_string().contains("not empty"),
                    "step {fail_at}: {e}"
                );
                assert_eq!(
                    tree(&out),
                    before,
                    "step {fail_at} failed: output/ must be wholly the old site"
                );
                assert!(no_work_left(&out), "step {fail_at}: nothing left behind");
            }
        }
        if disk.ops.get() < fail_at {
            steps = fail_at - 1;
            break;
        }
    }
    assert!(
        steps > 10,
        "the commit has {steps} steps: every one was made to fail"
    );
}

#[test]
fn a_crash_at_any_step_is_settled_by_the_next_run() {
    let (old, new) = old_and_new();
    for fail_at in 1.. {
        let dir = site_dir();
        let out = dir.path().join("output");
        write(&out, dir.path(), &old).unwrap();
        std::fs::write(out.join("mine.txt"), "the user's").unwrap();
        let before = tree(&out);
        let disk = Faulty {
            fail_at,
            crash: true,
            ops: Cell::new(0),
        };
        let crashed = commit_with(&disk, &out, dir.path(), &new, &|| false).is_err();
        // The next run: it settles what the crash left before anything else.
        let opened = open(&out, dir.path(), false).unwrap();
        let want = match (crashed, fail_at) {
            (true, 1) => Recovered::Nothing, // the journal was never written
            (true, _) => Recovered::Undone,
            (false, _) if disk.ops.get() >= fail_at => Recovered::Finished, // crashed tidying up
            (false, _) => Recovered::Nothing,
        };
        assert_eq!(opened.recovered, want, "step {fail_at}");
        let after = tree(&out);
        if crashed {
            assert_eq!(
                after, before,
                "a crash at step {fail_at}, then the next run: wholly the old site"
            );
        } else {
            assert_eq!(site_part(&after), new);
            break;
        }
    }
}

#[test]
fn ctrl_c_during_a_commit_puts_the_old_site_back() {
    let (old, new) = old_and_new();
    for stop_after in 0..30 {
        let dir = site_dir();
        let out = dir.path().join("output");
        write(&out, dir.path(), &old).unwrap();
        let before = tree(&out);
        let asked = Cell::new(0);
        let stop = || {
            asked.set(asked.get() + 1);
            asked.get() > stop_after
        };
        match commit_with(&RealDisk, &out, dir.path(), &new, &stop) {
            Err(FatalError::Interrupted) => {
                assert_eq!(tree(&out), before, "stopped after {stop_after} steps")
            }
            Err(e) => panic!("{e}"),
            Ok(_) => {
                assert_eq!(site_part(&tree(&out)), new);
                assert!(stop_after > 10);
                break;
            }
        }
    }
}

#[test]
fn a_folder_of_someone_elses_with_the_work_folders_name_is_left_alone() {
    let dir = site_dir();
    let out = dir.path().join("output");
    let theirs = dir.path().join(".output.followthrough-work");
    std::fs::create_dir_all(&theirs).unwrap();
    std::fs::write(theirs.join("keep.txt"), "not followthrough's").unwrap();
    write(&out, dir.path(), &set(&[("index.html", "v1")])).unwrap();
    write(&out, dir.path(), &set(&[("index.html", "v2")])).unwrap();
    assert_eq!(std::fs::read(out.join("index.html")).unwrap(), b"v2");
    assert_eq!(
        std::fs::read(theirs.join("keep.txt")).unwrap(),
        b"not followthrough's"
    );
    assert!(
        !out.join(manifest::WORK).exists(),
        "the work folder inside went too"
    );
}

/// A disk that counts its operations and fails none.
fn counting() -> Faulty {
    Faulty {
        fail_at: usize::MAX,
        crash: false,
        ops: Cell::new(0),
    }
}

#[test]
fn a_build_into_a_new_output_folder_moves_in_as_one_folder() {
    let (_, new) = old_and_new();
    for made_by_user in [false, true] {
        let dir = site_dir();
        let out = dir.path().join("output");
        if made_by_user {
            std::fs::create_dir_all(&out).unwrap();
        }
        let disk = counting();
        let report = commit_with(&disk, &out, dir.path(), &new, &|| false).unwrap();
        assert_eq!(report.written, new.len());
        assert_eq!(site_part(&tree(&out)), new);
        assert!(out.join(manifest::MANIFEST).is_file(), "the list is there");
        assert!(no_work_left(&out));
        // One rename of the whole tree and the work folder's removal, where a commit file by file
        // makes every folder and moves every file (and writes its journal twice).
        assert_eq!(disk.ops.get(), 2, "made by the user: {made_by_user}");
    }
}

#[test]
fn a_build_into_a_new_output_folder_that_fails_or_crashes_leaves_no_half_site() {
    let (_, new) = old_and_new();
    for crash in [false, true] {
        for fail_at in 1..40 {
            let dir = site_dir();
            let out = dir.path().join("output");
            let disk = Faulty {
                fail_at,
                crash,
                ops: Cell::new(0),
            };
            let result = commit_with(&disk, &out, dir.path(), &new, &|| false);
            // The next run settles whatever was left.
            open(&out, dir.path(), false).unwrap();
            let after = if out.exists() {
                site_part(&tree(&out))
            } else {
                BTreeMap::new()
            };
            match result {
                Ok(_) => assert_eq!(after, new, "step {fail_at}, crash {crash}"),
                Err(_) => assert!(
                    after.is_empty(),
                    "step {fail_at}, crash {crash}: no half site, found {:?}",
                    after.keys().collect::<Vec<_>>()
                ),
            }
            assert!(
                no_work_left(&out),
                "step {fail_at}, crash {crash}: the next run clears the work folder"
            );
        }
    }
}
