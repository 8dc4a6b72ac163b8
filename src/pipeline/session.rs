//! A site kept in memory between rebuilds, for `serve`, and the one owner of serve's state: the
//! content as last read, each review as last checked, the compiled theme (its name shared with
//! the watcher, `watched`), the manifest and index of the last good build, what changed since,
//! the rebuild left unfinished, whether the latest one failed, and the warnings already
//! reported. Each change redoes only what the manifest's dependencies say it affects (`steps`): a
//! recommendation edited re-reads that file, re-validates that review (the rules across reviews
//! are applied afresh), re-indexes (every other review, kept as checked, is the same value as in
//! the last index, which hands over its whole part: `index::build_reusing`) and re-makes first
//! the outputs of its review, then those of the whole site; a template change re-renders
//! everything without re-reading content; a static file change copies that file. Whatever the
//! path, the files are those `make` would give. Must not print, and holds no server state: it
//! hands files to `publish`.

mod read;
mod steps;
mod watched;

pub use watched::Watched;

use super::Options;
use crate::diagnostics::{self, Diagnostic, Sources};
use crate::error::FatalError;
use crate::index::{self, SiteIndex};
use crate::load::{self, Loaded};
use crate::output::Memory;
use crate::render::broken::link_errors;
use crate::render::make::{self, Control, Failure};
use crate::render::manifest::Manifest;
use crate::render::{self, OutputSet, templates::Theme};
use crate::validate::{self, CheckedReview};
use crate::watch::Plan;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use steps::{Step, in_steps};

/// Files to serve, handed over by a rebuild (once, or twice when the outputs of the changed
/// reviews come before those of the whole site).
#[derive(Debug)]
pub struct Publish {
    /// Files made or made again.
    pub files: OutputSet,
    /// Files that are no longer part of the site.
    pub removed: Vec<String>,
    /// `files` is the whole site.
    pub whole: bool,
}

/// How a rebuild ended.
#[derive(Debug)]
pub enum Rebuilt {
    /// The site was published. `remade` pages were made again, of `pages`.
    Done {
        /// The warnings of the content, sorted.
        warnings: Vec<Diagnostic>,
        /// How many pages were made again.
        remade: usize,
        /// How many pages the site has.
        pages: usize,
        /// The rebuild before this one failed: the site builds again.
        fixed: bool,
        /// `warnings` differ from those the last rebuild reported.
        new_warnings: bool,
    },
    /// The outputs of the changed reviews were published, but those of the whole site were left
    /// for the next rebuild, as `stop` asked (another change came).
    Interrupted,
    /// The content has errors; the last good site stays (but for the outputs of a first step
    /// already handed over, when a later step failed).
    Failed {
        /// The errors, with any warnings, sorted.
        diagnostics: Vec<Diagnostic>,
    },
}

/// The last site published.
struct Good {
    index: SiteIndex,
    /// Every output of the site.
    manifest: Manifest,
    statics: BTreeMap<String, Vec<u8>>,
}

/// What changed since the last site published, which the next good build must make again.
#[derive(Default)]
struct Dirty {
    everything: bool,
    /// Slugs of reviews whose files changed.
    reviews: BTreeSet<String>,
}

/// The site `serve` keeps in memory between rebuilds, and what changed since the last.
pub struct Session {
    opts: Options,
    loaded: Option<Loaded>,
    /// The templates of the theme `watched` names, compiled; `None` when they must be read again.
    theme: Option<Theme>,
    /// The theme's name and the changes pending, shared with the watcher.
    watched: Arc<Watched>,
    good: Option<Good>,
    dirty: Dirty,
    /// A rebuild whose second step was cut short.
    unfinished: Option<Unfinished>,
    /// The latest rebuild failed.
    failing: bool,
    /// The warnings last reported, so that each edit does not report them again.
    shown: Vec<Diagnostic>,
    /// Each review of the content as last read, checked on its own, by folder name: an edit
    /// checks again only the review whose files changed.
    checked: HashMap<String, CheckedReview>,
}

/// The index of a rebuild whose first step was published, its outputs, and its warnings.
struct Unfinished {
    index: SiteIndex,
    manifest: Manifest,
    warnings: Vec<Diagnostic>,
}

