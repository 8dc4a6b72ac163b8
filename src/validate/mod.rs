//! Raw records → the resolved model, by destructuring every field so none can be forgotten; and the
//! rules across records (duplicate numbers, statuses from the vocabulary, real dates, safe slugs,
//! indicators, Tenant Satisfaction Measures and reports that name recommendations and reviews
//! which exist).
//! Every problem becomes a diagnostic; nothing stops at the first. Must not touch files or print.

use crate::config;
use crate::diagnostics::Diagnostic;
use crate::load::yaml::span_of;
use crate::load::{GLOSSARY_FILE, Loaded, LoadedPage, LoadedReview, SITE_FILE};
use crate::model::slug::{MAX_PAGE_PATH, check_named, shown, slugify};
use crate::model::*;
use check::Check;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

mod check;
mod dates;
mod indicator;
mod life;
mod links;
mod recommendation;
mod report;
mod text;
mod translation;
mod tsm;
mod warnings;
pub use dates::{DateError, after_as_of, parse_date};
pub use indicator::parse_figure;
pub use text::Texts;
pub use warnings::{site, site_reusing, warnings};

/// Validates everything loaded. The site is returned even when there are errors (with the bad
/// records left out), so every problem can be found in one run; callers must not publish it then.
pub fn validate(loaded: &Loaded) -> (Site, Vec<Diagnostic>) {
    let (site, diags, _) = validate_reusing(loaded, &|_| None);
    (site, diags)
}

/// One review checked on its own, with no regard to the others: the resolved review (`None`
/// when it could not be resolved) and the problems found in its files. Shared, so that `serve`
/// can keep it for the next edit.
pub type CheckedReview = Arc<(Option<Arc<Review>>, Vec<Diagnostic>)>;

/// [`validate`], taking from `reuse` each review it already holds checked (`serve`: the reviews
/// whose files did not change since, with the same site.yaml), and returning every review as
/// checked, in the order of `loaded.reviews`, for the next time. The rules across reviews (two
/// folders with one web address) are applied afresh either way. The result is `validate`'s.
pub fn validate_reusing(
    loaded: &Loaded,
    reuse: &(dyn Fn(&LoadedReview) -> Option<CheckedReview> + Sync),
) -> (Site, Vec<Diagnostic>, Vec<CheckedReview>) {
    let mut diags = Vec::new();
    let (config, status_check) = match &loaded.site {
        Some(raw) => {
            let text = loaded
                .sources
                .get(SITE_FILE)
                .map(String::as_str)
                .unwrap_or("");
            config::resolve(raw, text, &mut diags)
        }
        None => (
            SiteConfig {
                title: Text::default(),
                organisation: Text::default(),
                base_url: None,
                language: "en-GB".into(),
                languages: Languages::default(),
                theme: "default".into(),
                stale_after_days: config::DEFAULT_STALE_AFTER_DAYS,
                statuses: Statuses::defaults(),
            },
            config::StatusCheck::default(),
        ),
    };
    let glossary = glossary(loaded, &config.languages, &mut diags);
    let mut reviews = Vec::new();
    let mut review_slugs: BTreeMap<String, String> = BTreeMap::new();
    // Each review is checked on its own (in parallel); then the reviews are compared.
    let checked: Vec<CheckedReview> = loaded
        .reviews
        .par_iter()
        .map(|lr| {
            reuse(lr).unwrap_or_else(|| {
                let mut d = Vec::new();
                let r = review(loaded, lr, &config, &status_check, &mut d);
                Arc::new((r.map(Arc::new), d))
            })
        })
        .collect();
    for (lr, one) in loaded.reviews.iter().zip(&checked) {
        let (review, found) = &**one;
        diags.extend(found.iter().cloned());
        let Some(review) = review.clone() else {
            continue;
        };
        if let Some(other) = review_slugs.insert(review.slug.clone(), lr.path.clone()) {
            diags.push(Diagnostic::error(&lr.path, format!("this review's web address `reviews/{}/` is the same as that of {other}", review.slug))
                .hint("rename one of the two folders so their names differ in more than capitals or punctuation"));
            continue;
        }
        reviews.push(review);
    }
    reviews.sort_by(|a, b| a.slug.cmp(&b.slug));
    let mut pages = Vec::new();
    for lp in &loaded.pages {
        let text = loaded.sources.get(&lp.path).map_or("", String::as_str);
        if let Some(p) = page(lp, text, &config.languages, &mut diags) {
            if pages.iter().any(|q: &Page| q.slug == p.slug) {
                diags.push(
                    Diagnostic::error(
                        &lp.path,
                        format!(
                            "another page already has the web address `pages/{}/`",
                            p.slug
                        ),
                    )
                    .hint("rename one of the two files"),
                );
                continue;
            }
            pages.push(p);
        }
    }
    pages.sort_by(|a, b| a.slug.cmp(&b.slug));
    let indicators = indicator::indicators(loaded, &config, &mut diags);
    let tsm = tsm::years(loaded, &config, &mut diags);
    let reports = report::reports(loaded, &config, &status_check, &mut diags);
    (
        Site {
            config,
            glossary,
            reviews,
            pages,
            indicators,
            tsm,
            reports,
        },
        diags,
        checked,
    )
}

