//! The theme's words: the languages pages are written in (`Lang`), the message files
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
#[cfg(test)]
mod tests;

pub use files::{Broken, Source, builtin_sources};

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;

/// A language pages can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Lang {
    /// English.
    #[serde(rename = "en")]
    En,
    /// Welsh.
    #[serde(rename = "cy")]
    Cy,
}

impl Lang {
    /// Every language the built-in theme has words for.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The language's code, as its message file is named (`cy` for `cy.ftl`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// The language of an HTML language tag (`en-GB` → English, `cy` → Welsh), if it is one the
    /// theme has words for. Only the first part of the tag counts, in any case.
    pub fn of_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// A number of each plural category of the language, CLDR's names first (`few`, 3): for
    /// giving a counted phrase to a script that chooses among them itself.
    pub fn plural_examples(self) -> &'static [(&'static str, i64)] {
        match self {
            Lang::En => &[("one", 1), ("other", 2)],
            Lang::Cy => &[
                ("zero", 0),
                ("one", 1),
                ("two", 2),
                ("few", 3),
                ("many", 6),
                ("other", 20),
            ],
        }
    }

    /// The language of the site's `language:` tag; English when the theme has no words for it.
    pub fn of_site(tag: &str) -> Lang {
        Lang::of_tag(tag).unwrap_or(Lang::En)
    }
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

/// A text the index or a view gives instead of words: either the content's own text, or a
/// message of the theme with its arguments, said in the page's language when it is rendered.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    /// Text from the content (a review's title), shown as written.
    Plain(String),
    /// A message of the theme, by id, with its arguments.
    Message {
        /// The message id (`title-reviews`).
        id: &'static str,
        /// Its arguments by name.
        args: Vec<(&'static str, Arg)>,
    },
}

impl Text {
    /// The theme's message `id`, without arguments.
    pub fn msg(id: &'static str) -> Text {
        Text::Message {
            id,
            args: Vec::new(),
        }
    }
    /// The theme's message `id` with these arguments.
    pub fn with(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text::Message { id, args }
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
        for lang in Lang::ALL {
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
        Ok(Messages { bundles })
    }

    /// The built-in theme's messages alone.
    pub fn builtin() -> Messages {
        Messages::new(&builtin_sources(), &[]).expect("the built-in message files parse")
    }

    fn of(&self, lang: Lang) -> &Bundle {
        self.bundles
            .iter()
            .find(|b| b.lang == lang)
            .expect("every language has a bundle")
    }

    /// Whether `lang` has the message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.of(lang).bundle.has_message(id)
    }

    /// The message `id` in `lang` with its arguments, or why it cannot be said.
    pub fn text(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Result<String, Missing> {
        let mut fa = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            fa.set(*k, value(v));
        }
        format(&self.of(lang).bundle, lang, id, Some(&fa))
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
            .or_else(|_| self.messages.text(Lang::En, id, args))
            .unwrap_or_else(|_| id.to_string())
    }

    /// The message `id`, which takes no arguments.
    pub fn word(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// A text of the index or a view, in this language.
    pub fn text(&self, t: &Text) -> String {
        match t {
            Text::Plain(s) => s.clone(),
            Text::Message { id, args } => self.with(id, args),
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
