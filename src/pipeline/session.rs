//! A site kept in memory between rebuilds, for `serve`: the content as last read, the compiled
//! theme, and the index and page list of the last good build, so that each change redoes only
//! what it needs. A recommendation edited re-reads that file, re-validates, re-indexes (reusing
//! the Markdown of unchanged records) and re-renders first the pages of its review, then the
//! pages listing every review; a template change re-renders everything without re-reading
//! content; a static file change copies that file. Whatever the path, the files are those
//! `make` would give. Must not print, and holds no server state: it hands files to `publish`.

use super::problems::{link_errors, warnings};
use super::{Options, validated};
use crate::diagnostics::{self, Diagnostic, Sources};
use crate::error::FatalError;
use crate::index::{self, SiteIndex};
use crate::load::{self, Loaded};
use crate::output::Memory;
use crate::render::make::{self, Control, Failure};
use crate::render::manifest::{Depends, Make, Manifest, Output};
use crate::render::{self, OutputSet, templates::Theme};
use crate::watch::Plan;
use std::collections::{BTreeMap, BTreeSet};

/// Files to serve, handed over by a rebuild (once, or twice when the pages of the changed review
/// come before the pages listing every review).
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
        warnings: Vec<Diagnostic>,
        remade: usize,
        pages: usize,
    },
    /// The pages of the changed reviews were published, but the pages listing every review were
    /// left for the next rebuild, as `stop` asked (another change came).
    Interrupted,
    /// The content has errors; the last good site stays (but for pages of a first step already
    /// handed over, when a later step failed).
    Failed { diagnostics: Vec<Diagnostic> },
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

pub struct Session {
    opts: Options,
    loaded: Option<Loaded>,
    /// The theme's name and templates, compiled; `None` when they must be read again.
    theme: Option<(String, Theme)>,
    /// The theme named in site.yaml when it last validated.
    theme_name: String,
    good: Option<Good>,
    dirty: Dirty,
    /// A rebuild whose second step was cut short.
    unfinished: Option<Unfinished>,
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
    pub fn new(opts: Options) -> Session {
        Session {
            opts,
            loaded: None,
            theme: None,
            theme_name: "default".into(),
            good: None,
            dirty: Dirty {
                everything: true,
                ..Dirty::default()
            },
            unfinished: None,
        }
    }

    /// The text of the content files as last read, for showing diagnostics.
    pub fn sources(&self) -> &Sources {
        self.loaded.as_ref().map_or(&NO_SOURCES, |l| &l.sources)
    }

    /// The theme site.yaml names (`default` until it has been read).
    pub fn theme_name(&self) -> &str {
        &self.theme_name
    }

    /// Rebuilds what `plan` asks for, handing the files to `publish`. A fatal error (no site.yaml
    /// any more, a theme missing or not compiling) leaves the last good site published. Once the
    /// pages of the changed reviews are published, `stop` can cut the rest short: the next
    /// rebuild with an empty plan finishes it, one with changes makes it with theirs.
    pub fn rebuild(
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
        }
        if plan.everything || plan.templates || !plan.statics.is_empty() {
            self.theme = None;
        }
        self.read_content(plan)?;
        let loaded = self.loaded.as_ref().expect("content read");
        let (site, mut diags) = validated(&self.opts, loaded);
        if diags.iter().any(Diagnostic::is_error) {
            diagnostics::sort(&mut diags);
            return Ok(Rebuilt::Failed { diagnostics: diags });
        }
        self.theme_name = site.config.theme.clone();
        if self
            .theme
            .as_ref()
            .is_some_and(|(name, _)| *name != self.theme_name)
        {
            self.theme = None;
            self.dirty.everything = true;
        }
        if self.theme.is_none() {
            let files = load::theme::read(&self.opts.root, &self.theme_name)?;
            let theme = render::templates::compile(&files, &self.theme_name)?;
            self.theme = Some((self.theme_name.clone(), theme));
        }
        let ix = index::build_reusing(site, self.opts.as_of, self.good.as_ref().map(|g| &g.index));
        diags.extend(warnings(&ix, &loaded.sources));
        diagnostics::sort(&mut diags);
        let theme = &mut self.theme.as_mut().expect("theme compiled").1;
        let manifest = Manifest::plan(&ix, &theme.statics);
        render::collisions::check(&manifest, &self.theme_name)?;
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
        let (Some((_, theme)), Some(good)) = (self.theme.as_mut(), self.good.as_ref()) else {
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
            .map(|(_, t)| t.statics.clone())
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
        }
    }

    /// Reads the changed content files again, or all the content when one change needs it.
    fn read_content(&mut self, plan: &Plan) -> Result<(), FatalError> {
        if let Some(loaded) = self.loaded.as_mut().filter(|_| !plan.everything) {
            let mut all = false;
            for rel in &plan.content {
                match load::reload(loaded, &self.opts.root, rel) {
                    Ok(true) => {
                        if let Some(slug) = rel
                            .strip_prefix("content/reviews/")
                            .and_then(|r| r.split('/').next())
                        {
                            self.dirty.reviews.insert(slug.to_string());
                        }
                    }
                    Ok(false) => {
                        all = true;
                        break;
                    }
                    Err(e) => {
                        self.loaded = None;
                        return Err(e);
                    }
                }
            }
            if !all {
                return Ok(());
            }
        }
        self.loaded = None;
        self.dirty.everything = true;
        self.loaded = Some(load::load(&self.opts.root)?);
        Ok(())
    }
}

