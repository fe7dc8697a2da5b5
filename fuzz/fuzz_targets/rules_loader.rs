//! A rule file of arbitrary content: compiling it never panics, and
//! either yields a ruleset or diagnostics that render.
#![no_main]

/// The rules directory, from this package.
const RULES_DIR: &str = "../rules";

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::rules_loader(data));
