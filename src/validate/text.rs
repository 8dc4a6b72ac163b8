//! Text fields in the site's languages: a plain string or a map from language code to text
//! resolved into a `model::Text` (each code checked against `languages:` in site.yaml), and the
//! translations a file lacks collected, to be reported once per file and language: a warning, or
//! an error with `translations: required`. Must not touch files or print.

use crate::diagnostics::{Diagnostic, one_of};
use crate::load::yaml::span_of;
use crate::model::raw::{RawText, S};
use crate::model::{Lang, Languages, Text, Translations};
use std::ops::Range;

/// One text of a file that lacks a translation.
struct Missing {
    /// How the message names it (`title`, `action 2`).
    field: String,
    /// Where it is written.
    span: Range<usize>,
    /// The languages it has no text in.
    langs: Vec<Lang>,
    /// A Markdown body, translated in a file beside this one (`index.cy.md`).
    sibling: Option<String>,
}

/// The texts of one file: its place, its languages, and what it lacks so far.
pub struct Texts<'a> {
    /// The file, relative to the site folder.
    pub path: &'a str,
    /// Its text, to locate problems.
    pub text: &'a str,
    /// The site's languages.
    pub langs: &'a Languages,
    missing: Vec<Missing>,
}

impl<'a> Texts<'a> {
    /// The texts of the file `path` (whose text is `text`).
    pub fn new(path: &'a str, text: &'a str, langs: &'a Languages) -> Texts<'a> {
        Texts {
            path,
            text,
            langs,
            missing: Vec::new(),
        }
    }

    fn span<T>(&self, s: &S<T>) -> Range<usize> {
        span_of(&s.referenced, self.text)
    }

    /// The text as written, each language checked; not yet noted as lacking anything (see
    /// [`Texts::note`]). Empty texts count as not given.
    pub fn resolve(&self, raw: &S<RawText>, field: &str, diags: &mut Vec<Diagnostic>) -> Text {
        let default = self.langs.default_lang();
        match &raw.value {
            RawText::Plain(s) => Text::new(self.as_written(raw, s), default),
            RawText::Map(entries) => {
                let mut out: Option<Text> = None;
                let mut later: Vec<(Lang, String)> = Vec::new();
                for (key, value) in entries {
                    let Some(lang) = self.lang_key(key, field, diags) else {
                        continue;
                    };
                    let v = value.value.trim().to_string();
                    if lang == default {
                        out = Some(Text::new(v, default));
                    } else if !v.is_empty() {
                        later.push((lang, v));
                    }
                }
                let mut t = out.unwrap_or_else(|| {
                    diags.push(
                        Diagnostic::error(
                            self.path,
                            format!(
                                "`{field}` has no {} text, the site's first language",
                                default.named()
                            ),
                        )
                        .at(self.text, self.span(raw))
                        .label(format!("no `{}:` here", default.code()))
                        .hint(format!(
                            "add `{}: ...` with the text in {}: a page in another language shows it where that language has none",
                            default.code(),
                            default.english_name()
                        )),
                    );
                    Text::new("", default)
                });
                for (l, v) in later {
                    t.set(l, v);
                }
                t
            }
        }
    }

    /// A plain text as written: YAML reads `yes` or `1.50` as a truth or a number, which a text
    /// field wants as the words in the file.
    fn as_written<'t>(&'t self, raw: &S<RawText>, read: &'t str) -> &'t str {
        let read = read.trim();
        let looks_typed = matches!(read, "true" | "false") || read.parse::<f64>().is_ok();
        if !looks_typed {
            return read;
        }
        let written = self.text.get(self.span(raw)).unwrap_or("").trim();
        let plain = !written.is_empty()
            && !written.contains('\n')
            && !written.starts_with(['"', '\'', '|', '>', '#']);
        if plain { written } else { read }
    }

    /// The language a map key names, if it is one of the site's; otherwise an error at the key.
    fn lang_key(&self, key: &S<String>, field: &str, diags: &mut Vec<Diagnostic>) -> Option<Lang> {
        let code = key.value.trim();
        let codes: Vec<&str> = self.langs.list.iter().map(|l| l.code()).collect();
        let at = |d: Diagnostic| d.at(self.text, self.span(key));
        match Lang::from_code(code) {
            Some(l) if self.langs.has(l) => Some(l),
            Some(l) if !self.langs.is_multilingual() => {
                diags.push(
                    at(Diagnostic::error(
                        self.path,
                        format!(
                            "`{field}` has a text in {}, but this site is in {} only",
                            l.named(),
                            self.langs.default_lang().named()
                        ),
                    ))
                    .label("not a language of this site")
                    .hint(format!(
                        "to publish the site in more languages, add `languages: [{}, {}]` to content/site.yaml; otherwise write `{field}:` as plain text",
                        self.langs.default_lang().code(),
                        l.code()
                    )),
                );
                None
            }
            found => {
                let what = match found {
                    Some(l) => format!("{} is not one of this site's languages", l.named()),
                    None => format!("`{code}` is not a language code"),
                };
                diags.push(
                    at(Diagnostic::error(self.path, format!("`{field}`: {what}")))
                        .label("expected a language of content/site.yaml's `languages:`")
                        .hint(one_of(code, &codes, "site's languages")),
                );
                None
            }
        }
    }

    /// Notes the languages `t` (the field `field`, written at `at`) has no text in.
    pub fn note<T>(&mut self, field: &str, at: &S<T>, t: &Text) {
        let span = self.span(at);
        self.note_at(field, span, t, None);
    }

    /// Notes the languages a Markdown body (written from `at`) lacks, each translated in a file
    /// beside this one (`sibling` names it with `{}` for the code: `index.{}.md`).
    pub fn note_body(&mut self, at: usize, t: &Text, sibling: &str) {
        self.note_at(
            "the text below the front matter",
            at..at,
            t,
            Some(sibling.into()),
        );
    }

    fn note_at(&mut self, field: &str, span: Range<usize>, t: &Text, sibling: Option<String>) {
        if t.is_empty() {
            return;
        }
        // A block of text is pointed at by its first line.
        let start = span.start.min(self.text.len());
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let span = start..span.end.min(line_end).max(start);
        let langs: Vec<Lang> = self
            .langs
            .others()
            .iter()
            .copied()
            .filter(|l| t.exactly(*l).is_none_or(str::is_empty))
            .collect();
        if !langs.is_empty() {
            self.missing.push(Missing {
                field: field.into(),
                span,
                langs,
                sibling,
            });
        }
    }

    /// Reports what the file lacks: one diagnostic per language, at the first text lacking it,
    /// naming every such text with its line.
    pub fn finish(self, diags: &mut Vec<Diagnostic>) {
        let required = self.langs.translations == Translations::Required;
        for &lang in self.langs.others() {
            let mut lacking: Vec<&Missing> = self
                .missing
                .iter()
                .filter(|m| m.langs.contains(&lang))
                .collect();
            lacking.sort_by_key(|m| m.span.start);
            let Some(first) = lacking.first() else {
                continue;
            };
            let line_of = |m: &Missing| {
                self.text[..m.span.start.min(self.text.len())]
                    .matches('\n')
                    .count()
                    + 1
            };
            let name = lang.named();
            let message = match lacking.as_slice() {
                [one] => format!("{} has no {name} text", one.field),
                many => format!(
                    "{} texts have no {name} text: {}",
                    many.len(),
                    many.iter()
                        .map(|m| format!("{} (line {})", m.field, line_of(m)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            let code = lang.code();
            let default = self.langs.default_lang().code();
            let mut hints = Vec::new();
            if let Some(m) = lacking.iter().find(|m| m.sibling.is_none()) {
                // `title`, `action 2` → `action`, `update 1 text` → `text`, `on-going label`.
                let words: Vec<&str> = m.field.split(' ').collect();
                let key = match words.as_slice() {
                    [.., last] if words.len() > 1 && last.chars().all(char::is_alphabetic) => last,
                    [first, ..] => first,
                    [] => "title",
                };
                hints.push(format!(
                    "give each text in both languages, such as `{key}: {{ {default}: ..., {code}: ... }}`, or for a long text `{default}: |` and `{code}: |` on the lines below `{key}:`"
                ));
            }
            if let Some(m) = lacking.iter().find(|m| m.sibling.is_some()) {
                let file = m.sibling.as_deref().unwrap_or("").replace("{}", code);
                hints.push(format!(
                    "write the {} text below the front matter in `{file}` beside this file",
                    lang.english_name()
                ));
            }
            if !required {
                hints.push(format!(
                    "until then, {} pages show the {} text",
                    lang.english_name(),
                    self.langs.default_lang().english_name()
                ));
            }
            let d = if required {
                Diagnostic::error(self.path, message)
            } else {
                Diagnostic::warning(self.path, message)
            };
            let label = match lacking.len() {
                1 => format!("no {name} text"),
                n => format!("no {name} text here, nor in the {} texts after it", n - 1),
            };
            let d = d
                .at(self.text, first.span.clone())
                .label(label)
                .hint(hints.join("; "));
            diags.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(yaml: &str, langs: &Languages) -> (Text, Vec<Diagnostic>) {
        #[derive(serde::Deserialize)]
        struct T {
            title: S<RawText>,
        }
        let raw = serde_saphyr::from_str::<T>(yaml).unwrap();
        let texts = Texts::new("r.yaml", yaml, langs);
        let mut diags = Vec::new();
        let t = texts.resolve(&raw.title, "title", &mut diags);
        (t, diags)
    }

    fn en_cy() -> Languages {
        Languages {
            list: vec![Lang::EN, Lang::CY],
            translations: Translations::Optional,
        }
    }

    #[test]
    fn words_yaml_could_read_as_a_truth_or_a_number_stay_as_written() {
        let one = Languages::one(Lang::EN);
        assert_eq!(resolve("title: yes\n", &one).0.as_str(), "yes");
        assert_eq!(resolve("title: 1.50\n", &one).0.as_str(), "1.50");
        assert_eq!(resolve("title: \"1.50\"\n", &one).0.as_str(), "1.50");
    }

    #[test]
    fn an_unknown_language_key_is_an_error_at_the_key_with_a_hint() {
        let (t, d) = resolve("title: { en: Boards, cyy: Byrddau }\n", &en_cy());
        assert_eq!(t.as_str(), "Boards");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].location(), "r.yaml:1:22");
        assert!(
            d[0].message.contains("`cyy` is not a language code"),
            "{}",
            d[0].message
        );
        assert!(d[0].hint.as_deref().unwrap().contains("did you mean `cy`?"));
    }

    #[test]
    fn a_map_on_a_site_in_one_language_may_only_give_that_language() {
        let (_, d) = resolve(
            "title: { en: Boards, cy: Byrddau }\n",
            &Languages::one(Lang::EN),
        );
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message.contains("this site is in English (en) only"),
            "{}",
            d[0].message
        );
        assert!(
            d[0].hint
                .as_deref()
                .unwrap()
                .contains("languages: [en, cy]")
        );
    }

    #[test]
    fn a_map_without_the_default_language_is_an_error() {
        let (_, d) = resolve("title: { cy: Byrddau }\n", &en_cy());
        assert!(
            d[0].message.contains("no English (en) text"),
            "{}",
            d[0].message
        );
    }
}
