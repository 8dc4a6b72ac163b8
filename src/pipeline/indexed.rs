//! The site read and indexed, and no further: load → validate → index, for commands that work
//! from the content without making the site (`export`). No theme is read and nothing is
//! rendered. Content with errors stops here, with all of them, as `check` would report them.
//! Must not print.

use super::{Failed, Options};
use crate::diagnostics::{self, Diagnostic, Sources};
use crate::error::FatalError;
use crate::index::{self, SiteIndex};
use crate::load;
use crate::validate;

/// The site, indexed as of `opts.as_of`.
pub struct Indexed {
    /// The index of the site.
    pub index: SiteIndex,
    /// Warnings only (dates after the as-of date, say).
    pub diagnostics: Vec<Diagnostic>,
    /// The text of every content file read, for the warnings to quote.
    pub sources: Sources,
}

/// Loads, validates and indexes the site in `opts.root`.
pub fn indexed(opts: &Options) -> Result<Result<Indexed, Failed>, FatalError> {
    let loaded = load::load(&opts.root)?;
    let (site, mut diags) = validate::site(&loaded, opts.as_of, opts.base_url.as_deref());
    let load::Loaded { sources, .. } = loaded;
    diagnostics::sort(&mut diags);
    if diags.iter().any(Diagnostic::is_error) {
        return Ok(Err(Failed {
            diagnostics: diags,
            sources,
        }));
    }
    Ok(Ok(Indexed {
        index: index::build(site, opts.as_of),
        diagnostics: diags,
        sources,
    }))
}
