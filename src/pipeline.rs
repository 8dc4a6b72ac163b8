//! The orchestrator, and the only place that calls the stages in order:
//! load → validate → index → render → (link check) → write. `build`, `check` and `serve` are thin
//! commands over it; `session` keeps a site in memory between rebuilds for `serve`. Must not
//! print: it returns what happened.

pub mod session;

use crate::diagnostics::{self, Diagnostic, Sources};
use crate::error::FatalError;
use crate::index::{self, SiteIndex};
use crate::load;
use crate::model::Site;
use crate::output::{self, WriteReport};
use crate::render::{self, links, templates, OutputSet};
use crate::validate;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub output: PathBuf,
    pub as_of: NaiveDate,
    /// Overrides `base_url` of site.yaml.
    pub base_url: Option<String>,
}

/// A site made in memory, ready to write.
pub struct Built {
    pub index: SiteIndex,
    pub files: OutputSet,
    /// Warnings only.
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Sources,
}

impl Built {
    pub fn page_count(&self) -> usize {
        self.files.keys().filter(|k| k.ends_with(".html")).count()
    }
}

/// The content has errors: nothing may be written.
pub struct Failed {
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Sources,
}

/// Runs every stage but the write.
pub fn make(opts: &Options) -> Result<Result<Built, Failed>, FatalError> {
    let loaded = load::load(&opts.root)?;
    let (site, mut diags) = validated(opts, &loaded);
    let sources = loaded.sources;
    if diags.iter().any(Diagnostic::is_error) {
        diagnostics::sort(&mut diags);
        return Ok(Err(Failed { diagnostics: diags, sources }));
    }
    let theme_files = load::theme::read(&opts.root, &site.config.theme)?;
    let mut theme = templates::compile(&theme_files, &site.config.theme)?;
    let ix = index::build(site, opts.as_of);
    diags.extend(warnings(&ix, &sources));
    let files = match render::render(&ix, &mut theme) {
        Ok(f) => f,
        Err(mut errs) => {
            errs.extend(diags);
            diagnostics::sort(&mut errs);
            return Ok(Err(Failed { diagnostics: errs, sources }));
        }
    };
    let broken = link_errors(&ix, links::check(&files), &sources);
    if !broken.is_empty() {
        diags.extend(broken);
        diagnostics::sort(&mut diags);
        return Ok(Err(Failed { diagnostics: diags, sources }));
    }
    diagnostics::sort(&mut diags);
    Ok(Ok(Built { index: ix, files, diagnostics: diags, sources }))
}

/// Makes the site and, only if it has no errors, writes it.
pub fn build(opts: &Options) -> Result<Result<(Built, WriteReport), Failed>, FatalError> {
    match make(opts)? {
        Ok(built) => {
            let report = output::write(&opts.output, &built.files)?;
            Ok(Ok((built, report)))
        }
        Err(f) => Ok(Err(f)),
    }
}

/// The content validated: the resolved site, and the problems met loading and validating it.
fn validated(opts: &Options, loaded: &load::Loaded) -> (Site, Vec<Diagnostic>) {
    let (mut site, mut diags) = validate::validate(loaded);
    diags.extend(loaded.diagnostics.iter().cloned());
    if let Some(b) = &opts.base_url {
        site.config.base_url = Some(if b.ends_with('/') { b.clone() } else { format!("{b}/") });
    }
    (site, diags)
}

/// Things worth knowing that do not stop the build.
fn warnings(ix: &SiteIndex, sources: &Sources) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, e) in ix.recs.iter().enumerate() {
        if e.facts.closed_without_outcome {
            let r = ix.rec(i);
            let label = ix.site.config.statuses.get(&r.status).map_or(r.status.as_str(), |s| s.label.as_str());
            let mut d = Diagnostic::warning(&r.source, format!("recommendation {} is marked \"{label}\" but nothing records what was done or why", r.number.as_str()))
                .hint("add an update (`updates:` with a date and text) or an `outcome:` saying what was done; residents see this flagged on the page");
            if let Some(src) = sources.get(&r.source) {
                if let Some(at) = find_field(src, "status") {
                    d = d.at(src, at..at + "status".len()).label("closed here without an outcome");
                }
            }
            out.push(d);
        }
    }
    if ix.site.config.base_url.is_none() {
        out.push(
            Diagnostic::warning(load::SITE_FILE, "no `base_url` is set, so no sitemap.xml is made and pages have no canonical address")
                .hint("add `base_url: https://…/` with the address the site will be published at"),
        );
    }
    out
}

fn find_field(src: &str, field: &str) -> Option<usize> {
    if src.starts_with(&format!("{field}:")) {
        return Some(0);
    }
    src.find(&format!("\n{field}:")).map(|i| i + 1)
}

/// Broken internal links, reported against the content file the page was made from.
fn link_errors(ix: &SiteIndex, broken: Vec<links::BrokenLink>, sources: &Sources) -> Vec<Diagnostic> {
    let mut source_of: BTreeMap<String, String> = BTreeMap::new();
    for (i, e) in ix.recs.iter().enumerate() {
        source_of.insert(e.url.clone(), ix.rec(i).source.clone());
    }
    for r in &ix.site.reviews {
        source_of.insert(index::review_url(&r.slug), r.source.clone());
    }
    for p in &ix.site.pages {
        source_of.insert(index::page_url(&p.slug), p.source.clone());
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for b in broken {
        let (path, from_theme) = match source_of.get(&b.page) {
            Some(s) if sources.get(s).is_some_and(|t| t.contains(&b.target)) => (s.clone(), false),
            _ => (format!("templates (page {})", b.page), true),
        };
        if !seen.insert((path.clone(), b.target.clone())) {
            continue;
        }
        let mut d = Diagnostic::error(&path, format!("the link `{}` on page {} is broken: {}", b.target, b.page, b.why));
        d = if from_theme {
            d.hint("the link comes from a template of the theme; correct it there")
        } else {
            d.hint("links between pages are relative to the page, such as `../../glossary/index.html`; check the address")
        };
        if let Some(src) = sources.get(&path) {
            if let Some(at) = src.find(&b.target) {
                d = d.at(src, at..at + b.target.len()).label("this link leads nowhere");
            }
        }
        out.push(d);
    }
    out
}
