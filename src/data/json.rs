//! recommendations.json: an array of one object per recommendation, in review then number order,
//! keys as documented on /data/; one object per line, so the file is both small and readable. Pure.

use super::records::rec_record;
use crate::i18n::Say;
use crate::index::SiteIndex;

/// recommendations.json for the given recommendations (indexes into `ix.recs`), in `say`'s
/// language.
pub fn recommendations(ix: &SiteIndex, say: Say<'_>, idxs: impl Iterator<Item = usize>) -> Vec<u8> {
    let mut out = b"[".to_vec();
    for (n, i) in idxs.enumerate() {
        out.extend_from_slice(if n == 0 { b"\n" } else { b",\n" });
        // A record of strings, numbers and booleans always serialises.
        let _ = serde_json::to_writer(&mut out, &rec_record(ix, say, i));
    }
    out.extend_from_slice(b"\n]\n");
    out
}
