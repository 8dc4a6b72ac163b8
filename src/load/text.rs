//! Reading one content file as text: through `guard` (a regular file inside the site, not too
//! large, never a named pipe), then UTF-8 with any byte-order mark dropped and `\r\n` made `\n`.
//! Problems become diagnostics at the file. Must not parse or write.

use super::Loaded;
use super::guard::{self, Kind, Refusal};
use crate::diagnostics::{Diagnostic, Sources};
use crate::layout;
use std::path::Path;

/// The diagnostic for a content path `guard` refused.
pub(super) fn refused(rel: &str, why: &Refusal) -> Diagnostic {
    // Where the problem is to be solved, for hints ("move it out of content/").
    Diagnostic::error(rel, why.message()).hint(why.hint(&format!("{}/", layout::CONTENT)))
}

/// What is at `path` (shown as `rel`), or `None` with the refusal reported.
pub(super) fn look(l: &mut Loaded, real_root: &Path, path: &Path, rel: &str) -> Option<Kind> {
    match guard::inspect(real_root, path) {
        Ok(k) => Some(k),
        Err(why) => {
            l.diagnostics.push(refused(rel, &why));
            None
        }
    }
}

/// Whether an entry that will not be read (its name says it is not content) may stay: anything
/// but a named pipe, a socket or a device, which is reported even so.
pub(super) fn harmless(l: &mut Loaded, real_root: &Path, path: &Path, rel: &str) -> bool {
    match guard::inspect(real_root, path) {
        Err(why @ Refusal::Special(_)) => {
            l.diagnostics.push(refused(rel, &why));
            false
        }
        _ => true,
    }
}

/// Reads a content file as text: UTF-8 (a byte-order mark is dropped), `\r\n` made `\n`.
pub(super) fn read_text(
    l: &mut Loaded,
    real_root: &Path,
    root: &Path,
    rel: &str,
) -> Option<String> {
    let bytes = match guard::read(real_root, &root.join(rel), guard::MAX_TEXT_BYTES) {
        Ok(b) => b,
        Err(why) => {
            l.diagnostics.push(refused(rel, &why));
            return None;
        }
    };
    match decode(rel, &bytes) {
        Ok(text) => {
            l.sources.insert(rel.to_string(), text.clone());
            Some(text)
        }
        Err((d, lossy)) => {
            l.sources.insert(rel.to_string(), lossy);
            l.diagnostics.push(d);
            None
        }
    }
}

/// A content file exactly as it is on disk, byte-order mark and line ends included, for a
/// command that changes it in place (`import --updates`). `Err` says why it cannot be.
pub fn read_exact(root: &Path, rel: &str) -> Result<String, String> {
    let real_root = root
        .canonicalize()
        .map_err(|e| format!("the site folder cannot be read: {e}"))?;
    let bytes = guard::read(&real_root, &root.join(rel), guard::MAX_TEXT_BYTES)
        .map_err(|why| why.message())?;
    String::from_utf8(bytes)
        .map_err(|_| "it is not UTF-8 text; run `followthrough check` to see where".to_string())
}

/// The text of the files at `paths`, as a build reads them (see [`decode`]), for warnings
/// recorded by an earlier build to quote; a file that cannot be read now is left out, and its
/// warnings are shown without their lines.
pub fn quoted<'a>(root: &Path, paths: impl IntoIterator<Item = &'a str>) -> Sources {
    let Ok(real_root) = root.canonicalize() else {
        return Sources::new();
    };
    paths
        .into_iter()
        .filter_map(|rel| {
            let bytes = guard::read(&real_root, &root.join(rel), guard::MAX_TEXT_BYTES).ok()?;
            let text = decode(rel, &bytes).ok()?;
            Some((rel.to_string(), text))
        })
        .collect()
}

/// Decodes a content file's bytes: UTF-8 with any byte-order mark dropped and `\r\n` made `\n`.
/// Text that is not UTF-8 gives a diagnostic at the first bad byte, and the text as best it can
/// be read, to show the line.
pub fn decode(rel: &str, raw: &[u8]) -> Result<String, (Diagnostic, String)> {
    let bom = if raw.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let bytes = &raw[bom..];
    match std::str::from_utf8(bytes) {
        Ok(t) if t.contains('\r') => Ok(t.replace("\r\n", "\n").replace('\r', "\n")),
        Ok(t) => Ok(t.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
            // The line with the bad byte shown as U+FFFD, underlined; the text before it is unchanged.
            let lossy = String::from_utf8_lossy(bytes).into_owned();
            let d = Diagnostic::error(
                rel,
                format!("this file is not UTF-8 text: the byte at offset {} (line {line}) is 0x{:02X}", at + bom, bytes[at]),
            )
            .at(&lossy, at..at + '\u{FFFD}'.len_utf8())
            .label("this character is not UTF-8")
            .hint("save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8); text copied from Word or Excel is often Windows-1252");
            Err((d, lossy))
        }
    }
}
