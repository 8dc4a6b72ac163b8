//! The orchestrator, and the only place that calls the stages in order:
//! load → validate → index → render → (link check) → write. `build`, `check` and `serve` are thin
//! commands over it; `session` keeps a site in memory between rebuilds for `serve`. Must not
//! print (it returns what happened), nor hold a rule of its own: warnings and the `--base-url`
//! override are `validate`'s, broken links as diagnostics `render::broken`'s.

pub mod indexed;
pub mod session;
pub mod updates;

use crate::diagnostics::{self, Diagnostic, Sources};
use crate::error::FatalError;
use crate::index::{self, SiteIndex};
use crate::load;
use crate::output::{self, WriteReport};
use crate::render::manifest::Manifest;
use crate::render::{self, OutputSet, make, templates};
use crate::validate;
use chrono::NaiveDate;
use std::path::PathBuf;

/// What a build, check or serve works on.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site folder (the one holding `content/`).
    pub root: PathBuf,
    /// Where the site is written.
    pub output: PathBuf,
    /// The date "overdue" and "not updated" are judged on.
    pub as_of: NaiveDate,
    /// Overrides `base_url` of site.yaml; already checked and ending in `/` (`model::base_url`).
    pub base_url: Option<String>,
    /// `--force`: take over an output folder holding files followthrough did not write (it
    /// still removes none of them).
    pub adopt: bool,
}

/// A site made in memory, ready to write.
pub struct Built {
    /// The index the site was made from.
    pub index: SiteIndex,
    /// Every file of the site: output path to bytes.
    pub files: OutputSet,
    /// Warnings only.
    pub diagnostics: Vec<Diagnostic>,
    /// The text of every content file read, for the warnings to quote.
    pub sources: Sources,
}

impl Built {
    /// How many HTML pages the site has.
    pub fn page_count(&self) -> usize {
        self.files.keys().filter(|k| k.ends_with(".html")).count()
    }
}

/// The content has errors: nothing may be written.
pub struct Failed {
    /// The errors, with any warnings, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// The text of every content file read, for the diagnostics to quote.
    pub sources: Sources,
}

/// Runs every stage but the write, the files made in memory.
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
        manifest,
        mut theme,
        mut diags,
        sources,
    } = match prepare(opts, false)? {
        Ok(p) => p,
        Err(f) => return Ok(Err(f)),
    };
    let sink = output::Memory::default();
    let control = make::Control {
        progress,
        stop: &|| false,
    };
    let errors = match make::make(&ix, &mut theme, &manifest, &|_| true, &sink, &control) {
        Ok(_) => Vec::new(),
        Err(make::Failure::Fatal(e)) => return Err(e),
        Err(make::Failure::Templates(errs)) => errs,
        Err(make::Failure::Links(broken)) => render::broken::link_errors(&ix, broken, &sources),
    };
    if !errors.is_empty() {
        return Ok(Err(failed(errors, diags, sources)));
    }
    diagnostics::sort(&mut diags);
    Ok(Ok(Built {
        index: ix,
        files: sink.into_files(),
        diagnostics: diags,
        sources,
    }))
}

/// The content's problems (`errors`) with the warnings found before them, sorted.
fn failed(mut errors: Vec<Diagnostic>, warnings: Vec<Diagnostic>, sources: Sources) -> Failed {
    errors.extend(warnings);
    diagnostics::sort(&mut errors);
    Failed {
        diagnostics: errors,
        sources,
    }
}

/// What a build wrote.
pub struct Written {
    /// What an unfinished commit of an earlier run had left, settled first.
    pub recovered: output::Recovered,
    /// How many pages were made.
    pub pages: usize,
    /// How many recommendations the site has.
    pub recommendations: usize,
    /// How many files were written, left as they were, or removed from the output folder.
    pub report: WriteReport,
    /// Nothing the site is made from had changed since the last build into the same folder,
    /// which still held what that build wrote: nothing was read, made or written.
    pub up_to_date: bool,
    /// Warnings only.
    pub diagnostics: Vec<Diagnostic>,
    /// The text of every content file read, for the warnings to quote.
    pub sources: Sources,
}

