//! How a raw record's values are written back as YAML a person edits (`import` writes them):
//! long or several-line text as a block (`|`), short text on its line, names as a flow list.
//! Only the layout of a value; must not decide or change what a value is.

use super::{Names, RawText, S};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_saphyr::{FlowSeq, LitString};

/// Text that reads best as a block (`|`) when long or on several lines, else on the same line.
#[derive(Serialize)]
#[serde(untagged)]
enum Text {
    Line(String),
    Block(LitString),
}

fn text(s: &str) -> Text {
    if s.contains('\n') || s.chars().count() > 120 {
        Text::Block(LitString(s.to_string()))
    } else {
        Text::Line(s.to_string())
    }
}

/// A text field as `write` lays out each of its texts: a plain one as the text, a map per language.
fn each<Z: Serializer, T: Serialize>(
    v: &RawText,
    lay: impl Fn(&str) -> T,
    s: Z,
) -> Result<Z::Ok, Z::Error> {
    match v {
        RawText::Plain(t) => lay(t).serialize(s),
        RawText::Map(m) => {
            let mut out = s.serialize_map(Some(m.len()))?;
            for (k, t) in m {
                out.serialize_entry(&k.value, &lay(&t.value))?;
            }
            out.end()
        }
    }
}

/// Always a block (`recommendation: |`), however short.
pub(super) fn block<Z: Serializer>(v: &S<RawText>, s: Z) -> Result<Z::Ok, Z::Error> {
    each(&v.value, |t| LitString(t.to_string()), s)
}

/// [`block`], for a field that may be left out.
pub(super) fn block_opt<Z: Serializer>(v: &Option<S<RawText>>, s: Z) -> Result<Z::Ok, Z::Error> {
    match v {
        Some(v) => block(v, s),
        None => s.serialize_none(),
    }
}

/// A block when long or on several lines, else on the same line.
pub(super) fn long<Z: Serializer>(v: &S<RawText>, s: Z) -> Result<Z::Ok, Z::Error> {
    each(&v.value, text, s)
}

/// [`long`], for a field that may be left out (left out when `None`, by `skip_serializing_if`).
pub(super) fn long_opt<Z: Serializer>(v: &Option<S<RawText>>, s: Z) -> Result<Z::Ok, Z::Error> {
    match v {
        Some(v) => long(v, s),
        None => s.serialize_none(),
    }
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
