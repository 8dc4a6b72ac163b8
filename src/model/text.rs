//! Text in the site's languages: the language codes a site may use (`Lang`), the site's list of
//! them (`Languages`), and a text field resolved with its translations (`Text`), which gives the
//! text in a language or, when that language has none, the default language's text and which
//! language it is in (`Shown`), so a page can mark it (`lang="en"`, WCAG 3.1.2). A `Text` reads as
//! its default text (`Deref<Target = str>`, `Display`, `Serialize`), so code that knows one
//! language keeps working in the default one. Pure data; must not touch files or print.

use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::Deref;

/// A language a site can be written in: a two-letter ISO 639-1 code from its table ([`Lang::codes`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lang(usize);

/// Code, name in English, name in the language itself.
const TABLE: &[(&str, &str, &str)] = &[
    ("en", "English", "English"),
    ("cy", "Welsh", "Cymraeg"),
    ("ga", "Irish", "Gaeilge"),
    ("gd", "Scottish Gaelic", "Gàidhlig"),
    ("gv", "Manx", "Gaelg"),
    ("kw", "Cornish", "Kernewek"),
    ("ar", "Arabic", "العربية"),
    ("bn", "Bengali", "বাংলা"),
    ("de", "German", "Deutsch"),
    ("es", "Spanish", "Español"),
    ("fa", "Persian", "فارسی"),
    ("fr", "French", "Français"),
    ("gu", "Gujarati", "ગુજરાતી"),
    ("hi", "Hindi", "हिन्दी"),
    ("it", "Italian", "Italiano"),
    ("lt", "Lithuanian", "Lietuvių"),
    ("lv", "Latvian", "Latviešu"),
    ("nl", "Dutch", "Nederlands"),
    ("pa", "Punjabi", "ਪੰਜਾਬੀ"),
    ("pl", "Polish", "Polski"),
    ("ps", "Pashto", "پښتو"),
    ("pt", "Portuguese", "Português"),
    ("ro", "Romanian", "Română"),
    ("ru", "Russian", "Русский"),
    ("so", "Somali", "Soomaali"),
    ("sq", "Albanian", "Shqip"),
    ("ta", "Tamil", "தமிழ்"),
    ("ti", "Tigrinya", "ትግርኛ"),
    ("tr", "Turkish", "Türkçe"),
    ("uk", "Ukrainian", "Українська"),
    ("ur", "Urdu", "اردو"),
    ("zh", "Chinese", "中文"),
];

impl Lang {
    /// English.
    pub const EN: Lang = Lang(0);
    /// Welsh.
    pub const CY: Lang = Lang(1);

    /// The language with this code (`cy`), in any case; `None` for a code not in the table.
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase();
        TABLE.iter().position(|(k, _, _)| *k == c).map(Lang)
    }
    /// The language of an HTML language tag by its first part (`en-GB` → English).
    pub fn of_tag(tag: &str) -> Option<Lang> {
        Lang::from_code(tag.split(['-', '_']).next().unwrap_or(""))
    }
    /// Every code a site may use, for hints.
    pub fn codes() -> Vec<&'static str> {
        TABLE.iter().map(|(k, _, _)| *k).collect()
    }
    /// The code (`cy`), as written in content and used in addresses and `lang` attributes.
    pub fn code(self) -> &'static str {
        TABLE[self.0].0
    }
    /// The language's name in English ("Welsh"), for messages to officers.
    pub fn english_name(self) -> &'static str {
        TABLE[self.0].1
    }
    /// The language's name in itself ("Cymraeg"), for a link to the other language.
    pub fn own_name(self) -> &'static str {
        TABLE[self.0].2
    }
    /// "Welsh (cy)": how messages name it.
    pub fn named(self) -> String {
        format!("{} ({})", self.english_name(), self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<Z: Serializer>(&self, s: Z) -> Result<Z::Ok, Z::Error> {
        s.serialize_str(self.code())
    }
}

/// Whether a missing translation stops the build (`translations:` in site.yaml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Translations {
    /// A missing translation is a warning (the default).
    #[default]
    Optional,
    /// A missing translation is an error.
    Required,
}

/// The languages of a site, the default first; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Languages {
    /// The default language first, then the others in the order `languages:` gives them.
    pub list: Vec<Lang>,
    /// Whether every text must be given in every language.
    pub translations: Translations,
}

impl Languages {
    /// A site in one language.
    pub fn one(lang: Lang) -> Languages {
        Languages {
            list: vec![lang],
            translations: Translations::Optional,
        }
    }
    /// The default language: plain strings are in it, and it is shown when a text lacks another.
    pub fn default_lang(&self) -> Lang {
        self.list[0]
    }
    /// The languages other than the default one.
    pub fn others(&self) -> &[Lang] {
        &self.list[1..]
    }
    /// Whether the site has this language.
    pub fn has(&self, lang: Lang) -> bool {
        self.list.contains(&lang)
    }
    /// Whether the site is in more than one language.
    pub fn is_multilingual(&self) -> bool {
        self.list.len() > 1
    }
}

impl Default for Languages {
    fn default() -> Languages {
        Languages::one(Lang::EN)
    }
}