/// Makes the site and, only if it has no errors, writes it. Pages go to a staging folder as they
/// are made (so a large site is never all in memory), and only when every page is made and every
/// link checked do they move into the output folder; otherwise the output is as it was. When
/// nothing it is made from has changed since the last build into the folder, and the folder
/// still holds what that build left, the build stops there ([`Written::up_to_date`]).
pub fn build(
    opts: &Options,
    progress: &dyn render::Progress,
) -> Result<Result<Written, Failed>, FatalError> {
    // Before any work: a folder that may not be written is refused at once.
    let output::Opened { target, recovered } = output::open(&opts.output, &opts.root, opts.adopt)?;
    // The same program, settings and files as the build that left this folder as it is: its
    // site is the one this build would make.
    let inputs = load::fingerprint::of(&opts.root, &settings(opts));
    if recovered == output::Recovered::Nothing
        && let Some(inputs) = &inputs
        && let Some(last) = output::stamp::current(&opts.output).filter(|s| &s.inputs == inputs)
    {
        let diagnostics = last.warnings();
        let sources = load::quoted(&opts.root, diagnostics.iter().map(|d| d.path.as_str()));
        return Ok(Ok(Written {
            recovered,
            pages: last.pages,
            recommendations: last.recommendations,
            report: WriteReport {
                unchanged: last.files,
                ..WriteReport::default()
            },
            up_to_date: true,
            diagnostics,
            sources,
        }));
    }
    let Prepared {
        ix,
        manifest,
        mut theme,
        diags,
        sources,
    } = match prepare(opts, true)? {
        Ok(p) => p,
        Err(f) => return Ok(Err(f)),
    };
    // Pages go to the staging folder as they are made, each link-checked at once against every
    // file of the manifest.
    let stage = output::Stage::begin(&opts.output, target)?;
    let control = make::Control {
        progress,
        stop: &|| false,
    };
    let made = match make::make(&ix, &mut theme, &manifest, &|_| true, &stage, &control) {
        Ok(m) => m,
        Err(make::Failure::Fatal(e)) => return Err(e),
        Err(make::Failure::Templates(errs)) => return Ok(Err(failed(errs, diags, sources))),
        Err(make::Failure::Links(broken)) => {
            let broken = render::broken::link_errors(&ix, broken, &sources);
            return Ok(Err(failed(broken, diags, sources)));
        }
    };
    let report = stage.commit(output::Keep::Put, made.unchanged)?;
    let mut diags = diags;
    diagnostics::sort(&mut diags);
    if let Some(inputs) = inputs {
        output::stamp::record(&opts.output, inputs, made.pages, ix.recs.len(), &diags)?;
    }
    Ok(Ok(Written {
        recovered,
        pages: made.pages,
        recommendations: ix.recs.len(),
        report,
        up_to_date: false,
        diagnostics: diags,
        sources,
    }))
}

/// The settings besides the files that change what a build makes, for its fingerprint: the date
/// "overdue" is judged on and any `--base-url`. (Where the site is written does not: every link
/// in it is relative.)
fn settings(opts: &Options) -> String {
    format!("as_of={}\nbase_url={:?}\n", opts.as_of, opts.base_url)
}

/// The stages before rendering, shared by `make`, `build` and `serve`.
struct Prepared {
    ix: SiteIndex,
    /// Every output of the site.
    manifest: Manifest,
    theme: templates::Theme,
    /// Warnings only (errors end in `Failed`).
    diags: Vec<Diagnostic>,
    sources: Sources,
}

/// Loads, validates and indexes the site and compiles its theme; stops at the first stage with
/// errors in the content, with all of them. The raw records are dropped once validated; with
/// `lean` (a build that writes to disk), so is the text of every content file no message will
/// quote, before indexing.
fn prepare(opts: &Options, lean: bool) -> Result<Result<Prepared, Failed>, FatalError> {
    let loaded = load::load(&opts.root)?;
    let (site, mut diags) = validate::site(&loaded, opts.as_of, opts.base_url.as_deref());
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
    diags.extend(validate::warnings(&site, opts.as_of, &sources));
    let mut sources = sources;
    if lean {
        // Keep the text only of the files the warnings are about, and of those with links inside
        // the site written in them (to show a broken one's line): a large site's content is not
        // held while it is indexed and its pages are made.
        let with_links = render::broken::files_with_links(&site);
        sources
            .retain(|p, _| with_links.contains(p.as_str()) || diags.iter().any(|d| &d.path == p));
    }
    let ix = index::build(site, opts.as_of);
    let manifest = Manifest::plan(&ix, &theme.statics);
    render::collisions::check(&manifest, &theme_name)?;
    Ok(Ok(Prepared {
        ix,
        manifest,
        theme,
        diags,
        sources,
    }))
}
