//! The orchestrator, and the only place that calls the stages in order:
//! load → validate → index → render → (link check) → write. `build`, `check` and `serve` are thin
//! commands over it; `session` keeps a site in memory between rebuilds for `serve`. Must not
//! print: it returns what happened.

pub mod indexed;
pub mod session;
pub mod updates;

use crate::diagnostics::{self, Diagnostic, Sources};
use crate::error::FatalError;
use crate::index::{self, SiteIndex};
use crate::load;
use crate::model::Site;
use crate::output::{self, WriteReport};
use crate::render::{self, OutputSet, links, templates};
use crate::validate;
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub output: PathBuf,
    pub as_of: NaiveDate,
    /// Overrides `base_url` of site.yaml; already checked and ending in `/` (`model::base_url`).
    pub base_url: Option<String>,
    /// `--force`: take over an output folder holding files followthrough did not write (it
    /// still removes none of them).
    pub adopt: bool,
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
    make_with(opts, &render::Silent)
}

/// Runs every stage but the write, telling `progress` how rendering goes.
pub fn make_with(
    opts: &Options,
    progress: &dyn render::Progress,
) -> Result<Result<Built, Failed>, FatalError> {
    let Prepared {
        ix,
        jobs,
        mut theme,
        mut diags,
        sources,
    } = match prepare(opts)? {
        Ok(p) => p,
        Err(f) => return Ok(Err(f)),
    };
    let files = match render::render_listed(&ix, &mut theme, &jobs, progress) {
        Ok(f) => f,
        Err(mut errs) => {
            errs.extend(diags);
            diagnostics::sort(&mut errs);
            return Ok(Err(Failed {
                diagnostics: errs,
                sources,
            }));
        }
    };
    let base_path = ix.site.config.base_url.as_deref().map(index::base_path);
    let broken = link_errors(&ix, links::check(&files, base_path.as_deref()), &sources);
    if !broken.is_empty() {
        diags.extend(broken);
        diagnostics::sort(&mut diags);
        return Ok(Err(Failed {
            diagnostics: diags,
            sources,
        }));
    }
    diagnostics::sort(&mut diags);
    Ok(Ok(Built {
        index: ix,
        files,
        diagnostics: diags,
        sources,
    }))
}

/// What a build wrote.
pub struct Written {
    /// What an unfinished commit of an earlier run had left, settled first.
    pub recovered: output::Recovered,
    pub pages: usize,
    pub recommendations: usize,
    pub report: WriteReport,
    /// Warnings only.
    pub diagnostics: Vec<Diagnostic>,
    pub sources: Sources,
}