/// The steps of a rebuild after files of some reviews changed, every page address staying the
/// same: a filter on the outputs' dependencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// What depends on a changed review alone: published at once.
    First,
    /// What depends on the whole site, and the static files that differ from those published.
    Second,
}

/// What a step remakes: the reviews whose files changed (`changed`: any at all), and the static
/// files that differ from those published.
struct Dirt<'a> {
    reviews: &'a BTreeSet<usize>,
    changed: bool,
    statics: &'a BTreeSet<String>,
}

impl Step {
    fn wants(self, o: &Output, dirt: &Dirt<'_>) -> bool {
        match (self, o.depends) {
            (Step::First, Depends::Review(r)) => dirt.reviews.contains(&r),
            (Step::Second, Depends::Site) => dirt.changed,
            (Step::Second, Depends::Nothing) => {
                matches!(o.make, Make::Static) && dirt.statics.contains(&o.path)
            }
            _ => false,
        }
    }
}

/// Makes again, in `steps`, the outputs that files of `changed` reviews affect, and the static
/// files that differ; publishes each step. Returns how many pages were made, or `None` when
/// `stop` cut the second step short; the content's problems when a step failed.
#[allow(clippy::too_many_arguments)]
fn in_steps(
    ix: &SiteIndex,
    theme: &mut Theme,
    manifest: &Manifest,
    steps: &[Step],
    good: &Good,
    changed: &BTreeSet<String>,
    sources: &Sources,
    publish: &mut dyn FnMut(Publish),
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Result<Option<usize>, Vec<Diagnostic>>, FatalError> {
    let reviews: BTreeSet<usize> = ix
        .site
        .reviews
        .iter()
        .enumerate()
        .filter(|(_, r)| changed.contains(&r.slug))
        .map(|(i, _)| i)
        .collect();
    let statics: BTreeSet<String> = theme
        .statics
        .iter()
        .filter(|(path, bytes)| good.statics.get(*path) != Some(*bytes))
        .map(|(path, _)| path.clone())
        .collect();
    let dirt = Dirt {
        reviews: &reviews,
        changed: !changed.is_empty(),
        statics: &statics,
    };
    let mut remade = 0;
    for &step in steps {
        if step == Step::First && reviews.is_empty() {
            continue;
        }
        let never = || false;
        let control = Control {
            progress: &render::Silent,
            stop: if step == Step::First { &never } else { stop },
        };
        let sink = Memory::default();
        let wants = |o: &Output| step.wants(o, &dirt);
        let made = match make::make(ix, theme, manifest, &wants, &sink, &control) {
            Ok(m) => m,
            Err(Failure::Templates(errors)) => return Ok(Err(errors)),
            Err(Failure::Links(broken)) => return Ok(Err(link_errors(ix, broken, sources))),
            Err(Failure::Fatal(e)) => return Err(e),
        };
        if !made.complete {
            return Ok(Ok(None));
        }
        remade += made.pages;
        publish(Publish {
            files: sink.into_files(),
            removed: Vec::new(),
            whole: false,
        });
    }
    Ok(Ok(Some(remade)))
}
