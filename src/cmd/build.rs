//! `followthrough build`: make the site in memory and write it only if nothing is wrong.

use super::*;
use crate::cli::BuildArgs;
use indicatif::{ProgressBar, ProgressStyle};
use std::time::{Duration, Instant};

/// A progress bar on a terminal, nothing elsewhere.
struct Bar(Option<ProgressBar>);

impl crate::render::Progress for Bar {
    fn start(&self, pages: usize) {
        if let Some(p) = &self.0 {
            p.set_length(pages as u64);
            p.set_style(
                ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} pages ({elapsed})")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            p.set_message("Making pages");
        }
    }
    fn advance(&self) {
        if let Some(p) = &self.0 {
            p.inc(1);
        }
    }
}

/// Runs `followthrough build`, printing what happened; returns the exit code.
pub fn run(args: &BuildArgs) -> u8 {
    let c = &args.common;
    let opts = match options(c, args.output.as_deref()) {
        Ok(o) => pipeline::Options {
            adopt: args.force,
            ..o
        },
        Err(e) => return fatal(&e),
    };
    // Ctrl-C stops the build at once, but never half-way through moving the new site into place:
    // a commit under way puts the old site back first, and then the build ends (see below).
    let _ = ctrlc::set_handler(|| {
        if crate::output::interrupt::request() {
            eprintln!("\nStopped: the output folder was not changed.");
            std::process::exit(i32::from(INTERRUPTED));
        }
    });
    let started = Instant::now();
    let tty = std::io::stderr().is_terminal() && !c.quiet;
    let bar = Bar(tty.then(|| {
        let p = ProgressBar::new_spinner();
        p.set_message("Reading the content");
        p.enable_steady_tick(Duration::from_millis(100));
        p
    }));
    let result = pipeline::build(&opts, &bar);
    if let Some(p) = &bar.0 {
        p.finish_and_clear();
    }
    match result {
        Err(FatalError::Interrupted) => {
            eprintln!("{}", FatalError::Interrupted);
            INTERRUPTED
        }
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
        Ok(Ok(done)) => {
            if done.recovered == crate::output::Recovered::Undone && !c.quiet {
                eprintln!(
                    "note: an earlier build of {} was stopped while it moved files into place; \
                     it was undone before this build began",
                    opts.output.display()
                );
            }
            print_diagnostics(&done.diagnostics, &done.sources, c.quiet);
            if tty && done.up_to_date {
                println!(
                    "Nothing to do: nothing the site is made from has changed since the last build, \
                     and {} still holds its {} pages as they were written",
                    opts.output.display(),
                    thousands(done.pages),
                );
            } else if tty {
                let r = &done.report;
                println!(
                    "Built {} pages in {:.2} s ({} written, {} unchanged, {} removed) into {}",
                    thousands(done.pages),
                    started.elapsed().as_secs_f64(),
                    thousands(r.written),
                    thousands(r.unchanged),
                    thousands(r.removed),
                    opts.output.display()
                );
            }
            OK
        }
    }
}