/// The content's problems (`errors`) with the warnings found before them, sorted.
fn failed(mut errors: Vec<Diagnostic>, warnings: Vec<Diagnostic>) -> Rebuilt {
    errors.extend(warnings);
    diagnostics::sort(&mut errors);
    Rebuilt::Failed {
        diagnostics: errors,
    }
}

static NO_SOURCES: Sources = BTreeMap::new();

impl Session {
    /// A session for the site of `opts`, with nothing read yet.
    pub fn new(opts: Options) -> Session {
        Session {
            opts,
            loaded: None,
            theme: None,
            watched: Arc::default(),
            good: None,
            dirty: Dirty {
                everything: true,
                ..Dirty::default()
            },
            unfinished: None,
            failing: false,
            shown: Vec::new(),
            checked: HashMap::new(),
        }
    }

    /// The text of the content files as last read, for showing diagnostics.
    pub fn sources(&self) -> &Sources {
        self.loaded.as_ref().map_or(&NO_SOURCES, |l| &l.sources)
    }

    /// The theme site.yaml names (`default` until it has been read).
    pub fn theme_name(&self) -> String {
        self.watched.theme()
    }

    /// What the watcher shares with the session.
    pub fn watched(&self) -> Arc<Watched> {
        self.watched.clone()
    }

    /// A rebuild was cut short: the next one, even with an empty plan, finishes it.
    pub fn is_unfinished(&self) -> bool {
        self.unfinished.is_some()
    }

