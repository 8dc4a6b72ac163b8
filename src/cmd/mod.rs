//! The commands: the only place that prints. Each is a thin layer over `pipeline`, mapping the
//! outcome to an exit code (0 ok, 1 content errors, 2 usage or fatal errors).

#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod build;
pub mod check;
pub mod export;
pub mod import;
pub mod new;
pub mod serve;
pub mod updates;

use crate::cli::Common;
use crate::diagnostics::{self, Diagnostic, Sources};
use crate::error::FatalError;
use crate::model::base_url::normalise;
use crate::pipeline;
use std::io::IsTerminal;

/// Exit code: everything went well.
pub const OK: u8 = 0;
/// Exit code: the content has errors, or a plan or tracker has problems.
pub const CONTENT_ERRORS: u8 = 1;
/// Exit code: something stopped the run before the content could be judged.
pub const FATAL: u8 = 2;
/// Stopped by Ctrl-C (128 + SIGINT, as shells report it).
pub const INTERRUPTED: u8 = 130;

/// `--jobs` is capped at this many threads a core: more only costs memory and switching (100,000
/// threads once took 1.7 GB and five minutes, and the machine with them).
pub const MAX_JOBS_PER_CORE: usize = 4;
/// The cap is never below this, so a small machine can still be asked for a few more threads.
pub const MIN_JOBS_CAP: usize = 8;

/// The most threads `--jobs` may have on a machine with this many cores.
pub fn max_jobs(cores: usize) -> usize {
    cores.saturating_mul(MAX_JOBS_PER_CORE).max(MIN_JOBS_CAP)
}

/// Resolves the flags every command shares into pipeline options.
pub fn options(
    c: &Common,
    output: Option<&std::path::Path>,
) -> Result<pipeline::Options, FatalError> {
    if let Some(asked) = c.jobs {
        if asked == 0 {
            return Err(FatalError::Usage {
                message: "--jobs must be at least 1 (it is how many threads to build with; leave it out to use every core)".into(),
            });
        }
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let n = asked.min(max_jobs(cores));
        if n < asked && !c.quiet {
            eprintln!(
                "note: --jobs {asked} is more threads than this computer can use; using {n} ({MAX_JOBS_PER_CORE} for each of its {cores} cores, at least {MIN_JOBS_CAP})"
            );
        }
        // Only the first call in a process can size the pool; later ones keep it.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    let base_url = match &c.base_url {
        None => None,
        Some(u) => Some(normalise(u).map_err(|why| FatalError::Usage {
            message: format!(
                "--base-url `{u}` cannot be the site's address: {}. Give the address the site will be published at, such as --base-url https://www.example.gov.uk/scrutiny/",
                why.explain()
            ),
        })?),
    };
    let root = c.root.clone();
    if !root.is_dir() {
        return Err(FatalError::Usage {
            message: format!("--root {}: there is no such folder", root.display()),
        });
    }
    Ok(pipeline::Options {
        output: output
            .map(|o| o.to_path_buf())
            .unwrap_or_else(|| root.join("output")),
        root,
        as_of: crate::cli::as_of(c.as_of.as_deref())?,
        base_url,
        adopt: false,
    })
}

/// Prints diagnostics to standard error, rustc-style; warnings are left out with `--quiet`.
pub fn print_diagnostics(diags: &[Diagnostic], sources: &Sources, quiet: bool) {
    let shown: Vec<Diagnostic> = diags
        .iter()
        .filter(|d| d.is_error() || !quiet)
        .cloned()
        .collect();
    if shown.is_empty() {
        return;
    }
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    eprint!("{}", diagnostics::render_human(&shown, sources, color));
}

/// A usage error saying `message`.
pub fn usage(message: String) -> FatalError {
    FatalError::Usage { message }
}

/// Prints a fatal error and gives its exit code.
pub fn fatal(e: &FatalError) -> u8 {
    eprintln!("error: {e}");
    FATAL
}

/// `1234567` → `1,234,567`.
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
