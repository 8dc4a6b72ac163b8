//! The `followthrough` binary: parse the command line, run the command, exit 0, 1 or 2.

use clap::Parser;
use followthrough::cli::{Cli, Command};
use followthrough::cmd;
use std::process::ExitCode;

/// mimalloc hands freed memory back to the system, which glibc's allocator largely does not: a
/// large build drops its raw records after validation and its pages after writing them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A reader that stops reading (`followthrough ... | head`) closes the pipe, and `println!`
/// panics on the next line. By then the command's work is done and written; what is left is
/// only the rest of its report, which nobody is reading. Leave quietly, with the exit status a
/// shell gives a program stopped by a closed pipe (128 + SIGPIPE), instead of a panic message.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.starts_with("failed printing to std") && message.contains("Broken pipe") {
            std::process::exit(141);
        }
        default(info)
    }));
}

fn main() -> ExitCode {
    quiet_on_closed_pipe();
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
