//! A text field as written: a plain string (the site's default language), or a map from language
//! code to text (`title: { en: TMO Boards, cy: Byrddau TMO }`), each key and text located. Read and
//! written back the same way (`import` writes plain ones). Nothing here checks the codes:
//! `validate` does.

use super::S;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A text field as written.
#[derive(Debug, Clone, PartialEq)]
pub enum RawText {
    /// `title: TMO Boards`: the default language's text.
    Plain(String),
    /// `title: { en: TMO Boards, cy: Byrddau TMO }`: language code → text, in file order.
    Map(Vec<(S<String>, S<String>)>),
}

impl RawText {
    /// The plain text, or the first text of a map (for messages and look-ups that need one).
    pub fn first(&self) -> &str {
        match self {
            RawText::Plain(s) => s,
            RawText::Map(m) => m.first().map_or("", |(_, v)| v.value.as_str()),
        }
    }
}

impl From<String> for RawText {
    fn from(s: String) -> RawText {
        RawText::Plain(s)
    }
}

impl From<&str> for RawText {
    fn from(s: &str) -> RawText {
        RawText::Plain(s.to_string())
    }
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or a text per language such as { en: Boards, cy: Byrddau }")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawText, E> {
                Ok(RawText::Plain(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<RawText, E> {
                Ok(RawText::Plain(v))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawText, E> {
                Ok(RawText::Plain(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawText, E> {
                Ok(RawText::Plain(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawText, E> {
                Ok(RawText::Plain(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawText, E> {
                Ok(RawText::Plain(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawText, E> {
                Ok(RawText::Plain(String::new()))
            }
            fn visit_none<E: de::Error>(self) -> Result<RawText, E> {
                Ok(RawText::Plain(String::new()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<S<String>, S<String>>()? {
                    out.push(entry);
                }
                Ok(RawText::Map(out))
            }
        }
        d.deserialize_any(V)
    }
}

impl Serialize for RawText {
    fn serialize<Z: Serializer>(&self, s: Z) -> Result<Z::Ok, Z::Error> {
        match self {
            RawText::Plain(t) => t.serialize(s),
            RawText::Map(m) => {
                let mut out = s.serialize_map(Some(m.len()))?;
                for (k, v) in m {
                    out.serialize_entry(&k.value, &v.value)?;
                }
                out.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(yaml: &str) -> RawText {
        #[derive(Deserialize)]
        struct T {
            title: S<RawText>,
        }
        serde_saphyr::from_str::<T>(yaml).unwrap().title.value
    }

    #[test]
    fn a_plain_text_is_the_default_language() {
        assert_eq!(
            read("title: TMO Boards\n"),
            RawText::Plain("TMO Boards".into())
        );
    }

    #[test]
    fn a_map_gives_a_text_per_language_in_file_order() {
        let RawText::Map(m) = read("title: { en: TMO Boards, cy: Byrddau TMO }\n") else {
            panic!("expected a map");
        };
        let pairs: Vec<(&str, &str)> = m
            .iter()
            .map(|(k, v)| (k.value.as_str(), v.value.as_str()))
            .collect();
        assert_eq!(pairs, [("en", "TMO Boards"), ("cy", "Byrddau TMO")]);
    }

    #[test]
    fn a_map_is_written_back_as_a_map() {
        let t = read("title: { en: Boards, cy: Byrddau }\n");
        let out = serde_saphyr::to_string(&t).unwrap();
        assert!(
            out.contains("en: Boards") && out.contains("cy: Byrddau"),
            "{out}"
        );
    }
}