/// Makes the site and, only if it has no errors, writes it. Pages go to a staging folder as they
/// are made (so a large site is never all in memory), and only when every page is made and every
/// link checked do they move into the output folder; otherwise the output is as it was.
pub fn build(
    opts: &Options,
    progress: &dyn render::Progress,
) -> Result<Result<Written, Failed>, FatalError> {
    // Before any work: a folder that may not be written is refused at once.
    let output::Opened { target, recovered } = output::open(&opts.output, &opts.root, opts.adopt)?;
    let Prepared {
        ix,
        jobs,
        mut theme,
        mut diags,
        sources,
    } = match prepare(opts)? {
        Ok(p) => p,
        Err(f) => return Ok(Err(f)),
    };
    // Keep the text only of the files the warnings are about: a large site's content is not held
    // twice while its pages are made. A broken link's file is read again to point at the link.
    let mut sources = sources;
    sources.retain(|p, _| diags.iter().any(|d| &d.path == p));
    render::prepare(&ix, &mut theme);
    let theme = &theme;

    // Every file of the site is known before any is made, so each page's links can be checked
    // as soon as it is made.
    let data = crate::data::plan(&ix);
    let mut paths: BTreeSet<String> = jobs.iter().map(|j| j.path.clone()).collect();
    paths.extend(theme.statics.keys().cloned());
    paths.extend(data.iter().map(|(p, _)| p.clone()));
    let sitemap = {
        let all: BTreeSet<&str> = paths.iter().map(String::as_str).collect();
        crate::data::sitemap::sitemap(&ix, &all)
    };
    if sitemap.is_some() {
        paths.insert(crate::data::sitemap::SITEMAP.to_string());
    }
    let base_path = ix.site.config.base_url.as_deref().map(index::base_path);
    let exists = |p: &str| paths.contains(p);

    let stage = output::Stage::begin(&opts.output, target)?;
    progress.start(jobs.len());
    let pages: Vec<Result<(bool, Vec<links::BrokenLink>), PageError>> = jobs
        .par_iter()
        .map(|job| {
            let bytes = render::render_page(&ix, theme, job).map_err(PageError::Template)?;
            let html = std::str::from_utf8(&bytes).unwrap_or_default();
            let broken = links::check_page(&job.path, html, &exists, base_path.as_deref());
            let changed = stage.put(&job.path, &bytes).map_err(PageError::Fatal)?;
            progress.advance();
            Ok((changed, broken))
        })
        .collect();
    let mut template_errors = Vec::new();
    let mut broken = Vec::new();
    let mut unchanged = 0;
    for p in pages {
        match p {
            Ok((changed, b)) => {
                unchanged += usize::from(!changed);
                broken.extend(b);
            }
            Err(PageError::Template(d)) => template_errors.push(d),
            Err(PageError::Fatal(e)) => return Err(e),
        }
    }
    if !template_errors.is_empty() {
        let mut errs = render::one_per_template(template_errors);
        errs.extend(diags);
        diagnostics::sort(&mut errs);
        return Ok(Err(Failed {
            diagnostics: errs,
            sources,
        }));
    }
    let broken = link_errors_with(&ix, broken, &|p| {
        sources
            .get(p)
            .cloned()
            .or_else(|| load::reread(&opts.root, p))
    });
    // The files the broken links are in, to show their lines.
    for d in &broken {
        if !sources.contains_key(&d.path)
            && let Some(text) = load::reread(&opts.root, &d.path)
        {
            sources.insert(d.path.clone(), text);
        }
    }
    if !broken.is_empty() {
        diags.extend(broken);
        diagnostics::sort(&mut diags);
        return Ok(Err(Failed {
            diagnostics: diags,
            sources,
        }));
    }
    // The site-wide files are the largest: made one at a time, so that no two are in memory at
    // once; the reviews' files are small and made in parallel.
    let (site_wide, per_review): (Vec<_>, Vec<_>) =
        data.iter().partition(|(_, f)| f.review().is_none());
    let mut others: Vec<Result<bool, FatalError>> = site_wide
        .iter()
        .map(|(path, file)| stage.put(path, &crate::data::make(&ix, *file)))
        .collect();
    others.par_extend(
        per_review
            .par_iter()
            .map(|(path, file)| stage.put(path, &crate::data::make(&ix, *file)))
            .chain(
                theme
                    .statics
                    .par_iter()
                    .map(|(path, bytes)| stage.put(path, bytes)),
            )
            .chain(
                sitemap
                    .par_iter()
                    .map(|xml| stage.put(crate::data::sitemap::SITEMAP, xml.as_bytes())),
            ),
    );
    for r in others {
        unchanged += usize::from(!r?);
    }
    let report = stage.commit(output::Keep::Put, unchanged)?;
    diagnostics::sort(&mut diags);
    Ok(Ok(Written {
        recovered,
        pages: jobs.len(),
        recommendations: ix.recs.len(),
        report,
        diagnostics: diags,
        sources,
    }))
}

enum PageError {
    Template(Diagnostic),
    Fatal(FatalError),
}

/// The stages before rendering, shared by `make` and `build`.
struct Prepared {
    ix: SiteIndex,
    /// Every page of the site, in `pages::list` order.
    jobs: Vec<render::pages::PageJob>,
    theme: templates::Theme,
    /// Warnings only (errors end in `Failed`).
    diags: Vec<Diagnostic>,
    sources: Sources,
}

