//! A Markdown document's translations (`index.cy.md` beside a review's `index.md`, `about.cy.md`
//! beside a page): each file's language checked against the site's, its body the translated
//! text, its front matter's `title:` (and a page's `description:`) the translated title. Must not
//! touch files or print.

use super::check::Check;
use crate::diagnostics::Diagnostic;
use crate::load::LoadedTranslation;
use crate::model::raw::RawTranslation;
use crate::model::{Lang, Text};

/// Adds each translation to `title` and returns the body with its translations (`body` is the
/// default language's) and the translated descriptions; `page` says whether a description may be
/// given (a review has none).
pub(super) fn merge(
    c: &mut Check,
    translations: &[LoadedTranslation],
    title: &mut Text,
    body: &str,
    page: bool,
) -> (Text, Vec<(Lang, String)>) {
    let langs = c.texts.langs;
    let default = langs.default_lang();
    let mut out = Text::new(body, default);
    let mut descriptions = Vec::new();
    for t in translations {
        let LoadedTranslation {
            lang,
            path,
            raw,
            body,
        } = t;
        let RawTranslation {
            title: t_title,
            description,
        } = raw;
        let Some(lang) = Lang::from_code(lang).filter(|l| langs.has(*l) && *l != default) else {
            let why = match Lang::from_code(lang) {
                Some(l) if l == default => format!(
                    "this file translates {} into {}, the site's first language, whose text is in {}",
                    c.path,
                    l.named(),
                    c.path
                ),
                Some(l) => format!(
                    "this file is in {}, which is not one of this site's languages",
                    l.named()
                ),
                None => format!("`{lang}` is not a language code"),
            };
            let listed: Vec<&str> = langs.list.iter().map(|l| l.code()).collect();
            c.diags.push(Diagnostic::error(path, why).hint(format!(
                "the site's languages are: {} (`languages:` in content/site.yaml); add the language there, or rename or delete this file",
                listed.join(", ")
            )));
            continue;
        };
        if let Some(tt) = t_title {
            let v = tt.value.trim().to_string();
            if title.exactly(lang).is_some_and(|x| !x.is_empty()) {
                c.diags.push(
                    Diagnostic::error(
                        path,
                        format!(
                            "the {} title is written twice: here and in {}'s `title:`",
                            lang.english_name(),
                            c.path
                        ),
                    )
                    .hint("keep one of them"),
                );
            } else if !v.is_empty() {
                title.set(lang, v);
            }
        }
        if let Some(d) = description {
            if page {
                descriptions.push((lang, d.value.trim().to_string()));
            } else {
                c.diags.push(
                    Diagnostic::error(path, "a review has no `description:`")
                        .hint("the translation of a review's index.md may give its `title:`; its text goes below the front matter"),
                );
            }
        }
        if !body.trim().is_empty() {
            out.set(lang, body.clone());
        }
    }
    (out, descriptions)
}
