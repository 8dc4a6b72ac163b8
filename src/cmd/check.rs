//! `followthrough check`: everything a build does, templates and links included, writing nothing.

use super::*;
use crate::cli::{CheckArgs, Format};

/// Runs `followthrough check`, printing what it found; returns the exit code.
pub fn run(args: &CheckArgs) -> u8 {
    let c = &args.common;
    let opts = match options(c, None) {
        Ok(o) => o,
        Err(e) => return fatal(&e),
    };
    let (diags, sources, recs) = match pipeline::make(&opts) {
        Err(e) => return fatal(&e),
        Ok(Ok(b)) => {
            let counts = Some((b.index.recs.len(), b.page_count()));
            (b.diagnostics, b.sources, counts)
        }
        Ok(Err(f)) => (f.diagnostics, f.sources, None),
    };
    let errors = diags.iter().any(Diagnostic::is_error);
    match args.format {
        Format::Json => println!("{}", diagnostics::render_json(&diags)),
        Format::Human => {
            print_diagnostics(&diags, &sources, c.quiet);
            if !c.quiet {
                match recs {
                    Some((n, pages)) if diags.is_empty() => {
                        println!(
                            "No problems found: {} recommendations, {} pages checked.",
                            thousands(n),
                            thousands(pages)
                        )
                    }
                    Some((n, pages)) => println!(
                        "{}: {} recommendations, {} pages checked. Warnings do not stop a build.",
                        diagnostics::summary(&diags),
                        thousands(n),
                        thousands(pages)
                    ),
                    None => eprintln!(
                        "error: found {}; fix them and run `followthrough check` again",
                        diagnostics::summary(&diags)
                    ),
                }
            }
        }
    }
    if errors { CONTENT_ERRORS } else { OK }
}
