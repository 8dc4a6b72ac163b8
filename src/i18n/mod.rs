//! The theme's words: the languages the built-in theme speaks (`BUILT_IN`), the message files
//! (`i18n/<lang>.ftl`, Project Fluent) read into one bundle per language with a site theme's
//! messages over the built-in ones, message by message (`Messages`), and a page's way of saying
//! things in its language (`Say`): messages with their arguments, counted phrases by the
//! language's plural rules, dates. Pure: the files are read by `load::theme`; this never touches
//! the file system, Tera or the terminal.
//!
//! Conventions for message ids: kebab-case, starting with the part of the site that uses them
//! (`nav-`, `footer-`, `home-`, `rec-`, `review-`, `data-`, ...), `title-` for page titles and
//! `crumb-` for breadcrumbs, `response-<key>`, `category-<key>`, `status-<key>` (the default
//! vocabulary), `month-1` … `month-12`, `duration-days` / `-months` / `-years`. A message with a
//! count takes `$count` and selects on it (`[zero]`, `[one]`, `[two]`, `[few]`, `[many]`,
//! `*[other]` in Welsh): whole sentences, never a word glued onto a number. Messages a template
//! shows are HTML, as the template is (their arguments are escaped); messages Rust asks for are
//! plain text.

mod files;
mod memo;
#[cfg(test)]
mod tests;

pub use files::{Broken, Source, builtin_sources};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::model::text::Lang;

/// The languages the built-in theme has words for (`themes/default/i18n/<code>.ftl`).
pub const BUILT_IN: [Lang; 2] = [Lang::EN, Lang::CY];

/// A number of each plural category of `lang`, CLDR's names first (`few`, 3): for giving a
/// counted phrase to a script that chooses among them itself. Languages other than English and
/// Welsh are given English's two (`one`, `other`) until the theme knows their rules.
pub fn plural_examples(lang: Lang) -> &'static [(&'static str, i64)] {
    if lang == Lang::CY {
        &[
            ("zero", 0),
            ("one", 1),
            ("two", 2),
            ("few", 3),
            ("many", 6),
            ("other", 20),
        ]
    } else {
        &[("one", 1), ("other", 2)]
    }
}

/// The language of the site's `language:` tag; English when the tag names no known language.
pub fn of_site(tag: &str) -> Lang {
    Lang::of_tag(tag).unwrap_or(Lang::EN)
}

/// A value given to a message: a number (which counted phrases select on) or a text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// A text, shown as it is.
    Text(String),
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Int(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Int(n.into())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

/// What the index or a view gives instead of words (a page's title, a crumb): either the
/// content's own text (a `model::Text`, shown in the page's language), or a message of the
/// theme with its arguments, said in the page's language when it is rendered. Not to be confused
/// with `model::Text`, a text field of the content.
#[derive(Debug, Clone, PartialEq)]
pub enum Words {
    /// Text from the content (a review's title), shown in the page's language.
    Content(crate::model::Text),
    /// A message of the theme, by id, with its arguments.
    Message {
        /// The message id (`title-reviews`).
        id: &'static str,
        /// Its arguments by name.
        args: Vec<(&'static str, Arg)>,
    },
}

impl Words {
    /// The theme's message `id`, without arguments.
    pub fn msg(id: &'static str) -> Words {
        Words::Message {
            id,
            args: Vec::new(),
        }
    }
    /// The theme's message `id` with these arguments.
    pub fn with(id: &'static str, args: Vec<(&'static str, Arg)>) -> Words {
        Words::Message { id, args }
    }
}

/// The message asked for is not in the theme's words for the language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// The message id.
    pub id: String,
    /// The language it was asked for in.
    pub lang: Lang,
    /// What went wrong: the message is not there, or an argument it needs was not given.
    pub why: String,
}

struct Bundle {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    months: [String; 12],
}

