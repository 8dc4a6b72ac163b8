//! The `followthrough` binary: parse the command line, run the command, exit 0, 1 or 2.

use clap::Parser;
use followthrough::cli::{Cli, Command};
use followthrough::cmd;
use std::process::ExitCode;

/// mimalloc hands freed memory back to the system, which glibc's allocator largely does not: a
/// large build drops its raw records after validation and its pages after writing them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match &cli.command {
        Command::Build(a) => cmd::build::run(a),
        Command::Check(a) => cmd::check::run(a),
        Command::New(a) => cmd::new::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Import(a) => cmd::import::run(a),
        Command::Export(a) => cmd::export::run(a),
    };
    ExitCode::from(code)
}