/// Loads, validates and indexes the site and compiles its theme; stops at the first stage with
/// errors in the content, with all of them. The raw records are dropped once validated.
fn prepare(opts: &Options) -> Result<Result<Prepared, Failed>, FatalError> {
    let loaded = load::load(&opts.root)?;
    let (site, mut diags) = validated(opts, &loaded);
    let load::Loaded { sources, .. } = loaded;
    if diags.iter().any(Diagnostic::is_error) {
        diagnostics::sort(&mut diags);
        return Ok(Err(Failed {
            diagnostics: diags,
            sources,
        }));
    }
    let theme_files = load::theme::read(&opts.root, &site.config.theme)?;
    let theme = templates::compile(&theme_files, &site.config.theme)?;
    let theme_name = site.config.theme.clone();
    let ix = index::build(site, opts.as_of);
    let jobs = render::pages::list(&ix);
    render::collisions::check(&ix, &jobs, &theme.statics, &theme_name)?;
    diags.extend(warnings(&ix, &sources));
    Ok(Ok(Prepared {
        ix,
        jobs,
        theme,
        diags,
        sources,
    }))
}

/// The content validated: the resolved site, and the problems met loading and validating it.
fn validated(opts: &Options, loaded: &load::Loaded) -> (Site, Vec<Diagnostic>) {
    let (mut site, mut diags) = validate::validate(loaded);
    diags.extend(validate::after_as_of(loaded, opts.as_of));
    diags.extend(loaded.diagnostics.iter().cloned());
    if let Some(b) = &opts.base_url {
        site.config.base_url = Some(b.clone());
    }
    (site, diags)
}

/// Things worth knowing that do not stop the build.
fn warnings(ix: &SiteIndex, sources: &Sources) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, e) in ix.recs.iter().enumerate() {
        if e.facts.closed_without_outcome {
            let r = ix.rec(i);
            let label = ix
                .site
                .config
                .statuses
                .get(&r.status)
                .map_or(r.status.as_str(), |s| s.label.as_str());
            let mut d = Diagnostic::warning(&r.source, format!("recommendation {} is marked \"{label}\" but nothing records what was done or why", r.number.as_str()))
                .hint("add an update (`updates:` with a date and text) or an `outcome:` saying what was done; residents see this flagged on the page");
            if let Some(src) = sources.get(&r.source)
                && let Some(at) = find_field(src, "status")
            {
                d = d
                    .at(src, at..at + "status".len())
                    .label("closed here without an outcome");
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

/// Where a link target is written in a content file: as a Markdown or HTML link if possible.
fn locate_link(src: &str, target: &str) -> Option<usize> {
    for (before, after) in [("(", ")"), ("\"", "\""), ("'", "'"), ("=", "")] {
        if let Some(i) = src.find(&format!("{before}{target}{after}")) {
            return Some(i + before.len());
        }
    }
    (target.len() > 3).then(|| src.find(target)).flatten()
}

fn find_field(src: &str, field: &str) -> Option<usize> {
    if src.starts_with(&format!("{field}:")) {
        return Some(0);
    }
    src.find(&format!("\n{field}:")).map(|i| i + 1)
}

/// Broken internal links, reported against the content file the page was made from.
fn link_errors(
    ix: &SiteIndex,
    broken: Vec<links::BrokenLink>,
    sources: &Sources,
) -> Vec<Diagnostic> {
    link_errors_with(ix, broken, &|p| sources.get(p).cloned())
}

/// `link_errors`, with the text of a content file from `source` (which may read it again).
fn link_errors_with(
    ix: &SiteIndex,
    broken: Vec<links::BrokenLink>,
    source: &dyn Fn(&str) -> Option<String>,
) -> Vec<Diagnostic> {
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
            Some(s) if source(s).is_some_and(|t| locate_link(&t, &b.target).is_some()) => {
                (s.clone(), false)
            }
            _ => (format!("templates (page {})", b.page), true),
        };
        if !seen.insert((path.clone(), b.target.clone())) {
            continue;
        }
        let mut d = Diagnostic::error(
            &path,
            format!(
                "the link `{}` on page {} is broken: {}",
                b.target, b.page, b.why
            ),
        );
        d = if from_theme {
            d.hint("the link comes from a template of the theme; correct it there")
        } else {
            d.hint("links between pages are relative to the page, such as `../../glossary/index.html`; check the address")
        };
        if let Some(src) = source(&path).as_deref()
            && let Some(at) = locate_link(src, &b.target)
        {
            d = d
                .at(src, at..at + b.target.len())
                .label("this link leads nowhere");
        }
        out.push(d);
    }
    out
}
