//! site.yaml: from the raw record to the resolved settings (status vocabulary, theme, staleness
//! threshold, base URL). Pure: the file is read by `load`; problems become diagnostics.

use crate::diagnostics::Diagnostic;
use crate::load::SITE_FILE;
use crate::load::yaml::{nearest, span_of};
use crate::model::raw::{RawSite, S};
use crate::model::slug::check_segment;
use crate::model::{Category, SiteConfig, StatusDef, Statuses};

pub const DEFAULT_STALE_AFTER_DAYS: u32 = 180;

/// Resolves site.yaml. `text` is the file, for locating problems.
pub fn resolve(raw: &RawSite, text: &str, diags: &mut Vec<Diagnostic>) -> SiteConfig {
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
    let base_url = base_url.as_ref().and_then(|u| {
        let v = u.value.trim().to_string();
        if v.starts_with("https://") || v.starts_with("http://") {
            Some(if v.ends_with('/') { v } else { format!("{v}/") })
        } else {
            diags.push(at(u, Diagnostic::error(SITE_FILE, format!("`{v}` is not a web address")))
                .label("expected an address starting with https://")
                .hint("write the address the site will be published at, such as https://www.example.gov.uk/scrutiny/"));
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
                        d = match nearest(cat_text, &keys) {
                            Some(n) => d.hint(format!("did you mean `{n}`? Every status belongs to one of: not-started, in-progress, done, closed")),
                            None => d.hint("every status belongs to one of: not-started, in-progress, done, closed"),
                        };
                        diags.push(d);
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
                    Diagnostic::error(SITE_FILE, "`statuses:` lists no usable status").hint(
                        "list at least one status, or delete `statuses:` to use the default ones",
                    ),
                );
                Statuses::defaults()
            } else {
                Statuses(out)
            }
        }
    };
    SiteConfig {
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
    }
}