fn glossary(loaded: &Loaded, langs: &Languages, diags: &mut Vec<Diagnostic>) -> Glossary {
    let Some(g) = &loaded.glossary else {
        return Glossary::default();
    };
    let text = loaded
        .sources
        .get(GLOSSARY_FILE)
        .map(String::as_str)
        .unwrap_or("");
    let mut texts = text::Texts::new(GLOSSARY_FILE, text, langs);
    let mut out: Vec<(String, Text)> = Vec::new();
    for (k, v) in &g.entries {
        let key = k.value.trim().to_string();
        let val = texts.resolve(v, &key, diags);
        if key.is_empty() || key.contains(char::is_whitespace) {
            diags.push(
                Diagnostic::error(
                    GLOSSARY_FILE,
                    format!("`{key}` cannot be an abbreviation: it must be one word"),
                )
                .at(text, span_of(&k.referenced, text))
                .hint("write each abbreviation as one word, such as `TMT: TMO Team`"),
            );
            continue;
        }
        if val.is_empty() {
            diags.push(
                Diagnostic::error(
                    GLOSSARY_FILE,
                    format!("the abbreviation `{key}` has no meaning"),
                )
                .at(text, span_of(&k.referenced, text))
                .hint(format!("write what it stands for: `{key}: ...`")),
            );
            continue;
        }
        texts.note(&key, v, &val);
        out.push((key, val));
    }
    texts.finish(diags);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.dedup_by(|a, b| a.0 == b.0);
    Glossary(out)
}

/// Names inside a review's folder that the site uses for its own pages.
pub const RESERVED_IN_REVIEW: &[&str] = &["you-said-we-did", "data", "feed.xml", "index.html"];

/// A link target that cannot run script: web, mail, or relative; never empty.
pub fn safe_url(u: &str) -> bool {
    !u.trim().is_empty() && crate::markdown::safe_url(u)
}

fn review(
    loaded: &Loaded,
    lr: &LoadedReview,
    config: &SiteConfig,
    status_check: &config::StatusCheck,
    diags: &mut Vec<Diagnostic>,
) -> Option<Review> {
    let LoadedReview {
        slug: folder,
        path,
        raw,
        summary,
        recs,
        translations,
    } = lr;
    let slug = slugify(folder);
    if let Err(why) = check_named(folder, &slug) {
        let example =
            "rename the folder with letters, digits and hyphens, such as `tmo-scrutiny-2011`";
        diags.push(
            Diagnostic::error(
                path,
                format!(
                    "the folder name `{}` cannot be used as a web address: {}",
                    shown(folder),
                    why.explain()
                ),
            )
            .hint(match why.advice() {
                Some(a) => format!("{a}; {example}"),
                None => example.into(),
            }),
        );
        return None;
    }
    let text = loaded.sources.get(path).map(String::as_str).unwrap_or("");
    let mut c = Check {
        path,
        text,
        statuses: &config.statuses,
        status_check,
        diags,
        texts: text::Texts::new(path, text, &config.languages),
    };
    let head = raw.as_ref().map(|r| {
        let crate::model::raw::RawReview {
            title,
            body,
            organisation,
            published,
            response_date,
            updated,
            documents,
            stage,
            stages,
            origin,
            scope,
            expected,
            response_due,
            impact,
        } = r;
        let life = life::read(
            &mut c,
            life::Written {
                stage,
                stages,
                origin,
                scope,
                expected,
                response_due,
                impact,
            },
        );
        let mut title_v = c.texts.resolve(title, "title", c.diags);
        let summary_v = translation::merge(&mut c, translations, &mut title_v, summary, false);
        if title_v.is_empty() {
            let d = c.err(title, "`title` is empty".into());
            d.hint = Some("write the title after `title:`".into());
        }
        c.texts.note("title", title, &title_v);
        let sibling = crate::layout::translation_name(crate::layout::REVIEW_INDEX, "{}");
        c.texts
            .note_body(text.len() - summary.len(), &summary_v.0, &sibling);
        (
            (
                title_v,
                c.opt_t(body, "body"),
                c.opt_t(organisation, "organisation"),
                c.opt_date(published, "published"),
                c.opt_date(response_date, "response_date"),
                c.opt_date(updated, "updated"),
                c.links(documents, "document"),
                summary_v,
            ),
            life,
        )
    });
    c.finish();
    let published = head
        .as_ref()
        .and_then(|h| h.0.3)
        .map(|date| dates::Published {
            date,
            source: path.as_str(),
        });
    let mut out: Vec<Recommendation> = Vec::new();
    let mut seen: BTreeMap<String, (String, String)> = BTreeMap::new();
    for rec in recs {
        let text = loaded
            .sources
            .get(&rec.path)
            .map(String::as_str)
            .unwrap_or("");
        let mut c = Check {
            path: &rec.path,
            text,
            statuses: &config.statuses,
            status_check,
            diags,
            texts: text::Texts::new(&rec.path, text, &config.languages),
        };
        let r = recommendation::recommendation(&mut c, rec, published);
        let Some(r) = r else {
            c.finish();
            continue;
        };
        let page = crate::index::routes::rec_path(&slug, &r.slug);
        let long = page.chars().count();
        if long > MAX_PAGE_PATH {
            let d = c.err(
                &rec.raw.number,
                format!(
                    "with the review's folder name, this number makes the page's path {long} characters long (`{}`): at most {MAX_PAGE_PATH} keep a whole path on a Windows web server under its limit of 260",
                    shown(&page)
                ),
            );
            d.label = Some("the number becomes part of the page's web address".into());
            d.hint = Some("shorten the number, or the name of the review's folder".into());
            continue;
        }
        if let Some((other_path, other_number)) = seen.get(&r.slug) {
            let msg = if *other_number == r.number.0 {
                format!(
                    "recommendation number `{}` is used twice in this review: here and in {other_path}",
                    r.number.0
                )
            } else {
                format!(
                    "recommendation number `{}` has the same web address as number `{other_number}` in {other_path}",
                    r.number.0
                )
            };
            let d = c.err(&rec.raw.number, msg);
            d.label = Some("this number is already taken".into());
            d.hint = Some(
                "give each recommendation of a review its own number (for example 10a and 10b)"
                    .into(),
            );
            continue;
        }
        c.finish();
        seen.insert(r.slug.clone(), (rec.path.clone(), r.number.0.clone()));
        out.push(r);
    }
    out.sort_by(|a, b| a.number.cmp(&b.number));
    let ((title, body, organisation, published, response_date, updated, documents, summary), read) =
        head?;
    let mut c = Check {
        path,
        text,
        statuses: &config.statuses,
        status_check,
        diags,
        texts: text::Texts::new(path, text, &config.languages),
    };
    let around = life::Around {
        published,
        response_date,
        has_recommendations: !out.is_empty(),
    };
    let life::Life {
        stage,
        stage_stated,
        stages,
        origin,
        scope,
        expected,
        response_due,
        impact,
        stage_at,
    } = life::settle(&mut c, read, &around)?;
    Some(Review {
        slug,
        title,
        body,
        organisation: organisation.unwrap_or_else(|| config.organisation.clone()),
        published,
        response_date,
        updated,
        documents,
        links: links::written_links(
            text,
            [summary.0.as_str()]
                .into_iter()
                .chain(scope.as_deref())
                .chain(impact.as_ref().map(|i| i.text.as_str())),
        ),
        summary: summary.0,
        recommendations: out,
        source: path.clone(),
        stage,
        stage_stated,
        stages,
        origin,
        scope,
        expected,
        response_due,
        impact,
        stage_at,
    })
}

