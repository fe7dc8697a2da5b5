//! The `fraudscreen` binary: glue over the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = fraudscreen::cli::Cli::parse();
    match fraudscreen::cli::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
