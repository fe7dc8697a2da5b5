//! The `fraudscreen` binary: glue over the library.

use std::process::ExitCode;

use clap::Parser;

// The service allocates many short-lived buffers per request (JSON, text normalisation);
// mimalloc serves them with less contention and fragmentation than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
