//! `followthrough build`: make the site in memory and write it only if nothing is wrong.

use super::*;
use crate::cli::BuildArgs;
use indicatif::{ProgressBar, ProgressStyle};
use std::time::{Duration, Instant};

pub fn run(args: &BuildArgs) -> u8 {
    let c = &args.common;
    let opts = match options(c, args.output.as_deref()) {
        Ok(o) => o,
        Err(e) => return fatal(&e),
    };
    let started = Instant::now();
    let tty = std::io::stderr().is_terminal() && !c.quiet;
    let spinner = tty.then(|| {
        let p = ProgressBar::new_spinner();
        p.set_style(
            ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        p.set_message(format!("Building {}", opts.root.display()));
        p.enable_steady_tick(Duration::from_millis(100));
        p
    });
    let result = pipeline::build(&opts);
    if let Some(p) = spinner {
        p.finish_and_clear();
    }
    match result {
        Err(e) => fatal(&e),
        Ok(Err(failed)) => {
            print_diagnostics(&failed.diagnostics, &failed.sources, c.quiet);
            eprintln!(
                "error: the site was not built because of {}; {} was left as it was",
                diagnostics::summary(&failed.diagnostics),
                opts.output.display()
            );
            CONTENT_ERRORS
        }
        Ok(Ok((built, report))) => {
            print_diagnostics(&built.diagnostics, &built.sources, c.quiet);
            if tty {
                println!(
                    "Built {} pages in {:.2} s ({} written, {} unchanged, {} removed) into {}",
                    thousands(built.page_count()),
                    started.elapsed().as_secs_f64(),
                    thousands(report.written),
                    thousands(report.unchanged),
                    thousands(report.removed),
                    opts.output.display()
                );
            }
            OK
        }
    }
}
