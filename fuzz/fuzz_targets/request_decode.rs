//! Request bodies as the API decodes them: decoding never panics, and every request that
//! decodes screens under the shipped rules without panicking, twice the same.
#![no_main]

/// The rules directory, from this package.
const RULES_DIR: &str = "../rules";

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::request_decode(data));
