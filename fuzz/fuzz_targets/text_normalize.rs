//! Text normalisation: never panics, and every range of the normalised text maps back into
//! the original text.
#![no_main]

/// The rules directory, from this package.
const RULES_DIR: &str = "../rules";

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::text_normalize(data));