/// One page; `text` is its file's.
fn page(
    lp: &LoadedPage,
    text: &str,
    langs: &Languages,
    diags: &mut Vec<Diagnostic>,
) -> Option<Page> {
    let LoadedPage {
        slug,
        path,
        raw,
        body,
        translations,
    } = lp;
    let crate::model::raw::RawPage { title, description } = raw;
    let page_slug = slugify(slug);
    if let Err(why) = check_named(slug, &page_slug) {
        let example = "rename the file with letters, digits and hyphens";
        diags.push(
            Diagnostic::error(
                path,
                format!(
                    "this file name cannot be used as a web address: {}",
                    why.explain()
                ),
            )
            .hint(match why.advice() {
                Some(a) => format!("{a}; {example}"),
                None => example.into(),
            }),
        );
        return None;
    }
    let statuses = Statuses::defaults();
    let status_check = config::StatusCheck::default();
    let mut c = Check {
        path,
        text,
        statuses: &statuses,
        status_check: &status_check,
        diags,
        texts: text::Texts::new(path, text, langs),
    };
    let default = langs.default_lang();
    let mut title_v = Text::new(title.value.trim(), default);
    let (body_v, description_v) =
        translation::merge(&mut c, translations, &mut title_v, body, true);
    c.texts.note("title", title, &title_v);
    let description_v = description.as_ref().map(|d| {
        let mut t = Text::new(d.value.trim(), default);
        for (l, v) in description_v {
            t.set(l, v);
        }
        c.texts.note("description", d, &t);
        t
    });
    let sibling = crate::layout::translation_name(&format!("{slug}.md"), "{}");
    c.texts
        .note_body(text.len() - body.len(), &body_v, &sibling);
    c.finish();
    Some(Page {
        slug: page_slug,
        title: title_v,
        description: description_v,
        links: links::written_links(text, [body.as_str()]),
        body: body_v,
        source: path.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert!(safe_url("https://example.org/a"));
        assert!(safe_url("../docs/report.pdf"));
        assert!(safe_url("mailto:scrutiny@example.gov.uk"));
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url(" JaVa\tScRiPt:alert(1)"));
        assert!(!safe_url("data:text/html,<script>"));
    }
}