    /// Rebuilds what `plan` asks for, handing the files to `publish`. A fatal error (no site.yaml
    /// any more, a theme missing or not compiling) leaves the last good site published. Once the
    /// outputs of the changed reviews are published, `stop` can cut the rest short: the next
    /// rebuild with an empty plan finishes it, one with changes makes it with theirs.
    pub fn rebuild(
        &mut self,
        plan: &Plan,
        publish: &mut dyn FnMut(Publish),
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Result<Rebuilt, FatalError> {
        let mut result = self.run(plan, publish, stop);
        match &mut result {
            Ok(Rebuilt::Done {
                warnings,
                fixed,
                new_warnings,
                ..
            }) => {
                *fixed = std::mem::take(&mut self.failing);
                *new_warnings = *warnings != self.shown;
                if *new_warnings {
                    self.shown = warnings.clone();
                }
            }
            Ok(Rebuilt::Interrupted) => self.failing = false,
            Ok(Rebuilt::Failed { .. }) => {
                self.failing = true;
                self.shown.clear();
            }
            Err(_) => self.failing = true,
        }
        result
    }

    fn run(
        &mut self,
        plan: &Plan,
        publish: &mut dyn FnMut(Publish),
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Result<Rebuilt, FatalError> {
        if let Some(u) = self.unfinished.take() {
            if plan.is_empty() && self.theme.is_some() && self.good.is_some() {
                return self.finish(u, publish, stop);
            }
            std::thread::spawn(move || drop(u));
        }
        if plan.everything || plan.templates {
            self.dirty.everything = true;
            self.theme = None;
        }
        self.read_content(plan)?;
        let loaded = self.loaded.as_ref().expect("content read");
        // The reviews whose files did not change are taken as checked last time.
        let held = &self.checked;
        let (site, mut diags, checked) = validate::site_reusing(
            loaded,
            self.opts.as_of,
            self.opts.base_url.as_deref(),
            &|lr| held.get(&lr.slug).cloned(),
        );
        self.checked = loaded
            .reviews
            .iter()
            .map(|lr| lr.slug.clone())
            .zip(checked)
            .collect();
        if diags.iter().any(Diagnostic::is_error) {
            diagnostics::sort(&mut diags);
            return Ok(Rebuilt::Failed { diagnostics: diags });
        }
        let name = site.config.theme.clone();
        if name != self.watched.theme() {
            self.watched.set_theme(&name);
            self.theme = None;
            self.dirty.everything = true;
        }
        read::copy_statics(&mut self.theme, &self.opts.root, plan, &name)?;
        if self.theme.is_none() {
            let files = load::theme::read(&self.opts.root, &name)?;
            self.theme = Some(render::templates::compile(&files, &name)?);
        }
        let ix = index::build_reusing(site, self.opts.as_of, self.good.as_ref().map(|g| &g.index));
        diags.extend(validate::warnings(&ix.site, ix.as_of, &loaded.sources));
        diagnostics::sort(&mut diags);
        let theme = self.theme.as_mut().expect("theme compiled");
        let manifest = Manifest::plan(&ix, &theme.statics);
        render::collisions::check(&manifest, &name)?;
        let statics_removed = self
            .good
            .as_ref()
            .is_some_and(|g| g.statics.keys().any(|k| !theme.statics.contains_key(k)));
        match &self.good {
            Some(good)
                if !self.dirty.everything
                    && !statics_removed
                    && manifest
                        .pages()
                        .map(|j| &j.path)
                        .eq(good.manifest.pages().map(|j| &j.path)) =>
            {
                let steps = [Step::First, Step::Second];
                let r = in_steps(
                    &ix,
                    theme,
                    &manifest,
                    &steps,
                    good,
                    &self.dirty.reviews,
                    &loaded.sources,
                    publish,
                    stop,
                )?;
                match r {
                    Ok(Some(remade)) => Ok(self.done(ix, manifest, remade, diags)),
                    Ok(None) => {
                        self.unfinished = Some(Unfinished {
                            index: ix,
                            manifest,
                            warnings: diags,
                        });
                        Ok(Rebuilt::Interrupted)
                    }
                    Err(errors) => Ok(failed(errors, diags)),
                }
            }
            _ => {
                let sink = Memory::default();
                let control = Control {
                    progress: &render::Silent,
                    stop: &|| false,
                };
                let errors = match make::make(&ix, theme, &manifest, &|_| true, &sink, &control) {
                    Ok(_) => Vec::new(),
                    Err(Failure::Fatal(e)) => return Err(e),
                    Err(Failure::Templates(errors)) => errors,
                    Err(Failure::Links(broken)) => link_errors(&ix, broken, &loaded.sources),
                };
                if !errors.is_empty() {
                    return Ok(failed(errors, diags));
                }
                let removed = self
                    .good
                    .as_ref()
                    .map(|g| {
                        g.manifest
                            .paths()
                            .difference(manifest.paths())
                            .cloned()
                            .collect()
                    })
                    .unwrap_or_default();
                publish(Publish {
                    files: sink.into_files(),
                    removed,
                    whole: true,
                });
                let remade = manifest.pages().count();
                Ok(self.done(ix, manifest, remade, diags))
            }
        }
    }

    /// Makes the pages a rebuild left for later, from the index it made.
    fn finish(
        &mut self,
        u: Unfinished,
        publish: &mut dyn FnMut(Publish),
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Result<Rebuilt, FatalError> {
        let (Some(theme), Some(good)) = (self.theme.as_mut(), self.good.as_ref()) else {
            unreachable!("checked by the caller")
        };
        let r = in_steps(
            &u.index,
            theme,
            &u.manifest,
            &[Step::Second],
            good,
            &self.dirty.reviews,
            self.loaded.as_ref().map_or(&NO_SOURCES, |l| &l.sources),
            publish,
            stop,
        )?;
        Ok(match r {
            Ok(Some(remade)) => self.done(u.index, u.manifest, remade, u.warnings),
            Ok(None) => {
                self.unfinished = Some(u);
                Rebuilt::Interrupted
            }
            Err(errors) => failed(errors, u.warnings),
        })
    }

    /// Records a site published in full.
    fn done(
        &mut self,
        index: SiteIndex,
        manifest: Manifest,
        remade: usize,
        warnings: Vec<Diagnostic>,
    ) -> Rebuilt {
        let count = manifest.pages().count();
        let statics = self
            .theme
            .as_ref()
            .map(|t| t.statics.clone())
            .unwrap_or_default();
        let old = self.good.replace(Good {
            index,
            manifest,
            statics,
        });
        // Freeing a large index takes a while: not while the next change waits.
        std::thread::spawn(move || drop(old));
        self.dirty = Dirty::default();
        Rebuilt::Done {
            warnings,
            remade,
            pages: count,
            fixed: false,
            new_warnings: false,
        }
    }
}
