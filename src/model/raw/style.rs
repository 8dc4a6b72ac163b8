//! How a raw record's values are written back as YAML a person edits (`import` writes them):
//! long or several-line text as a block (`|`), short text on its line, names as a flow list.
//! Only the layout of a value; must not decide or change what a value is.

use super::{Names, S};
use serde::{Serialize, Serializer};
use serde_saphyr::{FlowSeq, LitString};

/// Text that reads best as a block (`|`) when long or on several lines, else on the same line.
#[derive(Serialize)]
#[serde(untagged)]
enum Text<'a> {
    Line(&'a str),
    Block(LitString),
}

fn text(s: &str) -> Text<'_> {
    if s.contains('\n') || s.chars().count() > 120 {
        Text::Block(LitString(s.to_string()))
    } else {
        Text::Line(s)
    }
}

/// Always a block (`recommendation: |`), however short.
pub(super) fn block<Z: Serializer>(v: &S<String>, s: Z) -> Result<Z::Ok, Z::Error> {
    LitString(v.value.clone()).serialize(s)
}

/// [`block`], for a field that may be left out.
pub(super) fn block_opt<Z: Serializer>(v: &Option<S<String>>, s: Z) -> Result<Z::Ok, Z::Error> {
    v.as_ref().map(|v| LitString(v.value.clone())).serialize(s)
}

/// A block when long or on several lines, else on the same line.
pub(super) fn long<Z: Serializer>(v: &S<String>, s: Z) -> Result<Z::Ok, Z::Error> {
    text(&v.value).serialize(s)
}

/// [`long`], for a field that may be left out (left out when `None`, by `skip_serializing_if`).
pub(super) fn long_opt<Z: Serializer>(v: &Option<S<String>>, s: Z) -> Result<Z::Ok, Z::Error> {
    v.as_ref().map(|v| text(&v.value)).serialize(s)
}

/// Always a flow list (`responsible: [TMO]`), however many names.
pub(super) fn flow<Z: Serializer>(v: &S<Names>, s: Z) -> Result<Z::Ok, Z::Error> {
    FlowSeq(&v.value.0).serialize(s)
}

/// `responsible: TMT` for one name, `responsible: [TMOs, IC]` for several.
impl Serialize for Names {
    fn serialize<Z: Serializer>(&self, s: Z) -> Result<Z::Ok, Z::Error> {
        match self.0.as_slice() {
            [one] => one.serialize(s),
            many => FlowSeq(many).serialize(s),
        }
    }
}
