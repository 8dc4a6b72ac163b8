//! The context for checking one content file: where it is, its text (to locate a problem), the
//! status vocabulary, and the reading of the field types every record shares (text, dates,
//! statuses, names, links). Must not touch files or print.

use super::dates::{DateError, parse_date};
use super::safe_url;
use super::text::Texts;
use crate::config::StatusCheck;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::{did_you_mean, nearest};
use crate::load::yaml::span_of;
use crate::model::raw::{Names, RawLink, RawText, S};
use crate::model::slug::{check_segment, shown, slugify};
use crate::model::{Link, Statuses, Text};
use chrono::NaiveDate;

/// Context for checking one file.
pub(super) struct Check<'a> {
    pub path: &'a str,
    pub text: &'a str,
    pub statuses: &'a Statuses,
    pub status_check: &'a StatusCheck,
    pub diags: &'a mut Vec<Diagnostic>,
    /// The file's texts in the site's languages, and the translations it lacks.
    pub texts: Texts<'a>,
}

impl Check<'_> {
    pub(super) fn err<T>(&mut self, at: &S<T>, message: String) -> &mut Diagnostic {
        let d =
            Diagnostic::error(self.path, message).at(self.text, span_of(&at.referenced, self.text));
        self.diags.push(d);
        self.diags.last_mut().expect("just pushed")
    }

    pub(super) fn date(&mut self, s: &S<String>, field: &str) -> Option<NaiveDate> {
        match parse_date(&s.value) {
            Ok(d) => Some(d),
            Err(DateError::Impossible(why)) => {
                let d = self.err(s, format!("`{}` is not a real date: {why}", s.value.trim()));
                d.label = Some("this date does not exist".into());
                d.hint = Some(format!("check the day and month of `{field}`"));
                None
            }
            Err(DateError::Unreadable) => {
                let d = self.err(s, format!("`{}` is not a date", s.value.trim()));
                d.label = Some("expected a date such as 2014-04-30".into());
                d.hint = Some(format!(
                    "write `{field}` as year-month-day, for example `{field}: 2014-04-30`"
                ));
                None
            }
        }
    }

    pub(super) fn opt_date(&mut self, s: &Option<S<String>>, field: &str) -> Option<NaiveDate> {
        s.as_ref().and_then(|s| self.date(s, field))
    }

    pub(super) fn status(&mut self, s: &S<String>) -> Option<String> {
        let v = s.value.trim();
        if self.statuses.get(v).is_some() {
            return Some(v.to_string());
        }
        if !self.status_check.usable || self.status_check.refused.iter().any(|r| r == v) {
            return None;
        }
        let keys = self.statuses.keys();
        let by_label = self
            .statuses
            .0
            .iter()
            .find(|d| d.label.eq_ignore_ascii_case(v))
            .map(|d| d.key.clone());
        let guess = by_label.or_else(|| nearest(v, &keys).map(str::to_string));
        let listed = keys.join(", ");
        let d = self.err(s, format!("unknown status `{v}`"));
        d.label = Some("not one of this site's statuses".into());
        d.hint = Some(did_you_mean(
            guess.as_deref(),
            &format!("the statuses are: {listed} (set in content/site.yaml)"),
        ));
        None
    }

    pub(super) fn text(&self, s: &S<String>) -> String {
        s.value.trim().to_string()
    }

    pub(super) fn opt_text(&self, s: &Option<S<String>>) -> Option<String> {
        s.as_ref()
            .map(|s| s.value.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    pub(super) fn required_text(&mut self, s: &S<String>, field: &str) -> String {
        let v = self.text(s);
        if v.is_empty() {
            let d = self.err(s, format!("`{field}` is empty"));
            d.hint = Some(format!("write the {field} after `{field}:`"));
        }
        v
    }

    /// A text field in the site's languages, noted if it lacks a translation.
    pub(super) fn t(&mut self, s: &S<RawText>, field: &str) -> Text {
        let t = self.texts.resolve(s, field, self.diags);
        self.texts.note(field, s, &t);
        t
    }

    /// [`Check::t`] for a field that may be left out or empty.
    pub(super) fn opt_t(&mut self, s: &Option<S<RawText>>, field: &str) -> Option<Text> {
        s.as_ref()
            .map(|s| self.t(s, field))
            .filter(|t| !t.is_empty())
    }

    /// [`Check::t`] for a field that must not be empty.
    pub(super) fn required_t(&mut self, s: &S<RawText>, field: &str) -> Text {
        let v = self.t(s, field);
        if v.is_empty() && matches!(s.value, RawText::Plain(_)) {
            let d = self.err(s, format!("`{field}` is empty"));
            d.hint = Some(format!("write the {field} after `{field}:`"));
        }
        v
    }

    /// Reports the translations the file lacks.
    pub(super) fn finish(self) {
        self.texts.finish(self.diags);
    }

    pub(super) fn names(&mut self, s: &S<Names>, field: &str) -> Vec<String> {
        let out: Vec<String> = s
            .value
            .0
            .iter()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        if out.is_empty() {
            let d = self.err(s, format!("`{field}` names nobody"));
            d.hint = Some(format!(
                "write who is answerable, such as `{field}: TMO Team` or `{field}: [TMOs, IC]`"
            ));
        }
        for name in &out {
            // Each party has its own page, at `responsible/<slug>/`.
            let slug = slugify(name);
            if let Err(why) = check_segment(&slug) {
                let d = self.err(
                    s,
                    format!(
                        "`{}` cannot be the name of who is responsible: it would make their page's address `responsible/{}/`, and {}",
                        shown(name),
                        shown(&slug),
                        why.explain()
                    ),
                );
                d.hint = Some(format!(
                    "use a short name for the team or organisation, such as `{field}: TMO Team`, or an abbreviation from content/glossary.yaml"
                ));
            }
        }
        out
    }

    pub(super) fn links(&mut self, list: &Option<Vec<RawLink>>, what: &str) -> Vec<Link> {
        list.iter()
            .flatten()
            .enumerate()
            .filter_map(|(i, l)| self.link(l, &format!("{what} {} title", i + 1)))
            .collect()
    }

    pub(super) fn link(&mut self, RawLink { title, url }: &RawLink, field: &str) -> Option<Link> {
        let u = url.value.trim();
        if !safe_url(u) {
            let d = self.err(url, format!("`{u}` cannot be used as a link"));
            d.label = Some("not a web address or a file of the site".into());
            d.hint = Some(
                "use an address starting with https://, http:// or mailto:, or a path to a file of the site".into(),
            );
            return None;
        }
        Some(Link {
            title: self.t(title, field),
            url: u.to_string(),
        })
    }
}
