//! The one Tera function through which templates say the theme's words:
//! `{{ t(id="skip-link") }}`, `{{ t(id="status-count", count=n) }}`. It reads the page's
//! language from the `lang` variable the frame of every page sets (`"en"`, `"cy"`); a component
//! gets it by declaring the implicit parameter `@lang` (`{% component flags(rec, @lang) %}`),
//! which Tera fills from whoever calls it. Every other named argument is given to the message
//! (numbers as numbers, so plurals select on them; anything else as text). A message is HTML as
//! the template is, so it is not escaped; its arguments are. A message that is not there, an
//! argument it needs and was not given, or a page whose language is unknown is an error naming
//! the message, never a blank. `check_ids` finds, when the theme is compiled, every `t(id="…")`
//! of every template whose message is not in the theme's words. Pure.

use crate::i18n::{Arg, Lang, Messages};
use std::sync::Arc;
use tera::{Kwargs, State, Value};

/// The name templates call it by.
pub const NAME: &str = "t";

/// Registers `t` on `tera`, saying `messages`.
pub fn register(tera: &mut tera::Tera, messages: Arc<Messages>) {
    tera.register_function(NAME, move |kwargs: Kwargs, state: &State| {
        call(&messages, &kwargs, state)
    });
}

fn call(messages: &Messages, kwargs: &Kwargs, state: &State) -> tera::TeraResult<Value> {
    let id: String = kwargs.must_get("id")?;
    let code: Option<String> = state.get("lang")?;
    let lang = match code.as_deref() {
        Some(c) => Lang::of_tag(c).ok_or_else(|| {
            tera::Error::message(format!(
                "t(id=\"{id}\"): the page's language `{c}` has no words in the theme"
            ))
        })?,
        None => {
            return Err(tera::Error::message(format!(
                "t(id=\"{id}\"): the page's language is not known here; a component that says \
                 the theme's words needs `@lang` among its parameters, as the built-in \
                 components.html has"
            )));
        }
    };
    let mut args: Vec<(String, Arg)> = Vec::new();
    for (k, v) in kwargs.iter() {
        let Some(name) = k.as_str() else { continue };
        if name == "id" {
            continue;
        }
        let arg = if let Some(n) = v.as_i64() {
            Arg::Int(n)
        } else if let Some(x) = v.as_f64() {
            Arg::Float(x)
        } else if v.is_undefined() || v.is_none() {
            Arg::Text(String::new())
        } else {
            Arg::Text(state.escape_if_needed(v)?)
        };
        args.push((name.to_string(), arg));
    }
    let borrowed: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let text = messages
        .text(lang, &id, &borrowed)
        .map_err(|m| tera::Error::message(format!("t(id=\"{id}\"): {}", m.why)))?;
    Ok(Value::safe_string(&text))
}

/// Every message a template names with a literal `t(id="…")` that `messages` lacks in some
/// language: (template name, id, language).
pub fn check_ids<'a>(
    templates: impl IntoIterator<Item = (&'a str, &'a str)>,
    messages: &Messages,
) -> Vec<(String, String, Lang)> {
    let re = regex::Regex::new(r#"\bt\(\s*id\s*=\s*"([^"]+)"\s*[,)]"#).expect("a valid pattern");
    let mut out = Vec::new();
    for (name, text) in templates {
        for cap in re.captures_iter(text) {
            let id = &cap[1];
            for lang in messages.languages() {
                if !messages.has(lang, id) {
                    out.push((name.to_string(), id.to_string(), lang));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::render::templates::builtin_templates;

    /// The text of a template outside its tags, comments, Tera expressions and inline CSS (an
    /// embed's `<style>`): what it would show in any language.
    fn loose_text(template: &str) -> String {
        let tera = regex::Regex::new(r"(?s)\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}").unwrap();
        let style = regex::Regex::new(r"(?s)<style[^>]*>.*?</style>").unwrap();
        let tags = regex::Regex::new(r"(?s)<[^>]*>").unwrap();
        let without_css = style.replace_all(template, " ");
        let without_tera = tera.replace_all(&without_css, " ");
        tags.replace_all(&without_tera, " ").into_owned()
    }

    #[test]
    fn no_word_of_the_built_in_templates_escapes_the_message_files() {
        let mut found = Vec::new();
        for (name, text) in builtin_templates() {
            for word in loose_text(text).split_whitespace() {
                // The names of the open data files and their formats are the same in every
                // language (the files are called that): not words to translate.
                let file_or_format = [
                    "recommendations.csv",
                    "recommendations.json",
                    "updates.csv",
                    "feed.xml",
                    "changes.csv",
                    "report.docx",
                ]
                .contains(&word)
                    || ["CSV", "JSON", "Atom"].contains(&word);
                if !file_or_format && word.chars().any(char::is_alphabetic) {
                    found.push(format!("{name}: {word}"));
                }
            }
        }
        assert!(found.is_empty(), "words outside t(...): {found:#?}");
    }

    #[test]
    fn the_scan_finds_a_word_left_in_a_template() {
        let t = r#"<p class="x">{{ t(id="a") }} Overdue {% if y %}:{% endif %}</p>"#;
        assert_eq!(
            loose_text(t).split_whitespace().collect::<Vec<_>>(),
            ["Overdue", ":"]
        );
    }

    #[test]
    fn every_message_a_built_in_template_names_is_in_both_languages() {
        let m = crate::i18n::Messages::builtin();
        let templates = builtin_templates();
        let missing = super::check_ids(templates.iter().map(|(n, t)| (n.as_str(), *t)), &m);
        assert!(missing.is_empty(), "{missing:?}");
        let missing = super::check_ids([("x.html", r#"{{ t(id="no-such-id") }}"#)], &m);
        assert_eq!(missing.len(), 2, "found in both languages: {missing:?}");
    }
}
