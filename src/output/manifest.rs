//! The list of the files followthrough wrote into an output folder (`.followthrough-files` in
//! it): the only files a later build may replace or remove. Reads and formats the list; the
//! commit writes it, as one of the site's own files. Must not decide what a site contains.

use super::safe_join;
use crate::error::FatalError;
use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};
use std::collections::BTreeSet;
use std::path::Path;

/// The list's name inside the output folder.
pub const MANIFEST: &str = ".followthrough-files";

/// The record of the last build in the output folder (see `stamp`).
pub const STAMP: &str = ".followthrough-build";

/// The folder inside the output folder where a build stages its files, and where the journal of
/// a commit under way is kept. Only followthrough writes there.
pub const WORK: &str = ".followthrough-work";

const HEADER: &str = "# The files followthrough wrote into this folder, one a line. A build replaces or removes\n\
# only the files named here, and leaves every other file alone. Do not edit this list.\n";

/// A path in the list: `%` and control characters percent-encoded, so that each is one line.
const ESCAPED: &AsciiSet = &CONTROLS.add(b'%');

/// The files a build wrote into `out_dir`; `None` when the folder holds no list (a folder
/// followthrough has never written, or one written by a version before the list).
pub fn read(out_dir: &Path) -> Result<Option<BTreeSet<String>>, FatalError> {
    let path = out_dir.join(MANIFEST);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(FatalError::io(&path, "read the list of files written", e)),
    };
    Ok(Some(parse(&text)))
}

/// The paths in a list's text. A line that could leave the folder, or names followthrough's own
/// bookkeeping, is ignored: the list can never make a build touch anything else.
pub fn parse(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| percent_decode_str(l).decode_utf8().ok())
        .map(|l| l.into_owned())
        .filter(|p| safe_join(Path::new("."), p).is_some() && !is_bookkeeping(p))
        .collect()
}

/// The text of the list naming `paths`.
pub fn format<'a>(paths: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::from(HEADER);
    for p in paths {
        out.extend(utf8_percent_encode(p, ESCAPED));
        out.push('\n');
    }
    out
}

/// Whether `rel` is the list itself or inside the work folder.
pub fn is_bookkeeping(rel: &str) -> bool {
    rel == MANIFEST || rel == STAMP || rel == WORK || rel.starts_with(&format!("{WORK}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_reads_back_what_it_names() {
        let paths = ["a/index.html", "odd\nname%.txt", "r\u{e9}sum\u{e9}.html"];
        let text = format(paths);
        assert_eq!(text.lines().filter(|l| !l.starts_with('#')).count(), 3);
        let back: Vec<String> = parse(&text).into_iter().collect();
        let mut want: Vec<String> = paths.iter().map(|p| p.to_string()).collect();
        want.sort();
        assert_eq!(back, want);
    }

    #[test]
    fn a_tampered_list_cannot_name_anything_outside_the_folder() {
        let back = parse(
            "../../etc/passwd\n/etc/shadow\n.followthrough-work/journal\n.followthrough-files\nok.html\n",
        );
        assert_eq!(back.into_iter().collect::<Vec<_>>(), ["ok.html"]);
    }
}
