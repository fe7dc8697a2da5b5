//! The `when` language: parsing never panics, and what parses prints to text that parses
//! back to the same printed form (parse, print, parse).
#![no_main]

/// The rules directory, from this package.
const RULES_DIR: &str = "../rules";

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::expr_roundtrip(data));