/// A text field with its translations: the default language's text, and the text in each other
/// language that gives one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    default: String,
    lang: Option<Lang>,
    translations: Vec<(Lang, String)>,
}

/// A text as shown in a language: the text, and the language it is in when that is not the one
/// asked for (the default language's text stood in for a missing translation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'a> {
    /// The text to show (never empty when the text has a default).
    pub text: &'a str,
    /// `Some(default language)` when the asked-for language has no text and this is the default
    /// language's: the page marks it with `lang`. `None` when it is in the language asked for.
    pub fallback: Option<Lang>,
}

impl Text {
    /// A text in the default language `lang`, with no translations yet.
    pub fn new(default: impl Into<String>, lang: Lang) -> Text {
        Text {
            default: default.into(),
            lang: Some(lang),
            translations: Vec::new(),
        }
    }
    /// The text with its translation into `lang` added (replacing one already there).
    pub fn with(mut self, lang: Lang, text: impl Into<String>) -> Text {
        self.set(lang, text.into());
        self
    }
    /// Adds (or replaces) the translation into `lang`.
    pub fn set(&mut self, lang: Lang, text: String) {
        if Some(lang) == self.lang {
            self.default = text;
            return;
        }
        match self.translations.binary_search_by_key(&lang, |(l, _)| *l) {
            Ok(i) => self.translations[i].1 = text,
            Err(i) => self.translations.insert(i, (lang, text)),
        }
    }
    /// The default language's text, to change in place (as `import` builds one up).
    pub fn default_mut(&mut self) -> &mut String {
        &mut self.default
    }
    /// The default language's text.
    pub fn as_str(&self) -> &str {
        &self.default
    }
    /// The default language, when known (texts made by code rather than read are in English).
    pub fn default_lang(&self) -> Lang {
        self.lang.unwrap_or(Lang::EN)
    }
    /// The text in `lang` only, without falling back.
    pub fn exactly(&self, lang: Lang) -> Option<&str> {
        if lang == self.default_lang() {
            return Some(&self.default);
        }
        self.translations
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, t)| t.as_str())
    }
    /// The text in `lang`; the default language's, marked as such, when `lang` has none.
    pub fn get(&self, lang: Lang) -> Shown<'_> {
        match self.exactly(lang) {
            Some(t) => Shown {
                text: t,
                fallback: None,
            },
            None => Shown {
                text: &self.default,
                fallback: Some(self.default_lang()),
            },
        }
    }
    /// The translations, by language (not the default text).
    pub fn translations(&self) -> &[(Lang, String)] {
        &self.translations
    }
    /// Every text: the default language's first, then the translations.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.default.as_str())
            .chain(self.translations.iter().map(|(_, t)| t.as_str()))
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.default
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.default
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.default)
    }
}

/// A text made by code: in English, until given a language.
impl From<String> for Text {
    fn from(s: String) -> Text {
        Text {
            default: s,
            lang: None,
            translations: Vec::new(),
        }
    }
}

/// A text made by code: in English, until given a language.
impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::from(s.to_string())
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.default == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.default == *other
    }
}

/// Written as the default text, so data files and views keep their shape.
impl Serialize for Text {
    fn serialize<Z: Serializer>(&self, s: Z) -> Result<Z::Ok, Z::Error> {
        s.serialize_str(&self.default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_welsh_text_is_shown_in_welsh() {
        let t = Text::new("TMO Boards", Lang::EN).with(Lang::CY, "Byrddau TMO");
        assert_eq!(
            t.get(Lang::CY),
            Shown {
                text: "Byrddau TMO",
                fallback: None
            }
        );
        assert_eq!(t.get(Lang::EN).text, "TMO Boards");
        assert_eq!(t.get(Lang::EN).fallback, None);
    }

    #[test]
    fn a_missing_welsh_text_falls_back_to_english_marked_as_english() {
        let t = Text::new("TMO Boards", Lang::EN);
        let shown = t.get(Lang::CY);
        assert_eq!(shown.text, "TMO Boards");
        assert_eq!(shown.fallback, Some(Lang::EN));
        assert_eq!(t.exactly(Lang::CY), None);
    }

    #[test]
    fn a_welsh_default_falls_back_to_welsh() {
        let t = Text::new("Byrddau TMO", Lang::CY);
        assert_eq!(t.get(Lang::EN).fallback, Some(Lang::CY));
        assert_eq!(t.get(Lang::CY).fallback, None);
    }

    #[test]
    fn a_text_reads_and_serializes_as_its_default() {
        let t = Text::new("Boards", Lang::EN).with(Lang::CY, "Byrddau");
        assert_eq!(&*t, "Boards");
        assert_eq!(t.to_string(), "Boards");
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"Boards\"");
    }

    #[test]
    fn codes_and_names() {
        assert_eq!(Lang::from_code("CY"), Some(Lang::CY));
        assert_eq!(Lang::of_tag("en-GB"), Some(Lang::EN));
        assert_eq!(Lang::from_code("xx"), None);
        assert_eq!(Lang::CY.named(), "Welsh (cy)");
        assert_eq!(Lang::CY.own_name(), "Cymraeg");
    }
}
