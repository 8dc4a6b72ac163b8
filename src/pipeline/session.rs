//! A site kept in memory between rebuilds, for `serve`: the content as last read, the compiled
//! theme, and the index and page list of the last good build, so that each change redoes only
//! what it needs. A recommendation edited re-reads that file, re-validates, re-indexes (reusing
//! the Markdown of unchanged records) and re-renders first the pages of its review, then the
//! pages listing every review; a template change re-renders everything without re-reading
//! content; a static file change copies that file. Whatever the path, the files are those
//! `make` would give. Must not print, and holds no server state: it hands files to `publish`.

use super::{Options, link_errors, validated, warnings};
use crate::diagnostics::{self, Diagnostic, Sources};
use crate::error::FatalError;
use crate::index::{self, SiteIndex};
use crate::load::{self, Loaded};
use crate::render::pages::{self, PageJob, PageKind};
use crate::render::{self, OutputSet, links, templates::Theme};
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
    /// Every file of the site.
    paths: BTreeSet<String>,
    /// The pages, in `pages::list` order.
    pages: Vec<String>,
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

/// The index of a rebuild whose first step was published, and its warnings.
struct Unfinished {
    index: SiteIndex,
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
                return Ok(self.finish(u, publish, stop));
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
        let jobs = pages::list(&ix);
        let theme = &mut self.theme.as_mut().expect("theme compiled").1;
        render::collisions::check(&ix, &jobs, &theme.statics, &self.theme_name)?;
        let statics_removed = self
            .good
            .as_ref()
            .is_some_and(|g| g.statics.keys().any(|k| !theme.statics.contains_key(k)));
        match &self.good {
            Some(good)
                if !self.dirty.everything
                    && !statics_removed
                    && jobs.iter().map(|j| &j.path).eq(good.pages.iter()) =>
            {
                let steps = [Step::First, Step::Second];
                match in_steps(
                    &ix,
                    theme,
                    &jobs,
                    &steps,
                    good,
                    &self.dirty.reviews,
                    &loaded.sources,
                    publish,
                    stop,
                ) {
                    Ok(Some((paths, remade))) => Ok(self.done(ix, paths, remade, diags)),
                    Ok(None) => {
                        self.unfinished = Some(Unfinished {
                            index: ix,
                            warnings: diags,
                        });
                        Ok(Rebuilt::Interrupted)
                    }
                    Err(errors) => Ok(failed(errors, diags)),
                }
            }
            _ => {
                let files = match render::render_listed(&ix, theme, &jobs, &render::Silent) {
                    Ok(f) => f,
                    Err(errors) => return Ok(failed(errors, diags)),
                };
                let broken = link_errors(
                    &ix,
                    links::check(&files, base_path(&ix).as_deref()),
                    &loaded.sources,
                );
                if !broken.is_empty() {
                    return Ok(failed(broken, diags));
                }
                let paths: BTreeSet<String> = files.keys().cloned().collect();
                let removed = self
                    .good
                    .as_ref()
                    .map(|g| g.paths.difference(&paths).cloned().collect())
                    .unwrap_or_default();
                publish(Publish {
                    files,
                    removed,
                    whole: true,
                });
                let remade = jobs.len();
                Ok(self.done(ix, paths, remade, diags))
            }
        }
    }

    /// Makes the pages a rebuild left for later, from the index it made.
    fn finish(
        &mut self,
        u: Unfinished,
        publish: &mut dyn FnMut(Publish),
        stop: &(dyn Fn() -> bool + Sync),
    ) -> Rebuilt {
        let (Some((_, theme)), Some(good)) = (self.theme.as_mut(), self.good.as_ref()) else {
            unreachable!("checked by the caller")
        };
        let jobs = pages::list(&u.index);
        match in_steps(
            &u.index,
            theme,
            &jobs,
            &[Step::Second],
            good,
            &self.dirty.reviews,
            self.loaded.as_ref().map_or(&NO_SOURCES, |l| &l.sources),
            publish,
            stop,
        ) {
            Ok(Some((paths, remade))) => self.done(u.index, paths, remade, u.warnings),
            Ok(None) => {
                self.unfinished = Some(u);
                Rebuilt::Interrupted
            }
            Err(errors) => failed(errors, u.warnings),
        }
    }

    /// Records a site published in full.
    fn done(
        &mut self,
        index: SiteIndex,
        paths: BTreeSet<String>,
        remade: usize,
        warnings: Vec<Diagnostic>,
    ) -> Rebuilt {
        let pages: Vec<String> = pages::list(&index).into_iter().map(|j| j.path).collect();
        let count = pages.len();
        let statics = self
            .theme
            .as_ref()
            .map(|(_, t)| t.statics.clone())
            .unwrap_or_default();
        let old = self.good.replace(Good {
            index,
            paths,
            pages,
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

/// Which step a page is made again in after files of some reviews changed, every page address
/// staying the same: pages about one review (its own, and its recommendations', which show their
/// neighbours) come first, as they depend on that review alone; free pages, the glossary and the
/// 404 page depend on no review; every other page (home, dashboards, lists, and any kind of page
/// added later) is taken to depend on all of them, and comes second.
fn step_of(ix: &SiteIndex, job: &PageJob, reviews: &BTreeSet<usize>) -> Option<Step> {
    match job.kind {
        PageKind::Review(i) => reviews.contains(&i).then_some(Step::First),
        PageKind::Recommendation(i) => reviews.contains(&ix.recs[i].review).then_some(Step::First),
        PageKind::Page(_) | PageKind::Glossary | PageKind::NotFound => None,
        _ => Some(Step::Second),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    First,
    Second,
}

/// Makes again, in two steps, the pages that files of `changed` reviews affect, and the site files
/// that differ; publishes each step. Returns every path of the site and how many pages were made,
/// or `None` when `stop` cut the second step short.
#[allow(clippy::too_many_arguments)]
fn in_steps(
    ix: &SiteIndex,
    theme: &mut Theme,
    jobs: &[PageJob],
    steps: &[Step],
    good: &Good,
    changed: &BTreeSet<String>,
    sources: &Sources,
    publish: &mut dyn FnMut(Publish),
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Option<(BTreeSet<String>, usize)>, Vec<Diagnostic>> {
    let reviews: BTreeSet<usize> = ix
        .site
        .reviews
        .iter()
        .enumerate()
        .filter(|(_, r)| changed.contains(&r.slug))
        .map(|(i, _)| i)
        .collect();
    let mut paths = good.paths.clone();
    paths.extend(theme.statics.keys().cloned());
    let mut remade = 0;
    if !changed.is_empty() {
        for &step in steps {
            let some: Vec<PageJob> = jobs
                .iter()
                .filter(|j| step_of(ix, j, &reviews) == Some(step))
                .cloned()
                .collect();
            let files = if step == Step::First {
                render::render_pages(ix, theme, &some, &|| false, &render::Silent)?
            } else {
                let files = render::render_pages(ix, theme, &some, stop, &render::Silent)?;
                if files.len() < some.len() {
                    return Ok(None);
                }
                files
            };
            let broken = link_errors(
                ix,
                links::check_pages(&files, |p| paths.contains(p), base_path(ix).as_deref()),
                sources,
            );
            if !broken.is_empty() {
                return Err(broken);
            }
            remade += files.len();
            if step == Step::First {
                publish(Publish {
                    files,
                    removed: Vec::new(),
                    whole: false,
                });
            } else {
                let mut files = files;
                files.extend(site_files_changed(ix, theme, good, &paths));
                publish(Publish {
                    files,
                    removed: Vec::new(),
                    whole: false,
                });
            }
        }
    } else {
        publish(Publish {
            files: site_files_changed(ix, theme, good, &paths),
            removed: Vec::new(),
            whole: false,
        });
    }
    Ok(Some((paths, remade)))
}

/// The site files (static files, sitemap) that differ from those last published; the sitemap is
/// always included, being cheap.
fn site_files_changed(
    ix: &SiteIndex,
    theme: &Theme,
    good: &Good,
    paths: &BTreeSet<String>,
) -> OutputSet {
    let pages: BTreeSet<String> = paths
        .iter()
        .filter(|p| !theme.statics.contains_key(*p))
        .cloned()
        .collect();
    let mut files = render::site_files(ix, theme, &pages);
    files.retain(|name, bytes| good.statics.get(name) != Some(bytes));
    files
}

/// The site's path on its host (`/scrutiny/`), which the 404 page's links start with.
fn base_path(ix: &SiteIndex) -> Option<String> {
    ix.site
        .config
        .base_url
        .as_deref()
        .map(crate::index::base_path)
}