/// Every language's messages: the built-in theme's, with a site theme's over them one by one.
pub struct Messages {
    bundles: Vec<Bundle>,
    /// This set of words' number, for the texts already said (`memo`).
    words: u64,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field(
                "languages",
                &self.bundles.iter().map(|b| b.lang).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Messages {
    /// Reads the built-in message files and then a site theme's, whose messages replace the
    /// built-in ones of the same id. A file that does not parse is `Broken`, with its line.
    pub fn new(builtin: &[Source], site: &[Source]) -> Result<Messages, Broken> {
        let mut bundles = Vec::new();
        let mut langs: Vec<Lang> = builtin.iter().chain(site).map(|s| s.lang).collect();
        langs.sort();
        langs.dedup();
        for lang in langs {
            let langid: unic_langid::LanguageIdentifier = lang
                .code()
                .parse()
                .expect("a language code is a language identifier");
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            for s in builtin.iter().chain(site).filter(|s| s.lang == lang) {
                bundle.add_resource_overriding(files::parse(s)?);
            }
            let mut months: [String; 12] = Default::default();
            for (i, m) in months.iter_mut().enumerate() {
                let id = format!("month-{}", i + 1);
                *m = format(&bundle, lang, &id, None).unwrap_or(id);
            }
            bundles.push(Bundle {
                lang,
                bundle,
                months,
            });
        }
        Ok(Messages {
            bundles,
            words: memo::next_words(),
        })
    }

    /// The built-in theme's messages alone.
    pub fn builtin() -> Messages {
        Messages::new(&builtin_sources(), &[]).expect("the built-in message files parse")
    }

    /// The words of `lang`; English's (always built in) for a language the theme has no
    /// message file for, which `render::make` refuses before any page is made.
    fn of(&self, lang: Lang) -> &Bundle {
        self.bundles
            .iter()
            .find(|b| b.lang == lang)
            .or_else(|| self.bundles.iter().find(|b| b.lang == Lang::EN))
            .expect("the built-in English messages are always there")
    }

    /// Whether the theme has a message file for `lang`.
    pub fn speaks(&self, lang: Lang) -> bool {
        self.bundles.iter().any(|b| b.lang == lang)
    }

    /// The languages the theme has words for.
    pub fn languages(&self) -> Vec<Lang> {
        self.bundles.iter().map(|b| b.lang).collect()
    }

    /// Whether `lang` has the message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.speaks(lang) && self.of(lang).bundle.has_message(id)
    }

    /// The message `id` in `lang` with its arguments, or why it cannot be said.
    pub fn text(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Result<String, Missing> {
        memo::said(self.words, lang, id, args, || {
            let mut fa = FluentArgs::with_capacity(args.len());
            for (k, v) in args {
                fa.set(*k, value(v));
            }
            format(&self.of(lang).bundle, lang, id, Some(&fa))
        })
    }
}

fn value(a: &Arg) -> FluentValue<'_> {
    match a {
        Arg::Int(n) => FluentValue::from(*n),
        Arg::Float(x) => FluentValue::from(*x),
        Arg::Text(s) => FluentValue::from(s.as_str()),
    }
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    lang: Lang,
    id: &str,
    args: Option<&FluentArgs>,
) -> Result<String, Missing> {
    let missing = |why: String| Missing {
        id: id.to_string(),
        lang,
        why,
    };
    let pattern = bundle
        .get_message(id)
        .ok_or_else(|| missing(format!("there is no message `{id}` in {}.ftl", lang.code())))?
        .value()
        .ok_or_else(|| {
            missing(format!(
                "the message `{id}` in {}.ftl has no text",
                lang.code()
            ))
        })?;
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, args, &mut errors);
    match errors.first() {
        None => Ok(out.into_owned()),
        Some(e) => Err(missing(format!(
            "the message `{id}` in {}.ftl could not be said: {e}",
            lang.code()
        ))),
    }
}

/// Saying things in one page's language.
#[derive(Clone, Copy)]
pub struct Say<'a> {
    /// The theme's words.
    pub messages: &'a Messages,
    /// The page's language.
    pub lang: Lang,
}

impl<'a> Say<'a> {
    /// Says things in `lang` with `messages`.
    pub fn new(messages: &'a Messages, lang: Lang) -> Say<'a> {
        Say { messages, lang }
    }

    /// The message `id` with its arguments. The built-in theme has every message the code asks
    /// for (a test checks), so a failure here is a site theme's message that needs an argument
    /// it is not given: the built-in English is said instead, and then the id itself.
    pub fn with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.messages
            .text(self.lang, id, args)
            .or_else(|_| self.messages.text(Lang::EN, id, args))
            .unwrap_or_else(|_| id.to_string())
    }

    /// The message `id`, which takes no arguments.
    pub fn word(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// A text of the index or a view, in this language.
    pub fn text(&self, t: &Words) -> String {
        match t {
            Words::Content(s) => s.get(self.lang).text.to_string(),
            Words::Message { id, args } => self.with(id, args),
        }
    }

    /// A text of the content in this language (its default language's when it has none here).
    pub fn content<'t>(&self, t: &'t crate::model::Text) -> &'t str {
        t.get(self.lang).text
    }

    /// A status's label in this language: the theme's words for a status of the default
    /// vocabulary left as it is, else the site's own label (`label: { en: …, cy: … }`) in this
    /// language, the default language's where it gives none.
    pub fn status_label(&self, s: &crate::model::StatusDef) -> String {
        let default = crate::model::Statuses::defaults();
        match default.get(&s.key) {
            Some(d) if d.label == s.label && d.category == s.category => {
                self.with("status-label", &[("key", Arg::Text(s.key.clone()))])
            }
            _ => s.label.get(self.lang).text.to_string(),
        }
    }

    /// The name of month `m` (1–12).
    pub fn month(&self, m: u32) -> &'a str {
        let i = (m.clamp(1, 12) - 1) as usize;
        &self.messages.of(self.lang).months[i]
    }

    /// A date as pages show it: "31 August 2014", "31 Awst 2014".
    pub fn date(&self, d: NaiveDate) -> String {
        format!("{} {} {}", d.day(), self.month(d.month()), d.year())
    }

    /// A month of a year: "August 2014", "Awst 2014".
    pub fn month_year(&self, year: i32, month: u32) -> String {
        format!("{} {year}", self.month(month))
    }

    /// A span of days as people say it: "1 day", "45 days", "5 months", "12 years".
    pub fn duration(&self, days: i64) -> String {
        match days {
            d if d < 60 => self.with("duration-days", &[("count", Arg::Int(d))]),
            d if d < 730 => self.with("duration-months", &[("count", Arg::Int(d * 12 / 365))]),
            d => self.with("duration-years", &[("count", Arg::Int(d / 365))]),
        }
    }
}
