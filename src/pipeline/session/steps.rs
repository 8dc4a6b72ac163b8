//! The two steps of a rebuild after files of some reviews changed, as a filter on the
//! manifest's dependencies: first what depends on a changed review alone (published at once),
//! then what depends on the whole site, with the static files that differ from those published
//! (which `stop` may put off). Must not print.

use super::{Good, Publish};
use crate::diagnostics::{Diagnostic, Sources};
use crate::error::FatalError;
use crate::index::SiteIndex;
use crate::output::Memory;
use crate::render::broken::link_errors;
use crate::render::make::{self, Control, Failure};
use crate::render::manifest::{Depends, Make, Manifest, Output};
use crate::render::{self, templates::Theme};
use std::collections::BTreeSet;

/// The steps of a rebuild after files of some reviews changed, every page address staying the
/// same: a filter on the outputs' dependencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
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
pub(super) fn in_steps(
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
