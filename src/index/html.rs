//! The content's Markdown rendered to safe HTML, once per language of the site: a text in a
//! language that gives it is rendered with the glossary's meanings in that language; a text that
//! language lacks is the default language's HTML, wrapped in an element marked with its `lang`
//! (WCAG 3.1.2), never rendered twice. A site in one language renders everything once. Pure.

use crate::markdown::{abbr_html, to_html};
use crate::model::{Glossary, Lang, Languages, Recommendation, Text};

/// One value per language of the site, the default language's first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ByLang<T>(Vec<(Lang, T)>);

impl<T> ByLang<T> {
    /// The value for `lang`; the default language's when the site does not have `lang`.
    pub fn get(&self, lang: Lang) -> &T {
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| self.0.first())
            .map(|(_, v)| v)
            .expect("a value in the default language at least")
    }

    /// The default language's value.
    pub fn default_value(&self) -> &T {
        &self.0[0].1
    }

    /// Makes one value per language of `langs`, the default's first: `make(lang, default)` is
    /// given the default language's value for every other language.
    pub fn make(langs: &Languages, mut make: impl FnMut(Lang, Option<&T>) -> T) -> ByLang<T> {
        let first = make(langs.default_lang(), None);
        let mut v = vec![(langs.default_lang(), first)];
        for &l in langs.others() {
            let made = make(l, Some(&v[0].1));
            v.push((l, made));
        }
        ByLang(v)
    }
}

/// The glossary of each language: its meanings in that language (the default's where one lacks).
pub fn glossaries(g: &Glossary, langs: &Languages) -> ByLang<Glossary> {
    ByLang::make(langs, |lang, _| {
        Glossary(
            g.0.iter()
                .map(|(k, t)| (k.clone(), Text::new(t.get(lang).text, lang)))
                .collect(),
        )
    })
}

/// `html` (the default language's) marked as being in `lang`, in a block or inline element.
pub fn marked(html: &str, lang: Lang, block: bool) -> String {
    let tag = if block { "div" } else { "span" };
    format!("<{tag} lang=\"{}\">{html}</{tag}>", lang.code())
}

/// Markdown `md` in `lang`: rendered when `lang` has it, else the default's HTML marked.
pub fn markdown(md: &Text, lang: Lang, g: &Glossary, level: u8, default: Option<&str>) -> String {
    match (md.exactly(lang), default) {
        (Some(t), _) => to_html(t, g, level),
        (None, Some(d)) => marked(d, md.default_lang(), true),
        (None, None) => to_html(md, g, level),
    }
}

/// A document's Markdown (a review's summary, a free page's body: its headings from `<h2>`) in
/// every language of `langs`, each with its language's glossary.
pub fn document(md: &Text, langs: &Languages, glossaries: &ByLang<Glossary>) -> ByLang<String> {
    ByLang::make(langs, |lang, d| {
        markdown(md, lang, glossaries.get(lang), 2, d.map(String::as_str))
    })
}

/// A recommendation's Markdown, rendered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecHtml {
    /// The recommendation's text, as HTML.
    pub recommendation: String,
    /// The landlord's response, as HTML, when one is written.
    pub response_text: Option<String>,
    /// What came of it, as HTML, when recorded.
    pub outcome: Option<String>,
    /// One per update, oldest first, as in the model.
    pub updates: Vec<String>,
    /// One per action: its text with abbreviations marked up.
    pub actions: Vec<String>,
}

/// A recommendation's Markdown in `lang` (`default`: the default language's, for what `lang`
/// lacks).
pub fn rec(r: &Recommendation, lang: Lang, g: &Glossary, default: Option<&RecHtml>) -> RecHtml {
    let md = |t: &Text, level: u8, d: Option<&String>| {
        markdown(t, lang, g, level, d.map(|s| s.as_str()))
    };
    let opt = |t: &Option<Text>, d: Option<&Option<String>>| {
        t.as_ref().map(|t| md(t, 3, d.and_then(Option::as_ref)))
    };
    RecHtml {
        recommendation: md(&r.recommendation, 3, default.map(|d| &d.recommendation)),
        response_text: opt(&r.response_text, default.map(|d| &d.response_text)),
        outcome: opt(&r.outcome, default.map(|d| &d.outcome)),
        updates: r
            .updates
            .iter()
            .enumerate()
            .map(|(i, u)| md(&u.text, 4, default.and_then(|d| d.updates.get(i))))
            .collect(),
        actions: r
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| match (a.action.exactly(lang), default) {
                (Some(t), _) => abbr_html(t, g),
                (None, Some(d)) => marked(&d.actions[i], a.action.default_lang(), false),
                (None, None) => abbr_html(&a.action, g),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Glossary;

    fn bilingual() -> Languages {
        Languages {
            list: vec![Lang::EN, Lang::CY],
            ..Languages::default()
        }
    }

    #[test]
    fn a_one_language_site_makes_one_value_and_asks_for_no_other() {
        let mut calls = Vec::new();
        let v = ByLang::make(&Languages::default(), |l, d| {
            calls.push((l, d.is_some()));
            l.code().to_string()
        });
        assert_eq!(calls, [(Lang::EN, false)]);
        // A language the site has not got is given the default's.
        assert_eq!(v.get(Lang::CY), "en");
    }

    #[test]
    fn a_welsh_text_is_rendered_with_the_welsh_glossary() {
        let g = Glossary(vec![(
            "TPP".into(),
            Text::new("Tenants' Participation Panel", Lang::EN)
                .with(Lang::CY, "Panel Cyfranogiad Tenantiaid"),
        )]);
        let gs = glossaries(&g, &bilingual());
        let md = Text::new("The TPP met.", Lang::EN).with(Lang::CY, "Cyfarfu'r TPP.");
        let cy = markdown(&md, Lang::CY, gs.get(Lang::CY), 2, Some("<p>unused</p>"));
        assert!(cy.contains("Cyfarfu"), "{cy}");
        assert!(
            cy.contains("title=\"Panel Cyfranogiad Tenantiaid\""),
            "{cy}"
        );
        assert!(
            !cy.contains("lang="),
            "a Welsh text on a Welsh page is not marked: {cy}"
        );
    }

    #[test]
    fn a_text_without_welsh_is_the_english_html_marked_english() {
        let md = Text::new("Publish **times**.", Lang::EN);
        let en = markdown(&md, Lang::EN, &Glossary::default(), 2, None);
        let cy = markdown(&md, Lang::CY, &Glossary::default(), 2, Some(&en));
        assert_eq!(cy, format!("<div lang=\"en\">{en}</div>"));
        assert_eq!(
            marked("A &amp; B", Lang::EN, false),
            "<span lang=\"en\">A &amp; B</span>"
        );
    }
}
