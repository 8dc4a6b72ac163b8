//! site.yaml: from the raw record to the resolved settings (status vocabulary, theme, staleness
//! threshold, base URL). Pure: the file is read by `load`; problems become diagnostics.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::{did_you_mean, nearest, one_of};
use crate::layout::SITE_FILE;
use crate::load::yaml::span_of;
use crate::model::base_url;
use crate::model::raw::{RawSite, S};
use crate::model::slug::check_segment;
use crate::model::{Category, Lang, Languages, SiteConfig, StatusDef, Statuses, Translations};
use crate::validate::Texts;

/// How many days without an update make a recommendation stale, when `site.yaml` does not say.
pub const DEFAULT_STALE_AFTER_DAYS: u32 = 180;

/// How far the records' statuses can be checked against the vocabulary of site.yaml. When an
/// entry of `statuses:` is refused, the records using it are not reported as well: that would
/// bury the one real error under one per record.
#[derive(Debug, Clone, Default)]
pub struct StatusCheck {
    /// False when there is nothing to check against: no site.yaml, or a `statuses:` with no
    /// usable entry.
    pub usable: bool,
    /// The keys whose entries were refused.
    pub refused: Vec<String>,
}

/// Resolves site.yaml. `text` is the file, for locating problems.
pub fn resolve(
    raw: &RawSite,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> (SiteConfig, StatusCheck) {
    let RawSite {
        title,
        organisation,
        base_url,
        language,
        languages,
        translations,
        theme,
        stale_after_days,
        statuses,
    } = raw;
    let at = |s: &S<String>, d: Diagnostic| d.at(text, span_of(&s.referenced, text));
    let (langs, tag) = site_languages(language, languages, translations, text, diags);
    let mut texts = Texts::new(SITE_FILE, text, &langs);
    let title_v = texts.resolve(title, "title", diags);
    texts.note("title", title, &title_v);
    let organisation_v = texts.resolve(organisation, "organisation", diags);
    texts.note("organisation", organisation, &organisation_v);
    let base_url = base_url.as_ref().and_then(|u| match base_url::normalise(&u.value) {
        Ok(v) => Some(v),
        Err(why) => {
            diags.push(
                at(
                    u,
                    Diagnostic::error(
                        SITE_FILE,
                        format!("`{}` cannot be the site's address: {}", u.value.trim(), why.explain()),
                    ),
                )
                .label("expected an address starting with https://")
                .hint("write the address the site will be published at, such as https://www.example.gov.uk/scrutiny/"),
            );
            None
        }
    });
    let theme_name = match theme {
        Some(t) => {
            let v = t.value.trim().to_string();
            if let Err(why) = check_segment(&v) {
                diags.push(
                    at(
                        t,
                        Diagnostic::error(
                            SITE_FILE,
                            format!("`{v}` cannot be a theme name: {}", why.explain()),
                        ),
                    )
                    .hint("name a folder directly under themes/, such as `theme: council`"),
                );
                "default".into()
            } else {
                v
            }
        }
        None => "default".into(),
    };
    let stale = match stale_after_days {
        Some(s) => match s.value.trim().parse::<u32>() {
            Ok(n) if n > 0 => n,
            _ => {
                diags.push(at(s, Diagnostic::error(SITE_FILE, format!("`stale_after_days` must be a whole number of days, not `{}`", s.value.trim())))
                    .label("expected a number such as 180")
                    .hint("an open recommendation with no update for longer than this is shown as \"not updated\""));
                DEFAULT_STALE_AFTER_DAYS
            }
        },
        None => DEFAULT_STALE_AFTER_DAYS,
    };
    let mut check = StatusCheck {
        usable: true,
        refused: Vec::new(),
    };
    let statuses = match statuses {
        None => Statuses::defaults(),
        Some(list) => {
            let mut out = Vec::new();
            for (key, body) in &list.value.0 {
                let k = key.value.trim().to_string();
                let cat_text = body.category.value.trim();
                let category = match Category::from_key(cat_text) {
                    Some(c) => c,
                    None => {
                        let keys: Vec<&str> = Category::ALL.iter().map(|c| c.key()).collect();
                        let mut d = at(
                            &body.category,
                            Diagnostic::error(
                                SITE_FILE,
                                format!("unknown status category `{cat_text}`"),
                            ),
                        )
                        .label("expected one of not-started, in-progress, done, closed");
                        d = d.hint(did_you_mean(
                            nearest(cat_text, &keys),
                            "every status belongs to one of: not-started, in-progress, done, closed",
                        ));
                        diags.push(d);
                        check.refused.push(key.value.trim().to_string());
                        continue;
                    }
                };
                if k.is_empty() || k.chars().any(|c| c.is_control() || c.is_whitespace()) {
                    diags.push(
                        at(
                            key,
                            Diagnostic::error(SITE_FILE, format!("`{k}` cannot be a status key")),
                        )
                        .hint("use a short key without spaces, such as `on-going`"),
                    );
                    check.refused.push(k);
                    continue;
                }
                let field = format!("{k} label");
                let label = texts.resolve(&body.label, &field, diags);
                texts.note(&field, &body.label, &label);
                out.push(StatusDef {
                    key: k,
                    label,
                    category,
                });
            }
            if out.is_empty() {
                diags.push(
                    Diagnostic::error(SITE_FILE, "`statuses:` lists no usable status")
                        .at(text, span_of(&list.referenced, text))
                        .label("no status here can be used")
                        .hint(
                            "list at least one status, such as `complete: { label: Complete, category: done }`, or delete `statuses:` to use the default ones; the statuses in the review files are checked once this is fixed",
                        ),
                );
                check.usable = false;
                Statuses::defaults()
            } else {
                Statuses(out)
            }
        }
    };
    texts.finish(diags);
    let config = SiteConfig {
        title: title_v,
        organisation: organisation_v,
        base_url,
        language: tag,
        languages: langs,
        theme: theme_name,
        stale_after_days: stale,
        statuses,
    };
    (config, check)
}

/// Three-letter codes people write for the languages of these islands, and the code to use.
const THREE_LETTER: &[(&str, &str)] = &[
    ("cym", "cy"),
    ("wel", "cy"),
    ("eng", "en"),
    ("gle", "ga"),
    ("gla", "gd"),
    ("cor", "kw"),
    ("glv", "gv"),
];

/// `languages:`, `language:` and `translations:` resolved: the site's languages, and the HTML tag
/// of the default one. With `languages:`, it decides; `language:` then gives the default
/// language's tag when it is a tag of that language (`en-GB` for `en`), and is otherwise
/// ignored, with a warning.
fn site_languages(
    language: &Option<S<String>>,
    languages: &Option<S<Vec<S<String>>>>,
    translations: &Option<S<String>>,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> (Languages, String) {
    let at = |s: &S<String>, d: Diagnostic| d.at(text, span_of(&s.referenced, text));
    let tag = language
        .as_ref()
        .map(|l| l.value.trim().to_string())
        .filter(|l| !l.is_empty());
    let mut list: Vec<Lang> = Vec::new();
    for code in languages.iter().flat_map(|l| &l.value) {
        let c = code.value.trim();
        match Lang::from_code(c) {
            Some(l) if list.contains(&l) => diags.push(
                at(
                    code,
                    Diagnostic::error(SITE_FILE, format!("`languages:` lists {} twice", l.named())),
                )
                .label("listed already")
                .hint(
                    "list each language once, the default one first, such as `languages: [en, cy]`",
                ),
            ),
            Some(l) => list.push(l),
            None => {
                let three = THREE_LETTER
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(c))
                    .map(|(_, two)| *two);
                let codes = Lang::codes();
                let hint = match three {
                    Some(two) => format!(
                        "did you mean `{two}`? Languages are written with their two-letter code, such as `languages: [en, cy]`"
                    ),
                    None => one_of(c, &codes, "language codes"),
                };
                diags.push(
                    at(
                        code,
                        Diagnostic::error(
                            SITE_FILE,
                            format!("`languages:` has `{c}`, which is not a language code"),
                        ),
                    )
                    .label("expected a two-letter language code such as cy")
                    .hint(hint),
                );
            }
        }
    }
    let translations_v = match translations {
        None => Translations::Optional,
        Some(t) => match t.value.trim() {
            "optional" => Translations::Optional,
            "required" => Translations::Required,
            v => {
                diags.push(
                    at(
                        t,
                        Diagnostic::error(
                            SITE_FILE,
                            format!("`translations:` must be `optional` or `required`, not `{v}`"),
                        ),
                    )
                    .label("expected optional or required")
                    .hint(one_of(v, &["optional", "required"], "choices")),
                );
                Translations::Optional
            }
        },
    };
    if list.is_empty() {
        if let Some(l) = languages.as_ref().filter(|l| l.value.is_empty()) {
            diags.push(
                Diagnostic::error(SITE_FILE, "`languages:` lists no language")
                    .at(text, span_of(&l.referenced, text))
                    .hint("list the site's languages, the default one first, such as `languages: [en, cy]`, or delete `languages:`"),
            );
        }
        let one = tag.as_deref().and_then(Lang::of_tag).unwrap_or(Lang::EN);
        let mut langs = Languages::one(one);
        langs.translations = translations_v;
        return (langs, tag.unwrap_or_else(|| "en-GB".into()));
    }
    let first = list[0];
    let tag = match (tag, language) {
        (Some(t), _) if Lang::of_tag(&t) == Some(first) => t,
        (Some(t), Some(l)) => {
            diags.push(
                at(l, Diagnostic::warning(SITE_FILE, format!("`language: {t}` is not a tag of {}, the first of `languages:`, so it is not used", first.named())))
                    .label("not the default language")
                    .hint(format!("`languages:` decides the site's languages; `language:` may give the default one's tag, such as `language: {}-GB`, or be deleted", first.code())),
            );
            first.code().to_string()
        }
        _ => first.code().to_string(),
    };
    (
        Languages {
            list,
            translations: translations_v,
        },
        tag,
    )
}
