//! site.yaml: from the raw record to the resolved settings (status vocabulary, theme, staleness
//! threshold, base URL). Pure: the file is read by `load`; problems become diagnostics.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::{did_you_mean, nearest};
use crate::layout::SITE_FILE;
use crate::load::yaml::span_of;
use crate::model::base_url;
use crate::model::raw::{RawSite, S};
use crate::model::slug::check_segment;
use crate::model::{Category, SiteConfig, StatusDef, Statuses};

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
        theme,
        stale_after_days,
        statuses,
    } = raw;
    let at = |s: &S<String>, d: Diagnostic| d.at(text, span_of(&s.referenced, text));
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
                out.push(StatusDef {
                    key: k,
                    label: body.label.value.trim().to_string(),
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
    let config = SiteConfig {
        title: title.value.trim().to_string(),
        organisation: organisation.value.trim().to_string(),
        base_url,
        language: language
            .as_ref()
            .map(|l| l.value.trim().to_string())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| "en-GB".into()),
        theme: theme_name,
        stale_after_days: stale,
        statuses,
    };
    (config, check)
}
